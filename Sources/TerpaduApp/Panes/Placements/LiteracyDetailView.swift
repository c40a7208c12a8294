import TerminalUI
import TerpaduCore

/// A financial-literacy session: when, who ran it (a mission, or online), its topic, and the workers
/// recorded as taking part, with where each stands now.
struct LiteracyDetailView: Widget {
    let model: DeskModel
    let session: LiteracySessionSummary
    let participants: RecordPage<LiteracyParticipant>

    func render(_ area: Rect, _ buffer: inout Buffer) {
        let s = model.strings, p = s.placements, r = s.records, n = s.format, theme = model.theme
        let layout = RecordDetailLayout(body: area, kind: .literacySession)
        FactLinesView(lines: [
            .heading(session.id.description + " · " + session.topic),
            .field(p.literacyColumn(.date), n.day(session.date), .text),
            .field(p.literacyColumn(.mission), session.missionName ?? session.mission ?? p.online, .text),
            .field(p.literacyColumn(.participants), n.number(session.participants), .accent),
        ], theme: theme).render(layout.facts, &buffer)
        DetailListView(model: model, title: p.literacyColumn(.participants),
                       page: (participants.rows, participants.offset, participants.total), columns: [
            RecordTableColumn(column: 0, title: r.worker, width: .fixed(9), priority: 0) { $0.worker.description },
            RecordTableColumn(column: 1, title: r.name, width: .fill(3), priority: 0) { $0.name },
            RecordTableColumn(column: 2, title: r.status, width: .fill(2), priority: 1) { s.status($0.status) },
        ], rowStyle: { $0.status == .working ? nil : theme[.muted] }).render(layout.list, &buffer)
    }
}
