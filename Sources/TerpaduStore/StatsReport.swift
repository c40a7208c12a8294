import Foundation
import TerpaduCore

/// What `terpadu stats` reports: workers per stage (the four stages plus `exited` add up to
/// `workers`), per status, the supervisor KPIs of the latest week, an optional breakdown, and the
/// event the figures are as of.
public struct StatsReport: Encodable, Sendable {
    public struct AsOf: Encodable, Sendable {
        public var seq: Int64
        public var time: String?
    }

    public struct KPIs: Codable, Sendable {
        public var weekStart: String
        public var departures: Int
        public var medianDaysToDeparture: Int?
        public var medianWorkerCost: Int64?
        public var zeroCostShare: Double?
        public var openCasesPer1000: Double?
        public var casesResolved: Int
        public var returneesInProgramShare: Double?
        public var businessesStarted: Int

        public func encode(to encoder: any Encoder) throws {
            enum K: String, CodingKey {
                case weekStart, departures, medianDaysToDeparture, medianWorkerCost, zeroCostShare
                case openCasesPer1000, casesResolved, returneesInProgramShare, businessesStarted
            }
            var c = encoder.container(keyedBy: K.self)
            try c.encode(weekStart, forKey: .weekStart)
            try c.encode(departures, forKey: .departures)
            try c.encode(medianDaysToDeparture, forKey: .medianDaysToDeparture)
            try c.encode(medianWorkerCost, forKey: .medianWorkerCost)
            try c.encode(zeroCostShare.map(Self.round), forKey: .zeroCostShare)
            try c.encode(openCasesPer1000.map(Self.round), forKey: .openCasesPer1000)
            try c.encode(casesResolved, forKey: .casesResolved)
            try c.encode(returneesInProgramShare.map(Self.round), forKey: .returneesInProgramShare)
            try c.encode(businessesStarted, forKey: .businessesStarted)
        }

        static func round(_ v: Double) -> Double { (v * 10_000).rounded() / 10_000 }

        /// The KPIs of the week that holds the state's last event.
        public static func latest(of state: TerpaduState) -> KPIs? {
            guard state.lastEventMillis > 0 else { return nil }
            let today = state.calendar.day(atMillis: state.lastEventMillis)
            return state.weeklyKPIs(weeks: 1, asOf: today).last.map { k in
                KPIs(weekStart: k.weekStart.description, departures: k.departures,
                     medianDaysToDeparture: k.medianDaysToDeparture, medianWorkerCost: k.medianWorkerCost,
                     zeroCostShare: k.zeroCostShare, openCasesPer1000: k.openCasesPer1000, casesResolved: k.casesResolved,
                     returneesInProgramShare: k.returneesInProgramShare, businessesStarted: k.businessesStarted)
            }
        }

        /// As the journal's meta table keeps them (written in each append transaction).
        public static let metaKey = "stats.kpis"

        public func metaJSON() -> String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
        }
    }

    public struct Breakdown: Encodable, Sendable {
        public var key: String
        public var counts: [String: Int]
    }

    public var workers: Int
    public var stages: [String: Int]
    public var exited: Int
    public var statuses: [String: Int]
    public var kpis: KPIs?
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
        let last = try reader.lastChange()
        asOf = AsOf(seq: last?.seq ?? 0, time: last.map { ISO8601UTC.format(milliseconds: $0.timeMs) })
        by = nil
    }

    public func encode(to encoder: any Encoder) throws {
        enum K: String, CodingKey { case workers, stages, exited, statuses, kpis, asOf, by }
        var c = encoder.container(keyedBy: K.self)
        try c.encode(workers, forKey: .workers)
        try c.encode(stages, forKey: .stages)
        try c.encode(exited, forKey: .exited)
        try c.encode(statuses, forKey: .statuses)
        try c.encode(kpis, forKey: .kpis)
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
