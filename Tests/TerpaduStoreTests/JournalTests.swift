import Foundation
import Glibc
import Testing
import TerpaduTestSupport
@testable import TerpaduStore

@Suite struct JournalTests {
    func event(_ kind: String, _ ids: [String], op: String = "desk1", payload: String = "{\"a\":1}") -> NewJournalEvent {
        NewJournalEvent(timeMs: 1_714_566_896_789, operatorName: op, kind: kind, recordIDs: ids, payload: payload, schema: 1)
    }

    @Test func synchronousFullOnEveryConnection() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let path = tmp.file("journal.sqlite")
        let writer = try Journal(path: path)
        let second = try Journal(path: path)
        let reader = try Journal(path: path, access: .readOnly)
        for j in [writer, second, reader] {
            #expect(try j.synchronousLevel() == 2)
            #expect(try j.journalMode() == "wal")
        }
        #expect(mode(path) == 0o600)
    }

    @Test func appendAndReadBack() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let journal = try Journal(path: tmp.file("journal.sqlite"))
        #expect(try journal.maxSeq() == 0)
        let seqs = try journal.write { tx -> [Int64] in
            #expect(try tx.rows(after: 0).isEmpty)
            let s = try tx.append([
                event("registerWorker", ["W-000001"]),
                event("enroll", ["W-000001", "C-01", "W-000001"]),
                event("note", [], payload: "{\"text\":\"a \\\"quoted\\\" ünïcode\"}"),
                event("odd", ["we\"ird\\id", "tab\tid"]),
            ])
            try tx.upsertWorkerStage(WorkerStageRow(workerID: "W-000001", stage: "preparation", status: "registered", province: "32", version: 1))
            try tx.upsertWorkerStage(WorkerStageRow(workerID: "W-000002", stage: "placement", status: "deployed", country: "TW", version: 3))
            try tx.upsertWorkerStage(WorkerStageRow(workerID: "W-000001", stage: "preparation", status: "trained", province: "32", version: 2))
            try tx.setCounters(["stage.preparation": 1, "stage.placement": 1])
            try tx.addCounters(["stage.preparation": 2, "workers": 5])
            try tx.setMeta("k", "v")
            return s
        }
        #expect(seqs == [1, 2, 3, 4])
        let rows = try journal.rows(after: 0)
        #expect(rows.map(\.seq) == [1, 2, 3, 4])
        #expect(rows[1].recordIDs == ["W-000001", "C-01"])
        #expect(rows[1].operatorName == "desk1")
        #expect(rows[1].time == "2024-05-01T12:34:56.789Z")
        #expect(rows[2].recordIDs.isEmpty)
        #expect(rows[2].payload == "{\"text\":\"a \\\"quoted\\\" ünïcode\"}")
        #expect(rows[3].recordIDs == ["we\"ird\\id", "tab\tid"])
        #expect(try journal.rows(after: 2, limit: 1).map(\.seq) == [3])
        #expect(try journal.rows(forRecord: "W-000001").map(\.seq) == [1, 2])
        #expect(try journal.rows(forRecord: "C-01").map(\.kind) == ["enroll"])
        #expect(try journal.rows(forRecord: "nobody").isEmpty)
        #expect(try journal.lastChange() == LastChange(seq: 4, operatorName: "desk1", timeMs: 1_714_566_896_789))
        try journal.read { r throws in
            #expect(try r.stageCounts() == ["preparation": 1, "placement": 1])
            #expect(try r.statusCounts() == ["trained": 1, "deployed": 1])
            #expect(try r.counters() == ["stage.preparation": 3, "stage.placement": 1, "workers": 5])
            #expect(try r.workerStage(id: "W-000001")?.version == 2)
            #expect(try r.meta("k") == "v")
        }
        #expect(try journal.integrityCheck().isEmpty)
        // a rolled-back transaction leaves nothing
        struct Refused: Error {}
        #expect(throws: Refused.self) {
            try journal.write { tx in
                try tx.append(event("x", ["W-9"]))
                throw Refused()
            }
        }
        #expect(try journal.maxSeq() == 4)
        #expect(try journal.rows(forRecord: "W-9").isEmpty)
    }

    @Test func timeFormatting() {
        #expect(ISO8601UTC.format(milliseconds: 0) == "1970-01-01T00:00:00.000Z")
        #expect(ISO8601UTC.format(milliseconds: 951_782_400_000) == "2000-02-29T00:00:00.000Z")
        #expect(ISO8601UTC.format(milliseconds: -1) == "1969-12-31T23:59:59.999Z")
        #expect(ISO8601UTC.format(milliseconds: 4_102_444_799_999) == "2099-12-31T23:59:59.999Z")
    }

    @Test func readOnlyRefusesWrites() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let path = tmp.file("journal.sqlite")
        #expect(throws: JournalError.missing(path: path)) { try Journal(path: path, access: .readOnly) }
        let writer = try Journal(path: path)
        try writer.write { try $0.append(event("a", ["W-1"])) }
        let reader = try Journal(path: path, access: .readOnly)
        #expect(throws: JournalError.readOnly) { try reader.write { try $0.append(event("b", [])) } }
        #expect(throws: JournalError.readOnly) { try reader.bulkBuild { _ throws in () } }
        #expect(try reader.maxSeq() == 1)
        #expect(try writer.maxSeq() == 1)
    }

    @Test func notADatabaseGivesDoctorMessage() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let path = tmp.file("journal.sqlite")
        writeBytes(Array(repeating: 0x42, count: 8192), to: path)
        for access in [StoreAccess.readWrite, .readOnly] {
            do {
                _ = try Journal(path: path, access: access)
                Issue.record("opened a file that is not a database")
            } catch {
                guard case .corrupt = error else {
                    Issue.record("expected .corrupt, got \(error)")
                    continue
                }
                #expect(error.description.contains("terpadu doctor"))
            }
        }
    }

    @Test func damagedPagesGiveDoctorMessage() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let path = tmp.file("journal.sqlite")
        do {
            let journal = try Journal(path: path)
            try journal.write { tx in
                for i in 0..<2000 { try tx.append(event("k", ["W-\(i)"], payload: String(repeating: "x", count: 200))) }
            }
            try journal.inDatabase { _ = try String.fetchAll($0, sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        }
        guard var bytes = contents(path), bytes.count > 40_000 else {
            Issue.record("journal too small")
            return
        }
        for i in 4096..<(bytes.count - 4096) { bytes[i] = 0xA5 }  // every page but the first
        writeBytes(bytes, to: path)
        var sawCorrupt = false
        do {
            let journal = try Journal(path: path)
            _ = try journal.rows(after: 0, limit: 5000)
            _ = try journal.rows(forRecord: "W-5")
        } catch let error as JournalError {
            if case .corrupt = error { sawCorrupt = true }
            #expect(error.description.contains("terpadu doctor"), "\(error)")
        }
        #expect(sawCorrupt)
    }

    @Test func bulkBuildRestoresFull() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let journal = try Journal(path: tmp.file("journal.sqlite"))
        let count = try journal.bulkBuild { session -> Int in
            #expect(try journal.synchronousLevel() == 0)
            #expect(try journal.journalMode() == "memory")
            #expect(try journal.directoryState() == "building")
            for batch in 0..<10 {
                try session.write { tx in
                    for i in 0..<100 { try tx.append(event("seed", ["W-\(batch * 100 + i)"])) }
                }
            }
            // Still without the WAL after writing (a WAL file on disk would have put it back).
            #expect(try journal.journalMode() == "memory")
            #expect(fileSize(journal.path + "-wal") == 0)
            return 1000
        }
        #expect(count == 1000)
        #expect(try journal.synchronousLevel() == 2)
        #expect(try journal.journalMode() == "wal")
        // The WAL is left grown (zeros past the header), so the next writer does not grow it commit by commit.
        #expect(fileSize(journal.path + "-wal") >= 8 << 20)
        #expect(try journal.directoryState() == "ready")
        #expect(try journal.maxSeq() == 1000)
        #expect(throws: JournalError.notEmpty(path: journal.path)) { try journal.bulkBuild { _ throws in () } }
    }

    @Test func theWALFileOutlivesTheLastConnection() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let path = tmp.file("journal.sqlite")
        do {
            let journal = try Journal(path: path)
            try journal.write { tx in for i in 0..<50 { try tx.append(event("e", ["W-\(i)"])) } }
        }
        #expect(fileSize(path + "-wal") > 0)
        let reopened = try Journal(path: path)
        #expect(try reopened.maxSeq() == 50)
        try reopened.write { try $0.append(event("e", ["W-51"])) }
        #expect(try reopened.maxSeq() == 51)
    }

    @Test func bulkBuildStaysInWALWhileAnotherConnectionHasTheFileOpen() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let journal = try Journal(path: tmp.file("journal.sqlite"))
        let other = try Journal(path: tmp.file("journal.sqlite"), access: .readOnly)
        #expect(try other.maxSeq() == 0)
        try journal.bulkBuild { session in
            #expect(try journal.journalMode() == "wal")
            try session.write { tx in try tx.append(event("seed", ["W-1"])) }
        }
        #expect(try other.maxSeq() == 1)
        #expect(try journal.synchronousLevel() == 2)
        #expect(try journal.directoryState() == "ready")
    }

    @Test func bulkBuildFailureStillRestoresFull() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let journal = try Journal(path: tmp.file("journal.sqlite"))
        struct Stop: Error {}
        #expect(throws: Stop.self) { try journal.bulkBuild { _ in throw Stop() } }
        #expect(try journal.synchronousLevel() == 2)
        #expect(try journal.journalMode() == "wal")
        #expect(try journal.directoryState() == "building")
    }
}

