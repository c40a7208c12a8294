import TerminalUI
import TerpaduCore

extension DeskModel {
    var today: Day { OfficeCalendar.jakarta.day(atMillis: nowMillis) }

    /// `:new worker`, `n` or F7 on the list.
    mutating func openRegistration() -> [DeskEffect] {
        guard context.canWrite else {
            say(strings.shell.readOnlyCannot(strings.shell.verbRegister), .error)
            return []
        }
        workerForm = WorkerFormModel(mode: .register, form: WorkerForm.registration(strings, reference: reference, today: today))
        go(.workerForm)
        return []
    }

    /// `e` or F4 on the card: the form filled with what the card shows.
    mutating func openEdit(_ id: RecordID) -> [DeskEffect] {
        guard context.canWrite else {
            say(strings.shell.readOnlyCannot(strings.shell.verbEdit), .error)
            return []
        }
        guard let w = card?.card?.detail.summary, w.id == id else { return [] }
        var model = WorkerFormModel(mode: .edit(id, version: w.version),
                                    form: WorkerForm.edit(w, strings, reference: reference, today: today))
        model.form.focus("name")
        // A NIK revealed on the card stays revealed in its form.
        if let nik = card?.revealedNIK { model.revealNIK(nik) }
        workerForm = model
        go(.workerForm)
        return []
    }

    /// A key while the form has focus: the desk's F-keys and Ctrl-keys first (help, quit, reveal),
    /// then the form's own table, which takes every printable character as text.
    mutating func formKey(_ key: Key) -> [DeskEffect] {
        guard var fm = workerForm else { return [] }
        if DeskKeys.actsWhileTyping(key), let action = WorkersKeys.form(strings, canWrite: context.canWrite).action(for: key) {
            switch action {
            case .reveal:
                guard let id = fm.editedID, !fm.nikRevealed else { return [] }
                return [.reveal(id)]
            }
        }
        if let effects = shellKeyWhileTyping(key, unsaved: fm.form.isChanged) { return effects }
        let outcome = fm.form.handle(key)
        var effects: [DeskEffect] = []
        switch outcome {
        case .none, .invalid:
            if outcome == .invalid { say(strings.form.fixFields, .error) }
        case .edited(let field):
            if field == "nik" { fm.prefillFromNIK(today: today, strings) }
            if field == "name" || field == "birthDate" { fm.lookalike = nil; fm.lookalikeSeen = false }
            if field == "province" || field == "nik" { fm.noteProvince(strings, reference: reference, today: today) }
        case .left(let field):
            if field == "province" { fm.noteProvince(strings, reference: reference, today: today) }
            if fm.mode == .register, field == "name" || field == "birthDate",
               let birth = Day(iso: fm.form.value("birthDate")), !fm.form.value("name").isEmpty {
                effects.append(.lookalikes(name: fm.form.value("name"), birthDate: birth))
            }
        case .submitted(let values):
            workerForm = fm
            return save(values)
        case .cancelled:
            workerForm = fm
            return cancelTyping(unsaved: fm.form.isChanged) { $0.leaveForm(); return [] }
        }
        workerForm = fm
        return effects
    }

    mutating func leaveForm() {
        workerForm = nil
        if case .workerForm = place { _ = back() }
        // A registration begun for a fair and given up: the fair is not waiting any more.
        if let pick = picking, place == pick.returnTo { picking = nil }
    }

    /// F2: a registration or the changed fields of an edit, to the store. A match already registered
    /// is offered first; the second F2 saves anyway.
    mutating func save(_ values: [String: String]) -> [DeskEffect] {
        guard var fm = workerForm, !fm.saving else { return [] }
        if fm.rebasing {
            say(strings.shell.loading)
            return []
        }
        if let other = fm.lookalike, !fm.lookalikeSeen {
            fm.lookalikeSeen = true
            workerForm = fm
            say(strings.form.possibleSamePerson(other.id.description, other.name), .warning)
            return []
        }
        func text(_ id: String) -> String? {
            let v = (values[id] ?? "").trimmingCharacters(in: .whitespaces)
            return v.isEmpty ? nil : v
        }
        let sex = Sex(code: values["sex"] ?? "") ?? .female
        let birth = Day(iso: values["birthDate"] ?? "") ?? .none
        let command: Command
        let purpose: DeskEffect.Purpose
        switch fm.mode {
        case .register:
            command = .registerWorker(WorkerDraft(nik: values["nik"] ?? "", name: values["name"] ?? "", sex: sex, birthDate: birth,
                                                  province: values["province"] ?? "", regency: text("regency"),
                                                  village: text("village"), phone: text("phone"), education: text("education")))
            purpose = .registerWorker
        case .edit(let id, let version):
            let changed = fm.form.changedFields
            guard !changed.isEmpty else {
                say(strings.workers.nothingChanged, .info)
                leaveForm()
                return []
            }
            var u = WorkerUpdate(worker: id, expectedVersion: version)
            if changed.contains("nik"), fm.nikRevealed { u.nik = values["nik"] }
            if changed.contains("name") { u.name = values["name"] }
            if changed.contains("sex") { u.sex = sex }
            if changed.contains("birthDate") { u.birthDate = birth }
            if changed.contains("province") { u.province = values["province"] }
            if changed.contains("regency") { u.regency = values["regency"] ?? "" }
            if changed.contains("village") { u.village = values["village"] ?? "" }
            if changed.contains("phone") { u.phone = values["phone"] ?? "" }
            if changed.contains("education") { u.education = values["education"] ?? "" }
            command = .updateWorker(u)
            purpose = .updateWorker(id)
        }
        fm.saving = true
        workerForm = fm
        say(strings.form.saving)
        return [.execute(command, purpose: purpose)]
    }

