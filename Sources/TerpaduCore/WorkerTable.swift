/// Workers as columns (struct of arrays): a million people in a few hundred bytes each, with the NIK
/// as a number, names in a shared pool and references as small integers.
public struct WorkerTable: Sendable, Equatable {
    static let noRow: Int32 = -1
    static let noProvince: UInt8 = .max

    var nik: [UInt64] = []
    var name: [UInt32] = []
    var sex: [UInt8] = []
    var birth: [Int32] = []
    var province: [UInt8] = []
    var regency: [UInt32] = []
    var village: [UInt32] = []
    var phone: [UInt32] = []
    var education: [UInt32] = []
    var registered: [Int32] = []
    var version: [UInt32] = []
    /// Bit per DocumentKind recorded.
    var documents: [UInt16] = []
    /// Bit 0: found medically unfit; bit 1: psychologically unfit.
    var unfit: [UInt8] = []
    var passportExpiry: [Int32] = []
    var enrollment: [Int32] = []
    var placement: [Int32] = []
    var loan: [Int32] = []
    var programEnrollment: [Int32] = []
    var prePlacementDay: [Int32] = []
    var returnDay: [Int32] = []
    var returnReason: [UInt8] = []
    var exitReason: [UInt8] = []
    var exitDay: [Int32] = []
    var exitFromStage: [UInt8] = []
    var openCases: [UInt16] = []
    var lastCheckIn: [Int32] = []
    /// The derived status, cached as events apply so queries need not derive it per row.
    var status: [UInt8] = []
    /// Each document's issue and expiry day, `DocumentDays.stride` per worker (see `DocumentDays`).
    var documentDays: [UInt16] = []

    public var count: Int { nik.count }

    mutating func append(nik n: UInt64, name nm: UInt32, sex s: Sex, birth b: Day, province p: UInt8,
                         regency r: UInt32, village v: UInt32, phone ph: UInt32, education e: UInt32, day: Day) {
        nik.append(n); name.append(nm); sex.append(s.rawValue); birth.append(b.number); province.append(p)
        regency.append(r); village.append(v); phone.append(ph); education.append(e)
        registered.append(day.number); version.append(1); documents.append(0); unfit.append(0)
        passportExpiry.append(Day.none.number); enrollment.append(Self.noRow); placement.append(Self.noRow)
        loan.append(Self.noRow); programEnrollment.append(Self.noRow); prePlacementDay.append(Day.none.number)
        returnDay.append(Day.none.number); returnReason.append(0); exitReason.append(0)
        exitDay.append(Day.none.number); exitFromStage.append(0); openCases.append(0)
        lastCheckIn.append(Day.none.number); status.append(Status.registered.rawValue)
        documentDays.append(contentsOf: repeatElement(0, count: DocumentDays.stride))
    }

    mutating func reserve(_ n: Int) {
        nik.reserveCapacity(n); name.reserveCapacity(n); sex.reserveCapacity(n); birth.reserveCapacity(n)
        province.reserveCapacity(n); regency.reserveCapacity(n); village.reserveCapacity(n)
        phone.reserveCapacity(n); education.reserveCapacity(n); registered.reserveCapacity(n)
        version.reserveCapacity(n); documents.reserveCapacity(n); unfit.reserveCapacity(n)
        passportExpiry.reserveCapacity(n); enrollment.reserveCapacity(n); placement.reserveCapacity(n)
        loan.reserveCapacity(n); programEnrollment.reserveCapacity(n); prePlacementDay.reserveCapacity(n)
        returnDay.reserveCapacity(n); returnReason.reserveCapacity(n); exitReason.reserveCapacity(n)
        exitDay.reserveCapacity(n); exitFromStage.reserveCapacity(n); openCases.reserveCapacity(n)
        lastCheckIn.reserveCapacity(n); status.reserveCapacity(n)
        documentDays.reserveCapacity(n * DocumentDays.stride)
    }

    /// The day document `k` of worker row `r` is dated, or `Day.none`.
    func issued(_ k: DocumentKind, row r: Int) -> Day {
        DocumentDays.day(documentDays[r * DocumentDays.stride + 2 * Int(k.rawValue)])
    }

    /// The day document `k` of worker row `r` expires, or `Day.none` (none recorded). The passport's
    /// exact expiry is in `passportExpiry`; this holds it too.
    func expiry(_ k: DocumentKind, row r: Int) -> Day {
        DocumentDays.day(documentDays[r * DocumentDays.stride + 2 * Int(k.rawValue) + 1])
    }

