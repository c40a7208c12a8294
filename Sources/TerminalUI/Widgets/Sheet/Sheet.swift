/// Draws a `SheetState`: a header of column titles, then a row per entry with its label and cells;
/// the cell with the cursor in the selection style, a locked row muted, a cell with an error in the
/// error style. Scrolls to keep the cursor's row on screen.
public struct Sheet: Widget {
    public var state: SheetState
    public var theme: Theme
    public var labelTitle: String

    public init(state: SheetState, labelTitle: String = "", theme: Theme = .builtIn) {
        self.state = state
        self.labelTitle = labelTitle
        self.theme = theme
    }

    public func render(_ area: Rect, _ buffer: inout Buffer) {
        guard area.height >= 2, area.width > 4 else { return }
        let cellsWidth = state.columns.reduce(0) { $0 + $1.width + 1 }
        let labelWidth = max(8, area.width - cellsWidth)
        var x = area.x
        x += buffer.write(labelTitle, x: x, y: area.y, width: min(labelWidth, area.maxX - x), style: theme[.header])
        x = area.x + labelWidth
        for c in state.columns where x < area.maxX {
            buffer.write(c.title, x: x, y: area.y, width: min(c.width, area.maxX - x), style: theme[.header])
            x += c.width + 1
        }
        let visible = area.height - 1
        let first = max(0, min(state.row - visible / 2, state.rows.count - visible))
        for (i, r) in state.rows.enumerated().dropFirst(first).prefix(visible) {
            let y = area.y + 1 + (i - first)
            let base = r.locked ? theme[.muted] : theme[.text]
            buffer.write(r.label, x: area.x, y: y, width: min(labelWidth - 1, area.maxX - area.x), style: i == state.row ? theme[.accent] : base)
            var cx = area.x + labelWidth
            for (j, c) in state.columns.enumerated() where cx < area.maxX {
                let raw = j < r.cells.count ? r.cells[j] : ""
                let shown = c.kind == .checkbox ? (raw == "true" ? "[x]" : "[ ]") : raw
                let focused = i == state.row && j == state.column
                let style = focused ? theme[.selection] : state.errors[r.key]?[c.id] != nil ? theme[.error] : base
                let w = min(c.width, area.maxX - cx)
                buffer.fill(Rect(x: cx, y: y, width: w, height: 1), style: style)
                buffer.write(shown, x: cx, y: y, width: w, style: style)
                cx += c.width + 1
            }
        }
    }
}
