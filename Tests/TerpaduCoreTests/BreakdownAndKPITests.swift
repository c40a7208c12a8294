import Testing
@testable import TerpaduCore

@Suite("Breakdowns and supervisor KPIs")
struct BreakdownAndKPITests {
    @Test("stage counts and exits add up to everyone, and narrow to a province or a country")
    func stagesNarrowed() {
        var desk = Desk()
        let hk = desk.jobOrder(job: "housekeeper", country: "HK")
        let tw = desk.jobOrder(job: "welder", country: "TW", cost: 12_000_000)
        _ = desk.worker(at: .registered, province: "33")
        _ = desk.worker(at: .working, jobOrder: hk, province: "32")
        _ = desk.worker(at: .working, jobOrder: tw, province: "33")
        _ = desk.worker(at: .returned, jobOrder: hk, province: "35")
        _ = desk.worker(at: .withdrawn, province: "32")
        let s = desk.state
        let all = s.stageCounts()
        #expect(all == StageCounts(preparation: 1, prePlacement: 0, placement: 2, postPlacement: 1, exited: 1))
        #expect(all.total == s.workerCount)
        #expect(s.stageCounts(.province("33")) == StageCounts(preparation: 1, prePlacement: 0, placement: 1, postPlacement: 0, exited: 0))
        #expect(s.stageCounts(.country("HK")) == StageCounts(preparation: 0, prePlacement: 0, placement: 1, postPlacement: 1, exited: 0))
        #expect(s.breakdown(by: .country) == ["none": 2, "HK": 2, "TW": 1])
        #expect(s.breakdown(by: .job, .province("33")) == ["none": 1, "welder": 1])
        #expect(s.breakdown(by: .scheme, .country("TW")) == ["pToP": 1])
        #expect(s.exitsByReason() == [.personalChoice: 1])
        #expect(s.exitsByReason(.province("33")).isEmpty)
        #expect(s.stageCounts(.province("99")) == StageCounts())
    }

    @Test("flows per day and per week follow the stage-entry days")
    func flows() {
        var desk = Desk()
        let hk = desk.jobOrder()
        let w = desk.worker(at: .readyToDepart, jobOrder: hk)
        desk.advance(days: 9)
        desk.run(.recordDeparture(Departure(worker: w, date: desk.today)))
        let s = desk.state
        let days = s.dailyFlows(from: Fixture.startDay, to: desk.today)
        #expect(days.first?[.registered] == 1)
        #expect(days.first?[.toPrePlacement] == 1)
        #expect(days.last?[.departed] == 1)
        let weeks = s.weeklyFlows(weeks: 3, asOf: desk.today)
        #expect(weeks.count == 3)
        #expect(weeks.map { $0[.departed] }.reduce(0, +) == 1)
        #expect(weeks.last?.start == desk.today.weekStart)
    }

    @Test("KPIs: days to departure, cost to the worker, cases per thousand, returnees in programs")
    func kpis() {
        var desk = Desk()
        let hk = desk.jobOrder(job: "housekeeper", country: "HK")
        let tw = desk.jobOrder(job: "welder", country: "TW", cost: 10_000_000)
        let a = desk.worker(at: .readyToDepart, jobOrder: hk)
        let b = desk.worker(at: .readyToDepart, jobOrder: tw)
        desk.advance(days: 20)
        desk.run(.recordDeparture(Departure(worker: a, date: desk.today)))
        desk.run(.recordDeparture(Departure(worker: b, date: desk.today)))
        desk.run(.openCase(CaseDraft(worker: a, type: .unpaidWages, mission: "KJRI-HK", opened: desk.today)))
        let s = desk.state
        let week = s.weeklyKPIs(weeks: 12, asOf: desk.today)
        #expect(week.count == 12)
        let last = week[11]
        #expect(last.departures == 2)
        #expect(last.medianDaysToDeparture == 20)
        #expect(last.medianWorkerCost == 0)
        #expect(last.zeroCostShare == 0.5)
        #expect(last.openCasesPer1000 == 500)
        #expect(week[0].departures == 0 && week[0].medianDaysToDeparture == nil)
        let hkOnly = s.weeklyKPIs(weeks: 1, asOf: desk.today, .country("HK"))
        #expect(hkOnly.first?.departures == 1 && hkOnly.first?.openCasesPer1000 == 1000)
    }

    @Test("pass rates per cohort and per program, and a fair's funnel")
    func passRatesAndFunnel() {
        var desk = Desk()
        let c = desk.cohort(program: "caregiver")
        let a = desk.register(), b = desk.register()
        for w in [a, b] { desk.run(.enroll(CohortEnrollment(cohort: c, worker: w))) }
        desk.run(.recordResult(TrainingResult(cohort: c, worker: a, attendance: 90, score: 80, passed: true, certificateNumber: "X1")))
        desk.run(.recordResult(TrainingResult(cohort: c, worker: b, attendance: 60, score: 40, passed: false)))
        #expect(desk.state.passRate(cohort: c) == PassRate(enrolled: 2, results: 2, passed: 1))
        #expect(desk.state.passRatesByProgram()["caregiver"]?.rate == 0.5)
        let f = desk.fair()
        desk.run(.recordAttendance(AttendanceEntry(fair: f, worker: a, outcome: .shortlisted)))
        desk.run(.recordAttendance(AttendanceEntry(fair: f, worker: b, outcome: .attended)))
        #expect(desk.state.fairFunnel(f) == [.attended: 2, .interviewed: 1, .shortlisted: 1, .offered: 0])
    }
}

@Suite("Narrowed pass rates and funnels")
struct NarrowedRatesTests {
    @Test("a cohort's pass rate and a fair's funnel narrow to the province of origin")
    func narrowedToProvince() {
        var desk = Desk()
        let c = desk.cohort()
        let west = desk.register(province: "32"), central = desk.register(province: "33")
        for w in [west, central] { desk.run(.enroll(CohortEnrollment(cohort: c, worker: w))) }
        desk.run(.recordResult(TrainingResult(cohort: c, worker: west, attendance: 90, score: 80, passed: true, certificateNumber: "A")))
        desk.run(.recordResult(TrainingResult(cohort: c, worker: central, attendance: 50, score: 30, passed: false)))
        #expect(desk.state.passRate(cohort: c, .province("32")) == PassRate(enrolled: 1, results: 1, passed: 1))
        #expect(desk.state.passRate(cohort: c, .province("33"))?.rate == 0)
        #expect(desk.state.passRatesByProgram(.province("33"))["caregiver"] == PassRate(enrolled: 1, results: 1, passed: 0))
        let f = desk.fair()
        desk.run(.recordAttendance(AttendanceEntry(fair: f, worker: west, outcome: .offered)))
        desk.run(.recordAttendance(AttendanceEntry(fair: f, worker: central, outcome: .attended)))
        #expect(desk.state.fairFunnel(f, .province("32")) == [.attended: 1, .interviewed: 1, .shortlisted: 1, .offered: 1])
        #expect(desk.state.fairFunnel(f, .province("33")) == [.attended: 1, .interviewed: 0, .shortlisted: 0, .offered: 0])
    }
}
