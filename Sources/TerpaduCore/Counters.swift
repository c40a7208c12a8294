/// Sizes of the counter tables, from the reference data (each plus one for "unknown/none").
public struct CounterDimensions: Hashable, Sendable {
    public var provinces: Int
    public var countries: Int
    public var jobs: Int

    public init(provinces: Int, countries: Int, jobs: Int) {
        self.provinces = provinces; self.countries = countries; self.jobs = jobs
    }

    var p: Int { provinces + 1 }
    var c: Int { countries + 1 }
    var j: Int { jobs + 1 }
    static let statuses = Status.allCases.count
    static let schemes = Scheme.allCases.count + 1
    static let exitReasons = ExitReason.allCases.count + 1
    /// Slice 0 is everyone; then one per province; then one per destination country.
    var slices: Int { 1 + p + c }
}

/// What happened on one day, per slice.
public enum DailyKind: Int, CaseIterable, Sendable {
    case registered, toPrePlacement, departed, returned
    case exitedFromPreparation, exitedFromPrePlacement, exitedFromPlacement, exitedFromPostPlacement
    case programEnrolled, businessStarted, caseOpened, caseClosed
}

/// Live counters, maintained as events apply and equal to a full recount at every point.
public struct Counters: Equatable, Sendable {
    public let dimensions: CounterDimensions
    /// status × province × country × job × scheme.
    var cube: [Int32]
    /// exit reason × province × country.
    var exits: [Int32]
    /// The cube summed per status (derived: kept by `add`, rebuilt after a snapshot is read), so the
    /// stage counts a desk shows after every commit cost thirteen reads, not a walk of the cube.
    var statusTotals: [Int] = Array(repeating: 0, count: CounterDimensions.statuses)
    /// Day-by-day flows: (day − firstDay) × DailyKind × slice.
    var daily: [Int32] = []
    var firstDay: Int32 = 0
    /// (week start, slice) → lead days → workers departing that week.
    var leadDays: [UInt64: [Int32: Int32]] = [:]
    /// (week start, slice) → cost borne by the worker → workers departing that week.
    var costs: [UInt64: [Int64: Int32]] = [:]
    /// Per cohort: enrolled, results recorded, passed.
    var cohortEnrolled: [Int32] = []
    var cohortResults: [Int32] = []
    var cohortPassed: [Int32] = []
    /// Per program enrolments and outcomes.
    var programEnrolled: [Int32] = []
    var programOutcomes: [Int32] = []
    var programBusinesses: [Int32] = []
    /// Per fair: attended, interviewed, shortlisted, offered (each level includes the later ones).
    var fairFunnel: [Int32] = []
    /// Per job order: placements selected or departed (not cancelled).
    var jobOrderFilled: [Int32] = []
    public internal(set) var openCases: Int = 0
    public internal(set) var openReviews: Int = 0
    public internal(set) var openLoans: Int = 0

    init(dimensions d: CounterDimensions) {
        dimensions = d
        cube = Array(repeating: 0, count: CounterDimensions.statuses * d.p * d.c * d.j * CounterDimensions.schemes)
        exits = Array(repeating: 0, count: CounterDimensions.exitReasons * d.p * d.c)
    }

    /// Sums the cube per status again (after the cube was read from a snapshot).
    mutating func rebuildStatusTotals() {
        let run = cube.count / CounterDimensions.statuses
        statusTotals = cube.withUnsafeBufferPointer { cube in
            (0..<CounterDimensions.statuses).map { st in
                var total = 0
                for i in (st * run)..<((st + 1) * run) { total &+= Int(cube[i]) }
                return total
            }
        }
    }

    @inline(__always)
    func cubeIndex(_ s: Int, _ p: Int, _ c: Int, _ j: Int, _ k: Int) -> Int {
        (((s * dimensions.p + p) * dimensions.c + c) * dimensions.j + j) * CounterDimensions.schemes + k
    }

    @inline(__always)
    func clamp(_ v: Int, _ n: Int) -> Int { v >= 0 && v < n ? v : 0 }

    static let kinds = DailyKind.allCases.count

    mutating func addDaily(_ day: Int32, _ kind: DailyKind, province: Int, country: Int, _ delta: Int32) {
        guard day != Day.none.number else { return }
        let stride = Counters.kinds * dimensions.slices
        if daily.isEmpty { firstDay = day }
        if day < firstDay {
            // Dates can be entered after the fact; grow toward the past in whole months.
            let shift = Int(firstDay - day) + 31
            daily.insert(contentsOf: repeatElement(0, count: shift * stride), at: 0)
            firstDay -= Int32(shift)
        }
        let offset = Int(day - firstDay)
        let needed = (offset + 1) * stride
        if daily.count < needed { daily.append(contentsOf: repeatElement(0, count: needed - daily.count + 31 * stride)) }
        let base = offset * stride + kind.rawValue * dimensions.slices
        daily[base] &+= delta
        daily[base + 1 + clamp(province, dimensions.p)] &+= delta
        daily[base + 1 + dimensions.p + clamp(country, dimensions.c)] &+= delta
    }

