import Foundation
import Testing
import TerpaduTestSupport
import TmuxTesting

/// Terpadu deployed as docs/DEPLOY.md sets it up: one account, one `authorized_keys` line per person
/// forcing the command and the name. Through a real OpenSSH server on 127.0.0.1.
@Suite(.serialized) struct DeployEndToEndTests {
    let exe = terpaduExecutable()

    func stats(_ exe: String, _ data: String) throws -> [String: Any] {
        let out = try runTerpadu(exe, ["stats", "--json", "--data", data])
        return (try? JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any]) ?? [:]
    }

    func seq(_ s: [String: Any]) -> Int { ((s["asOf"] as? [String: Any])?["seq"] as? Int) ?? -1 }

    @Test(.enabled(if: tmuxAvailable && SSHServer.available))
    func theOperatorsKeyOpensTheirDeskAndTheSupervisorsKeyOnlyEverTheBoard() throws {
        guard let exe else { Issue.record("no terpadu executable"); return }
        let dir = TempDir()
        defer { dir.remove() }
        let data = dir.path + "/data"
        let first = (0..<3).map { registrationLine($0).line }.joined(separator: "\n") + "\n"
        #expect(try runTerpadu(exe, ["apply", "--data", data], input: first).status == 0)
        let env = "env TERPADU_SEEDS=\(seedsURL.path) LANG=C.UTF-8"
        let server = try SSHServer(forced: [
            (name: "siti", command: "\(env) \(exe) --data \(data) --operator siti --lang en"),
            (name: "pengawas", command: "\(env) \(exe) watch --data \(data) --role supervisor --lang en"),
        ])
        defer { server.stop() }

        // The operator's key: the desk, with her name in the header.
        let desk = try TmuxSession(server.client("siti"), term: "xterm-256color", width: 100, height: 30)
        defer { desk.kill() }
        let header = try desk.waitFor("siti (operator)", timeout: .seconds(30))
        #expect(header.contains("Terpadu · siti (operator) · \(data)"), "\(server.log)")
        try desk.press("F10")
        _ = try desk.waitForExit(timeout: .seconds(20))

        // The supervisor's key asking for a shell command still gets the board, and nothing else.
        let before = seq(try stats(exe, data))
        let board = try TmuxSession(server.client("pengawas", remote: ["rm", "-rf", data]), term: "xterm-256color",
                                    width: 100, height: 30)
        defer { board.kill() }
        _ = try board.waitUntil("the board", timeout: .seconds(30)) { $0.contains("Terpadu supervisor board") && $0.contains("live") }
        #expect(FileManager.default.fileExists(atPath: data + "/journal.sqlite"), "the asked-for command never ran")
        let more = (3..<40).map { registrationLine($0).line }.joined(separator: "\n") + "\n"
        #expect(try runTerpadu(exe, ["apply", "--data", data], input: more, environment: ["TERPADU_OPERATOR": "budi"]).status == 0)
        let after = seq(try stats(exe, data))
        #expect(after == before + 37)
        let screen = try board.waitUntil("the 37 registrations", timeout: .seconds(30)) { $0.contains("40") && $0.contains("by budi") }
        #expect(screen.contains("registered"))
        try board.press("q")
        _ = try board.waitForExit(timeout: .seconds(20))
        // The board wrote nothing.
        #expect(seq(try stats(exe, data)) == after)
    }
}
