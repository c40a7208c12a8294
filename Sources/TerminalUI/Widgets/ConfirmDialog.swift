/// Which button of a confirm dialog is chosen.
public enum ConfirmChoice: Hashable, Sendable {
    case yes, no
}

/// What a key did to a dialog.
public enum DialogOutcome: Hashable, Sendable {
    case none
    case confirmed
    case declined
}

/// A yes/no question before something destructive. `No` is the default so a stray Enter is safe.
/// Keys: y/n, ←/→/Tab to move, Enter to choose, Esc for no.
public struct ConfirmDialog: Widget, Sendable {
    public var title: String
    public var message: String
    public var yesLabel: String
    public var noLabel: String
    public var choice: ConfirmChoice
    public var theme: Theme

    public init(title: String, message: String, yesLabel: String = "Yes", noLabel: String = "No",
                choice: ConfirmChoice = .no, theme: Theme = .builtIn) {
        self.title = title
        self.message = message
        self.yesLabel = yesLabel
        self.noLabel = noLabel
        self.choice = choice
        self.theme = theme
    }

    public mutating func handle(_ key: Key) -> DialogOutcome {
        switch key {
        case .char("y"), .char("Y"): return .confirmed
        case .char("n"), .char("N"), .escape: return .declined
        case .left, .right, .tab, .backTab, .char("h"), .char("l"):
            choice = choice == .yes ? .no : .yes
            return .none
        case .enter: return choice == .yes ? .confirmed : .declined
        default: return .none
        }
    }

    public func render(_ area: Rect, _ buffer: inout Buffer) {
        let buttons = [("[ \(yesLabel) ]", choice == .yes), ("[ \(noLabel) ]", choice == .no)]
        DialogFrame(title: title, message: message, buttons: buttons, theme: theme, style: theme[.warning])
            .render(area, &buffer)
    }
}
