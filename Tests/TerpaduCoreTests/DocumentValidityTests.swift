import Foundation
import Testing
@testable import TerpaduCore

/// DESIGN §1: every document with an expiry must be valid on the departure day, none may be dated
/// after it, and a document cannot expire before it was issued.
@Suite("Documents valid on the departure day")
struct DocumentValidityTests {
    func depart(_ w: RecordID, _ date: Day) -> Command { .recordDeparture(Departure(worker: w, date: date)) }

    /// A worker selected for an order with every document, `kind` recorded last as given.
    func selected(with kind: DocumentKind, issued: Day? = nil, expiry: Day?) -> (Desk, RecordID) {
        var desk = Desk()
        let w = desk.worker(at: .selected)
        desk.allDocuments(for: w, except: [kind])
        desk.run(.recordDocument(DocumentEntry(worker: w, kind: kind, number: "\(kind.code)-9", issued: issued ?? desk.today,
                                               expiry: expiry)))
        return (desk, w)
    }

    func check(_ desk: Desk, _ w: RecordID, _ rule: DepartureGuard, on date: Day) -> DepartureCheck? {
        desk.state.departureChecklist(worker: w, date: date)?.first { $0.rule == rule }
    }

    @Test("a BPJS Ketenagakerjaan that lapses before the departure stops it, and the checklist says why")
    func lapsedSocialSecurity() {
        var (desk, w) = selected(with: .socialSecurity, expiry: Fixture.startDay.adding(days: 20))
        desk.advance(days: 30)
        let expected = Refusal.documentExpired(kind: .socialSecurity, expiry: Fixture.startDay.adding(days: 20), departure: desk.today)
        #expect(desk.refusals(depart(w, desk.today)) == [expected])
        #expect(check(desk, w, .socialSecurity, on: desk.today)?.refusal == expected)
        // Valid on the day itself still departs.
        #expect(check(desk, w, .socialSecurity, on: Fixture.startDay.adding(days: 20))?.passed == true)
    }

