import Foundation
import Testing
import TerminalUI
import TerpaduCore
import TerpaduStore
import TerpaduTestSupport
@testable import TerpaduApp

@Suite struct WorkersPaneTests {
    let names = ["Siti Rahayu", "Budi Santoso", "Dewi Lestari", "Nurul Hidayah", "Sítí Aminah"]

    @Test func theListShowsEveryWorkerWithTheNIKMasked() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = DeskDriver(data: try directoryWithWorkers(dir, names: names))
        #expect(desk.settle { $0.workers.page?.total == 5 })
        let screen = desk.screen
        #expect(screen[4].contains("5 found"))
        #expect(screen[5].hasPrefix("ID       Name"))
        #expect(screen[6].hasPrefix("W-000001 Siti Rahayu"))
        #expect(screen[6].contains("3273********0001"))
        #expect(!desk.text.contains("3273014101900001"))
    }

    @Test func searchingByNameFoldsCaseAndAccents() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = DeskDriver(data: try directoryWithWorkers(dir, names: names))
        desk.settle { $0.workers.page?.total == 5 }
        desk.press(.char("/"))
        desk.type("siti")
        // The typed text is on screen at once, before any answer.
        #expect(desk.screen[23].hasPrefix("/siti"))
        #expect(desk.settle { $0.workers.page?.total == 2 && !$0.workers.searching })
        #expect(desk.screen[6].contains("Siti Rahayu"))
        #expect(desk.screen[7].contains("Sítí Aminah"))
    }

    @Test func whileSearchingEveryPrintableKeyIsText() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = DeskDriver(data: try directoryWithWorkers(dir, names: names))
        desk.settle { $0.workers.page?.total == 5 }
        desk.press(.char("/"))
        desk.type("q?2:")
        #expect(!desk.quitAsked)
        #expect(desk.model.workers.search?.text == "q?2:")
        guard case .pane(.workers) = desk.model.place else { Issue.record("left the list"); return }
        if case .none = desk.model.overlay {} else { Issue.record("an overlay opened") }
    }

    @Test func aNIKPrefixFindsByNIK() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = DeskDriver(data: try directoryWithWorkers(dir, names: names))
        desk.settle { $0.workers.page?.total == 5 }
        desk.press(.char(":"))
        desk.type("nik 32730141")
        desk.press(.enter)
        #expect(desk.settle { $0.workers.page?.total == 1 && $0.workers.query.text == "32730141" })
        #expect(desk.screen[6].contains("Siti Rahayu"))
    }

    @Test func enterOpensTheCardAndEscGoesBack() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = DeskDriver(data: try directoryWithWorkers(dir, names: names))
        desk.settle { $0.workers.page?.total == 5 }
        desk.press(.down, .enter)
        #expect(desk.settle { $0.card?.card != nil })
        var text = desk.text
        #expect(text.contains("Workers › W-000002 Budi Santoso"))
        #expect(text.contains("Departure checklist"))
        #expect(text.contains("✗ not selected for a job order"))
        #expect(text.contains("✓ aged 18 or over"))
        #expect(text.contains("✗ no valid passport is recorded"))
        #expect(!text.contains("Timeline"))
        // At 80 columns the timeline takes the checklist's place on `t`; at 160 both are shown.
        desk.press(.char("t"))
        text = desk.text
        #expect(text.contains("Timeline"))
        #expect(text.contains("2 Jun 2025 10:00 · tester"))
        #expect(text.contains("registered as W-000002 (Budi"))
        desk.resize(160, 48)
        text = desk.text
        #expect(text.contains("Timeline") && text.contains("Departure checklist") && text.contains("Identity"))
        desk.press(.escape)
        #expect(desk.model.place == .pane(.workers))
        #expect(desk.model.card == nil)
        #expect(desk.model.workers.table.selected == 1)
    }

    @Test func revealIsRecordedInTheJournalBeforeTheNIKIsShown() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let data = try directoryWithWorkers(dir, names: names)
        let desk = DeskDriver(data: data)
        desk.settle { $0.workers.page?.total == 5 }
        desk.press(.enter)
        desk.settle { $0.card?.card != nil }
        #expect(!desk.text.contains("3273014101900001"))
        desk.press(.char("r"))
        #expect(desk.settle { $0.card?.revealedNIK != nil })
        #expect(desk.text.contains("3273014101900001"))
        #expect(desk.text.contains("the reveal is recorded in the journal"))
        let journal = try Journal(path: data + "/journal.sqlite", access: .readOnly)
        let rows = try journal.rows(forRecord: "W-000001")
        #expect(rows.last?.kind == "nikRevealed")
        #expect(rows.last?.operatorName == "siti")
        // Leaving the card forgets the NIK.
        desk.press(.escape, .enter)
        desk.settle { $0.card?.card != nil }
        #expect(!desk.text.contains("3273014101900001"))
    }

    @Test func aSupervisorSeesNoWriteKeysAndIsToldWhenTypingThem() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = DeskDriver(data: try directoryWithWorkers(dir, names: names), role: .supervisor)
        desk.settle { $0.workers.page?.total == 5 }
        #expect(!desk.screen[23].contains("New"))
        desk.press(.char(":"))
        desk.type("new worker")
        desk.press(.enter)
        #expect(desk.model.status?.text == "read-only: supervisors cannot register")
        desk.press(.enter)
        desk.settle { $0.card?.card != nil }
        #expect(!desk.screen[23].contains("Reveal"))
        desk.press(.char("r"))
        #expect(desk.model.status?.level == .error)
        desk.quiet()
        #expect(desk.model.card?.revealedNIK == nil)
    }

    @Test func anotherProcessesCommitMovesTheStageStrip() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = DeskDriver(data: try directoryWithWorkers(dir, names: names))
        desk.settle { $0.workers.page?.total == 5 }
        #expect(desk.model.header.stages.preparation == 5)
        let other = try openStore(dir, op: "budi")
        _ = other.execute(registration(40, name: "Wayan Sudarsana"))
        other.close()
        #expect(desk.settle { $0.header.stages.preparation == 6 && $0.workers.page?.total == 6 })
        #expect(desk.screen[1].contains("6"))
    }

    @Test func quickFiltersNarrowByProvinceStatusAndDestinationAndSayWhenACodeNamesNothing() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = DeskDriver(data: try directoryWithWorkers(dir, names: names))
        desk.settle { $0.workers.page?.total == 5 }
        func command(_ text: String) {
            desk.press(.char(":"))
            desk.type(text)
            desk.press(.enter)
        }
        command("province 35")
        #expect(desk.settle { $0.workers.page?.total == 0 && !$0.workers.searching })
        #expect(desk.screen[3].contains("Workers › Jawa Timur"))
        command("province jawa barat")
        #expect(desk.settle { $0.workers.page?.total == 5 && $0.workers.query.province == "32" })
        command("status certified")
        #expect(desk.settle { $0.workers.page?.total == 0 && $0.workers.query.status == .certified })
        command("status all")
        command("destination HK")
        #expect(desk.settle { $0.workers.page?.total == 0 && $0.workers.query.country == "HK" })
        command("province zz")
        #expect(desk.model.status?.text == "not found: zz")
        // `p` opens the command line with the filter's name typed, for Tab to complete.
        desk.press(.char("x"), .char("p"))
        guard case .command(let line) = desk.model.overlay else { Issue.record("no command line"); return }
        #expect(line.text == "province ")
    }
}
