import TerpaduCore

extension Store {
    /// Fills the board's tables from the state when they are `pending` (a directory migrated from an
    /// older journal schema). Under SQLite's write lock, and only when nobody appended since this
    /// process looked; otherwise this process's next append fills them (`BoardTableUpdate`).
    /// Returns whether it filled them.
    @discardableResult
    func fillBoardIfPending(progress: ((Int64, Int64) -> Void)? = nil) throws(StoreError) -> Bool {
        guard access == .readWrite else { return false }
        do {
            return try journal.write { tx in
                guard try !BoardTable.isReady(tx.reader) else { return false }
                let end = try tx.maxSeq()
                return try withLock {
                    guard end == current.lastSeq, !appliedUncommitted, !stale else { return false }
                    try BoardTable.writeAll(of: current, tx: tx, progress: progress)
                    return true
                }
            }
        } catch {
            throw StoreError.wrap(error)
        }
    }
}
