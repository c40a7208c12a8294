import Testing
import TerpaduCore
@testable import TerpaduApp

@Suite struct FormattingTests {
    @Test func indonesianWritesDotsAndIndonesianMonths() {
        let f = Strings.indonesian.format
        #expect(f.number(1_234_567) == "1.234.567")
        #expect(f.rupiah(25_000_000) == "Rp25.000.000")
        #expect(f.day(Day(year: 2026, month: 12, day: 1)!) == "1 Des 2026")
    }

    @Test func englishWritesCommasAndEnglishMonths() {
        let f = Strings.english.format
        #expect(f.number(1_234_567) == "1,234,567")
        #expect(f.number(-950) == "-950")
        #expect(f.day(Day(year: 2026, month: 12, day: 1)!) == "1 Dec 2026")
    }

    @Test func bothLanguagesNameSixTabsAndEveryColumn() {
        for s in [Strings.english, Strings.indonesian] {
            #expect(s.shell.tabs.count == Pane.allCases.count)
            #expect(s.workers.columns.count == WorkerColumn.allCases.count)
            #expect(s.format.months.count == 12)
        }
    }
}
