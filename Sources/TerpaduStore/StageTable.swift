import Foundation
import TerpaduCore

/// Keeps the journal's `worker_stage` and `counters` tables equal to the state, in the same transaction
/// as the events: each touched worker's stage, status, province, destination and version, and the
/// counters `workers`, `stage.<code>` and `status.<code>` (stage `exited` for the three exits).
public enum StageTable {
    public static let workersCounter = "workers"

    static func stageCode(_ status: Status) -> String { status.stage?.code ?? "exited" }

    /// What the counters should hold for `state`, computed from the core's live counters.
    static func counters(of state: TerpaduState) -> [String: Int64] {
        var out: [String: Int64] = [workersCounter: Int64(state.workerCount)]
        for stage in Stage.allCases { out["stage." + stage.code] = 0 }
        out["stage.exited"] = 0
        for status in Status.allCases { out["status." + status.code] = 0 }
        for (status, n) in state.statusCounts() {
            out["status." + status.code, default: 0] += Int64(n)
            out["stage." + stageCode(status), default: 0] += Int64(n)
        }
        return out
    }

    static func deltas(before: Status?, after: Status?) -> [String: Int64] {
        var d: [String: Int64] = [:]
        if before == after { return d }
        if let b = before {
            d["status." + b.code, default: 0] -= 1
            d["stage." + stageCode(b), default: 0] -= 1
        } else {
            d[workersCounter, default: 0] += 1
        }
        if let a = after {
            d["status." + a.code, default: 0] += 1
            d["stage." + stageCode(a), default: 0] += 1
        }
        return d
    }

    /// Record kinds whose events change one worker without naming them: the worker is named by the
    /// event that created the record.
    static let linkedKinds: Set<RecordKind> = [.loan, .protectionCase, .duplicateReview, .placement]

    /// Keeps the latest week's KPIs beside the counters, so `stats` answers from the journal alone.
    /// The education, literacy and health-insurance figures walk their tables (47 ms at a million
    /// workers, docs/PERFORMANCE.md), so they are worked out again only when `cycleMoved` says this
    /// transaction can have moved them, or the day moved on since they were kept.
    /// Returns whether it worked the cycle figures out again (the board's reach rows follow them).
    @discardableResult
    static func writeKPIs(of state: TerpaduState, tx: JournalTransaction, cycleMoved: Bool = true) throws -> Bool {
        try tx.setMeta(KeptKPIs.metaKey, KeptKPIs.latest(of: state)?.metaJSON())
        if !cycleMoved, state.lastEventMillis > 0,
           let kept = try tx.reader.meta(KeptCycleFigures.metaKey),
           kept.contains("\"asOf\":\"\(state.calendar.day(atMillis: state.lastEventMillis).description)\"") {
            return false
        }
        try tx.setMeta(KeptCycleFigures.metaKey, KeptCycleFigures.latest(of: state)?.metaJSON())
        return true
    }

    /// Whether `event` can move the kept cycle figures by itself (a departure or return moves them
    /// through the workers in placement, which `StageTableUpdate` sees as a status change).
    static func movesCycleFigures(_ event: Event) -> Bool {
        switch event.body {
        case .fairScheduled, .attendanceRecorded, .headcountRecorded, .literacySessionScheduled,
             .literacyParticipationRecorded, .healthCoverageRecorded, .entryCorrected, .referenceLoaded:
            return true
        default:
            return false
        }
    }

    /// Writes every worker's row, the counters, the KPIs and the board as `state` has them, after
    /// emptying the tables (a seed's or a repair's rewrite; on a new journal they are empty anyway).
    static func writeAll(of state: TerpaduState, tx: JournalTransaction) throws {
        try BoardTable.writeAll(of: state, tx: tx)
        try tx.clearStageTables()
        for r in 0..<state.workerCount {
            if let row = row(state.id(.worker, row: r), in: state) { try tx.upsertWorkerStage(row) }
        }
        try tx.setCounters(counters(of: state))
        try writeKPIs(of: state, tx: tx)
    }

    /// The `worker_stage` row for worker `id` as the state has it.
    static func row(_ id: RecordID, in state: TerpaduState) -> WorkerStageRow? {
        guard let s = state.stageRow(id) else { return nil }
        return WorkerStageRow(workerID: id.description, stage: stageCode(s.status), status: s.status.code,
                              province: s.province, country: s.country, version: Int64(s.version))
    }
}

/// The part of an append transaction that keeps the stage tables: collects touched workers before
/// their events apply, then writes their rows and the counter deltas.
struct StageTableUpdate {
    private(set) var before: [RecordID: Status?] = [:]
    private var order: [RecordID] = []
    private var events: [Event] = []
    private var board = BoardTableUpdate()

    /// Call before `events` are applied to `state`.
    mutating func noteBeforeApplying(_ events: [Event], state: TerpaduState, tx: JournalTransaction) throws {
        for event in events {
            for id in try workers(touchedBy: event, tx: tx) where before[id] == nil {
                before[id] = .some(state.status(of: id))
                order.append(id)
                board.noteBefore(worker: id, state: state)
            }
            board.note(event)
            self.events.append(event)
        }
    }

    private func workers(touchedBy event: Event, tx: JournalTransaction) throws -> [RecordID] {
        var out: [RecordID] = []
        for id in event.body.recordIDs {
            if id.kind == .worker {
                out.append(id)
            } else if StageTable.linkedKinds.contains(id.kind) {
                if let first = try tx.reader.firstRow(forRecord: id.description) {
                    out += first.recordIDs.compactMap { RecordID(parsing: $0, as: .worker) }
                } else {
                    // Created in this same transaction (not inserted yet): its creating event names them.
                    for e in events where e.body.recordIDs.contains(id) {
                        out += e.body.recordIDs.filter { $0.kind == .worker }
                        break
                    }
                }
            }
        }
        return out
    }

    /// Call after the events are appended and applied to `state`.
    func write(state: TerpaduState, tx: JournalTransaction) throws {
        var deltas: [String: Int64] = [:]
        var cycleMoved = events.contains(where: StageTable.movesCycleFigures)
        for id in order {
            let old = before[id] ?? nil
            let new = state.status(of: id)
            if old != new, old == .working || new == .working { cycleMoved = true }
            for (k, v) in StageTable.deltas(before: old, after: new) { deltas[k, default: 0] += v }
            if let row = StageTable.row(id, in: state) { try tx.upsertWorkerStage(row) }
        }
        try tx.addCounters(deltas)
        let reachMoved = try StageTable.writeKPIs(of: state, tx: tx, cycleMoved: cycleMoved)
        try board.write(workers: order, state: state, tx: tx, reachMoved: reachMoved)
    }
}
