import TerpaduCore

/// The steps of the cycle: their forms' titles and fields, the keys that open them, what the
/// status line says when they are saved or refused.
public struct StepWords: Sendable {
    /// A step's form title, also the help line of the key that opens it ("Record a document").
    public var title: @Sendable (StepKind) -> String
    /// The short name on the hint bar ("Doc").
    public var hint: @Sendable (StepKind) -> String
    /// Picking a worker for a record: "add an attendee to F-000012".
    public var pickTitle: @Sendable (StepKind, String) -> String
    public var field: @Sendable (StepField) -> String
    public var returnReason: @Sendable (ReturnReason) -> String
    public var fit: String
    public var unfit: String
    public var approve: String
    public var reject: String
    public var repaid: String
    public var notRepaid: String
    /// "saved: Record a document · W-000001".
    public var saved: @Sendable (String, String) -> String
    /// "3 saved, 2 refused".
    public var savedSome: @Sendable (String, String) -> String
    public var reportTitle: @Sendable (String, String) -> String
    public var pickBanner: @Sendable (String) -> String
    public var notAnID: @Sendable (String, String) -> String
    public var marked: @Sendable (String) -> String
    /// "2 workers", for a step saved for several.
    public var workers: @Sendable (String) -> String
    public var keyMark: String
    public var hintMark: String
    public var keyNewAttendee: String
    public var keyAddWorker: String
    public var hintAdd: String
    public var keyNewRecord: String
    public var hintNew: String
    /// The card's `d`: the documents checklist.
    public var keyDocuments: String
    public var hintDocuments: String
    public var keyRecordSelected: String
    public var hintRecordSelected: String
    public var keyRecordNumbered: String
    public var hintRecordNumbered: String
    /// "3 documents missing".
    public var documentsMissing: @Sendable (String) -> String
    public var documentsNoneMissing: String
    public var documentNotNeeded: String
}

/// The duplicate-review queue.
public struct ReviewWords: Sendable {
    public var title: String
    public var keyOpen: String
    public var hintOpen: String
    public var keyDifferent: String
    public var hintDifferent: String
    public var keySame: String
    public var hintSame: String
    public var keyOpenExisting: String
    public var keyOpenLater: String
    public var existing: String
    public var later: String
    public var empty: String
    /// "2 of 7".
    public var position: @Sendable (String, String) -> String
    public var flagged: @Sendable (String) -> String
    public var sameTitle: String
    /// The later record exits as a duplicate of the earlier one.
    public var sameMessage: @Sendable (String, String) -> String
    public var resolved: @Sendable (String) -> String
}
