import TerminalUI
import TerpaduCore

/// A fair's facts, its funnel as bars (attended → interviewed → shortlisted → offered), and the
/// people who came, each with how far they got.
struct FairDetailView: Widget {
    let model: DeskModel
    let fair: FairSummary
    let attendees: RecordPage<FairAttendee>

    func render(_ area: Rect, _ buffer: inout Buffer) {
        let s = model.strings, f = s.fairs, r = s.records, n = s.format, theme = model.theme
        let layout = RecordDetailLayout(body: area, kind: .jobFair)
        var facts: [FactLine] = [
            .heading(fair.id.description + " · " + f.kind(fair.kind)),
            .field(r.date, n.day(fair.date), .text),
            .field(f.venue, fair.venue, .accent),
            .field(r.place, [fair.regency, fair.provinceName].filter { !$0.isEmpty }.joined(separator: ", "), .text),
        ]
        if !fair.employers.isEmpty { facts.append(.field(f.employers, fair.employers.joined(separator: ", "), .text)) }
        if !fair.jobOrders.isEmpty { facts.append(.field(f.jobOrders, fair.jobOrders.map(\.description).joined(separator: ", "), .text)) }
        FactLinesView(lines: facts, theme: theme).render(layout.facts, &buffer)

        buffer.write(f.funnel, in: layout.figure.row(0), style: theme[.header])
        let bars = FairOutcome.allCases.map { Bar(f.outcome($0), Double(fair.funnel[$0]), slot: .preparation) }
        BarChart(bars: bars, theme: theme, valueFormatter: { n.number(Int($0)) })
            .render(Rect(x: layout.figure.x, y: layout.figure.y + 1, width: layout.figure.width,
                         height: max(0, layout.figure.height - 1)), &buffer)

        // Attendees marked to enrol or select together carry a check before their ID.
        let marked = model.records.detail?.marked ?? []
        let title = marked.isEmpty ? f.attendees : f.attendees + " · " + s.steps.marked(n.number(marked.count))
        DetailListView(model: model, title: title, page: (attendees.rows, attendees.offset, attendees.total), columns: [
            RecordTableColumn(column: 0, title: " " + r.worker, width: .fixed(10), priority: 0) {
                (marked.contains($0.worker) ? "✓" : " ") + $0.worker.description
            },
            RecordTableColumn(column: 1, title: r.name, width: .fill(3), priority: 0) { $0.name },
            RecordTableColumn(column: 2, title: r.status, width: .fill(2), priority: 2) { s.status($0.status) },
            RecordTableColumn(column: 3, title: f.outcomeColumn, width: .fill(2), priority: 1) { f.outcome($0.outcome) },
        ]).render(layout.list, &buffer)
    }
}
