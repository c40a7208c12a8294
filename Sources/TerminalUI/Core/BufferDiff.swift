/// A cell that differs between two frames.
public struct CellChange: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var cell: Cell
}

extension Buffer {
    /// The cells of `self` that differ from `previous` (same area assumed; a different area means
    /// everything changed). Continuation cells are skipped: the wide cell before them draws both
    /// columns. A cell after a wide character that became narrow is included so the terminal
    /// overwrites the right half.
    public func changes(from previous: Buffer) -> [CellChange] {
        var out: [CellChange] = []
        let sameArea = previous.area == area
        let w = area.width
        var i = 0
        for y in 0..<area.height {
            for x in 0..<w {
                let cell = cells[i]
                if !cell.isContinuation {
                    if !sameArea || cell != previous.cells[i] {
                        out.append(CellChange(x: area.x + x, y: area.y + y, cell: cell))
                    } else if x > 0, sameArea, previous.cells[i - 1].width == 2, cells[i - 1].width != 2 {
                        out.append(CellChange(x: area.x + x, y: area.y + y, cell: cell))
                    }
                }
                i += 1
            }
        }
        return out
    }
}
