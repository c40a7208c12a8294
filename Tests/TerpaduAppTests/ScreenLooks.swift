import Foundation
import Testing
import TerminalUI
import TerpaduCore
import TerpaduStore
import TerpaduTestSupport
@testable import TerpaduApp

/// One way the desk is seen: a language and a terminal size. Screen tests run at each of the four.
struct Look: Sendable, CustomTestStringConvertible {
    let language: Language
    let size: Size

    static let all = [Look(language: .en, size: Size(width: 80, height: 24)), Look(language: .en, size: Size(width: 160, height: 48)),
                      Look(language: .id, size: Size(width: 80, height: 24)), Look(language: .id, size: Size(width: 160, height: 48))]

    var testDescription: String { "\(language.rawValue) \(size.width)×\(size.height)" }
    var small: Bool { size.width == 80 }

    /// The English or the Indonesian words, as this look's screen should show them.
    func w(_ en: String, _ id: String) -> String { language == .en ? en : id }

    /// The footer of a form: F2 saves, Esc goes back (both languages' words).
    var formFooter: [String] { [w("F2/^S Save", "F2/^S Simpan"), w("Esc Back", "Esc Kembali"), w("F1 Help", "F1 Bantuan")] }
}

/// Today in Jakarta as a date field shows it (typed the Indonesian way, DD-MM-YYYY), worked out
/// from the clock here rather than by the desk's own formatting.
func typedToday() -> String {
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = TimeZone(identifier: "Asia/Jakarta")
    f.dateFormat = "dd-MM-yyyy"
    return f.string(from: Date())
}

/// The day the desk calls today (its clock is the real one, not the fixtures' fixed one).
func deskToday() -> Day {
    OfficeCalendar.jakarta.day(atMillis: Int64(Date().timeIntervalSince1970 * 1000))
}

/// Every line exactly the screen's width, as many lines as it is high, and the frame of a form or
/// sheet (when one is drawn) closed at the right edge: nothing is drawn past it.
func expectFits(_ screen: [String], _ look: Look, _ place: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(screen.count == look.size.height, "\(place): \(screen.count) lines", sourceLocation: sourceLocation)
    for (i, l) in screen.enumerated() where TextLayout.width(l) != look.size.width {
        Issue.record("\(place): line \(i) is \(TextLayout.width(l)) wide: \(l)", sourceLocation: sourceLocation)
    }
    if let top = screen.first(where: { $0.hasPrefix("┌") }) {
        #expect(top.hasSuffix("┐"), "\(place): the frame's top is cut: \(top)", sourceLocation: sourceLocation)
    }
}

/// The screen's lines that hold `text` (trimmed), for messages.
func lines(_ screen: [String], _ text: String) -> [String] { screen.filter { $0.contains(text) } }

/// The office of `directoryWithRecords` with the protection records of the placement stage and a
/// possible duplicate: Budi (working in Hong Kong) insured until 20 days from today and in a
/// financial literacy session; Siti with a JLPT N4 test passed; a legal-recruitment education
/// session that reached 140 people; Nurul and a second "Siti Rahayu" (same name and birth date,
/// another NIK: flagged for review) enrolled in the caregiver cohort beside Siti's result.
func directoryWithProtection(_ dir: TempDir) throws -> String {
    let data = try directoryWithRecords(dir)
    let store = try openStore(dir)
    defer { store.close() }
    // The store's clock is the fixtures' fixed day; the desk's is the real one, so the coverage
    // runs until 20 days after the real today (the dashboard's "lapsing" counts from it).
    let today = OfficeCalendar.jakarta.day(atMillis: fixedMillis)
    let budi = RecordID(.worker, 2), siti = RecordID(.worker, 1), nurul = RecordID(.worker, 4), later = RecordID(.worker, 5)
    let cohort = RecordID(.cohort, 1)
    let commands: [Command] = [
        .recordHealthCoverage(HealthCoverageEntry(worker: budi, insurer: "BPJS Kesehatan", policyNumber: "POL-2025-77",
                                                  validFrom: today.adding(days: -300), validTo: deskToday().adding(days: 20))),
        .scheduleLiteracySession(LiteracySessionDraft(date: today, mission: "kjriHongKong", topic: "Remitansi aman")),
        .recordLiteracyParticipation(LiteracyParticipation(session: RecordID(.literacySession, 1), worker: budi)),
        .recordLanguageTest(LanguageTestEntry(worker: siti, level: .jlptN4, date: today.adding(days: -20), score: 120, passed: true)),
        .scheduleFair(FairDraft(kind: .education, venue: "Balai Desa Sukamaju", regency: "Kab. Garut", province: "32",
                                date: today.adding(days: -1), employers: [], village: "Sukamaju", topic: "Bahaya calo")),
        .recordHeadcount(HeadcountEntry(fair: RecordID(.jobFair, 3), headcount: 140)),
        registration(420, name: "Siti Rahayu"),
        .enroll(CohortEnrollment(cohort: cohort, worker: nurul)),
        .enroll(CohortEnrollment(cohort: cohort, worker: later)),
    ]
    for c in commands {
        if case .failure(let why) = store.execute(c) { Issue.record("\(c.name) was refused: \(why)") }
    }
    return data
}

extension DeskDriver {
    /// `:` and a command (`fair 1`, `worker 2`), waiting for that record's detail or card to arrive.
    func go(_ command: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let parts = command.split(separator: " ")
        let kinds: [String: RecordKind] = ["fair": .jobFair, "cohort": .cohort, "order": .jobOrder, "program": .program,
                                           "loan": .loan, "case": .protectionCase, "worker": .worker]
        guard parts.count == 2, let kind = kinds[String(parts[0])], let n = Int(parts[1]) else {
            Issue.record("not a record: \(command)", sourceLocation: sourceLocation)
            return
        }
        let id = RecordID(kind, n)
        press(.char(":"))
        type(command)
        press(.enter)
        let arrived = settle { m in
            kind == .worker ? m.card?.id == id && m.card?.card != nil : m.records.detail?.id == id && m.records.detail?.detail != nil
        }
        #expect(arrived, "\(command) did not open", sourceLocation: sourceLocation)
    }

    /// The label of the field with focus in the open step form.
    var focusedLabel: String? {
        guard let form = model.stepForm?.form, let id = form.focusedID else { return nil }
        return form.field(id)?.label
    }
}
