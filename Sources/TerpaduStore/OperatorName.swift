import Glibc

/// Why no operator name could be determined.
public enum OperatorNameError: Error, Sendable, Equatable, CustomStringConvertible {
    case missing
    case invalid(String)

    public var description: String {
        switch self {
        case .missing:
            return "no operator name: pass --operator NAME or set TERPADU_OPERATOR (this account has no name in the "
                + "password database either)"
        case .invalid(let name):
            return "operator name \(name.debugDescription) contains control characters or is longer than "
                + "64 characters; pass a plain name with --operator NAME"
        }
    }
}

/// Who is recorded with every event: `--operator NAME`, else `$TERPADU_OPERATOR`, else `$USER`, else
/// the account's name in the password database (a container or cron job often has no `$USER`).
public enum OperatorName {
    /// Pure: looks only at its arguments. Surrounding whitespace is trimmed; empty values count as unset.
    public static func resolve(flag: String?, environment: [String: String],
                               account: String? = nil) throws(OperatorNameError) -> String {
        for candidate in [flag, environment["TERPADU_OPERATOR"], environment["USER"], account] {
            guard let raw = candidate else { continue }
            let name = raw.trimmingWhitespace()
            if name.isEmpty { continue }
            let bad = name.unicodeScalars.contains { s in
                s.value < 0x20 || (0x7F...0x9F).contains(s.value)
                    || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
            }
            if bad || name.count > 64 { throw .invalid(name) }
            return name
        }
        throw .missing
    }
}

extension OperatorName {
    /// This process's account name from the password database (`getpwuid_r`), if it has one.
    public static func accountName() -> String? {
        var pwd = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getpwuid_r(geteuid(), &pwd, &buffer, buffer.count, &result) == 0, result != nil,
              let name = pwd.pw_name else { return nil }
        return String(cString: name)
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
