import TerminalUI
import TerpaduCore

/// The Dashboard: each stage with its statuses, this week's flows and KPIs, and bars by province of
/// origin and by destination. Every figure comes from the counters.
struct DashboardView: Widget {
    let model: DeskModel

    func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let s = model.strings, theme = model.theme
        guard let f = model.dashboard else {
            buffer.write(s.shell.loading, in: area.row(0).inset(horizontal: 1), style: theme[.muted])
            return
        }
        let inner = area.inset(horizontal: 1)
        // The protection block takes the rows its words need at this width (three at 80 columns,
        // with whose coverage lapses under them), so no figure is cut off; the charts have the rest.
        let protection = protectionLines(f, width: inner.width)
        let rows = Layout.vertical([.fixed(7), .fixed(4), .fixed(protection.text.count + (protection.soon.isEmpty ? 0 : 1)), .fill(1)],
                                   spacing: 0).split(inner)
        renderStages(f, rows[0], &buffer)
        renderWeek(f, rows[1], &buffer)
        renderProtection(protection, rows[2], &buffer)
        let charts = Layout.horizontal([.fill(1), .fill(1)], spacing: 2).split(rows[3])
        let number = s.format
        let provinceBars = f.provinces.map { Bar($0.label, Double($0.value), slot: .preparation) }
        let destinationBars = f.destinations.map { Bar(s.language == .id ? $0.id : $0.en, Double($0.value), slot: .placement) }
        for (i, (title, bars)) in [(s.dashboard.byProvince, provinceBars), (s.dashboard.byDestination, destinationBars)].enumerated() {
            let col = charts[i]
            buffer.write(title, in: col.row(0), style: theme[.header])
            BarChart(bars: bars, theme: theme, valueFormatter: { number.number(Int($0)) })
                .render(Rect(x: col.x, y: col.y + 1, width: col.width, height: max(0, col.height - 1)), &buffer)
        }
    }

    func renderStages(_ f: DashboardFigures, _ area: Rect, _ buffer: inout Buffer) {
        let s = model.strings, theme = model.theme
        let cols = Layout.horizontal(Array(repeating: .fill(1), count: 4), spacing: 2).split(area)
        for (i, stage) in Stage.allCases.enumerated() {
            let col = cols[i]
            let slot = StageSlots.slot(stage)
            let total = s.format.number(f.stages[stage])
            buffer.write(s.stage(stage), x: col.x, y: col.y, width: col.width, style: theme[slot].adding(.bold))
            buffer.write(total, x: max(col.x, col.maxX - TextLayout.width(total)), y: col.y, width: col.width,
                         style: theme[slot].adding(.bold))
            for (j, status) in Status.allCases.filter({ $0.stage == stage }).enumerated() where j + 1 < col.height {
                let n = s.format.number(f.statuses[status] ?? 0)
                let y = col.y + 1 + j
                buffer.write(s.status(status), x: col.x + 1, y: y, width: max(0, col.width - TextLayout.width(n) - 2), style: theme[.text])
                buffer.write(n, x: max(col.x, col.maxX - TextLayout.width(n)), y: y, style: theme[.text])
            }
        }
    }

    /// Education reach, the literacy and health-insurance shares of workers abroad, and the first
    /// coverages about to lapse (whose renewal someone should chase), wrapped to `width`.
    func protectionLines(_ f: DashboardFigures, width: Int) -> (text: [String], soon: String) {
        guard let c = f.cycle else { return ([], "") }
        let s = model.strings, d = s.dashboard, n = s.format
        let share: (PlacementShare) -> String = { $0.share.map(n.percent) ?? d.noFigure }
        let line = d.protection + ": " + [d.educationReached(n.number(c.education.peopleReached), n.number(c.education.sessions)),
                                         d.literacyShare(share(c.literacyReached)), d.insuredShare(share(c.healthCovered)),
                                         d.lapsing(n.number(c.coverageLapsingIn30Days))].joined(separator: " · ")
        let soon = f.lapsing.map { "\($0.worker) \($0.name) \(n.day($0.validTo))" }.joined(separator: " · ")
        return (TextLayout.wrap(line, width: max(1, width)), soon)
    }

    func renderProtection(_ p: (text: [String], soon: String), _ area: Rect, _ buffer: inout Buffer) {
        guard area.height > 0 else { return }
        let theme = model.theme
        for (i, l) in p.text.prefix(area.height).enumerated() { buffer.write(l, in: area.row(i), style: theme[.text]) }
        if !p.soon.isEmpty, p.text.count < area.height { buffer.write(p.soon, in: area.row(p.text.count), style: theme[.warning]) }
    }

    func renderWeek(_ f: DashboardFigures, _ area: Rect, _ buffer: inout Buffer) {
        let s = model.strings, d = s.dashboard, theme = model.theme, n = s.format
        var flows = d.thisWeek + ": "
        if let w = f.week {
            flows += [(d.registered, w[.registered]), (d.toPrePlacement, w[.toPrePlacement]), (d.departed, w[.departed]),
                      (d.returned, w[.returned])].map { "\($0.0) \(n.number($0.1))" }.joined(separator: " · ")
        }
        buffer.write(flows, in: area.row(0), style: theme[.text])
        var kpis: [String] = []
        if let k = f.kpi {
            kpis.append("\(d.fast) \(k.medianDaysToDeparture.map { n.number($0) } ?? d.noFigure)")
            kpis.append("\(d.cheap) \(k.medianWorkerCost.map(n.rupiah) ?? d.noFigure)")
            kpis.append("\(d.zeroCost) \(k.zeroCostShare.map(n.percent) ?? d.noFigure)")
            kpis.append("\(d.safe) \(k.openCasesPer1000.map(n.decimal) ?? d.noFigure)")
            kpis.append("\(d.prosperous) \(k.returneesInProgramShare.map(n.percent) ?? d.noFigure)")
        }
        let lines = TextLayout.wrap(kpis.joined(separator: " · "), width: max(1, area.width))
        for (i, line) in lines.prefix(max(0, area.height - 1)).enumerated() {
            buffer.write(line, in: area.row(1 + i), style: theme[.muted])
        }
    }
}
