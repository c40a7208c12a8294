/// The `?` screen: every key of the key table with its help, in a framed box over the screen.
/// Scrolls when the entries do not fit. The title is `words.help` unless given; an optional footer
/// (such as `words.anyKeyCloses`) sits in the bottom border when it fits.
public struct HelpOverlay: Widget {
    public var title: String
    public var entries: [HelpEntry]
    public var scroll: Int
    public var footer: String?
    public var theme: Theme

    public init(title: String? = nil, entries: [HelpEntry], scroll: Int = 0, footer: String? = nil,
                words: ToolkitWords = .english, theme: Theme = .builtIn) {
        self.title = title ?? words.help
        self.entries = entries
        self.scroll = max(0, scroll)
        self.footer = footer
        self.theme = theme
    }

    public func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let keysWidth = entries.map { TextLayout.width($0.keys) }.max() ?? 0
        let helpWidth = entries.map { TextLayout.width($0.help) }.max() ?? 0
        // The footer sits in the bottom border with a dash either side: "└─ any key closes ─┘".
        let footerWidth = footer.map { TextLayout.width($0) + 6 } ?? 0
        let box = area.centered(width: max(keysWidth + helpWidth + 7, footerWidth), height: entries.count + 2)
        buffer.fill(box, style: theme[.background])
        let block = Block(title: title, theme: theme, fill: theme[.background])
        block.render(box, &buffer)
        if let footer, box.height >= 2, TextLayout.width(footer) + 6 <= box.width {
            let w = TextLayout.width(footer) + 2
            buffer.write(" \(footer) ", x: box.maxX - 2 - w, y: box.maxY - 1, width: w, style: theme[.muted])
        }
        let inner = block.inner(box).inset(horizontal: 1)
        guard !inner.isEmpty else { return }
        let cols = Layout.horizontal([.fixed(keysWidth), .fill(1)], spacing: 2).split(inner)
        let start = min(scroll, max(0, entries.count - inner.height))
        for (i, entry) in entries.enumerated().dropFirst(start).prefix(inner.height) {
            let y = inner.y + i - start
            buffer.write(entry.keys, in: Rect(x: cols[0].x, y: y, width: cols[0].width, height: 1), style: theme[.accent])
            buffer.write(entry.help, in: Rect(x: cols[1].x, y: y, width: cols[1].width, height: 1), style: theme[.text])
        }
    }
}
