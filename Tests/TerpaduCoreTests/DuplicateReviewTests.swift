import Testing
@testable import TerpaduCore

@Suite("Duplicate review")
struct DuplicateReviewTests {
    let birth = Fixture.day(1998, 4, 12)

    /// Registers two people with the given names and birth dates; returns the events of the second.
    func pair(_ first: String, _ second: String, secondBirth: Day? = nil) -> (Desk, [Event]) {
        var desk = Desk()
        desk.register(name: first, birth: birth)
        let b = secondBirth ?? birth
        let events = desk.run(.registerWorker(WorkerDraft(nik: desk.nextNIK(province: "33", sex: .female, birth: b),
                                                          name: second, sex: .female, birthDate: b, province: "33")))
        return (desk, events)
    }

    @Test("the same name in other case and spacing with the same birth date is registered and sent to review",
          arguments: [
            ("Siti Aminah", "SITI  AMINAH"),
            ("José Ramos", "Jose\u{301} Ramos"),            // NFC and NFD
            ("JOSÉ RAMOS", "josé ramos"),
            ("Siti Aminah", "Ｓｉｔｉ　Ａｍｉｎａｈ"),          // full-width letters and ideographic space (NFKC)
            ("Siti Aminah", "Siti\u{200B} Aminah"),          // a zero-width space (a format character) is ignored
          ])
    func flagged(_ first: String, _ second: String) throws {
        let (desk, events) = pair(first, second)
        #expect(events.map(\.body.kind) == ["workerRegistered", "duplicateFlagged"])
        guard case .duplicateFlagged(let flag)? = events.last?.body else { Issue.record("no flag"); return }
        #expect(flag.existing == RecordID(.worker, 1))
        #expect(flag.later == RecordID(.worker, 2))
        #expect(desk.state.workerCount == 2)
        #expect(desk.status(RecordID(.worker, 2)) == .registered)
        #expect(desk.state.reviewCount == 1)
        #expect(desk.state.counters.openReviews == 1)
        desk.expectCountersHold()
    }

    @Test("a different birth date or a different name is no duplicate")
    func notFlagged() {
        let (_, a) = pair("Siti Aminah", "Siti Aminah", secondBirth: Fixture.day(1998, 4, 13))
        #expect(a.map(\.body.kind) == ["workerRegistered"])
        let (_, b) = pair("Siti Aminah", "Siti Aminah Putri")
        #expect(b.map(\.body.kind) == ["workerRegistered"])
    }

    @Test("resolving as distinct people closes the review and keeps both records")
    func distinct() {
        var (desk, _) = pair("Siti Aminah", "SITI AMINAH")
        let review = RecordID(.duplicateReview, 1)
        desk.run(.resolveDuplicate(DuplicateResolution(review: review, samePerson: false)))
        #expect(desk.state.counters.openReviews == 0)
        #expect(desk.status(RecordID(.worker, 1)) == .registered)
        #expect(desk.status(RecordID(.worker, 2)) == .registered)
        #expect(desk.refusals(.resolveDuplicate(DuplicateResolution(review: review, samePerson: true)))
                == [.duplicateReviewAlreadyResolved(review)])
        desk.expectCountersHold()
    }

    @Test("resolving as the same person exits the later record with reason duplicate")
    func samePerson() {
        var (desk, _) = pair("Siti Aminah", "SITI AMINAH")
        desk.run(.resolveDuplicate(DuplicateResolution(review: RecordID(.duplicateReview, 1), samePerson: true)))
        #expect(desk.status(RecordID(.worker, 1)) == .registered)
        #expect(desk.status(RecordID(.worker, 2)) == .withdrawn)
        #expect(desk.state.workers.exitReason[1] == ExitReason.duplicate.rawValue)
        #expect(desk.state.counters.openReviews == 0)
        desk.expectCountersHold()
    }

    @Test("an unknown review is refused")
    func unknownReview() {
        var desk = Desk()
        #expect(desk.refusals(.resolveDuplicate(DuplicateResolution(review: RecordID(.duplicateReview, 1), samePerson: false)))
                == [.unknownRecord(RecordID(.duplicateReview, 1))])
    }

    @Test("a worker who has exited is compared too: someone who left may come back under a new record")
    func exitedMatched() {
        var desk = Desk()
        let w = desk.register(name: "Siti Aminah", birth: birth)
        desk.run(.exitWorker(ExitEntry(worker: w, reason: .personalChoice)))
        let events = desk.run(.registerWorker(WorkerDraft(nik: desk.nextNIK(sex: .female, birth: birth), name: "Siti Aminah",
                                                          sex: .female, birthDate: birth, province: "32")))
        #expect(events.map(\.body.kind) == ["workerRegistered", "duplicateFlagged"])
        guard case .duplicateFlagged(let flag)? = events.last?.body else { return }
        #expect(flag.existing == w)
    }

    @Test("renaming an earlier record to match a later one flags the pair with the later record as later")
    func flaggedByUpdate() {
        var desk = Desk()
        let first = desk.register(name: "Siti A.", birth: birth)
        let second = desk.register(name: "Siti Aminah", birth: birth)
        let events = desk.run(.updateWorker(WorkerUpdate(worker: first, name: "siti aminah")))
        #expect(events.map(\.body.kind) == ["workerUpdated", "duplicateFlagged"])
        guard case .duplicateFlagged(let flag)? = events.last?.body else { Issue.record("no flag"); return }
        #expect(flag.existing == first)
        #expect(flag.later == second)
        desk.run(.resolveDuplicate(DuplicateResolution(review: flag.review, samePerson: true)))
        #expect(desk.status(first) == .registered)
        #expect(desk.status(second) == .withdrawn)
        desk.expectCountersHold()
    }

    @Test("the duplicate key folds case, width and spacing")
    func key() {
        #expect(TextRules.duplicateKey("SITI  AMINAH") == TextRules.duplicateKey("Siti Aminah"))
        #expect(TextRules.duplicateKey("Jose\u{301}") == TextRules.duplicateKey("José"))
        #expect(TextRules.duplicateKey("José") != TextRules.duplicateKey("Jose"))
        #expect(TextRules.searchKey("Muhammad Ẓaki") == Array("muhammad zaki".utf8))
    }
}
