/// One worker as a screen row or an export line shows them. The NIK is masked unless asked for.
public struct WorkerSummary: Hashable, Sendable {
    public var id: RecordID
    public var name: String
    public var nikMasked: String
    public var sex: Sex
    public var birthDate: Day
    public var province: String
    public var regency: String?
    public var village: String?
    public var phone: String?
    public var education: String?
    public var status: Status
    public var registered: Day
    /// Destination country ISO code and job code, once selected for a job order.
    public var country: String?
    public var job: String?
    public var version: Int
}

/// Everything the desk shows on one worker's page.
public struct WorkerDetail: Hashable, Sendable {
    public var summary: WorkerSummary
    public var documents: [DocumentKind]
    public var passportExpiry: Day?
    /// The day each recorded document with an expiry is valid until (the passport's among them).
    public var documentExpiries: [DocumentKind: Day] = [:]
    public var medicallyUnfit: Bool
    public var psychologicallyUnfit: Bool
    public var training: [(cohort: RecordID, result: String)]
    public var placement: (id: RecordID, jobOrder: RecordID, status: PlacementStatus, departure: Day?)?
    public var loan: (id: RecordID, status: LoanStatus, amount: Int64)?
    public var openCases: Int
    public var returned: (date: Day, reason: ReturnReason)?
    public var exit: ExitReason?
    /// The departure guards that fail today, as `recordDeparture` would refuse them (not selected for a
    /// job order among them); empty when the worker could depart, and for anyone already departed or exited.
    public var missingForDeparture: [Refusal]
    /// Health insurance: the coverage that holds today, else the one that ends latest; nil when none.
    public var healthCoverage: HealthCoverage? = nil
    /// Recorded language tests, oldest first.
    public var languageTests: [LanguageTestRecord] = []
    /// Financial literacy sessions taken part in.
    public var literacySessions: Int = 0

    /// Field by field (tuples keep the compiler from writing it): two details are equal only when
    /// everything the page shows is.
    public static func == (a: WorkerDetail, b: WorkerDetail) -> Bool {
        a.summary == b.summary && a.documents == b.documents && a.passportExpiry == b.passportExpiry
            && a.documentExpiries == b.documentExpiries
            && a.medicallyUnfit == b.medicallyUnfit && a.psychologicallyUnfit == b.psychologicallyUnfit
            && a.training.elementsEqual(b.training, by: ==)
            && same(a.placement, b.placement, by: ==) && same(a.loan, b.loan, by: ==)
            && a.openCases == b.openCases && same(a.returned, b.returned, by: ==) && a.exit == b.exit
            && a.missingForDeparture == b.missingForDeparture
            && a.healthCoverage == b.healthCoverage && a.languageTests == b.languageTests
            && a.literacySessions == b.literacySessions
    }

    private static func same<T>(_ x: T?, _ y: T?, by equal: (T, T) -> Bool) -> Bool {
        switch (x, y) {
        case (nil, nil): true
        case let (x?, y?): equal(x, y)
        default: false
        }
    }

    /// The day document `kind` is valid until, when it is recorded with one.
    public func expiry(of kind: DocumentKind) -> Day? {
        kind == .passport ? passportExpiry ?? documentExpiries[kind] : documentExpiries[kind]
    }

    /// Equal details hash alike: the summary (and its version) is part of every equality.
    public func hash(into h: inout Hasher) { h.combine(summary) }
}

extension TerpaduState {
    public func summary(row r: Int32) -> WorkerSummary? {
        let i = Int(r)
        guard i >= 0, i < workers.count else { return nil }
        let w = workers
        let p = w.province[i]
        var country: String?, job: String?
        let pl = Int(w.placement[i])
        if pl >= 0, pl < placements.count, placements[pl].status != PlacementStatus.cancelled.rawValue {
            let jo = Int(placements[pl].jobOrder)
            if jo >= 0, jo < jobOrders.count {
                let o = jobOrders[jo]
                if o.country >= 0, o.country < reference.data.countries.count { country = reference.data.countries[o.country].iso }
                if o.job >= 0, o.job < reference.data.jobs.count { job = reference.data.jobs[o.job].code }
            }
        }
        return WorkerSummary(
            id: id(.worker, row: r), name: strings[w.name[i]], nikMasked: NIK(value: w.nik[i]).masked,
            sex: Sex(rawValue: w.sex[i]) ?? .female, birthDate: Day(number: w.birth[i]),
            province: p != WorkerTable.noProvince && Int(p) < reference.data.provinces.count ? reference.data.provinces[Int(p)].code : "",
            regency: strings.optional(w.regency[i]), village: strings.optional(w.village[i]),
            phone: strings.optional(w.phone[i]), education: strings.optional(w.education[i]),
            status: Status(rawValue: w.status[i]) ?? status(i), registered: Day(number: w.registered[i]),
            country: country, job: job, version: Int(w.version[i]))
    }

