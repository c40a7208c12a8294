import Foundation
import TerpaduCore

extension Store {
    /// Validates `command` against the freshest state and, when accepted, records its events durably.
    /// Returns only after the commit: success means "saved". Edits carry the version of the record the
    /// operator saw (`expectedVersion` in the command); a record that moved on is refused with
    /// `conflict`, together with the events since that version.
    public func execute(_ command: Command) -> Result<[Event], StoreRefusal> {
        let results = transaction([command])
        return results.first ?? .failure(.failed(.other("no result")))
    }

    /// Runs many commands, `batchSize` (at least 100 by default) per transaction. Each transaction's
    /// results are handed to `acknowledge` (with the commands' positions) only after it committed.
    /// A refused command does not stop the others.
    @discardableResult
    public func executeBatch(
        _ commands: [Command],
        batchSize: Int = 100,
        acknowledge: (Range<Int>, [Result<[Event], StoreRefusal>]) -> Void = { _, _ in }
    ) -> [Result<[Event], StoreRefusal>] {
        var all: [Result<[Event], StoreRefusal>] = []
        all.reserveCapacity(commands.count)
        var start = 0
        let size = max(1, batchSize)
        while start < commands.count {
            let end = min(commands.count, start + size)
            let results = transaction(Array(commands[start..<end]))
            acknowledge(start..<end, results)
            all += results
            start = end
        }
        return all
    }

    private struct NeedsReload: Error {}

    /// One append transaction for `commands`. Call without the state's lock held: it takes the locks
    /// in their order (`writeLine`, the journal's line and SQLite's write lock, `mutex`), and holds
    /// `mutex` only from catch-up to commit, so readers never wait for SQLite's write lock.
    func transaction(_ commands: [Command], onlyWithoutReference: Bool = false) -> [Result<[Event], StoreRefusal>] {
        guard access == .readWrite else { return commands.map { _ in .failure(.readOnly) } }
        writeLine.lock()
        defer { writeLine.unlock() }
        let refusal: StoreError? = withLock {
            if closed { return .other("the store is closed") }
            return damageLatch().map { .journal($0) }
        }
        if let refusal { return commands.map { _ in .failure(.failed(refusal)) } }
        var attempt = 0
        while true {
            attempt += 1
            // What a failed attempt left is rebuilt before it gave up the state's lock; a reload that
            // failed then is tried again here (with the writers' line held, `journal` is free).
            let reloadFailure: StoreError? = withLock { () -> StoreError? in
                guard appliedUncommitted || stale else { return nil }
                do throws(StoreError) { try reload(from: journal) } catch { return error }
                return nil
            }
            if let reloadFailure { return commands.map { _ in .failure(.failed(reloadFailure)) } }
            do {
                return try append(commands, onlyWithoutReference: onlyWithoutReference)
            } catch is NeedsReload where attempt < 3 {
                continue
            } catch {
                return commands.map { _ in .failure(.failed(StoreError.wrap(error))) }
            }
        }
    }

    /// The journal damage that stops this process writing: met by this process, or recorded in the
    /// marks file by another. Call with the lock held.
    func damageLatch() -> JournalError? {
        if let damage { return damage }
        if let found = marks?.damageFound {
            damage = .corrupt(path: journal.path, detail: "another terpadu process found it damaged at "
                              + ISO8601UTC.format(milliseconds: found))
        }
        return damage
    }

    /// Latches SQLite's "corrupt" or "not a database", here and for every process (the marks file).
    func noteDamage(_ error: StoreError) {
        guard case .journal(let e) = error, case .corrupt = e else { return }
        if damage == nil { damage = e }
        marks?.recordDamage(at: ISO8601UTC.nowMilliseconds())
    }

