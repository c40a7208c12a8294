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

/// A message with one OK button; any of Enter, Esc or Space dismisses it.
public struct AlertDialog: Widget, Sendable {
    public var title: String
    public var message: String
    public var theme: Theme
    public var level: ThemeSlot

    public init(title: String, message: String, level: ThemeSlot = .error, theme: Theme = .builtIn) {
        self.title = title
        self.message = message
        self.level = level
        self.theme = theme
    }

    public func handle(_ key: Key) -> DialogOutcome {
        switch key {
        case .enter, .escape, .char(" "): return .confirmed
        default: return .none
        }
    }

    public func render(_ area: Rect, _ buffer: inout Buffer) {
        DialogFrame(title: title, message: message, buttons: [("[ OK ]", true)], theme: theme, style: theme[level])
            .render(area, &buffer)
    }
}

/// The shared look of dialogs: a framed box centred in the area, the message wrapped, buttons at
/// the bottom. Shrinks with the area; at the smallest sizes only the title is left.
struct DialogFrame: Widget {
    var title: String
    var message: String
    var buttons: [(String, Bool)]
    var theme: Theme
    var style: Style

    func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let width = min(area.width, max(30, min(60, TextLayout.width(message) + 4)))
        let lines = TextLayout.wrap(message, width: max(1, width - 4))
        let height = min(area.height, lines.count + 4)
        let box = area.centered(width: width, height: height)
        let block = Block(title: title, theme: theme, titleStyle: style, borderStyle: style, fill: theme[.background])
        buffer.fill(box, style: theme[.background])
        block.render(box, &buffer)
        let inner = block.inner(box).inset(horizontal: 1)
        guard !inner.isEmpty else { return }
        let textRows = max(0, inner.height - 1)
        Paragraph(message, style: theme[.text]).render(inner.top(textRows), &buffer)
        let buttonRow = inner.bottom(1)
        let total = buttons.reduce(0) { $0 + TextLayout.width($1.0) } + 2 * max(0, buttons.count - 1)
        var x = buttonRow.x + max(0, (buttonRow.width - total) / 2)
        for (label, selected) in buttons {
            x += buffer.write(label, x: x, y: buttonRow.y, width: buttonRow.maxX - x,
                              style: selected ? theme[.selection] : theme[.text])
            x += 2
        }
    }
}
