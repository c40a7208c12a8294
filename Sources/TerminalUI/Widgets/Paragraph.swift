/// Text in a rect: wrapped at word boundaries, or one line per source line truncated with `…`.
/// When wrapped text has more lines than fit, the last visible line ends in `…`.
public struct Paragraph: Widget {
    public var text: String
    public var wrap: Bool
    public var alignment: Alignment
    public var style: Style
    /// Lines skipped at the top (scrolling).
    public var scroll: Int

    public init(_ text: String, wrap: Bool = true, alignment: Alignment = .left, style: Style = .plain, scroll: Int = 0) {
        self.text = text
        self.wrap = wrap
        self.alignment = alignment
        self.style = style
        self.scroll = max(0, scroll)
    }

    /// The lines as they will be drawn into `width` columns (before cutting to the height).
    public func lines(width: Int) -> [String] {
        if wrap { return TextLayout.wrap(text, width: width) }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map {
            TextLayout.truncate(String($0), to: width)
        }
    }

    public func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let all = lines(width: area.width)
        let visible = Array(all.dropFirst(scroll).prefix(area.height))
        for (i, line) in visible.enumerated() {
            var text = line
            if i == area.height - 1, scroll + area.height < all.count {
                // More below: the last visible line says so.
                text = TextLayout.width(line) < area.width
                    ? line + TextLayout.ellipsis
                    : TextLayout.truncate(line + "  ", to: area.width)
            }
            buffer.write(text, in: area.row(i), alignment: alignment, style: style)
        }
    }
}
