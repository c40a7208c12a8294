/// A large-figure tile for dashboards: a label, the figure in bold (centred), an optional caption,
/// framed. Tiles show counts such as "placements this month".
public struct FigureTile: Widget {
    public var label: String
    public var value: String
    public var caption: String
    public var slot: ThemeSlot
    public var theme: Theme

    public init(label: String, value: String, caption: String = "", slot: ThemeSlot = .accent, theme: Theme = .builtIn) {
        self.label = label
        self.value = value
        self.caption = caption
        self.slot = slot
        self.theme = theme
    }

    public func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let block = Block(title: label, theme: theme, borderStyle: theme[slot].fg.map { Style(fg: $0) } ?? theme[.border])
        if area.height < 3 {
            // No room for the frame: "label value" on one line.
            let text = area.width > TextLayout.width(value) + 1 ? label + " " + value : value
            buffer.write(TextLayout.width(text) <= area.width ? text : value, in: area.row(0), alignment: .right,
                         style: theme[slot].adding(.bold))
            return
        }
        block.render(area, &buffer)
        let inner = block.inner(area)
        guard !inner.isEmpty else { return }
        let valueRow = inner.y + (caption.isEmpty || inner.height < 2 ? (inner.height - 1) / 2 : max(0, inner.height / 2 - 1))
        buffer.write(value, in: Rect(x: inner.x, y: valueRow, width: inner.width, height: 1), alignment: .center,
                     style: theme[slot].adding(.bold))
        if !caption.isEmpty, valueRow + 1 < inner.maxY {
            buffer.write(caption, in: Rect(x: inner.x, y: valueRow + 1, width: inner.width, height: 1), alignment: .center,
                         style: theme[.muted])
        }
    }
}
