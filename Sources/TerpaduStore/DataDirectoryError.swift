/// Why a data directory cannot be used; each message says how to fix it.
public enum DataDirectoryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No `--data`, `$TERPADU_DATA`, `$XDG_DATA_HOME` or home directory to place it in.
    case noLocation
    case symbolicLink(path: String)
    case notADirectory(path: String)
    case unsafePermissions(path: String, mode: UInt32)
    case wrongOwner(path: String, owner: UInt32, user: UInt32)
    case missing(path: String)
    case cannotCreate(path: String, code: Int32)
    case cannotInspect(path: String, code: Int32)

    public var description: String {
        switch self {
        case .noLocation:
            return "no data directory: pass --data DIR, or set TERPADU_DATA, XDG_DATA_HOME or HOME"
        case .symbolicLink(let p):
            return "refusing data directory \(p): it is a symbolic link, which another user could redirect; "
                + "pass the real directory with --data (see `readlink -f \(p)`)"
        case .notADirectory(let p):
            return "refusing data directory \(p): it exists but is not a directory; pass another path with --data"
        case .unsafePermissions(let p, let mode):
            return "refusing data directory \(p): mode \(String(mode & 0o7777, radix: 8)) lets group or others "
                + "write to it, so they could change the audit trail; fix it with `chmod 700 \(p)`"
        case .wrongOwner(let p, let owner, let user):
            return "refusing data directory \(p): it belongs to user id \(owner), not to you (\(user)); "
                + "run as its owner or fix it with `chown \(user) \(p)`"
        case .missing(let p):
            return "data directory \(p) does not exist; create it by opening it once read-write, or pass --data"
        case .cannotCreate(let p, let code):
            return "cannot create data directory \(p): \(errnoDescription(code)); check the parent directory's "
                + "permissions or pass another path with --data"
        case .cannotInspect(let p, let code):
            return "cannot inspect data directory \(p): \(errnoDescription(code))"
        }
    }
}
