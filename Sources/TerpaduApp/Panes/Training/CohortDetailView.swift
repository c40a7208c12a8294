import TerminalUI
import TerpaduCore

/// A cohort's facts, its capacity and pass rate as bars, and its roster with each result.
struct CohortDetailView: Widget {
    let model: DeskModel
    let cohort: CohortView
    let roster: RecordPage<RosterEntry>

    func render(_ area: Rect, _ buffer: inout Buffer) {
        let s = model.strings, t = s.training, r = s.records, n = s.format, theme = model.theme
        let layout = RecordDetailLayout(body: area, kind: .cohort)
        let rate = cohort.rate
        let facts: [FactLine] = [
            .heading(cohort.id.description + " · " + CohortsListView.programName(cohort, s)),
            .field(t.provider, cohort.provider, .accent),
            .field(r.dates, n.day(cohort.start) + " – " + n.day(cohort.end), .text),
            .field(r.capacity, r.partOf(n.number(cohort.enrolled), n.number(cohort.capacity)), .text),
            .field(t.seatsLeft, n.number(cohort.seatsLeft), cohort.seatsLeft == 0 ? .warning : .text),
            .field(t.passRate, rate.rate.map { n.percent($0) + " · " + t.passedOf(n.number(rate.passed), n.number(rate.results)) }
                   ?? t.noResults, rate.rate == nil ? .muted : .text),
        ]
        FactLinesView(lines: facts, theme: theme).render(layout.facts, &buffer)

        let fig = layout.figure
        buffer.write(r.capacity, in: fig.row(0), style: theme[.header])
        CohortsListView.gauge(cohort, s, theme).render(fig.row(1), &buffer)
        if fig.height > 3 {
            buffer.write(t.passRate, in: fig.row(3), style: theme[.header])
            Gauge(ratio: rate.rate ?? 0, label: rate.rate.map(n.percent) ?? t.noResults, slot: .ok, theme: theme).render(fig.row(4), &buffer)
        }

        DetailListView(model: model, title: t.roster, page: (roster.rows, roster.offset, roster.total), columns: [
            RecordTableColumn(column: 0, title: r.worker, width: .fixed(9), priority: 0) { $0.worker.description },
            RecordTableColumn(column: 1, title: r.name, width: .fill(3), priority: 0) { $0.name },
            RecordTableColumn(column: 2, title: t.resultColumn, width: .fixed(12), priority: 1) { t.result($0.result) },
            RecordTableColumn(column: 3, title: t.attendance, width: .fixed(8), alignment: .right, priority: 2) {
                $0.attendance.map { "\($0) %" } ?? "–"
            },
            RecordTableColumn(column: 4, title: t.score, width: .fixed(6), alignment: .right, priority: 2) { $0.score.map(String.init) ?? "–" },
            RecordTableColumn(column: 5, title: t.certificate, width: .fill(2), priority: 3) { $0.certificateNumber ?? "" },
        ], rowStyle: { $0.result == .failed ? theme[.muted] : nil }).render(layout.list, &buffer)
    }
}
