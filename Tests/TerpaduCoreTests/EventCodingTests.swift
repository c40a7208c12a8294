import Foundation
import Testing
@testable import TerpaduCore

/// A walk through the whole cycle that produces every kind of event at least once.
func tourOfTheCycle() -> Desk {
    var desk = Desk()
    let fair = desk.fair(kind: .canvassing)
    let a = desk.register(name: "Siti Aminah")
    desk.run(.updateWorker(WorkerUpdate(worker: a, village: "Cibiru Hilir")))
    desk.run(.recordAttendance(AttendanceEntry(fair: fair, worker: a, outcome: .offered)))
    desk.run(.applyForLoan(LoanApplication(worker: a, bank: "BRI", amount: 20_000_000, rateBasisPoints: 600, tenorMonths: 24)))
    desk.run(.decideLoan(LoanDecision(loan: RecordID(.loan, 1), approved: true)))
    desk.run(.disburseLoan(LoanStep(loan: RecordID(.loan, 1), date: desk.today)))
    desk.walk(a, to: .certified)
    desk.walk(a, to: .readyToDepart, jobOrder: desk.jobOrder(job: "welder", country: "TW", certificateRequired: true,
                                                             cost: 9_000_000))
    desk.run(.recordDeparture(Departure(worker: a, date: desk.today)))
    desk.advance(days: 20)
    desk.run(.recordCheckIn(CheckIn(worker: a, date: desk.today, wellbeing: .urgent, note: "Paspor ditahan")))
    desk.run(.openCase(CaseDraft(worker: a, type: .documentRetention, mission: "KDEI-TPE", opened: desk.today)))
    desk.advance(days: 5)
    desk.run(.closeCase(CaseClosure(protectionCase: RecordID(.protectionCase, 1), resolution: .resolved, closed: desk.today)))
    desk.advance(days: 300)
    desk.run(.recordReturn(ReturnEntry(worker: a, date: desk.today, reason: .contractEnded)))
    desk.run(.closeLoan(LoanClosure(loan: RecordID(.loan, 1), repaid: true)))
    let program = desk.program()
    desk.run(.enrollReturnee(ProgramEnrollmentEntry(program: program, worker: a)))
    desk.run(.recordOutcome(OutcomeEntry(program: program, worker: a, businessStarted: true, businessKind: "bengkel las",
                                         monthlyRevenue: 7_500_000, jobsCreated: 2)))
    let b = desk.register(name: "SITI  AMINAH")
    desk.run(.resolveDuplicate(DuplicateResolution(review: RecordID(.duplicateReview, 1), samePerson: true)))
    let c = desk.register(name: "Dewi Lestari")
    let exit = desk.run(.exitWorker(ExitEntry(worker: c, reason: .familyObjection)))
    desk.run(.correctEntry(CorrectionEntry(corrects: exit.first?.seq ?? 0, correction: .reinstate(worker: c))))
    desk.run(.revealNIK(NIKReveal(worker: b, purpose: "verifikasi")))
    desk.run(.recordExport(ExportRecord(kind: "workers", rows: 3, revealed: false)))
    return desk
}

@Suite("Events")
struct EventCodingTests {
    static let allKinds: Set<String> = [
        "referenceLoaded", "workerRegistered", "workerUpdated", "documentRecorded", "fairScheduled",
        "attendanceRecorded", "jobOrderCreated", "cohortCreated", "enrolled", "resultRecorded", "loanApplied",
        "loanDecided", "loanDisbursed", "loanClosed", "orientationRecorded", "workerSelected", "departed",
        "caseOpened", "caseClosed", "checkInRecorded", "returned", "programCreated", "returneeEnrolled",
        "outcomeRecorded", "workerExited", "duplicateFlagged", "duplicateResolved", "entryCorrected",
        "nikRevealed", "dataExported",
    ]

    @Test("the tour applies every kind of event, each stamped with operator and clock time, in sequence")
    func everyKindApplied() {
        let desk = tourOfTheCycle()
        #expect(Set(desk.events.map(\.body.kind)) == Self.allKinds)
        #expect(desk.events.map(\.seq) == Array(1...Int64(desk.events.count)))
        #expect(desk.events.allSatisfy { !$0.operatorName.isEmpty && $0.timeMillis > 0 })
        #expect(desk.state.lastSeq == Int64(desk.events.count))
        #expect(desk.status(RecordID(.worker, 1)) == .reintegrated)
        #expect(desk.status(RecordID(.worker, 2)) == .withdrawn)
        #expect(desk.status(RecordID(.worker, 3)) == .registered)
        desk.expectCountersHold()
    }

