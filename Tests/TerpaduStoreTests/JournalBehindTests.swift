import Foundation
import Testing
import TerpaduCore
import TerpaduTestSupport
@testable import TerpaduStore

/// A journal that lost acknowledged events (an older copy put back; the process test deletes a live
/// `-wal`) must never hand the same sequence numbers and IDs out again.
@Suite struct JournalBehindTests {
    static let journalFiles = ["journal.sqlite", "journal.sqlite-wal", "journal.sqlite-shm"]

    /// Copies the closed journal's files aside, for putting back later.
    static func saveJournal(_ dir: TempDir) {
        for f in journalFiles {
            let from = dir.path + "/data/" + f, to = dir.path + "/saved-" + f
            try? FileManager.default.removeItem(atPath: to)
            if FileManager.default.fileExists(atPath: from) { try? FileManager.default.copyItem(atPath: from, toPath: to) }
        }
    }

    static func putJournalBack(_ dir: TempDir) {
        for f in journalFiles {
            let to = dir.path + "/data/" + f, from = dir.path + "/saved-" + f
            try? FileManager.default.removeItem(atPath: to)
            if FileManager.default.fileExists(atPath: from) { try? FileManager.default.copyItem(atPath: from, toPath: to) }
        }
    }

    /// Three workers, the journal saved aside, then `more` workers: returns the last sequence handed out.
    static func journalSavedThenMore(_ dir: TempDir, more: Int) throws -> Int64 {
        var store = try openStore(dir)
        for i in 0..<3 { _ = store.execute(registration(i)) }
        store.close()
        saveJournal(dir)
        store = try openStore(dir)
        for i in 3..<(3 + more) { _ = store.execute(registration(i)) }
        defer { store.close() }  // writes a snapshot as of the last event
        return store.state.lastSeq
    }

    static func registeredID(_ result: Result<[Event], StoreRefusal>) -> RecordID? {
        guard case .success(let events) = result, case .workerRegistered(let p)? = events.first?.body else { return nil }
        return p.worker
    }

    @Test func anOlderJournalPutBackIsRefusedUntilRepairedAndNoIDIsHandedOutTwice() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let handedOut = try Self.journalSavedThenMore(dir, more: 4)
        // The snapshot written at close would also witness; take it away to prove the marks alone do.
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path + "/data/snapshots") where name.hasPrefix("snapshot-") {
            try FileManager.default.removeItem(atPath: dir.path + "/data/snapshots/" + name)
        }
        Self.putJournalBack(dir)

        var store = try openStore(dir)
        let behind = try #require(store.behind)
        #expect(behind.journal.seq == 4)
        #expect(behind.handedOut.seq == handedOut)
        #expect(behind.handedOut.number(.worker) == 7)
        #expect(behind.description.contains("terpadu doctor --repair"))
        #expect(behind.description.contains("terpadu backup restore"))
        let refused = store.execute(registration(100))
        guard case .failure(.failed(.journalBehind)) = refused else {
            Issue.record("a journal behind its marks accepted \(refused)")
            return
        }
        #expect(store.state.lastSeq == 4)
        store.close()

        let directory = try DataDirectory(path: dir.path + "/data", create: false)
        #expect(Doctor.examine(directory: directory).findings.contains { $0.contains("behind") && $0.contains("--repair") })
        let report = try Store.repair(directory: directory, operator: "supervisor", clock: { fixedMillis })
        let gap = try #require(report.gap)
        #expect(gap.seq == handedOut + 1)
        #expect(gap.lostNumbers[.worker] == 4...7)
        #expect(gap.lostEvents == 5...handedOut)

        store = try openStore(dir)
        #expect(store.behind == nil)
        let next = store.execute(registration(100))
        #expect(Self.registeredID(next) == RecordID(.worker, 8))
        if case .success(let events) = next { #expect(events.first?.seq == handedOut + 2) }
        #expect(store.state.gap(losing: RecordID(.worker, 5))?.seq == handedOut + 1)
        store.close()
        let after = Doctor.examine(directory: directory)
        #expect(after.isClean, "\(after.findings)")
        #expect(after.passed.contains { $0.contains("events 5…\(handedOut): lost, see event \(handedOut + 1)") }, "\(after.passed)")
    }

    @Test func aSnapshotAheadOfTheJournalWitnessesAndBecomesTheBaseThatIsNeverPruned() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let snapshotSeq = try Self.journalSavedThenMore(dir, more: 2)  // snapshot 6 holds W-000004 and W-000005
        Self.putJournalBack(dir)
        try FileManager.default.removeItem(atPath: dir.path + "/data/" + IssuedMarks.fileName)

        var store = try openStore(dir)
        let behind = try #require(store.behind, "the snapshot alone must witness the loss")
        #expect(behind.witness.contains("snapshot-"))
        store.close()

        let directory = try DataDirectory(path: dir.path + "/data", create: false)
        let report = try Store.repair(directory: directory, operator: "supervisor", clock: { fixedMillis })
        #expect(report.baseSnapshot == SnapshotDirectory.fileName(for: UInt64(snapshotSeq)))
        let gap = try #require(report.gap)
        #expect(gap.baseSnapshot == snapshotSeq)
        #expect(gap.lostEvents == nil)

        store = try openStore(dir)
        #expect(store.state.workerCount == 5, "the workers only the snapshot held are kept")
        #expect(store.state.summary(RecordID(.worker, 5)) != nil)
        // Many snapshots later the base is still there, and a replay from the journal still works.
        for i in 0..<5 {
            _ = store.execute(registration(10 + i))
            try store.writeSnapshot()
        }
        store.close()
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path + "/data/snapshots")
        #expect(names.contains(SnapshotDirectory.fileName(for: UInt64(snapshotSeq))))
        let doctor = Doctor.examine(directory: directory)
        #expect(doctor.isClean, "\(doctor.findings)")
    }

    /// Four writers starting at once: one commits and raises the marks between another's reading of
    /// the journal and its look at the marks. That is no loss (the four-writer process test met it).
    @Test func marksRaisedByACommitAfterThisProcessReadTheJournalAreNoLoss() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let first = try openStore(dir)
        defer { first.close() }
        let second = try openStore(dir)
        defer { second.close() }
        for i in 0..<5 { _ = second.execute(registration(i)) }
        #expect(first.behind == nil)
        #expect(Self.registeredID(first.execute(registration(50))) == RecordID(.worker, 6))
    }
}
