/// The Placements pane: job orders, protection cases, open loans and financial-literacy sessions, one
/// list at a time.
public struct PlacementsPaneModel: Sendable {
    public var showing = RecordList.jobOrders
    public var orders = RecordListModel(.jobOrders)
    public var cases = RecordListModel(.cases)
    public var loans = RecordListModel(.loans)
    public var literacySessions = RecordListModel(.literacySessions)
    public init() {}
}
