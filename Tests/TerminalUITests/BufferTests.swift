import Testing
@testable import TerminalUI

@Suite struct BufferTests {
    @Test func writesASCIIAndClipsAtTheEdge() {
        var b = Buffer(size: Size(width: 5, height: 2))
        let used = b.write("Hello, world", x: 0, y: 0)
        #expect(used == 5)
        #expect(b.lines == ["Hello", "     "])
        #expect(b.write("x", x: 9, y: 0) == 0)
        #expect(b.write("x", x: 0, y: 7) == 0)
        #expect(b.write("abc", x: -1, y: 1) == 3)
        #expect(b.lines[1] == "bc   ")
    }

    @Test func wideCharactersTakeTwoCellsAndAreNeverSplit() {
        var b = Buffer(size: Size(width: 5, height: 1))
        b.write("日本語", x: 0, y: 0)
        // 日本 fit (4 columns); 語 would straddle the edge, so the last column is blank.
        #expect(b.lines == ["日本 "])
        #expect(b[0, 0].width == 2)
        #expect(b[1, 0].isContinuation)
        #expect(b[4, 0].symbol == " ")
        expectWellFormed(b)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var b = Buffer(size: Size(width: 6, height: 1))
        b.write("日本語", x: 0, y: 0)
        b.write("a", x: 1, y: 0)  // right half of 日
        #expect(b.lines == [" a本語"])
        b.write("b", x: 2, y: 0)  // left half of 本
        #expect(b.lines == [" ab 語"])
        expectWellFormed(b)
    }

    @Test func emojiAndCJKWidthsMatchWcwidth() {
        #expect(TextLayout.width("漢字") == 4)
        #expect(TextLayout.width("😀") == 2)
        #expect(TextLayout.width("abc") == 3)
        #expect(CharWidth.of("한") == 2)
    }

    @Test func combiningTextKeepsOneCellPerGrapheme() {
        // NFD: e + combining acute, Vietnamese with stacked marks, Indonesian name in NFD.
        let nfdName = "Nu\u{0301}r Ha\u{0304}ti\u{0301}jah"
        let vietnamese = "Nguye\u{0302}\u{0303}n Thi\u{0323}"
        #expect(TextLayout.width(nfdName) == 11)
        #expect(TextLayout.width(vietnamese) == 10)
        var b = Buffer(size: Size(width: 14, height: 2))
        b.write(nfdName, x: 0, y: 0)
        b.write(vietnamese, x: 0, y: 1)
        #expect(b[1, 0].symbol == "u\u{0301}")
        #expect(b.lines[0] == nfdName + "   ")
        #expect(b.lines[1] == vietnamese + "    ")
        expectWellFormed(b)
    }

    @Test func arabicIsStoredInLogicalOrderOneCellPerLetter() {
        let arabic = "محمد"
        #expect(TextLayout.width(arabic) == 4)
        var b = Buffer(size: Size(width: 6, height: 1))
        b.write(arabic, x: 0, y: 0)
        #expect(b.lines == ["محمد  "])
        expectWellFormed(b)
    }

    @Test func loneCombiningMarkGetsADottedCircleAndInvisiblesAreDropped() {
        var b = Buffer(size: Size(width: 4, height: 1))
        b.write("\u{0301}a\u{200B}b", x: 0, y: 0)
        #expect(b[0, 0].symbol == "\u{25CC}\u{0301}")
        #expect(b.lines == ["\u{25CC}\u{0301}ab "])
        expectWellFormed(b)
    }

    @Test func hangulJamoInNFDIsOneWideCell() {
        let nfd = "\u{1112}\u{1161}\u{11AB}"  // 한 decomposed
        #expect(TextLayout.width(nfd) == 2)
        var b = Buffer(size: Size(width: 3, height: 1))
        b.write(nfd, x: 0, y: 0)
        #expect(b[0, 0].width == 2)
        expectWellFormed(b)
    }

    @Test func styleIsLaidOverWhatIsThere() {
        var b = Buffer(size: Size(width: 3, height: 1))
        b.fill(b.area, style: Style(bg: .blue))
        b.write("a", x: 0, y: 0, style: Style(fg: .red))
        #expect(b[0, 0].style == Style(fg: .red, bg: .blue))
        #expect(b[1, 0].style == Style(bg: .blue))
    }

    @Test func diffListsOnlyChangedCells() {
        var a = Buffer(size: Size(width: 10, height: 2))
        a.write("Count: 41", x: 0, y: 0)
        var b = a
        #expect(b.changes(from: a).isEmpty)
        b.write("Count: 42", x: 0, y: 0)
        let changes = b.changes(from: a)
        #expect(changes.count == 1)
        #expect(changes.first?.x == 8)
        #expect(changes.first?.cell.symbol == "2")
    }

    @Test func diffRewritesTheCellAfterAWideCharacterThatBecameNarrow() {
        var a = Buffer(size: Size(width: 4, height: 1))
        a.write("日", x: 0, y: 0)
        var b = Buffer(size: Size(width: 4, height: 1))
        b.write("a ", x: 0, y: 0)
        let xs = b.changes(from: a).map(\.x)
        #expect(xs == [0, 1])
    }

    @Test(arguments: [Size(width: 0, height: 0), Size(width: 1, height: 1), Size(width: 1, height: 0)])
    func tinyBuffersNeverCrash(size: Size) {
        var b = Buffer(size: size)
        b.write("日本語 text", x: 0, y: 0)
        b.fill(Rect(x: -5, y: -5, width: 50, height: 50), style: Style(bg: .red))
        b.setStyle(Rect(x: 0, y: 0, width: 9, height: 9), Style(attributes: .bold))
        _ = b.changes(from: Buffer(size: size))
        expectWellFormed(b)
    }
}
