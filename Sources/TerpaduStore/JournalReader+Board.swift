import GRDB
import TerpaduCore

/// Reads of `board_cells` (see `BoardTable`), each a walk of one primary-key range.
extension JournalReader {
    /// The rows of one slice ('' for every province or destination) that `BoardFigures(rows:)` needs
    /// for the `weeks` weeks up to the week of `asOf`: the undated rows, every week's flows (their
    /// sums before the window give the running totals), the window's histograms and `asOf`'s day.
    public func boardRows(province: String, destination: String, asOf: Day, weeks: Int) throws -> [(cell: BoardCell, value: Int64)] {
        let windowStart = asOf.weekStart.adding(days: -7 * max(0, weeks - 1)).description
        var out: [(cell: BoardCell, value: Int64)] = []
        let slice = "SELECT period, key, value FROM board_cells WHERE dimension = ? AND province = ? AND destination = ?"
        func collect(_ dimension: String, _ extra: String = "", _ arguments: [String] = []) throws {
            let cursor = try Row.fetchCursor(db.cachedStatement(sql: slice + extra),
                                             arguments: StatementArguments([dimension, province, destination] + arguments))
            while let row = try cursor.next() {
                out.append((BoardCell(dimension: dimension, province: province, destination: destination,
                                      period: row[0], key: row[1]), row[2]))
            }
        }
        for d in BoardCell.undatedDimensions { try collect(d) }
        try collect("week")
        for d in ["lead", "cost"] { try collect(d, " AND period >= ?", [windowStart]) }
        try collect(BoardCell.dayDimension, " AND period = ?", [asOf.description])
        return out
    }

    /// The day the board's figures are as of (nil before any event).
    public func boardAsOf() throws -> Day? {
        let sql = "SELECT value FROM board_cells WHERE dimension = 'asOf' AND province = '' AND destination = '' AND period = '' AND key = 'day'"
        return try Int64.fetchOne(db.cachedStatement(sql: sql)).map { Day(number: Int32(clamping: $0)) }
    }

    /// Every row of the table (for `doctor`).
    public func boardCells() throws -> [BoardCell: Int64] {
        var out: [BoardCell: Int64] = [:]
        let cursor = try Row.fetchCursor(db, sql: "SELECT dimension, province, destination, period, key, value FROM board_cells")
        while let row = try cursor.next() {
            out[BoardCell(dimension: row[0], province: row[1], destination: row[2], period: row[3], key: row[4])] = row[5]
        }
        return out
    }
}
