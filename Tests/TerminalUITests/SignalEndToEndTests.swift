import Foundation
import Testing
import TmuxTesting

/// The demo killed the way a server kills a session (SIGTERM), an SSH drop does (SIGHUP) or `kill
/// -INT` does, inside tmux: the terminal must come back (alternate screen left, cursor shown,
/// keypad and mouse modes off) and the process must die of the signal (status 128 + n).
@Suite(.serialized, .enabled(if: tmuxAvailable, "tmux is not installed"))
struct SignalEndToEndTests {
    /// A demo run whose pid is known (a shell writes `$$` to a file, then execs the demo) and whose
    /// exit status lands in a file; the pane then stays alive with a `sleep`, so the terminal modes
    /// read afterwards are the ones the demo left (tmux changes a pane's modes when it dies).
    final class DemoProcess {
        let directory: URL
        let pidFile: URL
        let statusFile: URL
        let script: URL

        /// `ignoringHangups`: the demo starts with SIGHUP ignored, as under `nohup`.
        init(ignoringHangups: Bool = false) throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("tui-signal-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            pidFile = directory.appendingPathComponent("pid")
            statusFile = directory.appendingPathComponent("status")
            script = directory.appendingPathComponent("run.sh")
            try """
                /bin/sh -c '\(ignoringHangups ? "trap \"\" HUP; " : "")echo $$ > "$0"; exec "$@"' '\(pidFile.path)' "$@"
                echo $? > '\(statusFile.path)'
                exec sleep 600
                """.write(to: script, atomically: true, encoding: .utf8)
        }

        func command(_ arguments: [String] = []) throws -> [String] {
            let demo = try #require(builtExecutable("terminalui-demo"),
                                    "terminalui-demo is not built: run `swift build --product terminalui-demo` (swift test builds it)")
            return ["/bin/sh", script.path, demo.path] + arguments
        }

        /// The demo's exit status once it has exited (128 + n when killed by signal n), else nil.
        var exitStatus: Int? {
            guard let text = try? String(contentsOf: statusFile, encoding: .utf8) else { return nil }
            return Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
        }

        /// Polls until the demo has exited; nil if it has not within 20 s.
        func waitForExit() -> Int? {
            let deadline = ContinuousClock.now + .seconds(20)
            while exitStatus == nil && ContinuousClock.now < deadline { usleep(20_000) }  // polling interval
            return exitStatus
        }

