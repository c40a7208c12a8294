import Testing
@testable import TerpaduCore

/// The duplicate review compares names as people misspell them, within the same birth date.
@Suite("Name matching for the duplicate review")
struct NameMatchTests {
    let birth = Fixture.day(1998, 4, 12)

    func flags(_ first: String, _ second: String, exitFirst: Bool = false) -> [String] {
        var desk = Desk()
        let a = desk.register(name: first, birth: birth)
        if exitFirst { desk.run(.exitWorker(ExitEntry(worker: a, reason: .personalChoice))) }
        let events = desk.run(.registerWorker(WorkerDraft(nik: desk.nextNIK(sex: .female, birth: birth), name: second,
                                                          sex: .female, birthDate: birth, province: "32")))
        desk.expectCountersHold()
        return events.map(\.body.kind)
    }

    @Test("spelling variants, punctuation, diacritics, doubled letters, word order and old spellings go to review",
          arguments: ["Sitti Aminah", "Siti Aminah.", "Siti Āminah", "Aminah Siti", "Siti Aminha", "Siti Amina",
                      "Siti Aminah", "siti-aminah", "Sitti  Aminnah"])
    func variants(_ second: String) {
        #expect(flags("Siti Aminah", second) == ["workerRegistered", "duplicateFlagged"])
    }

    @Test("the old Indonesian spellings (oe, dj, tj) and an apostrophe or a split word",
          arguments: [("Soeharto", "Suharto"), ("Djoko Widodo", "Joko Widodo"), ("Tjipto Mangoenkoesoemo", "Cipto Mangunkusumo"),
                      ("Ma'ruf Amin", "Maruf Amin"), ("Abdul Rahman", "Abdulrahman"), ("Jusuf Kalla", "Yusuf Kalla")])
    func oldSpellings(_ pair: (String, String)) {
        #expect(flags(pair.0, pair.1) == ["workerRegistered", "duplicateFlagged"])
    }

    @Test("other people born the same day are not flagged",
          arguments: ["Dewi Lestari", "Siti Aminah Putri", "Siti", "Sri Aminah Lestari", "Ani Rahayu"])
    func others(_ second: String) {
        #expect(flags("Siti Aminah", second) == ["workerRegistered"])
    }

    @Test("short words must be equal: Ani and Ana are other people")
    func shortWords() {
        #expect(flags("Ani", "Ana") == ["workerRegistered"])
        #expect(flags("Ani Rahayu", "Ana Rahayu") == ["workerRegistered"])
    }

    @Test("numbers are compared exactly: Pekerja 1234 and Pekerja 1235 are two people")
    func numbers() {
        #expect(flags("Pekerja 1234", "Pekerja 1235") == ["workerRegistered"])
        #expect(flags("Pekerja A49", "Pekerja A4999") == ["workerRegistered"], "doubled digits are not one")
        #expect(flags("Pekerja 1234", "pekerja 1234.") == ["workerRegistered", "duplicateFlagged"])
    }

    @Test("on a day more than 256 people share (a default birth date), only equal keys are looked up")
    func crowdedDay() {
        var desk = Desk()
        let a = desk.register(name: "Siti Aminah", birth: birth)
        for i in 0..<NameMatch.tolerantLimit { desk.register(name: "Pekerja \(i)", birth: birth) }
        #expect(desk.state.reviewCount == 0)
        #expect(desk.state.workers(matchingName: "Aminah, Siti", birthDate: birth) == [a])
        #expect(desk.state.workers(matchingName: "Siti Aminha", birthDate: birth) == [], "a slip is not looked for on a crowded day")
    }

    @Test("a variant of someone who left goes to review too")
    func exited() {
        #expect(flags("Siti Aminah", "Sitti Aminah", exitFirst: true) == ["workerRegistered", "duplicateFlagged"])
    }

    @Test("a record a review confirmed as a duplicate is not paired again; the person's record is")
    func confirmedDuplicateNotPaired() {
        var desk = Desk()
        let a = desk.register(name: "Siti Aminah", birth: birth)
        desk.register(name: "Sitti Aminah", birth: birth)
        desk.run(.resolveDuplicate(DuplicateResolution(review: RecordID(.duplicateReview, 1), samePerson: true)))
        let events = desk.run(.registerWorker(WorkerDraft(nik: desk.nextNIK(sex: .female, birth: birth), name: "Aminah Siti",
                                                          sex: .female, birthDate: birth, province: "32")))
        let pairs = events.compactMap { e -> RecordID? in if case .duplicateFlagged(let f) = e.body { f.existing } else { nil } }
        #expect(pairs == [a])
    }

    @Test("an edit does not pair again two records a review already judged")
    func judgedPairNotAgain() {
        var desk = Desk()
        let a = desk.register(name: "Siti Aminah", birth: birth)
        desk.register(name: "Sitti Aminah", birth: birth)
        desk.run(.resolveDuplicate(DuplicateResolution(review: RecordID(.duplicateReview, 1), samePerson: false)))
        let events = desk.run(.updateWorker(WorkerUpdate(worker: a, name: "Siti Aminnah")))
        #expect(events.map(\.body.kind) == ["workerUpdated"])
    }

    @Test("the form's lookalike offer finds the same people the review would pair, exited ones included")
    func lookalikes() {
        var desk = Desk()
        let a = desk.register(name: "Siti Aminah", birth: birth)
        let b = desk.register(name: "Aminah, Sitti", birth: birth)
        desk.run(.exitWorker(ExitEntry(worker: b, reason: .personalChoice)))
        desk.register(name: "Dewi Lestari", birth: birth)
        desk.register(name: "Siti Aminah", birth: Fixture.day(1998, 4, 13))
        #expect(desk.state.workers(matchingName: "Siti Āminah.", birthDate: birth) == [a, b])
    }

    @Test("after a snapshot is read the index is rebuilt, and matches as before")
    func snapshot() throws {
        var desk = Desk()
        let a = desk.register(name: "Siti Aminah", birth: birth)
        desk.run(.updateWorker(WorkerUpdate(worker: a, name: "Dewi Lestari")))
        let bytes = SnapshotCodec.encode(desk.state)
        let decoded = try bytes.withUnsafeBytes { try SnapshotCodec.decode($0) }
        #expect(decoded.duplicates == desk.state.duplicates)
        #expect(decoded.workers(matchingName: "Dewi Lestarri", birthDate: birth) == [a])
        #expect(decoded.workers(matchingName: "Siti Aminah", birthDate: birth) == [])
    }

    @Test("one edit apart: a letter changed, added, dropped, or two neighbours swapped")
    func oneEdit() {
        func w(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }
        #expect(NameMatch.oneEditApart(w("aminah"), w("aminha")))
        #expect(NameMatch.oneEditApart(w("aminah"), w("amina")))
        #expect(NameMatch.oneEditApart(w("aminah"), w("aminah")))
        #expect(NameMatch.oneEditApart(w("yusuf"), w("jusuf")))
        #expect(!NameMatch.oneEditApart(w("aminah"), w("amanih")))
        #expect(!NameMatch.oneEditApart(w("lestari"), w("lestiri1")))
    }
}