    /// The append protocol inside one `BEGIN IMMEDIATE` transaction, and what follows its commit. Call
    /// with `writeLine` held and `mutex` not held.
    ///
    /// The state's lock is taken inside the transaction (once SQLite's write lock is held) and given up
    /// only after `journal.write` returned or threw, because GRDB commits after the body returns. The
    /// body may run more than once (SQLITE_BUSY restarts), so each run's lock is counted and the locks
    /// are undone after, on this thread (GRDB runs the body on the calling thread).
    ///
    /// The state is moved out of `current` for the transaction, not copied: a copy (dozens of buffers)
    /// cost more than validating a command, and applying events to a copy would duplicate every table
    /// they touch. It is moved out and back only under the state's lock, and a failed transaction's
    /// events applied in memory are undone (reload) before that lock is given up, so nobody ever sees
    /// `current` empty or half-applied.
    private func append(_ commands: [Command], onlyWithoutReference: Bool) throws -> [Result<[Event], StoreRefusal>] {
        var locked = 0
        var state = TerpaduState()
        var movedOut = false
        let locker = pthread_self()
        defer {
            assert(locked == 0 || pthread_equal(locker, pthread_self()) != 0, "the state's lock is undone on another thread")
            for _ in 0..<locked { mutex.unlock() }
        }
        do {
            let results = try journal.write { tx in
                assert(pthread_equal(locker, pthread_self()) != 0, "GRDB ran the transaction on another thread")
                mutex.lock()
                locked += 1
                if !movedOut {
                    swap(&state, &current)
                    movedOut = true
                }
                return try append(commands, onlyWithoutReference: onlyWithoutReference, to: &state, tx: tx)
            }
            swap(&state, &current)
            movedOut = false
            appliedUncommitted = false
            // Raised after the commit and before anyone is told "saved", so every acknowledged
            // number is witnessed outside SQLite.
            marks?.raise(to: Marks(of: current))
            snapshotIfDue(tail: snapshotPolicy.everyEvents)
            checkIntegrityIfDue()
            return results
        } catch {
            // Nothing of this transaction was kept. Its events applied in memory (or a gap that makes
            // the state stale) are undone before the state's lock is given up.
            withLock {
                if movedOut { swap(&state, &current) }
                movedOut = false
                if !(error is NeedsReload) { noteDamage(StoreError.wrap(error)) }
                if appliedUncommitted || stale { try? reload(from: journal) }
            }
            throw error
        }
    }

    /// Steps 1–3 of the append protocol on `state` (an `inout` parameter, so calls on it borrow
    /// rather than copy it, as they would from a variable captured by a closure).
    private func append(_ commands: [Command], onlyWithoutReference: Bool, to state: inout TerpaduState,
                        tx: JournalTransaction) throws -> [Result<[Event], StoreRefusal>] {
        var results: [Result<[Event], StoreRefusal>] = []
        if appliedUncommitted || stale { throw NeedsReload() }
        // 1. What others committed since this process last looked. A gap event means the state must be
        //    read again (it may carry on from a base snapshot, and this process may hold lost events).
        try tx.reader.forEachRow(after: state.lastSeq) { row in
            let e = try EventCoding.event(row)
            if case .gapRecorded = e.body { stale = true }
            if !stale { state.apply(e) }
        }
        if stale { throw NeedsReload() }
        // Never append to a journal that lost what was handed out (the marks, a snapshot ahead of it,
        // or this process's own memory say so).
        let journalEnd = try tx.maxSeq()
        if journalEnd != state.lastSeq || marks?.isAhead(of: state) == true || aheadWitness != nil,
           let behind = behind(state, journalEnd: journalEnd) {
            throw StoreError.journalBehind(behind)
        }
        // 2. Validate each command against that state; 3. append; keep the stage tables.
        var update = StageTableUpdate()
        var appended = false
        let now = clock()
        for command in commands {
            if onlyWithoutReference && state.hasReference {
                results.append(.success([]))
                continue
            }
            let context = CommandContext(operatorName: operatorName, timeMillis: now)
            switch state.validate(command, context: context, correcting: try correctedEvent(command, tx)) {
            case .failure(let refusals):
                results.append(.failure(.refused(refusals, eventsSince: try conflictEvents(refusals, tx))))
            case .success(let events):
                try update.noteBeforeApplying(events, state: state, tx: tx)
                // Appended at once, so later commands of this transaction see them in the index.
                try tx.append(try events.map { try EventCoding.newRow($0) })
                appended = true
                appliedUncommitted = true
                for e in events { state.apply(e) }
                results.append(.success(events))
            }
        }
        if appended { try update.write(state: state, tx: tx) }
        return results
    }

