import TerminalUI
import TerpaduCore

/// Steps inside the desk's update: opening a step's form, its keys, sending it, and the answer.
extension DeskModel {
    /// Today, the record the operator came from (a cohort, job order or program on the path), and
    /// what this desk used last.
    func stepDefaults(missing document: DocumentKind? = nil) -> StepDefaults {
        var d = lastUsed
        d.today = today
        var seen: Set<RecordKind> = []
        for place in path.reversed() {
            guard case .record(let id) = place, seen.insert(id.kind).inserted else { continue }
            d.remember(id)
        }
        d.document = document
        return d
    }

    /// Opens `step`'s form; `version` is the worker's as the screen shows it.
    mutating func openStep(_ step: Step, version: Int? = nil, missing document: DocumentKind? = nil) -> [DeskEffect] {
        guard context.canWrite else {
            say(strings.shell.readOnlyCannot(strings.steps.title(step.kind).lowercased()), .error)
            return []
        }
        if case .step = place { leaveStep() }
        let form = StepForms.form(step, strings, reference: reference.data, defaults: stepDefaults(missing: document))
        stepForm = StepFormModel(step: step, form: form, version: version)
        go(.step(pane))
        return []
    }

    mutating func leaveStep() {
        stepForm = nil
        if case .step = place { _ = back() }
        path.removeAll { if case .step = $0 { return true }; return false }
    }

    /// A key while a step's form has focus: F-keys and Ctrl-keys to the shell first, then the form.
    mutating func stepKey(_ key: Key) -> [DeskEffect] {
        guard var sf = stepForm else { return [] }
        if let effects = shellKeyWhileTyping(key, unsaved: sf.form.isChanged) { return effects }
        switch sf.form.handle(key) {
        case .invalid:
            stepForm = sf
            say(strings.form.fixFields, .error)
        case .submitted(let values):
            stepForm = sf
            return sendStep(values)
        case .cancelled:
            stepForm = sf
            return cancelTyping(unsaved: sf.form.isChanged) { $0.leaveStep(); return [] }
        case .none, .edited, .left:
            stepForm = sf
        }
        return []
    }

    /// F2: the form's values as commands, to the store; what cannot become a command stays on its field.
    mutating func sendStep(_ values: [String: String]) -> [DeskEffect] {
        guard var sf = stepForm, !sf.saving else { return [] }
        switch StepCommands.commands(sf.step, values, strings, version: sf.version) {
        case .failure(let problems):
            for (field, message) in problems.byField { sf.form.setError(message, for: field) }
            if let first = sf.form.fields.first(where: { problems.byField[$0.id] != nil }) { sf.form.focus(first.id) }
            stepForm = sf
            say(strings.form.fixFields, .error)
            return []
        case .success(let commands):
            sf.saving = true
            stepForm = sf
            remember(values)
            say(strings.form.saving)
            let workers = sf.step.workers
            let subjects: [RecordID?] = commands.indices.map { i in workers.count == commands.count ? workers[i] : sf.step.subject }
            return [.executeAll(commands, subjects: subjects, purpose: .step(sf.step))]
        }
    }

    /// The mission, bank and records a step named, offered to the next one.
    mutating func remember(_ values: [String: String]) {
        if let m = values[StepField.mission.rawValue], !m.isEmpty { lastUsed.mission = m }
        if let b = values[StepField.bank.rawValue], !b.isEmpty { lastUsed.bank = b }
        for f in [StepField.cohort, .jobOrder, .program] {
            if let id = values[f.rawValue].flatMap({ RecordID(parsing: $0) }) { lastUsed.remember(id) }
        }
    }

