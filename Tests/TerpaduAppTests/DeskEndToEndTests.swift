import Foundation
import Testing
import TerpaduTestSupport
import TmuxTesting

/// The real `terpadu` binary in tmux, driven by keyboard alone as an operator would.
@Suite(.serialized) struct DeskEndToEndTests {
    let exe = terpaduExecutable()

    func stats(_ data: String) throws -> [String: Any] {
        guard let exe else { return [:] }
        let out = try runTerpadu(exe, ["stats", "--json", "--data", data])
        return (try? JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any]) ?? [:]
    }

    func seq(_ stats: [String: Any]) -> Int { ((stats["asOf"] as? [String: Any])?["seq"] as? Int) ?? -1 }
    func preparation(_ stats: [String: Any]) -> Int { ((stats["stages"] as? [String: Any])?["preparation"] as? Int) ?? -1 }

    func desk(_ data: String, _ extra: [String] = [], operatorName: String = "siti", width: Int = 100, height: Int = 30) throws -> TmuxSession {
        guard let exe else { throw TmuxSession.Failure(description: "no terpadu executable") }
        return try TmuxSession([exe, "--data", data, "--lang", "en", "--operator", operatorName] + extra, term: "xterm-256color",
                               width: width, height: height, environment: ["TERPADU_SEEDS": seedsURL.path])
    }

    @Test(.enabled(if: tmuxAvailable)) func anEmptyDirectoryOffersTheDemoAndTheDemoOpensOnTheWorkers() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let data = dir.path + "/data"
        let s = try desk(data, width: 80, height: 24)
        defer { s.kill() }
        _ = try s.waitFor("Welcome to Terpadu")
        try s.press("Enter")
        let screen = try s.waitFor("2,000 found", timeout: .seconds(240))
        #expect(screen.contains("W-000001"))
        #expect(preparation(try stats(data)) > 0)
        try s.press("F10")
        #expect(try s.waitForExit() == 0)
    }

    @Test(.enabled(if: tmuxAvailable)) func anOperatorFindsRegistersRevealsAndEditsAndMeetsAConflict() throws {
        guard let exe else { Issue.record("no terpadu executable"); return }
        let dir = TempDir()
        defer { dir.remove() }
        let data = dir.path + "/data"
        let lines = (0..<30).map { registrationLine($0).line }
        var input = lines.joined(separator: "\n") + "\n"
        input += #"{"cmd": "registerWorker", "nik": "3273014101900001", "name": "Siti Rahayu", "sex": "F", "birthDate": "1990-01-01", "province": "32"}"# + "\n"
        _ = try runTerpadu(exe, ["apply", "--data", data], input: input)
        let before = try stats(data)
        #expect(preparation(before) == 31)

        let s = try desk(data)
        defer { s.kill() }
        _ = try s.waitFor("31 found")
        // By NIK prefix, then by name.
        try s.press(":")
        try s.type("nik 32730141019")
        try s.press("Enter")
        // The count and the row come in one frame, but a capture can land between two frames.
        var screen = try s.waitUntil("her row") { $0.contains("\n 1 found\n") && $0.contains("W-000031 Siti Rahayu") }
        #expect(screen.contains("W-000031 Siti Rahayu"))
        try s.press("x")
        _ = try s.waitFor("\n 31 found\n")
        try s.press("/")
        try s.type("rahayu")
        screen = try s.waitFor("\n 1 found\n")
        #expect(screen.contains("W-000031 Siti Rahayu"))
        try s.press("Enter", "x")

        // Register: first a NIK whose date cannot be (31 February), then the right one.
        try s.press("n")
        _ = try s.waitFor("Register a worker")
        try s.type("3273017102980001")
        try s.press("Tab")
        _ = try s.waitFor("← digits 7–12 of the NIK")
        try s.press("BTab")
        for _ in 0..<10 { try s.press("BSpace") }
        try s.type("4402980001")
        try s.press("Tab")
        try s.type("Dewi Anggraini")
        _ = try s.waitFor("04-02-1998")
        try s.press("F2")
        _ = try s.waitFor("saved: registered W-000032")
        _ = try s.waitFor("Dewi Anggraini")
        let registered = try stats(data)
        #expect(preparation(registered) == 32)

        // Reveal her NIK: on screen, and in the journal.
        try s.press("r")
        _ = try s.waitFor("3273014402980001")
        let history = try runTerpadu(exe, ["history", "W-000032", "--data", data])
        #expect(history.stdout.contains("nikRevealed"))
        #expect(seq(try stats(data)) == seq(registered) + 1)

        // Edit her phone.
        try s.press("e")
        _ = try s.waitFor("Edit W-000032")
        for _ in 0..<6 { try s.press("Tab") }
        try s.type("081234567890")
        try s.press("F2")
        _ = try s.waitFor("saved: W-000032 updated")
        #expect(seq(try stats(data)) == seq(registered) + 2)

        // Another operator changes her village while this one edits her regency.
        try s.press("e")
        _ = try s.waitFor("Edit W-000032")
        for _ in 0..<4 { try s.press("Tab") }
        try s.type("Kab. Bandung")
        let other = #"{"cmd": "updateWorker", "worker": "W-000032", "village": "Cibiru"}"#
        let applied = try runTerpadu(exe, ["apply", "--data", data], input: other + "\n", environment: ["TERPADU_OPERATOR": "budi"])
        #expect(applied.status == 0)
        try s.press("F2")
        screen = try s.waitFor("changed by budi")
        #expect(screen.contains("village"))
        _ = try s.waitFor("Cibiru")  // what budi changed, reloaded into the form
        try s.press("F2")
        _ = try s.waitFor("saved: W-000032 updated")
        screen = try s.waitFor("Kab. Bandung")
        #expect(screen.contains("Cibiru"))
        #expect(seq(try stats(data)) == seq(registered) + 4)
        try s.press("F10")
        #expect(try s.waitForExit() == 0)

        // A supervisor cannot register.
        let sup = try desk(data, ["--role", "supervisor"])
        defer { sup.kill() }
        _ = try sup.waitFor("32 found")
        try sup.press(":")
        try sup.type("new worker")
        try sup.press("Enter")
        _ = try sup.waitFor("read-only: supervisors cannot register")
        try sup.press("n")
        #expect(!(try sup.capture()).contains("Register a worker"))
        try sup.press("F10")
        #expect(try sup.waitForExit() == 0)
        #expect(preparation(try stats(data)) == 32)
    }
}
