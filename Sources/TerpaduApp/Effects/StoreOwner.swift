import Foundation
import TerminalUI
import TerpaduCore
import TerpaduStore
import TerpaduFormats

/// The one owner of the `Store`. It runs the desk's effects off the UI thread and posts the answers
/// back as messages. Reads and writes run on two queues, so a list or a card is answered from memory
/// while a command waits for SQLite's write lock behind another process's import.
public final class StoreOwner: @unchecked Sendable {
    public struct Setup: Sendable {
        public var directory: String
        public var operatorName: String
        public var role: Role
        /// The seeds folder (reference data, demo), when one was found.
        public var seeds: URL?
        /// Loads a theme by name, already adapted to the terminal; the error in words.
        public var loadTheme: @Sendable (String) -> Result<Theme, ThemeProblem>
        public init(directory: String, operatorName: String, role: Role, seeds: URL?,
                    loadTheme: @escaping @Sendable (String) -> Result<Theme, ThemeProblem>) {
            self.directory = directory
            self.operatorName = operatorName
            self.role = role
            self.seeds = seeds
            self.loadTheme = loadTheme
        }
    }

    let setup: Setup
    let queue: MessageQueue<DeskMessage>
    let reads = DispatchQueue(label: "terpadu.desk.reads")
    let writes = DispatchQueue(label: "terpadu.desk.writes")
    private let lock = NSLock()
    private var storeValue: Store?
    private var lastChange: LastChange?
    private var condition: DirectoryCondition = .usable
    /// The newest Workers query asked for: older ones stop early and post nothing.
    private let workersGate = GenerationGate()
    /// The last Workers result set, so paging through it does not search again.
    let resultCacheLock = Locked<(key: WorkerListQuery, seq: Int64, rows: WorkerResultSet)?>(nil)
    /// The record lists' last arranged IDs, one per list (StoreOwnerRecords.swift).
    let recordOrders = Locked<[RecordList: RecordOrder]>([:])
    private var clockTimer: DispatchSourceTimer?

    public init(setup: Setup, queue: MessageQueue<DeskMessage>) {
        self.setup = setup
        self.queue = queue
    }

    var store: Store? { lock.withLock { storeValue } }

    /// Called on the UI thread for each effect: hands the work to a queue and returns at once.
    public func perform(_ effect: DeskEffect) -> LoopControl {
        switch effect {
        case .quit:
            return .quit
        case .open:
            startClock()
            writes.async { self.open() }
        case .start(let demo):
            writes.async { self.start(demo: demo) }
        case .workers(let query, let window, let generation):
            let current = workersGate.advance(to: generation)
            reads.async { self.workers(query, window: window, generation: generation, isCurrent: current) }
        case .workerCard(let id):
            reads.async { self.card(id) }
        case .records(let request):
            reads.async { self.answer(request) }
        case .reviewQueue:
            reads.async {
                guard let store = self.store else { return }
                let (pairs, total) = store.withState { s -> ([ReviewPair], Int) in
                    let page = s.duplicateReviews(openOnly: true, count: 200)
                    let pairs = page.rows.compactMap { r -> ReviewPair? in
                        guard let a = s.summary(r.existing), let b = s.summary(r.later) else { return nil }
                        return ReviewPair(review: r, existing: a, later: b)
                    }
                    return (pairs, page.total)
                }
                self.queue.post(.reviews(pairs, total: total))
            }
        case .resultSheet(let id):
            reads.async {
                guard let store = self.store else { return }
                let (cohort, roster) = store.withState { ($0.cohort(id), $0.roster(ofCohort: id)) }
                if let cohort, let roster { self.queue.post(.resultSheet(cohort, roster)) } else { self.queue.post(.records(.missing(id))) }
            }
        case .editBase(let id):
            reads.async {
                guard let store = self.store, let w = store.withState({ $0.summary(id) }) else { return }
                self.queue.post(.editBase(w))
            }
        case .dashboard:
            reads.async {
                guard let store = self.store else { return }
                let today = OfficeCalendar.jakarta.day(atMillis: ISO8601UTC.nowMilliseconds())
                self.queue.post(.dashboard(store.withState { $0.dashboardFigures(today: today) }))
            }
        case .reveal(let id):
            writes.async { self.reveal(id) }
        case .execute(let command, let purpose):
            writes.async { self.execute(command, purpose: purpose) }
        case .executeAll(let commands, let subjects, let purpose):
            writes.async { self.executeAll(commands, subjects: subjects, purpose: purpose) }
        case .lookalikes(let name, let birth):
            reads.async { self.lookalikes(name: name, birthDate: birth) }
        case .loadTheme(let name):
            let load = setup.loadTheme
            reads.async {
                switch load(name) {
                case .success(let t): self.queue.post(.theme(t))
                case .failure(let why): self.queue.post(.note(StatusNote(why.text, .error)))
                }
            }
        case .snapshot:
            writes.async { self.snapshot() }
        case .importCSV(let kind, let path, let language):
            writes.async { self.importCSV(kind: kind, path: path, language: language) }
        case .exportWorkers(let path):
            writes.async { self.exportWorkers(to: path) }
        }
        return .continue
    }

