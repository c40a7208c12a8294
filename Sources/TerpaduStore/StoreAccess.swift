/// How a process opens the data directory. A supervisor's process is `.readOnly`: it never appends to the
/// journal and never writes or prunes snapshots; the store itself refuses, whatever the caller does.
public enum StoreAccess: Sendable, Equatable {
    case readWrite
    case readOnly
}

/// Who runs a process, and so how it opens the data directory: an operator records changes, a
/// supervisor only reads (DESIGN §5: a supervisor's SSH key forces `--role supervisor`).
public enum Role: String, Sendable, CaseIterable {
    case `operator`
    case supervisor

    public var access: StoreAccess { self == .supervisor ? .readOnly : .readWrite }

    /// `--role`, else `$TERPADU_ROLE`, else operator; nil (with the bad value) when it names no role.
    public static func resolve(flag: String?, environment: [String: String]) -> Result<Role, RoleError> {
        for candidate in [flag, environment["TERPADU_ROLE"]] {
            guard let raw = candidate?.trimmingWhitespace(), !raw.isEmpty else { continue }
            guard let role = Role(rawValue: raw.lowercased()) else { return .failure(RoleError(value: raw, fromFlag: candidate == flag)) }
            return .success(role)
        }
        return .success(.operator)
    }
}

public struct RoleError: Error, Sendable, Equatable, CustomStringConvertible {
    public var value: String
    public var fromFlag: Bool
    public var description: String {
        "\(fromFlag ? "--role" : "TERPADU_ROLE") \(value.debugDescription) is not a role: use operator or supervisor"
    }
}
