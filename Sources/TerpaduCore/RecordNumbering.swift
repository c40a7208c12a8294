/// Which number each row of a record kind carries.
///
/// Numbers are handed out in order, one per row, so a record's number is normally its row + 1. A gap
/// event (the journal lost events that had handed out numbers) moves the next number past every one
/// handed out, so no number is ever given to two people; the rows stay dense and the numbers skip.
/// Each skip is kept as a jump: from row `row` on, numbers continue from `number`. Jumps are rare
/// (one per repair), so a lookup is a short scan from the end.
public struct RecordNumbering: Sendable, Equatable {
    struct Jump: Sendable, Equatable {
        /// The first row after the jump.
        var row: Int32
        /// That row's number.
        var number: Int
    }

    /// Indexed by `RecordKind.rawValue`; empty for a kind that never jumped.
    private(set) var jumps: [[Jump]] = Array(repeating: [], count: RecordKind.allCases.count)

    public init() {}

    var isIdentity: Bool { jumps.allSatisfy(\.isEmpty) }

    /// The number of `row` of `kind`.
    public func number(_ kind: RecordKind, row: Int32) -> Int {
        let list = jumps[Int(kind.rawValue)]
        guard let j = list.last(where: { $0.row <= row }) else { return Int(row) + 1 }
        return j.number + Int(row - j.row)
    }

    /// The row holding `number` among `count` rows of `kind`, or nil when no row carries it (beyond the
    /// last row, or a number skipped by a gap).
    public func row(_ kind: RecordKind, number: Int, count: Int) -> Int? {
        guard number >= 1 else { return nil }
        let list = jumps[Int(kind.rawValue)]
        if let j = list.last(where: { $0.number <= number }) {
            let r = Int(j.row) + (number - j.number)
            // Past the next jump's row, the number was skipped.
            if let next = list.first(where: { $0.row > j.row }), r >= Int(next.row) { return nil }
            return r < count ? r : nil
        }
        // Before the first jump: row = number - 1, as long as that row precedes the jump.
        let r = number - 1
        if let first = list.first, r >= Int(first.row) { return nil }
        return r < count ? r : nil
    }

    /// The number the next row of `kind` will carry, when `count` rows exist.
    public func next(_ kind: RecordKind, count: Int) -> Int {
        number(kind, row: Int32(clamping: count))
    }

    /// Makes the next row of `kind` (row `count`) carry `number`, if that is past what it would carry.
    /// Returns the numbers skipped (empty when nothing moved).
    @discardableResult
    mutating func skip(_ kind: RecordKind, count: Int, to number: Int) -> ClosedRange<Int>? {
        let next = self.next(kind, count: count)
        guard number > next else { return nil }
        var list = jumps[Int(kind.rawValue)]
        if let last = list.last, last.row == Int32(count) { list.removeLast() }
        list.append(Jump(row: Int32(count), number: number))
        jumps[Int(kind.rawValue)] = list
        return next...(number - 1)
    }

    // MARK: Snapshot form

    /// Every jump as (kind, row, number), for the snapshot codec.
    var flattened: [(kind: UInt8, row: Int32, number: Int)] {
        RecordKind.allCases.flatMap { kind in jumps[Int(kind.rawValue)].map { (kind.rawValue, $0.row, $0.number) } }
    }

    /// Rebuilds from `flattened`; nil when the jumps make no sense (unknown kind, rows or numbers not
    /// increasing), so a damaged snapshot is refused rather than misnumbering records.
    init?(flattened: [(kind: UInt8, row: Int32, number: Int)]) {
        for (k, row, number) in flattened {
            guard let kind = RecordKind(rawValue: k), row >= 0, number >= 1 else { return nil }
            var list = jumps[Int(kind.rawValue)]
            let floor = list.last.map { $0.number + Int(row - $0.row) } ?? Int(row) + 1
            if let last = list.last, row <= last.row { return nil }
            guard number > floor else { return nil }
            list.append(Jump(row: row, number: number))
            jumps[Int(kind.rawValue)] = list
        }
    }
}
