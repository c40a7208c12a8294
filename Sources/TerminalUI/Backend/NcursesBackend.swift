import CNcursesw
#if canImport(Glibc)
import Glibc
#endif

/// Why the terminal could not be started.
public struct TerminalStartError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

/// The only code in the package that calls ncurses. Writes only the cells it is given (the changes
/// since the last frame, worked out by `Terminal`), with `mvwadd_wch`, and then calls `doupdate`
/// once; box-drawing characters go out as WACS_* so terminals without Unicode line drawing (vt100,
/// the Linux console) get their own line set. Must be created, used and closed on one thread.
public final class NcursesBackend: Backend {
    public struct Options: Sendable {
        /// terminfo name; nil means $TERM.
        public var terminalName: String?
        /// Report mouse clicks and the wheel (off by default: it takes over the terminal's selection).
        public var mouse: Bool
        /// Environment used for NO_COLOR.
        public var environment: [String: String]
        /// Catch SIGTERM, SIGHUP and SIGINT so the terminal is restored before the program ends
        /// (`TerminationSignals`); `terminationSignal` reports them. nil: only when drawing on the
        /// process's own terminal (no `input`/`output` given), where the event loop reads the keys;
        /// a program drawing into a pty of its own keeps its signals as they were.
        public var catchTerminationSignals: Bool?

        public init(terminalName: String? = nil, mouse: Bool = false, environment: [String: String],
                    catchTerminationSignals: Bool? = nil) {
            self.terminalName = terminalName
            self.mouse = mouse
            self.environment = environment
            self.catchTerminationSignals = catchTerminationSignals
        }
    }

    private var screen: OpaquePointer?
    private let inputFD: Int32
    public let colorDepth: ColorDepth
    private let colorCount: Int
    private var pairs: [Int64: Int32] = [:]
    private var nextPair: Int32 = 1
    private let maxPairs: Int32
    private var closed = false
    private var catchingSignals = false
    /// SIGTERM, SIGHUP or SIGINT once one was caught, or SIGHUP once the terminal hung up (its input
    /// reports POLLHUP). The event loop then returns; close the backend and end the program with
    /// `TerminationSignals.exit(bySignal:)`. Also set by `close()` for a signal caught after the
    /// loop last looked.
    public private(set) var terminationSignal: Int32?
    private var wideBuffer = [wchar_t](repeating: 0, count: 8)

    /// Starts ncurses on the given streams (stdin/stdout by default). The locale is set first:
    /// `setlocale(LC_ALL, "")`, then C.UTF-8 when that is not UTF-8.
    public init(
        options: Options,
        input: UnsafeMutablePointer<FILE>? = nil,
        output: UnsafeMutablePointer<FILE>? = nil
    ) throws(TerminalStartError) {
        _ = tui_setup_locale()
        set_escdelay(25)
        guard let inFile = input ?? fdopen(0, "r"), let outFile = output ?? fdopen(1, "w") else {
            throw TerminalStartError(description: "no terminal streams")
        }
        var shellModes = termios()
        let outFD = fileno(outFile)
        let haveShellModes = tcgetattr(outFD, &shellModes) == 0
        // Before newterm, so that ncurses sees the signals handled and does not install its own
        // handlers (which call endwin inside the handler and exit with status 1).
        let catchSignals = options.catchTerminationSignals ?? (input == nil && output == nil)
        catchingSignals = catchSignals && TerminationSignals.install()
        let name = options.terminalName ?? options.environment["TERM"] ?? "dumb"
        let scr: OpaquePointer? = name.withCString { newterm($0, outFile, inFile) }
        guard let scr else {
            if catchingSignals { _ = TerminationSignals.uninstall() }
            throw TerminalStartError(description: "cannot start the terminal (TERM=\(Sanitizer.clean(name)))")
        }
        screen = scr
        _ = set_term(scr)
        inputFD = fileno(inFile)
        raw()
        noecho()
        nonl()
        let win = tui_stdscr()
        keypad(win, true)
        intrflush(win, false)
        wtimeout(win, 0)
        _ = curs_set(0)
        set_escdelay(25)
        var colors = 0
        if has_colors() {
            start_color()
            _ = use_default_colors()
            colors = Int(tui_colors())
        }
        colorCount = colors
        maxPairs = max(0, tui_color_pairs())
        colorDepth = ColorDepth.detect(colors: colors, hasColors: has_colors(), environment: options.environment)
        Self.defineAlternativeKeySequences()
        if options.mouse {
            _ = mousemask(tui_wanted_mouse_mask(), nil)
            _ = mouseinterval(0)
        }
        if catchingSignals {
            TerminationSignals.prepare(.init(fd: outFD, bytes: Self.restoreSequence(mouse: options.mouse),
                                             modes: haveShellModes ? shellModes : nil))
        }
    }