    /// Stops the feed and closes the store (its closing snapshot included). Call once, at the end.
    public func close() -> [String] {
        clockTimer?.cancel()
        writes.sync {}
        reads.sync {}
        return store?.closeAndReport() ?? []
    }

    // MARK: Opening

    private func open() {
        let path = setup.directory
        let hasJournal = FileManager.default.fileExists(atPath: path + "/journal.sqlite")
        if !hasJournal {
            if setup.role == .supervisor {
                queue.post(.openFailed("\(path): no data yet; an operator must open it first"))
            } else {
                queue.post(.empty)
            }
            return
        }
        openStore(seeds: setup.seeds.map(ReferenceSource.directory))
    }

    private func openStore(seeds: ReferenceSource?) {
        do {
            let directory = try DataDirectory(path: setup.directory, create: setup.role == .operator)
            let store = try Store.open(directory: directory, access: setup.role.access, operator: setup.operatorName, seeds: seeds)
            adopt(store)
        } catch {
            queue.post(.openFailed("\(error)"))
        }
    }

    private func start(demo: Bool) {
        guard demo else {
            guard let seeds = setup.seeds else {
                queue.post(.openFailed("no seeds folder with reference/provinces.csv was found; pass --seeds DIR"))
                return
            }
            openStore(seeds: ReferenceSource.directory(seeds))
            return
        }
        do {
            guard let seeds = setup.seeds else {
                queue.post(.openFailed("no seeds folder with reference/provinces.csv was found; pass --seeds DIR"))
                return
            }
            let reference = try ReferenceSeeds.loadDemo(from: seeds)
            let directory = try DataDirectory(path: setup.directory, create: true)
            let yesterday = OfficeCalendar.jakarta.day(atMillis: ISO8601UTC.nowMilliseconds()).adding(days: -1)
            var lastPost = 0
            let (store, _) = try Store.seed(directory: directory, operator: setup.operatorName, reference: reference,
                                            options: .demo(endDay: yesterday), progress: { p in
                if p.workers - lastPost >= 50 || p.workers == p.targetWorkers {
                    lastPost = p.workers
                    self.queue.post(.seeding(done: p.workers, total: p.targetWorkers))
                }
            })
            adopt(store)
        } catch {
            queue.post(.openFailed("\(error)"))
        }
    }

    /// Takes the open store: first figures to the desk, then the change feed.
    private func adopt(_ store: Store) {
        lock.withLock { storeValue = store }
        let reference = store.withState { s in
            ReferenceOptions(provinces: s.referenceData.provinces.map { ReferenceOption(code: $0.code, name: $0.name) },
                             educations: s.educations.map { ReferenceOption(code: $0.code, name: $0.name) },
                             countries: s.referenceData.countries.map { ($0.iso, $0.nameEN, $0.nameID) },
                             data: s.referenceData)
        }
        lastChange = try? store.journal.lastChange()
        queue.post(.opened(figures(store), reference))
        for w in store.openWarnings { queue.post(.note(StatusNote("\(w)", .warning))) }
        if let behind = store.behind { queue.post(.note(StatusNote(behind.shortfall, .error))) }
        store.startChangeFeed { [weak self] change in
            guard let self else { return }
            self.lock.withLock {
                if let c = change.lastChange { self.lastChange = c }
                self.condition = change.condition
            }
            // A reload (a gap arrived) may have changed anything on screen.
            let touched = change.reloaded ? nil : Set(change.events.flatMap(\.body.recordIDs))
            self.queue.post(.changed(self.figures(store), touched: touched))
        }
    }

    func figures(_ store: Store) -> HeaderFigures {
        let (last, cond) = lock.withLock { (lastChange, condition) }
        return store.withState { s in
            HeaderFigures(stages: s.stageCounts(), lastChange: last, condition: cond,
                          counts: Dictionary(uniqueKeysWithValues: RecordKind.allCases.map { ($0, s.count(of: $0)) }))
        }
    }

    private func startClock() {
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        timer.schedule(deadline: .now(), repeating: .seconds(10))
        timer.setEventHandler { [weak self] in self?.queue.post(.clock(ISO8601UTC.nowMilliseconds())) }
        timer.resume()
        clockTimer = timer
    }
}

extension GenerationGate {
    /// Makes `generation` the newest (never moving back), and answers whether a generation is still it.
    func advance(to generation: UInt64) -> @Sendable () -> Bool {
        while latest < generation { _ = next() }
        return { [self] in self.latest <= generation }
    }
}
