import Foundation
import Testing
import TerminalUI
import TerpaduCore
import TerpaduStore
import TerpaduTestSupport
@testable import TerpaduApp

@Suite struct DashboardTests {
    @Test func theDashboardShowsEachStageWithItsStatusesAndTheProvinces() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = DeskDriver(data: try directoryWithWorkers(dir, names: ["Siti Rahayu", "Budi Santoso", "Dewi Lestari"]))
        desk.settle { $0.workers.page != nil }
        desk.press(.char("1"))
        #expect(desk.settle { $0.dashboard != nil })
        let text = desk.text
        #expect(text.contains("Preparation"))
        #expect(text.contains(" registered"))
        #expect(text.contains("By province of origin"))
        #expect(text.contains("Jawa Barat"))
    }
}
