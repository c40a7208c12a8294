/// The Job fairs pane: fairs and canvassing visits (a fair's detail is the desk's record detail).
public struct JobFairsPaneModel: Sendable {
    public var fairs = RecordListModel(.fairs)
    public init() {}
}
