/// Who is acting and when: the clock is injected so the core never reads the time itself.
public struct CommandContext: Sendable, Hashable {
    public var operatorName: String
    public var timeMillis: Int64

    public init(operatorName: String, timeMillis: Int64) {
        self.operatorName = operatorName
        self.timeMillis = timeMillis
    }
}

extension TerpaduState {
    /// Checks a command against this state and returns the events it would produce, without
    /// changing anything. Sequence numbers follow `lastSeq`.
    /// `correcting`: for a correction, the event its `corrects` names (`command.correctedSeq`), read
    /// from the journal by the caller; without it a correction is refused.
    public func validate(_ command: Command, context: CommandContext, correcting: Event? = nil) -> Result<[Event], Refusals> {
        let today = calendar.day(atMillis: context.timeMillis)
        let checked: Result<[EventBody], Refusals> = withValidation(today: today) { pass in
            var v = pass
            v.correcting = correcting
            do throws(Refusals) {
                if let edit = command.workerEdit { try v.checkVersion(edit.worker, edit.expectedVersion) }
                return .success(try v.bodies(for: command))
            } catch {
                return .failure(error)
            }
        }
        let bodies: [EventBody]
        switch checked {
        case .success(let b): bodies = b
        case .failure(let refusals): return .failure(refusals)
        }
        var seq = lastSeq
        return .success(bodies.map { body in
            seq += 1
            return Event(seq: seq, timeMillis: context.timeMillis, operatorName: context.operatorName, body: body)
        })
    }

    /// Validates and, when accepted, applies the command's events.
    @discardableResult
    public mutating func execute(_ command: Command, context: CommandContext, correcting: Event? = nil) -> Result<[Event], Refusals> {
        let result = validate(command, context: context, correcting: correcting)
        if case .success(let events) = result { for e in events { apply(e) } }
        return result
    }
}

extension TerpaduState {
    /// Runs `body` with a validation pass over this state. The pass borrows the state for the call
    /// instead of holding a copy: copying the state retains each of its dozens of buffers, which cost
    /// more than validating a command.
    func withValidation<T>(today: Day, _ body: (Validation) -> T) -> T {
        withUnsafePointer(to: self) { body(Validation(statePointer: $0, today: today)) }
    }
}

/// One validation pass: reads the state, throws refusals, builds event bodies. Lives only inside
/// `TerpaduState.withValidation`, which keeps the state it points to alive and unchanged.
struct Validation {
    private let statePointer: UnsafePointer<TerpaduState>
    let today: Day
    /// The event a correction names, when the command is one (see `validate(_:context:correcting:)`).
    var correcting: Event?

    fileprivate init(statePointer: UnsafePointer<TerpaduState>, today: Day) {
        self.statePointer = statePointer
        self.today = today
    }

    /// The state, read in place (an addressor, so reading a field copies nothing else).
    var state: TerpaduState { unsafeAddress { statePointer } }

    func refuse(_ r: Refusal) -> Refusals { Refusals(r) }

    func bodies(for command: Command) throws(Refusals) -> [EventBody] {
        switch command {
        case .loadReference(let d): return try loadReference(d)
        case .registerWorker(let d): return try register(d)
        case .updateWorker(let u): return try update(u)
        case .recordDocument(let d): return try document(d)
        case .scheduleFair(let d): return try fair(d)
        case .recordAttendance(let a): return try attendance(a)
        case .createJobOrder(let d): return try jobOrder(d)
        case .createCohort(let d): return try cohort(d)
        case .enroll(let e): return try enroll(e)
        case .recordResult(let r): return try result(r)
        case .applyForLoan(let a): return try loanApplication(a)
        case .decideLoan(let d):
            _ = try loan(d.loan, allowed: [.applied])
            return [.loanDecided(d)]
        case .disburseLoan(let d):
            let l = try loan(d.loan, allowed: [.approved])
            try notFuture(d.date, "date")
            if d.date.number < state.loans[l].decidedDay {
                throw refuse(.dateOrder(field: "date", mustNotBeBefore: Day(number: state.loans[l].decidedDay).description))
            }
            return [.loanDisbursed(d)]
        case .closeLoan(let d):
            _ = try loan(d.loan, allowed: [.disbursed])
            return [.loanClosed(d)]
        case .recordOrientation(let o): return try orientation(o)
        case .selectForJobOrder(let s): return try select(s)
        case .recordDeparture(let d): return try departure(d)
        case .openCase(let c): return try openCase(c)
        case .closeCase(let c): return try closeCase(c)
        case .recordCheckIn(let c): return try checkIn(c)
        case .recordReturn(let r): return try returnHome(r)
        case .createProgram(let p): return try program(p)
        case .enrollReturnee(let e): return try enrollReturnee(e)
        case .recordOutcome(let o): return try outcome(o)
        case .exitWorker(let e): return try exit(e)
        case .resolveDuplicate(let d): return try resolveDuplicate(d)
        case .correctEntry(let c): return try correct(c)
        case .revealNIK(let r):
            _ = try worker(r.worker)
            let purpose = try text(r.purpose, "purpose", max: 200)
            return [.nikRevealed(NIKReveal(worker: r.worker, purpose: purpose))]
        case .recordExport(let e):
            let kind = try text(e.kind, "kind", max: 40)
            guard e.rows >= 0 else { throw refuse(.fieldInvalid(field: "rows", detail: "must not be negative")) }
            return [.dataExported(ExportRecord(kind: kind, rows: e.rows, revealed: e.revealed,
                                               destination: try optionalText(e.destination, "destination", max: 500)))]
        case .recordHeadcount(let h): return try headcount(h)
        case .scheduleLiteracySession(let d): return try literacySession(d)
        case .recordLiteracyParticipation(let p): return try literacyParticipation(p)
        case .recordHealthCoverage(let c): return try healthCoverage(c)
        case .recordLanguageTest(let t): return try languageTest(t)
        case .loadAgencies(let t): return try loadAgencies(t)
        }
    }

