import Testing
@testable import TerminalUI

/// `Buffer.set` and `Buffer.fill(symbol:)` take raw symbols; a hostile one must still reach the
/// buffer only as the sanitiser's placeholder, one column wide.
@Suite struct BufferSanitizingTests {
    /// A hostile symbol, the cell `set` makes of it, and what `fill` fills with (the first glyph of
    /// the sanitised symbol: a placeholder, or the harmless letter before the attack).
    static let hostile: [(String, String, String)] = [
        ("\u{1B}", "␛", "␛"), ("\u{1B}]0;pwned\u{07}", "␛", "␛"), ("\u{07}", "␇", "␇"), ("\r", "␍", "␍"),
        ("\u{7F}", "␡", "␡"), ("\u{9D}", "␦", "␦"), ("\u{202E}", "⸮", "⸮"), ("a\u{202E}", "⸮", "a"),
        ("e\u{0301}\u{1B}[2J", "␛", "e\u{0301}"), ("\u{2066}", "⸮", "⸮"),
    ]

    /// True when no cell of the buffer holds a scalar the sanitiser replaces.
    static func isInert(_ b: Buffer) -> Bool {
        b.cells.allSatisfy { !$0.symbol.unicodeScalars.contains(where: Sanitizer.isUnsafe) }
    }

    @Test func setReplacesAHostileSymbolByItsPlaceholder() {
        for (symbol, placeholder, _) in Self.hostile {
            var b = Buffer(size: Size(width: 4, height: 1))
            b.set(x: 1, y: 0, Cell(symbol, width: 1))
            #expect(b.lines == [" \(placeholder)  "], "\(symbol.debugDescription)")
            #expect(b[1, 0].width == 1)
            #expect(Self.isInert(b))
            expectWellFormed(b)
        }
    }

    @Test func aHostileSymbolClaimingTwoColumnsTakesOne() {
        var b = Buffer(size: Size(width: 4, height: 1))
        b.write("日本", x: 0, y: 0)
        b.set(x: 0, y: 0, Cell("\u{1B}[31m", width: 2))
        #expect(b.lines == ["␛ 本"])
        #expect(b[0, 0].width == 1)
        expectWellFormed(b)
    }

    @Test func fillSanitisesItsSymbol() {
        for (symbol, _, filled) in Self.hostile {
            var b = Buffer(size: Size(width: 3, height: 2))
            b.fill(b.area, symbol: symbol)
            let row = String(repeating: filled, count: 3)
            #expect(b.lines == [row, row], "\(symbol.debugDescription)")
            #expect(Self.isInert(b))
            expectWellFormed(b)
        }
    }

    @Test func fillUsesTheFirstGlyphAndBlanksForNothingVisible() {
        var b = Buffer(size: Size(width: 5, height: 1))
        b.fill(b.area, symbol: "ab")
        #expect(b.lines == ["aaaaa"])
        b.fill(b.area, symbol: "\u{200B}")  // zero-width space: nothing to show
        #expect(b.lines == ["     "])
        b.fill(b.area, symbol: "")
        #expect(b.lines == ["     "])
        b.fill(b.area, symbol: "日")
        #expect(b.lines == ["日日 "])
        expectWellFormed(b)
    }

    @Test func safeSymbolsPassUnchanged() {
        var b = Buffer(size: Size(width: 6, height: 1))
        b.set(x: 0, y: 0, Cell("e\u{0301}"))
        b.set(x: 1, y: 0, Cell("日", width: 2))
        b.set(x: 3, y: 0, Cell("█"))
        #expect(b[0, 0].symbol == "e\u{0301}")
        #expect(b.lines == ["é日█  "])
    }
}
