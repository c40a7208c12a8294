import Foundation
import Testing
import TerpaduTestSupport
import TmuxTesting

/// `terpadu watch` as a supervisor runs it: the real binary in tmux, another process committing.
@Suite(.serialized) struct BoardEndToEndTests {
    let exe = terpaduExecutable()

    @Test func withoutATerminalTheBoardSaysSoAndExitsTwo() throws {
        guard let exe else { Issue.record("no terpadu executable"); return }
        let dir = TempDir()
        defer { dir.remove() }
        let out = try runTerpadu(exe, ["watch", "--data", dir.path + "/data", "--lang", "en"])
        #expect(out.status == 2)
        #expect(out.stderr.contains("watch needs a terminal: run it with ssh -t"))
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/data"), "the board creates nothing")
    }

    /// While the board runs, another process applies 37 registrations: the board shows them, with
    /// who made the last one, and writes nothing to the directory.
    @Test(.enabled(if: tmuxAvailable)) func thirtySevenRegistrationsByAnotherProcessReachTheBoard() throws {
        guard let exe else { Issue.record("no terpadu executable"); return }
        let dir = TempDir()
        defer { dir.remove() }
        let data = dir.path + "/data"
        let first = (0..<3).map { registrationLine($0).line }.joined(separator: "\n") + "\n"
        #expect(try runTerpadu(exe, ["apply", "--data", data], input: first).status == 0)
        let s = try TmuxSession([exe, "watch", "--data", data, "--lang", "en"], term: "xterm-256color", width: 100, height: 30,
                                environment: ["TERPADU_SEEDS": seedsURL.path])
        defer { s.kill() }
        _ = try s.waitUntil("the first figures") { $0.contains("Preparation") && $0.contains("registered") && $0.contains(" 3 ") }

        let more = (3..<40).map { registrationLine($0).line }.joined(separator: "\n") + "\n"
        let applied = try runTerpadu(exe, ["apply", "--data", data], input: more, environment: ["TERPADU_OPERATOR": "budi"])
        #expect(applied.status == 0)
        let seqAfterApply = try seq(exe, data)
        let screen = try s.waitUntil("forty registered, by budi", timeout: .seconds(30)) {
            $0.contains("registered") && $0.contains("40") && $0.contains("by budi")
        }
        #expect(screen.contains("live"))
        try s.press("q")
        #expect(try s.waitForExit() == 0)
        // Nothing was recorded while the board ran: it never writes.
        #expect(try seq(exe, data) == seqAfterApply)
    }

    func seq(_ exe: String, _ data: String) throws -> Int {
        let out = try runTerpadu(exe, ["stats", "--json", "--data", data])
        let json = (try? JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any]) ?? [:]
        return ((json["asOf"] as? [String: Any])?["seq"] as? Int) ?? -1
    }
}
