/// Rules for the person: registration, edits, documents, exits, duplicates, corrections.
extension Validation {
    static let minimumAge = 18

    func loadReference(_ d: ReferenceData) throws(Refusals) -> [EventBody] {
        if let problem = d.problems().first { throw refuse(.fieldInvalid(field: "reference", detail: problem)) }
        return [.referenceLoaded(d)]
    }

    func checkedNIK(_ text: String, sex: Sex, birth: Day, except row: Int?) throws(Refusals) -> NIK {
        let nik: NIK
        switch NIK.parse(text) {
        case .success(let n): nik = n
        case .failure(let p): throw refuse(.nik(p))
        }
        let provinces = state.reference.provinceByNumber  // captured alone, not the whole state
        let problems = nik.problems(sex: sex, birthDate: birth) { provinces[UInt8(clamping: $0)] != nil }
        if !problems.isEmpty { throw Refusals(problems.map { .nik($0) }) }
        if let existing = state.nikIndex.row(of: nik.value), Int(existing) != row {
            throw refuse(.duplicateNIK(existing: state.id(.worker, row: existing)))
        }
        return nik
    }

    func checkedBirth(_ birth: Day) throws(Refusals) {
        if birth > today { throw refuse(.birthDateInFuture) }
        let age = today.years(since: birth)
        if age < Self.minimumAge { throw refuse(.underage(age: age, minimum: Self.minimumAge)) }
        if age > 120 { throw refuse(.fieldInvalid(field: "birthDate", detail: "is more than 120 years ago")) }
    }

    func province(_ code: String) throws(Refusals) -> String {
        guard state.reference.provinceByCode[code] != nil else { throw refuse(.unknownReference(table: "province", code: code)) }
        return code
    }

    func register(_ d: WorkerDraft) throws(Refusals) -> [EventBody] {
        try requireReference()
        let name = try text(d.name, "name", max: 100)
        try checkedBirth(d.birthDate)
        let nik = try checkedNIK(d.nik, sex: d.sex, birth: d.birthDate, except: nil)
        let id = state.nextID(.worker)
        let registered = WorkerRegistered(
            worker: id, nik: nik, name: name, sex: d.sex, birthDate: d.birthDate, province: try province(d.province),
            regency: try optionalText(d.regency, "regency", max: 80), village: try optionalText(d.village, "village", max: 80),
            phone: try phone(d.phone), education: try education(d.education))
        var out: [EventBody] = [.workerRegistered(registered)]
        if let existing = possibleDuplicate(name: name, birth: d.birthDate, except: nil) {
            out.append(.duplicateFlagged(DuplicateFlagged(review: state.nextID(.duplicateReview),
                                                          existing: state.id(.worker, row: existing), later: id)))
        }
        return out
    }

    func phone(_ value: String?) throws(Refusals) -> String? {
        guard let p = try optionalText(value, "phone", max: 20) else { return nil }
        let ok = p.unicodeScalars.allSatisfy { ($0.value >= 48 && $0.value <= 57) || $0 == "+" || $0 == " " || $0 == "-" }
        guard ok else { throw refuse(.fieldInvalid(field: "phone", detail: "may hold only digits, spaces, + and -")) }
        return p
    }

    /// A level of schooling from the reference table, when it has one; free text while it is empty.
    /// Checked only as a register or update command gives it, so values stored before the table was
    /// loaded stay as they are.
    func education(_ value: String?) throws(Refusals) -> String? {
        guard let e = try optionalText(value, "education", max: 40) else { return nil }
        let known = state.reference.educationByCode
        if !known.isEmpty, known[e] == nil { throw refuse(.unknownReference(table: "education", code: e)) }
        return e
    }

    /// The newest worker still in the cycle with the same normalised name and birth date.
    func possibleDuplicate(name: String, birth: Day, except row: Int?) -> Int32? {
        let key = DuplicateKey.of(name: name, birth: birth.number)
        let wanted = TextRules.duplicateKey(name)
        for r in state.duplicates.rows(equalTo: key).reversed() where Int(r) != row {
            let i = Int(r)
            guard state.workers.birth[i] == birth.number, !state.status(i).isExit else { continue }
            if TextRules.duplicateKey(state.strings[state.workers.name[i]]) == wanted { return r }
        }
        return nil
    }