/// Uses a second connection and a polling thread.
@Suite(.serialized) struct ChangeFeedTests {
    @Test func seesCommitFromAnotherConnection() throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let path = tmp.file("journal.sqlite")
        let writer = try Journal(path: path)
        try writer.write { try $0.append(NewJournalEvent(operatorName: "a", kind: "first", payload: "{}")) }

        let received = Box<[ChangeFeedUpdate]>([])
        let feed = ChangeFeed(journalPath: path, after: 1, interval: .milliseconds(50)) { update in
            received.mutate { $0.append(update) }
        }
        feed.start()
        defer { feed.stop() }
        #expect(eventually { received.get().contains { $0.condition == .usable } })

        let other = try Journal(path: path)
        try other.write { tx in
            try tx.append(NewJournalEvent(timeMs: 1_000, operatorName: "desk2", kind: "second", recordIDs: ["W-7"], payload: "{}"))
            try tx.append(NewJournalEvent(timeMs: 2_000, operatorName: "desk2", kind: "third", payload: "{}"))
        }
        #expect(eventually { received.get().flatMap(\.rows).count == 2 })
        let updates = received.get()
        #expect(updates.flatMap(\.rows).map(\.seq) == [2, 3])
        #expect(updates.last?.lastChange == LastChange(seq: 3, operatorName: "desk2", timeMs: 2_000))
        #expect(updates.last?.condition == .usable)

