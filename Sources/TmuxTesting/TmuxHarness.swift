import Foundation

/// End-to-end harness: runs a program inside a private tmux server, types at it and reads the screen
/// back. Each session has its own socket (`tmux -L NAME`), its own temp directory and config, and
/// is started with TMUX unset, so tests never touch a developer's tmux. The server is killed when the
/// session ends, also on failure (`withTmux` or `deinit`). Waiting is by polling `capture-pane` until
/// the expected screen appears or a generous deadline passes; there are no fixed sleeps.
///
/// Self-contained (Foundation only): the toolkit's and the app's end-to-end tests both use it.
public final class TmuxSession {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        public init(description: String) { self.description = description }
    }

    public let socket: String
    public let directory: URL
    public let target = "main"
    public let statusFile: URL
    private var killed = false
    private let environment: [String: String]

    /// Starts `command` (argv) with the given TERM in a window of width × height.
    public init(_ command: [String], term: String, width: Int, height: Int, environment extra: [String: String] = [:]) throws {
        let id = UUID().uuidString.prefix(8).lowercased()
        socket = "tui-test-\(getpid())-\(id)"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(socket)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let config = directory.appendingPathComponent("tmux.conf")
        // Keep a dead pane (to read its exit status and last screen); no status bar, so the pane is
        // exactly width × height.
        try "set -g remain-on-exit on\nset -g status off\nset -g escape-time 0\n"
            .write(to: config, atomically: true, encoding: .utf8)
        var env = ProcessInfo.processInfo.environment
        env["TMUX"] = nil
        env["TMUX_PANE"] = nil
        // Colour is the test's choice, not the runner's (test runners often set NO_COLOR).
        env["NO_COLOR"] = nil
        env["LANG"] = env["LANG"] ?? "C.UTF-8"
        for (k, v) in extra { env[k] = v }
        environment = env
        let envArgs = ["env", "TERM=\(term)"] + extra.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        // A shell records the exit status in a file: tmux's own #{pane_dead_status} is sometimes
        // left empty when the pane's pty closes before the child is reaped.
        statusFile = directory.appendingPathComponent("exit-status")
        let wrapper = ["/bin/sh", "-c", "\"$@\"; echo $? > \"$0\"", statusFile.path]
        _ = try tmux(["-f", config.path, "new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)", "--"]
                     + wrapper + envArgs + command)
    }

    deinit { kill() }

    /// Kills the tmux server and removes the temp directory. Safe to call twice.
    public func kill() {
        guard !killed else { return }
        killed = true
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    /// Sends tmux key names ("End", "F1", "C-c", "Enter", "q").
    public func press(_ keys: String...) throws {
        _ = try tmux(["send-keys", "-t", target] + keys)
    }

    /// Types text literally.
    public func type(_ text: String) throws {
        _ = try tmux(["send-keys", "-t", target, "-l", text])
    }

    /// The screen as text (`colors`: with SGR escapes, as `capture-pane -e`; `history`: with the
    /// lines scrolled off the top).
    public func capture(colors: Bool = false, history: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", target] + (colors ? ["-e"] : []) + (history ? ["-S", "-"] : []))
    }

    public func resize(width: Int, height: Int) throws {
        _ = try tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// "#{pane_dead} #{pane_dead_status}" and friends.
    public func format(_ f: String) throws -> String {
        try tmux(["display-message", "-p", "-t", target, f]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// True once the program has exited.
    public var isDead: Bool { exitStatus != nil }

    /// The program's exit status once it has exited (128 + n when killed by signal n), else nil.
    public var exitStatus: Int? {
        guard let text = try? String(contentsOf: statusFile, encoding: .utf8) else { return nil }
        return Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Polls the screen until `predicate` holds; fails (with the last screen) after `timeout`, or at
    /// once if the program died while it was expected to keep running.
    @discardableResult
    public func waitUntil(_ what: String, colors: Bool = false, timeout: Duration = .seconds(20), allowExit: Bool = false,
                   _ predicate: (String) -> Bool) throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var screen = ""
        while true {
            screen = try capture(colors: colors)
            if predicate(screen) { return screen }
            if !allowExit, isDead {
                throw Failure(description: "program exited (status \(exitStatus.map(String.init) ?? "?")) while waiting for \(what); screen:\n\(screen)")
            }
            if clock.now >= deadline {
                throw Failure(description: "timed out waiting for \(what); screen:\n\(screen)")
            }
            usleep(20_000)  // polling interval, not a wait for an event
        }
    }

    /// Polls until the screen contains `text`.
    @discardableResult
    public func waitFor(_ text: String, colors: Bool = false, timeout: Duration = .seconds(20)) throws -> String {
        try waitUntil("\"\(text)\"", colors: colors, timeout: timeout) { $0.contains(text) }
    }

    /// Polls until the program has exited; returns its status.
    public func waitForExit(timeout: Duration = .seconds(20)) throws -> Int {
        try waitUntil("exit", timeout: timeout, allowExit: true) { _ in isDead }
        return exitStatus ?? -1
    }

    @discardableResult
    private func tmux(_ args: [String]) throws -> String {
        let result = try runProcess(["tmux", "-u", "-L", socket] + args, environment: environment, scratch: directory)
        guard result.status == 0 else {
            throw Failure(description: "tmux \(args.joined(separator: " ")) failed (\(result.status)): \(result.stderr)")
        }
        return result.stdout
    }
}

/// Runs a program found on PATH with posix_spawn and waitpid, its output going to files in
/// `scratch` (a daemon it starts, like the tmux server, can then never hold a pipe open), stdin
/// from /dev/null. Foundation's Process is avoided: on Linux its wait can miss the exit of a child
/// that forks a daemon.
public func runProcess(_ argv: [String], environment: [String: String], scratch: URL) throws -> (status: Int32, stdout: String, stderr: String) {
    let outPath = scratch.appendingPathComponent("out-\(UUID().uuidString)").path
    let errPath = scratch.appendingPathComponent("err-\(UUID().uuidString)").path
    defer {
        unlink(outPath)
        unlink(errPath)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let fullArgv = ["/usr/bin/env"] + argv
    let envList = environment.map { "\($0.key)=\($0.value)" }
    var cArgs: [UnsafeMutablePointer<CChar>?] = fullArgv.map { strdup($0) } + [nil]
    var cEnv: [UnsafeMutablePointer<CChar>?] = envList.map { strdup($0) } + [nil]
    defer {
        for p in cArgs { free(p) }
        for p in cEnv { free(p) }
    }
    // The test runner's threads block and ignore signals; a tmux server inheriting that mask
    // would never see SIGCHLD or SIGTERM (dead panes without a status, kill-server that does not
    // kill). Start children with an empty mask and default handlers.
    var attr = posix_spawnattr_t()
    posix_spawnattr_init(&attr)
    defer { posix_spawnattr_destroy(&attr) }
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attr, &empty)
    var all = sigset_t()
    sigfillset(&all)
    sigdelset(&all, SIGKILL)
    sigdelset(&all, SIGSTOP)
    posix_spawnattr_setsigdefault(&attr, &all)
    posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, "/usr/bin/env", &actions, &attr, &cArgs, &cEnv)
    guard rc == 0 else { throw TmuxSession.Failure(description: "cannot start \(argv.first ?? ""): errno \(rc)") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
        guard errno == EINTR else { throw TmuxSession.Failure(description: "waitpid failed: errno \(errno)") }
    }
    let exitCode: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
    return (exitCode, out, err)
}

/// Runs `body` with a session and always kills its server afterwards.
public func withTmux<R>(_ command: [String], term: String, width: Int = 80, height: Int = 24,
                 environment: [String: String] = [:], _ body: (TmuxSession) throws -> R) throws -> R {
    let session = try TmuxSession(command, term: term, width: width, height: height, environment: environment)
    defer { session.kill() }
    return try body(session)
}

/// True when tmux is installed (the end-to-end suites are skipped otherwise).
public let tmuxAvailable: Bool = {
    let scratch = FileManager.default.temporaryDirectory
    return (try? runProcess(["tmux", "-V"], environment: ProcessInfo.processInfo.environment, scratch: scratch))?.status == 0
}()

/// A built executable of this package: next to the test bundle (`swift test` builds every product
/// into the same directory), or in any `.build*/debug` under the package root.
public func builtExecutable(_ name: String) -> URL? {
    var candidates: [URL] = []
    if let exe = Bundle.main.executableURL { candidates.append(exe.deletingLastPathComponent().appendingPathComponent(name)) }
    for bundle in Bundle.allBundles { candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent(name)) }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()  // Sources/TmuxTesting/…
    if let items = try? FileManager.default.contentsOfDirectory(atPath: root.path) {
        for item in items.sorted() where item.hasPrefix(".build") {
            candidates.append(root.appendingPathComponent(item).appendingPathComponent("debug").appendingPathComponent(name))
        }
    }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
}
