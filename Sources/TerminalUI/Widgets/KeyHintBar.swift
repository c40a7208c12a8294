/// The key-hint bar: "F1 Help  / Filter  q Quit", keys highlighted, built from a key table's hints.
/// A hint that does not fit whole is left out rather than cut.
public struct KeyHintBar: Widget {
    public var hints: [KeyHint]
    public var theme: Theme

    public init(hints: [KeyHint], theme: Theme = .builtIn) {
        self.hints = hints
        self.theme = theme
    }

    public func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        var x = area.x
        let y = area.y
        for (i, hint) in hints.enumerated() {
            let gap = i == 0 ? 0 : 2
            let need = gap + TextLayout.width(hint.keys) + 1 + TextLayout.width(hint.label)
            guard x + need <= area.maxX else { break }
            x += gap
            x += buffer.write(hint.keys, x: x, y: y, style: theme[.accent].adding(.reverse))
            x += 1
            x += buffer.write(hint.label, x: x, y: y, style: theme[.text])
        }
        // At least the first key is shown in a tiny area.
        if x == area.x, let first = hints.first {
            buffer.write(TextLayout.truncate(first.keys, to: area.width), x: x, y: y, width: area.width,
                         style: theme[.accent].adding(.reverse))
        }
    }
}
