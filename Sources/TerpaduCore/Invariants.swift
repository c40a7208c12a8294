/// A rule of the cycle the records break: what `doctor` reports besides counters that differ from a
/// recount. Commands keep every one of these; a violation means an event was applied without its
/// rules (an older build, a hand-edited journal, a program fault). Each names the records involved.
public enum InvariantViolation: Hashable, Sendable {
    /// More placements hold places (selected, departed or completed) than the job order's quota.
    case overQuota(jobOrder: RecordID, filled: Int, quota: Int)
    /// More enrolments than the cohort's capacity.
    case cohortOverCapacity(cohort: RecordID, enrolled: Int, capacity: Int)
    /// More enrolments than the reintegration program's capacity.
    case programOverCapacity(program: RecordID, enrolled: Int, capacity: Int)
    /// A worker with more than one open placement (selected or departed).
    case severalOpenPlacements(worker: RecordID, placements: [RecordID])
    /// A placement marked departed or completed without a departure date.
    case departedWithoutDate(worker: RecordID, placement: RecordID)
    /// A worker with a return but no departed placement, or a return before the departure.
    case returnWithoutDeparture(worker: RecordID)
    case returnBeforeDeparture(worker: RecordID, returned: Day, departed: Day)
    /// A loan whose dates do not follow its status (decided before disbursed, disbursed before closed).
    case loanOutOfOrder(loan: RecordID, status: LoanStatus)
    case severalOpenLoans(worker: RecordID, loans: [RecordID])
    /// Two open protection cases of the same type for one worker (the second belongs in the first).
    case severalOpenCases(worker: RecordID, type: CaseType, cases: [RecordID])
    /// The worker's count of open cases differs from the open cases on record.
    case openCaseCount(worker: RecordID, recorded: Int, open: Int)
    case caseClosedBeforeOpened(protectionCase: RecordID)
    /// A row that points at a record that does not exist, or a worker's pointer to a row of another.
    /// `holder` is the table and row (`enrollments[12]`, `W-000003.placement`), `field` what it names.
    case danglingReference(holder: String, field: String)
    case exitWithoutDay(worker: RecordID)
    /// An exit as a duplicate that no "same person" review explains.
    case duplicateExitWithoutReview(worker: RecordID)
    /// Two workers with one NIK (the NIK is the exact duplicate key).
    case sharedNIK(workers: [RecordID])
    /// A duplicate review that pairs a record with itself.
    case reviewOfOneRecord(review: RecordID)

    /// Every record the violation names.
    public var records: [RecordID] {
        switch self {
        case .overQuota(let j, _, _): [j]
        case .cohortOverCapacity(let c, _, _): [c]
        case .programOverCapacity(let p, _, _): [p]
        case .severalOpenPlacements(let w, let p): [w] + p
        case .departedWithoutDate(let w, let p): [w, p]
        case .returnWithoutDeparture(let w), .exitWithoutDay(let w), .duplicateExitWithoutReview(let w): [w]
        case .returnBeforeDeparture(let w, _, _): [w]
        case .loanOutOfOrder(let l, _): [l]
        case .severalOpenLoans(let w, let l): [w] + l
        case .severalOpenCases(let w, _, let c): [w] + c
        case .openCaseCount(let w, _, _): [w]
        case .caseClosedBeforeOpened(let c): [c]
        case .danglingReference: []
        case .sharedNIK(let w): w
        case .reviewOfOneRecord(let r): [r]
        }
    }
}

