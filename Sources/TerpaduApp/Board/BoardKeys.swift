import TerminalUI

public enum BoardAction: Hashable, Sendable {
    case quit, help, nextBreakdown, pickProvince, pickDestination, clear
    case breakdown(BoardModel.Breakdown)
}

/// The board's keys: the hint bar and the help screen are read from the same table.
enum BoardKeys {
    static func table(_ w: BoardWords) -> KeyTable<BoardAction> {
        var bindings = [
            KeyBinding([.char("b"), .tab], BoardAction.nextBreakdown, help: w.keyBreakdown, hint: w.hintBreakdown),
            KeyBinding([.char("p")], .pickProvince, help: w.keyProvince, hint: w.hintProvince),
            KeyBinding([.char("d")], .pickDestination, help: w.keyDestination, hint: w.hintDestination),
            KeyBinding([.char("x")], .clear, help: w.keyClear, hint: w.hintClear),
            KeyBinding([.function(1), .char("?")], .help, help: w.keyHelp, hint: w.hintHelp),
            KeyBinding([.function(10), .char("q")], .quit, help: w.keyQuit, hint: w.hintQuit),
        ]
        for b in BoardModel.Breakdown.allCases {
            bindings.append(KeyBinding([.char(Character(String(b.rawValue + 1)))], .breakdown(b), help: w.breakdown(b)))
        }
        return KeyTable(bindings)
    }
}
