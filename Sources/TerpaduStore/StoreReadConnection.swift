extension Store {
    /// The connection for reads that must not wait behind this process's writer: a screen's
    /// (`timeline(of:)`) and every read made under the state's lock without the writers' line
    /// (`refresh()`, `behind`, the change feed's reload).
    ///
    /// `journal` is one GRDB `DatabaseQueue`, so while a writer waits in `BEGIN IMMEDIATE` (seconds,
    /// while another process imports) every read on it waits too; and that writer takes the state's
    /// lock inside its transaction, so a reader holding the state's lock while it waits for that queue
    /// would deadlock with it. This second, read-only connection is opened on first use and kept. In
    /// WAL mode its reads never wait for a writer and see every commit, this process's included (this
    /// process's read-write connection keeps the `-shm` it needs). A read-only store has no writer and
    /// reads through `journal` itself.
    func readConnection() throws(StoreError) -> Journal {
        if access == .readOnly { return journal }
        readsLock.lock()
        defer { readsLock.unlock() }
        if let reads { return reads }
        do {
            let opened = try Journal(path: journal.path, access: .readOnly)
            reads = opened
            return opened
        } catch { throw .journal(error) }
    }
}