extension TerpaduState {
    /// Every rule of `InvariantViolation` checked over the records, up to `limit` violations. One pass
    /// over each table (and one sort of the NIK column): about a second at a million workers.
    public func invariantViolations(limit: Int = 1_000) -> [InvariantViolation] {
        var out: [InvariantViolation] = []
        func report(_ v: InvariantViolation) { if out.count < limit { out.append(v) } }
        let nw = workers.count
        func worker(_ r: Int32) -> RecordID { id(.worker, row: r) }
        func known(_ r: Int32, _ count: Int) -> Bool { r >= 0 && Int(r) < count }

        // References.
        for (i, e) in enrollments.enumerated() {
            if !known(e.cohort, cohorts.count) { report(.danglingReference(holder: "enrollments[\(i)]", field: "cohort")) }
            if !known(e.worker, nw) { report(.danglingReference(holder: "enrollments[\(i)]", field: "worker")) }
        }
        for (i, e) in programEnrollments.enumerated() {
            if !known(e.program, programs.count) { report(.danglingReference(holder: "programEnrollments[\(i)]", field: "program")) }
            if !known(e.worker, nw) { report(.danglingReference(holder: "programEnrollments[\(i)]", field: "worker")) }
        }
        for (i, p) in placements.enumerated() {
            if !known(p.jobOrder, jobOrders.count) { report(.danglingReference(holder: "\(id(.placement, row: Int32(i)))", field: "jobOrder")) }
            if !known(p.worker, nw) { report(.danglingReference(holder: "\(id(.placement, row: Int32(i)))", field: "worker")) }
        }
        for (i, l) in loans.enumerated() where !known(l.worker, nw) {
            report(.danglingReference(holder: "\(id(.loan, row: Int32(i)))", field: "worker"))
        }
        for (i, c) in cases.enumerated() where !known(c.worker, nw) {
            report(.danglingReference(holder: "\(id(.protectionCase, row: Int32(i)))", field: "worker"))
        }
        for (i, c) in checkIns.enumerated() where !known(c.worker, nw) {
            report(.danglingReference(holder: "checkIns[\(i)]", field: "worker"))
        }
        for (i, v) in reviews.enumerated() {
            let review = id(.duplicateReview, row: Int32(i))
            if !known(v.existing, nw) { report(.danglingReference(holder: "\(review)", field: "existing")) }
            if !known(v.later, nw) { report(.danglingReference(holder: "\(review)", field: "later")) }
            if v.existing == v.later { report(.reviewOfOneRecord(review: review)) }
        }
        for key in attendance.keys.sorted() {
            let f = Int(key >> 32), w = Int32(truncatingIfNeeded: key & 0xFFFF_FFFF)
            if f >= fairs.count { report(.danglingReference(holder: "attendance[\(f), \(w)]", field: "fair")) }
            if !known(w, nw) { report(.danglingReference(holder: "attendance[\(f), \(w)]", field: "worker")) }
        }
        for (f, fair) in fairs.enumerated() {
            for j in fair.jobOrders where row(j, .jobOrder) == nil {
                report(.danglingReference(holder: "\(id(.jobFair, row: Int32(f)))", field: "jobOrders \(j)"))
            }
        }
        // A worker's pointers name rows of that worker.
        for r in 0..<nw {
            let w = Int32(r)
            func pointer(_ p: Int32, _ count: Int, _ owner: (Int) -> Int32, _ field: String) {
                guard p >= 0 else { return }
                if Int(p) >= count || owner(Int(p)) != w { report(.danglingReference(holder: "\(worker(w)).\(field)", field: field)) }
            }
            pointer(workers.placement[r], placements.count, { placements[$0].worker }, "placement")
            pointer(workers.enrollment[r], enrollments.count, { enrollments[$0].worker }, "enrollment")
            pointer(workers.loan[r], loans.count, { loans[$0].worker }, "loan")
            pointer(workers.programEnrollment[r], programEnrollments.count, { programEnrollments[$0].worker }, "programEnrollment")
        }

        // Places and seats.
        var filled = [Int](repeating: 0, count: jobOrders.count)
        var openPlacements: [Int32: [Int32]] = [:]
        for (i, p) in placements.enumerated() {
            let s = PlacementStatus(rawValue: p.status)
            if s == .selected || s == .departed || s == .completed, known(p.jobOrder, jobOrders.count) { filled[Int(p.jobOrder)] += 1 }
            if s == .selected || s == .departed { openPlacements[p.worker, default: []].append(Int32(i)) }
            if s == .departed || s == .completed, p.departureDay == Day.none.number {
                report(.departedWithoutDate(worker: worker(p.worker), placement: id(.placement, row: Int32(i))))
            }
        }
        for (j, n) in filled.enumerated() where n > jobOrders[j].quota {
            report(.overQuota(jobOrder: id(.jobOrder, row: Int32(j)), filled: n, quota: jobOrders[j].quota))
        }
        for (w, rows) in openPlacements.sorted(by: { $0.key < $1.key }) where rows.count > 1 {
            report(.severalOpenPlacements(worker: worker(w), placements: rows.map { id(.placement, row: $0) }))
        }
        var enrolled = [Int](repeating: 0, count: cohorts.count)
        for e in enrollments where known(e.cohort, cohorts.count) { enrolled[Int(e.cohort)] += 1 }
        for (c, n) in enrolled.enumerated() where n > cohorts[c].capacity {
            report(.cohortOverCapacity(cohort: id(.cohort, row: Int32(c)), enrolled: n, capacity: cohorts[c].capacity))
        }
        var inProgram = [Int](repeating: 0, count: programs.count)
        for e in programEnrollments where known(e.program, programs.count) { inProgram[Int(e.program)] += 1 }
        for (g, n) in inProgram.enumerated() where n > programs[g].capacity {
            report(.programOverCapacity(program: id(.program, row: Int32(g)), enrolled: n, capacity: programs[g].capacity))
        }

        // Departure and return, exits.
        for r in 0..<nw {
            let ret = workers.returnDay[r]
            if ret != Day.none.number {
                let p = Int(workers.placement[r])
                let departed = p >= 0 && p < placements.count
                    && (placements[p].status == PlacementStatus.completed.rawValue || placements[p].status == PlacementStatus.departed.rawValue)
                    && placements[p].departureDay != Day.none.number
                if !departed {
                    report(.returnWithoutDeparture(worker: worker(Int32(r))))
                } else if ret < placements[p].departureDay {
                    report(.returnBeforeDeparture(worker: worker(Int32(r)), returned: Day(number: ret),
                                                  departed: Day(number: placements[p].departureDay)))
                }
            }
            if workers.exitReason[r] != 0, workers.exitDay[r] == Day.none.number { report(.exitWithoutDay(worker: worker(Int32(r)))) }
            if workers.exitReason[r] == ExitReason.duplicate.rawValue,
               !reviews.contains(where: { Int($0.later) == r && $0.status == 2 }) {
                report(.duplicateExitWithoutReview(worker: worker(Int32(r))))
            }
        }

        // Loans.
        var openLoans: [Int32: [Int32]] = [:]
        for (i, l) in loans.enumerated() {
            let status = LoanStatus(rawValue: l.status) ?? .applied
            let decided = l.decidedDay != Day.none.number, disbursed = l.disbursedDay != Day.none.number
            let inOrder: Bool
            switch status {
            case .applied: inOrder = !decided && !disbursed
            case .approved, .rejected: inOrder = decided && !disbursed
            case .disbursed, .repaid, .defaulted: inOrder = decided && disbursed && l.disbursedDay >= l.decidedDay
            }
            if !inOrder { report(.loanOutOfOrder(loan: id(.loan, row: Int32(i)), status: status)) }
            if status.isOpen { openLoans[l.worker, default: []].append(Int32(i)) }
        }
        for (w, rows) in openLoans.sorted(by: { $0.key < $1.key }) where rows.count > 1 {
            report(.severalOpenLoans(worker: worker(w), loans: rows.map { id(.loan, row: $0) }))
        }

        // Protection cases.
        var openCases: [UInt64: [Int32]] = [:]
        var openPerWorker: [Int32: Int] = [:]
        for (i, c) in cases.enumerated() {
            if c.closed == Day.none.number {
                openCases[UInt64(UInt32(bitPattern: c.worker)) << 8 | UInt64(c.type), default: []].append(Int32(i))
                openPerWorker[c.worker, default: 0] += 1
            } else if c.closed < c.opened {
                report(.caseClosedBeforeOpened(protectionCase: id(.protectionCase, row: Int32(i))))
            }
        }
        for (key, rows) in openCases.sorted(by: { $0.key < $1.key }) where rows.count > 1 {
            let type = CaseType(rawValue: UInt8(key & 0xFF)) ?? .other
            report(.severalOpenCases(worker: worker(Int32(truncatingIfNeeded: key >> 8)), type: type,
                                     cases: rows.map { id(.protectionCase, row: $0) }))
        }
        for r in 0..<nw {
            let recorded = Int(workers.openCases[r]), open = openPerWorker[Int32(r)] ?? 0
            if recorded != open { report(.openCaseCount(worker: worker(Int32(r)), recorded: recorded, open: open)) }
        }

        // One NIK, one person.
        let byNIK = (0..<nw).sorted { workers.nik[$0] != workers.nik[$1] ? workers.nik[$0] < workers.nik[$1] : $0 < $1 }
        var i = 0
        while i < byNIK.count {
            var j = i + 1
            while j < byNIK.count, workers.nik[byNIK[j]] == workers.nik[byNIK[i]] { j += 1 }
            if j - i > 1 { report(.sharedNIK(workers: byNIK[i..<j].map { worker(Int32($0)) })) }
            i = j
        }
        return out
    }
}
