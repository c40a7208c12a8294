import Testing
@testable import TerpaduCore

/// The departure checklist a desk shows: every guard, passed or failed, from the same code as the
/// refusal at departure.
@Suite("Departure checklist")
struct DepartureChecklistTests {
    func depart(_ w: RecordID, _ date: Day) -> Command { .recordDeparture(Departure(worker: w, date: date)) }

    /// A job order that validation would refuse, made by hand as a faulty import or an older rule might have.
    static func injectedOrder(_ desk: inout Desk, job: String = "housekeeper", scheme: Scheme = .pToP,
                              agency: String? = "PT Sinar Jaya", legalEntity: Bool = true, cost: Int64 = 0) -> RecordID {
        let id = desk.state.nextID(.jobOrder)
        desk.inject(.jobOrderCreated(JobOrderCreated(jobOrder: id, draft: JobOrderDraft(
            employer: "Chan Household Ltd", employerIsLegalEntity: legalEntity, country: "HK", job: job, scheme: scheme, agency: agency,
            agencyLicence: agency == nil ? nil : "P3MI-0421/2024", quota: 5, workerCost: cost))))
        return id
    }

    /// One worker in each situation, named for the test's message.
    static func situations() -> (Desk, [(String, RecordID)]) {
        var desk = Desk()
        var out: [(String, RecordID)] = []
        out.append(("registered, nothing recorded", desk.register()))
        out.append(("in training", desk.worker(at: .inTraining)))
        out.append(("every document but never selected", desk.worker(at: .documentsComplete)))
        let visa = desk.worker(at: .selected)
        desk.allDocuments(for: visa, except: [.workVisa, .orientation])
        out.append(("selected, visa and orientation missing", visa))
        let noCertificate = desk.worker(at: .readyToDepart, jobOrder: desk.jobOrder(job: "welder", certificateRequired: true))
        out.append(("selected for an order asking for a certificate they lack", noCertificate))
        let unfit = desk.worker(at: .selected)
        desk.allDocuments(for: unfit, except: [.medicalFitness])
        desk.document(.medicalFitness, for: unfit, fit: false)
        out.append(("found medically unfit", unfit))
        let passport = desk.worker(at: .selected)
        desk.allDocuments(for: passport, except: [.passport])
        desk.document(.passport, for: passport, expiry: desk.today.adding(days: 100))
        out.append(("passport expires within six months", passport))
        let unlicensed = desk.register()
        desk.run(.selectForJobOrder(Selection(worker: unlicensed, jobOrder: injectedOrder(&desk, agency: nil))))
        desk.allDocuments(for: unlicensed)
        out.append(("selected through an unlicensed P to P order", unlicensed))
        let charged = desk.register()
        let costly = injectedOrder(&desk, cost: 5_000_000)
        // Selection refuses such an order too, so the selection is made by hand as well.
        desk.inject(.workerSelected(WorkerSelected(placement: desk.state.nextID(.placement), worker: charged, jobOrder: costly)))
        desk.allDocuments(for: charged)
        out.append(("selected for a housekeeper order that charges the worker", charged))
        out.append(("ready to depart", desk.worker(at: .readyToDepart)))
        return (desk, out)
    }

    @Test("the failed checks are exactly the refusals recordDeparture gives, in every situation")
    func checklistAgreesWithDeparture() throws {
        var (desk, workers) = Self.situations()
        desk.advance(days: 1)
        for (situation, w) in workers {
            let checklist = try #require(desk.state.departureChecklist(worker: w, date: desk.today))
            let failed = checklist.compactMap(\.refusal)
            switch desk.state.validate(depart(w, desk.today), context: desk.context) {
            case .failure(let refused):
                #expect(failed == refused.reasons, "\(situation)")
                #expect(!failed.isEmpty, "\(situation)")
            case .success:
                #expect(failed.isEmpty, "\(situation): departure accepted while the checklist fails \(failed)")
            }
        }
    }

    @Test("a ready worker passes every check that applies and departs")
    func readyWorkerPasses() throws {
        var desk = Desk()
        let w = desk.worker(at: .readyToDepart)
        let checklist = try #require(desk.state.departureChecklist(worker: w, date: desk.today))
        #expect(checklist.allSatisfy { $0.passed })
        // A housekeeper order asks for no certificate; the zero-cost rule holds (it costs nothing).
        #expect(checklist.filter { !$0.applies }.map(\.rule) == [.competencyCertificate, .languageLevel])
        #expect(desk.run(depart(w, desk.today)).map(\.body.kind) == ["departed"])
    }

    @Test("every guard appears once, in a fixed order, whoever the worker is")
    func everyGuardOnce() throws {
        let (desk, workers) = Self.situations()
        for (situation, w) in workers {
            let rules = try #require(desk.state.departureChecklist(worker: w, date: desk.today)).map(\.rule)
            #expect(rules == DepartureGuard.allCases, "\(situation)")
        }
        #expect(desk.state.departureChecklist(worker: RecordID(.worker, 999), date: desk.today) == nil)
    }

    @Test("before a selection the job order's guards do not apply, and 'not selected' fails")
    func unselectedWorker() throws {
        var desk = Desk()
        let w = desk.worker(at: .documentsComplete)
        let checklist = try #require(desk.state.departureChecklist(worker: w, date: desk.today))
        let notApplicable = checklist.filter { !$0.applies }.map(\.rule)
        #expect(notApplicable == [.competencyCertificate, .legalChannel, .zeroCost, .languageLevel])
        #expect(checklist.first { !$0.passed }?.rule == .selectedForJobOrder)
        #expect(checklist.compactMap(\.refusal) == [.notSelected(worker: w)])
    }

    @Test("a registered, unselected worker's page lists 'not selected' among what is missing")
    func detailListsNotSelected() throws {
        var desk = Desk()
        let w = desk.register()
        let detail = try #require(desk.state.detail(w, today: desk.today))
        #expect(detail.missingForDeparture.first == .notSelected(worker: w))
        #expect(detail.missingForDeparture.contains(.passportMissing))
        #expect(detail.missingForDeparture == desk.refusals(depart(w, desk.today)))
    }

    @Test("once departed or exited, nothing is missing for departure")
    func nothingMissingAfterDeparture() throws {
        var desk = Desk()
        let working = desk.worker(at: .working)
        let gone = desk.worker(at: .withdrawn)
        #expect(try #require(desk.state.detail(working, today: desk.today)).missingForDeparture.isEmpty)
        #expect(try #require(desk.state.detail(gone, today: desk.today)).missingForDeparture.isEmpty)
    }
}
