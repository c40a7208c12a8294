import Foundation
import Testing
import TerminalUI
import TerpaduCore
import TerpaduStore
import TerpaduTestSupport
@testable import TerpaduApp

@Suite struct TrainingPaneTests {
    func desk(_ dir: TempDir, _ language: Language = .en, size: Size = Size(width: 80, height: 24)) throws -> DeskDriver {
        let desk = DeskDriver(data: try directoryWithRecords(dir), language: language, size: size)
        desk.settle { $0.workers.page != nil }
        desk.press(.char("4"))
        #expect(desk.settle { $0.records.training.cohorts.page?.total == 1 })
        return desk
    }

    @Test func theListShowsTheCohortWithItsCapacityAndPassRate() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let screen = try desk(dir).screen
        #expect(screen[4].contains("c Cohorts") && screen[4].contains("p Pass rate by program") && screen[4].contains("1 found"))
        #expect(screen[5].contains("Program") && screen[5].contains("Capacity") && screen[5].contains("Pass rate"))
        let cohort = screen[6]
        #expect(cohort.hasPrefix("TC-000001 Caregiver"))
        #expect(cohort.contains("1/20") && cohort.contains("19") && cohort.contains("100.0 %"))
        #expect(screen.allSatisfy { TextLayout.width($0) <= 80 })
    }

    @Test func atFullWidthInIndonesianTheProgramIsNamedInIndonesian() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let screen = try desk(dir, .id, size: Size(width: 160, height: 48)).screen
        let cohort = line(screen, "TC-000001")
        #expect(cohort.contains("Caregiver (Perawatan Lansia dan Orang Sakit)"))
        #expect(cohort.contains("BLK Bandung") && cohort.contains("100,0 %") && cohort.contains("3 Apr 2025"))
        #expect(screen[5].contains("Penyelenggara") && screen[5].contains("Kelulusan"))
    }

    @Test func theDetailShowsTheRosterWithEachResult() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir)
        desk.press(.enter)
        #expect(desk.settle { $0.records.detail?.detail != nil })
        let screen = desk.screen
        #expect(screen[4].contains("TC-000001 · Caregiver"))
        #expect(line(screen, "Provider").contains("BLK Bandung"))
        #expect(line(screen, "1 of 1 passed").hasPrefix(" Pass rate") && line(screen, "1 of 1 passed").contains("100.0 %"))
        #expect(line(screen, "Seats left").contains("19"))
        #expect(desk.text.contains("Roster · 1"))
        let entry = line(screen, "W-000001")
        #expect(entry.contains("Siti Rahayu") && entry.contains("passed") && entry.contains("95 %") && entry.contains("88"))
        desk.press(.escape)
        #expect(desk.model.place == .pane(.training))
    }

    @Test func pShowsThePassRateOfEachProgram() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir)
        desk.press(.char("p"))
        #expect(desk.settle { $0.records.training.passRates != nil })
        let screen = desk.screen
        #expect(screen[5].contains("Program") && screen[5].contains("Pass rate"))
        let caregiver = line(screen, "Caregiver (elderly")
        #expect(caregiver.contains("100.0 %"))
        #expect(screen[23].contains("c Cohorts") && !screen[23].contains("/ Filter"))
        desk.press(.char("c"))
        #expect(desk.screen[6].hasPrefix("TC-000001"))
    }

    /// Under the pass rates, each language level: tests recorded and passed, and passes in cohorts of
    /// the programs that teach it; a language program names its level.
    @Test func passRatesShowTheLanguageLevels() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let data = try directoryWithRecords(dir)
        let store = try openStore(dir)
        let today = OfficeCalendar.jakarta.day(atMillis: fixedMillis)
        for (worker, passed) in [(RecordID(.worker, 1), false), (RecordID(.worker, 1), true), (RecordID(.worker, 4), true)] {
            _ = try store.execute(.recordLanguageTest(LanguageTestEntry(worker: worker, level: .jftBasic, date: today, score: 200,
                                                                        passed: passed))).get()
        }
        _ = try store.execute(.createCohort(CohortDraft(program: "japaneseJftBasic", provider: "LPK Sakura", start: today,
                                                        end: today.adding(days: 60), capacity: 10))).get()
        store.close()
        let desk = DeskDriver(data: data, size: Size(width: 100, height: 40))
        desk.settle { $0.workers.page != nil }
        desk.press(.char("4"), .char("p"))
        #expect(desk.settle { $0.records.training.languageLevels != nil })
        let screen = desk.screen
        #expect(line(screen, "Japanese for JFT-Basic").contains("JFT-Basic"))
        #expect(screen.contains { $0.contains("Language levels: tests recorded") })
        let jft = screen.last { $0.hasPrefix("JFT-Basic") } ?? ""
        #expect(jft.split(separator: " ").suffix(3) == ["3", "2", "0"], "tests 3, passed 2, no cohort pass yet: \(jft)")
    }
}
