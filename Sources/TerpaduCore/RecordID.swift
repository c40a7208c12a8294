/// The kinds of record an operator can name over the phone, each with its own prefix.
public enum RecordKind: UInt8, CaseIterable, Sendable, Codable {
    case worker, jobFair, jobOrder, cohort, loan, placement, protectionCase, program, duplicateReview
    /// A financial literacy session for workers in placement.
    case literacySession

    public var prefix: String {
        switch self {
        case .worker: "W"
        case .jobFair: "JF"
        case .jobOrder: "JO"
        case .cohort: "TC"
        case .loan: "LN"
        case .placement: "PL"
        case .protectionCase: "PC"
        case .program: "RP"
        case .duplicateReview: "DR"
        case .literacySession: "LS"
        }
    }

    static let byPrefix: [String: RecordKind] = Dictionary(
        uniqueKeysWithValues: RecordKind.allCases.map { ($0.prefix, $0) })
}

/// A short, stable, human-readable ID: a prefix and at least six digits (`W-000123`).
/// Numbers start at 1 and are handed out in order; which row carries which number is the state's
/// `RecordNumbering` (row + 1 until a gap event moves numbers past ones the journal lost).
/// IDs compare numerically within a kind; the text form is always padded the same way.
public struct RecordID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let kind: RecordKind
    public let number: Int

    public init(_ kind: RecordKind, _ number: Int) {
        self.kind = kind
        self.number = number
    }

    public var description: String {
        let digits = String(number)
        let pad = digits.count < 6 ? String(repeating: "0", count: 6 - digits.count) : ""
        return "\(kind.prefix)-\(pad)\(digits)"
    }

    /// Parses `W-000123` (case-insensitive prefix; any number of ASCII digits, at most 12).
    public init?(parsing text: String) {
        let trimmed = text.trimmingASCIISpaces()
        guard let dash = trimmed.firstIndex(of: "-") else { return nil }
        let prefix = trimmed[..<dash].uppercased()
        let digits = trimmed[trimmed.index(after: dash)...]
        guard let kind = RecordKind.byPrefix[prefix], !digits.isEmpty, digits.count <= 12,
              digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
              let n = Int(digits), n > 0 else { return nil }
        self.init(kind, n)
    }

    /// Parses and insists on a kind.
    public init?(parsing text: String, as kind: RecordKind) {
        guard let id = RecordID(parsing: text), id.kind == kind else { return nil }
        self = id
    }

    public static func < (a: RecordID, b: RecordID) -> Bool {
        a.kind.rawValue != b.kind.rawValue ? a.kind.rawValue < b.kind.rawValue : a.number < b.number
    }
}

extension RecordID: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = RecordID(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "not a record ID: \(text)"))
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

extension StringProtocol {
    func trimmingASCIISpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