    /// What endwin would send, from terminfo, for the signal handler's last resort: keypad off, mouse
    /// reports off, plain attributes, cursor shown, alternate screen left. Padding (`$<5>`) is dropped.
    static func restoreSequence(mouse: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        for cap in ["rmkx", "sgr0", "cnorm", "rmcup"] {
            guard let p = cap.withCString({ tigetstr($0) }), Int(bitPattern: p) != -1 else { continue }
            var s = Array(String(cString: p).utf8)
            while let start = s.firstRange(of: Array("$<".utf8)), let end = s[start.upperBound...].firstIndex(of: UInt8(ascii: ">")) {
                s.removeSubrange(start.lowerBound...end)
            }
            bytes += s
            if cap == "rmkx" && mouse { bytes += Array("\u{1B}[?1006l\u{1B}[?1000l".utf8) }
        }
        return bytes
    }

    deinit { close() }

    /// Sequences that terminals (and tmux, whatever TERM says inside it) send for keys but that the
    /// terminfo entry may not list: taught to ncurses only where the entry has no meaning for them.
    static func defineAlternativeKeySequences() {
        let esc = "\u{1B}"
        let table: [(String, Int32)] = [
            ("[1~", tui_key_home()), ("[7~", tui_key_home()), ("[H", tui_key_home()), ("OH", tui_key_home()),
            ("[4~", tui_key_end()), ("[8~", tui_key_end()), ("[F", tui_key_end()), ("OF", tui_key_end()),
            ("[2~", tui_key_ic()), ("[3~", tui_key_dc()), ("[5~", tui_key_ppage()), ("[6~", tui_key_npage()),
            ("[Z", tui_key_btab()),
            ("[A", tui_key_up()), ("[B", tui_key_down()), ("[C", tui_key_right()), ("[D", tui_key_left()),
            ("OA", tui_key_up()), ("OB", tui_key_down()), ("OC", tui_key_right()), ("OD", tui_key_left()),
            ("OP", tui_key_f(1)), ("OQ", tui_key_f(2)), ("OR", tui_key_f(3)), ("OS", tui_key_f(4)),
            ("[11~", tui_key_f(1)), ("[12~", tui_key_f(2)), ("[13~", tui_key_f(3)), ("[14~", tui_key_f(4)),
            ("[[A", tui_key_f(1)), ("[[B", tui_key_f(2)), ("[[C", tui_key_f(3)), ("[[D", tui_key_f(4)), ("[[E", tui_key_f(5)),
            ("[15~", tui_key_f(5)), ("[17~", tui_key_f(6)), ("[18~", tui_key_f(7)), ("[19~", tui_key_f(8)),
            ("[20~", tui_key_f(9)), ("[21~", tui_key_f(10)), ("[23~", tui_key_f(11)), ("[24~", tui_key_f(12)),
        ]
        for (tail, code) in table {
            let seq = esc + tail
            if seq.withCString({ key_defined($0) }) == 0 {
                _ = seq.withCString { define_key($0, code) }
            }
        }
    }

    /// Ends ncurses and restores the terminal, then stops catching termination signals (one caught
    /// meanwhile lands in `terminationSignal`). Safe to call twice.
    public func close() {
        guard !closed else { return }
        closed = true
        endwin()
        if let screen { delscreen(screen) }
        screen = nil
        if catchingSignals, let signal = TerminationSignals.uninstall(), terminationSignal == nil {
            terminationSignal = signal
        }
        catchingSignals = false
    }

    public var size: Size {
        let win = tui_stdscr()
        return Size(width: Int(tui_getmaxx(win)), height: Int(tui_getmaxy(win)))
    }

    /// Resize ncurses' idea of the screen (for the benchmark, whose "terminal" is a pty).
    public func resize(to size: Size) {
        _ = resizeterm(Int32(size.height), Int32(size.width))
    }

    public func invalidate() {
        let win = tui_stdscr()
        werase(win)
        clearok(tui_curscr(), true)
    }