    /// Rebuilds the state from the newest good snapshot and the journal, read through `source`: the
    /// journal's own connection only with `writeLine` held (see `readConnection()`). Call with the
    /// state's lock held.
    func reload(from source: Journal) throws(StoreError) {
        let loaded = try StateLoader.load(journal: source, snapshots: snapshots)
        current = loaded.state
        aheadWitness = loaded.ahead.map { ($0.marks, "snapshots/\($0.info.fileName)") }
        appliedUncommitted = false
        stale = false
    }

    /// The event a correction names, read from the journal (nil when it is lost or unreadable: the core
    /// then refuses the correction).
    private func correctedEvent(_ command: Command, _ tx: JournalTransaction) throws -> Event? {
        guard let seq = command.correctedSeq, seq >= 1 else { return nil }
        var found: JournalRow?
        try tx.reader.forEachRow(after: seq - 1, limit: 1) { found = $0 }
        guard let row = found, row.seq == seq else { return nil }
        return try? EventCoding.event(row)
    }

    private func conflictEvents(_ refusals: Refusals, _ tx: JournalTransaction) throws -> [JournalRow] {
        for r in refusals.reasons {
            if case .conflict(let record, let expected, let currentVersion) = r, currentVersion > expected {
                return Array(try tx.reader.rows(forRecord: record.description).suffix(currentVersion - expected))
            }
        }
        return []
    }

    /// Starts a snapshot in the background when the policy says so: `tail` events or more since the
    /// last one (the policy's interval after own commits, `longTail` at open and after the change
    /// feed), or something new after the policy's time. The writer does not wait for it (the state is a
    /// value, so the copy taken here stays as it is); only the lock holder writes. A failure is kept as
    /// a warning: the journal has everything. Call with the lock held.
    func snapshotIfDue(tail: Int64) {
        guard access == .readWrite, !closed, current.lastSeq > lastSnapshotSeq, aheadWitness == nil,
              marks?.isAhead(of: current) != true else { return }
        let due = current.lastSeq - lastSnapshotSeq >= tail
            || FairBusyHandler.monotonicSeconds() - lastSnapshotTime >= snapshotPolicy.everySeconds
        guard due, !snapshotInFlight, snapshots.isLockHolder || (try? snapshots.tryAcquireLock()) == true else { return }
        snapshotInFlight = true
        let copy = current
        snapshotQueue.async { [self] in
            var failure: String?
            do { _ = try writeSnapshot(of: copy) } catch { failure = "\(error)" }
            withLock {
                snapshotInFlight = false
                if let failure { collectedWarnings.append(failure) }
            }
        }
    }

    /// Runs SQLite's quick check of the journal in the background when this process holds the snapshot
    /// lock and the last check is older than the policy allows. Damage found latches every process
    /// (the marks file); `close()` waits for a check under way, so a short `apply` reports it too.
    func checkIntegrityIfDue() {
        guard access == .readWrite, snapshotPolicy.checkEverySeconds.isFinite, !checkInFlight, !closed,
              snapshots.isLockHolder, let marks else { return }
        let now = ISO8601UTC.nowMilliseconds()
        if let last = marks.lastIntegrityCheck, Double(now - last) / 1000 < snapshotPolicy.checkEverySeconds { return }
        let path = journal.path
        checkInFlight = true
        checkQueue.async { [self] in
            defer { withLock { checkInFlight = false } }
            do {
                let reader = try Journal(path: path, access: .readOnly)
                let problems = try reader.integrityCheck(quick: true)
                if problems.isEmpty {
                    marks.recordIntegrityCheck(at: ISO8601UTC.nowMilliseconds())
                } else {
                    withLock { noteDamage(.journal(.corrupt(path: path, detail: "quick_check: " + problems.prefix(3).joined(separator: "; ")))) }
                }
            } catch {
                withLock { noteDamage(StoreError.wrap(error)) }
            }
        }
    }

