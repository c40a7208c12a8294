import TerpaduCore
import TerpaduStore

/// The supervisor board's own words, in one language; the stage and status names, numbers and days
/// come from the desk's `Strings` of the same language.
public struct BoardWords: Sendable {
    public var title: String
    public var everyone: String
    public var province: @Sendable (String) -> String
    public var destination: @Sendable (String) -> String
    public var today: String
    public var thisWeek: String
    public var flow: @Sendable (DailyKind) -> String
    public var exits: String
    public var noExits: String
    public var exitReason: @Sendable (ExitReason) -> String
    public var breakdown: @Sendable (BoardModel.Breakdown) -> String
    public var kpi: @Sendable (BoardModel.Tile) -> String
    public var days: @Sendable (String) -> String
    public var perThousand: @Sendable (String) -> String
    public var zeroCost: @Sendable (String) -> String
    public var resolved: @Sendable (String) -> String
    public var started: @Sendable (String) -> String
    /// Health cover lapsing within 30 days.
    public var lapsing: @Sendable (String) -> String
    public var weeksTrend: String
    public var lastChange: @Sendable (String, String) -> String
    public var noChangeYet: String
    public var feed: @Sendable (DirectoryCondition) -> String
    public var opening: String
    /// The directory's schema is older than the board's tables, or they are not filled yet.
    public var needsOperator: String
    public var missing: @Sendable (String) -> String
    public var pickProvince: String
    public var pickDestination: String
    public var keyBreakdown: String
    public var keyProvince: String
    public var keyDestination: String
    public var keyClear: String
    public var keyHelp: String
    public var keyQuit: String
    public var hintBreakdown: String
    public var hintProvince: String
    public var hintDestination: String
    public var hintClear: String
    public var hintHelp: String
    public var hintQuit: String
    public var helpTitle: String
    public var readOnly: String
    public var nothingToPick: String
    public var needsTerminal: String

    public static func of(_ language: Language) -> BoardWords { language == .id ? indonesian : english }
}
