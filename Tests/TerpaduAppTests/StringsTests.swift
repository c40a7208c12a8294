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

@Suite struct CommandCompletionTests {
    @Test func workerIDsCompleteFromTheCountWithoutAScan() {
        let counts: [RecordKind: Int] = [.worker: 1_234]
        #expect(DeskCommands.idCompletions("worker W-00012", counts: counts).first == "worker W-000120")
        #expect(DeskCommands.idCompletions("worker W-00012", counts: counts).count == 10)
        #expect(DeskCommands.idCompletions("worker W-0012", counts: counts).first == "worker W-001200")
        #expect(DeskCommands.idCompletions("worker W-0099", counts: counts).isEmpty)
        #expect(DeskCommands.idCompletions("worker ", counts: counts).first == "worker W-000001")
        #expect(DeskCommands.idCompletions("fair JF-", counts: counts).isEmpty)
        #expect(DeskCommands.idCompletions("theme x", counts: counts).isEmpty)
    }
}

@Suite struct DepartureDocumentWordsTests {
    @Test func theNewDepartureAndAgencyRefusalsHaveWordsInBothLanguages() {
        let expiry = Day(year: 2026, month: 11, day: 20)!, departure = Day(year: 2026, month: 12, day: 1)!
        let lapsed = Refusal.documentExpired(kind: .socialSecurity, expiry: expiry, departure: departure)
        #expect(Strings.english.refusal(lapsed) == "BPJS Ketenagakerjaan expired on 20 Nov 2026, before the departure on 1 Dec 2026")
        #expect(Strings.indonesian.refusal(lapsed)
                == "BPJS Ketenagakerjaan habis berlaku 20 Nov 2026, sebelum keberangkatan 1 Des 2026")
        let late = Refusal.documentDatedAfterDeparture(kind: .workVisa, issued: departure, departure: expiry)
        #expect(Strings.english.refusal(late).contains("dated 1 Dec 2026, after the departure on 20 Nov 2026"))
        #expect(Strings.indonesian.refusal(late).contains("bertanggal 1 Des 2026"))
        let none = Refusal.noLicensedAgencies
        #expect(Strings.english.refusal(none).contains("terpadu reference load agencies"))
        #expect(Strings.indonesian.refusal(none).contains("belum ada daftar P3MI berizin"))
        for r in [Refusal.agencyLicenceUnknown(licence: "x"), .agencyLicenceMismatch(licence: "L-1", registeredTo: "PT A"),
                  .agencyLicenceNotValid(licence: "L-1", validFrom: expiry, validUntil: expiry, on: departure)] {
            #expect(Strings.english.refusal(r) != Strings.indonesian.refusal(r))
            #expect(!Strings.indonesian.refusal(r).isEmpty)
        }
    }
}
