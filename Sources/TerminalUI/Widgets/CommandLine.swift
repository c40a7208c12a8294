/// The `:` command line: type a command, Tab completes it (to the longest common prefix of the
/// matches, then cycling through them), ↑/↓ walk the app's history, Enter runs it, Esc closes.
/// Matches are the fixed `candidates` that start with the text, then what the app's `completer`
/// offers for it: full lines, so it can complete arguments ("worker W-00" → "worker W-000123").
public struct CommandLineState: Sendable {
    public var input: TextInput
    public var candidates: [String]
    /// Lines run before, oldest first, newest last (the app keeps it and appends what is submitted).
    public var history: [String]
    /// Full candidate lines for the text typed so far.
    public var completer: (@Sendable (_ text: String) -> [String])?
    /// Matches offered for the current text (shown after the input).
    public private(set) var matches: [String] = []
    private var cycleIndex: Int?
    /// Where ↑/↓ are in `history` (nil: on the line being typed), and that line, kept meanwhile.
    private var historyIndex: Int?
    private var draft = ""

    public init(candidates: [String] = [], history: [String] = [],
                completer: (@Sendable (_ text: String) -> [String])? = nil, text: String = "") {
        self.input = TextInput(text)
        self.candidates = candidates
        self.history = history
        self.completer = completer
        updateMatches()
    }

    public var text: String { input.text }

    public mutating func handle(_ key: Key) -> PromptOutcome {
        switch key {
        case .escape: return .cancelled
        case .enter: return .submitted(input.text.trimmingSpaces)
        case .tab: complete(); return .changed(input.text)
        case .up: return recall(by: -1)
        case .down: return recall(by: 1)
        default:
            if key == .backspace, input.text.isEmpty { return .cancelled }
            guard input.handle(key) else { return .none }
            cycleIndex = nil
            historyIndex = nil
            updateMatches()
            return .changed(input.text)
        }
    }

    /// ↑ (`-1`) to older lines, ↓ (`1`) to newer ones and past the newest back to the typed line.
    mutating func recall(by delta: Int) -> PromptOutcome {
        guard !history.isEmpty else { return .none }
        let current = historyIndex ?? history.count
        let target = min(max(0, current + delta), history.count)
        guard target != current else { return .none }
        if historyIndex == nil { draft = input.text }
        historyIndex = target == history.count ? nil : target
        input.text = historyIndex.map { history[$0] } ?? draft
        cycleIndex = nil
        updateMatches()
        return .changed(input.text)
    }

    mutating func updateMatches() {
        let t = input.text.lowercased()
        var out = candidates.filter { $0.lowercased().hasPrefix(t) }
        for line in completer?(input.text) ?? [] where !out.contains(line) { out.append(line) }
        matches = out
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
            input.text = matches[0].hasSuffix(" ") ? matches[0] : matches[0] + " "
            updateMatches()
        } else if prefix.count > input.text.count {
            input.text = prefix
            updateMatches()
        } else {
            cycleIndex = 0
            input.text = matches[0]
        }
    }

    /// The matches as shown after the input: from the word being completed on, so "worker W-00"
    /// lists "W-000123 W-000124" rather than the whole lines.
    public var shownMatches: [String] {
        let typed = input.text
        guard let space = typed.lastIndex(of: " ") else { return matches }
        let head = typed[...space]
        return matches.map { $0.hasPrefix(head) ? String($0.dropFirst(head.count)) : $0 }
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
        let shown = state.shownMatches.filter { !$0.isEmpty }
        if rest > 2, !shown.isEmpty, !state.text.isEmpty || shown.count <= 12 {
            buffer.write(shown.joined(separator: " "), in: Rect(x: row.maxX - rest + 1, y: row.y, width: rest - 1, height: 1),
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
