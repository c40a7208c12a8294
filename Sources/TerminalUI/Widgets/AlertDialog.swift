/// A message with one OK button; any of Enter, Esc or Space dismisses it.
public struct AlertDialog: Widget, Sendable {
    public var title: String
    public var message: String
    public var theme: Theme
    public var level: ThemeSlot
    public var words: ToolkitWords

    public init(title: String, message: String, level: ThemeSlot = .error, words: ToolkitWords = .english,
                theme: Theme = .builtIn) {
        self.title = title
        self.message = message
        self.level = level
        self.words = words
        self.theme = theme
    }

    public func handle(_ key: Key) -> DialogOutcome {
        switch key {
        case .enter, .escape, .char(" "): return .confirmed
        default: return .none
        }
    }

    public func render(_ area: Rect, _ buffer: inout Buffer) {
        DialogFrame(title: title, message: message, buttons: [("[ \(words.ok) ]", true)], theme: theme, style: theme[level])
            .render(area, &buffer)
    }
}
