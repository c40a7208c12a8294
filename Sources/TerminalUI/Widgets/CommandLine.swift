/// The `:` command line: type a command, Tab completes it from the candidates (to the longest
/// common prefix, then cycling through the matches), Enter runs it, Esc closes.
public struct CommandLineState: Sendable {
    public var input: TextInput
    public var candidates: [String]
    /// Matches offered for the current text (shown after the input).
    public private(set) var matches: [String] = []
    private var cycleIndex: Int?

    public init(candidates: [String], text: String = "") {
        self.input = TextInput(text)
        self.candidates = candidates
        updateMatches()
    }

    public var text: String { input.text }

    public mutating func handle(_ key: Key) -> PromptOutcome {
        switch key {
        case .escape: return .cancelled
        case .enter: return .submitted(input.text.trimmingSpaces)
        case .tab: complete(); return .changed(input.text)
        default:
            if key == .backspace, input.text.isEmpty { return .cancelled }
            guard input.handle(key) else { return .none }
            cycleIndex = nil
            updateMatches()
            return .changed(input.text)
        }
    }

    mutating func updateMatches() {
        let t = input.text.lowercased()
        matches = candidates.filter { $0.lowercased().hasPrefix(t) }
    }

    mutating func complete() {
        guard !matches.isEmpty else { return }
        if let i = cycleIndex {
            let next = (i + 1) % matches.count
            cycleIndex = next
            input.text = matches[next]
            return
        }
        let prefix = matches.dropFirst().reduce(matches[0]) { $0.sharedPrefix(with: $1) }
        if matches.count == 1 {
            input.text = matches[0] + " "
        } else if prefix.count > input.text.count {
            input.text = prefix
        } else {
            cycleIndex = 0
            input.text = matches[0]
        }
    }
}

/// Draws a `CommandLineState` on one row: `:text` and, after it, the possible completions.
public struct CommandLineView: Widget {
    public var state: CommandLineState
    public var prompt: String
    public var theme: Theme

    public init(state: CommandLineState, prompt: String = ":", theme: Theme = .builtIn) {
        self.state = state
        self.prompt = prompt
        self.theme = theme
    }

    public func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(row, style: theme[.background])
        let pw = buffer.write(prompt, x: row.x, y: row.y, width: row.width, style: theme[.accent])
        let inputWidth = min(max(0, row.width - pw), max(12, TextLayout.width(state.text) + 2))
        state.input.render(Rect(x: row.x + pw, y: row.y, width: inputWidth, height: 1), &buffer,
                           style: theme[.text], focused: true)
        let rest = row.maxX - (row.x + pw + inputWidth)
        if rest > 2, !state.matches.isEmpty, !state.text.isEmpty || state.matches.count <= 12 {
            buffer.write(state.matches.joined(separator: " "), in: Rect(x: row.maxX - rest + 1, y: row.y, width: rest - 1, height: 1),
                         style: theme[.muted])
        }
    }
}

extension String {
    func sharedPrefix(with other: String) -> String {
        var out = ""
        for (a, b) in zip(self, other) {
            guard a == b else { break }
            out.append(a)
        }
        return out
    }

    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
