import TerpaduCore

/// The columns of the Training list, each one a sort order.
public enum CohortColumn: Int, RecordColumn {
    case id, program, provider, start, end, capacity, enrolled, seatsLeft, passRate

    var ascendingFirst: Bool { [.program, .provider].contains(self) }
}

extension CohortView: ListedRecord {
    var recordID: RecordID { id }

    func sortKey(_ column: CohortColumn, _ language: Language) -> SortKey {
        switch column {
        case .id: .int(id.number)
        case .program: .words(language == .id ? programNameID : programNameEN)
        case .provider: .words(provider)
        case .start: .day(start)
        case .end: .day(end)
        // Fullest first.
        case .capacity: .number(capacity == 0 ? 0 : Int64(enrolled) * 1000 / Int64(capacity))
        case .enrolled: .int(enrolled)
        case .seatsLeft: .int(seatsLeft)
        // Cohorts without results yet sort below every rate.
        case .passRate: .number(rate.rate.map { Int64($0 * 10_000) } ?? -1)
        }
    }

    var filterFields: [String] { [program, programNameEN, programNameID, provider] }
}
