import Testing
@testable import TerpaduCore

@Suite("The snapshot codec")
struct SnapshotCodecTests {
    @Test("a decoded snapshot is the same state: same bytes again, same counters, same answers")
    func roundTrip() throws {
        let set = GeneratedSets.build(workers: 400)
        let bytes = SnapshotCodec.encode(set.state)
        let decoded = try bytes.withUnsafeBytes { try SnapshotCodec.decode($0) }
        #expect(SnapshotCodec.encode(decoded) == bytes)
        #expect(decoded.counters == set.state.counters)
        #expect(decoded.counters == decoded.recount())
        #expect(decoded.lastSeq == set.state.lastSeq)
        #expect(decoded.queryWorkers(WorkerFilter(name: "siti")) == set.state.queryWorkers(WorkerFilter(name: "siti")))
        let someone = try #require(set.state.summary(RecordID(.worker, 17)))
        #expect(decoded.summary(RecordID(.worker, 17)) == someone)
    }

    @Test("a decoded state goes on accepting commands like the original")
    func decodedStateKeepsWorking() throws {
        var desk = Desk()
        let w = desk.register(name: "Dewi Lestari")
        var copy = try SnapshotCodec.encode(desk.state).withUnsafeBytes { try SnapshotCodec.decode($0) }
        let nik = desk.nextNIK(sex: .female, birth: Fixture.day(1995, 1, 1))
        let draft = WorkerDraft(nik: nik, name: "Rina Wati", sex: .female, birthDate: Fixture.day(1995, 1, 1), province: "33")
        let original = desk.state.execute(.registerWorker(draft), context: desk.context)
        let restored = copy.execute(.registerWorker(draft), context: desk.context)
        #expect(original == restored)
        #expect(copy.status(of: w) == .registered)
    }

    @Test("10,000 random and mutated snapshots give a typed error or a state, never a crash")
    func fuzzedInputsNeverCrash() {
        let valid = SnapshotCodec.encode(GeneratedSets.build(workers: 60).state)
        var rng = SeededRandom(seed: 99)
        var errors = 0
        for i in 0..<10_000 {
            var bytes: [UInt8]
            switch i % 4 {
            case 0: bytes = (0..<rng.below(512)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            case 1: bytes = Array(valid.prefix(rng.below(valid.count)))
            default:
                bytes = valid
                for _ in 0..<(1 + rng.below(8)) {
                    let at = rng.below(bytes.count)
                    bytes[at] = UInt8(truncatingIfNeeded: rng.next())
                }
            }
            do {
                let state = try bytes.withUnsafeBytes { try SnapshotCodec.decode($0) }
                _ = state.stageCounts()
                _ = state.queryWorkers(WorkerFilter(name: "a"))
            } catch {
                errors += 1
                #expect(error is SnapshotCodecError || "\(type(of: error))".contains("Decoding"))
            }
        }
        #expect(errors > 5_000)
    }
}
