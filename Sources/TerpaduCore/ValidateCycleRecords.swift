/// Rules for education sessions, financial literacy, health coverage and language tests.
extension Validation {
    /// The fields that depend on a fair's kind: an education session needs a village, a topic and
    /// (now or later) a headcount, and has no employers or job orders; other kinds take no topic or
    /// headcount. `clean` is the draft as validated so far.
    func fairKindFields(_ d: FairDraft, into clean: inout FairDraft) throws(Refusals) {
        clean.village = try optionalText(d.village, "village", max: 80)
        if d.kind == .education {
            if !d.employers.isEmpty { throw refuse(.fieldNotForKind(field: "employers", kind: d.kind)) }
            if !d.jobOrders.isEmpty { throw refuse(.fieldNotForKind(field: "jobOrders", kind: d.kind)) }
            guard clean.village != nil else { throw refuse(.fieldRequired(field: "village")) }
            clean.topic = try text(d.topic ?? "", "topic", max: 200)
            if let h = d.headcount { try range(h, "headcount", 0...1_000_000) }
        } else {
            if d.topic != nil { throw refuse(.fieldNotForKind(field: "topic", kind: d.kind)) }
            if d.headcount != nil { throw refuse(.fieldNotForKind(field: "headcount", kind: d.kind)) }
        }
    }

    func headcount(_ h: HeadcountEntry) throws(Refusals) -> [EventBody] {
        let f = try record(h.fair, .jobFair)
        let fair = state.fairs[f]
        guard fair.kind == .education else { throw refuse(.fieldNotForKind(field: "headcount", kind: fair.kind)) }
        try range(h.headcount, "headcount", 0...1_000_000)
        // The people reached are counted once the session has been held.
        if fair.date.number > today.number + 1 { throw refuse(.dateInFuture(field: "date")) }
        return [.headcountRecorded(h)]
    }

    func literacySession(_ d: LiteracySessionDraft) throws(Refusals) -> [EventBody] {
        try requireReference()
        var clean = d
        guard (d.mission != nil) != d.online else { throw refuse(.literacyRunByMissionOrOnline) }
        if let m = d.mission, state.reference.missionByCode[m] == nil {
            throw refuse(.unknownReference(table: "mission", code: m))
        }
        clean.topic = try text(d.topic, "topic", max: 200)
        return [.literacySessionScheduled(LiteracySessionScheduled(session: state.nextID(.literacySession), draft: clean))]
    }

    /// Only a worker in placement (departed, not returned) takes part, in a session already held and
    /// held after they departed, once per session.
    func literacyParticipation(_ p: LiteracyParticipation) throws(Refusals) -> [EventBody] {
        let s = try record(p.session, .literacySession)
        let r = try worker(p.worker)
        let status = state.status(r)
        guard status == .working else { throw refuse(.notInPlacement(worker: p.worker, status: status)) }
        let session = state.cycle.literacySessions[s]
        if session.date.number > today.number + 1 { throw refuse(.sessionNotYetHeld(session: p.session, date: session.date)) }
        let departed = departureDay(row: r)
        if session.date < departed { throw refuse(.dateOrder(field: "date", mustNotBeBefore: departed.description)) }
        for i in state.cycle.participations(ofWorker: Int32(r)) where Int(state.cycle.participations[Int(i)].session) == s {
            throw refuse(.alreadyParticipated(worker: p.worker, session: p.session))
        }
        return [.literacyParticipationRecorded(LiteracyParticipation(session: p.session, worker: p.worker))]
    }

    /// Coverage for someone selected for a job order (bought before departure) or working abroad.
    func healthCoverage(_ c: HealthCoverageEntry) throws(Refusals) -> [EventBody] {
        let r = try activeWorker(c.worker, allowed: Self.beforeDeparture + [.working])
        if state.status(r) != .working {
            let p = Int(state.workers.placement[r])
            guard p >= 0, p < state.placements.count, state.placements[p].status == PlacementStatus.selected.rawValue else {
                throw refuse(.notSelected(worker: c.worker))
            }
        }
        var clean = c
        clean.expectedVersion = nil
        clean.insurer = try text(c.insurer, "insurer", max: 120)
        clean.policyNumber = try text(c.policyNumber, "policyNumber", max: 60)
        guard c.validTo > c.validFrom else {
            throw refuse(.dateOrder(field: "validTo", mustNotBeBefore: c.validFrom.adding(days: 1).description))
        }
        guard c.validTo.number - c.validFrom.number <= 366 * 10 else {
            throw refuse(.fieldInvalid(field: "validTo", detail: "must be within ten years of validFrom"))
        }
        return [.healthCoverageRecorded(clean)]
    }

    func languageTest(_ t: LanguageTestEntry) throws(Refusals) -> [EventBody] {
        let r = try worker(t.worker)
        let s = state.status(r)
        if s.isExit { throw refuse(.workerHasExited(worker: t.worker, status: s)) }
        try notFuture(t.date, "date")
        if let score = t.score { try range(score, "score", 0...1000) }
        var clean = t
        clean.expectedVersion = nil
        return [.languageTestRecorded(clean)]
    }

    /// The language check of the departure checklist: where the order asks for a level, the worker
    /// passed a cohort of a program teaching that level (or a higher one of the same family), or has a
    /// recorded passed test at it, on or before `date`.
    func languageCheck(row r: Int, order: JobOrder?, date: Day) -> DepartureCheck {
        guard let order, let required = order.languageLevel else {
            return DepartureCheck(rule: .languageLevel, outcome: .notApplicable)
        }
        let met = state.languageEvidence(row: r, required: required, by: date) != nil
        return DepartureCheck(rule: .languageLevel, outcome: met ? .passed : .failed(.languageLevelMissing(required: required)))
    }
}
