import Testing
@testable import TerminalUI

@Suite struct SanitizerTests {
    /// Hostile strings from real advisories; each must come out printable and inert.
    static let corpus: [(name: String, text: String)] = [
        ("OSC 52 clipboard write", "Siti\u{1B}]52;c;cm0gLXJmIH4=\u{07}"),
        ("OSC 0 title with BEL", "\u{1B}]0;owned\u{07}Budi"),
        ("CSI 2J clear screen", "Ani\u{1B}[2J"),
        ("ESC[6n cursor report", "\u{1B}[6nDewi"),
        ("UTF-8 C1 C2 9D (8-bit OSC)", String(decoding: [0x41, 0xC2, 0x9D, 0x30, 0x3B, 0x74, 0x07], as: UTF8.self)),
        ("U+202E right-to-left override", "abc\u{202E}fdp.exe"),
        ("bare CR overwrites the line", "safe text\rEVIL"),
        ("DEL and BS", "a\u{7F}b\u{08}c"),
        ("bidi isolates and marks", "\u{2066}x\u{2069}\u{200F}\u{061C}"),
    ]

    @Test(arguments: corpus.map(\.name))
    func corpusIsInert(name: String) throws {
        let text = try #require(Self.corpus.first { $0.name == name }?.text)
        let clean = Sanitizer.clean(text)
        for s in clean.unicodeScalars {
            #expect(!(s.value < 0x20 || s.value == 0x7F || (0x80...0x9F).contains(s.value)), "control left in \(name)")
            #expect(![0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069].contains(s.value))
        }
        // Every scalar is kept (replaced one for one), so nothing is silently hidden and the width is
        // the count of scalars here (all of them are narrow).
        #expect(clean.unicodeScalars.count == text.unicodeScalars.count)
        #expect(TextLayout.width(text) == text.unicodeScalars.count)
        var b = Buffer(size: Size(width: 40, height: 1))
        let used = b.write(text, x: 0, y: 0)
        #expect(used == text.unicodeScalars.count)
        expectWellFormed(b)
    }

    @Test func placeholdersAreVisibleAndOneColumn() {
        #expect(Sanitizer.clean("\u{1B}") == "␛")
        #expect(Sanitizer.clean("\u{07}") == "␇")
        #expect(Sanitizer.clean("\r") == "␍")
        #expect(Sanitizer.clean("\u{7F}") == "␡")
        #expect(Sanitizer.clean("\u{9D}") == "␦")
        #expect(Sanitizer.clean("\u{202E}") == "⸮")
        for p in ["␛", "␡", "␦", "⸮"] { #expect(TextLayout.width(p) == 1) }
    }

    @Test func tableColumnWidthsAreUnchangedByHostileCells() {
        let hostile = SanitizerTests.corpus.map { [$0.text, "ok"] }
        let table = Table(source: ArrayDataSource(hostile),
                          columns: [TableColumn("Name", width: .fixed(12)), TableColumn("State", width: .fixed(5))])
        let b = render(table, width: 18, height: hostile.count + 1)
        expectWellFormed(b)
        for line in b.lines.dropFirst() {
            // The second column always starts at column 13.
            let cells = (0..<18).map { b[$0, b.lines.firstIndex(of: line) ?? 0].symbol }
            #expect(cells[13] == "o" && cells[14] == "k")
        }
    }

    @Test func plainTextIsReturnedUnchanged() {
        #expect(Sanitizer.clean("Siti Nurhaliza") == "Siti Nurhaliza")
        #expect(Sanitizer.clean("Nguyễn 日本 😀") == "Nguyễn 日本 😀")
    }

    @Test func typedControlCharactersNeverEnterAField() {
        var input = TextInput()
        input.handle(.char("\u{1B}"))
        input.handle(.char("\u{202E}"))
        input.handle(.char("a"))
        #expect(input.text == "a")
    }
}
