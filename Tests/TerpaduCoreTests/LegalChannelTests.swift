import Testing
@testable import TerpaduCore

/// DESIGN §1's legal channel: P to P only through an agency whose licence is in the reference table
/// and valid; an individual order only with an employer stated to be a legal entity.
@Suite("Legal channel")
struct LegalChannelTests {
    func order(scheme: Scheme = .pToP, agency: String? = "PT Sinar Jaya", licence: String? = "P3MI-0421/2024",
               legalEntity: Bool? = nil) -> Command {
        .createJobOrder(JobOrderDraft(employer: "Chan Household Ltd", employerIsLegalEntity: legalEntity, country: "HK",
                                      job: "housekeeper", scheme: scheme, agency: agency, agencyLicence: licence, quota: 5))
    }

    @Test("an individual order must state whether the employer is a legal entity")
    func individualMustState() {
        var desk = Desk()
        #expect(desk.refusals(order(scheme: .individual, agency: nil, licence: nil))
                == [.fieldRequired(field: "employerIsLegalEntity")])
        #expect(desk.refusals(order(scheme: .individual, agency: nil, licence: nil, legalEntity: false))
                == [.employerMustBeLegalEntity])
        desk.run(order(scheme: .individual, agency: nil, licence: nil, legalEntity: true))
        // Other schemes may leave it unstated; the order then says nothing about it.
        desk.run(order(scheme: .gToG, agency: nil, licence: nil))
        #expect(desk.state.jobOrders.map(\.employerIsLegalEntity) == [true, nil])
    }

    @Test("a job order recorded before the rule, stating nothing, still replays")
    func olderEventsReplay() {
        var desk = Desk()
        desk.inject(.jobOrderCreated(JobOrderCreated(jobOrder: RecordID(.jobOrder, 1), draft: JobOrderDraft(
            employer: "Mr Lee", country: "TW", job: "welder", scheme: .individual, quota: 5))))
        #expect(desk.state.jobOrderCount == 1)
        var replayed = TerpaduState()
        for e in desk.events { replayed.apply(e) }
        #expect(replayed == desk.state)
    }

    @Test("a P to P licence must be in the table, be the agency's own, and be valid on the order's day")
    func licenceChecked() {
        var desk = Desk()
        #expect(desk.refusals(order(licence: "x")) == [.agencyLicenceUnknown(licence: "x")])
        #expect(desk.refusals(order(agency: "PT Lain Lagi")) == [.agencyLicenceMismatch(licence: "P3MI-0421/2024",
                                                                                        registeredTo: "PT Sinar Jaya")])
        #expect(desk.refusals(order(agency: "PT Lama Sentosa", licence: "P3MI-0099/2015"))
                == [.agencyLicenceNotValid(licence: "P3MI-0099/2015", validFrom: Fixture.day(2015, 5, 4),
                                           validUntil: Fixture.day(2020, 5, 3), on: desk.today)])
        // Case and runs of spaces aside, the agency and its licence match.
        desk.run(order(agency: "pt  sinar JAYA", licence: "p3mi-0421/2024"))
    }

    @Test("with no agency table loaded, a P to P order is refused saying so")
    func noTable() {
        var desk = Desk(loadReference: false)
        desk.run(.loadReference(Fixture.baseReference))
        #expect(desk.refusals(order()) == [.noLicensedAgencies])
        desk.run(.loadAgencies(AgencyTable(agencies: Fixture.agencies)))
        desk.run(order())
    }

    @Test("the departure checks that the licence is still valid on the departure day")
    func licenceAtDeparture() {
        var desk = Desk()
        let w = desk.worker(at: .readyToDepart)
        // The agency's licence is cut short to end yesterday.
        var table = Fixture.agencies
        table[0].validUntil = desk.today.adding(days: 9)
        desk.run(.loadAgencies(AgencyTable(agencies: table)))
        desk.advance(days: 10)
        let expected = Refusal.agencyLicenceNotValid(licence: "P3MI-0421/2024", validFrom: table[0].validFrom,
                                                     validUntil: table[0].validUntil, on: desk.today)
        #expect(desk.refusals(.recordDeparture(Departure(worker: w, date: desk.today))) == [expected])
        #expect(desk.state.departureChecklist(worker: w, date: desk.today)?.first { $0.rule == .legalChannel }?.refusal == expected)
        #expect(desk.state.departureChecklist(worker: w, date: desk.today.adding(days: -1))?
                    .first { $0.rule == .legalChannel }?.passed == true)
        // The job order's own verdict, as of the latest event, says the same.
        #expect(desk.state.jobOrder(RecordID(.jobOrder, 1))?.legalChannel.passes == true)
        // An agency removed from the table stops its workers too.
        desk.run(.loadAgencies(AgencyTable(agencies: Array(Fixture.agencies.dropFirst()))))
        #expect(desk.refusals(.recordDeparture(Departure(worker: w, date: desk.today)))
                == [.agencyLicenceUnknown(licence: "P3MI-0421/2024")])
        #expect(desk.state.jobOrder(RecordID(.jobOrder, 1))?.legalChannel.refusals == [.agencyLicenceUnknown(licence: "P3MI-0421/2024")])
    }

    @Test("a bad agency table is refused whole, naming the row and field, and changes nothing")
    func badTable() {
        var desk = Desk()
        let before = desk.state.referenceData.agencies
        var twice = Fixture.agencies
        twice.append(.init(name: "PT Kembar", licence: "p3mi-0421/2024", validFrom: desk.today, validUntil: desk.today))
        #expect(desk.refusals(.loadAgencies(AgencyTable(agencies: twice)))
                == [.fieldInvalid(field: "agencies", detail: "agencies row 5: licence p3mi-0421/2024 is already in row 1")])
        let backwards = [ReferenceData.Agency(name: "PT Mundur", licence: "L-1", validFrom: desk.today, validUntil: desk.today.adding(days: -1))]
        #expect(desk.refusals(.loadAgencies(AgencyTable(agencies: backwards)))
                == [.fieldInvalid(field: "agencies", detail: "agencies row 1: validUntil \(desk.today.adding(days: -1)) is before validFrom \(desk.today)")])
        #expect(desk.refusals(.loadAgencies(AgencyTable(agencies: [.init(name: " ", licence: "L-2", validFrom: desk.today,
                                                                          validUntil: desk.today)])))
                == [.fieldRequired(field: "agencies[0].name")])
        #expect(desk.state.referenceData.agencies == before)
        // A good table replaces the old one whole.
        desk.run(.loadAgencies(AgencyTable(agencies: [Fixture.agencies[1]])))
        #expect(desk.state.referenceData.agencies == [Fixture.agencies[1]])
    }

    @Test("the generator places P to P workers only through licences of the table, valid on the day")
    func generatedOrdersUseTheTable() throws {
        let set = GeneratedSets.build(workers: 300)
        #expect(set.report.refused == 0, "refusals: \(set.report.refusals)")
        let pToP = set.state.jobOrders.filter { $0.scheme == .pToP }
        #expect(!pToP.isEmpty)
        for o in pToP {
            let agency = Fixture.agencies.first { $0.licence == o.agencyLicence }
            #expect(agency?.name == o.agency && agency?.isValid(on: o.created) == true, "\(o.agency) \(o.agencyLicence)")
        }
        // Without a table, the generator makes no P to P orders and nothing is refused.
        let bare = GeneratedSets.build(workers: 120, reference: Fixture.baseReference)
        #expect(bare.report.refused == 0, "refusals: \(bare.report.refusals)")
        #expect(!bare.state.jobOrders.contains { $0.scheme == .pToP })
    }
}
