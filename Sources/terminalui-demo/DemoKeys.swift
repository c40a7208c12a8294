import TerminalUI

/// Every action of the demo, with its keys: one table drives dispatch, the hint bar and help.
enum DemoAction: Hashable, Sendable {
    case help, quit, nextTab, previousTab, tableTab, formTab, chartsTab, nextTheme, command, filter
    case up, down, pageUp, pageDown, first, last, sort, open, delete
}

let demoKeys = KeyTable<DemoAction>([
    KeyBinding([.function(1), .char("?")], .help, help: "Show this help", hint: "Help"),
    KeyBinding([.function(10), .char("q")], .quit, help: "Quit", hint: "Quit"),
    KeyBinding([.function(4), .char("]")], .nextTab, help: "Next tab", hint: "Next tab"),
    KeyBinding([.function(3), .char("[")], .previousTab, help: "Previous tab"),
    KeyBinding([.char("1")], .tableTab, help: "Table tab"),
    KeyBinding([.char("2")], .formTab, help: "Form tab"),
    KeyBinding([.char("3")], .chartsTab, help: "Charts tab"),
    KeyBinding([.function(5), .char("t")], .nextTheme, help: "Next theme", hint: "Theme"),
    KeyBinding([.char(":")], .command, help: "Command line (theme NAME, goto N, quit)", hint: "Command"),
    KeyBinding([.char("/")], .filter, help: "Filter names", hint: "Filter"),
    KeyBinding([.up, .char("k")], .up, help: "Previous row"),
    KeyBinding([.down, .char("j")], .down, help: "Next row"),
    KeyBinding([.pageUp, .ctrl("b")], .pageUp, help: "Page up"),
    KeyBinding([.pageDown, .ctrl("f")], .pageDown, help: "Page down"),
    KeyBinding([.home, .char("g")], .first, help: "First row"),
    KeyBinding([.end, .char("G")], .last, help: "Last row"),
    KeyBinding([.char("s")], .sort, help: "Reverse the order"),
    KeyBinding([.enter], .open, help: "Open the row"),
    KeyBinding([.delete, .char("d")], .delete, help: "Delete the row (asks first)"),
])

/// Keys that still work while the form has the keyboard (function keys only, so typing is free).
let formKeys = KeyTable<DemoAction>([
    KeyBinding([.function(1)], .help, help: "Show this help", hint: "Help"),
    KeyBinding([.function(10)], .quit, help: "Quit", hint: "Quit"),
    KeyBinding([.function(4)], .nextTab, help: "Next tab", hint: "Next tab"),
    KeyBinding([.function(3)], .previousTab, help: "Previous tab"),
    KeyBinding([.function(5)], .nextTheme, help: "Next theme", hint: "Theme"),
])
