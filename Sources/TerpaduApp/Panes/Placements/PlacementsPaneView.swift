import TerminalUI
import TerpaduCore

/// The Placements pane: job orders, protection cases, open loans or literacy sessions (`o` / `c` / `l` / `f`).
struct PlacementsPaneView: Widget {
    let model: DeskModel

    func render(_ area: Rect, _ buffer: inout Buffer) {
        let s = model.strings, p = s.placements, n = s.format, theme = model.theme
        let pane = model.records.placements
        let sublists = [("o", p.orders, pane.showing == .jobOrders), ("c", p.cases, pane.showing == .cases),
                        ("l", p.loans, pane.showing == .loans), ("f", p.literacySessions, pane.showing == .literacySessions)].map { (key: $0.0, title: $0.1, selected: $0.2) }
        switch pane.showing {
        case .cases:
            var rows: [CaseSummary] = []
            if case .cases(let r)? = pane.cases.page?.rows { rows = r }
            func col(_ c: CaseColumn, _ w: Constraint, _ a: Alignment = .left, _ priority: Int,
                     _ cell: @escaping (CaseSummary) -> String) -> RecordTableColumn<CaseSummary> {
                RecordTableColumn(column: c.rawValue, title: p.caseColumn(c), width: w, alignment: a, priority: priority, cell: cell)
            }
            RecordTableView(model: model, list: pane.cases, rows: rows, columns: [
                col(.id, .fixed(9), .left, 0) { $0.id.description },
                col(.worker, .fixed(9), .left, 2) { $0.worker.description },
                col(.name, .fill(3), .left, 0) { $0.workerName },
                col(.type, .fill(2), .left, 1) { p.caseType($0.type) },
                col(.mission, .fill(2), .left, 2) { $0.missionName.isEmpty ? $0.mission : $0.missionName },
                col(.opened, .fixed(11), .right, 1) { n.day($0.opened) },
                col(.state, .fixed(10), .left, 0) { $0.isOpen ? p.open : p.closed },
                col(.checkIns, .fixed(11), .right, 3) { n.number($0.checkIns) },
            ], sublists: sublists, rowStyle: { $0.isOpen ? nil : theme[.muted] }).render(area, &buffer)
        case .loans:
            var rows: [LoanSummary] = []
            if case .loans(let r)? = pane.loans.page?.rows { rows = r }
            func col(_ c: LoanColumn, _ w: Constraint, _ a: Alignment = .left, _ priority: Int,
                     _ cell: @escaping (LoanSummary) -> String) -> RecordTableColumn<LoanSummary> {
                RecordTableColumn(column: c.rawValue, title: p.loanColumn(c), width: w, alignment: a, priority: priority, cell: cell)
            }
            RecordTableView(model: model, list: pane.loans, rows: rows, columns: [
                col(.id, .fixed(9), .left, 0) { $0.id.description },
                col(.worker, .fixed(9), .left, 2) { $0.worker.description },
                col(.name, .fill(3), .left, 0) { $0.workerName },
                col(.bank, .fill(2), .left, 2) { $0.bankName.isEmpty ? $0.bank : $0.bankName },
                col(.amount, .fixed(15), .right, 0) { n.rupiah($0.amount) },
                col(.status, .fixed(11), .left, 1) { p.loanStatus($0.status) },
                col(.applied, .fixed(11), .right, 3) { n.day($0.applied) },
            ], sublists: sublists).render(area, &buffer)
        case .literacySessions:
            var rows: [LiteracySessionSummary] = []
            if case .literacySessions(let r)? = pane.literacySessions.page?.rows { rows = r }
            func col(_ c: LiteracyColumn, _ w: Constraint, _ a: Alignment = .left, _ priority: Int,
                     _ cell: @escaping (LiteracySessionSummary) -> String) -> RecordTableColumn<LiteracySessionSummary> {
                RecordTableColumn(column: c.rawValue, title: p.literacyColumn(c), width: w, alignment: a, priority: priority, cell: cell)
            }
            RecordTableView(model: model, list: pane.literacySessions, rows: rows, columns: [
                col(.id, .fixed(9), .left, 0) { $0.id.description },
                col(.date, .fixed(11), .right, 1) { n.day($0.date) },
                col(.mission, .fill(2), .left, 1) { $0.missionName ?? $0.mission ?? p.online },
                col(.topic, .fill(3), .left, 0) { $0.topic },
                col(.participants, .fixed(8), .right, 0) { n.number($0.participants) },
            ], sublists: sublists).render(area, &buffer)
        default:
            var rows: [JobOrderRow] = []
            if case .jobOrders(let r)? = pane.orders.page?.rows { rows = r }
            func col(_ c: JobOrderColumn, _ w: Constraint, _ a: Alignment = .left, _ priority: Int,
                     _ cell: @escaping (JobOrderRow) -> String) -> RecordTableColumn<JobOrderRow> {
                RecordTableColumn(column: c.rawValue, title: p.orderColumn(c), width: w, alignment: a, priority: priority, cell: cell)
            }
            RecordTableView(model: model, list: pane.orders, rows: rows, columns: [
                col(.id, .fixed(9), .left, 0) { $0.order.id.description },
                col(.employer, .fill(3), .left, 0) { $0.order.employer },
                col(.country, .fill(2), .left, 1) { $0.country.text(s.language) },
                col(.job, .fill(2), .left, 2) { $0.job.text(s.language) },
                col(.scheme, .fixed(12), .left, 3) { p.scheme($0.order.scheme) },
                col(.filled, .fixed(11), .right, 1) { "\(n.number($0.order.filled))/\(n.number($0.order.quota))" },
                col(.legal, .fixed(5), .left, 0) { $0.order.legalChannel.passes ? "✓" : "✗" },
                col(.created, .fixed(11), .right, 4) { n.day($0.order.created) },
            ], sublists: sublists, rowStyle: { $0.order.legalChannel.passes ? nil : theme[.error] }).render(area, &buffer)
        }
    }
}
