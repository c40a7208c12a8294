import Foundation
import Testing
import TerpaduCore
@testable import TerpaduFormats
import TerpaduStore
import TerpaduTestSupport

/// The licensed-agency table as CSV, and loading it into a data directory as the command line and
/// the desk do.
@Suite struct AgencyTableCSVTests {
    static let good = """
        name,licence,valid_from,valid_until
        PT Maju Bersama,KEP-123/2024,2024-01-15,2029-01-14
        "PT Sinar Jaya, Tbk",P3MI-0421/2024,2024-01-01,2035-12-31

        """

    @Test func aGoodFileGivesEveryAgency() throws {
        let rows = try AgencyTableCSV.parse(Self.good).get()
        #expect(rows.map(\.name) == ["PT Maju Bersama", "PT Sinar Jaya, Tbk"])
        #expect(rows[0].licence == "KEP-123/2024")
        #expect(rows[0].validFrom == Day(year: 2024, month: 1, day: 15) && rows[0].validUntil == Day(year: 2029, month: 1, day: 14))
    }

    @Test func everyBadRowIsNamedByLineAndColumnAndNothingIsTaken() {
        let text = """
            name,licence,valid_from,valid_until
            PT Maju Bersama,KEP-123/2024,2024-01-15,2029-01-14
            ,KEP-2,2024-01-15,2029-01-14
            PT Tiga,kep-123/2024,15-01-2024,2029-01-14
            PT Empat,KEP-4,2029-01-15,2024-01-14
            PT Lima,KEP-5,2024-01-15

            """
        guard case .failure(let bad) = AgencyTableCSV.parse(text) else { Issue.record("accepted"); return }
        #expect(bad.problems.map { "\($0)" } == [
            "line 3, name: is empty",
            "line 4, valid_from: \"15-01-2024\" is not a date (YYYY-MM-DD)",
            "line 4, licence: kep-123/2024 is already on line 2",
            "line 5, valid_until: 2024-01-14 is before valid_from 2029-01-15",
            "line 6: has 3 fields, the header has 4",
        ])
        guard case .failure(let header) = AgencyTableCSV.parse("name,licence,valid_from\nA,B,2024-01-01\n") else {
            Issue.record("accepted a file without valid_until"); return
        }
        #expect(header.problems == [.init(line: 1, field: "valid_until", message: "the header has no column \"valid_until\"")])
    }

    @Test func loadingReplacesTheTableInOneJournaledEventAndABadFileChangesNothing() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try openStore(dir)
        defer { store.close() }
        let today = OfficeCalendar.jakarta.day(atMillis: fixedMillis)
        let file = dir.path + "/agencies.csv"
        try Self.good.write(toFile: file, atomically: false, encoding: .utf8)
        let before = try store.journal.maxSeq()
        guard case .loaded(let count, let valid, let seq) = AgencyTableCSV.load(path: file, into: store, today: today) else {
            Issue.record("not loaded"); return
        }
        #expect(count == 2 && valid == 2 && seq == before + 1)
        #expect(store.withState { $0.referenceData.agencies.map(\.licence) } == ["KEP-123/2024", "P3MI-0421/2024"])
        let row = try #require(try store.journal.read { try $0.rows(after: before).first })
        #expect(row.kind == "agenciesLoaded" && row.schema == 3)

        try "name,licence,valid_from,valid_until\nPT X,,2024-01-01,2025-01-01\n".write(toFile: file, atomically: false, encoding: .utf8)
        guard case .badRows(let problems) = AgencyTableCSV.load(path: file, into: store, today: today) else {
            Issue.record("a bad file was loaded"); return
        }
        #expect(problems.map(\.field) == ["licence"])
        #expect(try store.journal.maxSeq() == seq)
        #expect(store.withState { $0.referenceData.agencies.count } == 2)
    }

    @Test func aNewDirectoryHasNoAgenciesAndRefusesPToPSayingHowToLoadThem() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try Store.open(directory: try DataDirectory(path: dir.path + "/data"), operator: "desk",
                                   seeds: .directory(seedsURL), clock: { fixedMillis }, snapshotPolicy: .never)
        defer { store.close() }
        #expect(store.withState { $0.referenceData.agencies.isEmpty })
        let result = store.execute(.createJobOrder(JobOrderDraft(employer: "Chan", country: "HK", job: "housekeeper", scheme: .pToP,
                                                                 agency: "PT Sinar Jaya", agencyLicence: "P3MI-0421/2024", quota: 5)))
        guard case .failure(let refusal) = result else { Issue.record("accepted"); return }
        #expect(RefusalText.code(refusal) == "noLicensedAgencies")
        #expect(RefusalText.message(refusal).contains("terpadu reference load agencies"))
        // The first referenceLoaded event of a new directory has no agencies and stays at schema 1.
        #expect(try store.journal.read { try $0.rows(after: 0).first?.schema } == 1)
    }
}