    public func draw(_ changes: [CellChange]) {
        let win = tui_stdscr()
        for change in changes {
            let (attrs, pair) = attributes(for: change.cell.style)
            let y = Int32(change.y), x = Int32(change.x)
            if let box = Self.wacs(for: change.cell.symbol) {
                _ = tui_mvadd_wacs(win, y, x, box, attrs, pair)
                continue
            }
            var n = 0
            for s in change.cell.symbol.unicodeScalars where n < 5 {
                wideBuffer[n] = wchar_t(bitPattern: s.value)
                n += 1
            }
            if n == 0 { wideBuffer[0] = 0x20; n = 1 }
            wideBuffer[n] = 0
            var cc = cchar_t()
            let ok = wideBuffer.withUnsafeBufferPointer { p in tui_setcchar(&cc, p.baseAddress, attrs, pair) }
            if ok != ERR { _ = mvwadd_wch(win, y, x, &cc) }
        }
        wnoutrefresh(win)
        doupdate()
    }

    public func readKeys(timeout: Duration?, wakeFD: Int32) -> [Key] {
        guard terminationSignal == nil else { return [] }
        var fds = [pollfd(fd: inputFD, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: wakeFD, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: catchingSignals ? TerminationSignals.readFD : -1, events: Int16(POLLIN), revents: 0)]
        // A resize arrives as a signal that may land on another thread and not interrupt poll, so
        // never wait longer than 100 ms before asking ncurses whether KEY_RESIZE is pending.
        var ms: Int32 = 100
        if let timeout {
            let c = timeout.components
            ms = Int32(clamping: min(100, max(0, c.seconds * 1000 + c.attoseconds / 1_000_000_000_000_000)))
        }
        _ = poll(&fds, 3, ms)
        if fds[2].revents != 0, let signal = TerminationSignals.take() {
            terminationSignal = signal
            return []
        }
        if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
            // The terminal is gone (a hangup that sent no SIGHUP here): nothing more will come.
            terminationSignal = SIGHUP
            return []
        }
        var keys: [Key] = []
        let win = tui_stdscr()
        var code: wint_t = 0
        while keys.count < 512 {
            let status = wget_wch(win, &code)
            if status == ERR { break }
            let key = KeyDecoder.decode(status: status, code: UInt32(code)) {
                var x: Int32 = 0, y: Int32 = 0
                var b: UInt = 0
                guard tui_getmouse(&x, &y, &b) == OK else { return nil }
                return KeyDecoder.mouseEvent(x: Int(x), y: Int(y), buttons: b)
            }
            if let key { keys.append(key) }
        }
        return keys
    }

    private func attributes(for style: Style) -> (attr_t, Int32) {
        var a = tui_a_normal()
        let at = style.attributes
        if at.contains(.bold) { a |= tui_a_bold() }
        if at.contains(.dim) { a |= tui_a_dim() }
        if at.contains(.italic) { a |= tui_a_italic() }
        if at.contains(.underline) { a |= tui_a_underline() }
        if at.contains(.reverse) { a |= tui_a_reverse() }
        guard colorDepth != .none, style.fg != nil || style.bg != nil else { return (a, 0) }
        let fg = colorNumber(style.fg), bg = colorNumber(style.bg)
        let key = Int64(fg) << 32 | Int64(UInt32(bitPattern: bg))
        if let p = pairs[key] { return (a, p) }
        guard nextPair < maxPairs else { return (a, 0) }
        let p = nextPair
        guard tui_init_pair(p, fg, bg) != ERR else { return (a, 0) }
        nextPair += 1
        pairs[key] = p
        return (a, p)
    }

    private func colorNumber(_ color: Color?) -> Int32 {
        guard let color else { return -1 }
        let mapped = ColorMapper(depth: colorDepth).map(color)
        guard case .indexed(let i) = mapped, Int(i) < colorCount else { return -1 }
        return Int32(i)
    }

    static func wacs(for symbol: String) -> UnsafePointer<cchar_t>? {
        switch symbol {
        case "─": return tui_wacs_hline()
        case "│": return tui_wacs_vline()
        case "┌": return tui_wacs_ulcorner()
        case "┐": return tui_wacs_urcorner()
        case "└": return tui_wacs_llcorner()
        case "┘": return tui_wacs_lrcorner()
        case "├": return tui_wacs_ltee()
        case "┤": return tui_wacs_rtee()
        case "┬": return tui_wacs_ttee()
        case "┴": return tui_wacs_btee()
        case "┼": return tui_wacs_plus()
        case "═": return tui_wacs_d_hline()
        case "║": return tui_wacs_d_vline()
        case "╔": return tui_wacs_d_ulcorner()
        case "╗": return tui_wacs_d_urcorner()
        case "╚": return tui_wacs_d_llcorner()
        case "╝": return tui_wacs_d_lrcorner()
        default: return nil
        }
    }
}
