/// A one-line status bar: left text (who, where), right text (state such as "saved"). The right
/// part is kept whole while it fits; the left part is truncated first.
public struct StatusLine: Widget {
    public var left: String
    public var right: String
    public var theme: Theme
    public var style: Style?

    public init(left: String, right: String = "", theme: Theme = .builtIn, style: Style? = nil) {
        self.left = left
        self.right = right
        self.theme = theme
        self.style = style
    }

    public func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        let style = self.style ?? theme[.selection]
        buffer.fill(row, style: style)
        let rightText = TextLayout.truncate(right, to: area.width)
        let rw = TextLayout.width(rightText)
        let leftWidth = max(0, area.width - rw - (rw > 0 ? 1 : 0))
        buffer.write(left, in: Rect(x: row.x, y: row.y, width: leftWidth, height: 1), style: style)
        if rw > 0 {
            buffer.write(rightText, x: row.maxX - rw, y: row.y, width: rw, style: style)
        }
    }
}
