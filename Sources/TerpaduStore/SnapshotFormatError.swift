/// Why bytes are not a valid snapshot file.
public enum SnapshotFormatError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Part: String, Sendable { case header, payload }
    /// The file does not start with `TRPDSNAP`.
    case badMagic
    /// Written by a format version this build cannot read.
    case unsupportedVersion(UInt32)
    /// Fewer bytes than the header or the recorded payload length needs.
    case truncated(expected: UInt64, actual: UInt64)
    /// The stored CRC32C does not match.
    case checksumMismatch(Part)
    /// More bytes than the header announces, or a length this machine cannot hold.
    case lengthMismatch(expected: UInt64, actual: UInt64)

    public var description: String {
        switch self {
        case .badMagic: return "not a Terpadu snapshot (bad magic)"
        case .unsupportedVersion(let v): return "snapshot format version \(v) is not supported by this build"
        case .truncated(let e, let a): return "snapshot is truncated: expected \(e) bytes, found \(a)"
        case .checksumMismatch(let p): return "snapshot \(p.rawValue) checksum does not match (damaged)"
        case .lengthMismatch(let e, let a): return "snapshot length mismatch: header says \(e) bytes, found \(a)"
        }
    }
}
