import TerpaduCore

/// Step 7b of `doctor`: the board's table (`BoardTable`) against the board rows of a recount of
/// the replayed state, row by row.
extension Doctor {
    static let openOnce = "open the directory once read-write (the desk, or any `terpadu` command that records)"

    static func boardTable(_ journal: Journal, state: TerpaduState, into report: inout Report) {
        do {
            try journal.read { reader in
                let version = try JournalSchema.userVersion(reader.db)
                guard version >= JournalSchema.currentVersion else {
                    report.find("the board's tables do not exist yet (journal schema \(version))", mend: openOnce)
                    return
                }
                guard try BoardTable.isReady(reader) else {
                    report.find("the board's tables are not filled yet", mend: openOnce)
                    return
                }
                let stored = try reader.boardCells()
                let expected = state.boardTally(recounting: true).cells(in: state)
                var differ: [(BoardCell, Int64, Int64)] = []
                for (cell, value) in expected where stored[cell] != value { differ.append((cell, stored[cell] ?? 0, value)) }
                for (cell, value) in stored where expected[cell] == nil { differ.append((cell, value, 0)) }
                differ.sort { $0.0 < $1.0 }
                for (cell, found, wanted) in differ.prefix(10) {
                    report.find("board_cells: \(words(cell)) is \(found); a recount gives \(wanted)", mend: repair)
                }
                if differ.count > 10 { report.find("board_cells: \(differ.count - 10) more rows differ", mend: repair) }
                if differ.isEmpty { report.passed.append("board_cells equal a recount (\(stored.count) rows)") }
            }
        } catch {
            report.find("board_cells: cannot be read: \(error)", mend: repair)
        }
    }

    static func words(_ c: BoardCell) -> String {
        let slice = !c.province.isEmpty ? " of province \(c.province)" : !c.destination.isEmpty ? " for \(c.destination)" : ""
        return c.dimension + (c.period.isEmpty ? "" : " " + c.period) + " " + c.key + slice
    }
}
