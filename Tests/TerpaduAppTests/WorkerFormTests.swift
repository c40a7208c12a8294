import Foundation
import Testing
import TerminalUI
import TerpaduCore
import TerpaduStore
import TerpaduTestSupport
@testable import TerpaduApp

/// The registration and edit form, driven by keys through the real update and a real store.
@Suite struct WorkerFormTests {
    let names = ["Siti Rahayu", "Budi Santoso", "Dewi Lestari"]

    func openDesk(_ dir: TempDir, role: Role = .operator, language: Language = .en) throws -> DeskDriver {
        let desk = DeskDriver(data: try directoryWithWorkers(dir, names: names), role: role, language: language)
        desk.settle { $0.workers.page?.total == 3 }
        return desk
    }

    /// Opens the registration form and types a NIK and a name, as an operator copies them first.
    func startRegistration(_ desk: DeskDriver, nik: String, name: String) {
        desk.press(.char("n"))
        desk.type(nik)
        desk.press(.tab)
        desk.type(name)
    }

    /// The form's row for a field, as drawn.
    func row(_ desk: DeskDriver, _ label: String) -> String {
        desk.screen.first { $0.contains(label) } ?? ""
    }

    @Test func anImpossibleDateInTheNIKIsAnErrorAtTheNIKFieldThenTheCorrectedOneSaves() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try openDesk(dir)
        desk.press(.char("n"))
        #expect(desk.model.place == .workerForm)
        desk.type("3273017102980001")  // day 71: 31 February
        desk.press(.tab)
        #expect(row(desk, "NIK*").contains("← digits 7–12 of the NIK are not"))
        desk.type("Siti Aminah")
        desk.press(.function(2))
        #expect(desk.model.workerForm?.form.focusedID == "nik")
        #expect(desk.model.header.stages.preparation == 3)
        // Corrected: day 44 is the 4th, for a woman. Sex, birth date and province fill in.
        for _ in 0..<16 { desk.press(.backspace) }
        desk.type("3273014402980001")
        #expect(row(desk, "Sex*").contains("F female"))
        #expect(row(desk, "Birth date*").contains("04-02-1998"))
        #expect(row(desk, "Province*").contains("32 Jawa Barat"))
        #expect(!row(desk, "NIK*").contains("←"))
        desk.press(.function(2))
        #expect(desk.settle { $0.place == .worker(RecordID(.worker, 4)) && $0.card?.card != nil })
        #expect(desk.model.status?.text == "saved: registered W-000004")
        #expect(desk.model.header.stages.preparation == 4)
        #expect(desk.text.contains("Siti Aminah"))
        // Back from the card goes to the list, not into the form again.
        desk.press(.escape)
        #expect(desk.model.place == .pane(.workers))
    }

    @Test func aSexThatDisagreesWithTheNIKIsAnErrorAtTheSexField() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try openDesk(dir)
        startRegistration(desk, nik: "3273014402980001", name: "Siti Aminah")
        desk.press(.tab)
        desk.type("M")
        desk.press(.tab)
        #expect(row(desk, "Sex*").contains("M male"))
        #expect(row(desk, "Sex*").contains("← the NIK says another sex"))
        desk.press(.function(2))
        #expect(desk.model.workerForm?.form.focusedID == "sex")
        desk.quiet()
        #expect(desk.model.header.stages.preparation == 3)
    }

    @Test func datesAreTypedTheIndonesianWayOrISO() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try openDesk(dir)
        desk.press(.char("n"), .tab, .tab, .tab)
        #expect(desk.model.workerForm?.form.focusedID == "birthDate")
        desk.type("04/02/1998")
        #expect(desk.model.workerForm?.form.value("birthDate") == "1998-02-04")
        for _ in 0..<10 { desk.press(.backspace) }
        desk.type("1998-02-04")
        #expect(desk.model.workerForm?.form.value("birthDate") == "1998-02-04")
        for _ in 0..<10 { desk.press(.backspace) }
        desk.type("31-02-1998")
        desk.press(.tab)
        #expect(row(desk, "Birth date*").contains("← use DD-MM-YYYY"))
    }

    @Test func aProvinceIsPickedByTypingPartOfItsName() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try openDesk(dir)
        desk.press(.char("n"), .tab, .tab, .tab, .tab)
        #expect(desk.model.workerForm?.form.focusedID == "province")
        desk.type("jawa ti")
        #expect(desk.model.workerForm?.form.isPickListOpen == true)
        desk.press(.enter)
        #expect(desk.model.workerForm?.form.value("province") == "35")
        #expect(desk.model.workerForm?.form.focusedID == "regency")
    }

    @Test func aProvinceOtherThanTheNIKsIsNotedButNeverBlocks() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try openDesk(dir)
        startRegistration(desk, nik: "3273014402980001", name: "Siti Aminah")
        desk.press(.tab, .tab, .tab)
        for _ in 0..<4 { desk.press(.backspace) }
        desk.type("35")
        desk.press(.tab)
        #expect(desk.model.workerForm?.form.value("province") == "35")
        #expect(row(desk, "Province*").contains("NIK: Jawa Barat · allowed"))
        desk.press(.function(2))
        #expect(desk.settle { $0.card?.card?.detail.summary.province == "35" })
    }

    @Test func escLeavesAnUntouchedFormAtOnceAndAsksWhenSomethingWasTyped() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try openDesk(dir)
        desk.press(.char("n"), .escape)
        #expect(desk.model.place == .pane(.workers))
        desk.press(.char("n"))
        desk.type("32730144")
        desk.press(.escape)
        guard case .confirmDiscard = desk.model.overlay else { Issue.record("no question asked"); return }
        desk.press(.char("n"))
        #expect(desk.model.place == .workerForm)
        #expect(desk.model.workerForm?.form.text("nik") == "32730144")
        desk.press(.escape, .char("y"))
        #expect(desk.model.place == .pane(.workers))
        #expect(desk.model.workerForm == nil)
    }

    @Test func someoneWithTheSameNameAndBirthDateIsOfferedBeforeSaving() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try openDesk(dir)
        // Siti Rahayu (W-000001) was born on 1 January 1990; this is another NIK.
        startRegistration(desk, nik: "3273014101900099", name: "siti rahayu")
        desk.press(.tab)
        #expect(desk.settle { $0.workerForm?.lookalike?.id == RecordID(.worker, 1) })
        desk.press(.function(2))
        #expect(desk.model.status?.text.contains("W-000001 Siti Rahayu has this name and birth date") == true)
        desk.quiet()
        #expect(desk.model.header.stages.preparation == 3)
        desk.press(.function(2))
        #expect(desk.settle { $0.header.stages.preparation == 4 })
    }

    @Test func editingThePhoneSavesOnlyThePhone() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let data = try directoryWithWorkers(dir, names: names)
        let desk = DeskDriver(data: data)
        desk.settle { $0.workers.page?.total == 3 }
        desk.press(.enter)
        desk.settle { $0.card?.card != nil }
        desk.press(.char("e"))
        #expect(row(desk, "NIK").contains("3273********0001"))
        desk.model.workerForm?.form.focus("phone")
        desk.type("081234567890")
        desk.press(.function(2))
        #expect(desk.settle { $0.status?.text == "saved: W-000001 updated" && $0.card?.card?.detail.summary.phone == "081234567890" })
        let rows = try Journal(path: data + "/journal.sqlite", access: .readOnly).rows(forRecord: "W-000001")
        #expect(rows.last?.kind == "workerUpdated")
        #expect(rows.last?.payload.contains("081234567890") == true)
        #expect(rows.last?.payload.contains("\"name\"") == false)
    }

    @Test func aConflictingEditShowsWhoChangedWhatAndTheSecondSaveKeepsBoth() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let data = try directoryWithWorkers(dir, names: names)
        let desk = DeskDriver(data: data)
        desk.settle { $0.workers.page?.total == 3 }
        desk.press(.enter)
        desk.settle { $0.card?.card != nil }
        desk.press(.char("e"))
        desk.model.workerForm?.form.focus("village")
        desk.type("Cibiru")
        // Meanwhile another operator changes her phone.
        let other = try openStore(dir, op: "budi")
        _ = other.execute(.updateWorker(WorkerUpdate(worker: RecordID(.worker, 1), phone: "0811111111")))
        other.close()
        desk.press(.function(2))
        #expect(desk.settle { $0.workerForm?.conflict != nil && $0.status?.text.contains("changed by budi") == true })
        #expect(desk.model.status?.text.contains("phone") == true)
        #expect(desk.settle { $0.workerForm?.form.text("phone") == "0811111111" })
        #expect(desk.model.workerForm?.form.text("village") == "Cibiru")
        desk.press(.function(2))
        #expect(desk.settle { $0.card?.card?.detail.summary.village == "Cibiru" && $0.workerForm == nil })
        #expect(desk.model.card?.card?.detail.summary.phone == "0811111111")
    }

    @Test func aSupervisorCannotOpenTheForm() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try openDesk(dir, role: .supervisor)
        desk.press(.char("n"))
        #expect(desk.model.place == .pane(.workers))
        #expect(desk.model.status?.text == "read-only: supervisors cannot register")
    }

    @Test func theIndonesianFormSpeaksIndonesian() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try openDesk(dir, language: .id)
        desk.press(.char("n"))
        desk.type("3273014402980001")
        #expect(row(desk, "Jenis kelamin*").contains("P perempuan"))
        #expect(row(desk, "Tanggal lahir*").contains("04-02-1998"))
        desk.press(.tab, .tab)
        #expect(row(desk, "Nama*").contains("← wajib diisi"))
    }
}
