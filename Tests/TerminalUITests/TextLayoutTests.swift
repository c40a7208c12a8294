import Testing
@testable import TerminalUI

@Suite struct TextLayoutTests {
    @Test func truncateWithEllipsis() {
        #expect(TextLayout.truncate("Hello, world", to: 5) == "Hell…")
        #expect(TextLayout.truncate("Hello", to: 5) == "Hello")
        #expect(TextLayout.truncate("Hello", to: 1) == "…")
        #expect(TextLayout.truncate("Hello", to: 0) == "")
        // A wide character never straddles the cut.
        #expect(TextLayout.truncate("日本語", to: 4) == "日…")
        #expect(TextLayout.width(TextLayout.truncate("日本語", to: 4)) == 3)
    }

    @Test func fitPadsAndAligns() {
        #expect(TextLayout.fit("ab", width: 5, alignment: .right) == "   ab")
        #expect(TextLayout.fit("ab", width: 5, alignment: .center) == " ab  ")
        #expect(TextLayout.fit("日本", width: 5) == "日本 ")
    }

    @Test func wrapAtWordsAndBreakLongWords() {
        #expect(TextLayout.wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(TextLayout.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextLayout.wrap("a\nb", width: 4) == ["a", "b"])
        #expect(TextLayout.wrap("日本語テキスト", width: 5) == ["日本", "語テ", "キス", "ト"])
        #expect(TextLayout.wrap("anything", width: 0) == [])
    }
}
