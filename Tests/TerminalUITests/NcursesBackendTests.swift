import Foundation
import Testing
@testable import TerminalUI

/// The real ncurses backend, drawing into a pseudo-terminal: the bytes tested are the bytes a
/// terminal would receive. Serialized: ncurses (and signal handling) is process-global state.
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

    /// The handler's part is simulated (a real SIGTERM would go to the test runner): it wakes
    /// `readKeys`, which reports the signal; `close()` restores the actions found and hands over a
    /// signal that came after the loop stopped looking.
    @Test func terminationSignalsAreCaughtReportedAndReleased() throws {
        let hupWasDefault = Self.handlerIsDefault(SIGHUP)
        let pty = try #require(PseudoTerminal(size: Size(width: 40, height: 10)))
        let streams = try #require(pty.openStreams())
        let backend = try NcursesBackend(options: .init(terminalName: "xterm-256color", environment: [:],
                                                         catchTerminationSignals: true),
                                         input: streams.input, output: streams.output)
        if hupWasDefault { #expect(!Self.handlerIsDefault(SIGHUP)) }
        let restore = String(decoding: NcursesBackend.restoreSequence(mouse: false), as: UTF8.self)
        #expect(restore.contains("\u{1B}[?1049l"), "leaves the alternate screen: \(restore.debugDescription)")
        #expect(restore.contains("\u{1B}[?25h"), "shows the cursor: \(restore.debugDescription)")
        #expect(!restore.contains("$<"))

        #expect(backend.readKeys(timeout: .zero, wakeFD: -1).isEmpty)
        #expect(backend.terminationSignal == nil)
        TerminationSignals.simulate(SIGTERM)
        #expect(backend.readKeys(timeout: .seconds(30), wakeFD: -1).isEmpty)
        #expect(backend.terminationSignal == SIGTERM)
        // Once taken, a second signal is only queued (the program is already on its way out).
        TerminationSignals.simulate(SIGHUP)
        backend.close()
        #expect(backend.terminationSignal == SIGTERM)
        if hupWasDefault { #expect(Self.handlerIsDefault(SIGHUP)) }
        #expect(TerminationSignals.readFD == -1)

        // A signal caught after the loop last looked is reported by close().
        let pty2 = try #require(PseudoTerminal(size: Size(width: 40, height: 10)))
        let streams2 = try #require(pty2.openStreams())
        let second = try NcursesBackend(options: .init(terminalName: "xterm-256color", environment: [:],
                                                        catchTerminationSignals: true),
                                        input: streams2.input, output: streams2.output)
        TerminationSignals.simulate(SIGINT)
        second.close()
        #expect(second.terminationSignal == SIGINT)

        // On streams of its own (a pty), by default: the actions stay as they were.
        let pty3 = try #require(PseudoTerminal(size: Size(width: 40, height: 10)))
        let streams3 = try #require(pty3.openStreams())
        let third = try NcursesBackend(options: .init(terminalName: "xterm-256color", environment: [:]),
                                       input: streams3.input, output: streams3.output)
        defer { third.close() }
        #expect(TerminationSignals.readFD == -1)
        if hupWasDefault { #expect(Self.handlerIsDefault(SIGHUP)) }
    }

    static func handlerIsDefault(_ signal: Int32) -> Bool {
        var action = sigaction()
        _ = sigaction(signal, nil, &action)
        return action.__sigaction_handler.sa_handler == nil
    }
}
