import TerminalUI
import TerpaduCore

/// A program's facts, its figures as bars, and its members with the outcome each recorded.
struct ProgramDetailView: Widget {
    let model: DeskModel
    let program: ProgramSummary
    let members: RecordPage<ProgramMember>

    func render(_ area: Rect, _ buffer: inout Buffer) {
        let s = model.strings, g = s.reintegration, r = s.records, n = s.format, theme = model.theme
        let p = program
        let layout = RecordDetailLayout(body: area, kind: .program)
        let place = [p.village, p.regency, p.provinceName].filter { !$0.isEmpty }.joined(separator: ", ")
        FactLinesView(lines: [
            .heading(p.id.description + " · " + p.name),
            .field(g.kindLabel, g.kind(p.kind), .accent),
            .field(r.place, place, .text),
            .field(r.dates, n.day(p.start) + " – " + n.day(p.end), .text),
            .field(r.capacity, r.partOf(n.number(p.enrolled), n.number(p.capacity)), .text),
            .field(g.businessesStarted, r.partOf(n.number(p.businessesStarted), n.number(p.outcomes)), .text),
        ], theme: theme).render(layout.facts, &buffer)
        let fig = layout.figure
        buffer.write(g.outcomes, in: fig.row(0), style: theme[.header])
        BarChart(bars: [Bar(r.enrolled, Double(p.enrolled), slot: .postPlacement),
                        Bar(g.outcomes, Double(p.outcomes), slot: .postPlacement),
                        Bar(g.businessesStarted, Double(p.businessesStarted), slot: .ok)],
                 theme: theme, valueFormatter: { n.number(Int($0)) })
            .render(Rect(x: fig.x, y: fig.y + 1, width: fig.width, height: max(0, fig.height - 1)), &buffer)

        DetailListView(model: model, title: g.members, page: (members.rows, members.offset, members.total), columns: [
            RecordTableColumn(column: 0, title: r.worker, width: .fixed(9), priority: 0) { $0.worker.description },
            RecordTableColumn(column: 1, title: r.name, width: .fill(3), priority: 0) { $0.name },
            RecordTableColumn(column: 2, title: r.enrolled, width: .fixed(11), alignment: .right, priority: 3) { n.day($0.enrolled) },
            RecordTableColumn(column: 3, title: g.outcome, width: .fixed(16), priority: 1) { m in
                guard let o = m.outcome else { return g.awaited }
                return o.businessStarted ? g.businessStarted : g.noBusiness
            },
            RecordTableColumn(column: 4, title: g.businessKind, width: .fill(2), priority: 2) { $0.outcome?.businessKind ?? "" },
            RecordTableColumn(column: 5, title: g.revenue, width: .fixed(14), alignment: .right, priority: 1) {
                $0.outcome.map { n.rupiah($0.monthlyRevenue) } ?? ""
            },
            RecordTableColumn(column: 6, title: g.jobsCreated, width: .fixed(6), alignment: .right, priority: 2) {
                $0.outcome.map { n.number($0.jobsCreated) } ?? ""
            },
        ]).render(layout.list, &buffer)
    }
}
