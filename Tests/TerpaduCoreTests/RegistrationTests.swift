import Testing
@testable import TerpaduCore

@Suite("Registration and worker edits")
struct RegistrationTests {
    @Test("registering a worker gives the next ID, status registered in preparation, and counts them")
    func registers() {
        var desk = Desk()
        let events = desk.run(.registerWorker(WorkerDraft(
            nik: "3273015204980001", name: "  Siti   Aminah ", sex: .female, birthDate: Fixture.day(1998, 4, 12),
            province: "32", regency: "Kota Bandung", village: "Cibiru", phone: "+62 812-3456-7890", education: "SMA")))
        #expect(events.count == 1)
        guard case .workerRegistered(let r)? = events.first?.body else { Issue.record("no registration"); return }
        #expect(r.worker.description == "W-000001")
        #expect(r.name == "Siti Aminah")
        #expect(events.first?.operatorName == "op.bandung")
        #expect(events.first?.timeMillis == Fixture.millis(Fixture.startDay))
        #expect(desk.status(r.worker) == .registered)
        #expect(Status.registered.stage == .preparation)
        #expect(desk.state.version(of: r.worker) == 1)
        #expect(desk.count(.registered) == 1)
        desk.expectCountersHold()
    }

    @Test("a worker must be at least 18 on the day of registration")
    func ageAtRegistration() {
        var desk = Desk()
        let eighteenToday = Fixture.day(2008, 11, 2)
        desk.run(.registerWorker(WorkerDraft(nik: Fixture.nik(sex: .male, birth: eighteenToday, serial: 1), name: "Budi",
                                             sex: .male, birthDate: eighteenToday, province: "32")))
        let seventeen = Fixture.day(2008, 11, 3)
        #expect(desk.refusals(.registerWorker(WorkerDraft(nik: Fixture.nik(sex: .male, birth: seventeen, serial: 2),
            name: "Andi", sex: .male, birthDate: seventeen, province: "32"))) == [.underage(age: 17, minimum: 18)])
    }

    @Test("a birth date in the future is refused")
    func futureBirth() {
        var desk = Desk()
        let tomorrow = Fixture.startDay.adding(days: 1)
        #expect(desk.refusals(.registerWorker(WorkerDraft(nik: Fixture.nik(sex: .male, birth: tomorrow, serial: 1),
            name: "Andi", sex: .male, birthDate: tomorrow, province: "32"))) == [.birthDateInFuture])
    }

    @Test("an unknown province of origin is refused as an unknown reference")
    func unknownProvince() {
        var desk = Desk()
        #expect(desk.refusals(.registerWorker(WorkerDraft(nik: "3273015204980001", name: "Siti", sex: .female,
            birthDate: Fixture.day(1998, 4, 12), province: "99"))) == [.unknownReference(table: "province", code: "99")])
    }

    @Test("nothing can be registered before the reference data is loaded")
    func referenceFirst() {
        var desk = Desk(loadReference: false)
        #expect(desk.refusals(.registerWorker(WorkerDraft(nik: "3273015204980001", name: "Siti", sex: .female,
            birthDate: Fixture.day(1998, 4, 12), province: "32"))) == [.referenceNotLoaded])
    }

    @Test("reference data with problems is refused; good reference data is accepted")
    func referenceProblems() {
        var desk = Desk(loadReference: false)
        var bad = Fixture.reference
        bad.provinces.append(.init(code: "32", name: "Jawa Barat again"))
        #expect(desk.refusals(.loadReference(bad)).first?.code == "fieldInvalid")
        bad = Fixture.reference
        bad.loanTerms.ceiling = 0
        #expect(desk.refusals(.loadReference(bad)).first?.code == "fieldInvalid")
        desk.run(.loadReference(Fixture.reference))
        #expect(desk.state.referenceData == Fixture.reference)
    }

    @Test("a name with control characters is refused; an empty name is required; a long one is too long")
    func nameRules() {
        var desk = Desk()
        func draft(_ name: String) -> Command {
            .registerWorker(WorkerDraft(nik: "3273015204980001", name: name, sex: .female,
                                        birthDate: Fixture.day(1998, 4, 12), province: "32"))
        }
        #expect(desk.refusals(draft("Siti\u{1B}[2J")) == [.fieldHasControlCharacters(field: "name")])
        #expect(desk.refusals(draft("Siti\u{202E}Aminah")) == [.fieldHasControlCharacters(field: "name")])
        #expect(desk.refusals(draft("   ")) == [.fieldRequired(field: "name")])
        #expect(desk.refusals(draft(String(repeating: "a", count: 101))) == [.fieldTooLong(field: "name", max: 100)])
        desk.run(draft("Siti Aminah"))
    }

    @Test("a phone number may hold only digits, spaces, + and -")
    func phoneRules() {
        var desk = Desk()
        #expect(desk.refusals(.registerWorker(WorkerDraft(nik: "3273015204980001", name: "Siti", sex: .female,
            birthDate: Fixture.day(1998, 4, 12), province: "32", phone: "0812 call me"))).first?.code == "fieldInvalid")
    }

    @Test("updating a worker changes only the given fields, bumps the version and moves province counters")
    func update() throws {
        var desk = Desk()
        let w = desk.register(province: "32")
        desk.run(.updateWorker(WorkerUpdate(worker: w, expectedVersion: 1, name: "Siti Nurhaliza", province: "33",
                                            phone: "")))
        #expect(desk.state.version(of: w) == 2)
        let r = try #require(desk.state.workerRow(w))
        #expect(desk.state.strings[desk.state.workers.name[Int(r)]] == "Siti Nurhaliza")
        #expect(desk.state.workers.province[Int(r)] == 3)
        #expect(desk.state.workers.phone[Int(r)] == StringPool.absent)
        #expect(desk.state.strings[desk.state.workers.regency[Int(r)]] == "Kota Bandung")
        desk.expectCountersHold()
    }

    @Test("an update with a stale expected version is refused with the current version")
    func conflict() {
        var desk = Desk()
        let w = desk.register()
        desk.run(.updateWorker(WorkerUpdate(worker: w, expectedVersion: 1, village: "Cibiru")))
        #expect(desk.refusals(.updateWorker(WorkerUpdate(worker: w, expectedVersion: 1, village: "Ujungberung")))
                == [.conflict(record: w, expectedVersion: 1, currentVersion: 2)])
        #expect(desk.refusals(.recordDocument(DocumentEntry(worker: w, expectedVersion: 1, kind: .workVisa, issued: desk.today)))
                == [.conflict(record: w, expectedVersion: 1, currentVersion: 2)])
        desk.run(.recordDocument(DocumentEntry(worker: w, expectedVersion: 2, kind: .workVisa, issued: desk.today)))
    }

    @Test("an unknown worker is refused as an unknown record, whatever the step")
    func unknownRecord() {
        var desk = Desk()
        let ghost = RecordID(.worker, 42)
        #expect(desk.refusals(.updateWorker(WorkerUpdate(worker: ghost, name: "X"))) == [.unknownRecord(ghost)])
        #expect(desk.refusals(.recordDocument(DocumentEntry(worker: ghost, kind: .workVisa, issued: desk.today)))
                == [.unknownRecord(ghost)])
        #expect(desk.refusals(.exitWorker(ExitEntry(worker: ghost, reason: .personalChoice))) == [.unknownRecord(ghost)])
        #expect(desk.refusals(.revealNIK(NIKReveal(worker: ghost, purpose: "audit"))) == [.unknownRecord(ghost)])
        let wrongKind = RecordID(.jobOrder, 1)
        #expect(desk.refusals(.exitWorker(ExitEntry(worker: wrongKind, reason: .personalChoice))) == [.unknownRecord(wrongKind)])
    }

    @Test("an update may not make the worker younger than 18")
    func updateUnderage() {
        var desk = Desk()
        let w = desk.register(sex: .male, birth: Fixture.day(1998, 4, 12))
        #expect(desk.refusals(.updateWorker(WorkerUpdate(worker: w, birthDate: Fixture.day(2010, 4, 12))))
                == [.underage(age: 16, minimum: 18)])
    }

    @Test("revealing a NIK and exporting data are audited as events")
    func audits() {
        var desk = Desk()
        let w = desk.register()
        desk.run(.revealNIK(NIKReveal(worker: w, purpose: "verifikasi paspor")))
        #expect(desk.state.revealCount == 1)
        #expect(desk.refusals(.revealNIK(NIKReveal(worker: w, purpose: " "))) == [.fieldRequired(field: "purpose")])
        desk.run(.recordExport(ExportRecord(kind: "workers", rows: 1, revealed: false, destination: "/tmp/x.csv")))
        #expect(desk.state.exportCount == 1)
        #expect(desk.refusals(.recordExport(ExportRecord(kind: "workers", rows: -1, revealed: false))).first?.code == "fieldInvalid")
    }
}

