import Foundation
import TerpaduCore
import TerpaduStore

/// What `terpadu stats` reports: workers per stage (the four stages plus `exited` add up to
/// `workers`), per status, the supervisor KPIs of the latest week, an optional breakdown, and the
/// event the figures are as of.
public struct StatsReport: Encodable, Sendable {
    public struct AsOf: Encodable, Sendable {
        public var seq: Int64
        public var time: String?
    }

    /// The latest week's KPIs, as the journal keeps them beside its counters.
    public typealias KPIs = KeptKPIs

    public struct Breakdown: Encodable, Sendable {
        public var key: String
        public var counts: [String: Int]
    }

    public var workers: Int
    public var stages: [String: Int]
    public var exited: Int
    public var statuses: [String: Int]
    public var kpis: KPIs?
    /// Education reach, financial literacy reach and health coverage (as of the last event's day).
    public var cycle: KeptCycleFigures?
    public var asOf: AsOf
    public var by: Breakdown?

    public init(state: TerpaduState, by key: BreakdownKey? = nil) {
        let stageCounts = state.stageCounts()
        workers = stageCounts.total
        var stages: [String: Int] = [:]
        for stage in Stage.allCases { stages[stage.code] = stageCounts[stage] }
        self.stages = stages
        exited = stageCounts.exited
        var statuses: [String: Int] = [:]
        for status in Status.allCases { statuses[status.code] = 0 }
        for (status, n) in state.statusCounts() { statuses[status.code, default: 0] += n }
        self.statuses = statuses
        kpis = KPIs.latest(of: state)
        cycle = KeptCycleFigures.latest(of: state)
        asOf = AsOf(seq: state.lastSeq,
                    time: state.lastEventMillis > 0 ? ISO8601UTC.format(milliseconds: state.lastEventMillis) : nil)
        by = key.map { Breakdown(key: $0.rawValue, counts: state.breakdown(by: $0)) }
    }

    /// The report from the journal's tables alone (counters, the KPIs kept with them, the last
    /// event), without loading a snapshot: what `stats` answers when no breakdown is asked for.
    public init(journal reader: JournalReader) throws {
        let counters = try reader.counters()
        workers = Int(counters[StageTable.workersCounter] ?? 0)
        var stages: [String: Int] = [:]
        for stage in Stage.allCases { stages[stage.code] = Int(counters["stage." + stage.code] ?? 0) }
        self.stages = stages
        exited = Int(counters["stage.exited"] ?? 0)
        var statuses: [String: Int] = [:]
        for status in Status.allCases { statuses[status.code] = Int(counters["status." + status.code] ?? 0) }
        self.statuses = statuses
        kpis = try reader.meta(KPIs.metaKey).flatMap { try? JSONDecoder().decode(KPIs.self, from: Data($0.utf8)) }
        cycle = try reader.meta(KeptCycleFigures.metaKey).flatMap {
            try? JSONDecoder().decode(KeptCycleFigures.self, from: Data($0.utf8))
        }
        let last = try reader.lastChange()
        asOf = AsOf(seq: last?.seq ?? 0, time: last.map { ISO8601UTC.format(milliseconds: $0.timeMs) })
        by = nil
    }

    public func encode(to encoder: any Encoder) throws {
        enum K: String, CodingKey { case workers, stages, exited, statuses, kpis, cycle, asOf, by }
        var c = encoder.container(keyedBy: K.self)
        try c.encode(workers, forKey: .workers)
        try c.encode(stages, forKey: .stages)
        try c.encode(exited, forKey: .exited)
        try c.encode(statuses, forKey: .statuses)
        try c.encode(kpis, forKey: .kpis)
        try c.encode(cycle, forKey: .cycle)
        try c.encode(asOf, forKey: .asOf)
        try c.encodeIfPresent(by, forKey: .by)
    }

    /// One line of JSON, keys sorted.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
