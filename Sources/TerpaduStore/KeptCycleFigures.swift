import Foundation
import TerpaduCore

/// Education reach, financial literacy reach and health coverage as of the day of the state's last
/// event, kept in the journal's `meta` table by every append transaction beside the KPIs, so `stats`
/// answers them without loading a snapshot.
public struct KeptCycleFigures: Codable, Sendable, Equatable {
    public struct Education: Codable, Sendable, Equatable {
        public var sessions: Int
        public var headcount: Int
        public var registeredAttendances: Int
        public var registeredWorkers: Int
        public var peopleReached: Int
    }

    public struct Literacy: Codable, Sendable, Equatable {
        public var sessions: Int
        public var inPlacement: Int
        public var reached: Int
        public var reachedShare: Double?
    }

    public struct Health: Codable, Sendable, Equatable {
        public var inPlacement: Int
        public var covered: Int
        public var coveredShare: Double?
        public var lapsingIn30Days: Int
    }

    /// The day the shares are as of (the day of the last event).
    public var asOf: String
    public var education: Education
    public var literacy: Literacy
    public var health: Health

    public init(_ f: CycleFigures, asOf day: Day) {
        asOf = day.description
        education = Education(sessions: f.education.sessions, headcount: f.education.headcount,
                              registeredAttendances: f.education.registeredAttendances,
                              registeredWorkers: f.education.registeredWorkers, peopleReached: f.education.peopleReached)
        literacy = Literacy(sessions: f.literacySessions, inPlacement: f.literacyReached.inPlacement,
                            reached: f.literacyReached.count, reachedShare: f.literacyReached.share.map(KeptKPIs.round))
        health = Health(inPlacement: f.healthCovered.inPlacement, covered: f.healthCovered.count,
                        coveredShare: f.healthCovered.share.map(KeptKPIs.round), lapsingIn30Days: f.coverageLapsingIn30Days)
    }

    /// The figures as of the day of the state's last event; nil before any event.
    public static func latest(of state: TerpaduState) -> KeptCycleFigures? {
        guard state.lastEventMillis > 0 else { return nil }
        let day = state.calendar.day(atMillis: state.lastEventMillis)
        return KeptCycleFigures(state.cycleFigures(today: day), asOf: day)
    }

    public static let metaKey = "stats.cycle"

    public func metaJSON() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }
}