        /// Polls for the pid file.
        func pid() throws -> pid_t {
            let deadline = ContinuousClock.now + .seconds(20)
            while ContinuousClock.now < deadline {
                if let text = try? String(contentsOf: pidFile, encoding: .utf8),
                   let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) { return pid }
                usleep(20_000)  // polling interval
            }
            throw TmuxSession.Failure(description: "the demo never wrote its pid")
        }

        /// True while `pid` is a live (not zombie) terminalui-demo.
        static func isRunningDemo(_ pid: pid_t) -> Bool {
            guard let comm = try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8),
                  comm.hasPrefix("terminalui-demo"),
                  let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            return !stat[close...].dropFirst().trimmingCharacters(in: .whitespaces).hasPrefix("Z")
        }

        /// Kills a demo that is still running (a failed test must not leave one spinning) and
        /// removes the directory; true when nothing had to be killed. Safe to call twice.
        @discardableResult
        func cleanUp() -> Bool {
            defer { try? FileManager.default.removeItem(at: directory) }
            guard let text = try? String(contentsOf: pidFile, encoding: .utf8),
                  let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) else { return true }
            let deadline = ContinuousClock.now + .seconds(10)
            while Self.isRunningDemo(pid) && ContinuousClock.now < deadline { usleep(20_000) }
            guard Self.isRunningDemo(pid) else { return true }
            kill(pid, SIGKILL)
            return false
        }
    }

    /// The pane's alternate screen, cursor visibility, cursor-key mode and mouse reporting.
    func modes(_ tmux: TmuxSession) throws -> String {
        try tmux.format("#{alternate_on} #{cursor_flag} #{keypad_cursor_flag} #{mouse_any_flag}")
    }

    /// Polls until the modes read `expected` (tmux may not have read the last bytes yet when the
    /// exit status is there); returns the last reading.
    func waitForModes(_ expected: String, _ tmux: TmuxSession) throws -> String {
        let deadline = ContinuousClock.now + .seconds(20)
        var last = try modes(tmux)
        while last != expected && ContinuousClock.now < deadline {
            usleep(20_000)  // polling interval
            last = try modes(tmux)
        }
        return last
    }

    @Test(arguments: [(SIGTERM, 143), (SIGHUP, 129), (SIGINT, 130)])
    func signalRestoresTheTerminalAndEndsTheDemo(signal: Int32, status: Int) throws {
        let demo = try DemoProcess()
        defer { demo.cleanUp() }  // also when the test throws
        var nothingLeft = false
        try withTmux(demo.command(["--mouse"]), term: "xterm-256color") { tmux in
            try tmux.waitFor("Rows 1,000,000")
            #expect(try waitForModes("1 0 1 1", tmux) == "1 0 1 1", "the demo did not take over the terminal")
            #expect(kill(try demo.pid(), signal) == 0)
            #expect(demo.waitForExit() == status)
            let after = try waitForModes("0 1 0 0", tmux)
            #expect(after == "0 1 0 0")
            nothingLeft = demo.cleanUp()
        }
        #expect(nothingLeft, "the demo was still running after the signal")
    }

    /// A demo that ignores SIGHUP still ends when its terminal goes away (its input reports a
    /// hangup), instead of spinning on a dead terminal.
    @Test func demoIgnoringHangupsEndsWhenItsTerminalGoes() throws {
        let demo = try DemoProcess(ignoringHangups: true)
        defer { demo.cleanUp() }
        var pid: pid_t = 0
        try withTmux(demo.command(), term: "xterm-256color") { tmux in
            try tmux.waitFor("Rows 1,000,000")
            pid = try demo.pid()
            let ignored = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
                .split(separator: "\n").first { $0.hasPrefix("SigIgn:") }
            let mask = ignored.flatMap { UInt64($0.dropFirst("SigIgn:".count).trimmingCharacters(in: .whitespaces), radix: 16) } ?? 0
            #expect(mask & (1 << (UInt64(SIGHUP) - 1)) != 0, "SIGHUP is not ignored: \(String(describing: ignored))")
            tmux.kill()  // closes the pane's terminal
        }
        let deadline = ContinuousClock.now + .seconds(20)
        while DemoProcess.isRunningDemo(pid) && ContinuousClock.now < deadline { usleep(20_000) }  // polling interval
        #expect(!DemoProcess.isRunningDemo(pid), "the demo outlived its terminal")
    }

    /// With the UI thread stuck (the demo's `:stall`), the first SIGTERM cannot be acted on; a second
    /// one, a second or more later, restores the terminal from the signal handler and ends the process.
    @Test func secondSignalRestoresTheTerminalWhenTheUIIsStuck() throws {
        let demo = try DemoProcess()
        defer { demo.cleanUp() }  // also when the test throws
        var nothingLeft = false
        try withTmux(demo.command(["--mouse"]), term: "xterm-256color") { tmux in
            try tmux.waitFor("Rows 1,000,000")
            let pid = try demo.pid()
            try tmux.press(":")
            try tmux.waitFor(":")
            try tmux.type("stall 60")
            try tmux.waitFor("stall 60")
            try tmux.press("Enter")
            // The stall starts right after the frame with this toast is drawn; the pause makes sure
            // it has (a first signal before it would end the demo normally).
            try tmux.waitFor("Stalling the UI for 60 s")
            usleep(500_000)
            #expect(kill(pid, SIGTERM) == 0)
            // The stuck demo cannot react; it must still be there, screen and all. The handler only
            // acts on a second signal that comes a second or more after the first.
            usleep(1_500_000)
            #expect(demo.exitStatus == nil)
            #expect(try modes(tmux) == "1 0 1 1")
            #expect(kill(pid, SIGTERM) == 0)
            #expect(demo.waitForExit() == 143)
            let after = try waitForModes("0 1 0 0", tmux)
            #expect(after == "0 1 0 0")
            nothingLeft = demo.cleanUp()
        }
        #expect(nothingLeft, "the demo was still running after the second signal")
    }
}
