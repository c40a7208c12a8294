import Foundation
import Testing
import TerminalUI
import TerpaduCore
import TerpaduStore
import TerpaduTestSupport
@testable import TerpaduApp

@Suite struct RecordPanesSizeTests {
    /// Every list and detail drawn at sizes from 1×1 up: nothing crashes and nothing is drawn past
    /// the edge; the commit of another process refreshes the list on screen.
    @Test func everyRecordScreenDrawsAtAnySize() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = DeskDriver(data: try directoryWithRecords(dir))
        desk.settle { $0.workers.page != nil }
        let places: [[Key]] = [[.char("3")], [.char("4")], [.char("4"), .char("p")], [.char("5")], [.char("5"), .char("c")],
                               [.char("5"), .char("l")], [.char("6")]]
        let sizes = [Size(width: 1, height: 1), Size(width: 12, height: 5), Size(width: 40, height: 10), Size(width: 80, height: 24),
                     Size(width: 160, height: 48)]
        for keys in places {
            desk.resize(80, 24)
            for k in keys { desk.press(k) }
            desk.quiet()
            desk.press(.enter)
            desk.quiet()
            for size in sizes {
                desk.resize(size.width, size.height)
                desk.quiet(ms: 30)
                let screen = desk.screen
                #expect(screen.count == size.height)
                #expect(screen.allSatisfy { TextLayout.width($0) == size.width })
            }
            desk.press(.escape)
        }
    }

    @Test func anotherProcessesCommitRefreshesTheListOnScreen() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = DeskDriver(data: try directoryWithRecords(dir))
        desk.settle { $0.workers.page != nil }
        desk.press(.char("3"))
        #expect(desk.settle { $0.records.jobFairs.fairs.total == 2 })
        let other = try openStore(dir, op: "budi")
        _ = other.execute(.scheduleFair(FairDraft(kind: .jobFair, venue: "LTSA Cirebon", regency: "Kota Cirebon", province: "32",
                                                   date: OfficeCalendar.jakarta.day(atMillis: fixedMillis), employers: [])))
        other.close()
        #expect(desk.settle { $0.records.jobFairs.fairs.total == 3 })
        #expect(desk.screen[6].contains("LTSA Cirebon"))
    }
}
