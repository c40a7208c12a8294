/// One entry of a `Menu`.
public struct MenuItem: Hashable, Sendable {
    public var title: String
    /// Shown on the right, e.g. "F2".
    public var shortcut: String
    public var enabled: Bool

    public init(_ title: String, shortcut: String = "", enabled: Bool = true) {
        self.title = title
        self.shortcut = shortcut
        self.enabled = enabled
    }
}

/// A framed menu of items with one selected; disabled items are muted and skipped by `move`.
public struct Menu: Widget {
    public var title: String?
    public var items: [MenuItem]
    public var selected: Int
    public var theme: Theme

    public init(title: String? = nil, items: [MenuItem], selected: Int = 0, theme: Theme = .builtIn) {
        self.title = title
        self.items = items
        self.selected = selected
        self.theme = theme
    }

    /// The next enabled item from `selected` in `direction` (+1/-1), wrapping around.
    public func move(_ direction: Int) -> Int {
        guard !items.isEmpty else { return 0 }
        var i = selected
        for _ in 0..<items.count {
            i = (i + (direction >= 0 ? 1 : -1) + items.count) % items.count
            if items[i].enabled { return i }
        }
        return selected
    }

    /// The size the menu would like: widest item plus frame.
    public var preferredSize: Size {
        let w = items.map { TextLayout.width($0.title) + TextLayout.width($0.shortcut) + 3 }.max() ?? 0
        return Size(width: max(w, TextLayout.width(title ?? "") + 4) + 2, height: items.count + 2)
    }

    public func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let block = Block(title: title, theme: theme, fill: theme[.background])
        block.render(area, &buffer)
        let inner = block.inner(area)
        let offset = selected >= inner.height ? selected - inner.height + 1 : 0
        for (i, item) in items.enumerated().dropFirst(offset).prefix(inner.height) {
            let row = inner.row(i - offset)
            var style = item.enabled ? theme[.text] : theme[.muted]
            if i == selected { style = style.patched(theme[.selection]); buffer.fill(row, style: style) }
            let sw = TextLayout.width(item.shortcut)
            buffer.write(" " + item.title, in: Rect(x: row.x, y: row.y, width: max(0, row.width - sw - 1), height: 1), style: style)
            if sw > 0, row.width > sw + 1 {
                buffer.write(item.shortcut, x: row.maxX - sw - 1, y: row.y, width: sw, style: i == selected ? style : theme[.muted])
            }
        }
    }
}
