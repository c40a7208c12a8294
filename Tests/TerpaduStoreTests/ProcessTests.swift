import Foundation
import Glibc
import Testing
import TerpaduCore
import TerpaduTestSupport
@testable import TerpaduStore

/// Tests that run the built `terpadu apply` as child processes: SIGKILL at random moments, and four
/// writers at once. Serialized; each test has its own directory; waits poll with generous deadlines.
@Suite(.serialized) struct ProcessTests {
    init() { signal(SIGPIPE, SIG_IGN) }

    /// `TERPADU_CRASH_ITERATIONS` raises the count (default 200).
    @Test func killedWritersLoseNothingAcknowledged() throws {
        guard let exe = terpaduExecutable() else {
            Issue.record("the terpadu executable was not built beside the tests; run `swift build --build-tests` first")
            return
        }
        let iterations = max(1, Int(ProcessInfo.processInfo.environment["TERPADU_CRASH_ITERATIONS"] ?? "") ?? 200)
        let dir = FastTempDir("crash")
        defer { dir.remove() }
        do {
            let store = try Store.open(directory: try DataDirectory(path: dir.data), operator: "setup", seeds: .directory(seedsURL))
            store.close()
        }
        let journal = try Journal(path: dir.data + "/journal.sqlite", access: .readOnly)
        var rng = TestRandom(seed: 0xC0FFEE)
        var next = 0
        var acknowledged: [(seq: Int64, nik: String)] = []
        var killedMidway = 0
        var stored: [Int64: String] = [:]
        var lastRead: Int64 = 0
        var checked = 0
        for iteration in 0..<iterations {
            let count = 50 + rng.below(250)
            var lines: [String] = []
            var niks: [String] = []
            for _ in 0..<count {
                let (line, nik) = registrationLine(next)
                next += 1
                lines.append(line)
                niks.append(nik)
            }
            let batch = [1, 7, 100, 100][rng.below(4)]
            let child = try ApplyChild(executable: exe, data: dir.data, operatorName: "crash\(iteration % 4)",
                                       extra: ["--batch", String(batch)])
            try child.send(lines.joined(separator: "\n") + "\n")
            child.closeInput()
            if rng.below(8) == 0 {
                // Sometimes while it starts (opening, sweeping, catching up).
                usleep(UInt32(rng.below(100_000)))
            } else {
                // Mostly once it has acknowledged some lines: mid-batch, mid-commit or while snapshotting.
                child.waitForLines(rng.below(count + 1))
                usleep(UInt32(rng.below(3_000)))
            }
            child.kill()
            let (out, err, status) = child.finish()
            if status != 0 { killedMidway += 1 }
            let acks = ApplyAck.parse(out)
            for ack in acks {
                #expect(ack.ok, "line \(ack.line) refused: \(ack.reason ?? "?") \(err)")
                if ack.ok, let seq = ack.seq, ack.line >= 1, ack.line <= niks.count {
                    acknowledged.append((seq, niks[ack.line - 1]))
                }
            }
            // Every acknowledged registration is in the journal, at the sequence it was given.
            lastRead = try addRegisteredNIKs(journal, after: lastRead, into: &stored)
            for a in acknowledged[checked...] where stored[a.seq] != a.nik {
                Issue.record("iteration \(iteration): acknowledged seq \(a.seq) (NIK \(a.nik)) is not in the journal")
                return
            }
            checked = acknowledged.count
            if iteration % 25 == 24 {
                // A snapshot now and then (killed writers never write one), so start-up stays short.
                let store = try Store.open(directory: try DataDirectory(path: dir.data), operator: "snapshotter")
                _ = try store.writeSnapshot()
                store.close()
            }
            if iteration % 50 == 49 {
                let report = Doctor.examine(directory: try DataDirectory(path: dir.data, create: false))
                #expect(report.findings.isEmpty, "after iteration \(iteration): \(report.findings)")
            }
        }
        // Nothing half applied: the stage tables and counters equal a recount, snapshots equal the
        // journal, and the state a store opens equals a full replay.
        let report = Doctor.examine(directory: try DataDirectory(path: dir.data, create: false))
        #expect(report.findings.isEmpty, "\(report.findings)")
        let reopened = try Store.open(directory: try DataDirectory(path: dir.data, create: false), access: .readOnly,
                                      operator: "check")
        defer { reopened.close() }
        let replayed = try fullReplay(journal)
        #expect(StateFingerprint(reopened.state).difference(from: StateFingerprint(replayed)) == nil)
        let allNIKs = try registeredNIKs(journal)
        #expect(Set(allNIKs.values).count == replayed.workerCount)
        #expect(acknowledged.allSatisfy { allNIKs[$0.seq] == $0.nik })
        print("crash test: \(iterations) runs, \(killedMidway) killed before finishing, \(acknowledged.count) registrations acknowledged")
        #expect(killedMidway > 0)
    }