    mutating func setDates(_ k: DocumentKind, row r: Int, issued: Day, expiry: Day) {
        let i = r * DocumentDays.stride + 2 * Int(k.rawValue)
        documentDays[i] = DocumentDays.stored(issued)
        documentDays[i + 1] = DocumentDays.stored(expiry)
    }

    /// Bytes held by the columns (not counting unused capacity).
    var byteCount: Int { count * (96 + 2 * DocumentDays.stride) }
}

/// Document dates kept in two bytes each: 0 is "none", otherwise days since 1970-01-01 plus one, so
/// 1970-01-01 … 2149-06-05. A date outside that range (which no real document has) is kept as the
/// nearest end, which judges the same at any departure after 1970: an expiry before 1970 has lapsed,
/// one after 2149 is in force, and an issue day before 1970 is before the departure.
enum DocumentDays {
    static let stride = 2 * DocumentKind.allCases.count

    static func stored(_ d: Day) -> UInt16 {
        if d.isNone { return 0 }
        if d.number < 0 { return 1 }
        return d.number >= Int32(UInt16.max) ? UInt16.max : UInt16(d.number + 1)
    }

    static func day(_ v: UInt16) -> Day { v == 0 ? .none : Day(number: Int32(v) - 1) }
}

// Rows of the other record kinds: plain integers only, so a snapshot can store them as raw bytes
// and any bit pattern read back is still a valid value (enums are checked where they are read).

struct PlacementRow: Equatable, Sendable {
    var worker: Int32
    var jobOrder: Int32
    var selectedDay: Int32
    var departureDay: Int32
    var status: UInt8
}

struct EnrollmentRow: Equatable, Sendable {
    var cohort: Int32
    var worker: Int32
    var day: Int32
    var attendance: UInt8
    var score: UInt8
    /// 0 awaiting result, 1 passed, 2 failed.
    var result: UInt8
    var certificate: UInt32
}

struct LoanRow: Equatable, Sendable {
    var worker: Int32
    var bank: UInt16
    var status: UInt8
    var rateBasisPoints: UInt16
    var tenorMonths: UInt16
    var amount: Int64
    var appliedDay: Int32
    var decidedDay: Int32
    var disbursedDay: Int32
}

struct CaseRow: Equatable, Sendable {
    var worker: Int32
    var type: UInt8
    var resolution: UInt8
    var mission: UInt16
    var opened: Int32
    var closed: Int32
    var summary: UInt32
}

struct CheckInRow: Equatable, Sendable {
    var worker: Int32
    var day: Int32
    var wellbeing: UInt8
    var note: UInt32
}

struct ProgramEnrollmentRow: Equatable, Sendable {
    var program: Int32
    var worker: Int32
    var day: Int32
    /// 0 no outcome yet, 1 outcome without a business, 2 business started.
    var outcome: UInt8
    var outcomeDay: Int32
    var jobsCreated: Int32
    var monthlyRevenue: Int64
    var businessKind: UInt32
}

struct DuplicateReviewRow: Equatable, Sendable {
    var existing: Int32
    var later: Int32
    var day: Int32
    /// 0 open, 1 distinct people, 2 same person.
    var status: UInt8
}

// Record kinds with few rows keep their text as Swift strings.

public struct JobFair: Equatable, Sendable {
    public var kind: FairKind
    public var venue: String
    public var regency: String
    public var province: String
    public var date: Day
    public var employers: [String]
    public var jobOrders: [RecordID]
    /// The village, where one is given ("" none); required for an education session.
    public var village: String = ""
    /// An education session's topic ("" for other kinds).
    public var topic: String = ""
    /// An education session's headcount: people reached, registered or not (0: not yet recorded).
    public var headcount: Int = 0
}

public struct JobOrder: Equatable, Sendable {
    public var employer: String
    /// nil: not stated (allowed for every scheme but the individual one).
    public var employerIsLegalEntity: Bool?
    public var country: Int
    public var job: Int
    public var scheme: Scheme
    public var agency: String
    public var agencyLicence: String
    public var quota: Int
    public var certificateRequired: Bool
    public var workerCost: Int64
    public var contractMonths: Int
    public var created: Day
    /// The language level the order asks for, if any (checked at departure).
    public var languageLevel: LanguageLevel? = nil
}

public struct TrainingCohort: Equatable, Sendable {
    public var program: Int
    public var provider: String
    public var start: Day
    public var end: Day
    public var capacity: Int
}

public struct ReintegrationProgram: Equatable, Sendable {
    public var kind: ProgramKind
    public var name: String
    public var village: String
    public var regency: String
    public var province: String
    public var start: Day
    public var end: Day
    public var capacity: Int
}
