/// One keystroke (or terminal event) decoded from ncurses' `wget_wch`.
public enum Key: Hashable, Sendable {
    /// A printable character (space included).
    case char(Character)
    /// Ctrl plus a letter, given in lower case: Ctrl-A is `.ctrl("a")`.
    case ctrl(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case insert, delete, backspace
    case enter, escape, tab, backTab
    /// F1–F12 (and higher when the terminal sends them).
    case function(Int)
    /// The terminal changed size.
    case resize
    case mouse(MouseEvent)
    /// A key code ncurses returned that has no name here.
    case unknown(Int)

    /// How the key is written in hint bars and help: `F1`, `?`, `Ctrl-S`, `↑`, `Enter`.
    public var displayName: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .insert: return "Ins"
        case .delete: return "Del"
        case .backspace: return "Bksp"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .function(let n): return "F\(n)"
        case .resize: return "Resize"
        case .mouse: return "Mouse"
        case .unknown(let code): return "Key\(code)"
        }
    }

    /// The printable character, when this is one.
    public var character: Character? {
        if case .char(let c) = self { return c }
        return nil
    }
}
