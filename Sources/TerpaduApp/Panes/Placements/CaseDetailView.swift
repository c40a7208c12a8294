import TerminalUI
import TerpaduCore

/// A protection case's facts, its summary, and the worker's check-ins while it was open, newest first.
struct CaseDetailView: Widget {
    let model: DeskModel
    let summary: CaseSummary
    let checkIns: RecordPage<CheckInEntry>

    func render(_ area: Rect, _ buffer: inout Buffer) {
        let s = model.strings, p = s.placements, r = s.records, n = s.format, theme = model.theme
        let c = summary
        let layout = RecordDetailLayout(body: area, kind: .protectionCase)
        var mission = c.missionName.isEmpty ? c.mission : c.missionName
        if !c.missionCountry.isEmpty { mission += " (\(c.missionCountry))" }
        var state = p.open
        if let closed = c.closed {
            state = p.closed + " " + n.day(closed) + (c.resolution.map { " · " + p.resolution($0) } ?? "")
        }
        FactLinesView(lines: [
            .heading(c.id.description + " · " + p.caseType(c.type)),
            .field(r.worker, c.worker.description + " " + c.workerName, .accent),
            .field(p.mission, mission, .text),
            .field(p.opened, n.day(c.opened), .text),
            .field(r.status, state, c.isOpen ? .warning : .ok),
        ], theme: theme).render(layout.facts, &buffer)
        FactLinesView(lines: [.heading(p.summary), .text(c.summary ?? "–", c.summary == nil ? .muted : .text)], theme: theme)
            .render(layout.figure, &buffer)

        DetailListView(model: model, title: p.checkIns, page: (checkIns.rows, checkIns.offset, checkIns.total), columns: [
            RecordTableColumn(column: 0, title: r.date, width: .fixed(11), priority: 0) { n.day($0.date) },
            RecordTableColumn(column: 1, title: p.wellbeingColumn, width: .fixed(12), priority: 0) { p.wellbeing($0.wellbeing) },
            RecordTableColumn(column: 2, title: p.note, width: .fill(1), priority: 1) { $0.note ?? "" },
        ], rowStyle: { $0.wellbeing == .urgent ? theme[.error] : $0.wellbeing == .concern ? theme[.warning] : nil })
            .render(layout.list, &buffer)
    }
}
