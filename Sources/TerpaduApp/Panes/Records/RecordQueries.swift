import TerpaduCore

/// The record lists of the four panes after Workers, each asked for a page at a time.
public enum RecordList: Int, CaseIterable, Sendable, Hashable {
    case fairs, cohorts, jobOrders, cases, loans, programs, literacySessions
}

/// What one record list shows: the filter typed and the sort. `sort` is the raw value of the list's
/// column enum (FairColumn, CohortColumn, …); column 0 is always the ID.
public struct RecordListQuery: Sendable, Hashable {
    public var list: RecordList
    public var text = ""
    public var sort = 0
    public var ascending: Bool
    /// Names in two languages (countries, jobs, programs) sort by the one on screen.
    public var language: Language = .en

    public init(_ list: RecordList) {
        self.list = list
        // Newest first, except protection cases, which put the open ones first.
        sort = list == .cases ? CaseColumn.state.rawValue : 0
        ascending = list == .cases
    }

    /// The list as the core keeps it (newest first, no filter): paged without a scan.
    var isNatural: Bool { text.isEmpty && sort == 0 && !ascending }
}

/// A job order with its country and job named in both languages (the view picks one).
public struct JobOrderRow: Sendable, Hashable {
    public var order: JobOrderView
    public var country: LocalName
    public var job: LocalName
}

/// A reference name in both languages.
public struct LocalName: Sendable, Hashable {
    public var en: String
    public var id: String
    public init(en: String, id: String) { self.en = en; self.id = id }
    public func text(_ language: Language) -> String { language == .id ? id : en }
}

/// One training program's pass rate over all its cohorts.
public struct ProgramPassRate: Sendable, Hashable {
    public var code: String
    public var name: LocalName
    public var rate: PassRate
    /// The language level the program teaches, if it is a language course.
    public var level: LanguageLevel?
}

/// The rows of one page of a record list.
public enum RecordRows: Sendable, Hashable {
    case fairs([FairSummary])
    case cohorts([CohortView])
    case jobOrders([JobOrderRow])
    case cases([CaseSummary])
    case loans([LoanSummary])
    case programs([ProgramSummary])
    case literacySessions([LiteracySessionSummary])

    var ids: [RecordID] {
        switch self {
        case .fairs(let r): r.map(\.id)
        case .cohorts(let r): r.map(\.id)
        case .jobOrders(let r): r.map(\.order.id)
        case .cases(let r): r.map(\.id)
        case .loans(let r): r.map(\.id)
        case .programs(let r): r.map(\.id)
        case .literacySessions(let r): r.map(\.id)
        }
    }
}

/// The rows of a record list around what is on screen, with the total the query found.
public struct RecordListPage: Sendable, Hashable {
    public var query: RecordListQuery
    public var generation: UInt64
    public var offset: Int
    public var total: Int
    public var rows: RecordRows

    /// The ID at position `i` of the whole list, when that row is in this page.
    func id(at i: Int) -> RecordID? {
        let ids = rows.ids
        return i >= offset && i < offset + ids.count ? ids[i - offset] : nil
    }
}

/// One record's detail: its facts and the window asked for of the list under it (attendees, roster,
/// the workers selected, check-ins, members) with that list's total.
public enum RecordDetail: Sendable, Hashable {
    case fair(FairSummary, RecordPage<FairAttendee>)
    case cohort(CohortView, RecordPage<RosterEntry>)
    case jobOrder(JobOrderRow, RecordPage<PlacementEntry>)
    case protectionCase(CaseSummary, RecordPage<CheckInEntry>)
    case loan(LoanSummary)
    case program(ProgramSummary, RecordPage<ProgramMember>)
    case literacySession(LiteracySessionSummary, RecordPage<LiteracyParticipant>)

    public var id: RecordID {
        switch self {
        case .fair(let f, _): f.id
        case .cohort(let c, _): c.id
        case .jobOrder(let o, _): o.order.id
        case .protectionCase(let c, _): c.id
        case .loan(let l): l.id
        case .program(let p, _): p.id
        case .literacySession(let l, _): l.id
        }
    }

    /// How many rows the list under the facts holds.
    var subTotal: Int {
        switch self {
        case .fair(_, let p): p.total
        case .cohort(_, let p): p.total
        case .jobOrder(_, let p): p.total
        case .protectionCase(_, let p): p.total
        case .loan: 0
        case .program(_, let p): p.total
        case .literacySession(_, let p): p.total
        }
    }

    /// The worker of row `i` of the list under the facts (nil when that row is not here); a loan's
    /// own worker, since it has no list.
    func worker(at i: Int) -> RecordID? {
        func pick<T>(_ p: RecordPage<T>, _ w: (T) -> RecordID) -> RecordID? {
            i >= p.offset && i < p.offset + p.rows.count ? w(p.rows[i - p.offset]) : nil
        }
        switch self {
        case .fair(_, let p): return pick(p, \.worker)
        case .cohort(_, let p): return pick(p, \.worker)
        case .jobOrder(_, let p): return pick(p, \.worker)
        case .protectionCase(let c, let p): return pick(p, \.worker) ?? c.worker
        case .loan(let l): return l.worker
        case .program(_, let p): return pick(p, \.worker)
        case .literacySession(_, let p): return pick(p, \.worker)
        }
    }
}

/// What the record panes ask the store's owner for.
public enum RecordRequest: Sendable, Hashable {
    /// Rows `window` of a list for `query`; `generation` tags the answer.
    case list(RecordListQuery, window: Range<Int>, generation: UInt64)
    /// One record's facts and rows `window` of the list under them.
    case detail(RecordID, window: Range<Int>)
    /// The pass rate of each training program.
    case passRates
}

/// The owner's answers to a `RecordRequest`.
public enum RecordAnswer: Sendable {
    case page(RecordListPage)
    case detail(RecordDetail)
    case missing(RecordID)
    case passRates([ProgramPassRate], [LanguageLevelTally])
}

extension Pane {
    /// The pane a record of `kind` is shown in.
    static func holding(_ kind: RecordKind) -> Pane {
        switch kind {
        case .worker, .duplicateReview: .workers
        case .jobFair: .jobFairs
        case .cohort: .training
        case .jobOrder, .placement, .protectionCase, .loan, .literacySession: .placements
        case .program: .reintegration
        }
    }
}
