import CNcursesw
import Foundation

/// A pseudo-terminal pair for measuring and testing the ncurses backend without a real terminal:
/// ncurses writes to the slave side; a reader thread collects everything that comes out of the
/// master side, which is exactly what a terminal emulator would receive.
public final class PseudoTerminal: @unchecked Sendable {
    public let masterFD: Int32
    public let slaveFD: Int32
    private let condition = NSCondition()
    private var received: [UInt8] = []
    private var closed = false

    /// Marks the end of a measured stretch of output: a DCS string no terminal acts on.
    static let marker: [UInt8] = Array("\u{1B}P~terminalui-mark~\u{1B}\\".utf8)

    /// Opens a pair and sets its window size.
    public init?(size: Size) {
        let m = posix_openpt(O_RDWR | O_NOCTTY)
        guard m >= 0 else { return nil }
        guard grantpt(m) == 0, unlockpt(m) == 0, let name = ptsname(m) else { Foundation.close(m); return nil }
        let s = open(name, O_RDWR | O_NOCTTY)
        guard s >= 0 else { Foundation.close(m); return nil }
        var ws = winsize(ws_row: UInt16(clamping: size.height), ws_col: UInt16(clamping: size.width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(s, UInt(TIOCSWINSZ), &ws)
        masterFD = m
        slaveFD = s
        let thread = Thread { [weak self] in self?.readLoop(fd: m) }
        thread.start()
    }

    deinit {
        Foundation.close(slaveFD)
        Foundation.close(masterFD)
    }

    /// Streams on the slave side for `NcursesBackend(input:output:)`.
    public func openStreams() -> (input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>)? {
        guard let input = fdopen(dup(slaveFD), "r"), let output = fdopen(dup(slaveFD), "w") else { return nil }
        return (input, output)
    }

    private func readLoop(fd: Int32) {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fd, &chunk, chunk.count)
            condition.lock()
            if n <= 0 {
                closed = true
                condition.broadcast()
                condition.unlock()
                return
            }
            received.append(contentsOf: chunk[0..<n])
            condition.broadcast()
            condition.unlock()
        }
    }

    /// Everything written to the terminal since the previous call: writes a marker behind it and
    /// waits until the marker comes out of the master side.
    public func takeOutput() -> [UInt8] {
        let marker = Self.marker
        _ = marker.withUnsafeBufferPointer { write(slaveFD, $0.baseAddress, $0.count) }
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let end = Self.find(marker, in: received) {
                let out = Array(received[..<end.lowerBound])
                received.removeFirst(end.upperBound)
                return out
            }
            if closed { return received }
            condition.wait()
        }
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var i = 0
        while i <= haystack.count - needle.count {
            if haystack[i] == needle[0], haystack[i..<(i + needle.count)].elementsEqual(needle) {
                return i..<(i + needle.count)
            }
            i += 1
        }
        return nil
    }
}
