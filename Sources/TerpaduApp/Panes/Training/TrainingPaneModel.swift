import TerminalUI
import TerpaduCore

/// The Training pane: cohorts, or the pass rate of each training program.
public struct TrainingPaneModel: Sendable {
    public enum Showing: Sendable, Hashable { case cohorts, passRates }

    public var showing = Showing.cohorts
    public var cohorts = RecordListModel(.cohorts)
    /// One row per program (a few dozen): small enough to come whole.
    public var passRates: [ProgramPassRate]?
    public var passRateTable = TableState()
    /// Under the pass rates: each language level's tests and cohort passes.
    public var languageLevels: [LanguageLevelTally]?
    public init() {}
}
