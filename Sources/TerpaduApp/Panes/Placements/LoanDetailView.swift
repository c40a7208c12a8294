import TerminalUI
import TerpaduCore

/// A KUR loan's terms and the steps it went through (Enter opens the borrower's card).
struct LoanDetailView: Widget {
    let model: DeskModel
    let loan: LoanSummary

    func render(_ area: Rect, _ buffer: inout Buffer) {
        let s = model.strings, p = s.placements, r = s.records, n = s.format, theme = model.theme
        let l = loan
        let layout = RecordDetailLayout(body: area, kind: .loan)
        FactLinesView(lines: [
            .heading(l.id.description + " · " + p.loanStatus(l.status)),
            .field(r.worker, l.worker.description + " " + l.workerName, .accent),
            .field(p.bank, l.bankName.isEmpty ? l.bank : l.bankName, .text),
            .field(p.amount, n.rupiah(l.amount), .text),
            .field(p.rate, p.perYear(n.percent(Double(l.rateBasisPoints) / 10_000)), .text),
            .field(p.tenor, p.months(l.tenorMonths), .text),
        ], theme: theme).render(layout.facts, &buffer)
        FactLinesView(lines: [
            .heading(r.status),
            .field(p.applied, n.day(l.applied), .text),
            .field(p.decided, l.decided.map(n.day) ?? "–", .text),
            .field(p.disbursed, l.disbursed.map(n.day) ?? "–", .text),
            .field(r.status, p.loanStatus(l.status), l.isOpen ? .accent : .muted),
        ], theme: theme).render(layout.figure, &buffer)
    }
}
