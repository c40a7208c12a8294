import TerminalUI
import TerpaduCore

/// The registry as a virtual table: the query's total decides the scroll range, and only the rows
/// of the page the owner sent are drawn (a row still on its way shows "…").
struct WorkersListView: Widget {
    let model: DeskModel

    /// The columns that fit the width, widest set first.
    static func columns(width: Int) -> [WorkerColumn] {
        if width >= 110 { return [.id, .name, .nik, .sex, .born, .province, .status, .registered] }
        if width >= 72 { return [.id, .name, .nik, .province, .status] }
        return [.id, .name, .status]
    }

    static func constraint(_ c: WorkerColumn) -> (Constraint, Alignment) {
        switch c {
        case .id: (.fixed(8), .left)
        case .name: (.fill(3), .left)
        case .nik: (.fixed(16), .left)
        case .sex: (.fixed(3), .left)
        case .born, .registered: (.fixed(11), .right)
        case .province: (.fill(2), .left)
        case .status: (.fill(2), .left)
        }
    }

    func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let s = model.strings
        let w = model.workers
        var summary = s.shell.matches(s.format.number(w.total))
        if w.searching { summary = s.shell.filtering }
        if let stage = w.query.stage { summary += " · " + s.workers.filterStage(s.stage(stage)) }
        if w.query.exited == true { summary += " · " + s.workers.filterStage(s.shell.exited) }
        buffer.write(summary, in: area.row(0).inset(horizontal: 1), style: model.theme[.muted])
        let tableArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 1))
        let shown = Self.columns(width: area.width)
        let columns = shown.map { c -> TableColumn in
            let (width, alignment) = Self.constraint(c)
            return TableColumn(s.workers.columns[c.rawValue], width: width, alignment: alignment)
        }
        var state = w.table
        state.sortColumn = w.query.sort == .id && w.query.ascending ? nil : shown.firstIndex(of: w.query.sort)
        state.sortAscending = w.query.ascending
        if w.total == 0, !w.searching, w.page != nil {
            buffer.write(s.shell.noRecords, in: tableArea.row(1).inset(horizontal: 1), style: model.theme[.muted])
        }
        let source = WorkerPageSource(page: w.page, columns: shown, strings: s, reference: model.reference)
        Table(source: source, columns: columns, state: state, theme: model.theme) { row in
            source.statusStyle(row, theme: model.theme)
        }.render(tableArea, &buffer, state: &state)
    }
}

/// Cells of the page, worded in the screen's language.
struct WorkerPageSource: TableDataSource {
    let page: WorkerPage?
    let columns: [WorkerColumn]
    let strings: Strings
    let reference: ReferenceOptions

    var rowCount: Int { page?.total ?? 0 }

    func cell(row: Int, column: Int) -> String {
        guard column < columns.count else { return "" }
        guard let r = page?.row(row) else { return column == 0 ? "…" : "" }
        switch columns[column] {
        case .id: return r.id.description
        case .name: return r.name
        case .nik: return r.nikMasked
        case .sex: return strings.language == .id ? (r.sex == .female ? "P" : "L") : (r.sex == .female ? "F" : "M")
        case .born: return strings.format.day(r.birthDate)
        case .province: return reference.provinceName(r.province) ?? r.province
        case .status: return strings.status(r.status)
        case .registered: return strings.format.day(r.registered)
        }
    }

    /// People who left the cycle are dimmed.
    func statusStyle(_ row: Int, theme: Theme) -> Style? {
        guard let r = page?.row(row), r.status.isExit else { return nil }
        return theme[.muted]
    }
}
