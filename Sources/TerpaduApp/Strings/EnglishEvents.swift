import TerpaduCore
import TerpaduFormats

/// Journal events as English timeline lines.
enum EnglishEvents {
    static let words: @Sendable (EventBody) -> String = { body in
        let doc = English.strings.document
        // Days as the screens write them ("2 Jun 2025"), the words of the core's codes in English.
        let day = English.strings.format.day
        switch body {
        case .referenceLoaded: return "reference data loaded"
        case .workerRegistered(let e): return "registered as \(e.worker) (\(e.name))"
        case .workerUpdated(let u): return "details changed: " + EventFields.changed(u).map { English.strings.field($0) }.joined(separator: ", ")
        case .documentRecorded(let d): return "\(doc(d.kind)) recorded" + (d.number.map { " (\($0))" } ?? "")
        case .fairScheduled(let f): return "fair \(f.fair) scheduled"
        case .attendanceRecorded(let a): return "at fair \(a.fair): \(EnglishRecords.fairs.outcome(a.outcome))"
        case .jobOrderCreated(let j): return "job order \(j.jobOrder) created"
        case .cohortCreated(let c): return "cohort \(c.cohort) created"
        case .enrolled(let e): return "enrolled in cohort \(e.cohort)"
        case .resultRecorded(let t): return "training result in \(t.cohort): \(t.passed ? "passed" : "failed"), score \(t.score)"
        case .loanApplied(let l): return "applied for KUR loan \(l.loan)"
        case .loanDecided(let l): return "loan \(l.loan) \(l.approved ? "approved" : "rejected")"
        case .loanDisbursed(let l): return "loan \(l.loan) disbursed"
        case .loanClosed(let l): return "loan \(l.loan) \(l.repaid ? "repaid" : "closed in default")"
        case .orientationRecorded: return "pre-departure orientation recorded"
        case .workerSelected(let s): return "selected for job order \(s.jobOrder)"
        case .departed(let d): return "departed on \(day(d.date))"
        case .caseOpened(let c): return "protection case \(c.protectionCase) opened"
        case .caseClosed(let c): return "protection case \(c.protectionCase) closed: \(EnglishRecords.placements.resolution(c.resolution))"
        case .checkInRecorded(let c): return "check-in: \(EnglishRecords.placements.wellbeing(c.wellbeing))"
        case .returned(let r): return "returned on \(day(r.date)): \(EnglishSteps.words.returnReason(r.reason))"
        case .programCreated(let p): return "program \(p.program) created"
        case .returneeEnrolled(let p): return "enrolled in program \(p.program)"
        case .outcomeRecorded(let o): return o.businessStarted ? "business started (\(o.jobsCreated) jobs)" : "program outcome recorded"
        case .workerExited(let x): return "left the cycle: \(x.reason.code)"
        case .duplicateFlagged(let d): return "possible duplicate of \(d.existing) flagged (\(d.review))"
        case .duplicateResolved(let d): return "duplicate review \(d.review): \(d.samePerson ? "same person" : "different people")"
        case .entryCorrected(let c): return "event \(c.corrects) corrected"
        case .nikRevealed: return "NIK revealed"
        case .dataExported(let x): return "export of \(x.kind), \(x.rows) rows" + (x.revealed ? ", NIK revealed" : "")
        case .gapRecorded(let g): return "gap recorded: events after \(g.journalEnd) were lost"
        case .headcountRecorded(let h): return "education session \(h.fair) reached \(h.headcount) people"
        case .literacySessionScheduled(let l):
            return "financial literacy session \(l.session) scheduled (\(l.draft.mission ?? "online"))"
        case .literacyParticipationRecorded(let p): return "took part in financial literacy session \(p.session)"
        case .healthCoverageRecorded(let c):
            return "health insurance \(c.insurer) (\(c.policyNumber)) recorded, valid \(day(c.validFrom)) to \(day(c.validTo))"
        case .languageTestRecorded(let t):
            return "language test \(RefusalText.languageLevelName(t.level)) on \(day(t.date)): \(t.passed ? "passed" : "not passed")"
                + (t.score.map { ", score \($0)" } ?? "")
        case .agenciesLoaded(let t): return "table of licensed agencies loaded (\(t.agencies.count) agencies)"
        }
    }
}