    // MARK: Shared checks

    func requireReference() throws(Refusals) {
        guard state.reference.isLoaded else { throw refuse(.referenceNotLoaded) }
    }

    /// A required free-text field, by the one rule for text (`TextRules.clean`), bounded.
    func text(_ value: String, _ field: String, max: Int) throws(Refusals) -> String {
        let cleaned = TextRules.clean(value)
        if let r = TextRules.refusal(cleaned, field: field, required: true) { throw refuse(r) }
        guard case .text(let clean) = cleaned else { throw refuse(.fieldRequired(field: field)) }
        guard clean.count <= max else { throw refuse(.fieldTooLong(field: field, max: max)) }
        return clean
    }

    /// An optional one: nil when absent or when nothing visible was typed.
    func optionalText(_ value: String?, _ field: String, max: Int) throws(Refusals) -> String? {
        guard let value else { return nil }
        let cleaned = TextRules.clean(value)
        if let r = TextRules.refusal(cleaned, field: field, required: false) { throw refuse(r) }
        guard case .text(let clean) = cleaned else { return nil }
        guard clean.count <= max else { throw refuse(.fieldTooLong(field: field, max: max)) }
        return clean
    }

    func range(_ value: Int, _ field: String, _ r: ClosedRange<Int>) throws(Refusals) {
        guard r.contains(value) else {
            throw refuse(.fieldInvalid(field: field, detail: "must be between \(r.lowerBound) and \(r.upperBound)"))
        }
    }

    /// Dates of things that happened may not be later than today (one day of slack for time zones).
    func notFuture(_ day: Day, _ field: String) throws(Refusals) {
        guard day.number <= today.number + 1 else { throw refuse(.dateInFuture(field: field)) }
    }

    func worker(_ id: RecordID) throws(Refusals) -> Int {
        guard let r = state.workerRow(id) else { throw refuse(.unknownRecord(id)) }
        return Int(r)
    }

    /// A worker who is still in the cycle, in one of the allowed statuses.
    func activeWorker(_ id: RecordID, allowed: [Status]) throws(Refusals) -> Int {
        let r = try worker(id)
        let s = state.status(r)
        if s.isExit { throw refuse(.workerHasExited(worker: id, status: s)) }
        guard allowed.contains(s) else { throw refuse(.wrongStatus(worker: id, status: s, allowed: allowed)) }
        return r
    }

    static let beforeDeparture: [Status] = [.registered, .inTraining, .certified, .selected, .documentsComplete, .readyToDepart]

    func checkVersion(_ id: RecordID, _ expected: Int?) throws(Refusals) {
        guard let expected, let r = state.workerRow(id) else { return }
        let current = Int(state.workers.version[Int(r)])
        if current != expected {
            throw refuse(.conflict(record: id, expectedVersion: expected, currentVersion: current))
        }
    }

    func record(_ id: RecordID, _ kind: RecordKind) throws(Refusals) -> Int {
        guard let r = state.row(id, kind) else { throw refuse(.unknownRecord(id)) }
        return r
    }

    func loan(_ id: RecordID, allowed: [LoanStatus]) throws(Refusals) -> Int {
        let l = try record(id, .loan)
        let status = LoanStatus(rawValue: state.loans[l].status) ?? .applied
        guard allowed.contains(status) else { throw refuse(.loanWrongStatus(loan: id, status: status, allowed: allowed)) }
        return l
    }

    func ageOn(_ day: Day, row r: Int) -> Int { day.years(since: Day(number: state.workers.birth[r])) }
}
