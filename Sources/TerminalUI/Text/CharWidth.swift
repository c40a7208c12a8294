import CNcursesw

/// Display widths as ncurses and the terminal will give them: `wcwidth` of a grapheme's first scalar,
/// in the process's UTF-8 locale. -1 (unprintable or unknown) counts as 0, as notcurses does.
public enum CharWidth {
    /// `wcwidth` needs a UTF-8 LC_CTYPE; the ncurses backend sets the full locale before `initscr`,
    /// and this makes the same choice for processes that only render buffers (tests, benchmarks).
    static let localeReady: Bool = tui_ensure_utf8_ctype() == 1

    /// Width of one scalar: 0, 1 or 2.
    @inline(__always)
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return 1 }
        _ = localeReady
        let w = Int(tui_wcwidth(v))
        return w < 0 ? 0 : min(w, 2)
    }
}
