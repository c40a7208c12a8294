import Foundation
import Testing
import TerpaduCore
import TerpaduTestSupport
@testable import TerpaduStore

@Suite struct StoreTests {
    @Test func newDirectoryStartsWithReferenceData() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try openStore(dir)
        defer { store.close() }
        #expect(store.state.lastSeq == 1)
        #expect(store.state.referenceData.provinces.count == 38)
        let first = try store.journal.rows(after: 0)
        #expect(first.map(\.kind) == ["referenceLoaded"])
    }

    @Test func executeThenReopenGivesTheSameState() throws {
        let dir = TempDir()
        defer { dir.remove() }
        do {
            let store = try openStore(dir)
            for i in 0..<20 {
                let result = store.execute(registration(i))
                guard case .success(let events) = result else { Issue.record("refused: \(result)"); return }
                #expect(events.first?.seq == Int64(i + 2))
            }
            store.close()  // writes a snapshot (this process holds the lock)
        }
        let again = try openStore(dir)
        defer { again.close() }
        #expect(again.loadedSnapshot?.sequence == 21)
        #expect(again.state.workerCount == 20)
        #expect(again.state.lastSeq == 21)
        #expect(again.state.counters == again.state.recount())
        let stages = try again.journal.read { try $0.stageCounts() }
        #expect(stages["preparation"] == 20)
        let counters = try again.journal.read { try $0.counters() }
        #expect(counters["workers"] == 20)
        #expect(counters["status.registered"] == 20)
    }

    @Test func snapshotPlusJournalTail() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try openStore(dir)
        for i in 0..<5 { _ = store.execute(registration(i)) }
        let outcome = try store.writeSnapshot()
        guard case .written(let info, _, _) = outcome else { Issue.record("\(outcome)"); return }
        #expect(info.sequence == 6)
        for i in 5..<9 { _ = store.execute(registration(i)) }
        let expected = store.state
        // Simulate a crash: no close, so no snapshot of the tail.
        store.snapshots.close()
        let again = try openStore(dir)
        defer { again.close() }
        #expect(again.loadedSnapshot?.sequence == 6)
        #expect(again.state.lastSeq == expected.lastSeq)
        #expect(again.state.workerCount == 9)
        #expect(again.state.counters == expected.counters)
        #expect(StateFingerprint(again.state).difference(from: StateFingerprint(expected)) == nil)
    }

    @Test func conflictOnExpectedVersionAcrossTwoStores() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let a = try openStore(dir, op: "ani")
        let b = try openStore(dir, op: "budi")
        defer { a.close(); b.close() }
        guard case .success(let events) = a.execute(registration(1)), let w = events.first?.body.recordIDs.first else {
            Issue.record("registration refused"); return
        }
        // b has not seen the worker yet; it catches up under the write lock.
        let seen = 1
        let first = b.execute(.updateWorker(WorkerUpdate(worker: w, expectedVersion: seen, phone: "0812000001")))
        guard case .success = first else { Issue.record("first edit refused: \(first)"); return }
        let second = a.execute(.updateWorker(WorkerUpdate(worker: w, expectedVersion: seen, phone: "0812000002")))
        guard case .failure(.refused(let refusals, let since)) = second else { Issue.record("second edit was not refused: \(second)"); return }
        #expect(refusals.reasons == [.conflict(record: w, expectedVersion: 1, currentVersion: 2)])
        #expect(since.map(\.kind) == ["workerUpdated"])
        #expect(since.first?.operatorName == "budi")
        #expect(a.state.version(of: w) == 2)
    }

    @Test func readOnlyRefusesEveryCommandAndWritesNoSnapshot() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let rw = try openStore(dir)
        _ = rw.execute(registration(1))
        rw.close()
        let before = try FileManager.default.contentsOfDirectory(atPath: dir.path + "/data/snapshots").sorted()
        let ro = try openStore(dir, access: .readOnly)
        #expect(ro.state.workerCount == 1)
        let result = ro.execute(registration(2))
        guard case .failure(.readOnly) = result else { Issue.record("not refused: \(result)"); return }
        let batch = ro.executeBatch([registration(3), registration(4)])
        #expect(batch.allSatisfy { if case .failure(.readOnly) = $0 { true } else { false } })
        #expect(throws: StoreError.self) { try ro.writeSnapshot() }
        ro.close()
        #expect(try rw.journal.maxSeq() == 2)
        let after = try FileManager.default.contentsOfDirectory(atPath: dir.path + "/data/snapshots").sorted()
        #expect(before == after)
    }

    @Test func batchAcknowledgesEachTransactionAfterCommit() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try openStore(dir)
        defer { store.close() }
        var commands = (0..<250).map { registration($0) }
        commands[10] = registration(10_000, name: "")  // refused: name required
        var acknowledged: [Range<Int>] = []
        let results = store.executeBatch(commands, batchSize: 100) { range, results in
            acknowledged.append(range)
            // Everything acknowledged is already in the journal.
            let max = (try? store.journal.maxSeq()) ?? 0
            let last = results.compactMap { try? $0.get().last?.seq }.max() ?? 0
            #expect(max >= last)
        }
        #expect(acknowledged == [0..<100, 100..<200, 200..<250])
        #expect(results.filter { if case .failure = $0 { true } else { false } }.count == 1)
        #expect(store.state.workerCount == 249)
        let counters = try store.journal.read { try $0.counters() }
        #expect(counters["workers"] == 249)
    }

    @Test func changeFeedAppliesOtherProcessesEvents() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let writer = try openStore(dir, op: "ani")
        let reader = try openStore(dir, access: .readOnly)
        defer { writer.close(); reader.close() }
        let seen = Box<[String]>([])
        reader.startChangeFeed(interval: .milliseconds(20)) { change in
            seen.mutate { $0 += change.events.map(\.operatorName) }
        }
        _ = writer.execute(registration(1))
        _ = writer.execute(registration(2))
        #expect(eventually { reader.state.workerCount == 2 })
        #expect(eventually { seen.get() == ["ani", "ani"] })
    }
}

