/// Which rows belong to which record, so a screen can list one fair's attendees, one cohort's roster,
/// one job order's placements, one program's enrolments or one worker's check-ins without scanning the
/// rows of every other record (at a million workers those tables hold hundreds of thousands of rows).
///
/// Derived, like the NIK index: kept up to date as events apply, built from the records after a
/// snapshot is read. The snapshot does not carry it, so its format did not change; building it takes
/// one pass over the link tables.
struct RecordLinks: Sendable, Equatable {
    /// Per fair row: the rows of the workers who attended it, ascending.
    var fairAttendees: [[Int32]] = []
    /// Per cohort row: its enrolments (indexes into `enrollments`), ascending, that is as recorded.
    var cohortEnrollments: [[Int32]] = []
    /// Per job order row: its placements (indexes into `placements`), ascending.
    var jobOrderPlacements: [[Int32]] = []
    /// Per program row: its enrolments (indexes into `programEnrollments`), ascending.
    var programEnrollments: [[Int32]] = []
    /// Worker row → indexes into `checkIns`. A sorted index rather than an array per worker: most of a
    /// million workers never check in, and an array each would cost more than the check-ins.
    var checkInsByWorker = SortedIndex()
    /// Worker row → indexes into `enrollments`: the board's pass rates follow a worker who moves to
    /// another province or destination, so the store must find every seat of that worker at once.
    var enrollmentsByWorker = SortedIndex()

    init() {}

    /// Builds every link from the records, as a replay of their events would have left them.
    init(of s: TerpaduState) {
        fairAttendees = Array(repeating: [], count: s.fairs.count)
        for key in s.attendance.keys {
            let f = Int(key >> 32)
            if f < fairAttendees.count { fairAttendees[f].append(Int32(truncatingIfNeeded: key & 0xFFFF_FFFF)) }
        }
        for f in fairAttendees.indices { fairAttendees[f].sort() }
        cohortEnrollments = Self.group(s.enrollments.map(\.cohort), into: s.cohorts.count)
        jobOrderPlacements = Self.group(s.placements.map(\.jobOrder), into: s.jobOrders.count)
        programEnrollments = Self.group(s.programEnrollments.map(\.program), into: s.programs.count)
        var pairs: [(UInt64, Int32)] = []
        pairs.reserveCapacity(s.checkIns.count)
        for (i, c) in s.checkIns.enumerated() { pairs.append((Self.key(c.worker), Int32(i))) }
        checkInsByWorker = SortedIndex(pairs: pairs)
        pairs.removeAll(keepingCapacity: true)
        for (i, e) in s.enrollments.enumerated() { pairs.append((Self.key(e.worker), Int32(i))) }
        enrollmentsByWorker = SortedIndex(pairs: pairs)
    }

    /// Index positions grouped by the record each row points at (rows pointing outside are left out).
    private static func group(_ parents: [Int32], into count: Int) -> [[Int32]] {
        var out = Array(repeating: [Int32](), count: count)
        for (i, p) in parents.enumerated() where p >= 0 && Int(p) < count { out[Int(p)].append(Int32(i)) }
        return out
    }

    static func key(_ worker: Int32) -> UInt64 { UInt64(UInt32(bitPattern: worker)) }

    /// Files `value` under record row `parent`, growing the table to reach it.
    static func append(_ value: Int32, to table: inout [[Int32]], at parent: Int) {
        guard parent >= 0 else { return }
        if parent >= table.count { table.append(contentsOf: repeatElement([], count: parent + 1 - table.count)) }
        table[parent].append(value)
    }

    /// A worker who attended fair `f` for the first time.
    mutating func addAttendee(fair f: Int, worker: Int32) {
        guard f >= 0 else { return }
        if f >= fairAttendees.count { fairAttendees.append(contentsOf: repeatElement([], count: f + 1 - fairAttendees.count)) }
        // Usually the newest worker, so the insertion point is at the end.
        var i = fairAttendees[f].count
        while i > 0, fairAttendees[f][i - 1] > worker { i -= 1 }
        fairAttendees[f].insert(worker, at: i)
    }

    /// The check-ins of worker row `w`, ascending (as recorded).
    func checkIns(ofWorker w: Int32) -> [Int32] { checkInsByWorker.rows(equalTo: Self.key(w)) }

    /// The enrolments of worker row `w`, ascending.
    func enrollments(ofWorker w: Int32) -> [Int32] { enrollmentsByWorker.rows(equalTo: Self.key(w)) }

    var byteCount: Int {
        func bytes(_ t: [[Int32]]) -> Int { t.reduce(t.capacity * 8) { $0 + $1.capacity * 4 } }
        return bytes(fairAttendees) + bytes(cohortEnrollments) + bytes(jobOrderPlacements) + bytes(programEnrollments)
            + checkInsByWorker.byteCount + enrollmentsByWorker.byteCount
    }
}
