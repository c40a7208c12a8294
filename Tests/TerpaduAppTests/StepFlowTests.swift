import Foundation
import Testing
import TerminalUI
import TerpaduCore
import TerpaduStore
import TerpaduTestSupport
@testable import TerpaduApp

/// The steps of the cycle from the desk, by keys: the forms, picking a worker for a record, marked
/// attendees sent together, the results sheet, and refusals reaching the screen as words.
@Suite struct StepFlowTests {
    func desk(_ dir: TempDir, _ language: Language = .en, size: Size = Size(width: 80, height: 24),
              role: Role = .operator) throws -> DeskDriver {
        let desk = DeskDriver(data: try directoryWithRecords(dir), role: role, language: language, size: size)
        #expect(desk.settle { $0.workers.page != nil })
        return desk
    }

    func open(_ desk: DeskDriver, _ command: String) {
        desk.press(.char(":"))
        desk.type(command)
        desk.press(.enter)
        desk.settle { $0.records.detail?.detail != nil || $0.card?.card != nil }
    }

    /// Nurul into cohort 1 from her card (`C`), then its results sheet (Siti's row there is done).
    func openSheetWithNurul(_ desk: DeskDriver, sourceLocation: SourceLocation = #_sourceLocation) {
        open(desk, "worker 4")
        desk.press(.char("C"))
        desk.type("1")
        desk.press(.function(2))
        #expect(desk.settle { $0.text(contains: "saved: Enrol in a cohort · W-000004") }, sourceLocation: sourceLocation)
        open(desk, "cohort 1")
        desk.press(.char("r"))
        #expect(desk.settle { $0.resultSheet?.sheet != nil }, sourceLocation: sourceLocation)
    }

    func attendees(_ desk: DeskDriver) -> [RecordID] {
        guard case .fair(_, let page)? = desk.model.records.detail?.detail else { return [] }
        return page.rows.map(\.worker)
    }

