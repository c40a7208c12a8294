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

    /// The app's completer offers full lines for what is typed, arguments included.
    static let workers = ["W-000123", "W-000124", "W-001000"]
    static func completer(_ text: String) -> [String] {
        guard text.hasPrefix("worker ") else { return [] }
        let typed = text.dropFirst("worker ".count)
        return workers.filter { $0.hasPrefix(typed) }.map { "worker " + $0 }
    }

    @Test func tabCompletesArgumentsFromTheAppsCompleter() {
        var cmd = CommandLineState(candidates: ["worker ", "workers", "quit"], completer: Self.completer)
        for c in "wor" { _ = cmd.handle(.char(c)) }
        #expect(cmd.matches == ["worker ", "workers"])
        _ = cmd.handle(.tab)
        #expect(cmd.text == "worker")
        for c in " W-00" { _ = cmd.handle(.char(c)) }
        #expect(cmd.matches == ["worker W-000123", "worker W-000124", "worker W-001000"])
        _ = cmd.handle(.char("0"))
        _ = cmd.handle(.tab)
        #expect(cmd.text == "worker W-00012", "to the longest common prefix")
        _ = cmd.handle(.tab)
        #expect(cmd.text == "worker W-000123", "then it cycles through the matches")
        _ = cmd.handle(.tab)
        #expect(cmd.text == "worker W-000124")
        var one = CommandLineState(candidates: ["quit"], completer: Self.completer, text: "worker W-001")
        _ = one.handle(.tab)
        #expect(one.text == "worker W-001000 ")
        #expect(one.handle(.enter) == .submitted("worker W-001000"))
    }

    @Test func theMatchesFollowTheInputFromTheWordBeingCompleted() {
        var cmd = CommandLineState(candidates: ["worker "], completer: Self.completer, text: "worker W-00")
        _ = cmd.handle(.char("0"))
        let b = render(CommandLineView(state: cmd), width: 50, height: 1)
        #expect(b.lines == [":worker W-000   W-000123 W-000124                 "])
        expectWellFormed(b)
    }

    @Test func upAndDownWalkTheHistoryAndComeBackToTheTypedLine() {
        var cmd = CommandLineState(candidates: [], history: ["goto 5", "theme default", "worker W-000123"])
        for c in "the" { _ = cmd.handle(.char(c)) }
        #expect(cmd.handle(.up) == .changed("worker W-000123"), "newest first")
        #expect(cmd.handle(.up) == .changed("theme default"))
        #expect(cmd.handle(.up) == .changed("goto 5"))
        #expect(cmd.handle(.up) == .none, "the oldest is the end")
        #expect(cmd.handle(.down) == .changed("theme default"))
        #expect(cmd.handle(.down) == .changed("worker W-000123"))
        #expect(cmd.handle(.down) == .changed("the"), "past the newest: the line being typed, as typed")
        #expect(cmd.handle(.down) == .none)
        _ = cmd.handle(.up)
        _ = cmd.handle(.backspace)
        #expect(cmd.text == "worker W-00012", "a recalled line is edited like a typed one")
        #expect(cmd.handle(.enter) == .submitted("worker W-00012"))
        var empty = CommandLineState(candidates: ["quit"])
        #expect(empty.handle(.up) == .none)
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
