/// A grid of cells covering `area`. Widgets render into it; backends diff two of them.
/// Every write is clipped to the area, so drawing outside it is a no-op, never a crash.
public struct Buffer: Hashable, Sendable {
    public private(set) var area: Rect
    public private(set) var cells: [Cell]

    public init(area: Rect, fill: Cell = .blank) {
        self.area = area
        self.cells = Array(repeating: fill, count: area.area)
    }

    public init(size: Size) { self.init(area: Rect(size: size)) }

    @inline(__always)
    func index(_ x: Int, _ y: Int) -> Int? {
        guard x >= area.x, x < area.maxX, y >= area.y, y < area.maxY else { return nil }
        return (y - area.y) * area.width + (x - area.x)
    }

    /// The cell at (x, y), or a blank cell outside the area.
    public subscript(x: Int, y: Int) -> Cell {
        guard let i = index(x, y) else { return .blank }
        return cells[i]
    }

    /// Puts one cell, keeping wide characters whole: overwriting either half of a wide character
    /// blanks the other half, and a wide cell that does not fit before the right edge becomes a blank.
    /// A symbol holding a control or bidi character is replaced by the sanitiser's placeholder for
    /// the first one (one column wide), so no path onto the screen skips the sanitiser.
    public mutating func set(x: Int, y: Int, _ cell: Cell) {
        place(x: x, y: y, Self.inert(cell))
    }

    /// The cell as it may reach the screen.
    static func inert(_ cell: Cell) -> Cell {
        guard !Sanitizer.isPlainASCII(cell.symbol),
              let unsafe = cell.symbol.unicodeScalars.first(where: Sanitizer.isUnsafe),
              let placeholder = Sanitizer.placeholder(for: unsafe) else { return cell }
        return Cell(String(placeholder), width: 1, style: cell.style)
    }

    /// `set` for a cell already known to be inert (glyphs come out of the sanitiser).
    mutating func place(x: Int, y: Int, _ cell: Cell) {
        guard let i = index(x, y) else { return }
        let old = cells[i]
        if old.width == 2, x + 1 < area.maxX {
            cells[i + 1] = .blank(cells[i + 1].style)
        } else if old.width == 0, x > area.x, cells[i - 1].width == 2 {
            cells[i - 1] = .blank(cells[i - 1].style)
        }
        if cell.width == 2 {
            guard x + 1 < area.maxX else {
                cells[i] = .blank(cell.style)
                return
            }
            if cells[i + 1].width == 2, x + 2 < area.maxX {
                cells[i + 2] = .blank(cells[i + 2].style)
            }
            cells[i] = cell
            cells[i + 1] = .continuation(cell.style)
        } else {
            cells[i] = cell
        }
    }

    /// Writes `text` (sanitised) from (x, y), at most `width` columns and never past the area's edge.
    /// The style is laid over the style already in each cell. Returns the columns used.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, width: Int? = nil, style: Style = .plain) -> Int {
        guard y >= area.y, y < area.maxY else { return 0 }
        let limit = min(area.maxX, width.map { x + max(0, $0) } ?? area.maxX)
        var col = x
        var stopped = false
        Glyph.forEach(in: text) { g in
            if stopped { return }
            if col + g.width > limit {
                if g.width == 2, col < limit, col >= area.x {
                    place(x: col, y: y, .blank(self[col, y].style.patched(style)))
                    col += 1
                }
                stopped = true
                return
            }
            if col >= area.x {
                place(x: col, y: y, Cell(g.symbol, width: g.width, style: self[col, y].style.patched(style)))
            }
            col += g.width
        }
        return col - x
    }

    /// Writes `text` fitted (truncated with … and padded) to exactly `width` columns.
    @discardableResult
    public mutating func write(
        _ text: String, in rect: Rect, alignment: Alignment = .left, style: Style = .plain
    ) -> Int {
        guard rect.height > 0, rect.width > 0 else { return 0 }
        return write(TextLayout.fit(text, width: rect.width, alignment: alignment),
                     x: rect.x, y: rect.y, width: rect.width, style: style)
    }

    /// Fills `rect` with `symbol` (a blank by default) in `style`, replacing whatever was there. The
    /// symbol goes through the sanitiser: its first glyph is used, and a symbol that shows nothing
    /// fills with blanks.
    public mutating func fill(_ rect: Rect, style: Style = .plain, symbol: String = " ") {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        let glyph = symbol == " " ? Glyph(symbol: " ", width: 1) : Glyph.glyphs(of: symbol).first ?? Glyph(symbol: " ", width: 1)
        let cell = Cell(glyph.symbol, width: glyph.width, style: style)
        for y in r.y..<r.maxY {
            var x = r.x
            while x < r.maxX {
                place(x: x, y: y, cell)
                x += glyph.width
            }
        }
    }

    /// Lays `style` over every cell of `rect`, keeping the symbols.
    public mutating func setStyle(_ rect: Rect, _ style: Style) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX {
                if let i = index(x, y) { cells[i].style = cells[i].style.patched(style) }
            }
        }
    }

    /// Resizes to a new area, blank.
    public mutating func reset(area newArea: Rect) {
        area = newArea
        cells = Array(repeating: .blank, count: newArea.area)
    }

    /// Every cell back to blank.
    public mutating func clear() {
        for i in cells.indices { cells[i] = .blank }
    }

    /// Row `y` as text (continuation cells contribute nothing, so a wide character reads once).
    public func line(_ y: Int) -> String {
        guard y >= area.y, y < area.maxY else { return "" }
        var s = ""
        for x in area.x..<area.maxX { s += self[x, y].symbol }
        return s
    }

    /// The whole buffer as lines of text: how tests read a screen.
    public var lines: [String] { (area.y..<area.maxY).map { line($0) } }
}
