import TerminalUI
import TerpaduCore

/// The body of the four record panes and of a record's detail.
struct RecordPanesView: Widget {
    let model: DeskModel

    func render(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        switch model.place {
        case .pane(.jobFairs): FairsListView(model: model).render(area, &buffer)
        case .pane(.training): TrainingPaneView(model: model).render(area, &buffer)
        case .pane(.placements): PlacementsPaneView(model: model).render(area, &buffer)
        case .pane(.reintegration): ProgramsListView(model: model).render(area, &buffer)
        case .record: renderDetail(area, &buffer)
        default: break
        }
    }

    func renderDetail(_ area: Rect, _ buffer: inout Buffer) {
        guard let detail = model.records.detail?.detail else {
            buffer.write(model.strings.shell.loading, in: area.row(0).inset(horizontal: 1), style: model.theme[.muted])
            return
        }
        switch detail {
        case .fair(let f, let a): FairDetailView(model: model, fair: f, attendees: a).render(area, &buffer)
        case .cohort(let c, let r): CohortDetailView(model: model, cohort: c, roster: r).render(area, &buffer)
        case .jobOrder(let o, let p): JobOrderDetailView(model: model, row: o, selected: p).render(area, &buffer)
        case .protectionCase(let c, let i): CaseDetailView(model: model, summary: c, checkIns: i).render(area, &buffer)
        case .loan(let l): LoanDetailView(model: model, loan: l).render(area, &buffer)
        case .program(let p, let m): ProgramDetailView(model: model, program: p, members: m).render(area, &buffer)
        case .literacySession(let l, let p): LiteracyDetailView(model: model, session: l, participants: p).render(area, &buffer)
        }
    }

    /// The breadcrumb after the tab's name: the filter typed, or the record's ID and name.
    static func crumbs(_ model: DeskModel) -> [String] {
        switch model.place {
        case .pane:
            guard let list = model.recordListOnScreen, !model.records[list].query.text.isEmpty else { return [] }
            return ["/" + model.records[list].query.text]
        case .record(let id):
            guard let d = model.records.detail?.detail, d.id == id else { return [id.description] }
            let s = model.strings
            let name: String = switch d {
            case .fair(let f, _): f.venue
            case .cohort(let c, _): CohortsListView.programName(c, s)
            case .jobOrder(let o, _): o.order.employer
            case .protectionCase(let c, _): c.workerName
            case .loan(let l): l.workerName
            case .program(let p, _): p.name
            case .literacySession(let l, _): l.topic
            }
            return [id.description + " " + name]
        default: return []
        }
    }
}