@Suite struct EventCodingTests {
    @Test func kindMatchesTheCore() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let directory = try DataDirectory(path: dir.path + "/data")
        let reference = try seedsReference()
        let end = OfficeCalendar.jakarta.day(atMillis: fixedMillis)
        let (store, _) = try Store.seed(directory: directory, operator: "seeder", reference: reference,
                                        options: .demo(endDay: end), clock: { fixedMillis })
        store.close()
        var kinds = Set<String>()
        try store.journal.read { reader in
            try reader.forEachRow(after: 0) { row in
                let event = try EventCoding.event(row)
                #expect(row.kind == event.body.kind)
                // The fast payload encoder writes what Foundation's writes, and it reads back the same.
                let fast = try EventCoding.payloadJSON(event.body)
                let foundation = try EventCoding.payloadJSON(event.body, encoder: EventCoding.payloadEncoder())
                #expect(fast == foundation)
                #expect(row.payload == fast)
                #expect(row.kind == event.body.kind)
                kinds.insert(row.kind)
            }
        }
        #expect(kinds.count >= 20)
    }
}

@Suite struct PayloadJSONEncoderTests {
    struct Sample: Codable, Equatable {
        var text: String
        var list: [String]
        var nested: [String: Int]
        var optional: Int?
        var flag: Bool
        var big: Int64
        var correction: Correction
    }

    @Test func matchesFoundationOnAwkwardValues() throws {
        let awkward = "quote \" backslash \\ slash / tab \t nl \n cr \r bell \u{07} nul \u{00} é 漢 😀 \u{2028} del \u{7F}"
        let samples = [
            Sample(text: awkward, list: [awkward, ""], nested: ["b": 2, "a": 1, "B": 3, "aa": 4, "a1": 5], optional: nil,
                   flag: true, big: .min, correction: .amendResult(cohort: RecordID(.cohort, 1), worker: RecordID(.worker, 2),
                                                                   attendance: 1, score: 2, passed: false, certificateNumber: nil)),
            Sample(text: "", list: [], nested: [:], optional: 0, flag: false, big: .max, correction: .reinstate(worker: RecordID(.worker, 9))),
        ]
        for sample in samples {
            let fast = try PayloadJSONEncoder.encode(sample)
            let foundation = String(decoding: try EventCoding.payloadEncoder().encode(sample), as: UTF8.self)
            #expect(fast == foundation)
            #expect(try JSONDecoder().decode(Sample.self, from: Data(fast.utf8)) == sample)
        }
    }
}
