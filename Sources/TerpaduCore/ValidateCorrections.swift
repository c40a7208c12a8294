/// Corrections: each names the event it corrects, which must record the entry being fixed (about the
/// same records), and each passes the rules of the command it corrects, judged as if the entry had
/// been typed right then, plus the rules of what was recorded since and relied on it (a departure
/// on a document, a return after a departure, a programme enrolment after a return).
extension Correction {
    /// The correction's name, as `terpadu apply` spells it in `"correction"`.
    public var name: String {
        switch self {
        case .revokeDocument: "revokeDocument"
        case .amendResult: "amendResult"
        case .amendFairOutcome: "amendFairOutcome"
        case .amendDepartureDate: "amendDepartureDate"
        case .reinstate: "reinstate"
        case .amendReturn: "amendReturn"
        }
    }

    /// Whether `body` records the entry this correction fixes: the event of the command it corrects,
    /// about the same records, or an earlier correction of the same kind of that entry.
    public func canCorrect(_ body: EventBody) -> Bool {
        switch (self, body) {
        case (.revokeDocument(let w, let kind), .documentRecorded(let d)): return d.worker == w && d.kind == kind
        case (.revokeDocument(let w, let kind), .orientationRecorded(let o)): return kind == .orientation && o.worker == w
        case (.amendResult(let c, let w, _, _, _, _), .resultRecorded(let t)): return t.cohort == c && t.worker == w
        case (.amendFairOutcome(let f, let w, _), .attendanceRecorded(let a)): return a.fair == f && a.worker == w
        case (.amendDepartureDate(let w, _), .departed(let d)): return d.worker == w
        case (.reinstate(let w), .workerExited(let e)): return e.worker == w
        case (.reinstate(let w), .returned(let t)): return t.worker == w && t.reason == .death
        case (.amendReturn(let w, _, _), .returned(let t)): return t.worker == w
        case (_, .entryCorrected(let earlier)): return sameEntry(as: earlier.correction)
        default: return false
        }
    }

    /// Whether `earlier` corrected the entry this one corrects (a correction of a correction).
    func sameEntry(as earlier: Correction) -> Bool {
        switch (self, earlier) {
        case (.amendResult(let c, let w, _, _, _, _), .amendResult(let c2, let w2, _, _, _, _)): c == c2 && w == w2
        case (.amendFairOutcome(let f, let w, _), .amendFairOutcome(let f2, let w2, _)): f == f2 && w == w2
        case (.amendDepartureDate(let w, _), .amendDepartureDate(let w2, _)): w == w2
        case (.amendReturn(let w, _, _), .amendReturn(let w2, _, _)): w == w2
        // An exit by death came from an amended return.
        case (.reinstate(let w), .amendReturn(let w2, _, let reason)): w == w2 && reason == .death
        default: false
        }
    }
}

extension Command {
    /// The sequence number of the event a correction names: the caller of `validate` looks it up and
    /// hands it in (`correcting:`), as the core holds no events.
    public var correctedSeq: Int64? {
        if case .correctEntry(let c) = self { return c.corrects }
        return nil
    }
}

