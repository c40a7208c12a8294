import Foundation

/// One option of a pick list: a code (what the app stores, e.g. a province code "32") and a label
/// (what people read, "Jawa Barat"). Shown as "code  label".
public struct PickOption: Hashable, Sendable {
    public var code: String
    public var label: String

    public init(code: String, label: String) {
        self.code = code
        self.label = label
    }

    /// "code  label", or the code alone when there is no label.
    public var shown: String { label.isEmpty ? code : code + "  " + label }

    /// Whether typing `query` finds this option: the query is a prefix of the code, or each of its
    /// words is the start of a word of the label. Case and accents do not count ("jawa b" finds
    /// "Jawa Barat", "bali" finds "Bali", "sulawesi" finds "Sulawési").
    public func matches(_ query: String) -> Bool {
        let q = Self.fold(query)
        let words = q.split(separator: " ")
        guard !words.isEmpty else { return true }
        if Self.fold(code).hasPrefix(q.trimmingCharacters(in: .whitespaces)) { return true }
        let labelWords = Self.fold(label).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        return words.allSatisfy { w in labelWords.contains { $0.hasPrefix(w) } }
    }

    /// The same text whatever its case and accents.
    static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}
