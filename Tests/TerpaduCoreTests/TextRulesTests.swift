import Testing
@testable import TerpaduCore

private func id(_ text: String) -> RecordID { RecordID(parsing: text) ?? RecordID(.worker, 1) }
private let day = Day(number: 20_000)

/// One command of every kind with every string field set, each to its own value.
private let everyCommand: [Command] = [
    .registerWorker(WorkerDraft(nik: "3273015204980001", name: "t-name", sex: .female, birthDate: day, province: "32",
                                regency: "t-regency", village: "t-village", phone: "t-phone", education: "t-education")),
    .updateWorker(WorkerUpdate(worker: id("W-000001"), nik: "3273015204980001", name: "u-name", province: "32",
                               regency: "u-regency", village: "u-village", phone: "u-phone", education: "u-education")),
    .recordDocument(DocumentEntry(worker: id("W-000001"), kind: .passport, number: "t-number", issued: day)),
    .scheduleFair(FairDraft(kind: .jobFair, venue: "t-venue", regency: "f-regency", province: "32", date: day,
                            employers: ["t-e0", "t-e1"], jobOrders: [id("JO-000001")])),
    .recordAttendance(AttendanceEntry(fair: id("JF-000001"), worker: id("W-000001"), outcome: .attended)),
    .createJobOrder(JobOrderDraft(employer: "t-employer", country: "HK", job: "housekeeper", scheme: .pToP,
                                  agency: "t-agency", agencyLicence: "t-licence", quota: 1)),
    .createCohort(CohortDraft(program: "caregiver", provider: "t-provider", start: day, end: day, capacity: 1)),
    .enroll(CohortEnrollment(cohort: id("TC-000001"), worker: id("W-000001"))),
    .recordResult(TrainingResult(cohort: id("TC-000001"), worker: id("W-000001"), attendance: 90, score: 80, passed: true,
                                 certificateNumber: "t-cert")),
    .applyForLoan(LoanApplication(worker: id("W-000001"), bank: "BRI", amount: 1, rateBasisPoints: 600, tenorMonths: 12)),
    .decideLoan(LoanDecision(loan: id("LN-000001"), approved: true)),
    .disburseLoan(LoanStep(loan: id("LN-000001"), date: day)),
    .closeLoan(LoanClosure(loan: id("LN-000001"), repaid: true)),
    .recordOrientation(OrientationEntry(worker: id("W-000001"), date: day, certificateNumber: "o-cert")),
    .selectForJobOrder(Selection(worker: id("W-000001"), jobOrder: id("JO-000001"))),
    .recordDeparture(Departure(worker: id("W-000001"), date: day)),
    .openCase(CaseDraft(worker: id("W-000001"), type: .abuse, mission: "KJRI-HK", opened: day, summary: "t-summary")),
    .closeCase(CaseClosure(protectionCase: id("PC-000001"), resolution: .resolved, closed: day)),
    .recordCheckIn(CheckIn(worker: id("W-000001"), date: day, wellbeing: .well, note: "c-note")),
    .recordReturn(ReturnEntry(worker: id("W-000001"), date: day, reason: .leave)),
    .createProgram(ProgramDraft(kind: .umkmIncubation, name: "p-name", village: "p-village", regency: "p-regency",
                                province: "32", start: day, end: day, capacity: 1)),
    .enrollReturnee(ProgramEnrollmentEntry(program: id("RP-000001"), worker: id("W-000001"))),
    .recordOutcome(OutcomeEntry(program: id("RP-000001"), worker: id("W-000001"), businessStarted: true,
                                businessKind: "t-business")),
    .exitWorker(ExitEntry(worker: id("W-000001"), reason: .other, note: "x-note")),
    .resolveDuplicate(DuplicateResolution(review: id("DR-000001"), samePerson: false)),
    .correctEntry(CorrectionEntry(corrects: 1, correction: .amendResult(cohort: id("TC-000001"), worker: id("W-000001"),
                  attendance: 1, score: 1, passed: true, certificateNumber: "a-cert"), note: "k-note")),
    .revealNIK(NIKReveal(worker: id("W-000001"), purpose: "t-purpose")),
    .recordExport(ExportRecord(kind: "t-kind", rows: 1, revealed: false, destination: "t-destination")),
    .scheduleFair(FairDraft(kind: .education, venue: "e-venue", regency: "e-regency", province: "32", date: day,
                            village: "e-village", topic: "e-topic", headcount: 10)),
    .recordHeadcount(HeadcountEntry(fair: id("JF-000001"), headcount: 5)),
    .scheduleLiteracySession(LiteracySessionDraft(date: day, mission: "KJRI-HK", topic: "l-topic")),
    .recordLiteracyParticipation(LiteracyParticipation(session: id("LS-000001"), worker: id("W-000001"))),
    .recordHealthCoverage(HealthCoverageEntry(worker: id("W-000001"), insurer: "h-insurer", policyNumber: "h-policy",
                                              validFrom: day, validTo: day.adding(days: 30))),
    .recordLanguageTest(LanguageTestEntry(worker: id("W-000001"), level: .jlptN4, date: day, score: 100, passed: true)),
]

