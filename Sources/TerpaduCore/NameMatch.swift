/// How two names are compared for the duplicate review (within the same birth date): a name key,
/// and a tolerant comparison of two keys.
///
/// The key starts from the search key (NFKC, case folded, accents stripped, format characters
/// gone), then: apostrophes go (Ma'ruf = Maruf), other punctuation separates words ("Siti Aminah."),
/// the old Indonesian spellings oe, dj and tj become u, j and c (Soeharto = Suharto, Djoko = Joko,
/// Tjahjo = Cahjo), a doubled letter is one (Sitti = Siti, Muhammad = Muhamad), and the words are
/// sorted (Aminah Siti = Siti Aminah). Two keys match when their words are equal, when the words
/// written together are equal (Abdul Rahman = Abdulrahman), or when each word of one pairs with its
/// own word of the other that is equal or, both being at least four letters long, one edit apart (a
/// letter changed, added, dropped, or two neighbours swapped: Jusuf = Yusuf, Aminah = Aminha).
/// Short words must be equal: "Ani" and "Ana" are other people.
struct NameKey: Equatable, Sendable {
    /// The words, folded as above, sorted.
    var words: [[UInt32]]
    /// The words in the order typed, written together (doubled letters at the joins folded too).
    var joined: [UInt32]

    /// A 64-bit summary for a cheap first test (`NameMatch.mayMatch`): which letters occur (a–z one
    /// bit each, digits one bit, other scripts five bits by hash), the number of letters, the number
    /// of words, and a 16-bit hash of the words holding a digit (compared exactly, so they must agree).
    var signature: UInt64 {
        var mask: UInt64 = 0
        var letters = 0
        var numbers: UInt64 = 0
        for w in words {
            letters += w.count
            for s in w { mask |= NameMatch.letterBit(s) }
            if !NameMatch.tolerant(w), w.contains(where: { $0 >= 48 && $0 <= 57 }) {
                for s in w { numbers = (numbers ^ UInt64(s)) &* 0x100000001b3 }
                numbers = (numbers ^ 0xFF) &* 0x100000001b3
            }
        }
        let digitHash = numbers == 0 ? 0 : (numbers ^ (numbers >> 16) ^ (numbers >> 32) ^ (numbers >> 48)) & 0xFFFF
        return mask | UInt64(min(letters, 255)) << 32 | UInt64(min(words.count, 255)) << 40 | digitHash << 48
    }

    /// A stable hash of the sorted words: equal keys, equal hashes.
    var exactHash: UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for w in words {
            for s in w { h = (h ^ UInt64(s)) &* 0x100000001b3 }
            h = (h ^ 0xFFFF_FFFF) &* 0x100000001b3
        }
        return h
    }
}

enum NameMatch {
    static func letterBit(_ s: UInt32) -> UInt64 {
        switch s {
        case 97...122: 1 << UInt64(s - 97)
        case 48...57: 1 << 26
        default: 1 << (27 + UInt64(s % 5))
        }
    }

    /// The key of a name as typed.
    static func key(name: String) -> NameKey { key(searchKey: TextRules.searchKey(name)) }

    /// The key of a name from its search key (`TextRules.searchKey`, as the search index holds it).
    static func key<C: Collection>(searchKey bytes: C) -> NameKey where C.Element == UInt8 {
        var typed: [[UInt32]] = []
        var word: [UInt32] = []
        func endWord() {
            if !word.isEmpty { typed.append(fold(word)); word.removeAll(keepingCapacity: true) }
        }
        func take(_ s: UInt32) {
            switch s {
            case 97...122, 48...57: word.append(s)
            case 0x27, 0x60, 0x2018, 0x2019, 0x02BC, 0x02BB: break  // apostrophes join
            case 0..<0x80: endWord()
            default:
                if let scalar = Unicode.Scalar(s), scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                    || scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .spacingMark {
                    word.append(s)
                } else {
                    endWord()
                }
            }
        }
        if bytes.allSatisfy({ $0 < 0x80 }) {
            for b in bytes { take(UInt32(b)) }
        } else {
            for s in String(decoding: bytes, as: UTF8.self).unicodeScalars { take(s.value) }
        }
        endWord()
        var joined: [UInt32] = []
        for w in typed {
            for s in w where joined.last != s || (s >= 48 && s <= 57) { joined.append(s) }
        }
        return NameKey(words: typed.sorted { $0.lexicographicallyPrecedes($1) }, joined: joined)
    }

