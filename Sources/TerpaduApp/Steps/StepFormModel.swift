import TerminalUI
import TerpaduCore

/// A step's form on screen: the toolkit's form, the step it records, and the version of the worker
/// as the card showed it (so a change by another operator meanwhile is caught, not overwritten).
public struct StepFormModel: Sendable {
    public var step: Step
    public var form: FormState
    public var version: Int?
    /// The commands are on their way to the store.
    public var saving = false

    public init(step: Step, form: FormState, version: Int?) {
        self.step = step
        self.form = form
        self.version = version
    }
}

/// The Workers pane lent to another screen to choose a worker: search as usual, Enter picks, `n`
/// registers someone new (who is then picked), Esc goes back without picking.
public struct WorkerPick: Sendable, Hashable {
    public enum Purpose: Sendable, Hashable {
        /// An attendee of a fair (recorded as attended).
        case attend(fair: RecordID)
        case enroll(cohort: RecordID)
        case select(jobOrder: RecordID)
        case enrollReturnee(program: RecordID)
        /// A worker abroad recorded as taking part in a financial-literacy session.
        case joinLiteracy(session: RecordID)
    }

    public var purpose: Purpose
    /// Where the operator goes back to once a worker is picked (or the pick is given up).
    public var returnTo: Place
    /// The Workers list's own search before the pick, given back after it.
    public var searchBefore = ""
    /// Enter came while the search was running: pick the match if it turns out to be the only one.
    public var pickWhenSingle = false

    /// The record the worker is picked for.
    public var record: RecordID {
        switch purpose {
        case .attend(let id), .enroll(let id), .select(let id), .enrollReturnee(let id), .joinLiteracy(let id): id
        }
    }

    func command(for worker: RecordID) -> Command {
        switch purpose {
        case .attend(let fair): .recordAttendance(AttendanceEntry(fair: fair, worker: worker, outcome: .attended))
        case .enroll(let cohort): .enroll(CohortEnrollment(cohort: cohort, worker: worker))
        case .select(let order): .selectForJobOrder(Selection(worker: worker, jobOrder: order))
        case .enrollReturnee(let program): .enrollReturnee(ProgramEnrollmentEntry(program: program, worker: worker))
        case .joinLiteracy(let session): .recordLiteracyParticipation(LiteracyParticipation(session: session, worker: worker))
        }
    }
}

/// What became of each command of a step sent at once (one per worker).
public struct StepLine: Sendable, Hashable {
    /// The worker (or record) the command was about.
    public var subject: RecordID?
    public var outcome: SaveOutcome

    public init(subject: RecordID?, outcome: SaveOutcome) {
        self.subject = subject
        self.outcome = outcome
    }

    public var savedEvents: [Event]? {
        if case .saved(let e) = outcome { return e }
        return nil
    }
}

/// The refusals of a step sent for several workers, listed until the operator closes the list.
public struct StepReport: Sendable, Hashable {
    public var title: String
    /// The record each refusal is about, and the refusal in words.
    public var lines: [HelpEntry]
    public var scroll = 0
}
