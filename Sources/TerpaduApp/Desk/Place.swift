import TerpaduCore

/// The six panes, in tab order (digits 1–6).
public enum Pane: Int, CaseIterable, Sendable, Hashable {
    case dashboard, workers, jobFairs, training, placements, reintegration
}

/// Where the operator is. The desk keeps the path it came along, so Esc goes back the same way.
public enum Place: Sendable, Hashable {
    case pane(Pane)
    case worker(RecordID)
    case workerForm
    /// A fair, cohort, job order, case, loan or program's detail.
    case record(RecordID)
    /// A step's form, opened from a screen of `pane` (whose tab stays lit).
    case step(Pane)
    /// The open duplicate reviews, a pair at a time.
    case reviews
    /// A cohort's results sheet: a row per trainee.
    case resultSheet(RecordID)
    /// A worker's documents as a checklist, each missing one a key away.
    case documents(RecordID)

    /// The pane a place belongs to (its tab is lit).
    var pane: Pane {
        switch self {
        case .pane(let p): p
        case .worker, .workerForm, .documents: .workers
        case .record(let id): .holding(id.kind)
        case .step(let p): p
        case .resultSheet: .training
        case .reviews: .workers
        }
    }
}