    /// Old spellings to the 1972 ones, then doubled letters (not digits) as one.
    static func fold(_ w: [UInt32]) -> [UInt32] {
        let o: UInt32 = 111, e: UInt32 = 101, d: UInt32 = 100, j: UInt32 = 106, t: UInt32 = 116
        var out: [UInt32] = []
        out.reserveCapacity(w.count)
        var i = 0
        while i < w.count {
            var s = w[i]
            var step = 1
            if i + 1 < w.count {
                let next = w[i + 1]
                if s == o && next == e { s = 117; step = 2 }        // oe → u
                else if s == d && next == j { s = j; step = 2 }     // dj → j
                else if s == t && next == j { s = 99; step = 2 }    // tj → c
            }
            // Doubled letters are one; doubled digits are not (1100 is not 10).
            if out.last != s || (s >= 48 && s <= 57) { out.append(s) }
            i += step
        }
        return out
    }

    /// The cheap first test on signatures: false only when the keys cannot match.
    static func mayMatch(_ a: UInt64, _ b: UInt64) -> Bool {
        let diff = ((a ^ b) & 0xFFFF_FFFF).nonzeroBitCount
        let la = Int((a >> 32) & 0xFF), lb = Int((b >> 32) & 0xFF)
        let wa = Int((a >> 40) & 0xFF), wb = Int((b >> 40) & 0xFF)
        if diff == 0 && abs(la - lb) <= 1 { return true }  // perhaps the same letters split otherwise
        guard a >> 48 == b >> 48 else { return false }  // words with digits differ
        // Each tolerated edit changes at most two letters of the set and one of the count.
        return wa == wb && diff <= 2 * wa && abs(la - lb) <= wa
    }

    static func matches(_ a: NameKey, _ b: NameKey) -> Bool {
        guard !a.words.isEmpty, !b.words.isEmpty else { return false }
        if a.words == b.words || a.joined == b.joined { return true }
        guard a.words.count == b.words.count else { return false }
        var unused = b.words
        var rest: [[UInt32]] = []
        for w in a.words {
            if let i = unused.firstIndex(of: w) { unused.remove(at: i) } else { rest.append(w) }
        }
        for w in rest {
            guard let i = unused.firstIndex(where: { tolerant(w) && tolerant($0) && oneEditApart(w, $0) }) else { return false }
            unused.remove(at: i)
        }
        return true
    }

    /// Whether a word may be one slip from its pair: four letters or more, and no digit (numbers are
    /// compared exactly: "Pekerja 1234" and "Pekerja 1235" are two people).
    static func tolerant(_ w: [UInt32]) -> Bool { w.count >= 4 && !w.contains { $0 >= 48 && $0 <= 57 } }

    /// Above this many people born on one day (a default date such as 1 January) only equal keys are
    /// looked up (birth date + key hash), so a registration stays a few binary searches.
    static let tolerantLimit = 256

    /// At most one edit apart: equal, one letter changed, added or dropped, or two neighbours swapped.
    static func oneEditApart(_ a: [UInt32], _ b: [UInt32]) -> Bool {
        if a.count == b.count {
            var first = -1
            for i in a.indices where a[i] != b[i] {
                if first < 0 { first = i; continue }
                // A second difference: only a swap of neighbours is still one edit.
                guard i == first + 1, a[first] == b[i], a[i] == b[first] else { return false }
                return a[(i + 1)...] == b[(i + 1)...]
            }
            return true
        }
        let (long, short) = a.count > b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1 else { return false }
        var i = 0
        while i < short.count, short[i] == long[i] { i += 1 }
        return short[i...] == long[(i + 1)...]
    }
}

/// The duplicate review's index: worker rows by birth date, and each row's name signature, so a
/// registration compares its name only with the people born the same day (a few dozen at a
/// million workers), most of them by one 64-bit test. Derived: rebuilt from the birth dates and the
/// search index after a snapshot is read, kept as events apply; the snapshot does not carry it.
struct NameMatchIndex: Sendable, Equatable {
    private(set) var byBirth = SortedIndex()
    /// Birth date + `NameKey.exactHash` → rows, for days too crowded to compare tolerantly.
    private(set) var byKey = SortedIndex()
    private(set) var signatures: [UInt64] = []
    /// Each row's `NameKey.exactHash`.
    private(set) var hashes: [UInt64] = []

