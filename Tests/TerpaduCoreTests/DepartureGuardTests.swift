import Testing
@testable import TerpaduCore

/// Each departure guard of DESIGN §1: one passing and one failing case.
@Suite("Departure guards")
struct DepartureGuardTests {
    /// A selected worker with every always-required document except `missing`.
    func selectedWorker(missing: Set<DocumentKind> = [], jobOrder: ((inout Desk) -> RecordID)? = nil)
        -> (Desk, RecordID) {
        var desk = Desk()
        let order = jobOrder?(&desk) ?? desk.jobOrder()
        let w = desk.register()
        desk.run(.selectForJobOrder(Selection(worker: w, jobOrder: order)))
        desk.allDocuments(for: w, except: missing)
        return (desk, w)
    }

    func depart(_ w: RecordID, _ date: Day) -> Command { .recordDeparture(Departure(worker: w, date: date)) }

    @Test("a selected worker with every document departs and is working in placement")
    func passes() {
        var (desk, w) = selectedWorker()
        #expect(desk.status(w) == .readyToDepart)
        desk.advance(days: 3)
        let events = desk.run(depart(w, desk.today))
        #expect(events.map(\.body.kind) == ["departed"])
        #expect(desk.status(w) == .working)
        #expect(Status.working.stage == .placement)
        #expect(desk.count(.working) == 1 && desk.count(.readyToDepart) == 0)
        desk.expectCountersHold()
    }

