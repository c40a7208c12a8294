import TerminalUI
import TerpaduCore

/// The registration and edit form: the toolkit's form state plus what the desk knows about it (the
/// record it edits, a possible match already registered, a conflict with another operator).
public struct WorkerFormModel: Sendable {
    public enum Mode: Sendable, Hashable {
        case register
        /// Editing `id` as it was at `version`, with the values the form opened with.
        case edit(RecordID, version: Int)
    }

    public var mode: Mode
    public var form: FormState
    /// A command is on its way to the store.
    public var saving = false
    /// Someone already registered with this name and birth date (offered before saving).
    public var lookalike: WorkerRow?
    /// The operator saw the offer: the next save goes ahead.
    public var lookalikeSeen = false
    /// Another operator changed the record first: who, when, what. The next save carries the new version.
    public var conflict: ConflictNote?
    /// The record as it is now is on its way (after a conflict): saving waits for it.
    public var rebasing = false
    /// The edit form shows the NIK masked until it is revealed there.
    public var nikRevealed = false
    /// Values the form filled in from the NIK: replaced when the NIK changes, unless the operator
    /// changed them since.
    public var prefilled: [String: String] = [:]

    public init(mode: Mode, form: FormState) {
        self.mode = mode
        self.form = form
    }

    public var editedID: RecordID? {
        if case .edit(let id, _) = mode { return id }
        return nil
    }
}

/// A conflicting change by another operator, as the form reports it.
public struct ConflictNote: Sendable, Hashable {
    public var who: String
    public var whenMillis: Int64
    /// Fields the other operator changed.
    public var theirFields: [String]
    /// Fields both changed (marked on the form).
    public var bothChanged: Set<String> = []
}
