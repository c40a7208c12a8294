import CNcursesw
import Foundation

/// The real `terpadu` binary on a pseudo-terminal, as an operator's SSH session would run it: keys
/// are written to the master side, and every byte the program sends back is kept with the moment it
/// arrived, so a keypress can be timed to the end of the frame it caused.
final class PtyChild: @unchecked Sendable {
    let master: Int32
    let process = Process()
    private let lock = NSCondition()
    private var chunks: [(time: Double, bytes: [UInt8])] = []
    private var ended = false

    init?(executable: String, arguments: [String], width: Int, height: Int, environment: [String: String]) {
        let m = posix_openpt(O_RDWR | O_NOCTTY)
        guard m >= 0, grantpt(m) == 0, unlockpt(m) == 0, let name = ptsname(m) else { return nil }
        let s = open(name, O_RDWR | O_NOCTTY)
        guard s >= 0 else { close(m); return nil }
        var ws = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(s, UInt(TIOCSWINSZ), &ws)
        master = m
        let slave = FileHandle(fileDescriptor: s, closeOnDealloc: true)
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        process.standardInput = slave
        process.standardOutput = slave
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        let thread = Thread { [weak self] in self?.readLoop() }
        thread.start()
    }

    func start() throws { try process.run() }

    private func readLoop() {
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(master, &buf, buf.count)
            let t = now()
            lock.lock()
            if n <= 0 {
                ended = true
                lock.broadcast()
                lock.unlock()
                return
            }
            chunks.append((t, Array(buf[0..<n])))
            lock.broadcast()
            lock.unlock()
        }
    }

    /// Writes keys; returns the moment they were written.
    @discardableResult
    func send(_ keys: String) -> Double {
        let bytes = Array(keys.utf8)
        let t = now()
        _ = bytes.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count) }
        return t
    }

    /// The arrival of the last byte of the first burst of output after `t` (a burst ends when
    /// `quiet` seconds pass without a byte); nil when nothing came within `timeout`.
    func burstEnd(after t: Double, quiet: Double = 0.004, timeout: Double = 2) -> Double? {
        let deadline = t + timeout
        var last: Double?
        while now() < deadline {
            lock.lock()
            last = chunks.last(where: { $0.time >= t })?.time
            lock.unlock()
            if let l = last, now() - l >= quiet { return l }
            usleep(500)
        }
        return last
    }

    /// When `needle` first appears in the output that arrived after `t`.
    func appearance(of needle: String, after t: Double, timeout: Double = 10) -> Double? {
        let n = Array(needle.utf8)
        let deadline = t + timeout
        while now() < deadline {
            lock.lock()
            var joined: [UInt8] = []
            var times: [(Int, Double)] = []
            for c in chunks where c.time >= t {
                times.append((joined.count, c.time))
                joined += c.bytes
            }
            lock.unlock()
            if let at = Self.find(n, in: joined) {
                return times.last(where: { $0.0 <= at + n.count - 1 })?.1
            }
            usleep(1000)
        }
        return nil
    }

    /// Resident memory of the child, in bytes.
    var residentBytes: Int {
        guard let text = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    func stop() {
        if process.isRunning {
            send("\u{1B}[21~")  // F10
            let deadline = now() + 10
            while process.isRunning && now() < deadline { usleep(10_000) }
            if process.isRunning { process.terminate() }
        }
        process.waitUntilExit()
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var i = 0
        while i <= haystack.count - needle.count {
            if haystack[i] == needle[0], haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
