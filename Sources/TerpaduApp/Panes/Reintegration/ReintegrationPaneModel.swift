/// The Reintegration pane: UMKM incubations and kampung migran programs.
public struct ReintegrationPaneModel: Sendable {
    public var programs = RecordListModel(.programs)
    public init() {}
}
