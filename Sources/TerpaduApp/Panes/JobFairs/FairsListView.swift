import TerminalUI
import TerpaduCore

/// The fairs and canvassing visits, newest first, with each one's funnel.
struct FairsListView: Widget {
    let model: DeskModel

    func render(_ area: Rect, _ buffer: inout Buffer) {
        let s = model.strings, f = s.fairs, n = s.format
        let list = model.records.jobFairs.fairs
        var rows: [FairSummary] = []
        if case .fairs(let r)? = list.page?.rows { rows = r }
        func col(_ c: FairColumn, _ width: Constraint, _ alignment: Alignment = .left, _ priority: Int,
                 _ cell: @escaping (FairSummary) -> String) -> RecordTableColumn<FairSummary> {
            RecordTableColumn(column: c.rawValue, title: f.column(c), width: width, alignment: alignment, priority: priority, cell: cell)
        }
        RecordTableView(model: model, list: list, rows: rows, columns: [
            col(.id, .fixed(9), .left, 0) { $0.id.description },
            col(.kind, .fixed(16), .left, 4) { f.kind($0.kind) },
            col(.date, .fixed(11), .right, 1) { n.day($0.date) },
            col(.venue, .fill(3), .left, 0) { $0.venue },
            col(.place, .fill(3), .left, 2) { [$0.regency, $0.provinceName].filter { !$0.isEmpty }.joined(separator: ", ") },
            col(.attendees, .fixed(7), .right, 1) { n.number($0.attendees) },
            col(.interviewed, .fixed(8), .right, 3) { n.number($0.funnel.interviewed) },
            col(.shortlisted, .fixed(8), .right, 3) { n.number($0.funnel.shortlisted) },
            col(.offered, .fixed(8), .right, 3) { n.number($0.funnel.offered) },
        ]).render(area, &buffer)
    }
}
