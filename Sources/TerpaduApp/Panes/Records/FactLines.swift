import TerminalUI

/// A line of a detail's facts: a heading, a label with its value, or text wrapped to the column.
enum FactLine {
    case heading(String)
    case field(String, String, ThemeSlot)
    case text(String, ThemeSlot)
}

/// Draws fact lines into a column, the labels aligned, long text wrapped, cut at the bottom.
struct FactLinesView: Widget {
    let lines: [FactLine]
    let theme: Theme

    func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        // A third of the column, or as much as the longest label needs ("Penyelenggara", "Cost to
        // worker") up to 2/5 of it, so a label is read whole; values wrap beside it.
        let longest = lines.map { if case .field(let label, _, _) = $0 { TextLayout.width(label) } else { 0 } }.max() ?? 0
        let labelWidth = max(0, min(18, max(area.width / 3, longest), area.width * 2 / 5))
        var rows: [FactLine] = []
        for line in lines {
            switch line {
            case .text(let t, let slot):
                for (i, part) in TextLayout.wrap(t, width: max(1, area.width - 2)).enumerated() {
                    rows.append(.text(i == 0 ? part : "  " + part, slot))
                }
            case .field(let label, let value, let slot) where TextLayout.width(value) > area.width - labelWidth - 1:
                let parts = TextLayout.wrap(value, width: max(1, area.width - labelWidth - 1))
                for (i, part) in parts.enumerated() { rows.append(.field(i == 0 ? label : "", part, slot)) }
            default:
                rows.append(line)
            }
        }
        for (i, line) in rows.prefix(area.height).enumerated() {
            let row = area.row(i)
            switch line {
            case .heading(let t):
                buffer.write(t, in: row, style: theme[.header])
            case .field(let label, let value, let slot):
                let cols = Layout.horizontal([.fixed(labelWidth), .fill(1)], spacing: 1).split(row)
                buffer.write(label, in: cols[0], style: theme[.muted])
                buffer.write(value, in: cols[1], style: theme[slot])
            case .text(let t, let slot):
                buffer.write(t, in: row, style: theme[slot])
            }
        }
    }
}

/// The list under a detail's facts: a heading with its count, then the table.
struct DetailListView<Row>: Widget {
    let model: DeskModel
    let title: String
    let page: (rows: [Row], offset: Int, total: Int)
    let columns: [RecordTableColumn<Row>]
    var rowStyle: ((Row) -> Style?)? = nil

    func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let s = model.strings, theme = model.theme
        buffer.write(title + " · " + s.format.number(page.total), in: area.row(0), style: theme[.header])
        let tableArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 1))
        if page.total == 0 {
            buffer.write(s.records.noneYet, in: tableArea.row(0), style: theme[.muted])
            return
        }
        let shown = RecordTableView<Row>.fitting(columns, width: tableArea.width)
        let source = RecordPageSource(rows: page.rows, offset: page.offset, total: page.total, columns: shown)
        var state = model.records.detail?.table ?? TableState()
        Table(source: source, columns: shown.map { TableColumn($0.title, width: $0.width, alignment: $0.alignment) },
              state: state, theme: theme) { i in source.row(i).flatMap { rowStyle?($0) } }
            .render(tableArea, &buffer, state: &state)
    }
}
