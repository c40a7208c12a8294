/// A table: a header row (with ▲/▼ on the sort column), then the rows of a data source from the
/// state's offset, the selected row highlighted. Only the visible rows are asked for.
public struct Table<Source: TableDataSource>: Widget {
    public var source: Source
    public var columns: [TableColumn]
    public var state: TableState
    public var theme: Theme
    public var showHeader: Bool
    /// Style per row (for example a stage colour), laid under the selection.
    public var rowStyle: ((Int) -> Style?)?

    public init(source: Source, columns: [TableColumn], state: TableState = TableState(),
                theme: Theme = .builtIn, showHeader: Bool = true, rowStyle: ((Int) -> Style?)? = nil) {
        self.source = source
        self.columns = columns
        self.state = state
        self.theme = theme
        self.showHeader = showHeader
        self.rowStyle = rowStyle
    }

    /// Rows of data that fit in `area` under the header.
    public func visibleRows(in area: Rect) -> Int { max(0, area.height - (showHeader ? 1 : 0)) }

    public func render(_ area: Rect, _ buffer: inout Buffer) {
        var state = self.state
        render(area, &buffer, state: &state)
    }

    /// Renders and adjusts `state.offset` so the selection is visible.
    public func render(_ area: Rect, _ buffer: inout Buffer, state: inout TableState) {
        guard !area.isEmpty else { return }
        let rowCount = source.rowCount
        let visible = visibleRows(in: area)
        state.scrollToSelection(visibleRows: visible, rowCount: rowCount)
        let cols = Layout.horizontal(columns.map(\.width), spacing: 1).split(area)
        var y = area.y
        if showHeader {
            let header = theme[.header]
            buffer.fill(area.row(0), style: header)
            for (i, column) in columns.enumerated() where cols[i].width > 0 {
                var title = column.title
                if state.sortColumn == i {
                    title += " " + (state.sortAscending ? theme.symbols.sortAscending : theme.symbols.sortDescending)
                }
                buffer.write(title, in: Rect(x: cols[i].x, y: y, width: cols[i].width, height: 1),
                             alignment: column.alignment, style: header)
            }
            y += 1
        }
        let selection = theme[.selection]
        let text = theme[.text]
        var row = state.offset
        while y < area.maxY, row < rowCount {
            var style = text
            if let extra = rowStyle?(row) { style = style.patched(extra) }
            if row == state.selected {
                style = style.patched(selection)
                buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style)
            }
            for (i, column) in columns.enumerated() where cols[i].width > 0 {
                buffer.write(source.cell(row: row, column: i),
                             in: Rect(x: cols[i].x, y: y, width: cols[i].width, height: 1),
                             alignment: column.alignment, style: style)
            }
            y += 1
            row += 1
        }
    }
}