    /// The answer to a step or a pick: the form closes when anything was saved; a lone refusal lands
    /// on its field; the refusals of a step for several workers are listed.
    mutating func stepSaved(_ purpose: DeskEffect.Purpose, _ lines: [StepLine]) -> [DeskEffect] {
        let saved = lines.filter { $0.savedEvents != nil }
        let refused = lines.filter { $0.savedEvents == nil }
        let title: String
        switch purpose {
        case .step(let step):
            title = strings.steps.title(step.kind)
            if saved.isEmpty, lines.count == 1, var sf = stepForm, case .refused(let refusals, _) = lines[0].outcome {
                sf.saving = false
                var unplaced: [String] = []
                for r in refusals {
                    if let f = StepRefusals.field(of: r), sf.form.field(f.rawValue) != nil {
                        sf.form.setError(strings.refusal(r), for: f.rawValue)
                        sf.form.focus(f.rawValue)
                    } else {
                        unplaced.append(strings.refusal(r))
                    }
                }
                stepForm = sf
                say(unplaced.isEmpty ? strings.form.fixFields : strings.shell.notSaved(unplaced.joined(separator: "; ")), .error)
                return []
            }
            if saved.isEmpty {
                stepForm?.saving = false
            } else {
                leaveStep()
                // Marked attendees were sent together: the marks have done their work.
                if step.workers.count > 1 { records.detail?.marked = [] }
                for line in saved {
                    if case .documentRecorded(let entry)? = line.savedEvents?.first?.body { documentSaved(entry.kind) }
                }
            }
        case .pick(let pick):
            title = strings.steps.pickTitle(pick.purpose.kind, pick.record.description)
        case .registerWorker, .updateWorker, .resultSheet, .review:
            return []
        }
        if refused.isEmpty {
            let subject = saved.count == 1 ? (saved[0].subject ?? createdID(saved[0])) : nil
            say(strings.steps.saved(title, subject?.description ?? strings.steps.workers(strings.format.number(saved.count))), .ok)
        } else if lines.count == 1, let line = refused.first {
            say(strings.shell.notSaved(words(line.outcome)), .error)
        } else {
            say(strings.steps.savedSome(strings.format.number(saved.count), strings.format.number(refused.count)),
                saved.isEmpty ? .error : .warning)
            overlay = .report(StepReport(title: strings.steps.reportTitle(title, strings.format.number(refused.count)),
                                         lines: refused.map { HelpEntry(keys: $0.subject?.description ?? "", help: words($0.outcome)) }))
        }
        var effects = workersWindowEffects(force: true)
        if let id = card?.id { effects.append(.workerCard(id)) }
        // A new record (fair, cohort, order, program) opens, so the next step is one key away.
        if case .step(let step) = purpose, step.subject == nil, step.workers.isEmpty, saved.count == 1,
           let id = createdID(saved[0]) {
            lastUsed.remember(id)
            return effects + openRecord(id)
        }
        return effects + recordPlaceShown()
    }

    func createdID(_ line: StepLine) -> RecordID? {
        line.savedEvents?.first?.body.recordIDs.first
    }

    func words(_ outcome: SaveOutcome) -> String {
        switch outcome {
        case .saved: strings.shell.ok
        case .refused(let refusals, _): refusals.map(strings.refusal).joined(separator: "; ")
        case .readOnly: strings.shell.readOnlyCannot(strings.shell.verbRegister)
        case .failed(let why): why
        }
    }

    // MARK: Picking a worker

    /// Lends the Workers pane to pick a worker for `purpose`; the screen the operator was on waits.
    mutating func startPick(_ purpose: WorkerPick.Purpose) -> [DeskEffect] {
        guard context.canWrite else {
            say(strings.shell.readOnlyCannot(strings.steps.pickTitle(purpose.kind, "").lowercased()), .error)
            return []
        }
        let pick = WorkerPick(purpose: purpose, returnTo: place, searchBefore: workers.query.text)
        picking = pick
        go(.pane(.workers))
        // The search opens empty at once: the operator types the name or NIK straight away.
        workers.search = FilterInputState(text: "")
        say(strings.steps.pickBanner(strings.steps.pickTitle(purpose.kind, pick.record.description)))
        guard workers.query.text.isEmpty else {
            workers.query.text = ""
            return requery()
        }
        return workersWindowEffects()
    }

    /// Enter on a row while picking (or a registration saved while picking): the step is sent and
    /// the operator is back where the pick began.
    mutating func picked(_ worker: RecordID) -> [DeskEffect] {
        guard let pick = picking else { return [] }
        picking = nil
        let effects = endPick(pick)
        say(strings.form.saving)
        return [.executeAll([pick.command(for: worker)], subjects: [worker], purpose: .pick(pick))] + effects
            + recordPlaceShown(refresh: false)
    }

    /// Back along the path to where the pick began, the Workers list's search as it was.
    mutating func endPick(_ pick: WorkerPick) -> [DeskEffect] {
        while place != pick.returnTo, back() {}
        workers.search = nil
        guard workers.query.text != pick.searchBefore else { return [] }
        workers.query.text = pick.searchBefore
        return requery()
    }

    mutating func cancelPick() -> [DeskEffect] {
        guard let pick = picking else { return [] }
        picking = nil
        status = nil
        return endPick(pick) + recordPlaceShown()
    }
}

extension WorkerPick.Purpose {
    var kind: StepKind {
        switch self {
        case .attend: .fairOutcome
        case .enroll: .enrollInCohort
        case .select: .selectForOrder
        case .enrollReturnee: .enrollInProgram
        case .joinLiteracy: .literacy
        }
    }
}
