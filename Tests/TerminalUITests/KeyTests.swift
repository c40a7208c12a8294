import CNcursesw
import Testing
@testable import TerminalUI

@Suite struct KeyTests {
    @Test func decodesCharacters() {
        #expect(KeyDecoder.decodeCharacter(0x61) == .char("a"))
        #expect(KeyDecoder.decodeCharacter(0x0D) == .enter)
        #expect(KeyDecoder.decodeCharacter(0x0A) == .enter)
        #expect(KeyDecoder.decodeCharacter(0x09) == .tab)
        #expect(KeyDecoder.decodeCharacter(0x1B) == .escape)
        #expect(KeyDecoder.decodeCharacter(0x7F) == .backspace)
        #expect(KeyDecoder.decodeCharacter(0x13) == .ctrl("s"))
        #expect(KeyDecoder.decodeCharacter(0x01) == .ctrl("a"))
        #expect(KeyDecoder.decodeCharacter(0x65E5) == .char("日"))
        #expect(KeyDecoder.decodeCharacter(0x9B) == .unknown(0x9B))
    }

    @Test func decodesKeyCodes() {
        let yes = tui_key_code_yes()
        func key(_ code: Int32) -> Key? { KeyDecoder.decode(status: yes, code: UInt32(bitPattern: code)) }
        #expect(key(tui_key_up()) == .up)
        #expect(key(tui_key_npage()) == .pageDown)
        #expect(key(tui_key_ppage()) == .pageUp)
        #expect(key(tui_key_home()) == .home)
        #expect(key(tui_key_end()) == .end)
        #expect(key(tui_key_f(1)) == .function(1))
        #expect(key(tui_key_f(12)) == .function(12))
        #expect(key(tui_key_btab()) == .backTab)
        #expect(key(tui_key_dc()) == .delete)
        #expect(key(tui_key_backspace()) == .backspace)
        #expect(key(tui_key_resize()) == .resize)
        #expect(KeyDecoder.decode(status: yes, code: UInt32(bitPattern: tui_key_mouse())) { MouseEvent(.leftClick, x: 3, y: 4) }
                == .mouse(MouseEvent(.leftClick, x: 3, y: 4)))
        #expect(KeyDecoder.mouseEvent(x: 1, y: 2, buttons: UInt(tui_button4_pressed())) == MouseEvent(.wheelUp, x: 1, y: 2))
        #expect(KeyDecoder.mouseEvent(x: 1, y: 2, buttons: UInt(tui_button5_pressed())) == MouseEvent(.wheelDown, x: 1, y: 2))
    }

    enum Action: Hashable, Sendable { case help, quit, save, filter }

    static let table = KeyTable<Action>([
        KeyBinding([.function(1), .char("?")], .help, help: "Show this help", hint: "Help"),
        KeyBinding([.function(2), .ctrl("s")], .save, help: "Save the record", hint: "Save"),
        KeyBinding([.char("/")], .filter, help: "Filter rows"),
        KeyBinding([.function(10), .char("q")], .quit, help: "Quit", hint: "Quit"),
    ])

    @Test func oneTableDrivesDispatchHintsAndHelp() {
        let t = Self.table
        #expect(t.action(for: .function(1)) == .help)
        #expect(t.action(for: .char("?")) == .help)
        #expect(t.action(for: .char("q")) == .quit)
        #expect(t.action(for: .ctrl("s")) == .save)
        #expect(t.action(for: .char("x")) == nil)
        #expect(t.hints == [KeyHint(keys: "F1", label: "Help"), KeyHint(keys: "F2", label: "Save"), KeyHint(keys: "F10", label: "Quit")])
        #expect(t.helpEntries.map(\.keys) == ["F1 ?", "F2 Ctrl-S", "/", "F10 q"])
        #expect(t.conflicts.isEmpty)
    }

    @Test func conflictsAreReported() {
        let t = KeyTable<Action>([KeyBinding([.char("q")], .quit, help: "Quit"), KeyBinding([.char("q")], .save, help: "Save")])
        #expect(t.conflicts[.char("q")] == [.quit, .save])
        #expect(t.action(for: .char("q")) == .quit)
    }

    @Test func helpOverlayListsAlternativeKeys() {
        let overlay = HelpOverlay(entries: Self.table.helpEntries, theme: Theme.builtIn)
        let b = render(overlay, width: 40, height: 8)
        #expect(b.lines == [
            "                                        ",
            "    ┌ Help ───────────────────────┐     ",
            "    │ F1 ?       Show this help   │     ",
            "    │ F2 Ctrl-S  Save the record  │     ",
            "    │ /          Filter rows      │     ",
            "    │ F10 q      Quit             │     ",
            "    └─────────────────────────────┘     ",
            "                                        ",
        ])
        // Squeezed, it still lists every action, cutting help text rather than keys.
        let small = render(overlay, width: 20, height: 5)
        #expect(small.lines == [
            "┌ Help ────────────┐",
            "│ F1 ?       Show… │",
            "│ F2 Ctrl-S  Save… │",
            "│ /          Filt… │",
            "└──────────────────┘",
        ])
    }

    @Test func textInputEditing() {
        var input = TextInput("Siti")
        input.handle(.home)
        input.handle(.char(">"))
        input.handle(.end)
        input.handle(.backspace)
        #expect(input.text == ">Sit")
        input.handle(.ctrl("w"))
        #expect(input.text == "")
        input.text = "a b c"
        input.handle(.left)
        input.handle(.ctrl("k"))
        #expect(input.text == "a b ")
        input.handle(.ctrl("u"))
        #expect(input.text == "")
    }
}