/// Every string a value holds, however deep, with the label it is held under.
private func strings(in value: Any, label: String = "") -> [(label: String, value: String)] {
    if let s = value as? String { return [(label, s)] }
    var out: [(label: String, value: String)] = []
    for child in Mirror(reflecting: value).children {
        // An Optional's one child is labelled "some": the string keeps its field's label.
        out += strings(in: child.value, label: child.label.flatMap { $0 == "some" ? nil : $0 } ?? label)
    }
    return out
}

/// Strings that are codes (looked up in reference data or parsed), not text anyone types freely.
private let codeLabels: Set<String> = ["nik", "province", "country", "job", "bank", "mission", "program"]

@Suite("The one rule for typed text")
struct TextRulesTests {
    @Test("what the rule keeps, tidies, empties and refuses")
    func outcomes() {
        let cases: [(String, TextRules.Cleaned)] = [
            ("Siti Aminah", .text("Siti Aminah")),
            ("  Siti   Aminah ", .text("Siti Aminah")),
            ("Siti\u{00A0}Aminah", .text("Siti Aminah")),
            ("Siti \u{3000} Aminah", .text("Siti Aminah")),
            ("Jose\u{0301}", .text("Jos\u{00E9}")),
            ("Si\u{200B}ti", .text("Si\u{200B}ti")),
            ("👩‍👩‍👧‍👦 Siti", .text("👩‍👩‍👧‍👦 Siti")),
            ("محمد", .text("محمد")),
            ("", .empty), ("   ", .empty), ("\u{200B}", .empty), (" \u{200B}\u{FEFF} ", .empty), ("\u{3164}", .empty),
            ("\u{00A0}", .empty), ("\u{FE0F}", .empty),
            ("Siti\tAminah", .forbidden), ("Siti\u{2028}Aminah", .forbidden), ("Siti\u{2029}", .forbidden),
            ("\u{202E}Siti", .forbidden), ("Siti\u{85}", .forbidden), ("\u{1B}[31m", .forbidden), ("Siti\n", .forbidden),
            ("Z" + String(repeating: "\u{0316}", count: 15), .text("Z" + String(repeating: "\u{0316}", count: 15))),
            ("Z" + String(repeating: "\u{0316}", count: 16), .overlongCharacter),
        ]
        for (typed, expected) in cases {
            let got = TextRules.clean(typed)
            #expect(got == expected, "\(typed.debugDescription)")
            // Stored bytes are NFC, not merely equal as Swift compares.
            if case .text(let t) = got, case .text(let e) = expected { #expect(Array(t.utf8) == Array(e.utf8)) }
        }
    }

    @Test("the rule is idempotent: what it stores, it stores again unchanged")
    func idempotent() {
        let pieces = ["a", " ", "  ", "\u{00A0}", "\u{200B}", "\u{0301}", "é", "e\u{0301}", "\u{3000}", "👩‍👧", "ﬁ", "Ａ", "\u{FEFF}"]
        var rng = SplitMix(seed: 8)
        for _ in 0..<5_000 {
            let typed = (0..<rng.below(8)).map { _ in pieces[rng.below(pieces.count)] }.joined()
            guard case .text(let once) = TextRules.clean(typed) else { continue }
            #expect(TextRules.clean(once) == .text(once), "\(typed.debugDescription)")
            if case .text(let twice) = TextRules.clean(once) { #expect(Array(twice.utf8) == Array(once.utf8)) }
        }
    }

    @Test("every free-text field of every command is in Command.freeText, and nothing else is")
    func freeTextCoversEveryStringField() {
        #expect(everyCommand.count == 34)  // every command but loadReference (scheduleFair twice) (reference data has its own checks)
        for command in everyCommand {
            let typed = strings(in: command).filter { !codeLabels.contains($0.label) }.map(\.value)
            #expect(command.freeText.map(\.value).sorted() == typed.sorted(), "\(command.name)")
        }
    }

    @Test("the core stores what the rule makes of the text, and changes(in:) says exactly that")
    func storedTextAndItsChanges() {
        var desk = Desk()
        let register = Command.registerWorker(WorkerDraft(
            nik: desk.nextNIK(sex: .female, birth: Fixture.day(1998, 4, 12)), name: " Siti\u{00A0}Aminah ", sex: .female,
            birthDate: Fixture.day(1998, 4, 12), province: "32", regency: "Kota  Bandung", village: "  ", phone: "0812"))
        let events = desk.run(register)
        guard case .workerRegistered(let r)? = events.first?.body else { Issue.record("not registered"); return }
        #expect(r.name == "Siti Aminah" && r.regency == "Kota Bandung" && r.village == nil && r.phone == "0812")
        #expect(TextRules.changes(in: register) == [
            TextChange(field: "name", from: " Siti\u{00A0}Aminah ", to: "Siti Aminah"),
            TextChange(field: "regency", from: "Kota  Bandung", to: "Kota Bandung"),
            TextChange(field: "village", from: "  ", to: ""),
        ])
        // NFD is the same text as NFC: stored as NFC, no change to tell.
        #expect(TextRules.changes(in: .exitWorker(ExitEntry(worker: r.worker, reason: .other, note: "Jose\u{0301}"))).isEmpty)
        // A failed result keeps no certificate number, and says so.
        let failed = Command.recordResult(TrainingResult(cohort: id("TC-000001"), worker: r.worker, attendance: 50, score: 20,
                                                         passed: false, certificateNumber: "BNSP-1"))
        #expect(TextRules.changes(in: failed) == [TextChange(field: "certificateNumber", from: "BNSP-1", to: "")])
        let fair = Command.scheduleFair(FairDraft(kind: .jobFair, venue: "GOR", regency: "Bandung", province: "32", date: day,
                                                  employers: ["A", " B "]))
        #expect(TextRules.changes(in: fair) == [TextChange(field: "employers[1]", from: " B ", to: "B")])
    }

    @Test("names with nothing visible, line separators or piled marks are refused, naming the field")
    func refusals() {
        var desk = Desk()
        func refused(_ name: String) -> [Refusal] {
            let nik = desk.nextNIK(sex: .female, birth: Fixture.day(1998, 4, 12))
            return desk.refusals(.registerWorker(WorkerDraft(nik: nik, name: name, sex: .female,
                                                             birthDate: Fixture.day(1998, 4, 12), province: "32")))
        }
        #expect(refused("\u{200B}") == [.fieldRequired(field: "name")])
        #expect(refused("\u{3164}\u{3164}") == [.fieldRequired(field: "name")])
        #expect(refused("Siti\u{2028}Aminah") == [.fieldHasControlCharacters(field: "name")])
        #expect(refused("Z" + String(repeating: "\u{0301}", count: 40)).first.map {
            if case .fieldInvalid(let f, _) = $0 { return f == "name" }
            return false
        } == true)
    }
}

/// A small seeded generator (the core tests have no shared one).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
}