    @Test func aWorkerFoundByNameIsAddedToTheFairAndTheOperatorIsBackOnIt() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir)
        open(desk, "fair 2")
        desk.press(.char("a"))
        #expect(desk.model.place == .pane(.workers))
        #expect(desk.screen[22].contains("add an attendee to JF-000002"))
        // The search is open already: the name is typed straight away, and one match is picked by Enter.
        desk.type("nurul")
        #expect(desk.settle { $0.workers.total == 1 && !$0.workers.searching })
        desk.press(.enter)
        #expect(desk.settle { $0.place == .record(RecordID(.jobFair, 2)) && self.attendees(desk).contains(RecordID(.worker, 4)) })
        #expect(desk.text.contains("saved: add an attendee to JF-000002 · W-000004"))
        // The Workers list has its own search back (none).
        #expect(desk.model.workers.query.text.isEmpty && desk.model.picking == nil)
    }

    @Test func someoneNewRegisteredAtTheFairIsAddedToIt() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir)
        open(desk, "fair 2")
        desk.press(.char("n"))
        #expect(desk.model.place == .workerForm)
        desk.type("3203014508990003")
        desk.press(.tab)
        desk.type("Siti Nurhaliza")
        desk.press(.function(2))
        #expect(desk.settle { $0.place == .record(RecordID(.jobFair, 2)) && self.attendees(desk).count == 1 })
        #expect(desk.text.contains("Siti Nurhaliza"))
    }

    @Test func escWhilePickingGoesBackWithoutAddingAnyone() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir)
        open(desk, "fair 2")
        desk.press(.char("a"), .escape)
        #expect(desk.model.place == .record(RecordID(.jobFair, 2)))
        #expect(desk.model.picking == nil)
        desk.quiet()
        #expect(attendees(desk).isEmpty)
    }

    @Test func markedAttendeesAreEnrolledTogetherAndEachRefusalIsListedWithItsReason() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir, size: Size(width: 120, height: 40))
        open(desk, "fair 1")
        // Siti (already enrolled, with a result) and Budi (working abroad) are refused; Dewi is home.
        let rows = attendees(desk)
        #expect(rows.count == 3)
        desk.press(.char("m"), .char("m"), .char("m"))
        #expect(desk.model.records.detail?.marked.count == 3)
        #expect(desk.text.contains("Attendees · 3 marked"))
        desk.press(.char("e"))
        #expect(desk.text.contains("Enrol in a cohort · 3 marked"))
        desk.type("1")
        desk.press(.function(2))
        #expect(desk.settle { if case .report = $0.overlay { return true } else { return false } })
        let screen = desk.text
        #expect(screen.contains("Enrol in a cohort: 3 refused"))
        #expect(screen.contains("W-000001") && screen.contains("W-000002"))
        #expect(desk.screen.contains { $0.contains("W-000002") && $0.contains("working") })
        // Any key closes the list; the marks stay, since nothing was sent for them.
        desk.press(.escape)
        #expect(desk.model.overlay.isNone)
    }

    @Test func aNewCohortOpensAndItsResultsAreTypedOnASheetRowAfterRow() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir, size: Size(width: 120, height: 40))
        desk.press(.char("4"), .char("n"))
        #expect(desk.text.contains("Create a training cohort"))
        desk.type("caregiver")
        desk.press(.enter)
        desk.type("BLK Cianjur")
        desk.press(.tab, .tab)
        // Ends in sixty days, typed the Indonesian way.
        desk.type(desk.model.strings.format.typedDay(desk.model.today.adding(days: 60)))
        desk.press(.function(2))
        let cohort = RecordID(.cohort, 2)
        #expect(desk.settle { $0.place == .record(cohort) && $0.records.detail?.detail != nil }, "\(desk.text)")
        // `a` picks Nurul for it.
        desk.press(.char("a"))
        desk.type("nurul")
        #expect(desk.settle { $0.workers.total == 1 && !$0.workers.searching })
        desk.press(.enter)
        #expect(desk.settle { $0.records.detail?.detail?.subTotal == 1 })
        desk.press(.char("r"))
        #expect(desk.settle { $0.resultSheet?.sheet != nil })
        desk.type("92")
        desk.press(.tab)
        desk.type("81")
        desk.press(.tab, .char(" "), .tab)
        desk.type("BNSP-7")
        desk.press(.function(2))
        #expect(desk.settle { $0.resultSheet?.sheet?.rows.first?.locked == true })
        #expect(desk.text.contains("saved: Results · 1 workers"))
        desk.press(.escape)
        #expect(desk.settle { $0.place == .record(cohort) && $0.records.detail?.detail != nil })
        #expect(desk.settle { $0.text(contains: "BNSP-7") }, "\(desk.text)")
    }

    @Test func quittingWithResultsTypedAndNotSavedAsksFirst() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir, size: Size(width: 120, height: 40))
        openSheetWithNurul(desk)
        desk.type("92")
        desk.press(.function(10))
        guard case .confirmQuit = desk.model.overlay else {
            Issue.record("F10 with a score typed should ask before quitting: \(desk.text)")
            return
        }
        #expect(!desk.quitAsked)
        // "No" keeps the sheet and what was typed.
        desk.press(.char("n"))
        #expect(desk.model.overlay.isNone && desk.model.resultSheet?.sheet?.isChanged == true)
    }

    @Test func aResultWithoutAScoreStaysOnTheSheetMarked() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir, size: Size(width: 120, height: 40))
        openSheetWithNurul(desk)
        // Siti's row has a result and is locked: the cursor starts on Nurul's.
        #expect(desk.model.resultSheet?.sheet?.rows.first?.locked == true)
        desk.type("90")
        desk.press(.function(2))
        #expect(desk.model.resultSheet?.sheet?.focusedError == "required")
        #expect(desk.screen[38].contains("required"))
    }

    @Test func aRefusalFromTheCoreLandsBesideTheFieldItIsAbout() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir)
        open(desk, "worker 1")
        desk.press(.char("l"))
        #expect(desk.text.contains("Apply for a KUR loan · W-000001"))
        desk.type("bri")
        desk.press(.enter)
        desk.type("250000000")
        desk.press(.function(2))
        #expect(desk.settle { $0.stepForm?.form.error(for: "amount") != nil })
        #expect(line(desk.screen, "Amount").contains("Rp"))
        #expect(desk.model.place == .step(.workers))
    }

    @Test func theDocumentsChecklistOpensEachMissingDocumentInTurn() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir)
        open(desk, "worker 4")
        desk.press(.char("d"))
        #expect(desk.model.place == .documents(RecordID(.worker, 4)))
        #expect(line(desk.screen, "passport").hasPrefix(" ▸1 ✗ passport"))
        #expect(line(desk.screen, "work visa").contains("no work visa is recorded"))
        #expect(desk.screen.contains { $0.contains("missing or not valid on departure") })
        desk.press(.enter)
        #expect(line(desk.screen, "Kind").contains("passport"))
        desk.type("C9876543")
        desk.press(.tab, .tab)
        desk.type("01-06-2031")
        desk.press(.function(2))
        // Back on the checklist, the passport confirmed and the cursor on the next one missing.
        #expect(desk.settle { $0.place == .documents(RecordID(.worker, 4)) && $0.text(contains: "✓ passport") })
        #expect(line(desk.screen, "passport").contains("expires 1 Jun 2031"))
        #expect(line(desk.screen, "medical fitness").hasPrefix(" ▸2 ✗"))
        desk.press(.enter)
        #expect(line(desk.screen, "Kind").contains("medical fitness"))
        desk.press(.escape)
        // Any document by its number, whatever the cursor is on.
        desk.press(.char("6"))
        #expect(line(desk.screen, "Kind").contains("employment contract"))
        desk.press(.escape)
        desk.press(.escape)
        #expect(desk.model.place == .worker(RecordID(.worker, 4)))
    }

    /// A worker abroad: the card says when she left with every guard passed, not the guards judged
    /// again today (she is no longer "selected", she departed).
    @Test func aDepartedWorkersCardSaysWhenSheLeftInsteadOfTheGuards() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir, size: Size(width: 120, height: 40))
        open(desk, "worker 2")
        #expect(desk.settle { $0.text(contains: "departed on 2 Jun 2025: every guard passed that day") }, "\(desk.text)")
        #expect(!desk.text.contains("not selected for a job order"))
    }

    @Test func theDocumentsChecklistSpeaksIndonesian() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir, .id)
        open(desk, "worker 4")
        desk.press(.char("d"))
        #expect(desk.screen.contains { $0.contains("kurang atau tidak berlaku saat berangkat") })
        #expect(line(desk.screen, "visa kerja").contains("✗"))
        #expect(desk.screen[23].contains("Enter Catat") && desk.screen[23].contains("1–9 Per nomor"))
    }

    @Test func aSupervisorPressingAStepKeyOnTheCardIsToldWhyNothingOpens() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir, role: .supervisor)
        open(desk, "worker 4")
        desk.press(.char("d"))
        #expect(desk.model.place == .worker(RecordID(.worker, 4)))
        #expect(desk.screen[22].contains("read-only") && desk.screen[22].contains("record a document"))
    }

    @Test func aSupervisorCannotOpenAStepAndIsToldWhy() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir, role: .supervisor)
        desk.press(.char("3"))
        desk.settle { $0.records.jobFairs.fairs.page != nil }
        #expect(!desk.screen[23].contains("New"))
        open(desk, "fair 1")
        desk.press(.char("a"))
        #expect(desk.model.picking == nil && desk.model.place == .record(RecordID(.jobFair, 1)))
    }

    @Test func theFormsSpeakIndonesianAndFitAtBothSizes() throws {
        for size in [Size(width: 80, height: 24), Size(width: 160, height: 48)] {
            let dir = TempDir()
            defer { dir.remove() }
            let desk = try desk(dir, .id, size: size)
            desk.press(.char("5"), .char("n"))
            let screen = desk.screen
            #expect(screen.contains { $0.contains("Buat job order") })
            #expect(line(screen, "Berbadan hukum").contains("*"), "\(desk.text)")
            #expect(screen.allSatisfy { TextLayout.width($0) <= size.width })
            #expect(screen[size.height - 1].contains("Simpan"))
        }
    }
}

extension DeskModel.Overlay {
    var isNone: Bool { if case .none = self { return true } else { return false } }
}

extension DeskModel {
    /// Whether the desk, drawn now, shows `text` somewhere.
    func text(contains text: String) -> Bool {
        var buffer = Buffer(size: size)
        DeskProgram().view(self, into: &buffer, at: ContinuousClock.now)
        return buffer.lines.contains { $0.contains(text) }
    }
}
