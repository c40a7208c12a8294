import TerminalUI
import TerpaduCore

/// What reaches `update` besides keys, resizes and ticks: the owner's answers and the change feed.
public enum DeskMessage: Sendable {
    /// The directory is open: its figures and the reference tables the forms pick from.
    case opened(HeaderFigures, ReferenceOptions)
    /// The directory holds nothing yet: the welcome dialog asks what to start with.
    case empty
    /// The directory cannot be used (the reason, in the store's words).
    case openFailed(String)
    /// Demo data being built: workers done of the target.
    case seeding(done: Int, total: Int)
    case workersPage(WorkerPage)
    case workerCard(WorkerCard)
    /// The answer to a `RecordRequest`.
    case records(RecordAnswer)
    case dashboard(DashboardFigures)
    /// The open duplicate reviews (the first ones) and how many are open.
    case reviews([ReviewPair], total: Int)
    /// A cohort and its whole roster, for the results sheet.
    case resultSheet(CohortView, [RosterEntry])
    case editBase(WorkerSummary)
    case cardMissing(RecordID)
    /// Another process committed (or the directory's condition changed): the new figures and the
    /// records the events touched (nil: anything may have changed, the state was read again).
    case changed(HeaderFigures, touched: Set<RecordID>?)
    case saved(DeskEffect.Purpose, SaveOutcome, HeaderFigures?)
    /// The answer to `executeAll`: each command's outcome, in order.
    case stepSaved(DeskEffect.Purpose, [StepLine], HeaderFigures?)
    case revealed(RecordID, nik: String)
    case revealRefused(String)
    case lookalikes(name: String, birthDate: Day, [WorkerRow])
    case theme(Theme)
    case exporting(percent: Int)
    case importing(rows: Int)
    /// Rows accepted and rejected; the report file when some were rejected; why it stopped early.
    case imported(accepted: Int, rejected: Int, report: String?, stop: String?)
    case exported(rows: Int, path: String)
    case snapshotWritten(String)
    case snapshotNotHolder
    case note(StatusNote)
    /// The wall clock, in milliseconds (posted each minute, so the header's clock moves).
    case clock(Int64)
}
