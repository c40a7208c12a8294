import TerpaduCore
import TerpaduStore

/// The answers the store's owner posts back: small immutable values, never the store or its state.

/// The header's live figures: stage counts, the newest change, the directory's condition.
public struct HeaderFigures: Sendable, Hashable {
    public var stages: StageCounts
    public var lastChange: LastChange?
    public var condition: DirectoryCondition
    /// How many records of each kind exist (for ID completion on the command line).
    public var counts: [RecordKind: Int]

    public init(stages: StageCounts = StageCounts(), lastChange: LastChange? = nil,
                condition: DirectoryCondition = .usable, counts: [RecordKind: Int] = [:]) {
        self.stages = stages
        self.lastChange = lastChange
        self.condition = condition
        self.counts = counts
    }
}

/// A reference row for pick lists: a code and its name.
public struct ReferenceOption: Sendable, Hashable {
    public var code: String
    public var name: String
    public init(code: String, name: String) { self.code = code; self.name = name }
}

/// The reference tables the forms pick from.
public struct ReferenceOptions: Sendable, Hashable {
    public var provinces: [ReferenceOption]
    public var educations: [ReferenceOption]
    /// Destinations by ISO code, named in both languages (`name` English, `nameID` Indonesian).
    public var countries: [(code: String, name: String, nameID: String)]
    /// The whole tables, for the step forms' pick lists (missions, jobs, programs, banks).
    public var data: ReferenceData
    public init(provinces: [ReferenceOption] = [], educations: [ReferenceOption] = [],
                countries: [(code: String, name: String, nameID: String)] = [], data: ReferenceData = .empty) {
        self.provinces = provinces
        self.educations = educations
        self.countries = countries
        self.data = data
    }

    public static func == (a: ReferenceOptions, b: ReferenceOptions) -> Bool {
        a.provinces == b.provinces && a.educations == b.educations && a.countries.map(\.code) == b.countries.map(\.code)
    }

    public func hash(into h: inout Hasher) { h.combine(provinces) }

    public func countryName(_ iso: String, _ language: Language) -> String? {
        countries.first { $0.code == iso }.map { language == .id ? $0.nameID : $0.name }
    }

    public func provinceName(_ code: String) -> String? { provinces.first { $0.code == code }?.name }
}

/// One row of the Workers list.
public struct WorkerRow: Sendable, Hashable {
    public var id: RecordID
    public var name: String
    public var nikMasked: String
    public var sex: Sex
    public var birthDate: Day
    public var province: String
    public var status: Status
    public var registered: Day
}

/// The rows of the Workers list around what is on screen, with the total the query found.
public struct WorkerPage: Sendable, Hashable {
    public var query: WorkerListQuery
    public var generation: UInt64
    public var offset: Int
    public var rows: [WorkerRow]
    public var total: Int

    public func row(_ i: Int) -> WorkerRow? {
        i >= offset && i < offset + rows.count ? rows[i - offset] : nil
    }
}

/// One line of a record's timeline: an event (described in the screen's language when drawn) or
/// events the journal lost.
public struct TimelineLine: Sendable, Hashable {
    public var seq: Int64
    public var timeMillis: Int64
    public var operatorName: String
    /// nil for a stretch of lost events, or an event this build cannot read.
    public var body: EventBody?
    public var lost: ClosedRange<Int64>?
}

/// Everything the worker card shows.
public struct WorkerCard: Sendable, Hashable {
    public var detail: WorkerDetail
    public var provinceName: String
    public var timeline: [TimelineLine]
    /// Every departure guard, passed, failed with its reason, or not applicable (empty once the
    /// worker has departed or left the cycle).
    public var checklist: [DepartureCheck]
    /// Set once a reveal was recorded; shown until the card is left.
    public var revealedNIK: String?
}

/// What became of a command the desk sent.
public enum SaveOutcome: Sendable, Hashable {
    case saved([Event])
    case refused([Refusal], since: [TimelineLine])
    case readOnly
    case failed(String)
}
