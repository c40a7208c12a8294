/// The editing state of a one-line text input: characters and a cursor. Pure: `handle(_:)` applies
/// a key and says whether it was used. Shared by form fields, the command line and the filter.
public struct TextInput: Hashable, Sendable {
    public private(set) var characters: [Character]
    public private(set) var cursor: Int
    public var maxLength: Int?
    /// Which typed characters are accepted (nil: every printable character).
    public var allowed: (@Sendable (Character) -> Bool)?

    public init(_ text: String = "", maxLength: Int? = nil, allowed: (@Sendable (Character) -> Bool)? = nil) {
        self.characters = Array(text)
        self.cursor = characters.count
        self.maxLength = maxLength
        self.allowed = allowed
    }

    public var text: String {
        get { String(characters) }
        set { characters = Array(newValue); cursor = characters.count }
    }

    /// Applies an editing key; returns true when the key was an editing key.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let c):
            // Control characters never enter a field.
            guard !c.unicodeScalars.contains(where: Sanitizer.isUnsafe) else { return true }
            if let allowed, !allowed(c) { return true }
            if let maxLength, characters.count >= maxLength { return true }
            characters.insert(c, at: cursor)
            cursor += 1
        case .backspace:
            if cursor > 0 { characters.remove(at: cursor - 1); cursor -= 1 }
        case .delete, .ctrl("d"):
            if cursor < characters.count { characters.remove(at: cursor) }
        case .left, .ctrl("b"): cursor = max(0, cursor - 1)
        case .right, .ctrl("f"): cursor = min(characters.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = characters.count
        case .ctrl("u"):
            characters.removeFirst(cursor)
            cursor = 0
        case .ctrl("k"): characters.removeLast(characters.count - cursor)
        case .ctrl("w"):
            var i = cursor
            while i > 0, characters[i - 1] == " " { i -= 1 }
            while i > 0, characters[i - 1] != " " { i -= 1 }
            characters.removeSubrange(i..<cursor)
            cursor = i
        default:
            return false
        }
        return true
    }

    public static func == (a: TextInput, b: TextInput) -> Bool {
        a.characters == b.characters && a.cursor == b.cursor && a.maxLength == b.maxLength
    }

    public func hash(into h: inout Hasher) {
        h.combine(characters)
        h.combine(cursor)
    }

    /// Draws the text in `area` (one row), scrolled so the cursor is visible; the cursor cell is
    /// shown reversed when `focused`. `mask` replaces every character (for secrets).
    public func render(_ area: Rect, _ buffer: inout Buffer, style: Style, focused: Bool, mask: String? = nil) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(row, style: style)
        let shown: [String] = characters.map { mask ?? String($0) }
        let widths = shown.map { max(0, TextLayout.width($0)) }
        // Scroll so that the cursor cell fits.
        var start = 0
        var widthBeforeCursor = widths.prefix(cursor).reduce(0, +)
        while start < cursor, widthBeforeCursor + 1 > row.width {
            widthBeforeCursor -= widths[start]
            start += 1
        }
        var x = row.x
        for i in start..<shown.count {
            guard x + widths[i] <= row.maxX else { break }
            x += buffer.write(shown[i], x: x, y: row.y, width: row.maxX - x, style: style)
        }
        if focused {
            let cx = row.x + widthBeforeCursor
            if cx < row.maxX { buffer.setStyle(Rect(x: cx, y: row.y, width: 1, height: 1), Style(attributes: .reverse)) }
        }
    }
}
