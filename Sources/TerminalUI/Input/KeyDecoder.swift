import CNcursesw

/// Turns what `wget_wch` returned into a `Key`. Pure apart from reading ncurses' constants, so it is
/// tested without a terminal.
public enum KeyDecoder {
    /// `status` is wget_wch's return (OK or KEY_CODE_YES); `code` the wint_t it stored.
    public static func decode(status: Int32, code: UInt32, mouse: () -> MouseEvent? = { nil }) -> Key? {
        if status == tui_key_code_yes() {
            return decodeKeyCode(Int32(bitPattern: code), mouse: mouse)
        }
        return decodeCharacter(code)
    }

    /// A character (status OK).
    public static func decodeCharacter(_ code: UInt32) -> Key? {
        switch code {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        case 0x00: return .ctrl(" ")
        case 0x01...0x1A: return .ctrl(Character(Unicode.Scalar(code + 0x60) ?? "?"))
        case 0x1C...0x1F: return .unknown(Int(code))
        case 0x80...0x9F: return .unknown(Int(code))
        default:
            guard let s = Unicode.Scalar(code) else { return nil }
            return .char(Character(s))
        }
    }

    /// A function-key code (status KEY_CODE_YES).
    public static func decodeKeyCode(_ code: Int32, mouse: () -> MouseEvent? = { nil }) -> Key? {
        switch code {
        case tui_key_up(): return .up
        case tui_key_down(): return .down
        case tui_key_left(): return .left
        case tui_key_right(): return .right
        case tui_key_home(), tui_key_a1(), tui_key_beg(), tui_key_find(): return .home
        case tui_key_end(), tui_key_c1(), tui_key_select(): return .end
        case tui_key_ppage(): return .pageUp
        case tui_key_npage(): return .pageDown
        case tui_key_ic(): return .insert
        case tui_key_dc(): return .delete
        case tui_key_backspace(): return .backspace
        case tui_key_enter(): return .enter
        case tui_key_btab(): return .backTab
        case tui_key_resize(): return .resize
        case tui_key_mouse(): return mouse().map { .mouse($0) }
        case tui_key_f(1)...tui_key_f(63): return .function(Int(code - tui_key_f(0)))
        default: return .unknown(Int(code))
        }
    }

    /// A mouse event from ncurses' button state bits.
    public static func mouseEvent(x: Int, y: Int, buttons: UInt) -> MouseEvent? {
        let b = UInt(buttons)
        if b & UInt(tui_button4_pressed()) != 0 { return MouseEvent(.wheelUp, x: x, y: y) }
        if b & UInt(tui_button5_pressed()) != 0 { return MouseEvent(.wheelDown, x: x, y: y) }
        if b & UInt(tui_button1_clicked() | tui_button1_pressed()) != 0 { return MouseEvent(.leftClick, x: x, y: y) }
        if b & UInt(tui_button3_clicked() | tui_button3_pressed()) != 0 { return MouseEvent(.rightClick, x: x, y: y) }
        return nil
    }
}
