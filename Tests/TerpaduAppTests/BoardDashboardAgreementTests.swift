import Foundation
import Testing
import TerminalUI
import TerpaduCore
import TerpaduStore
import TerpaduTestSupport
@testable import TerpaduApp

/// The board (from the journal's board table) and the desk's Dashboard (from the live state's
/// counters) say the same at the same sequence: a supervisor and an operator never see two truths.
@Suite struct BoardDashboardAgreementTests {
    @Test func theBoardsFiguresEqualTheDashboardsAtTheSameSequence() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let data = try directoryWithRecords(dir)
        // Both on the calendar's today (the desk's Dashboard takes the wall clock's).
        let board = BoardDriver(data: data, nowMillis: ISO8601UTC.nowMilliseconds())
        #expect(board.settle { $0.reading != nil })
        let desk = DeskDriver(data: data)
        desk.settle { $0.workers.page != nil }
        desk.press(.char("1"))
        #expect(desk.settle { $0.dashboard != nil })
        guard let b = board.model.reading?.figures, let d = desk.model.dashboard else { return }
        #expect(board.model.reading?.lastChange?.seq == desk.model.header.lastChange?.seq)
        #expect(b.stages == d.stages)
        #expect(b.statuses.filter { $0.value > 0 } == d.statuses.filter { $0.value > 0 })
        // This week's flows: none on either (the fixture's events are dated in 2025).
        #expect((board.model.weekFlows?.counts ?? Array(repeating: 0, count: DailyKind.allCases.count)) == d.week?.counts)
        // The running KPIs, as of now on both.
        #expect(b.kpis.last?.openCasesPer1000 == d.kpi?.openCasesPer1000)
        #expect(b.kpis.last?.returneesInProgramShare == d.kpi?.returneesInProgramShare)
        #expect(b.reach?.literacyReached == d.cycle?.literacyReached)
        #expect(b.reach?.healthCovered == d.cycle?.healthCovered)
        // The Dashboard names its provinces; the board keeps codes.
        let provinces = b.provinces.filter { $0.value > 0 }
        #expect(provinces.values.sorted(by: >) == d.provinces.map(\.value))
        #expect(d.destinations.allSatisfy { b.destinations[$0.iso] == $0.value })
    }
}
