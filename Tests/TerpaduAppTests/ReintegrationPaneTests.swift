import Foundation
import Testing
import TerminalUI
import TerpaduCore
import TerpaduStore
import TerpaduTestSupport
@testable import TerpaduApp

@Suite struct ReintegrationPaneTests {
    func desk(_ dir: TempDir, _ language: Language = .en, size: Size = Size(width: 80, height: 24)) throws -> DeskDriver {
        let desk = DeskDriver(data: try directoryWithRecords(dir), language: language, size: size)
        desk.settle { $0.workers.page != nil }
        desk.press(.char("6"))
        #expect(desk.settle { $0.records.reintegration.programs.page?.total == 1 })
        return desk
    }

    @Test func theListAndTheMembersWithTheirOutcome() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir)
        let row = desk.screen[6]
        #expect(row.hasPrefix("RP-000001") && row.contains("Inkubasi UMKM") && row.contains("2 Jun 2025"))
        #expect(desk.screen[5].contains("Enrolled") && desk.screen[5].contains("Business"))
        desk.press(.enter)
        #expect(desk.settle { $0.records.detail?.detail != nil })
        let screen = desk.screen
        #expect(line(screen, "Kind").contains("UMKM incubation"))
        #expect(line(screen, "Cibiru, Kota Bandung").hasPrefix(" Place "))
        #expect(desk.text.contains("Members · 1"))
        let member = line(screen, "W-000003")
        #expect(member.contains("Dewi Lestari") && member.contains("business started") && member.contains("Rp4,500,000"))
    }

    @Test func atFullWidthInIndonesian() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = try desk(dir, .id, size: Size(width: 160, height: 48))
        let row = line(desk.screen, "RP-000001")
        #expect(row.contains("inkubasi UMKM") && row.contains("Inkubasi UMKM Desmigratif") && row.contains("Cibiru, Kota Bandung"))
        desk.press(.enter)
        #expect(desk.settle { $0.records.detail?.detail != nil })
        let member = line(desk.screen, "W-000003")
        #expect(member.contains("usaha dirintis") && member.contains("warung") && member.contains("Rp4.500.000"))
    }
}
