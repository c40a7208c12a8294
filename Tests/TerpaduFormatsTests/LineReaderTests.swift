import Foundation
import Glibc
import Testing
@testable import TerpaduFormats
import TerpaduTestSupport

/// A short name for what the reader gave: `line 8 xxxxxxxx` (the text only when short), `tooLong`,
/// `wouldBlock`, `end`; so a failure does not print a megabyte.
private func name(_ next: LineReader.Next) -> String {
    switch next {
    case .line(let b): return "line \(b.count)" + (b.count <= 16 ? " " + String(decoding: b, as: UTF8.self) : "")
    case .tooLong: return "tooLong"
    case .wouldBlock: return "wouldBlock"
    case .end: return "end"
    case .failed(let code): return "failed \(code)"
    }
}

/// Everything a reader with `maxLine` gives for `input` read from a file, up to and including `.end`.
private func readAll(_ input: [UInt8], maxLine: Int) -> [String] {
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.file("input")
    writeBytes(input, to: path)
    let fd = open(path, O_RDONLY)
    defer { _ = close(fd) }
    var reader = LineReader(fd: fd, maxLine: maxLine)
    var out: [String] = []
    while out.count < 1_000 {
        let next = reader.next(wait: true)
        out.append(name(next))
        if next == .end { break }
    }
    return out
}

private func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }
private func run(_ byte: UInt8, _ n: Int) -> [UInt8] { [UInt8](repeating: byte, count: n) }

@Suite struct LineReaderTests {
    /// A read takes at most 64 KiB, so lines around that size arrive in pieces.
    static let chunk = 65_536

    @Test func oneAnswerPerLineAtTheLimitAndJustOverIt() {
        let x = UInt8(ascii: "x")
        let limit = run(x, 8), over = run(x, 9)
        let atLimit = "line 8 xxxxxxxx"
        #expect(readAll(limit + [10], maxLine: 8) == [atLimit, "end"])
        #expect(readAll(over + [10], maxLine: 8) == ["tooLong", "end"])
        #expect(readAll(limit, maxLine: 8) == [atLimit, "end"])
        #expect(readAll(over, maxLine: 8) == ["tooLong", "end"])
        #expect(readAll(limit + [13, 10], maxLine: 8) == [atLimit, "end"])
        #expect(readAll(over + [13, 10], maxLine: 8) == ["tooLong", "end"])
        #expect(readAll(limit + [13], maxLine: 8) == [atLimit, "end"])
        #expect(readAll(over + [13], maxLine: 8) == ["tooLong", "end"])
        #expect(readAll(limit + [10] + over + [10] + limit, maxLine: 8) == [atLimit, "tooLong", atLimit, "end"])
        #expect(readAll(bytes("a\r\n\nb\n"), maxLine: 8) == ["line 1 a", "line 0 ", "line 1 b", "end"])
    }

    /// The bug of issue 8: the tail of a too-long last line read after the reader had dropped its
    /// start came back as a line of its own.
    @Test func aTooLongLastLineWithoutANewlineIsOneAnswer() {
        let x = UInt8(ascii: "x")
        for extra in [1, 5, 8, 9, 100] {
            let long = run(x, Self.chunk + extra)
            #expect(readAll(long, maxLine: 8) == ["tooLong", "end"], "\(extra)")
            #expect(readAll(bytes("a\n") + long, maxLine: 8) == ["line 1 a", "tooLong", "end"], "\(extra)")
            #expect(readAll(long + [10], maxLine: 8) == ["tooLong", "end"], "\(extra)")
            #expect(readAll(long + [13, 10] + bytes("b"), maxLine: 8) == ["tooLong", "line 1 b", "end"], "\(extra)")
        }
        let limit = Self.chunk * 2
        for length in [limit - 1, limit, limit + 1, limit * 2 + 3] {
            let line = run(x, length)
            let expected = length <= limit ? "line \(length)" : "tooLong"
            #expect(readAll(line, maxLine: limit) == [expected, "end"], "\(length)")
            #expect(readAll(line + [13, 10], maxLine: limit) == [expected, "end"], "\(length)")
            #expect(readAll(line + [10] + bytes("b"), maxLine: limit) == [expected, "line 1 b", "end"], "\(length)")
        }
    }

    /// A CRLF line of exactly the limit whose LF arrives in a later read is still a line.
    @Test func aLineAtTheLimitWhoseNewlineComesLaterIsALine() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        defer { _ = close(fds[0]) }
        var reader = LineReader(fd: fds[0], maxLine: 8)
        let first = bytes("12345678\r")
        _ = first.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
        #expect(name(reader.next(wait: false)) == "wouldBlock")
        _ = bytes("\n").withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
        _ = close(fds[1])
        #expect(name(reader.next(wait: true)) == "line 8 12345678")
        #expect(name(reader.next(wait: true)) == "end")
    }

    /// A read error is said once (and nothing after it is made up): here, reading a directory.
    @Test func aReadErrorIsOneAnswerAndThenTheEnd() {
        let dir = TempDir()
        defer { dir.remove() }
        let fd = open(dir.path, O_RDONLY)
        defer { _ = close(fd) }
        var reader = LineReader(fd: fd, maxLine: 8)
        #expect(reader.next(wait: true) == .failed(errno: EISDIR))
        #expect(reader.next(wait: true) == .end)
    }

    /// Through the built binary: one answer per input line, for lines of exactly 1 MiB, one byte more,
    /// CRLF, and a last line of 2 MiB with no newline.
    @Test func applyAnswersEachLineOnceThroughTheBinary() throws {
        guard let exe = terpaduExecutable() else {
            Issue.record("the terpadu executable is not built")
            return
        }
        let dir = TempDir()
        defer { dir.remove() }
        let limit = ApplyLine.maxLineBytes
        func line(_ length: Int) -> String {
            let head = #"{"cmd": "nope""#
            return head + String(repeating: " ", count: length - head.utf8.count - 1) + "}"
        }
        let input = line(limit) + "\n" + line(limit + 1) + "\n" + line(limit) + "\r\n" + line(limit + 1) + "\r\n"
            + line(2 * limit + 5)
        let result = try runTerpadu(exe, ["apply", "--data", dir.path + "/data"], input: input)
        let answers = ApplyAck.parse(result.stdout)
        #expect(answers.map(\.line) == [1, 2, 3, 4, 5], "\(result.stdout.prefix(2_000))")
        #expect(answers.map(\.reason) == ["unknownCommand", "lineTooLong", "unknownCommand", "lineTooLong", "lineTooLong"])
        #expect(result.status == 1)
    }
}
