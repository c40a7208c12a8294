import Foundation
import Testing
import TerminalUI
import TerpaduCore
import TerpaduStore
import TerpaduTestSupport
@testable import TerpaduApp

/// The line of `screen` holding `text` without its trailing blanks, or "" (so a missing line fails
/// the check that follows).
func line(_ screen: [String], _ text: String) -> String { screen.first { $0.contains(text) }.map(trimmed) ?? "" }

func trimmed(_ s: String) -> String { String(s.reversed().drop { $0 == " " }.reversed()) }

@Suite struct JobFairsPaneTests {
    func desk(_ dir: TempDir, _ language: Language = .en, size: Size = Size(width: 80, height: 24),
              role: Role = .operator) throws -> DeskDriver {
        let desk = DeskDriver(data: try directoryWithRecords(dir), role: role, language: language, size: size)
        desk.settle { $0.workers.page != nil }
        desk.press(.char("3"))
        #expect(desk.settle { $0.records.jobFairs.fairs.page?.total == 2 })
        return desk
    }

    @Test func theListShowsEachFairNewestFirstWithItsFunnelAt80Columns() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let screen = try desk(dir).screen
        #expect(screen[3].hasPrefix("Job fairs"))
        #expect(screen[4].contains("2 found"))
        #expect(screen[5].hasPrefix("ID") && screen[5].contains("Venue") && screen[5].contains("Came"))
        #expect(screen[6].hasPrefix("JF-000002") && screen[6].contains("Balai Desa"))
        let fair = screen[7]
        #expect(fair.hasPrefix("JF-000001") && fair.contains("23 May 2025") && fair.contains("Gedung Sate"))
        // Came 3, interviewed 2, shortlisted 1 (Siti was offered, so she counts at every level).
        #expect(trimmed(fair).hasSuffix("3        2        1"))
        #expect(screen.allSatisfy { TextLayout.width($0) <= 80 })
        #expect(screen[23].contains("/ Filter") && screen[23].contains("Enter Open") && screen[23].contains("s Sort"))
    }

    @Test func atFullWidthInIndonesianEveryColumnShows() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let screen = try desk(dir, .id, size: Size(width: 160, height: 48)).screen
        #expect(screen[3].hasPrefix("Bursa kerja"))
        #expect(screen[5].contains("Jenis") && screen[5].contains("Ditawari"))
        let fair = line(screen, "JF-000001")
        #expect(fair.contains("bursa kerja") && fair.contains("23 Mei 2025") && fair.contains("Kota Bandung, Jawa Barat"))
        #expect(line(screen, "JF-000002").contains("job canvassing"))
    }

    @Test func slashFiltersByVenueOrRegencyIgnoringCase() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir)
        desk.press(.char("/"))
        desk.type("SATE")
        #expect(desk.screen[23].hasPrefix("/SATE"))
        #expect(desk.settle { $0.records.jobFairs.fairs.page?.total == 1 && !$0.records.jobFairs.fairs.searching })
        #expect(desk.screen[6].contains("Gedung Sate"))
        #expect(desk.screen[3].contains("/SATE"))
        desk.press(.enter)
        // "kab. bandung" is the canvassing visit's regency.
        desk.press(.char("/"))
        for _ in 0..<4 { desk.press(.backspace) }
        desk.type("kab. band")
        #expect(desk.settle { $0.records.jobFairs.fairs.selectedID == RecordID(.jobFair, 2) && $0.records.jobFairs.fairs.total == 1 })
        desk.press(.escape)
        #expect(desk.settle { $0.records.jobFairs.fairs.total == 2 })
    }

    @Test func sortingByAttendeesPutsTheBusiestFirstAndSReverses() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir)
        // ID → kind → date → venue → place → attendees.
        for _ in 0..<5 { desk.press(.char("s")) }
        #expect(desk.settle { $0.records.jobFairs.fairs.query.sort == FairColumn.attendees.rawValue && $0.records.jobFairs.fairs.selectedID == RecordID(.jobFair, 1) })
        #expect(desk.screen[5].contains("Came ▼"))
        #expect(desk.screen[6].hasPrefix("JF-000001"))
        desk.press(.char("S"))
        #expect(desk.settle { $0.records.jobFairs.fairs.query.ascending && $0.records.jobFairs.fairs.selectedID == RecordID(.jobFair, 2) })
        #expect(desk.screen[5].contains("Came ▲"))
    }

    @Test func enterOpensTheFunnelAndAttendeesThenAWorkerAndEscComesBack() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir)
        desk.press(.down, .enter)
        #expect(desk.settle { $0.records.detail?.detail != nil })
        let screen = desk.screen
        #expect(trimmed(screen[3]) == "Job fairs › JF-000001 Gedung Sate")
        #expect(screen[4].contains("JF-000001 · job fair") && screen[4].contains("Funnel"))
        #expect(line(screen, "attended").hasSuffix("3"))
        #expect(line(screen, "interviewed ").hasSuffix("2"))
        #expect(line(screen, "shortlisted").hasSuffix("1"))
        #expect(line(screen, "offered ").hasSuffix("1"))
        #expect(line(screen, "Employers").contains("PT Sinar Jaya"))
        #expect(desk.text.contains("Attendees · 3"))
        #expect(line(screen, "W-000001").contains("Siti Rahayu") && line(screen, "W-000001").contains("offered"))
        #expect(line(screen, "W-000002").contains("Budi Santoso") && line(screen, "W-000002").contains("working"))
        #expect(screen[23].contains("Enter Worker") && screen[23].contains("Esc Back"))
        desk.press(.down, .enter)
        #expect(desk.settle { $0.card?.card?.detail.summary.id == RecordID(.worker, 2) })
        #expect(desk.model.place == .worker(RecordID(.worker, 2)))
        desk.press(.escape)
        #expect(desk.model.place == .record(RecordID(.jobFair, 1)))
        #expect(desk.model.records.detail?.table.selected == 1)
        #expect(desk.text.contains("Attendees · 3"))
        desk.press(.escape)
        #expect(desk.model.place == .pane(.jobFairs))
    }

    @Test func theCommandLineOpensAFairAndSaysWhenThereIsNone() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = DeskDriver(data: try directoryWithRecords(dir))
        desk.settle { $0.workers.page != nil }
        desk.press(.char(":"))
        desk.type("fair JF-000002")
        desk.press(.enter)
        #expect(desk.settle { $0.records.detail?.detail?.id == RecordID(.jobFair, 2) })
        #expect(desk.text.contains("JF-000002 · canvassing visit"))
        #expect(desk.text.contains("Attendees · 0"))
        #expect(desk.model.pane == .jobFairs)
        desk.press(.char(":"))
        desk.type("fair 99")
        desk.press(.enter)
        #expect(desk.settle { $0.status?.text == "not found: JF-000099" })
        #expect(desk.model.place == .record(RecordID(.jobFair, 2)))
        desk.press(.escape)
        #expect(desk.model.place == .pane(.workers))
    }
}
