import TerpaduCore

/// The journal holds less than this directory has handed out: acknowledged events are gone from it
/// (a deleted `journal.sqlite-wal` after an unclean stop, an older copy of `journal.sqlite` put back).
/// Appending now would hand the same sequence numbers and IDs to new people, so the store refuses.
public struct JournalBehind: Error, Sendable, Equatable, CustomStringConvertible {
    public var journalPath: String
    /// What the journal, replayed, has handed out.
    public var journal: Marks
    /// What was handed out, as the witness saw it.
    public var handedOut: Marks
    /// Who saw it, in words ("the marks file …", "snapshot …", "this process").
    public var witness: String

    /// The witnessed marks that the journal is behind on, in words.
    public var shortfall: String {
        var parts: [String] = []
        if handedOut.seq > journal.seq {
            parts.append("it ends at event \(journal.seq) but events up to \(handedOut.seq) were handed out "
                         + "(\(handedOut.seq - journal.seq) missing)")
        }
        for kind in RecordKind.allCases where handedOut.number(kind) > journal.number(kind) {
            let last = journal.number(kind)
            parts.append("its last \(kind.prefix) ID is "
                         + (last > 0 ? RecordID(kind, last).description : "none")
                         + " but \(RecordID(kind, handedOut.number(kind))) was handed out")
        }
        return parts.joined(separator: "; ")
    }

    public var description: String {
        "the journal \(journalPath) is behind what this directory handed out: \(shortfall) (witness: \(witness)). "
            + "Acknowledged events are missing from it, probably because journal.sqlite-wal was deleted or an older "
            + "copy of journal.sqlite was put back. Nothing was recorded, so no number is handed out twice. "
            + "If the missing file still exists, stop every terpadu process, put it back, and try again. Otherwise "
            + "restore the latest backup (`terpadu backup restore BACKUPDIR`), or record the loss and carry on "
            + "(`terpadu doctor --repair`): both append one gap event that moves sequence numbers and IDs past "
            + "the lost ones."
    }

    /// The report when `witnessed` is ahead of what the journal handed out, else nil.
    static func check(journalPath: String, journal: Marks, witnessed: [(Marks, String)]) -> JournalBehind? {
        for (marks, witness) in witnessed where !journal.covers(marks) {
            return JournalBehind(journalPath: journalPath, journal: journal, handedOut: marks, witness: witness)
        }
        return nil
    }
}