    /// Just what the journal's stage table keeps (status, province, destination, version), without
    /// building a whole summary.
    public func stageRow(_ id: RecordID) -> (status: Status, province: String?, country: String?, version: Int)? {
        guard let r = workerRow(id).map(Int.init) else { return nil }
        let p = workers.province[r]
        let province = p != WorkerTable.noProvince && Int(p) < reference.data.provinces.count
            ? reference.data.provinces[Int(p)].code : nil
        let f = facts(r)
        let country = f.country > 0 && f.country - 1 < reference.data.countries.count
            ? reference.data.countries[f.country - 1].iso : nil
        return (Status(rawValue: workers.status[r]) ?? f.status, province, country, Int(workers.version[r]))
    }

    public func summary(_ id: RecordID) -> WorkerSummary? {
        workerRow(id).flatMap { summary(row: $0) }
    }

    /// The full NIK, for a reveal that the caller has recorded in the journal first.
    public func revealedNIK(_ id: RecordID) -> NIK? {
        workerRow(id).map { NIK(value: workers.nik[Int($0)]) }
    }

    public func detail(_ id: RecordID, today: Day) -> WorkerDetail? {
        guard let row = workerRow(id), let s = summary(row: row) else { return nil }
        let r = Int(row)
        let w = workers
        let docs = DocumentKind.allCases.filter { w.documents[r] & $0.bit != 0 }
        let training = enrollments.filter { $0.worker == row }.map { e in
            (self.id(.cohort, row: e.cohort), e.result == 0 ? "awaiting" : e.result == 1 ? "passed" : "failed")
        }
        var placement: (RecordID, RecordID, PlacementStatus, Day?)?
        let p = Int(w.placement[r])
        if p >= 0, p < placements.count {
            let pl = placements[p]
            placement = (self.id(.placement, row: Int32(p)), self.id(.jobOrder, row: pl.jobOrder),
                         PlacementStatus(rawValue: pl.status) ?? .selected,
                         pl.departureDay == Day.none.number ? nil : Day(number: pl.departureDay))
        }
        var loan: (RecordID, LoanStatus, Int64)?
        let l = Int(w.loan[r])
        if l >= 0, l < loans.count {
            loan = (self.id(.loan, row: Int32(l)), LoanStatus(rawValue: loans[l].status) ?? .applied, loans[l].amount)
        }
        // Only for someone who has yet to depart; after that the guards are history.
        let missing = Validation.beforeDeparture.contains(s.status)
            ? withValidation(today: today) { $0.departureProblems(row: r, date: today) } : []
        var expiries: [DocumentKind: Day] = [:]
        for k in docs where k != .passport {
            let e = w.expiry(k, row: r)
            if !e.isNone { expiries[k] = e }
        }
        if w.passportExpiry[r] != Day.none.number { expiries[.passport] = Day(number: w.passportExpiry[r]) }
        return WorkerDetail(
            summary: s, documents: docs,
            passportExpiry: w.passportExpiry[r] == Day.none.number ? nil : Day(number: w.passportExpiry[r]),
            documentExpiries: expiries,
            medicallyUnfit: w.unfit[r] & 1 != 0, psychologicallyUnfit: w.unfit[r] & 2 != 0,
            training: training, placement: placement, loan: loan, openCases: Int(w.openCases[r]),
            returned: w.returnDay[r] == Day.none.number ? nil
                : (Day(number: w.returnDay[r]), ReturnReason(rawValue: w.returnReason[r]) ?? .other),
            exit: ExitReason(rawValue: w.exitReason[r]),
            missingForDeparture: missing, healthCoverage: currentCoverage(ofWorker: id, today: today),
            languageTests: languageTests(ofWorker: id), literacySessions: cycle.participations(ofWorker: row).count)
    }

    /// Bytes the state holds for its records, indexes and counters (array capacities).
    public var approximateBytes: Int {
        var total = strings.byteCount + workers.byteCount + nikIndex.byteCount + duplicates.byteCount + search.byteCount
        total += counters.byteCount + attendance.capacity * 17 + links.byteCount + cycle.byteCount
        total += placements.capacity * MemoryLayout<PlacementRow>.stride + enrollments.capacity * MemoryLayout<EnrollmentRow>.stride
        total += loans.capacity * MemoryLayout<LoanRow>.stride + cases.capacity * MemoryLayout<CaseRow>.stride
        total += checkIns.capacity * MemoryLayout<CheckInRow>.stride
        total += programEnrollments.capacity * MemoryLayout<ProgramEnrollmentRow>.stride
        total += reviews.capacity * MemoryLayout<DuplicateReviewRow>.stride
        return total
    }
}
