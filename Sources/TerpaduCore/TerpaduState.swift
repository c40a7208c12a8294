/// The whole state of one data directory as of one event. A value: apply events to move it on.
public struct TerpaduState: Sendable {
    public internal(set) var calendar: OfficeCalendar
    /// Sequence of the last event applied (0: none).
    public internal(set) var lastSeq: Int64 = 0
    public internal(set) var lastEventMillis: Int64 = 0
    var reference = ReferenceIndex(.empty)

    var strings = StringPool()
    var workers = WorkerTable()
    var fairs: [JobFair] = []
    var jobOrders: [JobOrder] = []
    var cohorts: [TrainingCohort] = []
    var programs: [ReintegrationProgram] = []
    var placements: [PlacementRow] = []
    var enrollments: [EnrollmentRow] = []
    var loans: [LoanRow] = []
    var cases: [CaseRow] = []
    var checkIns: [CheckInRow] = []
    var programEnrollments: [ProgramEnrollmentRow] = []
    var reviews: [DuplicateReviewRow] = []
    /// (fair << 32 | worker) → FairOutcome raw value.
    var attendance: [UInt64: UInt8] = [:]
    var revealCount = 0
    var exportCount = 0
    /// Which number each record carries (row + 1 until a gap moves numbers on).
    public internal(set) var numbering = RecordNumbering()
    /// Every gap the journal recorded (events it lost and the numbers they had handed out), oldest first.
    public internal(set) var gaps: [JournalGap] = []

    // Derived: rebuilt from the above after a snapshot is read, maintained as events apply.
    var nikIndex = SortedIndex()
    /// The duplicate review's index: worker rows by birth date and their name signatures (`NameMatchIndex`).
    var duplicates = NameMatchIndex()
    var search = SearchIndex()
    /// Each record's own rows (a fair's attendees, a cohort's enrolments, a worker's check-ins…).
    var links = RecordLinks()
    /// Education reach, financial literacy, health coverage and language tests (CycleRecords).
    var cycle = CycleRecords()
    /// Live counters, kept equal to `recount()`.
    public internal(set) var counters: Counters

    public init(calendar: OfficeCalendar = .jakarta) {
        self.calendar = calendar
        counters = Counters(dimensions: .init(provinces: 0, countries: 0, jobs: 0))
    }

    public var referenceData: ReferenceData { reference.data }
    /// The levels of schooling a registration's `education` may name, for the form's pick list
    /// (empty: free text, as before the table existed).
    public var educations: [ReferenceData.Education] { reference.data.educations }
    /// Whether reference data was recorded (a new directory's first event; after a repair that lost it,
    /// the next writer records it again).
    public var hasReference: Bool { reference.isLoaded }
    public var workerCount: Int { workers.count }
    public var fairCount: Int { fairs.count }
    public var jobOrderCount: Int { jobOrders.count }
    public var cohortCount: Int { cohorts.count }
    public var programCount: Int { programs.count }
    public var loanCount: Int { loans.count }
    public var caseCount: Int { cases.count }
    public var placementCount: Int { placements.count }
    public var reviewCount: Int { reviews.count }

    // MARK: Record lookups

    func workerRow(_ id: RecordID) -> Int32? {
        guard id.kind == .worker else { return nil }
        return numbering.row(.worker, number: id.number, count: workers.count).map { Int32($0) }
    }

    /// How many records of `kind` exist.
    public func count(of kind: RecordKind) -> Int {
        switch kind {
        case .worker: workers.count
        case .jobFair: fairs.count
        case .jobOrder: jobOrders.count
        case .cohort: cohorts.count
        case .loan: loans.count
        case .placement: placements.count
        case .protectionCase: cases.count
        case .program: programs.count
        case .duplicateReview: reviews.count
        case .literacySession: cycle.literacySessions.count
        }
    }

    /// The row of record `id` in its kind's table, when it is a `kind` this state holds.
    func row(_ id: RecordID, _ kind: RecordKind) -> Int? {
        guard id.kind == kind else { return nil }
        return numbering.row(kind, number: id.number, count: count(of: kind))
    }

    /// The ID of row `row` of `kind`.
    public func id(_ kind: RecordKind, row: Int) -> RecordID {
        RecordID(kind, numbering.number(kind, row: Int32(clamping: row)))
    }

    func id(_ kind: RecordKind, row: Int32) -> RecordID { RecordID(kind, numbering.number(kind, row: row)) }

    /// The ID the next record of `kind` gets.
    public func nextID(_ kind: RecordKind) -> RecordID {
        RecordID(kind, numbering.next(kind, count: count(of: kind)))
    }

    /// The highest number handed out for `kind` (0: none), as a gap event must move past it.
    public func highestNumber(_ kind: RecordKind) -> Int { nextID(kind).number - 1 }

    func day(of event: Event) -> Day { calendar.day(atMillis: event.timeMillis) }

    // MARK: Derived status

    /// A worker's status, derived from their facts (DESIGN §1): never typed in.
    func status(_ r: Int) -> Status {
        if workers.exitReason[r] != 0 { return ExitReason(rawValue: workers.exitReason[r])?.status ?? .withdrawn }
        let pe = Int(workers.programEnrollment[r])
        if pe >= 0, pe < programEnrollments.count {
            return programEnrollments[pe].outcome != 0 ? .reintegrated : .inReintegration
        }
        if workers.returnDay[r] != Day.none.number { return .returned }
        let p = Int(workers.placement[r])
        var selected = false
        var certificateNeeded = false
        if p >= 0, p < placements.count {
            let pl = placements[p]
            if pl.status == PlacementStatus.departed.rawValue { return .working }
            if pl.status == PlacementStatus.selected.rawValue {
                selected = true
                let jo = Int(pl.jobOrder)
                certificateNeeded = jo >= 0 && jo < jobOrders.count && jobOrders[jo].certificateRequired
            }
        }
        let docs = workers.documents[r]
        let fit = workers.unfit[r] == 0
        let allDocs = fit && docs & DocumentKind.alwaysRequiredMask == DocumentKind.alwaysRequiredMask
        let certified = docs & DocumentKind.competencyCertificate.bit != 0
        if selected && allDocs && (!certificateNeeded || certified) { return .readyToDepart }
        if allDocs { return .documentsComplete }
        if selected { return .selected }
        if certified { return .certified }
        let e = Int(workers.enrollment[r])
        if e >= 0, e < enrollments.count, enrollments[e].result == 0 { return .inTraining }
        return .registered
    }

    public func status(of id: RecordID) -> Status? {
        guard let r = workerRow(id) else { return nil }
        return status(Int(r))
    }

    public func version(of id: RecordID) -> Int? {
        guard let r = workerRow(id) else { return nil }
        return Int(workers.version[Int(r)])
    }
}