    @Test("an expired work visa stops the departure; one valid on the day does not")
    func expiredVisa() {
        var (desk, w) = selected(with: .workVisa, expiry: Fixture.startDay.adding(days: 5))
        desk.advance(days: 6)
        #expect(desk.refusals(depart(w, desk.today))
                == [.documentExpired(kind: .workVisa, expiry: Fixture.startDay.adding(days: 5), departure: desk.today)])
        // A new visa, valid past the departure, lets it through.
        desk.run(.recordDocument(DocumentEntry(worker: w, kind: .workVisa, number: "HK-V-2", issued: desk.today,
                                               expiry: desk.today.adding(days: 700))))
        desk.run(depart(w, desk.today))
        #expect(desk.status(w) == .working)
        desk.expectCountersHold()
    }

    @Test("an expired employment contract stops the departure")
    func expiredContract() {
        var (desk, w) = selected(with: .employmentContract, expiry: Fixture.startDay.adding(days: 1))
        desk.advance(days: 2)
        #expect(desk.refusals(depart(w, desk.today))
                == [.documentExpired(kind: .employmentContract, expiry: Fixture.startDay.adding(days: 1), departure: desk.today)])
    }

    @Test("a BPJS whose expiry is before its issue date is refused when recorded, naming the expiry")
    func expiryBeforeIssue() {
        var desk = Desk()
        let w = desk.worker(at: .selected)
        let issued = desk.today.adding(days: -10)
        for kind in [DocumentKind.socialSecurity, .workVisa, .employmentContract, .medicalFitness] {
            #expect(desk.refusals(.recordDocument(DocumentEntry(worker: w, kind: kind, number: "N-1", issued: issued,
                                                                expiry: issued.adding(days: -1), fit: true)))
                    == [.dateOrder(field: "expiry", mustNotBeBefore: issued.description)])
        }
        // Expiring on the day of issue is allowed (a one-day document is odd but not impossible).
        desk.run(.recordDocument(DocumentEntry(worker: w, kind: .socialSecurity, number: "N-1", issued: issued, expiry: issued)))
    }

    @Test("a visa or a contract dated after the departure day stops that departure")
    func datedAfterDeparture() {
        var desk = Desk()
        let w = desk.worker(at: .selected)
        let selectedOn = desk.today
        desk.advance(days: 5)
        desk.allDocuments(for: w)
        // The departure is recorded late, for the day it really happened: before the visa and contract.
        let departure = selectedOn.adding(days: 2)
        let reasons = desk.refusals(depart(w, departure))
        #expect(reasons.contains(.documentDatedAfterDeparture(kind: .workVisa, issued: desk.today, departure: departure)))
        #expect(reasons.contains(.documentDatedAfterDeparture(kind: .employmentContract, issued: desk.today, departure: departure)))
        #expect(reasons.contains(.documentDatedAfterDeparture(kind: .passport, issued: desk.today, departure: departure)))
        #expect(reasons.contains(.documentDatedAfterDeparture(kind: .orientation, issued: desk.today, departure: departure)))
        #expect(check(desk, w, .workVisa, on: departure)?.refusal
                == .documentDatedAfterDeparture(kind: .workVisa, issued: desk.today, departure: departure))
        // On the day the documents are dated, it departs.
        desk.run(depart(w, desk.today))
        #expect(desk.status(w) == .working)
    }

    @Test("the worker card shows the validity date of every document that has one")
    func cardShowsExpiries() throws {
        var desk = Desk()
        let w = desk.worker(at: .selected)
        desk.allDocuments(for: w, except: [.socialSecurity, .workVisa, .employmentContract])
        let until = (bpjs: desk.today.adding(days: 365), visa: desk.today.adding(days: 730), contract: desk.today.adding(days: 731))
        desk.run(.recordDocument(DocumentEntry(worker: w, kind: .socialSecurity, number: "B-1", issued: desk.today, expiry: until.bpjs)))
        desk.run(.recordDocument(DocumentEntry(worker: w, kind: .workVisa, number: "V-1", issued: desk.today, expiry: until.visa)))
        desk.run(.recordDocument(DocumentEntry(worker: w, kind: .employmentContract, issued: desk.today, expiry: until.contract)))
        let detail = try #require(desk.state.detail(w, today: desk.today))
        #expect(detail.expiry(of: .socialSecurity) == until.bpjs)
        #expect(detail.expiry(of: .workVisa) == until.visa)
        #expect(detail.expiry(of: .employmentContract) == until.contract)
        #expect(detail.expiry(of: .passport) == desk.today.adding(days: 5 * 365))
        #expect(detail.expiry(of: .placementAgreement) == nil)
        // Revoking a document forgets its dates.
        let seq = try #require(desk.events.last { $0.body.kind == "documentRecorded" }?.seq)
        desk.run(.correctEntry(CorrectionEntry(corrects: seq, correction: .revokeDocument(worker: w, kind: .employmentContract))))
        #expect(desk.state.detail(w, today: desk.today)?.expiry(of: .employmentContract) == nil)
    }

    @Test("document dates survive a snapshot and a replay, and dates outside 1970–2149 judge as their nearest end")
    func datesInSnapshotsAndReplay() throws {
        var (desk, w) = selected(with: .socialSecurity, expiry: Fixture.startDay.adding(days: 90))
        desk.run(.recordDocument(DocumentEntry(worker: w, kind: .workVisa, number: "V-9", issued: Fixture.day(1960, 1, 1),
                                               expiry: Fixture.day(2300, 1, 1))))
        let bytes = SnapshotCodec.encode(desk.state)
        let decoded = try bytes.withUnsafeBytes { try SnapshotCodec.decode($0) }
        #expect(decoded == desk.state)
        var replayed = TerpaduState()
        for e in desk.events { replayed.apply(e) }
        #expect(replayed == desk.state)
        let r = Int(try #require(decoded.workerRow(w)))
        #expect(decoded.workers.expiry(.socialSecurity, row: r) == Fixture.startDay.adding(days: 90))
        #expect(decoded.workers.issued(.workVisa, row: r) == Fixture.day(1970, 1, 1))
        #expect(decoded.workers.expiry(.workVisa, row: r) == Fixture.day(2149, 6, 5))
        #expect(check(desk, w, .workVisa, on: desk.today.adding(days: 60))?.passed == true)
    }
}
