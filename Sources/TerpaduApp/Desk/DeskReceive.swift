import TerminalUI
import TerpaduCore

extension DeskModel {
    /// An answer from the store's owner, or a change another process made.
    mutating func receive(_ message: DeskMessage) -> [DeskEffect] {
        switch message {
        case .opened(let figures, let reference):
            header = figures
            self.reference = reference
            phase = .ready
            return workersWindowEffects(force: true) + (pane == .dashboard ? [.dashboard] : [])
        case .empty:
            phase = .welcome(demoChosen: true)
            return []
        case .openFailed(let why):
            phase = .failed(why)
            return []
        case .seeding(let done, let total):
            phase = .seeding(done: done, total: total)
            return []
        case .workersPage(let page):
            guard page.generation == workers.generation, page.query == workers.query else { return [] }
            workers.page = page
            workers.searching = false
            workers.table.scrollToSelection(visibleRows: workersVisibleRows, rowCount: page.total)
            if picking?.pickWhenSingle == true {
                picking?.pickWhenSingle = false
                if page.total == 1, let row = workers.selectedRow { return picked(row.id) }
            }
            return workersWindowEffects()
        case .workerCard(let answer):
            guard card?.id == answer.detail.summary.id else { return [] }
            card?.card = answer
            return []
        case .editBase(let w):
            rebase(on: w)
            return []
        case .records(let answer):
            return receive(records: answer)
        case .dashboard(let figures):
            dashboard = figures
            return []
        case .reviews(let pairs, let total):
            receive(reviews: pairs, total: total)
            return []
        case .resultSheet(let cohort, let roster):
            receive(sheet: cohort, roster)
            return []
        case .cardMissing(let id):
            say(strings.shell.notFound(id.description), .error)
            if card?.id == id, case .worker = place { _ = back(); card = nil }
            return []
        case .changed(let figures, let touched):
            header = figures
            var effects = workersWindowEffects(force: true)
            if let id = card?.id, touched?.contains(id) ?? true { effects.append(.workerCard(id)) }
            if pane == .dashboard { effects.append(.dashboard) }
            return effects + recordPlaceShown()
        case .saved(let purpose, let outcome, let figures):
            if let figures { header = figures }
            return saved(purpose, outcome)
        case .stepSaved(let purpose, let lines, let figures):
            if let figures { header = figures }
            if case .resultSheet = purpose { return sheetSaved(lines) }
            if case .review = purpose { return reviewSaved(lines) }
            return stepSaved(purpose, lines)
        case .revealed(let id, let nik):
            if workerForm?.editedID == id { workerForm?.revealNIK(nik) }
            guard card?.id == id else { return [] }
            card?.revealedNIK = nik
            say(strings.workers.revealed, .warning)
            return [.workerCard(id)]
        case .revealRefused(let why):
            say(context.canWrite ? strings.shell.notSaved(why) : strings.workers.revealNotAllowed, .error)
            return []
        case .lookalikes(let name, let birth, let found):
            guard var fm = workerForm, fm.mode == .register, fm.form.value("name") == name,
                  Day(iso: fm.form.value("birthDate")) == birth else { return [] }
            fm.lookalike = found.first
            fm.lookalikeSeen = false
            workerForm = fm
            if let other = found.first { say(strings.form.possibleSamePerson(other.id.description, other.name), .warning) }
            return []
        case .theme(let t):
            theme = t
            say(strings.shell.themeSet(t.name), .ok)
            return []
        case .importing(let rows):
            say(strings.shell.importing(strings.format.number(rows)))
            return []
        case .imported(let accepted, let rejected, let report, let stop):
            let text = strings.shell.imported(strings.format.number(accepted), strings.format.number(rejected))
                + (report.map { " · " + $0 } ?? "") + (stop.map { " · " + $0 } ?? "")
            say(text, rejected > 0 || stop != nil ? .warning : .ok)
            return workersWindowEffects(force: true)
        case .exporting(let percent):
            say(strings.shell.exporting(strings.format.number(percent) + " %"))
            return []
        case .exported(let rows, let path):
            say(strings.shell.exported(strings.format.number(rows), path), .ok)
            return []
        case .snapshotWritten(let name):
            say(strings.shell.snapshotWritten(name), .ok)
            return []
        case .snapshotNotHolder:
            say(strings.shell.snapshotNotHolder, .warning)
            return []
        case .note(let note):
            status = note
            return []
        case .clock(let ms):
            nowMillis = ms
            return []
        }
    }

    mutating func saved(_ purpose: DeskEffect.Purpose, _ outcome: SaveOutcome) -> [DeskEffect] {
        switch outcome {
        case .refused(let refusals, let since) where workerForm != nil:
            return formRefused(refusals, since: since)
        case .readOnly, .failed:
            workerForm?.saving = false
        case .saved:
            workerForm = nil
        default: break
        }
        switch outcome {
        case .saved(let events):
            var effects = workersWindowEffects(force: true)
            switch purpose {
            case .registerWorker:
                if let id = events.first.flatMap({ $0.body.recordIDs.first }) {
                    say(strings.workers.registered(id.description), .ok)
                    if case .workerForm = place { _ = back() }
                    path.removeAll { $0 == .workerForm }
                    // Registered on the spot for another screen (a fair): she is picked for it.
                    effects += picking != nil ? picked(id) : openCard(id)
                }
            case .updateWorker(let id):
                say(strings.workers.updated(id.description), .ok)
                if case .workerForm = place { _ = back() }
                effects.append(.workerCard(id))
            case .step, .pick, .resultSheet, .review: break
            }
            return effects
        case .refused(let refusals, _):
            say(refusals.map(strings.refusal).joined(separator: "; "), .error)
            return []
        case .readOnly:
            say(strings.shell.readOnlyCannot(strings.shell.verbRegister), .error)
            return []
        case .failed(let why):
            say(strings.shell.notSaved(why), .error)
            return []
        }
    }
}
