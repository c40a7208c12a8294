import Foundation
import GRDB
import Testing
import TerpaduCore
import TerpaduTestSupport
@testable import TerpaduStore

@Suite struct StoreRecoveryTests {
    @Test func damagedNewestSnapshotFallsBackWithAWarning() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try openStore(dir)
        for i in 0..<3 { _ = store.execute(registration(i)) }
        _ = try store.writeSnapshot()
        for i in 3..<6 { _ = store.execute(registration(i)) }
        guard case .written(let newest, _, _) = try store.writeSnapshot() else { Issue.record("no snapshot"); return }
        for i in 6..<8 { _ = store.execute(registration(i)) }
        let expected = StateFingerprint(store.state)
        store.close()
        // Flip a byte in the newest snapshot's payload (close wrote a newer one: damage that too).
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path + "/data/snapshots")
            .filter { $0.hasPrefix("snapshot-") }.sorted()
        for name in names where name >= newest.fileName {
            var bytes = contents(dir.path + "/data/snapshots/" + name) ?? []
            bytes[bytes.count / 2] ^= 0xFF
            writeBytes(bytes, to: dir.path + "/data/snapshots/" + name)
        }
        let again = try openStore(dir)
        defer { again.close() }
        #expect(again.loadedSnapshot?.sequence == 4)
        #expect(again.openWarnings.count == names.filter { $0 >= newest.fileName }.count)
        #expect(again.openWarnings.allSatisfy { $0.reason.contains("skipped") })
        #expect(StateFingerprint(again.state).difference(from: expected) == nil)
    }

    @Test func snapshotsInTheBackgroundByPolicy() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try openStore(dir, policy: SnapshotPolicy(everyEvents: 5, everySeconds: .infinity))
        for i in 0..<12 { _ = store.execute(registration(i)) }
        store.waitForSnapshots()
        let list = try store.snapshots.list()
        #expect(!list.isEmpty)
        #expect(list.allSatisfy { $0.sequence >= 5 })
        #expect(store.takeWarnings().isEmpty)
        store.close()
    }

    @Test func doctorFindsTamperedStageTables() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try openStore(dir)
        for i in 0..<4 { _ = store.execute(registration(i)) }
        store.close()
        let directory = try DataDirectory(path: dir.path + "/data", create: false)
        #expect(Doctor.examine(directory: directory).isClean)
        let queue = try DatabaseQueue(path: directory.journalPath)
        try queue.write { db in
            try db.execute(sql: "UPDATE worker_stage SET status = 'working', stage = 'placement' WHERE worker_id = 'W-000002'")
            try db.execute(sql: "UPDATE counters SET value = value + 1 WHERE name = 'workers'")
        }
        let report = Doctor.examine(directory: directory)
        #expect(report.findings.contains { $0.contains("W-000002") })
        #expect(report.findings.contains { $0.contains("counters: workers") })
    }
}

@Suite struct RestoreTests {
    @Test func restoreBuildsANewDirectoryAsOfAnEvent() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try openStore(dir)
        for i in 0..<6 { _ = store.execute(registration(i)) }
        _ = try store.writeSnapshot()  // as of event 7
        for i in 6..<12 { _ = store.execute(registration(i)) }
        _ = store.execute(.updateWorker(WorkerUpdate(worker: RecordID(.worker, 2), phone: "0812")))
        let before = try store.journal.maxSeq()
        store.close()

        // Replayed from nothing to event 10, for comparison.
        var expected = TerpaduState()
        try store.journal.read { reader in
            try reader.forEachRow(after: 0) { row in if row.seq <= 10 { expected.apply(try EventCoding.event(row)) } }
        }
        let target = try DataDirectory(path: dir.path + "/restored")
        let report = try Store.restore(from: try DataDirectory(path: dir.path + "/data", create: false), through: 10, to: target)
        #expect(report.snapshot?.sequence == 7)
        #expect(report.events == 10)
        #expect(report.workers == 9)

        let restored = try Store.open(directory: target, access: .readOnly, operator: "check")
        defer { restored.close() }
        #expect(StateFingerprint(restored.state).difference(from: StateFingerprint(expected)) == nil)
        #expect(try restored.journal.maxSeq() == 10)
        #expect(Doctor.examine(directory: target).findings.isEmpty)
        // The source is untouched.
        let source = try Journal(path: dir.path + "/data/journal.sqlite", access: .readOnly)
        #expect(try source.maxSeq() == before)
        // Not past the end, not into a directory that holds events.
        #expect(throws: StoreError.self) {
            try Store.restore(from: try DataDirectory(path: dir.path + "/data", create: false), through: before + 1,
                              to: try DataDirectory(path: dir.path + "/other"))
        }
        #expect(throws: StoreError.self) {
            try Store.restore(from: try DataDirectory(path: dir.path + "/data", create: false), through: 3, to: target)
        }
    }
}
