import TerpaduCore

/// The columns of the Job fairs list, each one a sort order.
public enum FairColumn: Int, RecordColumn {
    case id, kind, date, venue, place, attendees, interviewed, shortlisted, offered

    var ascendingFirst: Bool { [.kind, .venue, .place].contains(self) }
}

extension FairSummary: ListedRecord {
    var recordID: RecordID { id }

    func sortKey(_ column: FairColumn, _ language: Language) -> SortKey {
        switch column {
        case .id: .int(id.number)
        case .kind: .int(Int(kind.rawValue))
        case .date: .day(date)
        case .venue: .words(venue)
        case .place: .words(regency + " " + provinceName)
        case .attendees: .int(attendees)
        case .interviewed: .int(funnel.interviewed)
        case .shortlisted: .int(funnel.shortlisted)
        case .offered: .int(funnel.offered)
        }
    }

    var filterFields: [String] { [venue, regency, provinceName] }
}