extension Validation {
    func correct(_ c: CorrectionEntry) throws(Refusals) -> [EventBody] {
        guard c.corrects >= 1, c.corrects <= state.lastSeq else { throw refuse(.unknownEvent(seq: c.corrects)) }
        guard let named = correcting, named.seq == c.corrects else {
            throw refuse(.correctsWrongEvent(seq: c.corrects, found: "", correction: c.correction.name))
        }
        guard c.correction.canCorrect(named.body) else {
            throw refuse(.correctsWrongEvent(seq: c.corrects, found: named.body.kind, correction: c.correction.name))
        }
        let note = try optionalText(c.note, "note", max: 500)
        var correction = c.correction
        switch c.correction {
        case .revokeDocument(let w, let kind):
            let r = try worker(w)
            if kind == .competencyCertificate {
                throw refuse(.fieldInvalid(field: "kind", detail: "is given by the training result: amend the result instead"))
            }
            guard state.workers.documents[r] & kind.bit != 0 else {
                throw refuse(.nothingToCorrect(detail: "no \(kind.code) is recorded"))
            }
            // Every document kind left is a departure guard.
            if hasDeparted(row: r) { throw refuse(.departureReliesOnEntry(worker: w, field: "kind")) }
        case .amendResult(let cohort, let w, let attendance, let score, let passed, let cert):
            let c = try record(cohort, .cohort)
            let r = try worker(w)
            guard let e = state.enrollmentIndex(worker: r, cohort: c), state.enrollments[e].result != 0 else {
                throw refuse(.resultNotRecorded(worker: w, in: cohort))
            }
            try range(attendance, "attendance", 0...100)
            try range(score, "score", 0...100)
            let number = try optionalText(cert, "certificateNumber", max: 40)
            if passed, number == nil { throw refuse(.certificateNumberRequired) }
            if !passed, hasDeparted(row: r), departedOrder(row: r)?.certificateRequired == true {
                throw refuse(.departureReliesOnEntry(worker: w, field: "passed"))
            }
            // Stored as `recordResult` stores it: the number as the rule for text has it, none for a failure.
            correction = .amendResult(cohort: cohort, worker: w, attendance: attendance, score: score, passed: passed,
                                      certificateNumber: passed ? number : nil)
        case .amendFairOutcome(let fair, let w, let outcome):
            let f = try record(fair, .jobFair)
            let r = try worker(w)
            guard state.attendance[TerpaduState.attendanceKey(fair: f, worker: r)] != nil else {
                throw refuse(.nothingToCorrect(detail: "\(w) has no attendance at \(fair)"))
            }
            // An education session records attendance only, corrected or not.
            if state.fairs[f].kind == .education, outcome != .attended { throw refuse(.educationAttendanceOnly) }
        case .amendDepartureDate(let w, let date):
            let r = try worker(w)
            let p = Int(state.workers.placement[r])
            guard p >= 0, p < state.placements.count, state.placements[p].departureDay != Day.none.number else {
                throw refuse(.nothingToCorrect(detail: "\(w) has no departure"))
            }
            try notFuture(date, "date")
            if date.number < state.placements[p].selectedDay {
                throw refuse(.departureBeforeSelection(selected: Day(number: state.placements[p].selectedDay)))
            }
            let problems = departureDateProblems(row: r, date: date)
            if !problems.isEmpty { throw Refusals(problems) }
            if let later = earliestFactAbroad(row: r), date > later {
                throw refuse(.dateAfterLaterFact(field: "date", mustNotBeAfter: later.description))
            }
        case .reinstate(let w):
            let r = try worker(w)
            guard state.workers.exitReason[r] != 0 else { throw refuse(.nothingToCorrect(detail: "\(w) has not exited")) }
            if state.workers.exitReason[r] == ExitReason.duplicate.rawValue {
                let review = state.reviews.lastIndex { Int($0.later) == r && $0.status == 2 }
                throw refuse(.reinstateConfirmedDuplicate(
                    worker: w, review: state.id(.duplicateReview, row: Int32(review ?? 0))))
            }
            // The exit freed the worker's place in a job order; the reinstatement takes it back.
            let p = Int(state.workers.placement[r])
            if p >= 0, p < state.placements.count, state.placements[p].status == PlacementStatus.cancelled.rawValue {
                let jo = Int(state.placements[p].jobOrder)
                if jo >= 0, jo < state.jobOrders.count {
                    let filled = jo < state.counters.jobOrderFilled.count ? Int(state.counters.jobOrderFilled[jo]) : 0
                    let quota = state.jobOrders[jo].quota
                    if filled >= quota { throw refuse(.quotaFull(jobOrder: state.id(.jobOrder, row: jo), quota: quota)) }
                }
            }
        case .amendReturn(let w, let date, let reason):
            let r = try worker(w)
            guard state.workers.returnDay[r] != Day.none.number else {
                throw refuse(.nothingToCorrect(detail: "\(w) has no return"))
            }
            try notFuture(date, "date")
            let departed = departureDay(row: r)
            if date < departed { throw refuse(.dateOrder(field: "date", mustNotBeBefore: departed.description)) }
            let pe = Int(state.workers.programEnrollment[r])
            if pe >= 0, pe < state.programEnrollments.count {
                let enrolled = Day(number: state.programEnrollments[pe].day)
                if date > enrolled { throw refuse(.dateAfterLaterFact(field: "date", mustNotBeAfter: enrolled.description)) }
                if reason == .death {
                    throw refuse(.fieldInvalid(field: "reason", detail: "cannot be death: \(w) joined a reintegration program on \(enrolled)"))
                }
            }
        }
        return [.entryCorrected(CorrectionEntry(corrects: c.corrects, correction: correction, note: note))]
    }

    /// Whether the worker's current placement departed (working abroad, or returned since).
    func hasDeparted(row r: Int) -> Bool {
        let p = Int(state.workers.placement[r])
        guard p >= 0, p < state.placements.count else { return false }
        let s = state.placements[p].status
        return s == PlacementStatus.departed.rawValue || s == PlacementStatus.completed.rawValue
    }

    func departedOrder(row r: Int) -> JobOrder? {
        let p = Int(state.workers.placement[r])
        guard p >= 0, p < state.placements.count else { return nil }
        let jo = Int(state.placements[p].jobOrder)
        return jo >= 0 && jo < state.jobOrders.count ? state.jobOrders[jo] : nil
    }

    /// The departure guards that depend on the day (the others held on the recorded departure and,
    /// as documents cannot be revoked after it, still hold): age, and a passport valid six months on.
    func departureDateProblems(row r: Int, date: Day) -> [Refusal] {
        var out: [Refusal] = []
        let age = ageOn(date, row: r)
        if age < Self.minimumAge { out.append(.departureUnderage(age: age)) }
        let needed = date.adding(days: 183)
        let expiry = Day(number: state.workers.passportExpiry[r])
        if expiry.isNone || expiry < needed { out.append(.passportExpiresTooSoon(expiry: expiry, needed: needed)) }
        return out
    }

    /// The first day the records say the worker was abroad or back: a check-in, a case opened, the
    /// return. A departure may not be moved past it.
    func earliestFactAbroad(row r: Int) -> Day? {
        var first = Int32.max
        let ret = state.workers.returnDay[r]
        if ret != Day.none.number { first = min(first, ret) }
        for k in state.links.checkIns(ofWorker: Int32(r)) where Int(k) < state.checkIns.count {
            first = min(first, state.checkIns[Int(k)].day)
        }
        for c in state.cases where Int(c.worker) == r { first = min(first, c.opened) }
        return first == Int32.max ? nil : Day(number: first)
    }
}
