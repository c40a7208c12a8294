import Foundation
import Glibc
import TerpaduTestSupport
import TmuxTesting

/// A real OpenSSH server on 127.0.0.1 for one test: a free port, its own host key, and an
/// `authorized_keys` in a temporary folder forcing one command per key, as docs/DEPLOY.md sets up
/// the service account. Stopped (by its pid file) when the test ends.
final class SSHServer {
    let folder: URL
    let port: Int
    private var keys: [String: String] = [:]

    static let sshd = "/usr/sbin/sshd"
    static var available: Bool {
        // sshd authenticates other users only as root (privilege separation): CI and this machine run as root.
        geteuid() == 0 && FileManager.default.isExecutableFile(atPath: sshd) && FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh")
            && FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh-keygen")
    }

    /// `forced`: for each person, the command their key is limited to.
    init(forced: [(name: String, command: String)]) throws {
        folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("terpadu-ssh-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        port = try Self.freePort()
        try run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", path("host_key")])
        var authorized: [String] = []
        for person in forced {
            try run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", person.name, "-f", path(person.name)])
            let pub = try String(contentsOfFile: path(person.name) + ".pub", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
            authorized.append("command=\"\(person.command)\",restrict,pty \(pub)")
            keys[person.name] = path(person.name)
        }
        try (authorized.joined(separator: "\n") + "\n").write(toFile: path("authorized_keys"), atomically: true, encoding: .utf8)
        let config = """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(path("host_key"))
            AuthorizedKeysFile \(path("authorized_keys"))
            PidFile \(path("sshd.pid"))
            StrictModes no
            UsePAM no
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PermitRootLogin prohibit-password
            PrintMotd no
            LogLevel ERROR
            """
        try (config + "\n").write(toFile: path("sshd_config"), atomically: true, encoding: .utf8)
        try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        try run([Self.sshd, "-f", path("sshd_config"), "-E", path("sshd.log")])
        try waitForPort()
    }

    deinit { stop() }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// The ssh command line for `person`'s key; `remote` is what the client asks to run (the forced
    /// command runs instead).
    func client(_ person: String, remote: [String] = []) -> [String] {
        ["/usr/bin/ssh", "-tt", "-i", keys[person] ?? "", "-p", "\(port)", "-o", "StrictHostKeyChecking=no",
         "-o", "UserKnownHostsFile=/dev/null", "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes", "-o", "LogLevel=ERROR",
         "\(NSUserName())@127.0.0.1"] + remote
    }

    func stop() {
        if let text = try? String(contentsOfFile: path("sshd.pid"), encoding: .utf8), let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
            kill(pid, SIGTERM)
        }
        try? FileManager.default.removeItem(at: folder)
    }

    var log: String { (try? String(contentsOfFile: path("sshd.log"), encoding: .utf8)) ?? "" }

    private func run(_ argv: [String]) throws {
        let out = try runProcess(argv, environment: ProcessInfo.processInfo.environment, scratch: folder)
        guard out.status == 0 else { throw TmuxSession.Failure(description: "\(argv[0]) failed: \(out.stderr)") }
    }

    /// A port nobody listens on now: bound to 0, read back, released.
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw TmuxSession.Failure(description: "socket: errno \(errno)") }
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &addr) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) == 0 && getsockname(fd, $0, &len) == 0 }
        }
        guard bound else { throw TmuxSession.Failure(description: "bind: errno \(errno)") }
        return Int(UInt16(bigEndian: addr.sin_port))
    }

    private func waitForPort() throws {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var addr = sockaddr_in()
            addr.sin_family = sa_family_t(AF_INET)
            addr.sin_addr.s_addr = inet_addr("127.0.0.1")
            addr.sin_port = UInt16(port).bigEndian
            let ok = withUnsafePointer(to: &addr) { p in
                p.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
            }
            close(fd)
            if ok { return }
            usleep(50_000)
        }
        throw TmuxSession.Failure(description: "sshd did not listen on \(port): \(log)")
    }
}
