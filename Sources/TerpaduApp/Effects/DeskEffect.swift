import TerpaduCore

/// What `update` asks for. The store's owner runs each one off the UI thread and answers with a
/// `DeskMessage`; the UI thread never touches the store.
public enum DeskEffect: Sendable, Hashable {
    /// Open the data directory (or say it is empty, so the welcome dialog can ask).
    case open
    /// The welcome dialog's answer: demo data, or an empty start.
    case start(demo: Bool)
    /// Rows `window` of the Workers list for `query`; `generation` tags the answer.
    case workers(WorkerListQuery, window: Range<Int>, generation: UInt64)
    /// One worker's card (detail, checklist, timeline).
    case workerCard(RecordID)
    /// A page of a record list, a record's detail, the pass rates (the panes after Workers).
    case records(RecordRequest)
    /// The open duplicate reviews, each pair with both registrations.
    case reviewQueue
    /// A cohort's whole roster, for its results sheet.
    case resultSheet(RecordID)
    /// The worker as the store has it now, for a form that met a conflict.
    case editBase(RecordID)
    /// The Dashboard's figures.
    case dashboard
    /// Record a reveal of the worker's NIK in the journal, then answer with it.
    case reveal(RecordID)
    /// Record a command; `purpose` says which screen waits for the answer.
    case execute(Command, purpose: Purpose)
    /// Record a step's commands, one per worker it is about (`subjects`, in the same order), each on
    /// its own; the answer lists what became of each.
    case executeAll([Command], subjects: [RecordID?], purpose: Purpose)
    /// People already registered with this name and birth date (offered before a registration).
    case lookalikes(name: String, birthDate: Day)
    case loadTheme(String)
    case snapshot
    /// The Workers registry as CSV (NIK masked, the export recorded in the journal first), to `path`
    /// or to a dated file in the home directory.
    case exportWorkers(path: String?)
    /// A CSV file imported (`workers`, `attendance` or `enrollments`), a row per command, as
    /// `terpadu import` does; rejected rows are written to a report beside the file.
    /// The report file is written in `language`.
    case importCSV(kind: String, path: String, language: Language)
    case quit

    /// Who waits for a command's answer.
    public enum Purpose: Sendable, Hashable {
        case registerWorker
        case updateWorker(RecordID)
        /// A step's form.
        case step(Step)
        /// A worker picked from the Workers pane for another screen.
        case pick(WorkerPick)
        /// A cohort's results sheet.
        case resultSheet(RecordID)
        /// A duplicate review resolved.
        case review
    }
}
