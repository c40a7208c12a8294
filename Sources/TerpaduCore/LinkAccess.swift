/// Read access to the rows that link a worker to a fair (attendance) or a cohort (enrolment), for
/// screens and exports. Read-only; nothing here changes the state.
extension TerpaduState {
    /// How many fair × worker attendance records there are (one per pair: the furthest outcome).
    public var attendanceCount: Int { attendance.count }

    /// Every attendance record, ordered by fair and then by worker.
    public func attendanceRecords() -> [AttendanceRecord] {
        attendance.keys.sorted().compactMap { key in
            guard let raw = attendance[key], let outcome = FairOutcome(rawValue: raw) else { return nil }
            return AttendanceRecord(fair: id(.jobFair, row: Int32(truncatingIfNeeded: key >> 32)),
                                    worker: id(.worker, row: Int32(truncatingIfNeeded: key & 0xFFFF_FFFF)),
                                    outcome: outcome)
        }
    }

    /// How many enrolments there are (every one kept, a worker's earlier ones included).
    public var enrollmentCount: Int { enrollments.count }

    /// The enrolment at `index` (0 ..< `enrollmentCount`, in the order they were recorded).
    public func enrollment(at index: Int) -> EnrollmentRecord? {
        guard index >= 0, index < enrollments.count else { return nil }
        let e = enrollments[index]
        let result: EnrollmentRecord.Result? = switch e.result {
        case 1: .passed
        case 2: .failed
        default: nil
        }
        return EnrollmentRecord(
            cohort: id(.cohort, row: e.cohort), worker: id(.worker, row: e.worker),
            enrolled: Day(number: e.day), result: result,
            attendance: result == nil ? nil : Int(e.attendance), score: result == nil ? nil : Int(e.score),
            certificateNumber: strings.optional(e.certificate))
    }
}

/// How far one worker got at one fair.
public struct AttendanceRecord: Hashable, Sendable {
    public var fair: RecordID
    public var worker: RecordID
    public var outcome: FairOutcome
}

/// One worker's enrolment in one cohort, with its result once recorded.
public struct EnrollmentRecord: Hashable, Sendable {
    public enum Result: String, Hashable, Sendable {
        case passed, failed
    }

    public var cohort: RecordID
    public var worker: RecordID
    public var enrolled: Day
    /// nil while the result is awaited.
    public var result: Result?
    /// Attendance (per cent) and score, with the result.
    public var attendance: Int?
    public var score: Int?
    public var certificateNumber: String?
}
