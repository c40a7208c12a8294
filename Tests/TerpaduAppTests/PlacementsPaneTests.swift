import Foundation
import Testing
import TerminalUI
import TerpaduCore
import TerpaduStore
import TerpaduTestSupport
@testable import TerpaduApp

@Suite struct PlacementsPaneTests {
    func desk(_ dir: TempDir, _ language: Language = .en, size: Size = Size(width: 80, height: 24),
              role: Role = .operator) throws -> DeskDriver {
        let desk = DeskDriver(data: try directoryWithRecords(dir), role: role, language: language, size: size)
        desk.settle { $0.workers.page != nil }
        desk.press(.char("5"))
        #expect(desk.settle { $0.records.placements.orders.page?.total == 2 })
        return desk
    }

    @Test func theOrdersListMarksTheOrderOutsideTheLaw() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let screen = try desk(dir).screen
        #expect(screen[4].contains("o Job orders") && screen[4].contains("c Protection cases") && screen[4].contains("l Open loans"))
        #expect(screen[5].contains("Employer") && screen[5].contains("Legal"))
        let welder = screen[6], legal = screen[7]
        #expect(welder.hasPrefix("JO-000002") && welder.contains("Hyundai Heavy") && welder.contains("South Korea") && welder.contains("✗"))
        #expect(legal.hasPrefix("JO-000001") && legal.contains("Chan Household") && legal.contains("2/10") && legal.contains("✓"))
        #expect(screen[23].contains("o Orders") && screen[23].contains("c Cases") && screen[23].contains("l Loans"))
        #expect(screen.allSatisfy { TextLayout.width($0) <= 80 })
    }

    /// Countries sort by the name on screen: Germany before Japan in English, Jepang before Jerman in
    /// Indonesian.
    @Test func ordersSortByCountryInTheDesksLanguage() throws {
        for (language, expected) in [(Language.en, ["Germany", "Hong Kong", "Japan", "South Korea"]),
                                     (.id, ["Hong Kong", "Jepang", "Jerman", "Korea Selatan"])] {
            let dir = TempDir()
            defer { dir.remove() }
            let data = try directoryWithRecords(dir)
            let store = try openStore(dir)
            for country in ["DE", "JP"] {
                _ = try store.execute(.createJobOrder(JobOrderDraft(employer: "Gov \(country)", country: country, job: "caregiver",
                                                                    scheme: .gToG, quota: 5))).get()
            }
            store.close()
            let desk = DeskDriver(data: data, language: language, size: Size(width: 120, height: 30))
            desk.settle { $0.workers.page != nil }
            desk.press(.char("5"))
            #expect(desk.settle { $0.records.placements.orders.page?.total == 4 })
            desk.press(.char("s"), .char("s"))
            #expect(desk.settle { $0.records.placements.orders.query.sort == JobOrderColumn.country.rawValue && !$0.records.placements.orders.searching })
            desk.quiet()
            let rows = desk.screen[6..<10]
            #expect(zip(rows, expected).allSatisfy { $0.contains($1) }, "\(desk.text)")
        }
    }

    /// `f` lists the financial-literacy sessions; a session shows who took part, and `a` adds a worker
    /// abroad (one still at home is refused, in words).
    @Test func aLiteracySessionListsItsParticipantsAndTakesOneMore() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let data = try directoryWithRecords(dir)
        let store = try openStore(dir)
        _ = try store.execute(.scheduleLiteracySession(LiteracySessionDraft(date: OfficeCalendar.jakarta.day(atMillis: fixedMillis),
                                                                            mission: "kjriHongKong",
                                                                            topic: "Mengelola gaji dan remitansi"))).get()
        store.close()
        let desk = DeskDriver(data: data, size: Size(width: 80, height: 24))
        desk.settle { $0.workers.page != nil }
        desk.press(.char("5"), .char("f"))
        #expect(desk.settle { $0.records.placements.literacySessions.page?.total == 1 })
        #expect(desk.screen[4].contains("f Literacy sessions"))
        #expect(line(desk.screen, "LS-000001").contains("Mengelola gaji") && line(desk.screen, "LS-000001").hasSuffix("0"))
        desk.press(.enter)
        #expect(desk.settle { $0.records.detail?.detail?.subTotal == 0 })
        #expect(desk.screen[3].contains("LS-000001 Mengelola gaji dan remitansi"))
        desk.press(.char("a"))
        desk.type("budi")
        #expect(desk.settle { $0.workers.total == 1 && !$0.workers.searching })
        desk.press(.enter)
        #expect(desk.settle { $0.records.detail?.detail?.subTotal == 1 })
        #expect(line(desk.screen, "W-000002").contains("Budi Santoso") && line(desk.screen, "W-000002").contains("working"))
        #expect(desk.text.contains("saved: add a participant to LS-000001 · W-000002"))
        // Nurul has not left: the core refuses, and the screen says why.
        desk.press(.char("a"))
        desk.type("nurul")
        #expect(desk.settle { $0.workers.total == 1 && !$0.workers.searching })
        desk.press(.enter)
        #expect(desk.settle { $0.status?.text.contains("financial literacy is for workers in placement") == true }, "\(desk.text)")
        // At 80 columns the refusal takes the whole status line (the last change gives way).
        #expect(desk.screen[22].contains("not saved: W-000004 is registered; financial literacy") && !desk.screen[22].contains("last change"))
        #expect(desk.model.records.detail?.detail?.subTotal == 1)
    }

    @Test func theVerdictGivesEachReasonInWords() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir)
        desk.press(.enter)
        #expect(desk.settle { $0.records.detail?.detail != nil })
        let text = desk.text
        #expect(text.contains("Legal channel"))
        #expect(text.contains("✗ not a legal placement channel"))
        // The reason wraps in its column; each part of it is there, the cost in rupiah.
        #expect(text.contains("✗ welder is a zero-cost job"))
        #expect(text.contains("regulation 9/2020); the worker may"))
        #expect(text.contains("not bear Rp12,500,000"))
        #expect(text.contains("Selected workers · 0"))
        desk.press(.escape)
        desk.press(.down, .enter)
        #expect(desk.settle { $0.records.detail?.detail?.id == RecordID(.jobOrder, 1) })
        let screen = desk.screen
        #expect(desk.text.contains("✓ a legal placement channel"))
        #expect(desk.text.contains("Selected workers · 2"))
        #expect(line(screen, "W-000002").contains("Budi Santoso") && line(screen, "W-000002").contains("departed"))
        #expect(line(screen, "Filled").contains("2 of 10"))
    }

    @Test func theVerdictInIndonesianAtFullWidth() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir, .id, size: Size(width: 160, height: 48))
        let screen = desk.screen
        #expect(line(screen, "JO-000002").contains("Korea Selatan") && line(screen, "JO-000002").contains("Tukang Las (Welder)"))
        #expect(line(screen, "JO-000001").contains("Pengurus Rumah Tangga") && line(screen, "JO-000001").contains("P to P"))
        desk.press(.enter)
        #expect(desk.settle { $0.records.detail?.detail != nil })
        let text = desk.text
        #expect(text.contains("✗ bukan jalur penempatan yang sah"))
        #expect(text.contains("welder termasuk jabatan tanpa biaya penempatan (Peraturan BP2MI 9/2020)"))
        #expect(text.contains("Rp12.500.000"))
    }

    @Test func casesShowOpenFirstAndACaseShowsItsCheckIns() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir)
        desk.press(.char("c"))
        #expect(desk.settle { $0.records.placements.cases.page?.total == 1 })
        let row = desk.screen[6]
        #expect(row.hasPrefix("PC-000001") && row.contains("Budi Santoso") && row.contains("unpaid wages") && row.contains("open"))
        desk.press(.enter)
        #expect(desk.settle { $0.records.detail?.detail != nil })
        let screen = desk.screen
        #expect(line(screen, "Mission").contains("KJRI Hong Kong (HK)"))
        #expect(desk.text.contains("Wages for three months not paid"))
        #expect(desk.text.contains("Check-ins while open · 1"))
        #expect(line(screen, "2 Jun 2025  concern").contains("waiting for mediation"))
        desk.press(.enter)
        #expect(desk.settle { $0.card?.card?.detail.summary.id == RecordID(.worker, 2) })
        desk.press(.escape, .escape)
        #expect(desk.model.place == .pane(.placements))
        #expect(desk.model.records.placements.showing == .cases)
    }

    @Test func openLoansShowTheAmountInRupiah() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir, .id)
        desk.press(.char("l"))
        #expect(desk.settle { $0.records.placements.loans.page?.total == 1 })
        let row = desk.screen[6]
        #expect(row.hasPrefix("LN-000001") && row.contains("Nurul Hidayah") && row.contains("Rp15.000.000") && row.contains("diajukan"))
        desk.press(.enter)
        #expect(desk.settle { $0.records.detail?.detail != nil })
        #expect(line(desk.screen, "Bunga").contains("6,0 % per tahun"))
        #expect(line(desk.screen, "Jangka waktu").contains("24 bulan"))
    }

    @Test func aSupervisorSeesTheSameViews() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir, role: .supervisor)
        #expect(desk.screen[6].hasPrefix("JO-000002"))
        desk.press(.char(":"))
        desk.type("order JO-000001")
        desk.press(.enter)
        #expect(desk.settle { $0.records.detail?.detail?.id == RecordID(.jobOrder, 1) })
        #expect(desk.text.contains("Selected workers · 2"))
    }
}
