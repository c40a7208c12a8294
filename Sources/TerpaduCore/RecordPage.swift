/// One page of a list of records, and how many the whole list holds, so a screen can show "41–60 of
/// 1,203" and scroll without asking for everything.
public struct RecordPage<Row: Hashable & Sendable>: Hashable, Sendable {
    public var rows: [Row]
    /// The position of the first row in the whole list.
    public var offset: Int
    /// How many rows the whole list holds.
    public var total: Int

    public init(rows: [Row], offset: Int, total: Int) {
        self.rows = rows
        self.offset = offset
        self.total = total
    }
}

/// The order of a list. Numbers are handed out in order, so newest first is by descending ID.
public enum ListOrder: Hashable, Sendable {
    case oldestFirst, newestFirst
}

extension RecordPage {
    /// Positions `offset ..< offset + count` of a list of `total`, clamped to what exists.
    static func window(total: Int, offset: Int, count: Int) -> Range<Int> {
        let a = max(0, min(offset, total))
        let b = max(a, a + min(max(0, count), total - a))
        return a..<b
    }

    /// A page of the table rows `0 ..< total`, each made by `row` (a row it cannot make is left out).
    static func of(total: Int, offset: Int, count: Int, order: ListOrder, _ row: (Int) -> Row?) -> RecordPage {
        let w = window(total: total, offset: offset, count: count)
        let rows = w.compactMap { i in row(order == .oldestFirst ? i : total - 1 - i) }
        return RecordPage(rows: rows, offset: w.lowerBound, total: total)
    }

    /// A page of the chosen table rows `indexes` (ascending), each made by `row`.
    static func of(_ indexes: [Int32], offset: Int, count: Int, order: ListOrder, _ row: (Int) -> Row?) -> RecordPage {
        of(total: indexes.count, offset: offset, count: count, order: order) { row(Int(indexes[$0])) }
    }
}
