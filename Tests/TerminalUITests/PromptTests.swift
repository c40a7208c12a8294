import Testing
@testable import TerminalUI

@Suite struct PromptTests {
    @Test func commandLineCompletesToCommonPrefixThenCycles() {
        var cmd = CommandLineState(candidates: ["theme", "theme-list", "quit", "goto"])
        _ = cmd.handle(.char("t"))
        #expect(cmd.matches == ["theme", "theme-list"])
        _ = cmd.handle(.tab)
        #expect(cmd.text == "theme")
        _ = cmd.handle(.tab)
        #expect(cmd.text == "theme")
        _ = cmd.handle(.tab)
        #expect(cmd.text == "theme-list")
        var single = CommandLineState(candidates: ["theme", "quit"], text: "q")
        _ = single.handle(.tab)
        #expect(single.text == "quit ")
        #expect(single.handle(.enter) == .submitted("quit"))
        #expect(single.handle(.escape) == .cancelled)
    }

    @Test func commandLineRendersPromptAndCompletions() {
        let cmd = CommandLineState(candidates: ["theme", "quit"], text: "th")
        let b = render(CommandLineView(state: cmd), width: 30, height: 1)
        #expect(b.lines == [":th           theme           "])
    }

    @Test func filterReportsEveryChange() {
        var filter = FilterInputState()
        #expect(filter.handle(.char("s")) == .changed("s"))
        #expect(filter.handle(.char("i")) == .changed("si"))
        #expect(filter.handle(.left) == .none)
        #expect(filter.handle(.enter) == .submitted("si"))
        #expect(filter.handle(.escape) == .cancelled)
        let b = render(FilterInputView(state: filter, status: "12 matches"), width: 24, height: 1)
        #expect(b.lines == ["/si           12 matches"])
    }
}
