import TerminalUI

/// The Training pane: cohorts, or the pass rate of each training program.
public struct TrainingPaneModel: Sendable {
    public enum Showing: Sendable, Hashable { case cohorts, passRates }

    public var showing = Showing.cohorts
    public var cohorts = RecordListModel(.cohorts)
    /// One row per program (a few dozen): small enough to come whole.
    public var passRates: [ProgramPassRate]?
    public var passRateTable = TableState()
    public init() {}
}
