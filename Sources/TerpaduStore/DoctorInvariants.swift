import TerpaduCore

/// Step 6b of `doctor`: the rules of the cycle over the replayed records (`invariantViolations`),
/// each violation in words with the records it names.
extension Doctor {
    static func invariants(_ state: TerpaduState, into report: inout Report) {
        let violations = state.invariantViolations()
        if violations.isEmpty {
            report.passed.append("the records keep every rule of the cycle (quotas, capacities, placements, loans, cases, references, NIKs)")
            return
        }
        let mend = "correct the records named with `terpadu apply` (correctEntry, closeCase, resolveDuplicate); "
            + "an event was applied without its rules, so report this doctor output too"
        for v in violations { report.find("rule broken: \(words(v))", mend: mend) }
        if violations.count >= 1_000 { report.find("rule broken: more violations than the first 1,000 listed", mend: mend) }
    }

    static func words(_ v: InvariantViolation) -> String {
        func list(_ ids: [RecordID]) -> String { ids.map(\.description).joined(separator: ", ") }
        switch v {
        case .overQuota(let j, let filled, let quota): return "job order \(j) has \(filled) placements for a quota of \(quota)"
        case .cohortOverCapacity(let c, let n, let cap): return "cohort \(c) has \(n) enrolments for a capacity of \(cap)"
        case .programOverCapacity(let p, let n, let cap): return "program \(p) has \(n) enrolments for a capacity of \(cap)"
        case .severalOpenPlacements(let w, let p): return "\(w) has \(p.count) open placements: \(list(p))"
        case .departedWithoutDate(let w, let p): return "\(w)'s placement \(p) is departed but has no departure date"
        case .returnWithoutDeparture(let w): return "\(w) has a return but no departed placement"
        case .returnBeforeDeparture(let w, let ret, let dep): return "\(w) returned on \(ret), before departing on \(dep)"
        case .loanOutOfOrder(let l, let s): return "loan \(l) is \(s.code) but its decision and disbursement dates do not follow"
        case .severalOpenLoans(let w, let l): return "\(w) has \(l.count) open loans: \(list(l))"
        case .severalOpenCases(let w, let t, let c): return "\(w) has \(c.count) open \(t.code) cases: \(list(c))"
        case .openCaseCount(let w, let recorded, let open): return "\(w) counts \(recorded) open cases, the case records \(open)"
        case .caseClosedBeforeOpened(let c): return "case \(c) is closed before it was opened"
        case .danglingReference(let holder, let field): return "\(holder) names a \(field) that does not exist (or is another worker's)"
        case .exitWithoutDay(let w): return "\(w) has exited but has no exit date"
        case .duplicateExitWithoutReview(let w): return "\(w) exited as a duplicate but no review confirmed it"
        case .sharedNIK(let w): return "one NIK is held by \(list(w))"
        case .reviewOfOneRecord(let r): return "duplicate review \(r) pairs a record with itself"
        }
    }
}
