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
        var review = state.nextID(.duplicateReview)
        for existing in possibleDuplicates(name: name, birth: d.birthDate, except: nil) {
            out.append(.duplicateFlagged(DuplicateFlagged(review: review, existing: state.id(.worker, row: existing), later: id)))
            review = RecordID(.duplicateReview, review.number + 1)
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

    /// At most this many review pairs for one registration or edit.
    static let maxDuplicateFlags = 3

    /// The workers a registration or edit with this name and birth date goes to review with (`NameMatch`),
    /// people still in the cycle first, then those who left, newest first within each; not one already
    /// confirmed a duplicate of another record (that record is compared instead), nor one already
    /// paired with `except` in a review (open, or resolved: the resolution stands).
    func possibleDuplicates(name: String, birth: Day, except row: Int?) -> [Int32] {
        let matches = state.nameMatches(NameMatch.key(name: name), birth: birth.number, except: row)
        guard !matches.isEmpty else { return [] }
        var active: [Int32] = [], exited: [Int32] = []
        for r in matches.reversed() {
            let i = Int(r)
            if state.workers.exitReason[i] == ExitReason.duplicate.rawValue { continue }
            if let row, state.reviews.contains(where: { ($0.existing == r && Int($0.later) == row) || ($0.later == r && Int($0.existing) == row) }) {
                continue
            }
            if state.status(i).isExit { exited.append(r) } else { active.append(r) }
        }
        return Array((active + exited).prefix(Self.maxDuplicateFlags))
    }

    static func edited(_ given: String?, _ cleaned: String?) -> String? { given == nil ? nil : (cleaned ?? "") }

    /// Not optimised: Swift 6.3.1's optimiser crashes on this function in release builds
    /// (CopyPropagation, "a leaked owned value" of `self`). It runs once per edit, so unoptimised
    /// costs nothing anyone can see.
    @_optimize(none)
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
        let cleanRegency = try optionalText(u.regency, "regency", max: 80)
        let cleanVillage = try optionalText(u.village, "village", max: 80)
        let cleanPhone = try phone(u.phone)
        let cleanEducation = try education(u.education)
        clean.regency = Self.edited(u.regency, cleanRegency)
        clean.village = Self.edited(u.village, cleanVillage)
        clean.phone = Self.edited(u.phone, cleanPhone)
        clean.education = Self.edited(u.education, cleanEducation)
        var out: [EventBody] = [.workerUpdated(clean)]
        if u.name != nil || u.birthDate != nil {
            let name = clean.name ?? state.strings[state.workers.name[r]]
            var review = state.nextID(.duplicateReview)
            for match in possibleDuplicates(name: name, birth: birth, except: r) {
                // "Later" is the record registered later, whichever of the two was edited.
                let (existing, later) = Int(match) < r ? (match, Int32(r)) : (Int32(r), match)
                out.append(.duplicateFlagged(DuplicateFlagged(review: review,
                    existing: state.id(.worker, row: existing), later: state.id(.worker, row: later))))
                review = RecordID(.duplicateReview, review.number + 1)
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
}
