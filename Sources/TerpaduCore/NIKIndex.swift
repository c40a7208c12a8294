/// NIK → worker row, sorted so a NIK prefix is a range. Inserts go to a small sorted tail that is
/// merged into the main array when it grows, so a million registrations cost no quadratic shuffling
/// and no hash table per worker.
struct NIKIndex: Sendable, Equatable {
    private(set) var keys: [UInt64] = []
    private(set) var rows: [Int32] = []
    private var tailKeys: [UInt64] = []
    private var tailRows: [Int32] = []
    private static let tailLimit = 4096

    var count: Int { keys.count + tailKeys.count }

    static func == (a: NIKIndex, b: NIKIndex) -> Bool {
        a.entries().elementsEqual(b.entries(), by: { $0 == $1 })
    }

    private func entries() -> [(UInt64, Int32)] {
        var all = Array(zip(keys, rows)) + Array(zip(tailKeys, tailRows))
        all.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        return all
    }

    /// Keys and rows in NIK order (main and tail merged), for the snapshot.
    func merged() -> (keys: [UInt64], rows: [Int32]) {
        var copy = self
        copy.merge()
        return (copy.keys, copy.rows)
    }

    /// Restores from sorted arrays written by `merged()`; nil when they are not sorted or differ in length.
    init?(sortedKeys: [UInt64], rows: [Int32]) {
        guard sortedKeys.count == rows.count else { return nil }
        for i in sortedKeys.indices.dropFirst() where sortedKeys[i - 1] > sortedKeys[i] { return nil }
        keys = sortedKeys
        self.rows = rows
    }

    /// Builds from unsorted pairs in one sort.
    init(pairs: [(UInt64, Int32)] = []) {
        let sorted = pairs.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        keys = sorted.map(\.0)
        rows = sorted.map(\.1)
    }

    private static func lowerBound(_ a: [UInt64], _ k: UInt64) -> Int {
        var lo = 0, hi = a.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if a[mid] < k { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    func row(of nik: UInt64) -> Int32? {
        let i = Self.lowerBound(keys, nik)
        if i < keys.count, keys[i] == nik { return rows[i] }
        let j = Self.lowerBound(tailKeys, nik)
        if j < tailKeys.count, tailKeys[j] == nik { return tailRows[j] }
        return nil
    }

    mutating func insert(_ nik: UInt64, row: Int32) {
        let j = Self.lowerBound(tailKeys, nik)
        tailKeys.insert(nik, at: j)
        tailRows.insert(row, at: j)
        if tailKeys.count >= Self.tailLimit { merge() }
    }

    mutating func remove(_ nik: UInt64, row: Int32) {
        let j = Self.lowerBound(tailKeys, nik)
        if j < tailKeys.count, tailKeys[j] == nik, tailRows[j] == row {
            tailKeys.remove(at: j); tailRows.remove(at: j); return
        }
        let i = Self.lowerBound(keys, nik)
        if i < keys.count, keys[i] == nik, rows[i] == row { keys.remove(at: i); rows.remove(at: i) }
    }

    private mutating func merge() {
        var k: [UInt64] = [], r: [Int32] = []
        k.reserveCapacity(keys.count + tailKeys.count)
        r.reserveCapacity(keys.count + tailKeys.count)
        var i = 0, j = 0
        while i < keys.count || j < tailKeys.count {
            if j >= tailKeys.count || (i < keys.count && keys[i] <= tailKeys[j]) {
                k.append(keys[i]); r.append(rows[i]); i += 1
            } else {
                k.append(tailKeys[j]); r.append(tailRows[j]); j += 1
            }
        }
        keys = k; rows = r
        tailKeys.removeAll(keepingCapacity: true); tailRows.removeAll(keepingCapacity: true)
    }

    /// Rows whose NIK starts with `prefix` (1–16 ASCII digits), ascending by NIK.
    func rows(withPrefix prefix: String) -> [Int32] {
        let digits = Array(prefix.utf8)
        guard !digits.isEmpty, digits.count <= 16, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return [] }
        var lo: UInt64 = 0
        for d in digits { lo = lo * 10 + UInt64(d - 48) }
        var scale: UInt64 = 1
        for _ in digits.count..<16 { scale *= 10 }
        lo *= scale
        let hi = lo + scale  // exclusive
        var out: [Int32] = []
        let a = Self.lowerBound(keys, lo), b = Self.lowerBound(keys, hi)
        if a < b { out.append(contentsOf: rows[a..<b]) }
        let c = Self.lowerBound(tailKeys, lo), d = Self.lowerBound(tailKeys, hi)
        if c < d { out.append(contentsOf: tailRows[c..<d]) }
        return out
    }

    var byteCount: Int { (keys.capacity + tailKeys.capacity) * 8 + (rows.capacity + tailRows.capacity) * 4 }
}

/// Normalised name + birth date → worker rows, for the duplicate-review queue. Holds a stable hash
/// per key and a chain through rows sharing it; a hit is confirmed by comparing the real keys.
struct DuplicateIndex: Sendable, Equatable {
    private(set) var head: [UInt64: Int32] = [:]
    private(set) var next: [Int32] = []

    static func key(name: String, birth: Int32) -> UInt64 {
        key(folded: Array(TextRules.duplicateKey(name).utf8), birth: birth)
    }

    static func key(folded: [UInt8], birth: Int32) -> UInt64 {
        let h = TextRules.stableHash(folded)
        return (h ^ UInt64(UInt32(bitPattern: birth))) &* 0x100000001b3
    }

    mutating func reserve(_ n: Int) {
        head.reserveCapacity(n)
        next.reserveCapacity(n)
    }

    /// Rows already filed under `key` (newest first).
    init() {}

    init?(heads: [UInt64: Int32], next: [Int32]) {
        guard heads.values.allSatisfy({ $0 >= 0 && Int($0) < next.count }),
              next.allSatisfy({ $0 >= -1 && Int($0) < next.count }) else { return nil }
        head = heads
        self.next = next
    }

    func candidates(_ key: UInt64) -> [Int32] {
        var out: [Int32] = []
        var r = head[key] ?? -1
        while r >= 0, Int(r) < next.count, out.count < 64 {
            out.append(r)
            r = next[Int(r)]
        }
        return out
    }

    /// Files `row` (which must be the next row in order) under `key`.
    mutating func add(row: Int32, key: UInt64) {
        while next.count <= Int(row) { next.append(-1) }
        next[Int(row)] = head[key] ?? -1
        head[key] = row
    }

    /// Unfiles a row (when its name or birth date changes).
    mutating func remove(row: Int32, key: UInt64) {
        guard var r = head[key] else { return }
        if r == row {
            let n = next[Int(row)]
            if n >= 0 { head[key] = n } else { head[key] = nil }
            next[Int(row)] = -1
            return
        }
        var steps = 0
        while r >= 0, Int(r) < next.count, steps <= next.count {
            let n = next[Int(r)]
            if n == row { next[Int(r)] = next[Int(row)]; next[Int(row)] = -1; return }
            r = n
            steps += 1
        }
    }

    var byteCount: Int { head.capacity * 13 + next.capacity * 4 }
}

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
