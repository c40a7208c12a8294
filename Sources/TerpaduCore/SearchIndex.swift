/// Folded names in one buffer for case- and accent-insensitive substring search.
struct SearchIndex: Sendable, Equatable {
    private(set) var bytes: [UInt8] = []
    private(set) var start: [UInt32] = []
    private(set) var length: [UInt16] = []

    mutating func reserve(_ n: Int) {
        start.reserveCapacity(n); length.reserveCapacity(n); bytes.reserveCapacity(n * 18)
    }

    init() {}

    /// Restores from a snapshot; nil when a name would point outside the buffer.
    init?(bytes: [UInt8], start: [UInt32], length: [UInt16]) {
        guard start.count == length.count,
              zip(start, length).allSatisfy({ Int($0) + Int($1) <= bytes.count }) else { return nil }
        self.bytes = bytes; self.start = start; self.length = length
    }

    mutating func set(row: Int32, name: String) {
        set(row: row, key: TextRules.searchKey(name))
    }

    mutating func set(row: Int32, key: [UInt8]) {
        let r = Int(row)
        let s = UInt32(truncatingIfNeeded: bytes.count)
        bytes.append(contentsOf: key.prefix(Int(UInt16.max)))
        while start.count <= r { start.append(0); length.append(0) }
        start[r] = s
        length[r] = UInt16(min(key.count, Int(UInt16.max)))
    }

    /// Whether row `r`'s folded name contains `needle` (already folded, non-empty).
    @inline(__always)
    func contains(row r: Int, needle: UnsafeBufferPointer<UInt8>, in buf: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = Int(start[r]), n = Int(length[r]), m = needle.count
        guard n >= m, let first = needle.first else { return false }
        var i = s
        let last = s + n - m
        while i <= last {
            if buf[i] == first {
                var k = 1
                while k < m && buf[i + k] == needle[k] { k += 1 }
                if k == m { return true }
            }
            i += 1
        }
        return false
    }

    func withBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        bytes.withUnsafeBufferPointer(body)
    }

    var count: Int { start.count }
    var byteCount: Int { bytes.capacity + start.capacity * 4 + length.capacity * 2 }
}
