import Foundation
import TerpaduCore
@testable import TerpaduFormats
import TerpaduStore
import TerpaduTestSupport

/// A small office built with real commands: three workers (the first with a name a spreadsheet would
/// run as a formula), a job order, a fair and a cohort whose texts start with formula triggers.
/// With `links`, also two attendance records and two enrolments (one with a passing result).
enum SmallOffice {
    static let day = Day(year: 2025, month: 6, day: 1) ?? Day(number: 0)
    static let names = ["=Siti Aminah", "Dewi", "Rina"]

    /// The NIK `registration(i)` registers.
    static func nik(_ i: Int) -> String {
        guard case .registerWorker(let draft) = registration(i) else { return "" }
        return draft.nik
    }

    static func masked(_ i: Int) -> String {
        let n = nik(i)
        return String(n.prefix(4)) + "********" + String(n.suffix(4))
    }

    static func build(_ store: Store, links: Bool) throws {
        for (i, name) in names.enumerated() { _ = try store.execute(registration(i, name: name)).get() }
        _ = try store.execute(.createJobOrder(JobOrderDraft(
            employer: "+Chan Household Ltd", employerIsLegalEntity: true, country: "TW", job: "housekeeper", scheme: .pToP,
            agency: "PT Sinar Jaya", agencyLicence: "P3MI-0421/2024", quota: 10))).get()
        _ = try store.execute(.scheduleFair(FairDraft(
            kind: .jobFair, venue: "@GOR Pajajaran", regency: "Kota Bandung", province: "32", date: day,
            employers: ["Chan Household Ltd", "Lee Care Home"], jobOrders: [RecordID(.jobOrder, 1)]))).get()
        _ = try store.execute(.createCohort(CohortDraft(
            program: "housekeepingCourse", provider: "-BLK Bandung", start: day, end: day.adding(days: 60),
            capacity: 10))).get()
        guard links else { return }
        let fair = RecordID(.jobFair, 1), cohort = RecordID(.cohort, 1)
        _ = try store.execute(.recordAttendance(AttendanceEntry(fair: fair, worker: RecordID(.worker, 2), outcome: .attended))).get()
        _ = try store.execute(.recordAttendance(AttendanceEntry(fair: fair, worker: RecordID(.worker, 1), outcome: .interviewed))).get()
        _ = try store.execute(.enroll(CohortEnrollment(cohort: cohort, worker: RecordID(.worker, 1)))).get()
        _ = try store.execute(.enroll(CohortEnrollment(cohort: cohort, worker: RecordID(.worker, 3)))).get()
        _ = try store.execute(.recordResult(TrainingResult(cohort: cohort, worker: RecordID(.worker, 1), attendance: 90,
                                                           score: 80, passed: true, certificateNumber: "SK-001"))).get()
    }

    /// The CSV export of `kind` (header first), read back with the import's reader.
    static func exportRows(_ store: Store, _ kind: ExportKind, reveal: Bool = false, in dir: TempDir) throws -> [[String]] {
        let path = dir.file("\(kind.rawValue)-\(reveal).csv")
        _ = try store.export(kind, format: .csv, reveal: reveal, to: .file(path: path))
        return try readCSV(String(decoding: contents(path) ?? [], as: UTF8.self))
    }
}