    static func weekKey(_ day: Int32, slice: Int) -> UInt64 {
        let week = Day(number: day).weekStart.number
        return UInt64(UInt32(bitPattern: week)) << 32 | UInt64(UInt32(truncatingIfNeeded: slice))
    }

    mutating func add(_ f: WorkerFacts, _ delta: Int32) {
        let p = clamp(f.province, dimensions.p), c = clamp(f.country, dimensions.c)
        let j = clamp(f.job, dimensions.j), k = clamp(f.scheme, CounterDimensions.schemes)
        cube[cubeIndex(Int(f.status.rawValue), p, c, j, k)] &+= delta
        statusTotals[Int(f.status.rawValue) % CounterDimensions.statuses] &+= Int(delta)
        if f.exitReason != 0 {
            let e = clamp(f.exitReason, CounterDimensions.exitReasons)
            exits[(e * dimensions.p + p) * dimensions.c + c] &+= delta
        }
        addDaily(f.registered, .registered, province: p, country: c, delta)
        addDaily(f.prePlacement, .toPrePlacement, province: p, country: c, delta)
        addDaily(f.departed, .departed, province: p, country: c, delta)
        addDaily(f.returned, .returned, province: p, country: c, delta)
        if f.exited != Day.none.number {
            let kind: DailyKind = switch f.exitFrom {
            case 1: .exitedFromPrePlacement
            case 2: .exitedFromPlacement
            case 3: .exitedFromPostPlacement
            default: .exitedFromPreparation
            }
            addDaily(f.exited, kind, province: p, country: c, delta)
        }
        addDaily(f.programDay, .programEnrolled, province: p, country: c, delta)
        addDaily(f.businessDay, .businessStarted, province: p, country: c, delta)
        if f.departed != Day.none.number {
            let lead = max(0, f.departed - f.registered)
            let week = Counters.weekKey(f.departed, slice: 0)
            for slice in 0..<3 {
                let key = week | UInt64(slice == 0 ? 0 : slice == 1 ? 1 + p : 1 + dimensions.p + c)
                Counters.bump(&leadDays, key, lead, delta)
                Counters.bump(&costs, key, f.cost, delta)
            }
        }
    }

    /// Adds to a histogram in place; entries that fall to zero are removed so equal counts compare equal.
    static func bump<K: Hashable>(_ table: inout [UInt64: [K: Int32]], _ key: UInt64, _ value: K, _ delta: Int32) {
        table[key, default: [:]][value, default: 0] &+= delta
        if delta < 0, table[key]?[value] == 0 {
            table[key]?[value] = nil
            if table[key]?.isEmpty == true { table[key] = nil }
        }
    }

    /// Drops all-zero days at both ends of the day-by-day table, so two counters built along
    /// different paths (grown in different steps) compare equal.
    mutating func tidy() {
        let stride = Counters.kinds * dimensions.slices
        guard stride > 0 else { return }
        while daily.count >= stride, daily[(daily.count - stride)...].allSatisfy({ $0 == 0 }) { daily.removeLast(stride) }
        var lead = 0
        while lead + stride <= daily.count, daily[lead..<(lead + stride)].allSatisfy({ $0 == 0 }) { lead += stride }
        if lead > 0 { daily.removeFirst(lead); firstDay += Int32(lead / stride) }
        if daily.isEmpty { firstDay = 0 }
    }

    mutating func addCase(_ c: CaseRow, province: Int, country: Int, _ delta: Int32) {
        addDaily(c.opened, .caseOpened, province: province, country: country, delta)
        addDaily(c.closed, .caseClosed, province: province, country: country, delta)
        if c.closed == Day.none.number { openCases += Int(delta) }
    }

    static func grow(_ a: inout [Int32], to n: Int) {
        if a.count < n { a.append(contentsOf: repeatElement(0, count: n - a.count)) }
    }

    public static func == (a: Counters, b: Counters) -> Bool {
        var x = a, y = b
        x.tidy(); y.tidy()
        return x.dimensions == y.dimensions && x.cube == y.cube && x.statusTotals == y.statusTotals && x.exits == y.exits
            && x.daily == y.daily && x.firstDay == y.firstDay && x.leadDays == y.leadDays && x.costs == y.costs
            && x.cohortEnrolled == y.cohortEnrolled && x.cohortResults == y.cohortResults
            && x.cohortPassed == y.cohortPassed && x.programEnrolled == y.programEnrolled
            && x.programOutcomes == y.programOutcomes && x.programBusinesses == y.programBusinesses
            && x.fairFunnel == y.fairFunnel && x.jobOrderFilled == y.jobOrderFilled
            && x.openCases == y.openCases && x.openReviews == y.openReviews && x.openLoans == y.openLoans
    }

    var byteCount: Int {
        (cube.capacity + exits.capacity + daily.capacity) * 4 + (leadDays.count + costs.count) * 64
    }
}
