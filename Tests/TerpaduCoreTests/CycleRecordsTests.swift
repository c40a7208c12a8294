import Testing
@testable import TerpaduCore

/// Education sessions, financial literacy, health coverage and language levels (issue 10).
@Suite("Education, literacy, health coverage, language")
struct CycleRecordsTests {
    static func educationDraft(_ desk: Desk, headcount: Int? = 60, employers: [String] = []) -> FairDraft {
        FairDraft(kind: .education, venue: "Balai Desa", regency: "Kab. Indramayu", province: "32", date: desk.today,
                  employers: employers, village: "Juntinyuat", topic: "Bekerja secara prosedural", headcount: headcount)
    }

    @Test("an education session takes a village, topic and headcount, records attendance only, and counts people reached")
    func educationSessionsAndReach() throws {
        var desk = Desk()
        #expect(desk.refusals(.scheduleFair(Self.educationDraft(desk, employers: ["PT X"])))
                == [.fieldNotForKind(field: "employers", kind: .education)])
        var noTopic = Self.educationDraft(desk)
        noTopic.topic = nil
        #expect(desk.refusals(.scheduleFair(noTopic)) == [.fieldRequired(field: "topic")])
        var noVillage = Self.educationDraft(desk)
        noVillage.village = " "
        #expect(desk.refusals(.scheduleFair(noVillage)) == [.fieldRequired(field: "village")])
        var jobFair = Self.educationDraft(desk)
        jobFair.kind = .jobFair
        #expect(desk.refusals(.scheduleFair(jobFair)) == [.fieldNotForKind(field: "topic", kind: .jobFair)])

