import TerminalUI

/// The demo's screen split, shared by `update` (paging and mouse clicks need the table's height)
/// and `view`, so the two never disagree.
enum DemoLayout {
    /// Tab bar, body, status line, key hints.
    static func rows(_ area: Rect) -> [Rect] {
        Layout.vertical([.fixed(1), .fill(1), .fixed(1), .fixed(1)]).split(area)
    }

    static func tableBlock(rowCount: Int, theme: Theme) -> Block {
        Block(title: "Rows \(formatted(rowCount))", theme: theme)
    }

    /// Rows of data the table shows on a screen of `size`.
    static func tableRows(_ size: Size) -> Int {
        let inner = rows(Rect(size: size))[1].inset(1)
        return max(0, inner.height - 1)  // under the header
    }

    /// The screen row of the table's first data row: tab bar, block border, header.
    static let firstTableRowY = 3
}
