import Foundation
import GRDB
import Testing
import TerpaduCore
import TerpaduTestSupport
@testable import TerpaduStore

/// SQLite's write lock held by another connection (as another process's import holds it) until
/// `release()`: a second `Journal` whose write transaction waits on a thread of its own.
final class WriteLockHolder: @unchecked Sendable {
    private let held = DispatchSemaphore(value: 0)
    private let go = DispatchSemaphore(value: 0)
    private let done = DispatchSemaphore(value: 0)

    struct NotHeld: Error {}

    init(path: String) throws {
        let journal = try Journal(path: path)
        Thread.detachNewThread { [self] in
            try? journal.write { _ in
                held.signal()
                go.wait()
            }
            done.signal()
        }
        guard held.wait(timeout: .now() + 10) == .success else {
            go.signal()
            throw NotHeld()
        }
    }

    func release() {
        go.signal()
        done.wait()
    }
}

/// Something done on a thread of its own, and whether it has finished.
final class Pending<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: T?

    init(_ body: @escaping @Sendable () -> T) {
        Thread.detachNewThread { [self] in
            let v = body()
            lock.withLock { value = v }
        }
    }

    var result: T? { lock.withLock { value } }
}

@Suite struct ReadsDuringWriteTests {
    /// The writer of this process waits for SQLite's write lock (another connection holds it); the
    /// state, a record's history and a refresh answer meanwhile, and the command is saved once the
    /// lock is free.
    @Test func readsAnswerWhileACommandWaitsForTheWriteLock() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try openStore(dir)
        defer { store.close() }
        guard case .success(let first) = store.execute(registration(0)), let worker = first.first?.body.recordIDs.first else {
            Issue.record("the first registration was refused")
            return
        }
        let holder = try WriteLockHolder(path: store.journal.path)
        let queue = try #require(store.journal.writeQueue, "the writers' line file could not be mapped")
        let ticketsBefore = queue.nextTicket
        let execute = Pending { store.execute(registration(1)) }
        // The command has taken its ticket in the writers' line, so it is inside `Journal.write`
        // (with the old single lock, it held the state's lock from here to its commit).
        #expect(eventually(seconds: 10) { queue.nextTicket != ticketsBefore })

        let workers = Pending { store.withState { $0.workerCount } }
        let history = Pending { (try? store.timeline(of: worker))?.count ?? -1 }
        let refreshed = Pending { (try? store.refresh())?.count ?? -1 }
        #expect(eventually(seconds: 10) { workers.result != nil && history.result != nil && refreshed.result != nil })
        #expect(execute.result == nil, "the command should still be waiting for the write lock")
        #expect(workers.result == 1)
        #expect(history.result == 1)
        #expect(refreshed.result == 0)

        holder.release()
        #expect(eventually(seconds: 30) { execute.result != nil })
        guard case .success(let events)? = execute.result else {
            Issue.record("the command failed after the lock was released: \(String(describing: execute.result))")
            return
        }
        #expect(events.first?.seq == 3)
        #expect(store.withState { $0.workerCount } == 2)
        #expect(try store.journal.maxSeq() == 3)
    }

    /// A transaction whose commit fails after its events were applied in memory: nobody sees them (or
    /// the state moved out for the transaction) meanwhile, and afterwards the state is the journal's.
    @Test func aFailedCommitLeavesNoHalfAppliedStateVisible() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try openStore(dir)
        defer { store.close() }
        _ = store.execute(registration(0))
        let baseline = store.withState { ($0.workerCount, $0.lastSeq) }
        // A deferred foreign key broken by a registration named "Gagal Simpan": SQLite refuses the
        // COMMIT itself, after the body returned and the first registration was applied in memory.
        try store.journal.queue.write { db in
            try db.execute(sql: """
                CREATE TABLE trap_parent(id INTEGER PRIMARY KEY);
                CREATE TABLE trap(parent INTEGER REFERENCES trap_parent(id) DEFERRABLE INITIALLY DEFERRED);
                CREATE TRIGGER trap_commit AFTER INSERT ON events WHEN NEW.payload LIKE '%Gagal Simpan%'
                BEGIN INSERT INTO trap(parent) VALUES (1); END;
                """)
        }
        let stop = Box(false)
        let seen = Box<Set<String>>([])
        let watcher = Pending {
            while !stop.get() {
                let now = store.withState { "\($0.workerCount)/\($0.lastSeq)/\($0.hasReference)" }
                seen.mutate { _ = $0.insert(now) }
            }
            return true
        }
        for _ in 0..<10 {
            let results = store.executeBatch([registration(1), registration(2, name: "Gagal Simpan")], batchSize: 2)
            #expect(results.count == 2)
            for result in results {
                guard case .failure(.failed) = result else {
                    Issue.record("expected the commit to fail, got \(result)")
                    continue
                }
            }
            #expect(store.withState { ($0.workerCount, $0.lastSeq) } == baseline)
        }
        stop.mutate { $0 = true }
        #expect(eventually(seconds: 10) { watcher.result != nil })
        #expect(seen.get() == ["\(baseline.0)/\(baseline.1)/true"])
        #expect(try store.journal.maxSeq() == baseline.1)

        try store.journal.queue.write { db in try db.execute(sql: "DROP TRIGGER trap_commit") }
        guard case .success(let events) = store.execute(registration(1)) else {
            Issue.record("the store did not write again after the failed commits")
            return
        }
        #expect(events.first?.seq == baseline.1 + 1)
        #expect(store.withState { $0.workerCount } == baseline.0 + 1)
        #expect(store.withState { $0 } == (try fullReplay(store.journal)))
    }

    /// Two stores on one directory (two connections, as two processes) write at once while one of
    /// them follows the other through its change feed and is read all the while: the locks are
    /// taken in one order, so everything finishes, and the followed state is the journal's.
    @Test func writersReadersAndTheChangeFeedTogetherFinish() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try openStore(dir, op: "ani")
        let other = try openStore(dir, op: "budi")
        defer { desk.close(); other.close() }
        desk.startChangeFeed(interval: .milliseconds(5)) { _ in }
        let mine = Pending { (0..<40).map { desk.execute(registration($0)) } }
        let theirs = Pending { (0..<40).map { other.execute(registration(100 + $0)) } }
        let reads = Pending {
            var answered = 0
            for _ in 0..<200 {
                _ = desk.withState { $0.workerCount }
                if (try? desk.refresh()) != nil { answered += 1 }
                _ = try? desk.timeline(of: RecordID(.worker, 1))
            }
            return answered
        }
        #expect(eventually(seconds: 120) { mine.result != nil && theirs.result != nil && reads.result != nil })
        let saved = (mine.result ?? []) + (theirs.result ?? [])
        #expect(saved.count == 80)
        #expect(saved.allSatisfy { if case .success = $0 { true } else { false } })
        #expect(reads.result == 200)
        try desk.refresh()
        #expect(desk.withState { $0.workerCount } == 80)
        #expect(desk.withState { $0 } == (try fullReplay(desk.journal)))
    }
}
