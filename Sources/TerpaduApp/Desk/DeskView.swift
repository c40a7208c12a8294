import TerminalUI
import TerpaduCore

/// Draws the whole desk for one model. Pure: the same model draws the same screen.
struct DeskView: Widget {
    let model: DeskModel
    var s: Strings { model.strings }
    var theme: Theme { model.theme }

    func render(_ area: Rect, _ buffer: inout Buffer) {
        buffer.fill(area, style: theme[.background])
        let layout = DeskLayout(size: area.size)
        HeaderView(model: model).render(layout.header, &buffer)
        StageStrip(model: model).render(layout.stages, &buffer)
        Tabs(titles: s.shell.tabs.enumerated().map { "\($0.offset + 1) \($0.element)" }, selected: model.pane.rawValue, theme: theme)
            .render(layout.tabs, &buffer)
        Breadcrumb(crumbs, theme: theme).render(layout.crumb, &buffer)
        switch model.phase {
        case .ready: renderPlace(layout.body, &buffer)
        case .opening: buffer.write(s.shell.loading, in: layout.body.row(0), style: theme[.muted])
        case .seeding(let done, let total):
            WelcomeView(model: model).renderProgress(layout.body, &buffer, done: done, total: total)
        case .welcome(let demo): WelcomeView(model: model).render(layout.body, &buffer, demoChosen: demo)
        case .failed(let why):
            let lines = TextLayout.wrap(s.welcome.failed(why), width: max(1, layout.body.width - 2))
            for (i, line) in lines.prefix(layout.body.height).enumerated() {
                buffer.write(line, in: layout.body.inset(horizontal: 1).row(i), style: theme[.error])
            }
        }
        renderStatus(layout.status, &buffer)
        renderBottom(layout.hints, &buffer)
        renderOverlay(area, &buffer)
    }

    var crumbs: [String] {
        var parts = [s.shell.tabs[model.pane.rawValue]]
        switch model.place {
        case .pane(.workers):
            if !model.workers.query.text.isEmpty { parts.append("/" + model.workers.query.text) }
            if let stage = model.workers.query.stage { parts.append(s.stage(stage)) }
            if model.workers.query.exited == true { parts.append(s.shell.exited) }
            if let st = model.workers.query.status { parts.append(s.status(st)) }
            if let p = model.workers.query.province { parts.append(model.reference.provinceName(p) ?? p) }
            if let c = model.workers.query.country { parts.append(model.reference.countryName(c, s.language) ?? c) }
        case .worker(let id):
            parts.append(id.description + (model.card?.card.map { " " + $0.detail.summary.name } ?? ""))
        case .workerForm:
            switch model.workerForm?.mode {
            case .edit(let id, _)?: parts += [id.description, s.workers.hintEdit]
            default: parts.append(s.form.registerTitle)
            }
        case .pane, .record: parts += RecordPanesView.crumbs(model)
        case .resultSheet(let id): parts += [id.description, s.training.results]
        case .reviews: parts.append(s.review.title)
        case .documents(let id):
            parts += [id.description + (model.card?.card.map { " " + $0.detail.summary.name } ?? ""), s.workers.documents]
        case .step:
            if let sf = model.stepForm {
                parts += [sf.step.subject?.description, s.steps.title(sf.step.kind)].compactMap { $0 }
            }
        }
        return parts
    }

    func renderPlace(_ area: Rect, _ buffer: inout Buffer) {
        switch model.place {
        case .pane(.workers): WorkersListView(model: model).render(area, &buffer)
        case .pane(.dashboard): DashboardView(model: model).render(area, &buffer)
        case .worker: WorkerCardView(model: model).render(area, &buffer)
        case .workerForm: WorkerFormView(model: model).render(area, &buffer)
        case .step: StepFormView(model: model).render(area, &buffer)
        case .resultSheet: ResultSheetView(model: model).render(area, &buffer)
        case .reviews: ReviewQueueView(model: model).render(area, &buffer)
        case .documents: DocumentChecklistView(model: model).render(area, &buffer)
        case .pane, .record: RecordPanesView(model: model).render(area, &buffer)
        }
    }

    func renderStatus(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        var right = ""
        if let last = model.header.lastChange {
            right = s.shell.lastChange(s.format.clock(millis: last.timeMs), last.operatorName)
        }
        switch model.header.condition {
        case .usable: break
        case .busy: right = s.shell.feedBusy
        case .beingRestored: right = s.shell.feedRestoring
        case .unusable(let why): right = s.shell.feedUnusable(why)
        }
        // In a form, the focused field's message in full (beside the field it may be cut short).
        var note = model.status
        let form = model.place == .workerForm ? model.workerForm?.form : model.stepForm.flatMap { sf in
            if case .step = model.place { return sf.form } else { return nil }
        }
        if case .resultSheet = model.place, let e = model.resultSheet?.sheet?.focusedError { note = StatusNote(e, .error) }
        if let form, let id = form.focusedID {
            if let e = form.error(for: id) { note = StatusNote(e, .error) } else if let n = form.note(for: id) { note = StatusNote(n, .info) }
        }
        // The last change is by the way: a message that needs the whole line gets it (a pick's banner
        // naming its record, a refusal in full). A warning about the feed keeps its place.
        if case .usable = model.header.condition, let text = note?.text,
           TextLayout.width(text) + TextLayout.width(right) + 2 > area.width {
            right = ""
        }
        let slot: ThemeSlot = switch note?.level ?? .info {
        case .info: .text
        case .ok: .ok
        case .warning: .warning
        case .error: .error
        }
        StatusLine(left: note?.text ?? "", right: right, theme: theme, style: theme[slot]).render(area, &buffer)
    }

    func renderBottom(_ area: Rect, _ buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        if case .command(let line) = model.overlay {
            CommandLineView(state: line, theme: theme).render(area, &buffer)
            return
        }
        if let search = model.workers.search, model.place == .pane(.workers) {
            let status = model.workers.searching ? s.shell.filtering : s.shell.matches(s.format.number(model.workers.total))
            FilterInputView(state: search, status: status, theme: theme).render(area, &buffer)
            return
        }
        if let list = model.recordListOnScreen, let filter = model.records[list].filter {
            let list = model.records[list]
            FilterInputView(state: filter, status: list.searching ? s.shell.filtering : s.shell.matches(s.format.number(list.total)),
                            theme: theme).render(area, &buffer)
            return
        }
        KeyHintBar(hints: DeskHints.current(model), theme: theme).render(area, &buffer)
    }

    func renderOverlay(_ area: Rect, _ buffer: inout Buffer) {
        switch model.overlay {
        case .help(let scroll):
            HelpOverlay(title: s.shell.helpTitle, entries: DeskHints.help(model), scroll: scroll, theme: theme).render(area, &buffer)
        case .confirmQuit(let d), .confirmDiscard(let d): d.render(area, &buffer)
        case .report(let r):
            HelpOverlay(title: r.title, entries: r.lines, scroll: r.scroll, footer: s.toolkit.anyKeyCloses, words: s.toolkit, theme: theme)
                .render(area, &buffer)
        case .none, .command: break
        }
    }
}
