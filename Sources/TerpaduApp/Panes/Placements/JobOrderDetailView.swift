import TerminalUI
import TerpaduCore
import TerpaduFormats

/// A job order's facts, its legal-channel verdict with each reason in words, and the workers selected.
struct JobOrderDetailView: Widget {
    let model: DeskModel
    let row: JobOrderRow
    let selected: RecordPage<PlacementEntry>

    func render(_ area: Rect, _ buffer: inout Buffer) {
        let s = model.strings, p = s.placements, r = s.records, n = s.format, theme = model.theme
        let o = row.order
        let layout = RecordDetailLayout(body: area, kind: .jobOrder)
        // The channel as the verdict judges it: the agency and its licence, or the employer's standing.
        var scheme = p.scheme(o.scheme)
        if !o.agency.isEmpty { scheme += " · " + o.agency + (o.agencyLicence.isEmpty ? "" : " (\(o.agencyLicence))") }
        if o.employerIsLegalEntity == true { scheme += " · " + p.legalEntity }
        FactLinesView(lines: [
            .heading(o.id.description + " · " + o.employer),
            .field(p.country, row.country.text(s.language), .text),
            .field(p.job, row.job.text(s.language), .text),
            .field(p.agency, scheme, .text),
            .field(p.quota, r.partOf(n.number(o.filled), n.number(o.quota)), .text),
            .field(p.workerCost, n.rupiah(o.workerCost), o.workerCost > 0 ? .warning : .text),
            .field(p.contract, p.months(o.contractMonths) + (o.certificateRequired ? " · " + p.certificateRequired : "")
                   + (o.languageLevel.map { " · " + RefusalText.languageLevelName($0) } ?? ""), .text),
            .field(p.created, n.day(o.created), .muted),
        ], theme: theme).render(layout.facts, &buffer)

        var verdict: [FactLine] = [.heading(p.verdict)]
        if o.legalChannel.passes {
            verdict.append(.text("✓ " + p.legal, .ok))
        } else {
            verdict.append(.text("✗ " + p.notLegal, .error))
            verdict += o.legalChannel.refusals.map { .text("✗ " + s.refusal($0), .error) }
        }
        FactLinesView(lines: verdict, theme: theme).render(layout.figure, &buffer)

        DetailListView(model: model, title: p.selectedWorkers, page: (selected.rows, selected.offset, selected.total), columns: [
            RecordTableColumn(column: 0, title: p.placement, width: .fixed(9), priority: 2) { $0.placement.description },
            RecordTableColumn(column: 1, title: r.worker, width: .fixed(9), priority: 0) { $0.worker.description },
            RecordTableColumn(column: 2, title: r.name, width: .fill(3), priority: 0) { $0.name },
            RecordTableColumn(column: 3, title: r.status, width: .fixed(11), priority: 1) { p.placementStatus($0.status) },
            RecordTableColumn(column: 4, title: p.selected, width: .fixed(11), alignment: .right, priority: 1) { n.day($0.selected) },
            RecordTableColumn(column: 5, title: p.departed, width: .fixed(11), alignment: .right, priority: 2) {
                $0.departed.map(n.day) ?? "–"
            },
        ], rowStyle: { $0.status == .cancelled ? theme[.muted] : nil }).render(layout.list, &buffer)
    }
}
