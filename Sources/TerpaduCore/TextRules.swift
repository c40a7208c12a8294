import Foundation

/// Rules for text that operators type into records: names are stored in NFC; the duplicate key is
/// NFKC, case-folded, with format characters removed and whitespace collapsed; the search key also
/// drops accents so "Muhammad Ẓaki" is found by "zaki".
public enum TextRules {
    /// Controls that could move a cursor, set a title, or reorder text: refused at input.
    public static func isForbidden(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) { return true }
        if v == 0x061C || v == 0x200E || v == 0x200F { return true }
        if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) { return true }
        return false
    }

    /// Cleans a free-text field: NFC, trims, collapses runs of spaces. Returns nil when a forbidden
    /// control character is present (the caller refuses the field).
    public static func cleanField(_ text: String) -> String? {
        if let ascii = cleanASCII(text) { return ascii }
        if text.unicodeScalars.contains(where: isForbidden) { return nil }
        let nfc = text.precomposedStringWithCanonicalMapping
        return collapseWhitespace(nfc)
    }

    /// The common case, printable ASCII: NFC is the identity and spaces collapse byte by byte.
    /// Nil when the text has anything else (then the full Unicode path runs).
    static func cleanASCII(_ text: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for b in text.utf8 {
            guard b >= 0x20 && b < 0x7F else { return nil }
            if b == 0x20 {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func collapseWhitespace(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for ch in s {
            if ch.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append(ch)
            }
        }
        return out
    }

    /// The duplicate-review key: NFKC, case folded, format characters removed, whitespace collapsed.
    public static func duplicateKey(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return String(decoding: asciiFold(name), as: UTF8.self) }
        let nfkc = name.precomposedStringWithCompatibilityMapping
        let folded = nfkc.folding(options: [.caseInsensitive], locale: nil)
        var scalars = String.UnicodeScalarView()
        for s in folded.unicodeScalars where s.properties.generalCategory != .format {
            scalars.append(s)
        }
        return collapseWhitespace(String(scalars)).precomposedStringWithCompatibilityMapping
    }

    /// The search key: the duplicate key with accents stripped, as lowercase UTF-8 bytes.
    public static func searchKey(_ text: String) -> [UInt8] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiFold(text) }
        let key = duplicateKey(text).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return Array(key.utf8)
    }

    /// Both keys of a name at once; for ASCII names they are the same bytes, folded once.
    static func keys(_ name: String) -> (duplicate: [UInt8], search: [UInt8]) {
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            let folded = asciiFold(name)
            return (folded, folded)
        }
        return (Array(duplicateKey(name).utf8), searchKey(name))
    }

    private static func asciiFold(_ s: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for b in s.utf8 {
            if b == 32 || (9...13).contains(b) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace { bytes.append(32); pendingSpace = false }
            bytes.append(b >= 65 && b <= 90 ? b + 32 : b)
        }
        return bytes
    }

    /// 64-bit FNV-1a: a stable hash (Swift's Hasher is seeded per process, so it cannot be stored).
    static func stableHash<S: Sequence>(_ bytes: S, seed: UInt64 = 0xcbf29ce484222325) -> UInt64
    where S.Element == UInt8 {
        var h = seed
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }
}
