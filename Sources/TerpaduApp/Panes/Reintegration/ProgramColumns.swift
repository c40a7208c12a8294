import TerpaduCore

/// The columns of the Reintegration list, each one a sort order.
public enum ProgramColumn: Int, RecordColumn {
    case id, kind, name, place, start, end, capacity, enrolled, outcomes, businesses

    var ascendingFirst: Bool { [.kind, .name, .place].contains(self) }
}

extension ProgramSummary: ListedRecord {
    var recordID: RecordID { id }

    func sortKey(_ column: ProgramColumn, _ language: Language) -> SortKey {
        switch column {
        case .id: .int(id.number)
        case .kind: .int(Int(kind.rawValue))
        case .name: .words(name)
        case .place: .words(village + " " + regency)
        case .start: .day(start)
        case .end: .day(end)
        case .capacity: .int(capacity)
        case .enrolled: .int(enrolled)
        case .outcomes: .int(outcomes)
        case .businesses: .int(businessesStarted)
        }
    }

    var filterFields: [String] { [name, village, regency, provinceName] }
}