    @Test("replaying the tour's events into an empty state gives an equal state")
    func replay() {
        let desk = tourOfTheCycle()
        var replayed = TerpaduState()
        for e in desk.events { replayed.apply(e) }
        #expect(replayed == desk.state)
    }

    func roundTrip(_ body: EventBody) throws -> EventBody {
        let data = try JSONEncoder().encode(body.payload)
        return try EventBody.decode(kind: body.kind) { type in try JSONDecoder().decode(type, from: data) }
    }

    @Test("every event body round-trips through JSON")
    func jsonRoundTrip() throws {
        let desk = tourOfTheCycle()
        for e in desk.events {
            #expect(try roundTrip(e.body) == e.body, "\(e.body.kind)")
        }
    }

    @Test("every kind of correction round-trips through JSON")
    func correctionsRoundTrip() throws {
        let w = RecordID(.worker, 7)
        let cases: [Correction] = [
            .revokeDocument(worker: w, kind: .workVisa),
            .amendResult(cohort: RecordID(.cohort, 2), worker: w, attendance: 90, score: 81, passed: true, certificateNumber: "B-1"),
            .amendResult(cohort: RecordID(.cohort, 2), worker: w, attendance: 9, score: 8, passed: false, certificateNumber: nil),
            .amendFairOutcome(fair: RecordID(.jobFair, 3), worker: w, outcome: .shortlisted),
            .amendDepartureDate(worker: w, date: Fixture.startDay),
            .reinstate(worker: w),
            .amendReturn(worker: w, date: Fixture.startDay, reason: .deportation),
        ]
        for c in cases {
            let body = EventBody.entryCorrected(CorrectionEntry(corrects: 12, correction: c, note: "catatan"))
            #expect(try roundTrip(body) == body)
        }
    }

    @Test("payloads are readable JSON: codes, dates and IDs as text")
    func readablePayload() throws {
        let body = EventBody.returned(ReturnEntry(worker: RecordID(.worker, 12), date: Fixture.startDay, reason: .earlyTermination))
        let text = String(decoding: try JSONEncoder().encode(body.payload), as: UTF8.self)
        #expect(text.contains("\"W-000012\""))
        #expect(text.contains("\"2026-11-02\""))
        #expect(text.contains("\"earlyTermination\""))
    }

    @Test("an unknown kind or a malformed payload is an error, not a crash")
    func badInput() {
        #expect(throws: EventBody.DecodeError.self) {
            try EventBody.decode(kind: "workerTeleported") { type in try JSONDecoder().decode(type, from: Data("{}".utf8)) }
        }
        #expect(throws: (any Error).self) {
            try EventBody.decode(kind: "returned") { type in
                try JSONDecoder().decode(type, from: Data(#"{"worker":"W-1","date":"2026-02-31","reason":"leave"}"#.utf8))
            }
        }
        #expect(throws: (any Error).self) {
            try EventBody.decode(kind: "workerRegistered") { type in
                try JSONDecoder().decode(type, from: Data(#"{"worker":"W-1","nik":"３２７３０１５２０４９８０００１","name":"x","sex":"F","birthDate":"1998-04-12","province":"32"}"#.utf8))
            }
        }
    }

    @Test("applying an event that names records the state does not have changes nothing but the sequence")
    func totalApply() {
        var desk = Desk()
        let before = desk.state.counters
        let ghost = RecordID(.worker, 99)
        let bodies: [EventBody] = [
            .departed(Departure(worker: ghost, date: desk.today)),
            .workerExited(ExitEntry(worker: ghost, reason: .other)),
            .loanDecided(LoanDecision(loan: RecordID(.loan, 5), approved: true)),
            .caseClosed(CaseClosure(protectionCase: RecordID(.protectionCase, 5), resolution: .resolved, closed: desk.today)),
            .duplicateResolved(DuplicateResolution(review: RecordID(.duplicateReview, 5), samePerson: true)),
            .entryCorrected(CorrectionEntry(corrects: 1, correction: .reinstate(worker: ghost))),
            .workerRegistered(WorkerRegistered(worker: RecordID(.worker, 5), nik: NIK(value: 1), name: "Out of order",
                                               sex: .male, birthDate: Fixture.day(1990, 1, 1), province: "32")),
        ]
        for b in bodies { desk.inject(b) }
        #expect(desk.state.workerCount == 0)
        #expect(desk.state.counters == before)
        #expect(desk.state.lastSeq == Int64(1 + bodies.count))
    }
}