    /// The store refused: each reason beside the field it names (the rest on the status line); a
    /// conflict asks for the record as it is now. Nothing typed is lost.
    mutating func formRefused(_ refusals: [Refusal], since: [TimelineLine]) -> [DeskEffect] {
        guard var fm = workerForm else { return [] }
        fm.saving = false
        var unplaced: [String] = []
        var effects: [DeskEffect] = []
        for r in refusals {
            if case .conflict(let id, _, _) = r {
                let theirs = since.compactMap { line -> [String]? in
                    if case .workerUpdated(let u)? = line.body { return EventFields.changed(u) }
                    return nil
                }.flatMap { $0 }
                let last = since.last
                fm.conflict = ConflictNote(who: last?.operatorName ?? "?", whenMillis: last?.timeMillis ?? 0,
                                           theirFields: Array(Set(theirs)).sorted())
                effects.append(.editBase(id))
                fm.rebasing = true
                continue
            }
            if let field = WorkerForm.field(of: r) {
                fm.form.setError(strings.refusal(r), for: field)
            } else {
                unplaced.append(strings.refusal(r))
            }
        }
        if let first = WorkerForm.order.first(where: { fm.form.error(for: $0) != nil }) { fm.form.focus(first) }
        workerForm = fm
        if let c = fm.conflict, !effects.isEmpty {
            let what = c.theirFields.map(strings.field).joined(separator: ", ")
            say(strings.form.conflict(fm.editedID?.description ?? "", c.who, strings.format.moment(millis: c.whenMillis), what), .warning)
        } else {
            say(unplaced.isEmpty ? strings.form.fixFields : unplaced.joined(separator: "; "), .error)
        }
        return effects
    }

    /// The record as another operator left it: what this operator changed stays, the rest is
    /// reloaded, fields both changed are marked; the next F2 saves against the new version.
    mutating func rebase(on w: WorkerSummary) {
        guard var fm = workerForm, fm.editedID == w.id else { return }
        let mine = fm.form.changedFields
        let myValues = Dictionary(uniqueKeysWithValues: mine.map { ($0, fm.form.text($0)) })
        WorkerForm.fill(&fm.form, with: w, strings)
        if fm.nikRevealed, let nik = card?.revealedNIK { fm.form.setValue(nik, for: "nik") }
        fm.form.markOpened()
        for (id, v) in myValues { fm.form.setValue(v, for: id) }
        if var c = fm.conflict {
            c.bothChanged = mine.intersection(c.theirFields)
            for id in c.bothChanged { fm.form.setNote(strings.form.bothChanged, for: id) }
            fm.conflict = c
        }
        fm.mode = .edit(w.id, version: w.version)
        fm.rebasing = false
        workerForm = fm
    }
}

extension WorkerFormModel {
    /// A NIK that reads well fills sex, birth date and province, except where the operator has
    /// typed something of their own.
    mutating func prefillFromNIK(today: Day, _ s: Strings) {
        guard mode == .register, let hints = NIKHints(form.value("nik"), today: today) else { return }
        let proposed = ["sex": WorkerForm.sexCode(hints.sex, s), "birthDate": hints.birthDate.description,
                        "province": hints.provinceCode]
        for (id, value) in proposed {
            let current = form.value(id)
            guard current.isEmpty || current == prefilled[id] else { continue }
            form.setValue(value, for: id)
            prefilled[id] = form.value(id)
        }
    }

    /// A province other than the NIK's is allowed (people move; codes from before a split stay
    /// valid): a muted note, never an error.
    mutating func noteProvince(_ s: Strings, reference: ReferenceOptions, today: Day) {
        let nikText = mode == .register || nikRevealed ? form.value("nik") : ""
        guard let hints = NIKHints(nikText, today: today), !form.value("province").isEmpty,
              form.value("province") != hints.provinceCode else {
            form.setNote(nil, for: "province")
            return
        }
        form.setNote(s.form.provinceDiffers(reference.provinceName(hints.provinceCode) ?? hints.provinceCode), for: "province")
    }

    /// The NIK, revealed in this form: shown in full and editable.
    mutating func revealNIK(_ nik: String) {
        nikRevealed = true
        if let i = form.fields.firstIndex(where: { $0.id == "nik" }) {
            form.fields[i].readOnly = false
        }
        // The revealed NIK is the value the form opened with; what was typed before stays typed.
        let typed = Dictionary(uniqueKeysWithValues: form.changedFields.map { ($0, form.text($0)) })
        form.setValue(nik, for: "nik")
        form.markOpened()
        for (id, v) in typed { form.setValue(v, for: id) }
    }
}
