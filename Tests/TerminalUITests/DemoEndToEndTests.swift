import Foundation
import Testing
import TmuxTesting

/// The demo executable driven through tmux under several terminal types, as an operator would.
@Suite(.serialized, .enabled(if: tmuxAvailable, "tmux is not installed"))
struct DemoEndToEndTests {
    static let terms = ["xterm-256color", "screen-256color", "vt100", "linux"]

    func demo() throws -> String {
        let url = try #require(builtExecutable("terminalui-demo"),
                               "terminalui-demo is not built: run `swift build --product terminalui-demo` (swift test builds it)")
        return url.path
    }

    @Test(arguments: terms)
    func navigatesHelpsAndQuits(term: String) throws {
        try withTmux([demo()], term: term) { tmux in
            try tmux.waitFor("Rows 1,000,000")
            try tmux.waitFor("F1 Help")
            try tmux.press("End")
            try tmux.waitFor("row 1,000,000/1,000,000")
            try tmux.waitFor(" 1000000 ")
            try tmux.press("g")
            try tmux.waitFor("row 1/1,000,000")
            // The plain key and the function key open the same help, listing both.
            try tmux.press("?")
            // The overlay can be caught half drawn (its first rows only): wait for the whole listing.
            try tmux.waitUntil("the help listing both keys") {
                $0.contains("Show this help") && $0.contains("F1 ?") && $0.contains("F10 q")
            }
            try tmux.press("Escape")
            try tmux.waitUntil("help closed") { !$0.contains("Show this help") }
            try tmux.press("q")
            #expect(try tmux.waitForExit() == 0)
        }
    }

    @Test(arguments: terms)
    func survivesResizeTo1x1AndBack(term: String) throws {
        try withTmux([demo()], term: term) { tmux in
            try tmux.waitFor("Rows 1,000,000")
            try tmux.resize(width: 1, height: 1)
            try tmux.waitUntil("the 1×1 screen") { screen in
                !screen.contains("Rows") && screen.split(separator: "\n").allSatisfy { $0.count <= 1 }
            }
            try tmux.resize(width: 20, height: 5)
            try tmux.waitUntil("the 20×5 screen") { screen in
                screen.contains("Rows 1,000,000") && screen.split(separator: "\n").count <= 5
            }
            try tmux.resize(width: 80, height: 24)
            let screen = try tmux.waitFor("80×24")
            #expect(screen.contains("Rows 1,000,000"))
            #expect(!tmux.isDead)
            try tmux.press("q")
            #expect(try tmux.waitForExit() == 0)
        }
    }

    /// tmux sends its own sequences for F-keys whatever TERM says inside; the backend teaches
    /// ncurses the common ones, so they work even where the terminfo entry disagrees.
    @Test(arguments: terms)
    func functionKeys(term: String) throws {
        try withTmux([demo()], term: term) { tmux in
            try tmux.waitFor("Rows 1,000,000")
            try tmux.press("F1")
            try tmux.waitFor("Show this help")
            try tmux.press("Escape")
            try tmux.waitUntil("help closed") { !$0.contains("Show this help") }
            try tmux.press("F4")
            try tmux.waitFor("Registration")
            try tmux.press("F10")
            #expect(try tmux.waitForExit() == 0)
        }
    }

    @Test func mouseClickSelectsAndWheelScrolls() throws {
        try withTmux([demo(), "--mouse"], term: "xterm-256color") { tmux in
            try tmux.waitFor("Rows 1,000,000")
            // SGR mouse reports, as xterm sends them: press and release at column 20, row 8.
            try tmux.type("\u{1B}[<0;20;8M\u{1B}[<0;20;8m")
            try tmux.waitFor("row 5/1,000,000")
            try tmux.type("\u{1B}[<65;20;8M")  // wheel down
            try tmux.waitFor("row 8/1,000,000")
            try tmux.press("q")
            #expect(try tmux.waitForExit() == 0)
        }
    }

    @Test func formShowsInlineErrors() throws {
        try withTmux([demo()], term: "xterm-256color", width: 100, height: 24) { tmux in
            try tmux.waitFor("Rows 1,000,000")
            try tmux.press("2")
            try tmux.waitFor("Registration")
            try tmux.press("F2")
            // The form can be caught half drawn: wait for the marker and the summary together.
            try tmux.waitUntil("the inline errors") {
                $0.contains("← required") && $0.contains("Please correct the marked fields")
            }
            // Focus is on the first field in error; every printable character is text there.
            try tmux.type("Siti?")
            try tmux.press("Tab")
            try tmux.type("123")
            try tmux.press("Tab")
            try tmux.waitFor("← NIK has 16 digits")
            try tmux.type("12/04/1998")
            try tmux.waitFor("12/04/1998")
            // A pick list opens under the field as it is typed, filtered; Enter picks and moves on.
            try tmux.press("Tab")
            try tmux.press("Tab")
            try tmux.type("jawa t")
            try tmux.waitUntil("the filtered list") { $0.contains("33  Jawa Tengah") && $0.contains("35  Jawa Timur") }
            try tmux.press("Down")
            try tmux.press("Enter")
            try tmux.waitFor("35 Jawa Timur")
            // Esc on a changed form asks first; n keeps the form as typed, y leaves it.
            try tmux.press("Escape")
            try tmux.waitFor("Leave the form?")
            try tmux.press("n")
            try tmux.waitUntil("the form kept") { !$0.contains("Leave the form?") && $0.contains("Siti?") }
            try tmux.press("Escape")
            try tmux.waitFor("Leave the form?")
            try tmux.press("y")
            try tmux.waitFor("Cancelled")
            try tmux.press("F10")
            #expect(try tmux.waitForExit() == 0)
        }
    }

    @Test func filterRunsOffTheUIThreadAndThemesSwitchLive() throws {
        try withTmux([demo()], term: "screen-256color", width: 100, height: 30) { tmux in
            try tmux.waitFor("Rows 1,000,000")
            try tmux.press("/")
            try tmux.type("siti")
            // The count arrives when the background filter over the million rows is done. A capture
            // can catch a frame half drawn (the breadcrumb already "/siti", the filter line still
            // "/" and the unfiltered "1,000,000 matches"), so wait for the filter line itself to show
            // "/siti" with a count, and the table's title the same count, not the unfiltered one.
            let screen = try tmux.waitUntil("the filter result") { Self.showsFilterResult($0, for: "siti") }
            #expect(screen.contains("Siti "))
            #expect(!screen.contains("Budi "))
            try tmux.press("Enter")
            try tmux.press(":")
            try tmux.type("theme monochrome")
            try tmux.press("Enter")
            try tmux.waitFor("theme monochrome")
            try tmux.press("q")
            #expect(try tmux.waitForExit() == 0)
        }
    }

    /// The screen once the first frame is all there. A capture can catch a frame half drawn (the
    /// title row "Rows 1,000,000" already, the rows below it not yet), so wait for the key-hint bar's
    /// last hint at the end of the bottom line, which the frame draws last; then capture (with colour
    /// codes if asked), which can only show that frame or a later one.
    func firstFrame(_ tmux: TmuxSession, colors: Bool = false) throws -> String {
        try tmux.waitUntil("the first frame") { $0.contains("Rows 1,000,000") && $0.contains("/ Filter") }
        return try tmux.capture(colors: colors)
    }

    /// Whether `screen` shows the finished filter for `text`: the filter line reads "/text … N matches"
    /// and the table's title "Rows N", with N not the unfiltered 1,000,000. The filter line is the
    /// screen's last line, drawn after the table in the same frame.
    static func showsFilterResult(_ screen: String, for text: String) -> Bool {
        guard let line = screen.split(separator: "\n").last(where: { $0.hasPrefix("/" + text + " ") }) else { return false }
        let words = line.split(separator: " ")
        guard words.count >= 3, words.last == "matches" else { return false }
        let count = words[words.count - 2]
        return count != "1,000,000" && count.allSatisfy { $0.isNumber || $0 == "," } && screen.contains("Rows \(count) ")
    }

    @Test func colourFollowsTheTerminalAndNO_COLOR() throws {
        try withTmux([demo()], term: "xterm-256color") { tmux in
            let screen = try firstFrame(tmux, colors: true)
            #expect(sgrColourCodes(in: screen) > 0, "no colour in:\n\(screen.debugDescription)")
            try tmux.press("q")
            _ = try tmux.waitForExit()
        }
        try withTmux([demo()], term: "xterm-256color", environment: ["NO_COLOR": "1"]) { tmux in
            let screen = try firstFrame(tmux, colors: true)
            #expect(sgrColourCodes(in: screen) == 0)
            #expect(screen.contains("\u{1B}[7m") || screen.contains(";7m") || screen.contains("[7;"))  // selection in reverse
            try tmux.press("q")
            _ = try tmux.waitForExit()
        }
        try withTmux([demo()], term: "vt100") { tmux in
            let screen = try firstFrame(tmux, colors: true)
            #expect(sgrColourCodes(in: screen) == 0)
            try tmux.press("q")
            _ = try tmux.waitForExit()
        }
    }

    @Test func hostileNamesAreShownInertAndNeverReachTheTitle() throws {
        try withTmux([demo()], term: "xterm-256color") { tmux in
            let before = try tmux.format("#{pane_title}")
            let screen = try firstFrame(tmux)
            #expect(screen.contains("Eve␛]0;pwned␇"))
            #expect(screen.contains("abc⸮fdp.exe"))
            // Column alignment survives: the province column starts at the same place on every row.
            let lines = screen.split(separator: "\n").filter { $0.contains("Eve␛") || $0.contains("Agus Rahayu") }
            #expect(lines.count == 2)
            #expect(Set(lines.map { $0.firstRange(of: "│")?.lowerBound.utf16Offset(in: $0) }).count == 1)
            #expect(try tmux.format("#{pane_title}") == before)
            #expect(try !tmux.format("#{pane_title}").contains("pwned"))
            try tmux.press("q")
            _ = try tmux.waitForExit()
        }
    }

    @Test func badThemeIsReportedBeforeTheScreenIsTaken() throws {
        try withTmux([demo(), "--theme", "no-such-theme"], term: "xterm-256color") { tmux in
            #expect(try tmux.waitForExit() == 2)
            let screen = try tmux.capture(history: true).replacingOccurrences(of: "\n", with: "")
            #expect(screen.contains("no-such-theme.toml"))
        }
    }
}

/// How many SGR parameters in `screen` set a foreground or background colour.
func sgrColourCodes(in screen: String) -> Int {
    var count = 0
    var rest = Substring(screen)
    while let start = rest.range(of: "\u{1B}[") {
        rest = rest[start.upperBound...]
        guard let end = rest.firstIndex(where: { !($0.isNumber || $0 == ";") }) else { break }
        if rest[end] == "m" {
            let params = rest[..<end].split(separator: ";").compactMap { Int($0) }
            count += params.filter { (30...37).contains($0) || (40...47).contains($0) || (90...97).contains($0)
                || (100...107).contains($0) || $0 == 38 || $0 == 48 }.count
        }
        rest = rest[end...]
    }
    return count
}