        desk.run(.scheduleFair(Self.educationDraft(desk, headcount: 60)))
        let session = desk.state.id(.jobFair, row: 0)
        desk.run(.scheduleFair(Self.educationDraft(desk, headcount: nil)))
        let second = desk.state.id(.jobFair, row: 1)
        let a = desk.register(), b = desk.register()
        #expect(desk.refusals(.recordAttendance(AttendanceEntry(fair: session, worker: a, outcome: .interviewed)))
                == [.educationAttendanceOnly])
        desk.run(.recordAttendance(AttendanceEntry(fair: session, worker: a, outcome: .attended)))
        desk.run(.recordAttendance(AttendanceEntry(fair: second, worker: a, outcome: .attended)))
        desk.run(.recordAttendance(AttendanceEntry(fair: second, worker: b, outcome: .attended)))
        let reach = desk.state.educationReach()
        // 60 reached at the first; the second has no headcount yet, so its two registered attendees count.
        #expect(reach == EducationReach(sessions: 2, headcount: 60, registeredAttendances: 3, registeredWorkers: 2,
                                        peopleReached: 62))
        desk.run(.recordHeadcount(HeadcountEntry(fair: second, headcount: 40)))
        #expect(desk.state.educationReach().peopleReached == 100)
        #expect(desk.state.educationReach(province: "33").sessions == 0)
        let jf = desk.fair()
        #expect(desk.refusals(.recordHeadcount(HeadcountEntry(fair: jf, headcount: 3)))
                == [.fieldNotForKind(field: "headcount", kind: .jobFair)])
        let summary = try #require(desk.state.fairSummary(second))
        #expect(summary.kind == .education && summary.topic == "Bekerja secara prosedural" && summary.headcount == 40
                && summary.village == "Juntinyuat")
        #expect(desk.state.fairs(kind: .education).total == 2)
        // A correction may not turn an education attendance into an interview either.
        let seq = try #require(desk.events.last { $0.body.kind == "attendanceRecorded" }?.seq)
        #expect(desk.refusals(.correctEntry(CorrectionEntry(corrects: seq, correction: .amendFairOutcome(fair: second, worker: b, outcome: .offered))))
                == [.educationAttendanceOnly])
        desk.expectCountersHold()
    }

    @Test("financial literacy is for workers in placement only, once per session, and its reach is a share of them")
    func literacyParticipation() throws {
        var desk = Desk()
        #expect(desk.refusals(.scheduleLiteracySession(LiteracySessionDraft(date: desk.today, topic: "Remitansi")))
                == [.literacyRunByMissionOrOnline])
        #expect(desk.refusals(.scheduleLiteracySession(LiteracySessionDraft(date: desk.today, mission: "KJRI-HK", online: true, topic: "R")))
                == [.literacyRunByMissionOrOnline])
        #expect(desk.refusals(.scheduleLiteracySession(LiteracySessionDraft(date: desk.today, mission: "KBRI-XX", topic: "R")))
                == [.unknownReference(table: "mission", code: "KBRI-XX")])
        let working = desk.worker(at: .working), other = desk.worker(at: .working)
        let ready = desk.worker(at: .readyToDepart), returned = desk.worker(at: .returned)
        desk.run(.scheduleLiteracySession(LiteracySessionDraft(date: desk.today, mission: "KJRI-HK", topic: "Mengelola gaji")))
        let session = desk.state.id(.literacySession, row: 0)
        #expect(session.description == "LS-000001")
        for (w, status) in [(ready, Status.readyToDepart), (returned, .returned)] {
            #expect(desk.refusals(.recordLiteracyParticipation(LiteracyParticipation(session: session, worker: w)))
                    == [.notInPlacement(worker: w, status: status)])
        }
        desk.run(.recordLiteracyParticipation(LiteracyParticipation(session: session, worker: working)))
        #expect(desk.refusals(.recordLiteracyParticipation(LiteracyParticipation(session: session, worker: working)))
                == [.alreadyParticipated(worker: working, session: session)])
        desk.run(.scheduleLiteracySession(LiteracySessionDraft(date: desk.today.adding(days: 20), online: true, topic: "Menabung")))
        let later = desk.state.id(.literacySession, row: 1)
        #expect(desk.refusals(.recordLiteracyParticipation(LiteracyParticipation(session: later, worker: other)))
                == [.sessionNotYetHeld(session: later, date: desk.today.adding(days: 20))])
        #expect(desk.state.literacyReach() == PlacementShare(inPlacement: 2, count: 1))
        #expect(desk.state.literacyReach().share == 0.5)
        let listed = desk.state.literacySessions()
        #expect(listed.total == 2 && listed.rows.first?.online == true && listed.rows.last?.mission == "KJRI-HK")
        #expect(desk.state.participants(ofLiteracySession: session)?.rows.map(\.worker) == [working])
        #expect(desk.state.detail(working, today: desk.today)?.literacySessions == 1)
        // Once home, the worker no longer counts among those in placement.
        desk.run(.recordReturn(ReturnEntry(worker: working, date: desk.today, reason: .contractEnded)))
        #expect(desk.state.literacyReach() == PlacementShare(inPlacement: 1, count: 0))
        desk.expectCountersHold()
    }

    @Test("health coverage: valid to after valid from, on the card, a share of those in placement, and lapsing soon")
    func healthCoverage() throws {
        var desk = Desk()
        let registered = desk.register()
        let a = desk.worker(at: .working), b = desk.worker(at: .working), c = desk.worker(at: .working)
        let today = desk.today
        func cover(_ w: RecordID, from: Day, to: Day) -> Command {
            .recordHealthCoverage(HealthCoverageEntry(worker: w, insurer: "BPJS Kesehatan", policyNumber: "P-\(w.number)",
                                                      validFrom: from, validTo: to))
        }
        #expect(desk.refusals(cover(a, from: today, to: today)) == [.dateOrder(field: "validTo", mustNotBeBefore: today.adding(days: 1).description)])
        #expect(desk.refusals(cover(registered, from: today, to: today.adding(days: 9))) == [.notSelected(worker: registered)])
        desk.run(cover(a, from: today.adding(days: -300), to: today.adding(days: 20)))
        desk.run(cover(b, from: today.adding(days: -30), to: today.adding(days: 10)))
        desk.run(cover(c, from: today.adding(days: -400), to: today.adding(days: -1)))
        let share = desk.state.healthCoverageShare(today: today)
        #expect(share == PlacementShare(inPlacement: 3, count: 2))
        let lapsing = desk.state.lapsingCoverage(today: today)
        #expect(lapsing.rows.map(\.worker) == [b, a])
        #expect(lapsing.rows.map(\.validTo) == [today.adding(days: 10), today.adding(days: 20)])
        #expect(desk.state.lapsingCoverage(today: today, withinDays: 15).rows.map(\.worker) == [b])
        #expect(desk.state.lapsingCoverage(today: today, offset: 1, count: 1) == RecordPage(rows: [lapsing.rows[1]], offset: 1, total: 2))
        // A renewal that runs on takes the worker off the list.
        desk.run(cover(b, from: today.adding(days: 11), to: today.adding(days: 400)))
        #expect(desk.state.lapsingCoverage(today: today).rows.map(\.worker) == [a])
        let card = try #require(desk.state.detail(b, today: today))
        #expect(card.healthCoverage?.validTo == today.adding(days: 10))
        #expect(desk.state.detail(b, today: today.adding(days: 12))?.healthCoverage?.validTo == today.adding(days: 400))
        let figures = desk.state.cycleFigures(today: today)
        #expect(figures.healthCovered.count == 2 && figures.coverageLapsingIn30Days == 1)
        desk.expectCountersHold()
    }

    @Test("a job order's language level stops departure until a passed test or cohort at that level or higher")
    func languageLevelAtDeparture() throws {
        var desk = Desk()
        desk.run(.createJobOrder(JobOrderDraft(employer: "Sakura Care", country: "JP", job: "sswCare", scheme: .pToP,
                                               agency: "PT Sinar Jaya", agencyLicence: "P3MI-0421/2024", quota: 10, languageLevel: .jlptN4)))
        let order = desk.state.id(.jobOrder, row: desk.state.jobOrderCount - 1)
        let w = desk.worker(at: .readyToDepart, jobOrder: order)
        let depart = Command.recordDeparture(Departure(worker: w, date: desk.today))
        #expect(desk.refusals(depart) == [.languageLevelMissing(required: .jlptN4)])
        let check = try #require(desk.state.departureChecklist(worker: w, date: desk.today)?.last)
        #expect(check.rule == .languageLevel && check.refusal == .languageLevelMissing(required: .jlptN4))
        // A failed test, a lower level and another language do not count.
        desk.run(.recordLanguageTest(LanguageTestEntry(worker: w, level: .jlptN4, date: desk.today, score: 70, passed: false)))
        desk.run(.recordLanguageTest(LanguageTestEntry(worker: w, level: .jlptN5, date: desk.today, passed: true)))
        desk.run(.recordLanguageTest(LanguageTestEntry(worker: w, level: .epsTopik, date: desk.today, passed: true)))
        #expect(desk.refusals(depart) == [.languageLevelMissing(required: .jlptN4)])
        #expect(desk.state.languageRequirement(worker: w, jobOrder: order, date: desk.today)?.met == false)
        // JFT-Basic stands at N4: Japan's SSW takes either.
        desk.run(.recordLanguageTest(LanguageTestEntry(worker: w, level: .jftBasic, date: desk.today, score: 210, passed: true)))
        #expect(desk.state.languageRequirement(worker: w, jobOrder: order, date: desk.today)?.evidence == .test(.jftBasic, date: desk.today))
        #expect(desk.state.departureChecklist(worker: w, date: desk.today)?.last?.outcome == .passed)
        #expect(desk.state.detail(w, today: desk.today)?.languageTests.count == 4)
        desk.run(depart)
        #expect(desk.status(w) == .working)
    }

    @Test("a passed cohort of a program at the level satisfies the order; a higher level satisfies a lower one")
    func languageLevelByCohortAndRank() throws {
        #expect(LanguageLevel.jlptN3.satisfies(.jlptN4) && LanguageLevel.jlptN4.satisfies(.jftBasic))
        #expect(!LanguageLevel.jlptN5.satisfies(.jlptN4) && !LanguageLevel.germanC2.satisfies(.englishA1))
        #expect(LanguageLevel.germanB1.satisfies(.germanA2) && !LanguageLevel.germanA2.satisfies(.germanB1))
        var desk = Desk()
        desk.run(.createJobOrder(JobOrderDraft(employer: "Sakura Care", country: "JP", job: "sswCare", scheme: .pToP,
                                               agency: "PT Sinar Jaya", agencyLicence: "P3MI-0421/2024", quota: 10, languageLevel: .jlptN4)))
        let order = desk.state.id(.jobOrder, row: desk.state.jobOrderCount - 1)
        let w = desk.register()
        let cohort = desk.cohort(program: "jftBasic")
        desk.run(.enroll(CohortEnrollment(cohort: cohort, worker: w)))
        desk.run(.recordResult(TrainingResult(cohort: cohort, worker: w, attendance: 90, score: 80, passed: true, certificateNumber: "JFT-1")))
        desk.walk(w, to: .readyToDepart, jobOrder: order)
        let check = try #require(desk.state.languageRequirement(worker: w, jobOrder: order, date: desk.today))
        #expect(check.evidence == .cohort(cohort, program: "jftBasic", level: .jftBasic))
        desk.run(.recordDeparture(Departure(worker: w, date: desk.today)))
        #expect(desk.status(w) == .working)
        // An order asking for none: nothing to check.
        let plain = desk.jobOrder()
        #expect(desk.state.languageRequirement(worker: w, jobOrder: plain, date: desk.today)
                == LanguageRequirementCheck(required: nil, evidence: nil))
    }

    @Test("a language test cannot be in the future, nor for someone who left the cycle")
    func languageTestRules() {
        var desk = Desk()
        let w = desk.register()
        #expect(desk.refusals(.recordLanguageTest(LanguageTestEntry(worker: w, level: .epsTopik, date: desk.today.adding(days: 5), passed: true)))
                == [.dateInFuture(field: "date")])
        #expect(desk.refusals(.recordLanguageTest(LanguageTestEntry(worker: w, level: .epsTopik, date: desk.today, score: 1001, passed: true)))
                == [.fieldInvalid(field: "score", detail: "must be between 0 and 1000")])
        desk.walk(w, to: .withdrawn)
        #expect(desk.refusals(.recordLanguageTest(LanguageTestEntry(worker: w, level: .epsTopik, date: desk.today, passed: true)))
                == [.workerHasExited(worker: w, status: .withdrawn)])
    }

    @Test("every new record replays from the events and survives a snapshot round trip")
    func replayAndSnapshot() throws {
        var desk = Desk()
        desk.run(.scheduleFair(Self.educationDraft(desk)))
        let w = desk.register()
        desk.run(.recordAttendance(AttendanceEntry(fair: desk.state.id(.jobFair, row: 0), worker: w, outcome: .attended)))
        desk.run(.createJobOrder(JobOrderDraft(employer: "Hanil", country: "KR", job: "welder", scheme: .gToG, quota: 5,
                                               languageLevel: .epsTopik)))
        let order = desk.state.id(.jobOrder, row: desk.state.jobOrderCount - 1)
        desk.run(.recordLanguageTest(LanguageTestEntry(worker: w, level: .epsTopik, date: desk.today, score: 160, passed: true)))
        desk.walk(w, to: .working, jobOrder: order)
        desk.run(.recordHealthCoverage(HealthCoverageEntry(worker: w, insurer: "Samsung Fire", policyNumber: "SF-1",
                                                           validFrom: desk.today, validTo: desk.today.adding(days: 700))))
        desk.run(.scheduleLiteracySession(LiteracySessionDraft(date: desk.today, online: true, topic: "Remitansi")))
        desk.run(.recordLiteracyParticipation(LiteracyParticipation(session: desk.state.id(.literacySession, row: 0), worker: w)))
        var replayed = TerpaduState()
        for e in desk.events { replayed.apply(e) }
        #expect(replayed == desk.state)
        let bytes = SnapshotCodec.encode(desk.state)
        let decoded = try bytes.withUnsafeBytes { try SnapshotCodec.decode($0) }
        #expect(decoded == desk.state)
        #expect(decoded.cycleFigures(today: desk.today) == desk.state.cycleFigures(today: desk.today))
        #expect(decoded.languageRequirement(worker: w, jobOrder: order, date: desk.today)?.required == .epsTopik)
        #expect(decoded.fairSummary(desk.state.id(.jobFair, row: 0))?.headcount == 60)
        // Events after the snapshot keep the derived indexes right.
        var moved = decoded
        let ctx = desk.context
        _ = moved.execute(.recordLiteracyParticipation(LiteracyParticipation(session: desk.state.id(.literacySession, row: 0), worker: w)), context: ctx)
        #expect(moved.literacySessions(ofWorker: w).count == 1)
    }
}