    /// Waits for a background snapshot to finish. Call without the lock held.
    public func waitForSnapshots() {
        snapshotQueue.sync {}
    }

    // MARK: Snapshots

    /// Writes a snapshot of the current state now, if this process holds the snapshot lock
    /// (`.notLockHolder` otherwise). A read-only store refuses. A failed write changes nothing on disk.
    @discardableResult
    public func writeSnapshot() throws(StoreError) -> SnapshotWriteOutcome {
        guard access == .readWrite else { throw .snapshots(.readOnly) }
        return try writeSnapshot(of: state)
    }

    func writeSnapshot(of s: TerpaduState) throws(StoreError) -> SnapshotWriteOutcome {
        guard access == .readWrite else { throw .snapshots(.readOnly) }
        guard s.lastSeq > 0 else { return .notLockHolder }
        let holder: Bool
        do { holder = try snapshots.tryAcquireLock() } catch { throw .snapshots(error) }
        guard holder else {
            // Another process writes the snapshots; try again after the next interval, not every commit.
            withLock {
                lastSnapshotSeq = max(lastSnapshotSeq, s.lastSeq)
                lastSnapshotTime = FairBusyHandler.monotonicSeconds()
            }
            return .notLockHolder
        }
        let bytes = SnapshotCodec.encode(s)
        let outcome: SnapshotWriteOutcome
        do {
            outcome = try snapshots.write(sequence: UInt64(s.lastSeq), payload: bytes,
                                          keeping: Set(s.replayBases.map { UInt64($0) }))
        } catch { throw .snapshots(error) }
        marks?.sync()
        switch outcome {
        case .written(_, _, let warnings):
            withLock {
                lastSnapshotSeq = max(lastSnapshotSeq, s.lastSeq)
                lastSnapshotTime = FairBusyHandler.monotonicSeconds()
                collectedWarnings += warnings.map(\.description)
            }
        case .alreadyPresent:
            withLock {
                lastSnapshotSeq = max(lastSnapshotSeq, s.lastSeq)
                lastSnapshotTime = FairBusyHandler.monotonicSeconds()
            }
        case .notLockHolder: break
        }
        return outcome
    }
}

/// What the store's change feed tells its owner: the events others committed (already applied to the
/// store's state), who made the newest change and when, and the directory's condition.
public struct StoreChange: Sendable {
    public var events: [Event]
    public var lastChange: LastChange?
    public var condition: DirectoryCondition
    /// The state was read again from disk (a gap event arrived): everything shown may have changed.
    public var reloaded = false
}

extension Store {
    /// Starts following other processes' commits: each update is applied to this store's state, then
    /// handed to `onChange` (on the feed's thread). `close()` stops it.
    public func startChangeFeed(interval: Duration = .milliseconds(250),
                                onChange: @escaping @Sendable (StoreChange) -> Void) {
        withLock {
            guard feed == nil, !closed else { return }
            let f = ChangeFeed(journalPath: journal.path, after: current.lastSeq, interval: interval) { [weak self] update in
                guard let self else { return }
                onChange(self.receive(update))
            }
            feed = f
            f.start()
        }
    }

    func receive(_ update: ChangeFeedUpdate) -> StoreChange {
        withLock {
            var applied: [Event] = []
            var condition = update.condition
            for row in update.rows where row.seq > current.lastSeq && !stale {
                do {
                    let e = try EventCoding.event(row)
                    if case .gapRecorded = e.body {
                        stale = true
                        break
                    }
                    current.apply(e)
                    applied.append(e)
                } catch {
                    condition = .unusable("\(error)")
                    break
                }
            }
            var reloaded = false
            if stale {
                do {
                    try reload(from: readConnection())
                    reloaded = true
                } catch { condition = .unusable("\(error)") }
            }
            // Events from other processes count towards the replay tail too: an idle desk holding the
            // snapshot lock is the one that must write the snapshot for them.
            snapshotIfDue(tail: snapshotPolicy.longTail)
            checkIntegrityIfDue()
            return StoreChange(events: applied, lastChange: update.lastChange, condition: condition, reloaded: reloaded)
        }
    }
}
