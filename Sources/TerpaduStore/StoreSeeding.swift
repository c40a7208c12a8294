import Foundation
import TerpaduCore

/// How far a seed has got.
public struct SeedProgress: Sendable, Equatable {
    public var workers: Int
    public var targetWorkers: Int
    public var events: Int
}

/// What a finished seed did.
public struct SeedReport: Sendable {
    public var generator: DatasetGenerator.Report
    public var events: Int64
    public var workers: Int
    public var snapshot: SnapshotWriteOutcome?
}

extension Store {
    /// Builds a brand-new data directory from the core's generator: reference data first, then every
    /// generated command, validated and applied in order, appended in transactions of `batchSize`
    /// with `synchronous = OFF` (`Journal.bulkBuild`: the only place FULL is relaxed). Ends with a
    /// full sync, the stage tables, and a snapshot, and only then returns the open store.
    ///
    /// Refuses a directory whose journal already holds events. `isCancelled` is asked as the seed runs;
    /// a cancelled or failed seed leaves the directory marked `building` (not usable).
    public static func seed(
        directory: DataDirectory,
        operator operatorName: String,
        reference: ReferenceData,
        options: DatasetGenerator.Options,
        batchSize: Int = 2_000,
        clock: @escaping @Sendable () -> Int64 = { ISO8601UTC.nowMilliseconds() },
        progress: (SeedProgress) -> Void = { _ in },
        isCancelled: () -> Bool = { false }
    ) throws(StoreError) -> (Store, SeedReport) {
        // A directory whose journal is gone but whose marks say it handed out events: seeding it would
        // hand the same numbers out again.
        if case .opened(let marks, _) = IssuedMarks.open(path: directory.marksPath, access: .readOnly), marks.current.seq > 0 {
            throw .journalBehind(JournalBehind(journalPath: directory.journalPath, journal: Marks(), handedOut: marks.current,
                                               witness: "the marks file \(IssuedMarks.fileName)"))
        }
        let journal: Journal
        do { journal = try Journal(path: directory.journalPath, access: .readWrite) } catch { throw .journal(error) }
        do {
            if try journal.maxSeq() > 0 { throw StoreError.notEmpty(path: directory.path) }
        } catch { throw StoreError.wrap(error) }

        var generatorReport: DatasetGenerator.Report?
        var builtState: TerpaduState?
        do {
            try journal.bulkBuild { session in
                var state = TerpaduState()
                // Encoding and inserting run on a writer thread while the generator goes on.
                let writer = SeedWriter(journal: journal)
                var pending: [Event] = []
                pending.reserveCapacity(batchSize * 8)
                var failure: (any Error)?
                var cancelled = false

                func note(_ e: Event) throws {
                    pending.append(e)
                }
                func flush() throws {
                    if let error = writer.firstError { throw error }
                    guard !pending.isEmpty else { return }
                    writer.submit(pending)
                    pending.removeAll(keepingCapacity: true)
                }

                let context = CommandContext(operatorName: operatorName, timeMillis: clock())
                switch state.execute(.loadReference(reference), context: context) {
                case .failure(let r): throw StoreError.referenceData(r.reasons.map { "\($0)" }.joined(separator: "; "))
                case .success(let events): for e in events { try note(e) }
                }

                var generator = DatasetGenerator(reference: reference, options: options)
                var sinceFlush = 0
                var sinceProgress = 0
                generatorReport = generator.run { command, ctx in
                    if failure != nil || cancelled { return .failure(Refusals(.nothingToCorrect(detail: "seed stopped"))) }
                    let result = state.validate(command, context: ctx)
                    if case .success(let events) = result {
                        do {
                            for e in events {
                                state.apply(e)
                                try note(e)
                            }
                            sinceFlush += 1
                            if sinceFlush >= batchSize {
                                sinceFlush = 0
                                try flush()
                                if isCancelled() { cancelled = true }
                            }
                        } catch {
                            failure = error
                        }
                    }
                    sinceProgress += 1
                    if sinceProgress >= 5_000 {
                        sinceProgress = 0
                        progress(SeedProgress(workers: state.workerCount, targetWorkers: options.workers, events: Int(state.lastSeq)))
                    }
                    return result
                }
                try flush()
                try writer.finish()
                if let failure { throw failure }
                if cancelled { throw StoreError.cancelled }
                progress(SeedProgress(workers: state.workerCount, targetWorkers: options.workers, events: Int(state.lastSeq)))

                // The stage tables, for everyone at once.
                let finalState = state
                builtState = state
                try session.write { tx in try StageTable.writeAll(of: finalState, tx: tx) }
            }
        } catch {
            throw StoreError.wrap(error)
        }

        // The snapshot first, from the state already in memory, so opening does not replay it all.
        var outcome: SnapshotWriteOutcome?
        if let built = builtState {
            do {
                let snapshots = try SnapshotDirectory(path: directory.snapshotsPath, access: .readWrite)
                outcome = try snapshots.write(sequence: UInt64(built.lastSeq), payload: SnapshotCodec.encode(built))
                snapshots.close()
            } catch { throw .snapshots(error) }
        }
        builtState = nil
        let store = try Store.open(directory: directory, access: .readWrite, operator: operatorName, clock: clock,
                                   snapshotPolicy: .default)
        let (events, workers) = store.withState { ($0.lastSeq, $0.workerCount) }
        guard let generatorReport else { throw .other("the generator did not run") }
        return (store, SeedReport(generator: generatorReport, events: events, workers: workers, snapshot: outcome))
    }
}

/// The seed's writer: a pipeline of two threads behind the generator. One turns each batch of events
/// into rows (the payload JSON is most of that work), the other appends each batch in one transaction;
/// so the generator, the encoding and SQLite run side by side, at most three batches apart.
final class SeedWriter: @unchecked Sendable {
    private let journal: Journal
    private let encoder = DispatchQueue(label: "terpadu.seed.encoder")
    private let inserter = DispatchQueue(label: "terpadu.seed.inserter")
    private let slots = DispatchSemaphore(value: 3)
    private let lock = NSLock()
    private var error: (any Error)?

    init(journal: Journal) { self.journal = journal }

    var firstError: (any Error)? { lock.withLock { error } }

    private func fail(_ e: any Error) { lock.withLock { if error == nil { error = e } } }

    func submit(_ events: [Event]) {
        slots.wait()
        encoder.async { [self] in
            let rows: [NewJournalEvent]
            do {
                if let error = firstError { throw error }
                rows = try events.map { try EventCoding.newRow($0) }
            } catch {
                fail(error)
                slots.signal()
                return
            }
            // Serial queues fed in order keep the batches in sequence order.
            inserter.async { [self] in
                defer { slots.signal() }
                guard firstError == nil else { return }
                do { try journal.write { tx in try tx.append(rows) } } catch { fail(error) }
            }
        }
    }

    /// Waits for every submitted batch; throws the first failure.
    func finish() throws {
        encoder.sync {}
        inserter.sync {}
        if let error = firstError { throw error }
    }
}
