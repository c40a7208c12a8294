import Foundation
import Glibc

/// The data directory all of an office's processes share: where it is, and whether it is safe.
///
/// Layout: `journal.sqlite` (+ `-wal`, `-shm`), `snapshots/`. Directories are 0700, files 0600.
public struct DataDirectory: Sendable, Equatable {
    /// Absolute path, without a trailing slash.
    public let path: String

    public var journalPath: String { path + "/journal.sqlite" }
    public var snapshotsPath: String { path + "/snapshots" }
    /// The highest sequence and record numbers ever handed out (`IssuedMarks`).
    public var marksPath: String { path + "/" + IssuedMarks.fileName }

    /// `--data DIR`, else `$TERPADU_DATA`, else `$XDG_DATA_HOME/terpadu`, else `$HOME/.local/share/terpadu`
    /// (`home` defaults to `$HOME`, then the password database). Empty values count as unset; a relative
    /// `XDG_DATA_HOME` is ignored (XDG Base Directory spec); a relative `--data` is taken against the
    /// working directory.
    public static func resolvePath(
        explicit: String?,
        environment: [String: String],
        home: String? = nil
    ) throws(DataDirectoryError) -> String {
        func nonEmpty(_ s: String?) -> String? {
            guard let s, !s.isEmpty else { return nil }
            return s
        }
        if let p = nonEmpty(explicit) ?? nonEmpty(environment["TERPADU_DATA"]) { return normalize(p) }
        if let xdg = nonEmpty(environment["XDG_DATA_HOME"]), xdg.hasPrefix("/") {
            return normalize(xdg + "/terpadu")
        }
        guard let h = nonEmpty(home) ?? nonEmpty(environment["HOME"]) ?? passwordDatabaseHome() else {
            throw .noLocation
        }
        return normalize(h + "/.local/share/terpadu")
    }

    /// Resolves the location and opens it (see `init(path:create:)`).
    public static func open(
        explicit: String?,
        environment: [String: String],
        create: Bool = true
    ) throws(DataDirectoryError) -> DataDirectory {
        try DataDirectory(path: resolvePath(explicit: explicit, environment: environment), create: create)
    }

    /// Opens the directory at `path`, creating it (and missing parents) with mode 0700 when `create`
    /// is set, and its `snapshots/` subdirectory. Refuses a symbolic link, a directory that group or
    /// others can write, or one owned by another user.
    public init(path: String, create: Bool = true) throws(DataDirectoryError) {
        let p = Self.normalize(path)
        if create {
            try Self.makeDirectories(p)
        }
        try Self.checkSafe(p)
        if create {
            try Self.makeDirectories(p + "/snapshots")
            try Self.checkSafe(p + "/snapshots")
        }
        self.path = p
    }

    /// Throws unless `path` is a real directory, owned by this user, that group and others cannot write.
    public static func checkSafe(_ path: String) throws(DataDirectoryError) {
        var st = stat()
        guard lstat(path, &st) == 0 else {
            let code = errno
            if code == ENOENT { throw .missing(path: path) }
            throw .cannotInspect(path: path, code: code)
        }
        let type = st.st_mode & S_IFMT
        if type == S_IFLNK { throw .symbolicLink(path: path) }
        guard type == S_IFDIR else { throw .notADirectory(path: path) }
        if st.st_mode & 0o022 != 0 { throw .unsafePermissions(path: path, mode: UInt32(st.st_mode)) }
        let me = geteuid()
        if st.st_uid != me { throw .wrongOwner(path: path, owner: UInt32(st.st_uid), user: UInt32(me)) }
    }

    /// `mkdir -p` where every directory created gets exactly 0700, whatever the umask.
    private static func makeDirectories(_ path: String) throws(DataDirectoryError) {
        var st = stat()
        if lstat(path, &st) == 0 { return }
        var prefix = ""
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        for part in parts {
            prefix += "/" + part
            if mkdir(prefix, 0o700) == 0 {
                guard chmod(prefix, 0o700) == 0 else { throw .cannotCreate(path: prefix, code: errno) }
            } else if errno != EEXIST {
                throw .cannotCreate(path: prefix, code: errno)
            }
        }
    }

    /// Absolute, no trailing slash (so `lstat` sees a final symbolic link rather than following it).
    static func normalize(_ path: String) -> String {
        var p = path
        if !p.hasPrefix("/") {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            if getcwd(&buffer, buffer.count) != nil {
                let cwd = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                p = (cwd == "/" ? "" : cwd) + "/" + p
            }
        }
        while p.contains("//") { p = p.replacingOccurrences(of: "//", with: "/") }
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        return p
    }

    private static func passwordDatabaseHome() -> String? {
        var pwd = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getpwuid_r(geteuid(), &pwd, &buffer, buffer.count, &result) == 0, result != nil,
              let dir = pwd.pw_dir else { return nil }
        return String(cString: dir)
    }
}
