import Foundation
import Glibc
import Testing
import TerpaduTestSupport
@testable import TerpaduStore

/// The `terpadu` executable's headless commands, run as a user would: output and exit statuses.
@Suite(.serialized) struct CommandLineTests {
    init() { signal(SIGPIPE, SIG_IGN) }

    @Test func overviewApplyStatsDoctorAndExitStatuses() throws {
        guard let exe = terpaduExecutable() else {
            Issue.record("the terpadu executable was not built beside the tests; run `swift build --build-tests` first")
            return
        }
        let dir = FastTempDir("cli")
        defer { dir.remove() }
        // An empty (not yet existing) directory: the overview says so and lists the commands.
        let overview = try runTerpadu(exe, ["--data", dir.data])
        #expect(overview.status == 0)
        #expect(overview.stdout.contains("Data directory: \(dir.data)"))
        #expect(overview.stdout.contains("State: empty"))
        #expect(overview.stdout.contains("terpadu apply"))
        // Apart from the directory's own path, it reads on an 80-column terminal without wrapping.
        for line in overview.stdout.split(separator: "\n") where !line.contains(dir.data) {
            #expect(line.count <= 80, "wider than 80 columns: \(line)")
        }

        // All accepted: exit 0, one result line per input line.
        let good = (0..<3).map { registrationLine($0).line }.joined(separator: "\n") + "\n"
        let first = try runTerpadu(exe, ["apply", "--data", dir.data], input: good)
        #expect(first.status == 0, "\(first.stderr)")
        let acks = ApplyAck.parse(first.stdout)
        #expect(acks.map(\.line) == [1, 2, 3])
        #expect(acks.map(\.id) == ["W-000001", "W-000002", "W-000003"])

        // Any refused: exit 1; bad lines name the field and the reason.
        let mixed = registrationLine(3).line + "\n" + registrationLine(0).line + "\n"
            + #"{"cmd": "recordDeparture", "worker": "W-000001", "date": "31-12-2025"}"# + "\n"
        let second = try runTerpadu(exe, ["apply", "--data", dir.data], input: mixed)
        #expect(second.status == 1)
        let lines = second.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix(#"{"ok":true,"line":1"#))
        #expect(lines[1].contains(#""reason":"duplicateNIK""#))
        #expect(lines[2].contains(#""field":"date""#) && lines[2].contains(#""reason":"invalidField""#))

        // The overview of a directory in use: state, last change and stage counts, still 80 columns wide.
        let inUse = try runTerpadu(exe, ["--data", dir.data])
        #expect(inUse.stdout.contains("State: ready, 4 workers"))
        #expect(inUse.stdout.contains("Stages: preparation 4,"))
        for line in inUse.stdout.split(separator: "\n") where !line.contains(dir.data) {
            #expect(line.count <= 80, "wider than 80 columns: \(line)")
        }

        let table = try runTerpadu(exe, ["stats", "--by", "country", "--data", dir.data])
        #expect(table.status == 0)
        #expect(table.stdout.contains("registered"))
        for line in table.stdout.split(separator: "\n") {
            #expect(line.count <= 80, "wider than 80 columns: \(line)")
        }

        // stats --json: the four stages plus exited add up to workers.
        let stats = try runTerpadu(exe, ["stats", "--json", "--data", dir.data])
        #expect(stats.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any]
        let workers = object?["workers"] as? Int
        let stages = object?["stages"] as? [String: Int] ?? [:]
        #expect(workers == 4)
        #expect(stages.values.reduce(0, +) + (object?["exited"] as? Int ?? -1) == 4)
        #expect(Set(stages.keys) == ["preparation", "prePlacement", "placement", "postPlacement"])
        #expect((object?["asOf"] as? [String: Any])?["seq"] as? Int == 5)
        #expect(object?["statuses"] is [String: Int])
        #expect(object?.keys.contains("kpis") == true)

        // doctor: clean, then a finding and a non-zero exit after tampering.
        let clean = try runTerpadu(exe, ["doctor", "--data", dir.data])
        #expect(clean.status == 0, "\(clean.stdout)")
        let journal = try Journal(path: dir.data + "/journal.sqlite")
        try journal.write { tx in try tx.setCounters(["status.registered": 99]) }
        let dirty = try runTerpadu(exe, ["doctor", "--data", dir.data])
        #expect(dirty.status == 1)
        #expect(dirty.stdout.contains("counters: status.registered is 99"))

        // snapshot list / verify.
        let list = try runTerpadu(exe, ["snapshot", "list", "--data", dir.data])
        #expect(list.status == 0 && list.stdout.contains("snapshot-") && list.stdout.contains(" MB  "))
        for line in list.stdout.split(separator: "\n") {
            #expect(line.count <= 80, "wider than 80 columns: \(line)")
        }
        let verify = try runTerpadu(exe, ["snapshot", "verify", "--data", dir.data])
        #expect(verify.status == 0 && verify.stdout.contains("ok "))
    }

    @Test func unusableDirectoryExitsThree() throws {
        guard let exe = terpaduExecutable() else {
            Issue.record("the terpadu executable was not built beside the tests; run `swift build --build-tests` first")
            return
        }
        let dir = FastTempDir("cli-unsafe")
        defer { dir.remove() }
        _ = mkdir(dir.data, 0o700)
        _ = chmod(dir.data, 0o777)
        let result = try runTerpadu(exe, ["apply", "--data", dir.data], input: registrationLine(0).line + "\n")
        #expect(result.status == 3)
        #expect(result.stderr.contains("chmod 700"))
        #expect(result.stdout.isEmpty)
        let stats = try runTerpadu(exe, ["stats", "--data", dir.path + "/missing"])
        #expect(stats.status == 3)
        let seeds = try runTerpadu(exe, ["apply", "--data", dir.path + "/new", "--seeds", dir.path + "/nowhere"], input: "")
        #expect(seeds.status == 3)
        #expect(seeds.stderr.contains("--seeds"))
    }
}
