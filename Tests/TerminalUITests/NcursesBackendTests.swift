import Testing
@testable import TerminalUI

/// The real ncurses backend, drawing into a pseudo-terminal: the bytes tested are the bytes a
/// terminal would receive. One test only (ncurses is process-global state).
@Suite(.serialized) struct NcursesBackendTests {
    @Test func writesOnlyChangesAndNothingHostile() throws {
        let size = Size(width: 60, height: 12)
        let pty = try #require(PseudoTerminal(size: size))
        let streams = try #require(pty.openStreams())
        let backend = try NcursesBackend(options: .init(terminalName: "xterm-256color", environment: [:]),
                                         input: streams.input, output: streams.output)
        defer { backend.close() }
        backend.resize(to: size)
        #expect(backend.size == size)
        #expect(backend.colorDepth == .full256)
        _ = pty.takeOutput()
        let terminal = Terminal(backend: backend)

        var frame = terminal.makeBuffer()
        Block(title: "Counts").render(frame.area, &frame)
        frame.write("Placements: 41", x: 2, y: 1, style: Style(fg: .green, attributes: .bold))
        terminal.draw(frame)
        let first = pty.takeOutput()
        #expect(first.count > 60)

        // Nothing changed: not a single byte.
        terminal.draw(frame)
        #expect(pty.takeOutput().isEmpty)

        // One figure changed: a cursor move, attributes and one character.
        frame.write("Placements: 42", x: 2, y: 1, style: Style(fg: .green, attributes: .bold))
        terminal.draw(frame)
        let changed = pty.takeOutput()
        #expect(changed.count > 0 && changed.count <= 50)
        #expect(changed.contains(UInt8(ascii: "2")))

        // The sanitiser corpus on screen: none of its sequences reach the terminal.
        for (i, entry) in SanitizerTests.corpus.enumerated() where i + 2 < size.height - 1 {
            frame.write(entry.text, x: 2, y: i + 2)
        }
        terminal.draw(frame)
        let hostile = pty.takeOutput()
        let text = String(decoding: hostile, as: UTF8.self)
        #expect(!text.contains("\u{1B}]"), "OSC reached the terminal")
        #expect(!text.contains("\u{1B}[2J"))
        #expect(!text.contains("\u{1B}[6n"))
        #expect(!hostile.contains(0x07), "BEL reached the terminal")
        #expect(!text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) }, "C1 reached the terminal")
        #expect(!text.contains("\u{202E}"))
        #expect(text.contains("␛]52;c;"))
        #expect(text.contains("⸮"))
    }
}
