import TerpaduCore

/// The four panes after Workers, each with its own model, and the record detail on screen.
public struct RecordPanes: Sendable {
    public var jobFairs = JobFairsPaneModel()
    public var training = TrainingPaneModel()
    public var placements = PlacementsPaneModel()
    public var reintegration = ReintegrationPaneModel()
    public var detail: RecordDetailModel?

    public init() {}

    subscript(list: RecordList) -> RecordListModel {
        get {
            switch list {
            case .fairs: jobFairs.fairs
            case .cohorts: training.cohorts
            case .jobOrders: placements.orders
            case .cases: placements.cases
            case .loans: placements.loans
            case .programs: reintegration.programs
            case .literacySessions: placements.literacySessions
            }
        }
        set {
            switch list {
            case .fairs: jobFairs.fairs = newValue
            case .cohorts: training.cohorts = newValue
            case .jobOrders: placements.orders = newValue
            case .cases: placements.cases = newValue
            case .loans: placements.loans = newValue
            case .programs: reintegration.programs = newValue
            case .literacySessions: placements.literacySessions = newValue
            }
        }
    }

    /// The list a pane shows now (nil for Workers, the Dashboard, and Training's pass rates).
    func list(on pane: Pane) -> RecordList? {
        switch pane {
        case .dashboard, .workers: nil
        case .jobFairs: .fairs
        case .training: training.showing == .cohorts ? .cohorts : nil
        case .placements: placements.showing
        case .reintegration: .programs
        }
    }

    /// The step that makes a new record on a pane's list.
    static func newList(_ pane: Pane) -> StepKind? {
        switch pane {
        case .jobFairs: .scheduleFair
        case .training: .createCohort
        case .placements: .createJobOrder
        case .reintegration: .createProgram
        case .dashboard, .workers: nil
        }
    }

    static func isRecordPane(_ pane: Pane) -> Bool {
        [.jobFairs, .training, .placements, .reintegration].contains(pane)
    }
}
