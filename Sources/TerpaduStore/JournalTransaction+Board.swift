import GRDB
import GRDBSQLite
import TerpaduCore

/// Writes to `board_cells` (see `BoardTable`), bound through SQLite's C API like the event insert:
/// a million-worker fill writes about a million rows.
extension JournalTransaction {
    /// Adds each delta to its row, and removes a row that falls to zero, so the table holds exactly
    /// the non-zero rows a recount gives.
    public func addBoardCells(_ deltas: [BoardCell: Int64]) throws {
        let add = try db.cachedStatement(sql: """
            INSERT INTO board_cells(dimension, province, destination, period, key, value) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(dimension, province, destination, period, key) DO UPDATE SET value = value + excluded.value
            """).sqliteStatement
        let drop = try db.cachedStatement(sql: """
            DELETE FROM board_cells
            WHERE dimension = ? AND province = ? AND destination = ? AND period = ? AND key = ? AND value = 0
            """).sqliteStatement
        for (cell, delta) in deltas where delta != 0 {
            try bindCell(add, cell)
            try check(sqlite3_bind_int64(add, 6, delta))
            try step(add)
            try bindCell(drop, cell)
            try step(drop)
        }
    }

    /// Inserts rows into an empty part of the table (after `clearBoard`).
    public func insertBoardCells<S: Sequence>(_ cells: S) throws where S.Element == (key: BoardCell, value: Int64) {
        let insert = try db.cachedStatement(sql: """
            INSERT INTO board_cells(dimension, province, destination, period, key, value) VALUES (?, ?, ?, ?, ?, ?)
            """).sqliteStatement
        for (cell, value) in cells where value != 0 {
            try bindCell(insert, cell)
            try check(sqlite3_bind_int64(insert, 6, value))
            try step(insert)
        }
    }

    /// Empties the board table, or only the rows of the given dimensions.
    public func clearBoard(dimensions: [String]? = nil) throws {
        guard let dimensions else {
            try db.execute(sql: "DELETE FROM board_cells")
            return
        }
        let statement = try db.cachedStatement(sql: "DELETE FROM board_cells WHERE dimension = ?")
        for d in dimensions { try statement.execute(arguments: [d]) }
    }

    private func bindCell(_ statement: OpaquePointer?, _ cell: BoardCell) throws {
        sqlite3_reset(statement)
        try bind(statement, 1, cell.dimension)
        try bind(statement, 2, cell.province)
        try bind(statement, 3, cell.destination)
        try bind(statement, 4, cell.period)
        try bind(statement, 5, cell.key)
    }
}
