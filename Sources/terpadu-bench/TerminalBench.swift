import Foundation
import TerminalUI

// terpadu-bench terminal: how long a full 200×60 frame of a million-row table takes to render, and
// how many bytes reach the terminal for a frame where one figure changed and for one where nothing
// changed. The bytes are counted where a terminal would receive them: the ncurses backend draws
// into a pseudo-terminal and what comes out of its master side is counted (`PseudoTerminal`).

/// A million rows computed on demand.
private struct BenchRows: TableDataSource {
    static let names = ["Siti Rahayu", "Budi Santoso", "Dewi Lestari", "Agus Hidayat", "Nur Wijaya",
                        "Nguye\u{0302}\u{0303}n Thi\u{0323}", "李娜 Kusuma", "Putu Sinaga"]
    static let provinces = ["Jawa Barat", "Jawa Tengah", "Jawa Timur", "NTB", "NTT", "Lampung", "Bali"]
    static let stages = ["preparation", "prePlacement", "placement", "postPlacement"]
    var rowCount: Int { 1_000_000 }
    func cell(row: Int, column: Int) -> String {
        switch column {
        case 0: return String(row + 1)
        case 1: return Self.names[row % Self.names.count]
        case 2: return Self.provinces[(row &* 13) % Self.provinces.count]
        case 3: return Self.stages[(row / 7) % Self.stages.count]
        default: return "3201\(String(format: "%012d", row))"
        }
    }
}

/// The stage slots the shipped themes style (the toolkit knows none of them; an app names its own).
private extension ThemeSlot {
    static let preparation = ThemeSlot("preparation")
    static let prePlacement = ThemeSlot("prePlacement")
    static let placement = ThemeSlot("placement")
    static let postPlacement = ThemeSlot("postPlacement")
}

/// The benchmark screen: a title bar, a figure tile, the table, a status line and a hint bar.
private func renderDashboard(into buffer: inout Buffer, figure: Int, state: inout TableState, theme: Theme) {
    let rows = Layout.vertical([.fixed(1), .fixed(4), .fill(1), .fixed(1), .fixed(1)]).split(buffer.area)
    Breadcrumb(["Terpadu", "Workers", "All"], theme: theme).render(rows[0], &buffer)
    let tiles = Layout.horizontal([.fill(1), .fill(1), .fill(1), .fill(1)], spacing: 1).split(rows[1])
    FigureTile(label: "Pra-penempatan", value: String(figure), slot: .prePlacement, theme: theme).render(tiles[0], &buffer)
    FigureTile(label: "Penempatan", value: "295,439", slot: .placement, theme: theme).render(tiles[1], &buffer)
    FigureTile(label: "Purna", value: "8,812", slot: .postPlacement, theme: theme).render(tiles[2], &buffer)
    FigureTile(label: "Persiapan", value: "1,204", slot: .preparation, theme: theme).render(tiles[3], &buffer)
    let block = Block(title: "Workers 1,000,000", theme: theme)
    block.render(rows[2], &buffer)
    let table = Table(source: BenchRows(), columns: [
        TableColumn("No", width: .fixed(8), alignment: .right), TableColumn("Name", width: .fill(2)),
        TableColumn("Province", width: .fill(1)), TableColumn("Stage", width: .fixed(13)),
        TableColumn("NIK", width: .fixed(16)),
    ], theme: theme)
    table.render(block.inner(rows[2]), &buffer, state: &state)
    StatusLine(left: "operator siti · /srv/terpadu", right: "saved", theme: theme).render(rows[3], &buffer)
    KeyHintBar(hints: [KeyHint(keys: "F1", label: "Help"), KeyHint(keys: "/", label: "Filter"),
                       KeyHint(keys: "F10", label: "Quit")], theme: theme).render(rows[4], &buffer)
}

