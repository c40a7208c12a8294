import Foundation
import Testing
@testable import TerminalUI

/// Renders a widget into a fresh buffer of the given size.
func render(_ widget: some Widget, width: Int, height: Int) -> Buffer {
    var buffer = Buffer(size: Size(width: width, height: height))
    widget.render(buffer.area, &buffer)
    return buffer
}

/// The buffer is well formed: every wide cell is followed by its continuation, no continuation
/// stands alone, and every row adds up to exactly the buffer's width in columns.
func expectWellFormed(_ buffer: Buffer, sourceLocation: SourceLocation = #_sourceLocation) {
    let a = buffer.area
    for y in a.y..<a.maxY {
        var columns = 0
        var x = a.x
        while x < a.maxX {
            let cell = buffer[x, y]
            switch cell.width {
            case 2:
                #expect(x + 1 < a.maxX, "wide cell at the right edge, row \(y)", sourceLocation: sourceLocation)
                #expect(buffer[x + 1, y].isContinuation, "wide cell without continuation at \(x),\(y)", sourceLocation: sourceLocation)
                columns += 2
                x += 2
            case 1:
                #expect(!cell.symbol.unicodeScalars.contains(where: Sanitizer.isUnsafe), sourceLocation: sourceLocation)
                columns += 1
                x += 1
            default:
                Issue.record("stray continuation cell at \(x),\(y)", sourceLocation: sourceLocation)
                x += 1
            }
        }
        #expect(columns == a.width, sourceLocation: sourceLocation)
    }
}

/// The repository's themes/ directory.
let themesDirectory: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("themes")

/// A data source of any number of rows computed on demand; counts the cells asked for.
final class GeneratedRows: TableDataSource {
    let rowCount: Int
    private(set) var cellsRequested = 0
    private(set) var highestRowRequested = -1

    init(count: Int) { self.rowCount = count }

    func cell(row: Int, column: Int) -> String {
        cellsRequested += 1
        highestRowRequested = max(highestRowRequested, row)
        switch column {
        case 0: return String(row + 1)
        case 1: return "Name \(row + 1)"
        default: return "Row \(row + 1) col \(column)"
        }
    }
}