    func update(_ u: WorkerUpdate) throws(Refusals) -> [EventBody] {
        let r = try worker(u.worker)
        var clean = u
        clean.expectedVersion = nil
        if let n = u.name { clean.name = try text(n, "name", max: 100) }
        let sex = u.sex ?? Sex(rawValue: state.workers.sex[r]) ?? .male
        let birth = u.birthDate ?? Day(number: state.workers.birth[r])
        if let b = u.birthDate { try checkedBirth(b) }
        if let n = u.nik {
            clean.nik = try checkedNIK(n, sex: sex, birth: birth, except: r).description
        } else if u.sex != nil || u.birthDate != nil {
            // The stored NIK must still agree with the new sex and birth date.
            let nik = NIK(value: state.workers.nik[r])
            let problems = nik.problems(sex: sex, birthDate: birth) { _ in true }
            if !problems.isEmpty { throw Refusals(problems.map { .nik($0) }) }
        }
        if let p = u.province { clean.province = try province(p) }
        // A field given as blank clears it (""); a field not given stays as it is (nil).
        func edited(_ given: String?, _ cleaned: String?) -> String? { given == nil ? nil : (cleaned ?? "") }
        clean.regency = edited(u.regency, try optionalText(u.regency, "regency", max: 80))
        clean.village = edited(u.village, try optionalText(u.village, "village", max: 80))
        clean.phone = edited(u.phone, try phone(u.phone))
        clean.education = edited(u.education, try education(u.education))
        var out: [EventBody] = [.workerUpdated(clean)]
        if u.name != nil || u.birthDate != nil {
            let name = clean.name ?? state.strings[state.workers.name[r]]
            if let match = possibleDuplicate(name: name, birth: birth, except: r) {
                // "Later" is the record registered later, whichever of the two was edited.
                let (existing, later) = Int(match) < r ? (match, Int32(r)) : (Int32(r), match)
                out.append(.duplicateFlagged(DuplicateFlagged(review: state.nextID(.duplicateReview),
                    existing: state.id(.worker, row: existing), later: state.id(.worker, row: later))))
            }
        }
        return out
    }

    func document(_ d: DocumentEntry) throws(Refusals) -> [EventBody] {
        _ = try activeWorker(d.worker, allowed: Self.beforeDeparture)
        try notFuture(d.issued, "issued")
        var clean = d
        clean.expectedVersion = nil
        clean.number = try optionalText(d.number, "number", max: 40)
        switch d.kind {
        case .passport:
            guard let expiry = d.expiry else { throw refuse(.fieldRequired(field: "expiry")) }
            if expiry <= d.issued { throw refuse(.dateOrder(field: "expiry", mustNotBeBefore: d.issued.description)) }
            if clean.number == nil { throw refuse(.fieldRequired(field: "number")) }
        case .medicalFitness, .psychologicalFitness:
            if d.fit == nil { throw refuse(.fieldRequired(field: "fit")) }
        default:
            clean.fit = nil
        }
        // A document cannot lapse before it was issued (a BPJS card "valid until" last year, typed
        // with this year's issue date, is a typing error, not a document).
        if let expiry = d.expiry, expiry < d.issued {
            throw refuse(.dateOrder(field: "expiry", mustNotBeBefore: d.issued.description))
        }
        return [.documentRecorded(clean)]
    }

    func orientation(_ o: OrientationEntry) throws(Refusals) -> [EventBody] {
        _ = try activeWorker(o.worker, allowed: Self.beforeDeparture)
        try notFuture(o.date, "date")
        return [.orientationRecorded(OrientationEntry(worker: o.worker, date: o.date,
            certificateNumber: try optionalText(o.certificateNumber, "certificateNumber", max: 40)))]
    }

