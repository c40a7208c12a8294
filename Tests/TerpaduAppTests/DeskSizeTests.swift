import Foundation
import Testing
import TerminalUI
import TerpaduCore
import TerpaduTestSupport
@testable import TerpaduApp

/// Every screen of the Workers side at every size, in both languages: nothing crashes, every line is
/// exactly the width, and the large screen in Indonesian reads as it should.
@Suite struct DeskSizeTests {
    @Test func theWorkersScreensDrawAtEverySizeFromOneByOne() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = DeskDriver(data: try directoryWithWorkers(dir, names: ["Siti Rahayu", "Budi Santoso"]), language: .id)
        desk.settle { $0.workers.page?.total == 2 }
        let sizes = [(1, 1), (2, 1), (12, 5), (20, 7), (40, 10), (80, 24), (160, 48)]
        func sweep(_ place: String) {
            for (w, h) in sizes {
                desk.resize(w, h)
                let lines = desk.screen
                #expect(lines.count == h, "\(place) at \(w)×\(h)")
                #expect(lines.allSatisfy { TextLayout.width($0) == w }, "\(place) at \(w)×\(h)")
            }
            desk.resize(160, 48)
        }
        sweep("list")
        desk.press(.enter)
        desk.settle { $0.card?.card != nil }
        sweep("card")
        desk.press(.char("e"))
        sweep("edit form")
        desk.press(.escape, .escape, .char("1"))
        desk.settle { $0.dashboard != nil }
        sweep("dashboard")
        desk.press(.char("?"))
        sweep("help")
    }

    @Test func at160By48InIndonesianTheCardShowsIdentityChecklistAndTimelineSideBySide() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = DeskDriver(data: try directoryWithWorkers(dir, names: ["Siti Rahayu"]), language: .id,
                              size: Size(width: 160, height: 48))
        desk.settle { $0.workers.page?.total == 1 }
        let list = desk.screen
        #expect(list[2].contains("1 Dasbor │ 2 Pekerja │ 3 Bursa kerja │ 4 Pelatihan │ 5 Penempatan │ 6 Reintegrasi"))
        #expect(list[5].contains("ID       Nama") && list[5].contains("JK") && list[5].contains("Lahir") && list[5].contains("Terdaftar"))
        #expect(list[6].contains("W-000001 Siti Rahayu") && list[6].contains("1 Jan 1990") && list[6].contains("terdaftar"))
        #expect(list[47].contains("F1/? Bantuan"))
        desk.press(.enter)
        desk.settle { $0.card?.card != nil }
        let card = desk.screen
        #expect(card[4].contains("Identitas") && card[4].contains("Daftar periksa keberangkatan") && card[4].contains("Riwayat"))
        #expect(desk.text.contains("✗ belum terpilih untuk job order"))
        #expect(desk.text.contains("terdaftar sebagai W-000001 (Siti Rahayu)"))
        #expect(desk.text.contains("2 Jun 2025 10:00 · tester"))
    }
}
