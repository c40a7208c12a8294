import TerpaduCore

/// Keeps the journal's `board_cells` equal to the state's board rows (`TerpaduState.boardTally`),
/// in the same transaction as the events, so the supervisor board reads every figure, for everyone,
/// one province or one destination, without loading the population (`BoardReader`).
///
/// An append transaction takes each touched worker's rows out before their events apply and puts
/// them back after, and writes only the sums that moved (`BoardTableUpdate`). The reach rows (education,
/// literacy, insurance) are worked out again whole when the kept cycle figures are (see
/// `StageTable.writeKPIs`). A reference load, which can rename every code, rewrites the table.
public enum BoardTable {
    public static let stateKey = JournalSchema.boardStateKey

    /// Whether the table holds the state's figures (not `pending` after a migration).
    static func isReady(_ reader: JournalReader) throws -> Bool {
        try reader.meta(stateKey) == "ready"
    }

    /// Empties the table and writes every row of `state`, then marks it ready; `progress` hears
    /// (rows written, rows) every 10,000 rows and at the end.
    static func writeAll(of state: TerpaduState, tx: JournalTransaction, progress: ((Int64, Int64) -> Void)? = nil) throws {
        let cells = state.boardTally().cells(in: state)
        try tx.clearBoard()
        let total = Int64(cells.count)
        var done: Int64 = 0
        progress?(0, total)
        var batch: [(key: BoardCell, value: Int64)] = []
        batch.reserveCapacity(10_000)
        for cell in cells {
            batch.append(cell)
            if batch.count == 10_000 {
                try tx.insertBoardCells(batch)
                done += Int64(batch.count)
                batch.removeAll(keepingCapacity: true)
                progress?(done, total)
            }
        }
        try tx.insertBoardCells(batch)
        progress?(total, total)
        try tx.setMeta(stateKey, "ready")
    }

    /// Rewrites the reach rows and the day they are as of.
    static func writeReach(of state: TerpaduState, tx: JournalTransaction) throws {
        var t = BoardTally()
        state.tallyReach(into: &t)
        try tx.clearBoard(dimensions: [BoardCell.reachDimension, BoardCell.asOfDimension])
        try tx.insertBoardCells(t.cells(in: state))
    }

    /// Whether `event` can rename the codes the rows are keyed by.
    static func rewritesTable(_ event: Event) -> Bool {
        if case .referenceLoaded = event.body { return true }
        return false
    }
}

/// The board's part of an append transaction: touched workers' rows out before their events apply,
/// back in after; the difference is written.
struct BoardTableUpdate {
    private var tally = BoardTally()
    private var rewrite = false
    private var slices: [RecordID: (province: String?, country: String?, working: Bool)] = [:]

    mutating func noteBefore(worker id: RecordID, state: TerpaduState) {
        state.tallyBoard(worker: id, sign: -1, into: &tally)
        if let row = state.stageRow(id) { slices[id] = (row.province, row.country, row.status == .working) }
    }

    mutating func note(_ event: Event) {
        if BoardTable.rewritesTable(event) { rewrite = true }
    }

    /// Call after the events are applied; `reachMoved` when the cycle figures were worked out again.
    func write(workers: [RecordID], state: TerpaduState, tx: JournalTransaction, reachMoved: Bool) throws {
        let ready = try BoardTable.isReady(tx.reader)
        if rewrite || !ready {
            try BoardTable.writeAll(of: state, tx: tx)
            return
        }
        var t = tally
        for id in workers { state.tallyBoard(worker: id, sign: 1, into: &t) }
        let deltas = t.cells(in: state)
        try tx.addBoardCells(deltas)
        // A worker in placement who moved to another province or destination moves their reach too.
        let moved = slices.contains { id, old in
            guard let new = state.stageRow(id) else { return false }
            return (old.working || new.status == .working) && (old.province != new.province || old.country != new.country)
        }
        if reachMoved || moved { try BoardTable.writeReach(of: state, tx: tx) }
    }
}
