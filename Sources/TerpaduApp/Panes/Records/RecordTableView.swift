import TerminalUI
import TerpaduCore

/// A column of a record table: its title, width, alignment, and how a row fills it.
struct RecordTableColumn<Row> {
    /// The raw value of the list's column enum: the sort it stands for.
    var column: Int
    var title: String
    var width: Constraint
    var alignment: Alignment = .left
    /// Which columns stay when the screen is narrow: lower first.
    var priority = 0
    var cell: (Row) -> String

    /// The width a column needs to be worth showing (a filling column: enough for a short name).
    var least: Int {
        switch width {
        case .fixed(let n), .min(let n): n
        default: 14
        }
    }
}

/// Cells of a page of rows, the total deciding the scroll range (a row still on its way shows "…").
struct RecordPageSource<Row>: TableDataSource {
    let rows: [Row]
    let offset: Int
    let total: Int
    let columns: [RecordTableColumn<Row>]

    var rowCount: Int { total }

    func row(_ i: Int) -> Row? { i >= offset && i < offset + rows.count ? rows[i - offset] : nil }

    func cell(row i: Int, column: Int) -> String {
        guard column < columns.count else { return "" }
        guard let r = row(i) else { return column == 0 ? "…" : "" }
        return columns[column].cell(r)
    }
}

/// A record list: the summary row (the pane's sub-lists, what was found), then the table. When the
/// screen is narrow the columns of lowest priority are dropped; the rest keep their order.
struct RecordTableView<Row>: Widget {
    let model: DeskModel
    let list: RecordListModel
    let rows: [Row]
    let columns: [RecordTableColumn<Row>]
    var sublists: [(key: String, title: String, selected: Bool)] = []
    var rowStyle: ((Row) -> Style?)? = nil
    /// Draws over a row's cells after the table (the capacity gauge).
    var overlay: ((Row, [Rect], inout Buffer) -> Void)? = nil

    func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let s = model.strings, theme = model.theme
        var summary = list.searching ? s.shell.filtering : s.shell.matches(s.format.number(list.total))
        if !list.query.text.isEmpty { summary += " · /" + list.query.text }
        let top = area.row(0).inset(horizontal: 1)
        var x = top.x
        for (i, sub) in sublists.enumerated() where x < top.maxX {
            if i > 0 { x += buffer.write(" │ ", x: x, y: top.y, width: top.maxX - x, style: theme[.border]) }
            x += buffer.write(sub.key, x: x, y: top.y, width: top.maxX - x, style: theme[.accent])
            x += buffer.write(" " + sub.title, x: x, y: top.y, width: top.maxX - x, style: sub.selected ? theme[.selection] : theme[.muted])
        }
        if !sublists.isEmpty { x += 3 }
        let sw = min(TextLayout.width(summary), max(0, top.maxX - x))
        buffer.write(summary, in: Rect(x: top.maxX - sw, y: top.y, width: sw, height: 1), alignment: .right, style: theme[.muted])

        let tableArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 1))
        let shown = Self.fitting(columns, width: tableArea.width)
        let offset = list.page?.offset ?? 0
        let source = RecordPageSource(rows: rows, offset: offset, total: list.total, columns: shown)
        var state = list.table
        // No arrow while the list is in its own order (newest first).
        let natural = list.query.sort == 0 && !list.query.ascending
        state.sortColumn = natural ? nil : shown.firstIndex { $0.column == list.query.sort }
        state.sortAscending = list.query.ascending
        if list.total == 0, !list.searching, list.page != nil {
            buffer.write(s.shell.noRecords, in: tableArea.row(1).inset(horizontal: 1), style: theme[.muted])
        }
        let table = Table(source: source, columns: shown.map { TableColumn($0.title, width: $0.width, alignment: $0.alignment) },
                          state: state, theme: theme) { i in source.row(i).flatMap { rowStyle?($0) } }
        table.render(tableArea, &buffer, state: &state)
        guard let overlay else { return }
        let cells = Layout.horizontal(shown.map(\.width), spacing: 1).split(tableArea)
        for y in 1..<max(1, tableArea.height) {
            guard let r = source.row(state.offset + y - 1) else { continue }
            overlay(r, cells.map { Rect(x: $0.x, y: tableArea.y + y, width: $0.width, height: 1) }, &buffer)
        }
    }

    /// The columns that fit, taken by priority, shown in their own order.
    static func fitting(_ columns: [RecordTableColumn<Row>], width: Int) -> [RecordTableColumn<Row>] {
        var used = -1
        var keep = Set<Int>()
        for i in columns.indices.sorted(by: { (columns[$0].priority, $0) < (columns[$1].priority, $1) }) {
            let need = columns[i].least
            if !keep.isEmpty, used + 1 + need > width { continue }
            used += 1 + need
            keep.insert(i)
        }
        return columns.indices.filter(keep.contains).map { columns[$0] }
    }
}
