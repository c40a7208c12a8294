import TerminalUI
import TerpaduCore

/// The record whose detail is on screen: the answer, and the selection in the list under its facts.
public struct RecordDetailModel: Sendable {
    public var id: RecordID
    public var detail: RecordDetail?
    public var table = TableState()
    public var requested: Range<Int>?
    /// A fair's attendees marked to enrol or select together.
    public var marked: Set<RecordID> = []

    public init(id: RecordID) { self.id = id }
}