    init() {}

    /// Built from the birth column and the search keys, in one sort.
    init(birth: [Int32], search: SearchIndex) {
        var pairs: [(UInt64, Int32)] = []
        pairs.reserveCapacity(birth.count)
        var keyPairs: [(UInt64, Int32)] = []
        keyPairs.reserveCapacity(birth.count)
        signatures = []
        signatures.reserveCapacity(birth.count)
        hashes.reserveCapacity(birth.count)
        search.withBytes { buf in
            for r in birth.indices {
                pairs.append((Self.key(birth[r]), Int32(r)))
                let (s, n) = r < search.count ? search.span(row: r) : (0, 0)
                let key = NameMatch.key(searchKey: UnsafeBufferPointer(rebasing: buf[s..<(s + n)]))
                signatures.append(key.signature)
                hashes.append(key.exactHash)
                keyPairs.append((Self.key(birth[r], hash: key.exactHash), Int32(r)))
            }
        }
        byBirth = SortedIndex(pairs: pairs)
        byKey = SortedIndex(pairs: keyPairs)
    }

    static func key(_ birth: Int32) -> UInt64 { UInt64(UInt32(bitPattern: birth)) }
    static func key(_ birth: Int32, hash: UInt64) -> UInt64 { (hash ^ key(birth)) &* 0x100000001b3 }

    mutating func set(row: Int32, birth: Int32, key: NameKey) {
        let r = Int(row)
        while signatures.count <= r { signatures.append(0); hashes.append(0) }
        signatures[r] = key.signature
        hashes[r] = key.exactHash
        byBirth.insert(Self.key(birth), row: row)
        byKey.insert(Self.key(birth, hash: key.exactHash), row: row)
    }

    /// Takes the row out under its birth date and its current key (before `set` files it anew).
    mutating func remove(row: Int32, birth: Int32) {
        byBirth.remove(Self.key(birth), row: row)
        byKey.remove(Self.key(birth, hash: hash(Int(row))), row: row)
    }

    /// The people to compare with a name born on `birth`: everyone born that day, or on a crowded
    /// day only those with an equal key (`exactOnly`), ascending by row.
    func candidates(born birth: Int32, hash: UInt64) -> (rows: [Int32], exactOnly: Bool) {
        if byBirth.count(equalTo: Self.key(birth)) > NameMatch.tolerantLimit {
            return (byKey.rows(equalTo: Self.key(birth, hash: hash)), true)
        }
        return (byBirth.rows(equalTo: Self.key(birth)), false)
    }

    func signature(_ r: Int) -> UInt64 { r < signatures.count ? signatures[r] : 0 }
    func hash(_ r: Int) -> UInt64 { r < hashes.count ? hashes[r] : 0 }

    var byteCount: Int { byBirth.byteCount + byKey.byteCount + signatures.capacity * 8 + hashes.capacity * 8 }
}

extension TerpaduState {
    /// Workers born on `birth` whose names match `key` (`NameMatch`), ascending by row (on a crowded day,
    /// more than `NameMatch.tolerantLimit`, only equal keys, through one lookup): one lookup by
    /// birth date, a signature test per person born that day, a full comparison for the few left.
    func nameMatches(_ key: NameKey, birth: Int32, except: Int? = nil) -> [Int32] {
        let signature = key.signature, hash = key.exactHash
        let (born, exactOnly) = duplicates.candidates(born: birth, hash: hash)
        var out: [Int32] = []
        for r in born where Int(r) != except {
            let i = Int(r)
            guard i < workers.count, workers.birth[i] == birth else { continue }
            if exactOnly ? duplicates.hash(i) != hash : !NameMatch.mayMatch(signature, duplicates.signature(i)) { continue }
            let (s, n) = search.span(row: i)
            let other = search.withBytes { NameMatch.key(searchKey: UnsafeBufferPointer(rebasing: $0[s..<(s + n)])) }
            if NameMatch.matches(key, other) { out.append(r) }
        }
        return out
    }
}

extension SearchIndex {
    /// Where row `r`'s folded name lies in `bytes` (start, length); (0, 0) for a row it does not hold.
    func span(row r: Int) -> (Int, Int) {
        r >= 0 && r < start.count ? (Int(start[r]), Int(length[r])) : (0, 0)
    }
}
