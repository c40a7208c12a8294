import Testing
@testable import TerpaduCore

@Suite("NIK validation")
struct NIKTests {
    let known: (Int) -> Bool = { [11, 31, 32, 33, 35, 52].contains($0) }

    @Test("a woman's NIK carries her birth day plus 40 and is accepted")
    func womanPlusForty() throws {
        let nik = try NIK.parse("3273015204980001").get()
        #expect(nik.encodedDay == 52)
        #expect(nik.encodedSex == .female)
        #expect(nik.problems(sex: .female, birthDate: Fixture.day(1998, 4, 12), knownProvince: known).isEmpty)
    }

    @Test("a man's NIK carries the plain birth day")
    func manPlainDay() throws {
        let nik = try NIK.parse("3273011204980002").get()
        #expect(nik.problems(sex: .male, birthDate: Fixture.day(1998, 4, 12), knownProvince: known).isEmpty)
    }

    @Test("31 February is not a date")
    func thirtyFirstFebruary() throws {
        let nik = try NIK.parse("3273013102980001").get()
        #expect(nik.problems(sex: .male, birthDate: Fixture.day(1998, 2, 28), knownProvince: known).contains(.invalidDate))
        let woman = try NIK.parse("3273017102980001").get()
        #expect(woman.problems(sex: .female, birthDate: Fixture.day(1998, 2, 28), knownProvince: known).contains(.invalidDate))
    }

    @Test("29 February exists only in a leap year")
    func leapDay() throws {
        let leap = try NIK.parse("3273012902000001").get()
        #expect(leap.problems(sex: .male, birthDate: Fixture.day(2000, 2, 29), knownProvince: known).isEmpty)
        let notLeap = try NIK.parse("3273012902010001").get()
        #expect(notLeap.problems(sex: .male, birthDate: Fixture.day(2001, 2, 28), knownProvince: known).contains(.invalidDate))
    }

    @Test("a NIK of the wrong length is refused", arguments: ["327301520498000", "32730152049800011", ""])
    func wrongLength(_ text: String) {
        #expect(NIK.parse(text) == .failure(.wrongLength))
    }

    @Test("non-ASCII digits are not digits", arguments: [
        "３２７３０１５２０４９８０００１",        // full-width
        "٣٢٧٣٠١٥٢٠٤٩٨٠٠٠١",                    // Arabic-Indic
        "۳۲۷۳۰۱۵۲۰۴۹۸۰۰۰۱",                    // extended Arabic-Indic (Persian)
        "3273 01520498 001", "3273015204980OO1",
    ])
    func nonASCIIDigits(_ text: String) {
        #expect(NIK.parse(text) == .failure(.notDigits))
    }

    @Test("a NIK that disagrees with the recorded sex is refused")
    func sexMismatch() throws {
        let nik = try NIK.parse("3273015204980001").get()
        #expect(nik.problems(sex: .male, birthDate: Fixture.day(1998, 4, 12), knownProvince: known) == [.sexMismatch])
        let man = try NIK.parse("3273011204980001").get()
        #expect(man.problems(sex: .female, birthDate: Fixture.day(1998, 4, 12), knownProvince: known) == [.sexMismatch])
    }

    @Test("a NIK that disagrees with the recorded birth date is refused")
    func birthDateMismatch() throws {
        let nik = try NIK.parse("3273015204980001").get()
        #expect(nik.problems(sex: .female, birthDate: Fixture.day(1998, 4, 13), knownProvince: known) == [.birthDateMismatch])
        #expect(nik.problems(sex: .female, birthDate: Fixture.day(1998, 5, 12), knownProvince: known) == [.birthDateMismatch])
        #expect(nik.problems(sex: .female, birthDate: Fixture.day(1997, 4, 12), knownProvince: known) == [.birthDateMismatch])
    }

    @Test("the century comes from the birth date: only the last two year digits must agree")
    func century() throws {
        let nik = try NIK.parse("3273011204050001").get()
        #expect(nik.problems(sex: .male, birthDate: Fixture.day(2005, 4, 12), knownProvince: known).isEmpty)
        #expect(nik.problems(sex: .male, birthDate: Fixture.day(1905, 4, 12), knownProvince: known).isEmpty)
    }

    @Test("an unknown province code is refused")
    func unknownProvince() throws {
        let nik = try NIK.parse("9973015204980001").get()
        #expect(nik.problems(sex: .female, birthDate: Fixture.day(1998, 4, 12), knownProvince: known) == [.unknownProvince])
    }