        feed.stop()
        let countAfterStop = received.get().count
        try other.write { try $0.append(NewJournalEvent(operatorName: "x", kind: "late", payload: "{}")) }
        usleep(200_000)
        #expect(received.get().count == countAfterStop)
    }

    @Test func streamDeliversAndReportsUnusable() async throws {
        let tmp = TempDir()
        defer { tmp.remove() }
        let path = tmp.file("journal.sqlite")
        let (feed, stream) = ChangeFeed.stream(journalPath: path, after: 0, interval: .milliseconds(50))
        feed.start()
        var iterator = stream.makeAsyncIterator()
        let first = await iterator.next()
        if case .unusable = first?.condition {} else { Issue.record("expected unusable before the journal exists, got \(String(describing: first))") }
        let writer = try Journal(path: path)
        try writer.write { try $0.append(NewJournalEvent(operatorName: "a", kind: "k", payload: "{}")) }
        var rows: [JournalRow] = []
        while rows.isEmpty, let update = await iterator.next() { rows += update.rows }
        #expect(rows.map(\.seq) == [1])
        feed.stop()
        while await iterator.next() != nil {}
    }
}

/// The size of the file at `path` in bytes (0 when it is missing).
func fileSize(_ path: String) -> Int {
    var st = stat()
    return stat(path, &st) == 0 ? Int(st.st_size) : 0
}
