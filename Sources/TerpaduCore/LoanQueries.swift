/// A KUR placement loan as the Placements pane lists it.
public struct LoanSummary: Hashable, Sendable {
    public var id: RecordID
    public var worker: RecordID
    public var workerName: String
    /// The bank's code and name ("" when the code is no longer in the reference tables).
    public var bank: String
    public var bankName: String
    public var status: LoanStatus
    /// Rupiah.
    public var amount: Int64
    /// 600 = 6 % a year.
    public var rateBasisPoints: Int
    public var tenorMonths: Int
    public var applied: Day
    public var decided: Day?
    public var disbursed: Day?

    public var isOpen: Bool { status.isOpen }
}

extension TerpaduState {
    /// Loans, a page at a time. All of them: each row is read directly. Open only (applied, approved or
    /// disbursed): the loan rows are scanned for open ones first (integers only; about a hundred
    /// thousand at national scale, well under a millisecond in a release build).
    public func loans(openOnly: Bool = false, offset: Int = 0, count: Int = .max,
                      order: ListOrder = .newestFirst) -> RecordPage<LoanSummary> {
        guard openOnly else {
            return .of(total: loans.count, offset: offset, count: count, order: order) { loanSummary(row: $0) }
        }
        var open: [Int32] = []
        for (i, l) in loans.enumerated() where LoanStatus(rawValue: l.status)?.isOpen ?? false { open.append(Int32(i)) }
        return .of(open, offset: offset, count: count, order: order) { loanSummary(row: $0) }
    }

    public func loan(_ id: RecordID) -> LoanSummary? {
        row(id, .loan).flatMap { loanSummary(row: $0) }
    }

    func loanSummary(row i: Int) -> LoanSummary? {
        guard i >= 0, i < loans.count else { return nil }
        let l = loans[i]
        guard l.worker >= 0, Int(l.worker) < workers.count else { return nil }
        let banks = reference.data.banks
        let bank = Int(l.bank) < banks.count ? banks[Int(l.bank)] : nil
        func day(_ n: Int32) -> Day? { n == Day.none.number ? nil : Day(number: n) }
        return LoanSummary(
            id: id(.loan, row: Int32(i)), worker: id(.worker, row: l.worker), workerName: strings[workers.name[Int(l.worker)]],
            bank: bank?.code ?? "", bankName: bank?.name ?? "", status: LoanStatus(rawValue: l.status) ?? .applied,
            amount: l.amount, rateBasisPoints: Int(l.rateBasisPoints), tenorMonths: Int(l.tenorMonths),
            applied: Day(number: l.appliedDay), decided: day(l.decidedDay), disbursed: day(l.disbursedDay))
    }
}
