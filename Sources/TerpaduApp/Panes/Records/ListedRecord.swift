import Foundation
import TerpaduCore

/// A value a list sorts by: numbers (days count as numbers) before text, text folded for case and
/// accents.
enum SortKey: Comparable {
    case number(Int64)
    case text(String)

    static func day(_ d: Day) -> SortKey { .number(Int64(d.number)) }
    static func int(_ n: Int) -> SortKey { .number(Int64(n)) }
    static func words(_ s: String) -> SortKey { .text(fold(s)) }
}

/// Case and accents folded, so "sítí" finds "Siti" and sorts beside it.
func fold(_ s: String) -> String { s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }

/// The columns of a record list; each is a sort order.
protocol RecordColumn: RawRepresentable<Int>, CaseIterable, Hashable, Sendable {
    /// Text sorts A→Z first; numbers and dates largest or newest first.
    var ascendingFirst: Bool { get }
}

/// A row of a record list, as the store's owner sorts and filters it.
protocol ListedRecord: Sendable {
    associatedtype Column: RecordColumn
    var recordID: RecordID { get }
    /// `language`: which of a name's two languages is on screen.
    func sortKey(_ column: Column, _ language: Language) -> SortKey
    /// What `/` searches in.
    var filterFields: [String] { get }
}

extension ListedRecord {
    /// Whether every word typed appears in one of the filter fields (case and accents folded).
    func matches(_ words: [String]) -> Bool {
        let fields = filterFields.map(fold)
        return words.allSatisfy { w in fields.contains { $0.contains(w) } }
    }
}

extension Array where Element: ListedRecord {
    /// Filtered by `text` and sorted by `query`'s column; equal keys keep ID order.
    func arranged(_ query: RecordListQuery) -> [RecordID] {
        let words = fold(query.text).split(separator: " ").map(String.init)
        let kept = words.isEmpty ? self : filter { $0.matches(words) }
        let column = Element.Column(rawValue: query.sort) ?? Element.Column(rawValue: 0)
        let keyed = kept.map { row in (key: column.map { row.sortKey($0, query.language) }, id: row.recordID) }
        let sorted = keyed.sorted { a, b in
            if let ka = a.key, let kb = b.key, ka != kb { return query.ascending ? ka < kb : ka > kb }
            return query.ascending ? a.id < b.id : a.id > b.id
        }
        return sorted.map(\.id)
    }
}