    func exit(_ e: ExitEntry) throws(Refusals) -> [EventBody] {
        let r = try worker(e.worker)
        let s = state.status(r)
        if s.isExit { throw refuse(.workerHasExited(worker: e.worker, status: s)) }
        if e.reason == .duplicate {
            throw refuse(.fieldInvalid(field: "reason", detail: "a duplicate is settled through its duplicate review"))
        }
        return [.workerExited(ExitEntry(worker: e.worker, reason: e.reason, note: try optionalText(e.note, "note", max: 500)))]
    }

    func resolveDuplicate(_ d: DuplicateResolution) throws(Refusals) -> [EventBody] {
        let v = try record(d.review, .duplicateReview)
        guard state.reviews[v].status == 0 else { throw refuse(.duplicateReviewAlreadyResolved(d.review)) }
        if d.samePerson {
            let later = Int(state.reviews[v].later)
            let s = state.status(later)
            if s.isExit { throw refuse(.workerHasExited(worker: state.id(.worker, row: Int32(later)), status: s)) }
        }
        return [.duplicateResolved(d)]
    }

    func correct(_ c: CorrectionEntry) throws(Refusals) -> [EventBody] {
        guard c.corrects >= 1, c.corrects <= state.lastSeq else { throw refuse(.unknownEvent(seq: c.corrects)) }
        let note = try optionalText(c.note, "note", max: 500)
        var correction = c.correction
        switch c.correction {
        case .revokeDocument(let w, let kind):
            let r = try worker(w)
            guard state.workers.documents[r] & kind.bit != 0 else {
                throw refuse(.nothingToCorrect(detail: "no \(kind.code) is recorded"))
            }
        case .amendResult(let cohort, let w, let attendance, let score, let passed, let cert):
            let c = try record(cohort, .cohort)
            let r = try worker(w)
            guard let e = state.enrollmentIndex(worker: r, cohort: c), state.enrollments[e].result != 0 else {
                throw refuse(.resultNotRecorded(worker: w, in: cohort))
            }
            try range(attendance, "attendance", 0...100)
            try range(score, "score", 0...100)
            let number = try optionalText(cert, "certificateNumber", max: 40)
            if passed, number == nil { throw refuse(.certificateNumberRequired) }
            // Stored as the rule for text has it, as everywhere else (it was kept as typed).
            correction = .amendResult(cohort: cohort, worker: w, attendance: attendance, score: score, passed: passed,
                                      certificateNumber: number)
        case .amendFairOutcome(let fair, let w, _):
            let f = try record(fair, .jobFair)
            let r = try worker(w)
            guard state.attendance[TerpaduState.attendanceKey(fair: f, worker: r)] != nil else {
                throw refuse(.nothingToCorrect(detail: "\(w) has no attendance at \(fair)"))
            }
            if case .amendFairOutcome(_, _, let outcome) = c.correction, state.fairs[f].kind == .education,
               outcome != .attended { throw refuse(.educationAttendanceOnly) }
        case .amendDepartureDate(let w, let date):
            let r = try worker(w)
            let p = Int(state.workers.placement[r])
            guard p >= 0, p < state.placements.count, state.placements[p].departureDay != Day.none.number else {
                throw refuse(.nothingToCorrect(detail: "\(w) has no departure"))
            }
            try notFuture(date, "date")
            if date.number < state.placements[p].selectedDay {
                throw refuse(.departureBeforeSelection(selected: Day(number: state.placements[p].selectedDay)))
            }
        case .reinstate(let w):
            let r = try worker(w)
            guard state.workers.exitReason[r] != 0 else { throw refuse(.nothingToCorrect(detail: "\(w) has not exited")) }
        case .amendReturn(let w, let date, _):
            let r = try worker(w)
            guard state.workers.returnDay[r] != Day.none.number else {
                throw refuse(.nothingToCorrect(detail: "\(w) has no return"))
            }
            try notFuture(date, "date")
            let departed = departureDay(row: r)
            if date < departed { throw refuse(.dateOrder(field: "date", mustNotBeBefore: departed.description)) }
        }
        return [.entryCorrected(CorrectionEntry(corrects: c.corrects, correction: correction, note: note))]
    }
}
