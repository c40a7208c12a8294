import TerminalUI

/// The shell's actions: they work on every screen (F-keys and Ctrl-keys even while a field has focus).
public enum DeskAction: Hashable, Sendable {
    case help, quit, nextTab, previousTab, tab(Pane), command, back
}

/// A key binding that records a change: hidden from a supervisor's hint bar and help, and refused
/// if typed anyway.
struct Bound<Action: Hashable & Sendable> {
    var binding: KeyBinding<Action>
    var writes: Bool
    init(_ keys: [Key], _ action: Action, help: String, hint: String? = nil, writes: Bool = false) {
        binding = KeyBinding(keys, action, help: help, hint: hint)
        self.writes = writes
    }
}

/// The table a role may use: a supervisor's leaves out every binding that writes.
func keyTable<Action>(_ bound: [Bound<Action>], role canWrite: Bool) -> KeyTable<Action> {
    KeyTable(bound.filter { canWrite || !$0.writes }.map(\.binding))
}

/// The keys that move a table's selection, the same on every list (`rows: false`: only the arrows).
func tableMoves<Action>(_ sh: ShellWords, rows: Bool = true, _ action: (TableStep) -> Action) -> [Bound<Action>] {
    var bound = [
        Bound([.up, .char("k")], action(.up), help: sh.keyUp),
        Bound([.down, .char("j")], action(.down), help: sh.keyDown),
    ]
    guard rows else { return bound }
    bound += [
        Bound([.pageUp, .ctrl("b")], action(.pageUp), help: sh.keyPageUp),
        Bound([.pageDown, .char(" ")], action(.pageDown), help: sh.keyPageDown),
        Bound([.home, .char("g")], action(.first), help: sh.keyFirst),
        Bound([.end, .char("G")], action(.last), help: sh.keyLast),
    ]
    return bound
}

enum DeskKeys {
    static func table(_ s: Strings) -> KeyTable<DeskAction> {
        let w = s.shell
        return KeyTable([
            KeyBinding([.function(1), .char("?")], .help, help: w.keyHelp, hint: w.hintHelp),
            KeyBinding([.char(":")], .command, help: w.keyCommand, hint: w.hintCommand),
            KeyBinding([.tab], .nextTab, help: w.keyNextTab),
            KeyBinding([.backTab], .previousTab, help: w.keyPreviousTab),
            KeyBinding([.char("1")], .tab(.dashboard), help: w.keyGoTab),
            KeyBinding([.char("2")], .tab(.workers), help: w.keyGoTab),
            KeyBinding([.char("3")], .tab(.jobFairs), help: w.keyGoTab),
            KeyBinding([.char("4")], .tab(.training), help: w.keyGoTab),
            KeyBinding([.char("5")], .tab(.placements), help: w.keyGoTab),
            KeyBinding([.char("6")], .tab(.reintegration), help: w.keyGoTab),
            KeyBinding([.escape], .back, help: w.keyBack),
            KeyBinding([.function(10), .char("q")], .quit, help: w.keyQuit, hint: w.hintQuit),
        ])
    }

    /// A key that acts while a text field has focus: F-keys and Ctrl-keys (Tab, Enter and Esc belong
    /// to the field's own table).
    static func actsWhileTyping(_ key: Key) -> Bool {
        switch key {
        case .function, .ctrl: true
        default: false
        }
    }
}
