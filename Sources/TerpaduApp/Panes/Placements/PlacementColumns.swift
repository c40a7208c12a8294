import TerpaduCore

/// The columns of the job-order list, each one a sort order.
public enum JobOrderColumn: Int, RecordColumn {
    case id, employer, country, job, scheme, filled, legal, created

    var ascendingFirst: Bool { [.employer, .country, .job, .scheme, .legal].contains(self) }
}

/// The columns of the protection-case list.
public enum CaseColumn: Int, RecordColumn {
    case id, worker, name, type, mission, opened, state, checkIns

    var ascendingFirst: Bool { [.worker, .name, .type, .mission, .state].contains(self) }
}

/// The columns of the open-loan list.
public enum LoanColumn: Int, RecordColumn {
    case id, worker, name, bank, amount, status, applied

    var ascendingFirst: Bool { [.worker, .name, .bank, .status].contains(self) }
}

extension JobOrderRow: ListedRecord {
    var recordID: RecordID { order.id }

    func sortKey(_ column: JobOrderColumn, _ language: Language) -> SortKey {
        switch column {
        case .id: .int(order.id.number)
        case .employer: .words(order.employer)
        case .country: .words(country.text(language))
        case .job: .words(job.text(language))
        case .scheme: .int(Int(order.scheme.rawValue))
        case .filled: .int(order.filled)
        // Orders outside the law first.
        case .legal: .int(order.legalChannel.passes ? 1 : 0)
        case .created: .day(order.created)
        }
    }

    var filterFields: [String] { [order.employer, order.country, country.en, country.id, job.en, job.id, order.agency] }
}

extension CaseSummary: ListedRecord {
    var recordID: RecordID { id }

    func sortKey(_ column: CaseColumn, _ language: Language) -> SortKey {
        switch column {
        case .id: .int(id.number)
        case .worker: .int(worker.number)
        case .name: .words(workerName)
        case .type: .int(Int(type.rawValue))
        case .mission: .words(missionName)
        case .opened: .day(opened)
        // Open first, each group newest first (ascending, the list's own order).
        case .state: .number(Int64(isOpen ? 0 : 1) << 40 - Int64(id.number))
        case .checkIns: .int(checkIns)
        }
    }

    var filterFields: [String] { [workerName, worker.description, missionName, mission] }
}

extension LoanSummary: ListedRecord {
    var recordID: RecordID { id }

    func sortKey(_ column: LoanColumn, _ language: Language) -> SortKey {
        switch column {
        case .id: .int(id.number)
        case .worker: .int(worker.number)
        case .name: .words(workerName)
        case .bank: .words(bankName)
        case .amount: .number(amount)
        case .status: .int(Int(status.rawValue))
        case .applied: .day(applied)
        }
    }

    var filterFields: [String] { [workerName, worker.description, bank, bankName] }
}
