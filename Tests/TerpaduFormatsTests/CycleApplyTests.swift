import Foundation
import Testing
import TerpaduCore
@testable import TerpaduFormats
@testable import TerpaduStore
import TerpaduTestSupport

/// The issue-10 commands through `apply` lines and a real data directory: journal rows with payload
/// schema 3, a replay and a snapshot that give the same state, `stats.cycle` kept beside the KPIs.
@Suite struct CycleApplyTests {
    /// 2025-06-02, the fixed clock's day.
    static let lines = [
        #"{"cmd": "scheduleFair", "kind": "education", "venue": "Balai Desa", "village": "Juntinyuat", "regency": "Kab. Indramayu", "province": "32", "date": "2025-05-30", "topic": "Bekerja secara prosedural"}"#,
        #"{"cmd": "registerWorker", "nik": "3273015204980001", "name": "Siti Aminah", "sex": "F", "birthDate": "1998-04-12", "province": "32"}"#,
        #"{"cmd": "recordAttendance", "fair": "JF-000001", "worker": "W-000001", "outcome": "attended"}"#,
        #"{"cmd": "recordHeadcount", "fair": "JF-000001", "headcount": 120}"#,
        #"{"cmd": "createJobOrder", "employer": "Hanil Steel", "country": "KR", "job": "welder", "scheme": "gToG", "quota": 5, "languageLevel": "epsTopik"}"#,
        #"{"cmd": "recordLanguageTest", "worker": "W-000001", "level": "epsTopik", "date": "2025-05-20", "score": 160, "passed": true}"#,
        #"{"cmd": "selectForJobOrder", "worker": "W-000001", "jobOrder": "JO-000001"}"#,
        #"{"cmd": "recordDocument", "worker": "W-000001", "kind": "passport", "number": "X1", "issued": "2025-05-01", "expiry": "2030-05-01"}"#,
        #"{"cmd": "recordDocument", "worker": "W-000001", "kind": "medicalFitness", "issued": "2025-05-02", "fit": true}"#,
        #"{"cmd": "recordDocument", "worker": "W-000001", "kind": "psychologicalFitness", "issued": "2025-05-02", "fit": true}"#,
        #"{"cmd": "recordDocument", "worker": "W-000001", "kind": "socialSecurity", "issued": "2025-05-03"}"#,
        #"{"cmd": "recordDocument", "worker": "W-000001", "kind": "workVisa", "issued": "2025-05-04"}"#,
        #"{"cmd": "recordDocument", "worker": "W-000001", "kind": "placementAgreement", "issued": "2025-05-04"}"#,
        #"{"cmd": "recordDocument", "worker": "W-000001", "kind": "employmentContract", "issued": "2025-05-04"}"#,
        #"{"cmd": "recordOrientation", "worker": "W-000001", "date": "2025-05-05"}"#,
        #"{"cmd": "recordDeparture", "worker": "W-000001", "date": "2025-06-02"}"#,
        #"{"cmd": "recordHealthCoverage", "worker": "W-000001", "insurer": "Samsung Fire", "policyNumber": "SF-9", "validFrom": "2025-06-02", "validTo": "2025-06-20"}"#,
        #"{"cmd": "scheduleLiteracySession", "date": "2025-06-02", "mission": "kbriSeoul", "topic": "Remitansi"}"#,
        #"{"cmd": "recordLiteracyParticipation", "session": "LS-000001", "worker": "W-000001"}"#,
    ]

