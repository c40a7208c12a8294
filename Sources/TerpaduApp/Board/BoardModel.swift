import TerminalUI
import TerpaduCore
import TerpaduStore

/// The supervisor board as `view` draws it: the last figures read from the journal's board table,
/// what narrows them, which breakdown shows, and whether the directory can be read now. A value:
/// `update` changes it, nothing else does; the board never writes.
public struct BoardModel: Sendable {
    /// The breakdowns a key switches between.
    public enum Breakdown: Int, CaseIterable, Sendable {
        case provinces, destinations, jobs, schemes, passRates, reviews, departures
    }

    /// The KPI tiles, the policy's goals first.
    public enum Tile: Int, CaseIterable, Sendable {
        case cepat, murah, aman, sejahtera, education, literacy, insurance
    }

    /// A province or destination being chosen to narrow the board.
    public struct Pick: Sendable, Hashable {
        public enum Dimension: Sendable, Hashable { case province, destination }
        public var dimension: Dimension
        /// Codes with their counts, largest first.
        public var choices: [(code: String, count: Int)]
        public var selected = 0

        public static func == (a: Pick, b: Pick) -> Bool {
            a.dimension == b.dimension && a.selected == b.selected
                && a.choices.map(\.code) == b.choices.map(\.code) && a.choices.map(\.count) == b.choices.map(\.count)
        }
        public func hash(into h: inout Hasher) { h.combine(dimension); h.combine(selected); h.combine(choices.map(\.code)) }
    }

    public var language: Language
    public var strings: Strings
    public var words: BoardWords
    public var theme: Theme
    public var size: Size
    public var dataPath: String
    public var names: BoardNames
    public var reading: BoardReading?
    /// Why the figures cannot be read now (an older schema, a missing directory); the last figures
    /// read stay on screen beneath it.
    public var problem: String?
    public var condition: DirectoryCondition = .usable
    public var narrowing: Narrowing = .everyone
    public var breakdown: Breakdown = .provinces
    public var pick: Pick?
    public var showHelp = false
    /// "HH:MM" in Jakarta: the only thing that changes on screen while nothing else does.
    public var clock: String
    /// Today in Jakarta: the board's "today" and "this week" are the calendar's, not the day of the
    /// last event (a Monday morning shows Monday's flows, not Friday's).
    public var today: Day
    /// A read is on its way; another change meanwhile asks for one more.
    public var readInFlight = false
    public var readAgain = false
    public var ticks = 0

    public init(language: Language, theme: Theme, size: Size, dataPath: String, names: BoardNames = BoardNames(),
                nowMillis: Int64) {
        self.language = language
        self.strings = language.strings
        self.words = BoardWords.of(language)
        self.theme = theme
        self.size = size
        self.dataPath = dataPath
        self.names = names
        self.clock = strings.format.clock(millis: nowMillis)
        self.today = OfficeCalendar.jakarta.day(atMillis: nowMillis)
    }

    /// Today's flows, when the last event was today (otherwise nothing moved today).
    var todayFlows: Flows? { figures?.asOf == today ? figures?.today : nil }
    /// This week's flows, when the last event fell in this week.
    var weekFlows: Flows? { figures?.weeks.last.flatMap { $0.start == today.weekStart ? $0 : nil } }

    var figures: BoardFigures? { reading?.figures }
}

/// Reference names the board shows beside codes, read once from the seeds (never the state).
public struct BoardNames: Sendable, Hashable {
    public var provinces: [String: String] = [:]
    public var countries: [String: LocalName] = [:]
    public var jobs: [String: LocalName] = [:]
    public var programs: [String: LocalName] = [:]

    public init() {}

    public init(_ data: ReferenceData) {
        provinces = Dictionary(data.provinces.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        countries = Dictionary(data.countries.map { ($0.iso, LocalName(en: $0.nameEN, id: $0.nameID)) }, uniquingKeysWith: { a, _ in a })
        jobs = Dictionary(data.jobs.map { ($0.code, LocalName(en: $0.nameEN, id: $0.nameID)) }, uniquingKeysWith: { a, _ in a })
        programs = Dictionary(data.programs.map { ($0.code, LocalName(en: $0.nameEN, id: $0.nameID)) }, uniquingKeysWith: { a, _ in a })
    }

    func province(_ code: String) -> String { provinces[code] ?? code }
    func country(_ iso: String, _ l: Language) -> String { countries[iso]?.text(l) ?? iso }
    func job(_ code: String, _ l: Language) -> String { jobs[code]?.text(l) ?? code }
    func program(_ code: String, _ l: Language) -> String { programs[code]?.text(l) ?? code }
}
