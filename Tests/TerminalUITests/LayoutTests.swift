import Testing
@testable import TerminalUI

@Suite struct LayoutTests {
    @Test func fixedPercentageFillAndMin() {
        let rows = Layout.vertical([.fixed(1), .percentage(50), .fill(1), .min(2)]).split(Rect(x: 0, y: 0, width: 80, height: 24))
        #expect(rows.map(\.height) == [1, 12, 9, 2])
        #expect(rows.map(\.y) == [0, 1, 13, 22])
    }

    @Test func fillWeightsShareTheRest() {
        let cols = Layout.horizontal([.fixed(10), .fill(1), .fill(2)]).split(Rect(x: 0, y: 0, width: 40, height: 1))
        #expect(cols.map(\.width) == [10, 10, 20])
        #expect(cols.map(\.x) == [0, 10, 20])
    }

    @Test func minGrowsWhenThereIsNoFill() {
        let cols = Layout.horizontal([.fixed(4), .min(3)]).split(Rect(x: 2, y: 0, width: 20, height: 1))
        #expect(cols.map(\.width) == [4, 16])
    }

    @Test func spacingBetweenParts() {
        let cols = Layout.horizontal([.fixed(3), .fixed(3), .fill(1)], spacing: 1).split(Rect(x: 0, y: 0, width: 12, height: 1))
        #expect(cols.map(\.x) == [0, 4, 8])
        #expect(cols.map(\.width) == [3, 3, 4])
    }

    @Test func degradesFromTheEndWhenThereIsNoRoom() {
        let rows = Layout.vertical([.fixed(1), .fill(1), .fixed(1), .fixed(1)]).split(Rect(x: 0, y: 0, width: 1, height: 2))
        #expect(rows.map(\.height) == [1, 0, 1, 0])
        for r in rows { #expect(r.y >= 0 && r.maxY <= 2) }
    }

    @Test(arguments: [0, 1, 2, 5])
    func everyRectStaysInsideTheArea(size: Int) {
        let area = Rect(x: 0, y: 0, width: size, height: size)
        let parts = Layout.horizontal([.fixed(3), .percentage(40), .min(2), .fill(1)], spacing: 2).split(area)
        #expect(parts.count == 4)
        for p in parts { #expect(p.x >= area.x && p.maxX <= area.maxX) }
    }

    @Test func rectHelpersClamp() {
        let r = Rect(x: 0, y: 0, width: 3, height: 1)
        #expect(r.inset(2).isEmpty)
        #expect(r.centered(width: 10, height: 10) == r)
        #expect(Rect(x: 0, y: 0, width: -4, height: 2).width == 0)
        #expect(r.row(5).isEmpty)
    }
}
