import Testing
@testable import TerpaduCore

@Suite("Job orders, selection and job fairs")
struct JobOrderTests {
    func order(job: String = "welder", country: String = "TW", scheme: Scheme = .pToP, agency: String? = "PT Sinar Jaya",
               licence: String? = "P3MI-0421/2024", legalEntity: Bool = true, quota: Int = 5, cost: Int64 = 0) -> Command {
        .createJobOrder(JobOrderDraft(employer: "Formosa Steel Co", employerIsLegalEntity: legalEntity, country: country,
                                      job: job, scheme: scheme, agency: agency, agencyLicence: licence, quota: quota,
                                      workerCost: cost))
    }

    @Test("a worker-borne cost is refused on each of the ten zero-cost jobs", arguments: Fixture.zeroCostJobs)
    func zeroCostRefused(_ job: String) {
        var desk = Desk()
        #expect(desk.refusals(order(job: job, cost: 1)) == [.zeroCostViolation(job: job, cost: 1)])
        desk.run(order(job: job, cost: 0))
        #expect(desk.state.jobOrderCount == 1)
    }

    @Test("a worker-borne cost is allowed on a job outside the ten")
    func costAllowedOnWelder() {
        var desk = Desk()
        desk.run(order(job: "welder", cost: 12_500_000))
        desk.run(order(job: "sswCare", country: "JP", cost: 8_000_000))
        #expect(desk.state.jobOrders.map(\.workerCost) == [12_500_000, 8_000_000])
    }

    @Test("P to P needs both an agency and its licence")
    func pToPNeedsAgency() {
        var desk = Desk()
        #expect(desk.refusals(order(scheme: .pToP, agency: nil)) == [.agencyLicenceRequired])
        #expect(desk.refusals(order(scheme: .pToP, licence: "  ")) == [.agencyLicenceRequired])
        desk.run(order(scheme: .pToP))
    }

    @Test("an individual placement needs an employer that is a legal entity")
    func individualNeedsLegalEntity() {
        var desk = Desk()
        #expect(desk.refusals(order(scheme: .individual, agency: nil, licence: nil, legalEntity: false)) == [.employerMustBeLegalEntity])
        desk.run(order(scheme: .individual, agency: nil, licence: nil, legalEntity: true))
    }

    @Test("G to G and UKPS need no agency")
    func gToGAndUKPS() {
        var desk = Desk()
        desk.run(order(country: "KR", scheme: .gToG, agency: nil, licence: nil))
        desk.run(order(scheme: .ukps, agency: nil, licence: nil))
    }

    @Test("an unknown country or job is refused as an unknown reference")
    func unknownReferences() {
        var desk = Desk()
        #expect(desk.refusals(order(country: "XX")) == [.unknownReference(table: "country", code: "XX")])
        #expect(desk.refusals(order(job: "astronaut")) == [.unknownReference(table: "job", code: "astronaut")])
        #expect(desk.refusals(order(quota: 0)).first?.code == "fieldInvalid")
        #expect(desk.refusals(order(cost: -1)).first?.code == "fieldInvalid")
    }

    @Test("selection puts the worker in pre-placement and fills the job order; the quota caps it")
    func selectionAndQuota() {
        var desk = Desk()
        desk.run(order(quota: 1))
        let jo = RecordID(.jobOrder, 1)
        let a = desk.register(), b = desk.register()
        let events = desk.run(.selectForJobOrder(Selection(worker: a, jobOrder: jo)))
        #expect(events.map(\.body.kind) == ["workerSelected"])
        #expect(desk.status(a) == .selected)
        #expect(Status.selected.stage == .prePlacement)
        #expect(desk.state.counters.jobOrderFilled == [1])
        #expect(desk.refusals(.selectForJobOrder(Selection(worker: b, jobOrder: jo))) == [.quotaFull(jobOrder: jo, quota: 1)])
        // The selected worker who withdraws frees the place.
        desk.run(.exitWorker(ExitEntry(worker: a, reason: .familyObjection)))
        #expect(desk.state.counters.jobOrderFilled == [0])
        desk.run(.selectForJobOrder(Selection(worker: b, jobOrder: jo)))
        desk.expectCountersHold()
    }