    /// Four writer processes apply `TERPADU_RACE_COMMANDS` (default 5,000) registrations each at once.
    @Test func fourWritersAtOnce() throws {
        guard let exe = terpaduExecutable() else {
            Issue.record("the terpadu executable was not built beside the tests; run `swift build --build-tests` first")
            return
        }
        let perWriter = max(1, Int(ProcessInfo.processInfo.environment["TERPADU_RACE_COMMANDS"] ?? "") ?? 5_000)
        let dir = FastTempDir("race")
        defer { dir.remove() }
        do {
            let store = try Store.open(directory: try DataDirectory(path: dir.data), operator: "setup", seeds: .directory(seedsURL))
            store.close()
        }
        var inputs: [[(line: String, nik: String)]] = []
        for w in 0..<4 { inputs.append((0..<perWriter).map { registrationLine(w * perWriter + $0, operatorTag: "w\(w)-") }) }
        let children = try (0..<4).map { try ApplyChild(executable: exe, data: dir.data, operatorName: "writer\($0)") }
        // Feed from threads so a full pipe never blocks the others.
        let group = DispatchGroup()
        for (w, child) in children.enumerated() {
            let text = inputs[w].map(\.line).joined(separator: "\n") + "\n"
            DispatchQueue.global().async(group: group) {
                try? child.send(text)
                child.closeInput()
            }
        }
        let results = Box<[Int: (String, String, Int32)]>([:])
        for (w, child) in children.enumerated() {
            DispatchQueue.global().async(group: group) {
                let r = child.finish()
                results.mutate { $0[w] = r }
            }
        }
        #expect(group.wait(timeout: .now() + 600) == .success)
        var ids = Set<String>()
        var seqs = Set<Int64>()
        for w in 0..<4 {
            guard let (out, err, status) = results.get()[w] else { Issue.record("writer \(w) did not finish"); continue }
            #expect(status == 0, "writer \(w): \(err)")
            let acks = ApplyAck.parse(out)
            #expect(acks.count == perWriter)
            #expect(acks.allSatisfy { $0.ok })
            for a in acks {
                if let id = a.id { #expect(ids.insert(id).inserted, "ID \(id) handed out twice") }
                if let seq = a.seq { #expect(seqs.insert(seq).inserted, "seq \(seq) handed out twice") }
            }
        }
        let journal = try Journal(path: dir.data + "/journal.sqlite", access: .readOnly)
        let stored = try registeredNIKs(journal)
        #expect(stored.count == 4 * perWriter)
        #expect(Set(stored.values) == Set(inputs.flatMap { $0.map(\.nik) }))
        let report = Doctor.examine(directory: try DataDirectory(path: dir.data, create: false))
        #expect(report.findings.isEmpty, "\(report.findings)")
    }

    /// Two processes editing the same worker from the same version: one is saved, the other refused
    /// with `conflict`, never a silent overwrite.
    @Test func twoProcessesEditingOneWorker() throws {
        guard let exe = terpaduExecutable() else {
            Issue.record("the terpadu executable was not built beside the tests; run `swift build --build-tests` first")
            return
        }
        let dir = FastTempDir("conflict")
        defer { dir.remove() }
        do {
            let store = try Store.open(directory: try DataDirectory(path: dir.data), operator: "setup", seeds: .directory(seedsURL))
            _ = store.execute(registration(1))
            store.close()
        }
        let children = try (0..<2).map { try ApplyChild(executable: exe, data: dir.data, operatorName: "desk\($0)") }
        for (i, child) in children.enumerated() {
            try child.send(#"{"cmd": "updateWorker", "worker": "W-000001", "expectedVersion": 1, "phone": "08120000000\#(i)"}"# + "\n")
            child.closeInput()
        }
        let acks = children.map { ApplyAck.parse($0.finish().stdout) }.flatMap { $0 }
        #expect(acks.count == 2)
        #expect(acks.filter { $0.ok }.count == 1)
        #expect(acks.filter { $0.reason == "conflict" }.count == 1)
        let journal = try Journal(path: dir.data + "/journal.sqlite", access: .readOnly)
        let updates = try journal.rows(after: 0).filter { $0.kind == "workerUpdated" }
        #expect(updates.count == 1)
    }
}
