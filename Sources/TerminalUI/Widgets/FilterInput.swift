/// The `/` filter input: every edit reports `.changed` so the app can re-filter (off the UI thread,
/// see `BackgroundWork`); Enter keeps the filter, Esc clears it.
public struct FilterInputState: Sendable {
    public var input: TextInput

    public init(text: String = "") { self.input = TextInput(text) }

    public var text: String { input.text }

    public mutating func handle(_ key: Key) -> PromptOutcome {
        switch key {
        case .escape: return .cancelled
        case .enter: return .submitted(input.text)
        default:
            let before = input.text
            guard input.handle(key) else { return .none }
            return before == input.text ? .none : .changed(input.text)
        }
    }
}

/// Draws a `FilterInputState`: `/text` and an optional count on the right ("1,234 matches").
public struct FilterInputView: Widget {
    public var state: FilterInputState
    public var status: String
    public var theme: Theme

    public init(state: FilterInputState, status: String = "", theme: Theme = .builtIn) {
        self.state = state
        self.status = status
        self.theme = theme
    }

    public func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(row, style: theme[.background])
        let pw = buffer.write("/", x: row.x, y: row.y, width: row.width, style: theme[.accent])
        let sw = min(TextLayout.width(status), max(0, row.width - pw - 4))
        state.input.render(Rect(x: row.x + pw, y: row.y, width: max(0, row.width - pw - sw - (sw > 0 ? 1 : 0)), height: 1),
                           &buffer, style: theme[.text], focused: true)
        if sw > 0 { buffer.write(status, in: Rect(x: row.maxX - sw, y: row.y, width: sw, height: 1), style: theme[.muted]) }
    }
}
