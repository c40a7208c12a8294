import Foundation
import TerpaduCore

/// The supervisor KPIs of the latest week, kept in the journal's `meta` table by every append
/// transaction, so `stats` and the board answer without loading a snapshot.
public struct KeptKPIs: Codable, Sendable {
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
    public static func latest(of state: TerpaduState) -> KeptKPIs? {
        guard state.lastEventMillis > 0 else { return nil }
        let today = state.calendar.day(atMillis: state.lastEventMillis)
        return state.weeklyKPIs(weeks: 1, asOf: today).last.map { k in
            KeptKPIs(weekStart: k.weekStart.description, departures: k.departures,
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