func runTerminalBench() {
    let width = 200, height = 60
    let theme: Theme
    if let dir = locateThemes(), let t = try? ThemeLoader(directory: dir, knownSlots: [.preparation, .prePlacement, .placement, .postPlacement])
        .load(name: "default") {
        theme = t.adapted(to: .full256)
    } else {
        theme = Theme.builtIn
    }
    print("terpadu-bench terminal: \(width)×\(height), a table over 1,000,000 rows, theme \(theme.name)")

    // 1. Rendering: a full frame into a fresh buffer, selection in the middle of the million.
    var state = TableState(selected: 500_000)
    var buffer = Buffer(size: Size(width: width, height: height))
    for _ in 0..<50 {  // warm up
        buffer = Buffer(size: Size(width: width, height: height))
        renderDashboard(into: &buffer, figure: 41, state: &state, theme: theme)
    }
    var renderTimes: [Double] = []
    for i in 0..<1000 {
        state.selected = 500_000 + i
        let t = now()
        var b = Buffer(size: Size(width: width, height: height))
        renderDashboard(into: &b, figure: 41, state: &state, theme: theme)
        renderTimes.append(now() - t)
        buffer = b
    }
    renderTimes.sort()
    let median = renderTimes[renderTimes.count / 2]
    let p99 = renderTimes[renderTimes.count * 99 / 100]
    // Render plus diff against the previous frame (what the loop does per frame).
    var previous = buffer
    let diffTime = medianTime(runs: 500) {
        var b = Buffer(size: Size(width: width, height: height))
        renderDashboard(into: &b, figure: 41, state: &state, theme: theme)
        _ = b.changes(from: previous)
        previous = b
    }

    // 2. Bytes written to a terminal (xterm-256color on a pty).
    var bytes: (first: Int, unchanged: Int, figure: Int, scroll: Int)?
    if let pty = PseudoTerminal(size: Size(width: width, height: height)), let streams = pty.openStreams(),
       let backend = try? NcursesBackend(options: .init(terminalName: "xterm-256color", environment: [:]),
                                         input: streams.input, output: streams.output) {
        backend.resize(to: Size(width: width, height: height))
        _ = pty.takeOutput()  // start-up sequences
        let terminal = Terminal(backend: backend)
        var s = TableState(selected: 999_990)
        func frame(_ figure: Int) -> Int {
            var b = terminal.makeBuffer()
            renderDashboard(into: &b, figure: figure, state: &s, theme: theme.adapted(to: backend.colorDepth))
            terminal.draw(b)
            return pty.takeOutput().count
        }
        let first = frame(41)
        let unchanged = frame(41)
        let figure = frame(42)
        s.move(by: 1, rowCount: 1_000_000)
        let scroll = frame(42)
        backend.close()
        bytes = (first, unchanged, figure, scroll)
    }

    print("")
    row("what", "measured", "target", nil)
    row("render full frame, median of 1000", ms(median), "≤ 2 ms", median <= 0.002)
    row("render full frame, 99th percentile", ms(p99), "", nil)
    row("render + diff against previous frame", ms(diffTime), "", nil)
    if let bytes {
        row("bytes, first full frame", "\(bytes.first) B", "", nil)
        row("bytes, one figure changed 41 → 42", "\(bytes.figure) B", "≤ 50 B", bytes.figure <= 50)
        row("bytes, nothing changed", "\(bytes.unchanged) B", "0 B", bytes.unchanged == 0)
        row("bytes, selection moved one row", "\(bytes.scroll) B", "", nil)
    } else {
        print("bytes: could not open a pseudo-terminal; not measured")
    }
}

/// themes/ next to the executable or in a parent directory, or in the current directory's tree.
private func locateThemes() -> URL? {
    let fm = FileManager.default
    var starts = [URL(fileURLWithPath: fm.currentDirectoryPath)]
    starts.insert(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(), at: 0)
    for start in starts {
        var dir = start.standardizedFileURL
        for _ in 0..<8 {
            let candidate = dir.appendingPathComponent("themes")
            if fm.fileExists(atPath: candidate.appendingPathComponent("default.toml").path) { return candidate }
            dir.deleteLastPathComponent()
        }
    }
    return nil
}
