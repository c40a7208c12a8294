import Foundation
import Testing
import TerpaduCore
import TerpaduStore
import TerpaduTestSupport
@testable import TerpaduFormats

@Suite struct StatsReportTests {
    @Test func seedThenStatsAndDoctor() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let directory = try DataDirectory(path: dir.path + "/data")
        let reference = try ReferenceSeeds.load(from: seedsURL)
        let end = OfficeCalendar.jakarta.day(atMillis: fixedMillis)
        var progressed = 0
        let (store, report) = try Store.seed(directory: directory, operator: "seeder", reference: reference,
                                             options: .synthetic(workers: 400, seed: 7, endDay: end),
                                             batchSize: 150, clock: { fixedMillis }, progress: { _ in progressed += 1 })
        #expect(report.workers == 400)
        #expect(progressed > 0)
        let stats = store.withState { StatsReport(state: $0, by: .country) }
        store.close()
        #expect(stats.workers == 400)
        #expect(stats.stages.values.reduce(0, +) + stats.exited == stats.workers)
        #expect(stats.statuses.values.reduce(0, +) == stats.workers)
        #expect(stats.asOf.seq == report.events)
        #expect(stats.by?.counts.values.reduce(0, +) == 400)
        let json = stats.json()
        for key in ["\"workers\":400", "\"stages\":", "\"exited\":", "\"statuses\":", "\"kpis\":", "\"asOf\":{\"seq\":"] {
            #expect(json.contains(key), "\(key) missing from \(json)")
        }
        let doctor = Doctor.examine(directory: directory)
        #expect(doctor.findings.isEmpty, "\(doctor.findings)")
        // Seeding refuses a directory that holds events.
        #expect(throws: StoreError.self) {
            _ = try Store.seed(directory: directory, operator: "again", reference: reference,
                               options: .synthetic(workers: 10, seed: 1, endDay: end))
        }
    }
}
