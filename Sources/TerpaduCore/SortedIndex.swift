/// A 64-bit key → worker row, sorted, so a key or a key range is two binary searches. Inserts go to a
/// small sorted tail that is merged into the main array when it grows, so a million registrations cost
/// no quadratic shuffling, and the whole index is two plain arrays that a snapshot copies as they are.
/// Used for NIKs (a NIK prefix is a range) and for duplicate-review keys.
struct SortedIndex: Sendable, Equatable {
    private(set) var keys: [UInt64] = []
    private(set) var rows: [Int32] = []
    private var tailKeys: [UInt64] = []
    private var tailRows: [Int32] = []
    private static let tailLimit = 4096

    var count: Int { keys.count + tailKeys.count }

    static func == (a: SortedIndex, b: SortedIndex) -> Bool {
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

    mutating func reserve(_ n: Int) {
        keys.reserveCapacity(n)
        rows.reserveCapacity(n)
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

    /// Rows whose key lies in `lo..<hi`, in key order.
    func rows(from lo: UInt64, below hi: UInt64) -> [Int32] {
        var out: [Int32] = []
        let a = Self.lowerBound(keys, lo), b = Self.lowerBound(keys, hi)
        if a < b { out.append(contentsOf: rows[a..<b]) }
        let c = Self.lowerBound(tailKeys, lo), d = Self.lowerBound(tailKeys, hi)
        if c < d { out.append(contentsOf: tailRows[c..<d]) }
        return out
    }

    /// Every row filed under exactly `key`, ascending by row.
    func rows(equalTo key: UInt64) -> [Int32] {
        guard key < .max else { return rows(from: key, below: key).sorted() }
        return rows(from: key, below: key + 1).sorted()
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
        return rows(from: lo, below: lo + scale)
    }

    var byteCount: Int { (keys.capacity + tailKeys.capacity) * 8 + (rows.capacity + tailRows.capacity) * 4 }
}


/// The duplicate-review key: a stable hash of the normalised name (NFKC, case-folded, spaces
/// collapsed) and the birth date. A hit is confirmed by comparing the real names.
enum DuplicateKey {
    static func of(name: String, birth: Int32) -> UInt64 {
        of(folded: Array(TextRules.duplicateKey(name).utf8), birth: birth)
    }

    static func of(folded: [UInt8], birth: Int32) -> UInt64 {
        let h = TextRules.stableHash(folded)
        return (h ^ UInt64(UInt32(bitPattern: birth))) &* 0x100000001b3
    }
}
