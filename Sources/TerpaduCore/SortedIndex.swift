/// One sorted run of (key, row) pairs.
struct SortedRun: Sendable, Equatable {
    var keys: [UInt64] = []
    var rows: [Int32] = []

    var count: Int { keys.count }

    func lowerBound(_ k: UInt64) -> Int {
        var lo = 0, hi = keys.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if keys[mid] < k { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    mutating func insert(_ k: UInt64, _ r: Int32) {
        let i = lowerBound(k)
        keys.insert(k, at: i)
        rows.insert(r, at: i)
    }

    /// Removes the pair if present; true when it was.
    mutating func remove(_ k: UInt64, _ r: Int32) -> Bool {
        var i = lowerBound(k)
        while i < keys.count, keys[i] == k {
            if rows[i] == r { keys.remove(at: i); rows.remove(at: i); return true }
            i += 1
        }
        return false
    }

    func rows(from lo: UInt64, below hi: UInt64, into out: inout [Int32]) {
        let a = lowerBound(lo), b = lowerBound(hi)
        if a < b { out.append(contentsOf: rows[a..<b]) }
    }

    /// Merges two runs; for equal keys the pairs of `a` come first.
    static func merge(_ a: SortedRun, _ b: SortedRun) -> SortedRun {
        var out = SortedRun()
        out.keys.reserveCapacity(a.count + b.count)
        out.rows.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j >= b.count || (i < a.count && a.keys[i] <= b.keys[j]) {
                out.keys.append(a.keys[i]); out.rows.append(a.rows[i]); i += 1
            } else {
                out.keys.append(b.keys[j]); out.rows.append(b.rows[j]); j += 1
            }
        }
        return out
    }
}

/// A 64-bit key → worker row, sorted, so a key or a key range is a few binary searches. Three sorted
/// runs of growing size (a log-structured merge in miniature): an insert touches a run of at most 512
/// pairs, which spills into one of at most 65,536, which spills into the main run. A million
/// registrations cost no quadratic shuffling and no hash table per worker, and the whole index is two
/// plain arrays that a snapshot copies as they are. Used for NIKs (a NIK prefix is a range) and for
/// duplicate-review keys.
struct SortedIndex: Sendable, Equatable {
    private var main = SortedRun()
    private var middle = SortedRun()
    private var tail = SortedRun()
    private static let tailLimit = 512
    private static let middleLimit = 65_536

    var count: Int { main.count + middle.count + tail.count }

    static func == (a: SortedIndex, b: SortedIndex) -> Bool {
        a.entries().elementsEqual(b.entries(), by: { $0 == $1 })
    }

    private func entries() -> [(UInt64, Int32)] {
        var all: [(UInt64, Int32)] = []
        for run in [main, middle, tail] { all += zip(run.keys, run.rows) }
        all.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        return all
    }

    /// Every pair in key order, for the snapshot.
    func merged() -> (keys: [UInt64], rows: [Int32]) {
        let all = SortedRun.merge(SortedRun.merge(main, middle), tail)
        return (all.keys, all.rows)
    }

    /// Restores from sorted arrays written by `merged()`; nil when they are not sorted or differ in length.
    init?(sortedKeys: [UInt64], rows: [Int32]) {
        guard sortedKeys.count == rows.count else { return nil }
        for i in sortedKeys.indices.dropFirst() where sortedKeys[i - 1] > sortedKeys[i] { return nil }
        main = SortedRun(keys: sortedKeys, rows: rows)
    }

    /// Builds from unsorted pairs in one sort.
    init(pairs: [(UInt64, Int32)] = []) {
        let sorted = pairs.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        main = SortedRun(keys: sorted.map(\.0), rows: sorted.map(\.1))
    }

    /// The first row filed under `key`, if any.
    func row(of key: UInt64) -> Int32? {
        for run in [main, middle, tail] {
            let i = run.lowerBound(key)
            if i < run.count, run.keys[i] == key { return run.rows[i] }
        }
        return nil
    }

    mutating func reserve(_ n: Int) {
        main.keys.reserveCapacity(n)
        main.rows.reserveCapacity(n)
    }

    mutating func insert(_ key: UInt64, row: Int32) {
        tail.insert(key, row)
        guard tail.count >= Self.tailLimit else { return }
        middle = SortedRun.merge(middle, tail)
        tail = SortedRun()
        guard middle.count >= Self.middleLimit else { return }
        main = SortedRun.merge(main, middle)
        middle = SortedRun()
    }

    mutating func remove(_ key: UInt64, row: Int32) {
        if tail.remove(key, row) { return }
        if middle.remove(key, row) { return }
        _ = main.remove(key, row)
    }

    /// Rows whose key lies in `lo..<hi`, in key order within each run.
    func rows(from lo: UInt64, below hi: UInt64) -> [Int32] {
        var out: [Int32] = []
        main.rows(from: lo, below: hi, into: &out)
        middle.rows(from: lo, below: hi, into: &out)
        tail.rows(from: lo, below: hi, into: &out)
        return out
    }

    /// Every row filed under exactly `key`, ascending by row.
    func rows(equalTo key: UInt64) -> [Int32] {
        guard key < .max else { return [] }
        return rows(from: key, below: key + 1).sorted()
    }

    /// How many rows are filed under exactly `key` (binary searches only).
    func count(equalTo key: UInt64) -> Int {
        guard key < .max else { return 0 }
        return [main, middle, tail].reduce(0) { $0 + $1.lowerBound(key + 1) - $1.lowerBound(key) }
    }

    /// Rows whose NIK starts with `prefix` (1–16 ASCII digits).
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

    var byteCount: Int {
        (main.keys.capacity + middle.keys.capacity + tail.keys.capacity) * 8
            + (main.rows.capacity + middle.rows.capacity + tail.rows.capacity) * 4
    }
}