@Suite("Record IDs and days")
struct RecordIDTests {
    @Test("IDs print with six digits, parse back case-insensitively, and compare numerically")
    func ids() {
        #expect(RecordID(.worker, 123).description == "W-000123")
        #expect(RecordID(.worker, 1_234_567).description == "W-1234567")
        #expect(RecordID(parsing: "w-000123") == RecordID(.worker, 123))
        #expect(RecordID(parsing: "JO-7") == RecordID(.jobOrder, 7))
        #expect(RecordID(parsing: "TC-000040", as: .worker) == nil)
        #expect(RecordID(parsing: "W-０００１") == nil)
        #expect(RecordID(parsing: "W-0") == nil)
        #expect(RecordID(parsing: "X-1") == nil)
        #expect(RecordID(.worker, 999_999) < RecordID(.worker, 1_000_000))
    }

    @Test("days parse strictly and know their ISO week")
    func days() {
        #expect(Day(iso: "2026-11-02") == Fixture.startDay)
        #expect(Day(iso: "2026-02-31") == nil)
        #expect(Day(iso: "２０２６-11-02") == nil)
        #expect(Fixture.startDay.isoWeekday == 1)
        #expect(Fixture.startDay.isoWeekLabel == "2026-W45")
        #expect(Fixture.day(2027, 1, 1).isoWeekLabel == "2026-W53")
        #expect(Fixture.day(2026, 11, 2).years(since: Fixture.day(2008, 11, 3)) == 17)
    }

    @Test("an event at 06:00 WIB falls on the office day, not the UTC day before")
    func officeDay() {
        let ms = OfficeCalendar.jakarta.startMillis(of: Fixture.startDay) + Int64(6 * 3600) * 1000
        #expect(OfficeCalendar.jakarta.day(atMillis: ms) == Fixture.startDay)
        #expect(OfficeCalendar(utcOffsetSeconds: 0).day(atMillis: ms) == Fixture.startDay.adding(days: -1))
    }
}

@Suite("A worker's page")
struct WorkerDetailTests {
    @Test("two pages are equal only when everything on them is")
    func equalityCoversEveryField() throws {
        var desk = Desk()
        let worker = desk.register()
        let page = try #require(desk.state.detail(worker, today: desk.today))
        #expect(page == page)
        var changed = page
        changed.openCases += 1
        #expect(changed != page)
        changed = page
        changed.training.append((cohort: RecordID(.cohort, 1), result: "passed"))
        #expect(changed != page)
        changed = page
        changed.returned = (date: desk.today, reason: .contractEnded)
        #expect(changed != page)
        changed = page
        changed.medicallyUnfit.toggle()
        #expect(changed != page)
    }
}
