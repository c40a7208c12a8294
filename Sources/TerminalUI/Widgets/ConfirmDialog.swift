import Foundation

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
/// Keys: y or the first letter of the yes label confirms; n, Esc or the first letter of the no label
/// declines (so Indonesian "Ya"/"Tidak" answer to y/t, and n and Esc always decline); ←/→/Tab move,
/// Enter chooses.
public struct ConfirmDialog: Widget, Sendable {
    public var title: String
    public var message: String
    public var yesLabel: String
    public var noLabel: String
    public var choice: ConfirmChoice
    public var theme: Theme

    /// The labels default to `words.yes` and `words.no`.
    public init(title: String, message: String, yesLabel: String? = nil, noLabel: String? = nil,
                choice: ConfirmChoice = .no, words: ToolkitWords = .english, theme: Theme = .builtIn) {
        self.title = title
        self.message = message
        self.yesLabel = yesLabel ?? words.yes
        self.noLabel = noLabel ?? words.no
        self.choice = choice
        self.theme = theme
    }

    public mutating func handle(_ key: Key) -> DialogOutcome {
        switch key {
        case .char("n"), .char("N"), .escape: return .declined
        case .char("y"), .char("Y"): return .confirmed
        case .char(let c) where Self.answers(yesLabel, c): return .confirmed
        case .char(let c) where Self.answers(noLabel, c): return .declined
        case .left, .right, .tab, .backTab, .char("h"), .char("l"):
            choice = choice == .yes ? .no : .yes
            return .none
        case .enter: return choice == .yes ? .confirmed : .declined
        default: return .none
        }
    }

    /// Whether typing `c` answers with `label`: it is the label's first letter (case and accents aside).
    static func answers(_ label: String, _ c: Character) -> Bool {
        guard c.isLetter, let first = label.first(where: { $0.isLetter }) else { return false }
        let fold = { (s: String) in s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
        return fold(String(first)) == fold(String(c))
    }

    public func render(_ area: Rect, _ buffer: inout Buffer) {
        let buttons = [("[ \(yesLabel) ]", choice == .yes), ("[ \(noLabel) ]", choice == .no)]
        DialogFrame(title: title, message: message, buttons: buttons, theme: theme, style: theme[.warning])
            .render(area, &buffer)
    }
}