    @Test("every failing guard is listed together")
    func listsAll() {
        var (desk, w) = selectedWorker(missing: Set(Desk.alwaysRequired))
        let reasons = desk.refusals(depart(w, desk.today))
        #expect(reasons == [.passportMissing, .medicalFitnessMissing, .psychologicalFitnessMissing, .workVisaMissing,
                            .placementAgreementMissing, .employmentContractMissing, .socialSecurityMissing,
                            .orientationMissing])
        #expect(desk.status(w) == .selected)
    }

    static let missingCases: [(DocumentKind, Refusal)] = [
        (.passport, .passportMissing),
        (.medicalFitness, .medicalFitnessMissing),
        (.psychologicalFitness, .psychologicalFitnessMissing),
        (.workVisa, .workVisaMissing),
        (.placementAgreement, .placementAgreementMissing),
        (.employmentContract, .employmentContractMissing),
        (.socialSecurity, .socialSecurityMissing),
        (.orientation, .orientationMissing),
    ]

    @Test("a missing document stops departure until it is recorded", arguments: missingCases)
    func missingDocument(_ kind: DocumentKind, _ reason: Refusal) {
        var (desk, w) = selectedWorker(missing: [kind])
        #expect(desk.status(w) == .selected)
        #expect(desk.refusals(depart(w, desk.today)) == [reason])
        desk.document(kind, for: w)
        #expect(desk.status(w) == .readyToDepart)
        desk.run(depart(w, desk.today))
        #expect(desk.status(w) == .working)
    }

    @Test("a passport must stay valid six months after departure")
    func passportExpiry() {
        var (desk, w) = selectedWorker(missing: [.passport])
        let needed = desk.today.adding(days: 183)
        desk.document(.passport, for: w, expiry: needed.adding(days: -1))
        #expect(desk.refusals(depart(w, desk.today)) == [.passportExpiresTooSoon(expiry: needed.adding(days: -1), needed: needed)])
        desk.document(.passport, for: w, expiry: needed)
        desk.run(depart(w, desk.today))
    }

    @Test("a passport needs an expiry after its issue date and a number")
    func passportFields() {
        var (desk, w) = selectedWorker(missing: [.passport])
        #expect(desk.refusals(.recordDocument(DocumentEntry(worker: w, kind: .passport, number: "C1", issued: desk.today)))
                == [.fieldRequired(field: "expiry")])
        #expect(desk.refusals(.recordDocument(DocumentEntry(worker: w, kind: .passport, number: "C1", issued: desk.today,
                                                           expiry: desk.today))).first?.code == "dateOrder")
        #expect(desk.refusals(.recordDocument(DocumentEntry(worker: w, kind: .passport, issued: desk.today,
                                                           expiry: desk.today.adding(days: 900)))) == [.fieldRequired(field: "number")])
        #expect(desk.refusals(.recordDocument(DocumentEntry(worker: w, kind: .workVisa, issued: desk.today.adding(days: 2))))
                == [.dateInFuture(field: "issued")])
    }

    @Test("a medically unfit finding stops departure; a later fit finding clears it")
    func medicallyUnfit() {
        var (desk, w) = selectedWorker(missing: [.medicalFitness])
        desk.document(.medicalFitness, for: w, fit: false)
        #expect(desk.status(w) == .selected)
        #expect(desk.refusals(depart(w, desk.today)) == [.medicallyUnfit])
        desk.document(.medicalFitness, for: w, fit: true)
        desk.run(depart(w, desk.today))
    }

    @Test("a psychologically unfit finding stops departure; a later fit finding clears it")
    func psychologicallyUnfit() {
        var (desk, w) = selectedWorker(missing: [.psychologicalFitness])
        desk.document(.psychologicalFitness, for: w, fit: false)
        #expect(desk.refusals(depart(w, desk.today)) == [.psychologicallyUnfit])
        desk.document(.psychologicalFitness, for: w, fit: true)
        desk.run(depart(w, desk.today))
    }

    @Test("a fitness finding must say fit or unfit")
    func fitnessNeedsFinding() {
        var (desk, w) = selectedWorker(missing: [.medicalFitness])
        #expect(desk.refusals(.recordDocument(DocumentEntry(worker: w, kind: .medicalFitness, issued: desk.today)))
                == [.fieldRequired(field: "fit")])
    }

    @Test("a competency certificate is needed only when the job order asks for one")
    func competencyCertificate() {
        var (desk, w) = selectedWorker(jobOrder: { $0.jobOrder(job: "welder", certificateRequired: true) })
        #expect(desk.status(w) == .documentsComplete)
        #expect(desk.refusals(depart(w, desk.today)) == [.competencyCertificateMissing])
        desk.document(.competencyCertificate, for: w)
        #expect(desk.status(w) == .readyToDepart)
        desk.run(depart(w, desk.today))

        var (other, v) = selectedWorker(jobOrder: { $0.jobOrder(job: "welder", certificateRequired: false) })
        other.run(depart(v, other.today))
    }

    @Test("a passed training result provides the competency certificate")
    func certificateFromTraining() {
        var (desk, w) = selectedWorker(jobOrder: { $0.jobOrder(job: "welder", certificateRequired: true) })
        let c = desk.cohort(program: "welding")
        desk.run(.enroll(CohortEnrollment(cohort: c, worker: w)))
        desk.run(.recordResult(TrainingResult(cohort: c, worker: w, attendance: 90, score: 80, passed: true,
                                              certificateNumber: "BNSP-LAS-1")))
        desk.run(depart(w, desk.today))
    }

    @Test("a P to P job order without a licensed agency is an illegal channel at departure")
    func illegalChannelAgency() {
        var (desk, w) = selectedWorker(jobOrder: { desk in
            desk.inject(.jobOrderCreated(JobOrderCreated(jobOrder: RecordID(.jobOrder, 1), draft: JobOrderDraft(
                employer: "Chan", country: "HK", job: "housekeeper", scheme: .pToP, quota: 5))))
            return RecordID(.jobOrder, 1)
        })
        #expect(desk.refusals(depart(w, desk.today)) == [.illegalChannel(detail: "agencyLicenceRequired")])
    }

    @Test("an individual placement with an employer that is not a legal entity is an illegal channel")
    func illegalChannelIndividual() {
        var (desk, w) = selectedWorker(jobOrder: { desk in
            desk.inject(.jobOrderCreated(JobOrderCreated(jobOrder: RecordID(.jobOrder, 1), draft: JobOrderDraft(
                employer: "Mr Lee", employerIsLegalEntity: false, country: "TW", job: "welder", scheme: .individual, quota: 5))))
            return RecordID(.jobOrder, 1)
        })
        #expect(desk.refusals(depart(w, desk.today)) == [.illegalChannel(detail: "employerMustBeLegalEntity")])
        // The legal channels depart.
        for scheme in [Scheme.gToG, .ukps, .individual, .pToP] {
            var (ok, v) = selectedWorker(jobOrder: { $0.jobOrder(job: "welder", country: "KR", scheme: scheme) })
            ok.run(depart(v, ok.today))
        }
    }

    @Test("a worker-borne cost on a zero-cost job found at departure is refused")
    func zeroCostAtDeparture() {
        var desk = Desk()
        desk.inject(.jobOrderCreated(JobOrderCreated(jobOrder: RecordID(.jobOrder, 1), draft: JobOrderDraft(
            employer: "Chan", country: "HK", job: "housekeeper", scheme: .gToG, quota: 5, workerCost: 15_000_000))))
        let w = desk.register()
        #expect(desk.refusals(.selectForJobOrder(Selection(worker: w, jobOrder: RecordID(.jobOrder, 1))))
                == [.zeroCostViolation(job: "housekeeper", cost: 15_000_000)])
        desk.inject(.workerSelected(WorkerSelected(placement: RecordID(.placement, 1), worker: w, jobOrder: RecordID(.jobOrder, 1))))
        desk.allDocuments(for: w)
        #expect(desk.refusals(depart(w, desk.today)) == [.zeroCostViolation(job: "housekeeper", cost: 15_000_000)])
    }

    @Test("a worker under 18 on the departure day may not depart")
    func underage() {
        // Registration and selection both refuse a minor, so the state is built from events.
        var desk = Desk()
        let order = desk.jobOrder()
        let birth = desk.today.adding(days: -(17 * 365 + 100))
        let adultBirth = Fixture.day(2008, 11, 2)
        for (i, b) in [birth, adultBirth].enumerated() {
            desk.inject(.workerRegistered(WorkerRegistered(
                worker: RecordID(.worker, i + 1), nik: NIK(value: 3_273_010_101_080_001 + UInt64(i)), name: "Muda \(i)",
                sex: .male, birthDate: b, province: "32")))
            desk.inject(.workerSelected(WorkerSelected(placement: RecordID(.placement, i + 1), worker: RecordID(.worker, i + 1),
                                                       jobOrder: order)))
            desk.allDocuments(for: RecordID(.worker, i + 1))
        }
        // Selection refuses a minor too.
        desk.inject(.workerRegistered(WorkerRegistered(worker: RecordID(.worker, 3), nik: NIK(value: 3_273_010_101_080_009),
                                                       name: "Muda 3", sex: .male, birthDate: birth, province: "32")))
        #expect(desk.refusals(.selectForJobOrder(Selection(worker: RecordID(.worker, 3), jobOrder: order)))
                == [.underage(age: 17, minimum: 18)])
        #expect(desk.refusals(depart(RecordID(.worker, 1), desk.today)) == [.departureUnderage(age: 17)])
        desk.run(depart(RecordID(.worker, 2), desk.today))
        desk.expectCountersHold()
    }

    @Test("departure may not be dated before the selection")
    func beforeSelection() {
        var (desk, w) = selectedWorker()
        #expect(desk.refusals(depart(w, desk.today.adding(days: -1))) == [.departureBeforeSelection(selected: desk.today)])
        desk.run(depart(w, desk.today))
    }

    @Test("departure may not be dated in the future")
    func future() {
        var (desk, w) = selectedWorker()
        #expect(desk.refusals(depart(w, desk.today.adding(days: 2))) == [.dateInFuture(field: "date")])
    }

    @Test("only a selected worker can depart; before departure every failing guard is listed with 'not selected'")
    func notSelected() {
        var desk = Desk()
        let registered = desk.register()
        let reasons = desk.refusals(depart(registered, desk.today))
        #expect(reasons.first == .notSelected(worker: registered))
        #expect(reasons.dropFirst() == [.passportMissing, .medicalFitnessMissing, .psychologicalFitnessMissing,
                                        .workVisaMissing, .placementAgreementMissing, .employmentContractMissing,
                                        .socialSecurityMissing, .orientationMissing])
        let complete = desk.worker(at: .documentsComplete)
        #expect(desk.refusals(depart(complete, desk.today)) == [.notSelected(worker: complete)])
        let working = desk.worker(at: .working)
        #expect(desk.refusals(depart(working, desk.today)).first?.code == "wrongStatus")
        let gone = desk.worker(at: .withdrawn)
        #expect(desk.refusals(depart(gone, desk.today)) == [.workerHasExited(worker: gone, status: .withdrawn)])
    }
}
