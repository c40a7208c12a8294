/// One row of the journal's board table: a count for everyone (`province` and `destination` both
/// empty), for one province of origin, or for one destination. A filter is thus a lookup; the cross of
/// province and destination is not kept (it would multiply the rows by the destinations).
public struct BoardCell: Hashable, Sendable, Comparable {
    public var dimension: String
    public var province: String
    public var destination: String
    /// A day or week start (ISO date) for dated rows, a program code for pass rates, else "".
    public var period: String
    public var key: String

    public init(dimension: String, province: String, destination: String, period: String, key: String) {
        self.dimension = dimension; self.province = province; self.destination = destination
        self.period = period; self.key = key
    }

    public static func < (a: BoardCell, b: BoardCell) -> Bool {
        (a.dimension, a.province, a.destination, a.period, a.key) < (b.dimension, b.province, b.destination, b.period, b.key)
    }
}

/// What a board row counts.
enum BoardDimension: UInt8, CaseIterable {
    /// Workers by status, job, scheme, province of origin and destination (key: its code, or "none").
    case status, job, scheme, province, destination
    /// Exits by reason.
    case exit
    /// Flows (`DailyKind`) per day and per ISO week (period: the day, the week's Monday).
    case day, week
    /// Per departure week, histograms of days from registration and of the cost borne by the worker.
    case lead, cost
    /// Per program (period): enrolled, results, passed.
    case pass
    /// Open duplicate reviews.
    case reviews
    /// Education, literacy and insurance reach as of the `asOf` day (`BoardReachField`).
    case reach
    /// The day the reach rows are as of (value: its day number; everyone only).
    case asOf

    static let names = allCases.map { String(describing: $0) }
    var name: String { Self.names[Int(rawValue)] }
    init?(name: String) { guard let d = Self.allCases.first(where: { $0.name == name }) else { return nil }; self = d }
}

enum BoardReachField: Int64, CaseIterable {
    case educationSessions, educationHeadcount, educationAttendances, educationWorkers, educationReached
    case literacySessions, literacyReached, healthCovered, lapsingIn30Days

    static let names = allCases.map { String(describing: $0) }
    var name: String { Self.names[Int(rawValue)] }
}

enum BoardPassField: Int64, CaseIterable {
    case enrolled, results, passed
    static let names = allCases.map { String(describing: $0) }
    var name: String { Self.names[Int(rawValue)] }
}

/// A board row while it is being counted: integers only (hashing five strings per count would make
/// the million-worker recount take seconds); named as a `BoardCell` when written.
struct BoardKey: Hashable {
    var dimension: BoardDimension
    /// The counters' slice numbering: 0 everyone, 1 + p for province index p, 1 + P + c for country c.
    var slice: Int32
    var period: Int32
    var key: Int64
}

extension DailyKind {
    static let names = allCases.map { String(describing: $0) }
    var name: String { Self.names[rawValue] }
    init?(name: String) { guard let i = Self.names.firstIndex(of: name) else { return nil }; self.init(rawValue: i) }
}
