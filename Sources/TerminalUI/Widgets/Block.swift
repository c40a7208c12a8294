/// A framed box with an optional title in the top border. `inner(_:)` is the area left inside.
/// Too small to frame (under 2×2) it draws only what fits of the title.
public struct Block: Widget {
    public var title: String?
    public var borders: Bool
    public var theme: Theme
    public var titleStyle: Style?
    public var borderStyle: Style?
    /// Fill the whole area (border and inside) with this style first.
    public var fill: Style?

    public init(title: String? = nil, borders: Bool = true, theme: Theme = .builtIn,
                titleStyle: Style? = nil, borderStyle: Style? = nil, fill: Style? = nil) {
        self.title = title
        self.borders = borders
        self.theme = theme
        self.titleStyle = titleStyle
        self.borderStyle = borderStyle
        self.fill = fill
    }

    public func inner(_ area: Rect) -> Rect {
        guard borders else { return title == nil ? area : Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1) }
        return area.inset(1)
    }

    public func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        if let fill { buffer.fill(area, style: fill) }
        let sym = theme.symbols
        let border = borderStyle ?? theme[.border]
        let titleStyle = self.titleStyle ?? theme[.header]
        if borders && area.width >= 2 && area.height >= 2 {
            let (l, r, t, b) = (area.x, area.maxX - 1, area.y, area.maxY - 1)
            for x in (l + 1)..<r {
                buffer.write(sym.horizontal, x: x, y: t, width: 1, style: border)
                buffer.write(sym.horizontal, x: x, y: b, width: 1, style: border)
            }
            for y in (t + 1)..<b {
                buffer.write(sym.vertical, x: l, y: y, width: 1, style: border)
                buffer.write(sym.vertical, x: r, y: y, width: 1, style: border)
            }
            buffer.write(sym.topLeft, x: l, y: t, width: 1, style: border)
            buffer.write(sym.topRight, x: r, y: t, width: 1, style: border)
            buffer.write(sym.bottomLeft, x: l, y: b, width: 1, style: border)
            buffer.write(sym.bottomRight, x: r, y: b, width: 1, style: border)
            if let title, area.width > 4 {
                let text = TextLayout.truncate(" \(title) ", to: area.width - 2)
                buffer.write(text, x: l + 1, y: t, width: area.width - 2, style: titleStyle)
            }
        } else if let title {
            buffer.write(TextLayout.truncate(title, to: area.width), x: area.x, y: area.y, width: area.width, style: titleStyle)
        }
    }
}
