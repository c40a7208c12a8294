import Foundation

/// Rules for text that operators type into records: the one rule every way in (`apply`, `import`,
/// the desk) applies to free text (`clean`), and the keys names are found by: the duplicate key is
/// NFKC, case-folded, with format characters removed and whitespace collapsed; the search key also
/// drops accents so "Muhammad Ẓaki" is found by "zaki".
public enum TextRules {
    /// Controls that could move a cursor, set a title, reorder text or break a line: refused at input.
    /// C0 (tab, CR and LF among them), DEL, C1, the bidi controls, and the line and paragraph
    /// separators U+2028/U+2029 (a record's text is one line).
    public static func isForbidden(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) { return true }
        if v == 0x061C || v == 0x200E || v == 0x200F || v == 0x2028 || v == 0x2029 { return true }
        if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) { return true }
        return false
    }

    /// Nothing to see on its own: white space and default-ignorable characters (zero-width spaces
    /// and joiners, the byte-order mark, soft hyphens, variation selectors, Hangul fillers, tags).
    public static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        s.properties.isWhitespace || s.properties.isDefaultIgnorableCodePoint
    }

    /// The most code points one character may be built of: an emoji family with skin tones is 11,
    /// a flag of a region 7; beyond 16 it is marks piled on a letter.
    public static let maxScalarsPerCharacter = 16

    /// What `clean` makes of a typed field.
    public enum Cleaned: Sendable, Equatable {
        /// What is stored: the text as typed, in NFC, with spaces tidied. It differs from what was
        /// typed (as `String` compares, that is beyond canonical equivalence) only by spaces.
        case text(String)
        /// Nothing to see: empty, or only spaces and invisible characters. A required field is
        /// refused; an optional one is stored as absent.
        case empty
        /// A forbidden character (`isForbidden`): the field is refused.
        case forbidden
        /// A character of more than `maxScalarsPerCharacter` code points: the field is refused.
        case overlongCharacter
    }

    /// The rule for free text (names, villages, notes, …):
    /// - a control, bidi or line-break character (`isForbidden`) refuses the field;
    /// - the text is stored in NFC (the same text by Unicode's definition, and by `String`'s `==`);
    /// - spaces are tidied: white space at either end is removed, and inside, a run of white space
    ///   (no-break and other Unicode spaces included) becomes one plain space;
    /// - a field with nothing visible left (only invisible characters) is empty;
    /// - a character piled with more than `maxScalarsPerCharacter` code points refuses the field;
    /// - everything else is kept as typed: zero-width characters inside a name, combining marks,
    ///   emoji sequences, letters of any script.
    /// `clean` is idempotent: what it stores, it stores again unchanged.
    public static func clean(_ text: String) -> Cleaned {
        // The common case, printable ASCII: NFC is the identity and spaces tidy byte by byte.
        var needsTidying = false
        var previousSpace = true
        var ascii = true
        for b in text.utf8 {
            if b >= 0x80 {
                ascii = false
                break
            }
            if b < 0x20 || b == 0x7F { return .forbidden }
            if b == 0x20 {
                if previousSpace { needsTidying = true }
                previousSpace = true
            } else {
                previousSpace = false
            }
        }
        if ascii {
            if previousSpace { needsTidying = true }  // empty, or a space at the end
            let tidy = needsTidying ? tidySpaces(text) : text
            return tidy.isEmpty ? .empty : .text(tidy)
        }
        if text.unicodeScalars.contains(where: isForbidden) { return .forbidden }
        let tidy = tidySpaces(text.precomposedStringWithCanonicalMapping)
        if tidy.unicodeScalars.allSatisfy(isInvisible) { return .empty }
        for ch in tidy where ch.unicodeScalars.count > maxScalarsPerCharacter { return .overlongCharacter }
        return .text(tidy)
    }

    /// White space off both ends, each run inside made one U+0020 (scalar by scalar, so a space
    /// before a combining mark is a space too).
    static func tidySpaces(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in s.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace {
                    out.append(" ")
                    pendingSpace = false
                }
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The refusal for a field's text (nil when it is stored): what the core says, and what
    /// `import` says of a cell before it builds the command, in the same words.
    public static func refusal(_ cleaned: Cleaned, field: String, required: Bool) -> Refusal? {
        switch cleaned {
        case .text: return nil
        case .empty: return required ? .fieldRequired(field: field) : nil
        case .forbidden: return .fieldHasControlCharacters(field: field)
        case .overlongCharacter:
            return .fieldInvalid(field: field,
                detail: "has a character built of more than \(maxScalarsPerCharacter) code points (marks piled on one letter)")
        }
    }

    /// What the core will store instead of what was typed, field by field, for a command it
    /// accepts: the text fields `clean` tidied (an optional one with nothing visible is stored as
    /// absent, `to` ""), and a certificate number given with a failed result, which is not kept.
    public static func changes(in command: Command) -> [TextChange] {
        var out: [TextChange] = []
        for (field, value) in command.freeText {
            let stored: String
            switch clean(value) {
            case .text(let t): stored = t
            case .empty: stored = ""
            case .forbidden, .overlongCharacter: continue  // refused: nothing is stored
            }
            if stored != value { out.append(TextChange(field: field, from: value, to: stored)) }
        }
        if case .recordResult(let r) = command, !r.passed, let number = r.certificateNumber, !number.isEmpty {
            out.removeAll { $0.field == "certificateNumber" }
            out.append(TextChange(field: "certificateNumber", from: number, to: ""))
        }
        return out
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

/// One field the core stores otherwise than it was typed (see `TextRules.changes(in:)`).
public struct TextChange: Sendable, Equatable {
    /// The field, as refusals name it (`name`, `employers[1]`).
    public var field: String
    public var from: String
    /// "" when nothing is stored.
    public var to: String

    public init(field: String, from: String, to: String) {
        self.field = field
        self.from = from
        self.to = to
    }
}

extension Command {
    /// Every free-text field the command carries, with the name its refusals use: exactly the
    /// fields the core's validation passes through `TextRules.clean` (`Validation.text` and
    /// `optionalText`). A test holds this list to the commands' string fields.
    public var freeText: [(field: String, value: String)] {
        var out: [(field: String, value: String)] = []
        func add(_ field: String, _ value: String?) {
            if let value { out.append((field, value)) }
        }
        switch self {
        case .registerWorker(let d):
            add("name", d.name); add("regency", d.regency); add("village", d.village); add("phone", d.phone)
            add("education", d.education)
        case .updateWorker(let u):
            add("name", u.name); add("regency", u.regency); add("village", u.village); add("phone", u.phone)
            add("education", u.education)
        case .recordDocument(let d): add("number", d.number)
        case .scheduleFair(let d):
            add("venue", d.venue); add("regency", d.regency)
            for (i, e) in d.employers.enumerated() { add("employers[\(i)]", e) }
            add("village", d.village); add("topic", d.topic)
        case .createJobOrder(let d): add("employer", d.employer); add("agency", d.agency); add("agencyLicence", d.agencyLicence)
        case .createCohort(let d): add("provider", d.provider)
        case .recordResult(let r): add("certificateNumber", r.certificateNumber)
        case .recordOrientation(let o): add("certificateNumber", o.certificateNumber)
        case .openCase(let c): add("summary", c.summary)
        case .recordCheckIn(let c): add("note", c.note)
        case .createProgram(let p): add("name", p.name); add("village", p.village); add("regency", p.regency)
        case .recordOutcome(let o): add("businessKind", o.businessKind)
        case .exitWorker(let e): add("note", e.note)
        case .correctEntry(let c):
            add("note", c.note)
            if case .amendResult(_, _, _, _, _, let number) = c.correction { add("correction.amendResult.certificateNumber", number) }
        case .revealNIK(let r): add("purpose", r.purpose)
        case .recordExport(let e): add("kind", e.kind); add("destination", e.destination)
        case .loadAgencies(let t):
            for (i, a) in t.agencies.enumerated() { add("agencies[\(i)].name", a.name); add("agencies[\(i)].licence", a.licence) }
        case .loadReference, .recordAttendance, .enroll, .applyForLoan, .decideLoan, .disburseLoan, .closeLoan,
             .selectForJobOrder, .recordDeparture, .closeCase, .recordReturn, .enrollReturnee, .resolveDuplicate:
            break
        case .scheduleLiteracySession(let d): add("topic", d.topic)
        case .recordHealthCoverage(let c): add("insurer", c.insurer); add("policyNumber", c.policyNumber)
        case .recordHeadcount, .recordLiteracyParticipation, .recordLanguageTest:
            break
        }
        return out
    }
}