    @Test("a worker already selected cannot be selected again, even when documents are complete")
    func noSecondSelection() {
        var desk = Desk()
        let certOrder = desk.jobOrder(job: "welder", certificateRequired: true)
        let other = desk.jobOrder(job: "welder")
        let w = desk.register()
        desk.run(.selectForJobOrder(Selection(worker: w, jobOrder: certOrder)))
        #expect(desk.refusals(.selectForJobOrder(Selection(worker: w, jobOrder: other))).first?.code == "wrongStatus")
        desk.allDocuments(for: w)
        // Every document but the certificate the order asks for: documents complete, still selected.
        #expect(desk.status(w) == .documentsComplete)
        #expect(desk.refusals(.selectForJobOrder(Selection(worker: w, jobOrder: other)))
                == [.alreadySelected(worker: w, placement: RecordID(.placement, 1))])
        #expect(desk.state.placementCount == 1)
        desk.expectCountersHold()
    }

    @Test("an unknown job order is refused as an unknown record")
    func unknownJobOrder() {
        var desk = Desk()
        let w = desk.register()
        #expect(desk.refusals(.selectForJobOrder(Selection(worker: w, jobOrder: RecordID(.jobOrder, 3))))
                == [.unknownRecord(RecordID(.jobOrder, 3))])
    }

    @Test("a worker who has departed is in the wrong status for selection")
    func selectWrongStatus() {
        var desk = Desk()
        let w = desk.worker(at: .working)
        let jo = desk.jobOrder()
        #expect(desk.refusals(.selectForJobOrder(Selection(worker: w, jobOrder: jo)))
                == [.wrongStatus(worker: w, status: .working, allowed: [.registered, .inTraining, .certified, .documentsComplete])])
    }

    @Test("a job fair and a canvassing visit are scheduled with their job orders")
    func fairs() {
        var desk = Desk()
        let jo = desk.jobOrder()
        desk.run(.scheduleFair(FairDraft(kind: .canvassing, venue: "Balai Desa Cibiru", regency: "Kota Bandung",
                                         province: "32", date: desk.today, employers: ["PT Sinar Jaya"], jobOrders: [jo])))
        #expect(desk.state.fairs.first?.kind == .canvassing)
        #expect(desk.state.fairs.first?.jobOrders == [jo])
        #expect(desk.refusals(.scheduleFair(FairDraft(kind: .jobFair, venue: "X", regency: "Y", province: "32",
            date: desk.today, jobOrders: [RecordID(.jobOrder, 9)]))) == [.unknownRecord(RecordID(.jobOrder, 9))])
        #expect(desk.refusals(.scheduleFair(FairDraft(kind: .jobFair, venue: "X", regency: "Y", province: "77",
            date: desk.today))) == [.unknownReference(table: "province", code: "77")])
    }

    @Test("attendance moves up the fair's funnel and never goes back")
    func funnel() {
        var desk = Desk()
        let f = desk.fair()
        let a = desk.register(), b = desk.register()
        desk.run(.recordAttendance(AttendanceEntry(fair: f, worker: a, outcome: .attended)))
        desk.run(.recordAttendance(AttendanceEntry(fair: f, worker: b, outcome: .shortlisted)))
        #expect(desk.state.counters.fairFunnel == [2, 1, 1, 0])
        desk.run(.recordAttendance(AttendanceEntry(fair: f, worker: a, outcome: .offered)))
        #expect(desk.state.counters.fairFunnel == [2, 2, 2, 1])
        #expect(desk.refusals(.recordAttendance(AttendanceEntry(fair: f, worker: b, outcome: .interviewed)))
                == [.fairOutcomeWouldGoBack(current: .shortlisted)])
        desk.run(.recordAttendance(AttendanceEntry(fair: f, worker: b, outcome: .shortlisted)))
        #expect(desk.refusals(.recordAttendance(AttendanceEntry(fair: RecordID(.jobFair, 2), worker: b, outcome: .attended)))
                == [.unknownRecord(RecordID(.jobFair, 2))])
        desk.expectCountersHold()
    }
}
