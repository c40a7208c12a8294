/// Shared storage for the many short strings of a national population (names, phones, villages):
/// one contiguous UTF-8 buffer and an offset per entry, instead of a heap object per string.
/// Entries are append-only; an edit appends a new entry and the record points at it.
public struct StringPool: Sendable, Equatable {
    private(set) var bytes: [UInt8] = []
    private(set) var starts: [UInt32] = [0]

    public static let absent: UInt32 = .max

    public init() {}

    init(bytes: [UInt8], starts: [UInt32]) {
        self.bytes = bytes
        self.starts = starts
    }

    public var count: Int { starts.count - 1 }

    public mutating func append(_ s: String) -> UInt32 {
        bytes.append(contentsOf: s.utf8)
        starts.append(UInt32(truncatingIfNeeded: bytes.count))
        return UInt32(starts.count - 2)
    }

    public mutating func append(optional s: String?) -> UInt32 {
        guard let s, !s.isEmpty else { return StringPool.absent }
        return append(s)
    }

    public subscript(ref: UInt32) -> String {
        guard ref != StringPool.absent, Int(ref) + 1 < starts.count else { return "" }
        let a = Int(starts[Int(ref)]), b = Int(starts[Int(ref) + 1])
        guard a <= b, b <= bytes.count else { return "" }
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[a..<b]), as: UTF8.self) }
    }

    public func optional(_ ref: UInt32) -> String? {
        ref == StringPool.absent ? nil : self[ref]
    }

    /// Whether every offset is in order and in range: checked after decoding a snapshot.
    var isWellFormed: Bool {
        guard starts.first == 0, let last = starts.last, Int(last) == bytes.count else { return false }
        var prev: UInt32 = 0
        for s in starts { if s < prev { return false }; prev = s }
        return true
    }

    var byteCount: Int { bytes.count + starts.count * 4 }
}
