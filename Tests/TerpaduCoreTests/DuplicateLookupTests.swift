import Testing
@testable import TerpaduCore

@Suite("Duplicate queue and the name + birth-date lookup")
struct DuplicateLookupTests {
    let birth = Fixture.day(1998, 4, 12)

    @Test("the review queue shows both records by name, the day flagged and where it stands")
    func queue() throws {
        var desk = Desk()
        let a = desk.register(name: "Siti Aminah", birth: birth)
        let b = desk.register(name: "SITI  AMINAH", birth: birth)
        let c = desk.register(name: "Dewi Lestari", birth: birth)
        let d = desk.register(name: "dewi lestari", birth: birth)
        desk.run(.resolveDuplicate(DuplicateResolution(review: RecordID(.duplicateReview, 1), samePerson: false)))
        let all = desk.state.duplicateReviews()
        #expect(all.total == 2)
        #expect(all.rows.map(\.status) == [.distinctPeople, .open])
        let open = desk.state.duplicateReviews(openOnly: true)
        #expect(open.rows == [DuplicateReviewSummary(id: RecordID(.duplicateReview, 2), existing: c, existingName: "Dewi Lestari",
                                                     later: d, laterName: "dewi lestari", flagged: desk.today, status: .open)])
        #expect(desk.state.duplicateReview(RecordID(.duplicateReview, 1))?.existing == a)
        #expect(desk.state.duplicateReview(RecordID(.duplicateReview, 1))?.later == b)
    }

    @Test("a name and birth date typed on the form find everyone registered so, however the name is spaced or cased")
    func lookup() {
        var desk = Desk()
        let a = desk.register(name: "Siti Aminah", birth: birth)
        desk.register(name: "Siti Aminah", birth: Fixture.day(1998, 4, 13))
        desk.register(name: "Siti Aminah Putri", birth: birth)
        let b = desk.register(name: "SITI AMINAH", birth: birth)
        desk.run(.exitWorker(ExitEntry(worker: b, reason: .personalChoice)))
        #expect(desk.state.workers(matchingName: "  siti   aminah ", birthDate: birth) == [a, b])
        #expect(desk.state.workers(matchingName: "Siti Aminah", birthDate: Fixture.day(1990, 1, 1)).isEmpty)
        #expect(desk.state.workers(matchingName: "", birthDate: birth).isEmpty)
        #expect(desk.state.workers(matchingName: "Siti", birthDate: birth).isEmpty)
    }
}
