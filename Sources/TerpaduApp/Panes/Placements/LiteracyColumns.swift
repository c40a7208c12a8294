import TerpaduCore

/// The columns of the financial-literacy session list, each one a sort order.
public enum LiteracyColumn: Int, RecordColumn {
    case id, date, mission, topic, participants

    var ascendingFirst: Bool { [.mission, .topic].contains(self) }
}

extension LiteracySessionSummary: ListedRecord {
    var recordID: RecordID { id }

    func sortKey(_ column: LiteracyColumn, _ language: Language) -> SortKey {
        switch column {
        case .id: .int(id.number)
        case .date: .day(date)
        // Online sessions (no mission) sort together, after the missions.
        case .mission: .words(missionName ?? mission ?? "~")
        case .topic: .words(topic)
        case .participants: .int(participants)
        }
    }

    var filterFields: [String] { [topic, mission ?? "", missionName ?? ""] }
}
