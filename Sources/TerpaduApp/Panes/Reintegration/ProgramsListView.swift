import TerminalUI
import TerpaduCore

/// The reintegration programs, newest first: kind, place, dates, seats, outcomes.
struct ProgramsListView: Widget {
    let model: DeskModel

    func render(_ area: Rect, _ buffer: inout Buffer) {
        let s = model.strings, g = s.reintegration, n = s.format
        let list = model.records.reintegration.programs
        var rows: [ProgramSummary] = []
        if case .programs(let r)? = list.page?.rows { rows = r }
        func col(_ c: ProgramColumn, _ width: Constraint, _ alignment: Alignment = .left, _ priority: Int,
                 _ cell: @escaping (ProgramSummary) -> String) -> RecordTableColumn<ProgramSummary> {
            RecordTableColumn(column: c.rawValue, title: g.column(c), width: width, alignment: alignment, priority: priority, cell: cell)
        }
        RecordTableView(model: model, list: list, rows: rows, columns: [
            col(.id, .fixed(9), .left, 0) { $0.id.description },
            col(.kind, .fixed(16), .left, 2) { g.kind($0.kind) },
            col(.name, .fill(3), .left, 0) { $0.name },
            col(.place, .fill(2), .left, 3) { Self.place($0) },
            col(.start, .fixed(11), .right, 1) { n.day($0.start) },
            col(.end, .fixed(11), .right, 5) { n.day($0.end) },
            col(.capacity, .fixed(8), .right, 4) { n.number($0.capacity) },
            col(.enrolled, .fixed(10), .right, 1) { n.number($0.enrolled) },
            col(.outcomes, .fixed(8), .right, 3) { n.number($0.outcomes) },
            col(.businesses, .fixed(9), .right, 1) { n.number($0.businessesStarted) },
        ]).render(area, &buffer)
    }

    static func place(_ p: ProgramSummary) -> String {
        [p.village, p.regency].filter { !$0.isEmpty }.joined(separator: ", ")
    }
}