    @Test("serial 0000 is refused")
    func zeroSerial() throws {
        let nik = try NIK.parse("3273015204980000").get()
        #expect(nik.problems(sex: .female, birthDate: Fixture.day(1998, 4, 12), knownProvince: known) == [.zeroSerial])
    }

    @Test("a NIK is kept as a number and printed back with its leading zeros, masked for screens")
    func numberAndMask() throws {
        let nik = try NIK.parse("1173015204980001").get()
        #expect(nik.value == 1_173_015_204_980_001)
        #expect(nik.description == "1173015204980001")
        #expect(nik.masked == "1173********0001")
    }

    // Through registration

    @Test("registration accepts a NIK whose province differs from the recorded province of origin")
    func provinceMayDiffer() {
        var desk = Desk()
        let w = desk.register(province: "33", nikProvince: "32")
        #expect(desk.status(w) == .registered)
    }

    @Test("registration refuses an unknown NIK province even when the recorded province is known")
    func registrationUnknownProvince() {
        var desk = Desk()
        let reasons = desk.refusals(.registerWorker(WorkerDraft(
            nik: "9973015204980001", name: "Siti Aminah", sex: .female, birthDate: Fixture.day(1998, 4, 12), province: "32")))
        #expect(reasons == [.nik(.unknownProvince)])
    }

    @Test("registration reports every NIK disagreement at once")
    func registrationListsAll() {
        var desk = Desk()
        let reasons = desk.refusals(.registerWorker(WorkerDraft(
            nik: "9973015204980000", name: "Siti Aminah", sex: .male, birthDate: Fixture.day(1998, 4, 13), province: "32")))
        #expect(Set(reasons) == [.nik(.unknownProvince), .nik(.birthDateMismatch), .nik(.sexMismatch), .nik(.zeroSerial)])
    }

    @Test("registration refuses full-width digits")
    func registrationFullWidth() {
        var desk = Desk()
        let reasons = desk.refusals(.registerWorker(WorkerDraft(
            nik: "３２７３０１５２０４９８０００１", name: "Siti Aminah", sex: .female, birthDate: Fixture.day(1998, 4, 12),
            province: "32")))
        #expect(reasons == [.nik(.notDigits)])
    }

    @Test("the same NIK twice is refused as a duplicate naming the first record")
    func duplicateNIK() {
        var desk = Desk()
        let first = desk.register(name: "Siti Aminah")
        let reasons = desk.refusals(.registerWorker(WorkerDraft(
            nik: Fixture.nik(sex: .female, birth: Fixture.day(1998, 4, 12), serial: 1), name: "Dewi Lestari",
            sex: .female, birthDate: Fixture.day(1998, 4, 12), province: "33")))
        #expect(reasons == [.duplicateNIK(existing: first)])
    }

    @Test("changing a worker's NIK to another worker's is refused; to a fresh one is accepted")
    func updateNIK() {
        var desk = Desk()
        _ = desk.register()
        let second = desk.register()
        let taken = Fixture.nik(sex: .female, birth: Fixture.day(1998, 4, 12), serial: 1)
        #expect(desk.refusals(.updateWorker(WorkerUpdate(worker: second, nik: taken))) == [.duplicateNIK(existing: RecordID(.worker, 1))])
        let fresh = Fixture.nik(province: "33", sex: .female, birth: Fixture.day(1998, 4, 12), serial: 99)
        desk.run(.updateWorker(WorkerUpdate(worker: second, nik: fresh)))
        // The old NIK is free again for someone else.
        let old = Fixture.nik(sex: .female, birth: Fixture.day(1998, 4, 12), serial: 2)
        desk.run(.registerWorker(WorkerDraft(nik: old, name: "Rina", sex: .female, birthDate: Fixture.day(1998, 4, 12),
                                             province: "32")))
        #expect(desk.refusals(.registerWorker(WorkerDraft(nik: fresh, name: "Rini", sex: .female,
            birthDate: Fixture.day(1998, 4, 12), province: "32"))) == [.duplicateNIK(existing: second)])
    }

    @Test("changing the sex so it no longer agrees with the stored NIK is refused")
    func updateSexMismatch() {
        var desk = Desk()
        let w = desk.register(sex: .female)
        #expect(desk.refusals(.updateWorker(WorkerUpdate(worker: w, sex: .male))) == [.nik(.sexMismatch)])
    }
}
