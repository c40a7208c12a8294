/// A training cohort with its live pass rate, as the Training pane lists it.
public struct CohortView: Hashable, Sendable {
    public var id: RecordID
    /// The training program's code and names ("" when the code is no longer in the reference tables).
    public var program: String
    public var programNameEN: String
    public var programNameID: String
    public var provider: String
    public var start: Day
    public var end: Day
    public var capacity: Int
    public var rate: PassRate

    /// Everyone ever enrolled counts against the capacity, as enrolment does.
    public var enrolled: Int { rate.enrolled }
    public var seatsLeft: Int { max(0, capacity - rate.enrolled) }
}

/// One line of a cohort's roster.
public struct RosterEntry: Hashable, Sendable {
    public var worker: RecordID
    public var name: String
    public var enrolled: Day
    /// nil while the result is awaited.
    public var result: EnrollmentRecord.Result?
    /// Attendance (per cent) and score, with the result.
    public var attendance: Int?
    public var score: Int?
    public var certificateNumber: String?
}

extension TerpaduState {
    public func cohort(_ id: RecordID) -> CohortView? {
        row(id, .cohort).flatMap { cohortView(row: $0) }
    }

    /// Training cohorts, a page at a time (a national set has thousands). Each row is read from the
    /// cohort and its counters, so a page costs the same wherever it starts.
    public func cohorts(offset: Int = 0, count: Int = .max, order: ListOrder = .newestFirst) -> RecordPage<CohortView> {
        .of(total: cohorts.count, offset: offset, count: count, order: order) { cohortView(row: $0) }
    }

    func cohortView(row i: Int) -> CohortView? {
        guard i >= 0, i < cohorts.count else { return nil }
        let c = cohorts[i]
        let programs = reference.data.programs
        let program = c.program >= 0 && c.program < programs.count ? programs[c.program] : nil
        let rate = i < counters.cohortEnrolled.count
            ? PassRate(enrolled: Int(counters.cohortEnrolled[i]), results: Int(counters.cohortResults[i]),
                       passed: Int(counters.cohortPassed[i]))
            : PassRate(enrolled: 0, results: 0, passed: 0)
        return CohortView(id: id(.cohort, row: Int32(i)), program: program?.code ?? "", programNameEN: program?.nameEN ?? "",
                          programNameID: program?.nameID ?? "", provider: c.provider, start: c.start, end: c.end,
                          capacity: c.capacity, rate: rate)
    }

    /// A cohort's roster in the order enrolled (whole: a cohort holds at most its capacity, ≤ 10,000);
    /// nil for an unknown cohort. Read from the cohort's own enrolment index.
    public func roster(ofCohort id: RecordID) -> [RosterEntry]? {
        guard let c = row(id, .cohort) else { return nil }
        let rows = c < links.cohortEnrollments.count ? links.cohortEnrollments[c] : []
        return rows.compactMap { i -> RosterEntry? in
            guard let e = enrollment(at: Int(i)), let w = workerRow(e.worker) else { return nil }
            return RosterEntry(worker: e.worker, name: strings[workers.name[Int(w)]], enrolled: e.enrolled, result: e.result,
                               attendance: e.attendance, score: e.score, certificateNumber: e.certificateNumber)
        }
    }
}