    @Test func theNewCommandsRoundTripThroughTheStore() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try openStore(dir)
        for (i, line) in Self.lines.enumerated() {
            let command = try ApplyLine.parse(line).get()
            if case .failure(let r) = store.execute(command) { Issue.record("line \(i + 1): \(RefusalText.message(r))") }
        }
        let live = store.state
        let rows = try store.journal.rows(after: 0)
        let schemas = Dictionary(rows.map { ($0.kind, $0.schema) }, uniquingKeysWith: max)
        for kind in ["headcountRecorded", "literacySessionScheduled", "literacyParticipationRecorded", "healthCoverageRecorded",
                     "languageTestRecorded", "fairScheduled", "jobOrderCreated"] {
            #expect(schemas[kind] == 3, "\(kind)")
        }
        #expect(schemas["workerRegistered"] == 1)
        // The fast encoder writes what Foundation's does.
        for row in rows {
            let event = try EventCoding.event(row)
            #expect(try EventCoding.payloadJSON(event.body) == EventCoding.payloadJSON(event.body, encoder: EventCoding.payloadEncoder()))
        }
        let stats = try store.journal.read { try StatsReport(journal: $0) }
        let cycle = try #require(stats.cycle)
        #expect(cycle.education == .init(sessions: 1, headcount: 120, registeredAttendances: 1, registeredWorkers: 1, peopleReached: 120))
        #expect(cycle.literacy == .init(sessions: 1, inPlacement: 1, reached: 1, reachedShare: 1))
        #expect(cycle.health == .init(inPlacement: 1, covered: 1, coveredShare: 1, lapsingIn30Days: 1))
        #expect(stats.json().contains(#""cycle":{"asOf":"2025-06-02","education":{"headcount":120,"#))
        store.close()  // writes a snapshot

        // From the snapshot…
        let again = try openStore(dir)
        #expect(again.loadedSnapshot != nil)
        #expect(again.state == live)
        again.close()
        // …and from the journal alone.
        for file in try FileManager.default.contentsOfDirectory(atPath: dir.path + "/data/snapshots") where file.hasPrefix("snapshot-") {
            try FileManager.default.removeItem(atPath: dir.path + "/data/snapshots/" + file)
        }
        let replayed = try openStore(dir, access: .readOnly)
        #expect(replayed.loadedSnapshot == nil)
        #expect(replayed.state == live)
        let card = try #require(replayed.state.detail(RecordID(.worker, 1), today: Day(year: 2025, month: 6, day: 2) ?? .none))
        #expect(card.healthCoverage?.policyNumber == "SF-9" && card.literacySessions == 1 && card.languageTests.count == 1)
        replayed.close()
        let report = Doctor.examine(directory: try DataDirectory(path: dir.path + "/data", create: false))
        #expect(report.findings.isEmpty, "\(report.findings)")
    }

    @Test func refusalsNameTheFieldInBothWordings() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try openStore(dir)
        defer { store.close() }
        func refusal(_ line: String) throws -> StoreRefusal? {
            if case .failure(let r) = store.execute(try ApplyLine.parse(line).get()) { return r }
            return nil
        }
        _ = try refusal(#"{"cmd": "registerWorker", "nik": "3273015204980001", "name": "Siti Aminah", "sex": "F", "birthDate": "1998-04-12", "province": "32"}"#)
        #expect(try refusal(#"{"cmd": "scheduleLiteracySession", "date": "2025-06-01", "online": true, "topic": "Menabung"}"#) == nil)
        let notAbroad = try #require(try refusal(#"{"cmd": "recordLiteracyParticipation", "session": "LS-000001", "worker": "W-000001"}"#))
        #expect(RefusalText.code(notAbroad) == "notInPlacement")
        #expect(RefusalText.message(notAbroad) == "W-000001 is registered; financial literacy is for workers in placement (departed, not returned)")
        let both = try #require(try refusal(#"{"cmd": "scheduleLiteracySession", "date": "2025-06-01", "online": true, "mission": "kbriSeoul", "topic": "M"}"#))
        #expect(RefusalText.code(both) == "literacyRunByMissionOrOnline")
        let noTopic = try #require(try refusal(#"{"cmd": "scheduleFair", "kind": "education", "venue": "Balai", "village": "Desa", "regency": "Kab", "province": "32", "date": "2025-06-01"}"#))
        #expect(RefusalText.message(noTopic) == "topic is required")
        // A language level that is not one is the line's error, naming the field.
        guard case .failure(let e) = ApplyLine.parse(#"{"cmd": "recordLanguageTest", "worker": "W-000001", "level": "N4", "date": "2025-06-01", "passed": true}"#)
        else { Issue.record("parsed"); return }
        #expect(e.field == "level")
    }
}
