import Foundation
import Testing
import TerpaduCore
@testable import TerpaduFormats
import TerpaduStore
import TerpaduTestSupport

/// A workers file of `rows` good rows (serials 1…), with `spoil(row)` replacing the row of that
/// number when it returns a line. Row r is on line r + 1.
private func workersFile(rows: Int, spoil: (Int) -> [UInt8]? = { _ in nil }) -> [UInt8] {
    var out = Array("nik,name,sex,birthDate,province\n".utf8)
    out.reserveCapacity(rows * 50)
    for r in 1...rows {
        if let line = spoil(r) {
            out += line
        } else {
            out += Array("\(womanNIK(r)),Pekerja \(r),F,1998-04-12,32\n".utf8)
        }
    }
    return out
}

/// `terpadu import workers FILE` into a new directory: stdout, stderr, exit status.
private func importThroughTheBinary(_ bytes: [UInt8]) throws -> (stdout: String, stderr: String, status: Int32)? {
    guard let exe = terpaduExecutable() else {
        Issue.record("the terpadu executable is not built")
        return nil
    }
    let dir = TempDir()
    defer { dir.remove() }
    let path = dir.file("workers.csv")
    writeBytes(bytes, to: path)
    return try runTerpadu(exe, ["import", "workers", path, "--data", dir.path + "/data"])
}

/// Issue 8: when reading stops early, the report says where, that nothing after it was imported, and
/// how long the file is; it never counts rows so as to hide the ones it did not read.
@Suite struct CSVImportStopTests {
    /// The issue's case: an unclosed quote on row 100 of a 50,000-row file. The quoted field runs on
    /// past the most one row may hold.
    @Test func anUnclosedQuoteInABigFileSaysWhereItBeganAndThatTheRestWasNotRead() throws {
        let file = workersFile(rows: 50_000) { r in
            r == 100 ? Array("\(womanNIK(100)),\"Siti Aminah,F,1998-04-12,32\n".utf8) : nil
        }
        guard let run = try importThroughTheBinary(file) else { return }
        let all = run.stdout + run.stderr
        #expect(run.stdout.contains("workers: stopped at line 101 of 50001"), "\(all)")
        #expect(!all.contains("of 100 rows"), "\(all)")
        #expect(run.stdout.contains("99 imported, 0 rejected"), "\(all)")
        #expect(run.stderr.contains("line 101, column 18"), "\(all)")
        #expect(run.stderr.contains("field 2 (name)"), "\(all)")
        #expect(run.stderr.contains("nothing from line 101 on was imported"), "\(all)")
        #expect(run.stderr.contains("the file has 50001 lines"), "\(all)")
        #expect(run.status == 1)
    }

    @Test func aQuoteNeverClosedToTheEndOfTheFileSaysSo() throws {
        let file = workersFile(rows: 1_000) { r in
            r == 100 ? Array("\(womanNIK(100)),\"Siti Aminah,F,1998-04-12,32\n".utf8) : nil
        }
        guard let run = try importThroughTheBinary(file) else { return }
        let all = run.stdout + run.stderr
        #expect(run.stdout.contains("workers: stopped at line 101 of 1001"), "\(all)")
        #expect(!all.contains("of 100 rows"), "\(all)")
        #expect(run.stderr.contains("line 101, column 18"), "\(all)")
        #expect(run.stderr.contains("never closed"), "\(all)")
        #expect(run.stderr.contains("the file has 1001 lines"), "\(all)")
    }

    @Test func invalidUTF8SaysTheColumnAndTheLengthOfTheFile() throws {
        let file = workersFile(rows: 300) { r in
            r == 50 ? Array("\(womanNIK(50)),Bad ".utf8) + [0xFF] + Array(",F,1998-04-12,32\n".utf8) : nil
        }
        guard let run = try importThroughTheBinary(file) else { return }
        let all = run.stdout + run.stderr
        #expect(run.stdout.contains("workers: stopped at line 51 of 301"), "\(all)")
        #expect(run.stdout.contains("49 imported, 0 rejected"), "\(all)")
        #expect(run.stderr.contains("line 51, column 22"), "\(all)")
        #expect(run.stderr.contains("field 2 (name)"), "\(all)")
        #expect(run.stderr.contains("the file has 301 lines"), "\(all)")
    }

    @Test func aRowLongerThanTheLimitStopsTheImportSayingSo() throws {
        let file = workersFile(rows: 20) { r in
            r == 10 ? Array("\(womanNIK(10)),\(String(repeating: "a", count: 2 << 20)),F,1998-04-12,32\n".utf8) : nil
        }
        guard let run = try importThroughTheBinary(file) else { return }
        let all = (run.stdout + run.stderr).prefix(2_000)
        #expect(run.stdout.contains("workers: stopped at line 11 of 21"), "\(all)")
        #expect(run.stderr.contains("longer than 1048576 bytes"), "\(all)")
        #expect(run.stderr.contains("the file has 21 lines"), "\(all)")
    }
}

/// The reader itself: where each stop is, what is a row, how lines are counted.
@Suite struct CSVRecordReaderTests {
    /// Every record of `text` as (line, fields), then how reading ended.
    static func read(_ bytes: [UInt8], limit: Int = 1 << 20) -> (records: [(Int, [String])], end: String, lines: Int?) {
        guard let input = try? CSVByteInput(source: .bytes(bytes)) else { return ([], "unopened", nil) }
        var reader = CSVRecordReader(input: input, maxRecordBytes: limit)
        reader.skipsBlankLines = true
        var records: [(Int, [String])] = []
        while records.count < 10_000 {
            switch reader.next() {
            case .record(let r): records.append((r.line, r.fields + r.faults.map { "fault \($0.textAfterQuote)" }))
            case .end: return (records, "end", reader.linesSoFar)
            case .stop(let s): return (records, "\(s)", reader.countRemainingLines())
            }
        }
        return (records, "too many", nil)
    }

    static func read(_ text: String, limit: Int = 1 << 20) -> (records: [(Int, [String])], end: String, lines: Int?) {
        read(Array(text.utf8), limit: limit)
    }

    @Test func recordsLineNumbersAndLineCounts() {
        let r = Self.read("\u{FEFF}a,b\r\n\"x\ny\",\"q\"\"q\"\r\n\r\nlast,\"\"\rend")
        #expect(r.records.map(\.0) == [1, 2, 5, 6])
        #expect(r.records.map(\.1) == [["a", "b"], ["x\ny", "q\"q"], ["last", ""], ["end"]])
        #expect(r.end == "end")
        #expect(r.lines == 6)
        #expect(Self.read("a\n").lines == 1)
        #expect(Self.read("a\r\n\r\n").lines == 2)
        #expect(Self.read("").lines == 0)
        // A quote inside an unquoted value is text; a lone "" is a row of one empty field.
        #expect(Self.read("5'10\" tall,b\n\"\"\n").records.map(\.1) == [["5'10\" tall", "b"], [""]])
    }

    @Test func textAfterAClosingQuoteIsAFaultOfItsRowOnly() {
        let r = Self.read("a,b\n\"Siti\" Aminah,x\nc,d\n")
        #expect(r.records.count == 3)
        #expect(r.records[1].1.last == "fault \(CSVPosition(line: 2, column: 7, field: 1))")
        #expect(r.records[2].1 == ["c", "d"])
        #expect(r.end == "end")
    }

    @Test func eachStopSaysWhere() {
        let unclosed = Self.read("a,b\nc,\"d\ne,f\ng,h\n")
        #expect(unclosed.records.count == 1)
        #expect(unclosed.end == "\(CSVReadStop.unclosedQuote(quote: CSVPosition(line: 2, column: 3, field: 2)))")
        #expect(unclosed.lines == 4)
        let long = Self.read("a,b\nc,\"" + String(repeating: "d\n", count: 50) + "\"\nz,z\n", limit: 40)
        #expect(long.end == "\(CSVReadStop.rowTooLong(line: 2, limit: 40, openQuote: CSVPosition(line: 2, column: 3, field: 2)))")
        #expect(long.lines == 53)
        let plainLong = Self.read("a,b\n" + String(repeating: "x", count: 100) + "\nz,z", limit: 40)
        #expect(plainLong.end == "\(CSVReadStop.rowTooLong(line: 2, limit: 40, openQuote: nil))")
        #expect(plainLong.lines == 3)
        let truncated = Self.read(Array("a,b\nc,d\u{e9}".utf8).dropLast())
        #expect(truncated.end == "\(CSVReadStop.invalidUTF8(at: CSVPosition(line: 2, column: 4, field: 2)))")
        let overlong = Self.read(Array("a,b\n\"x\ny\",".utf8) + [0xC0, 0xAF] + Array("\nz\n".utf8))
        #expect(overlong.end == "\(CSVReadStop.invalidUTF8(at: CSVPosition(line: 3, column: 4, field: 2)))")
        #expect(overlong.lines == 4)
    }

    @Test func aHeaderThatCannotBeReadIsAnErrorAndNothingIsApplied() throws {
        var state = try referenceState()
        let context = CommandContext(operatorName: "t", timeMillis: fixedMillis)
        #expect(throws: CSVImportError.unreadableHeader(.unclosedQuote(quote: CSVPosition(line: 1, column: 5, field: 2)))) {
            try CSVImport.validate(.workers, from: csvBytes("nik,\"name,sex\n\(womanNIK(1)),Siti,F,1998-04-12,32\n"),
                                   state: &state, context: context)
        }
        // Reading /proc/self/mem from its start fails with EIO: a read error, said as one.
        #expect(throws: CSVImportError.unreadableHeader(.readFailed(line: 1, errno: EIO))) {
            try CSVImport.validate(.workers, from: .file(path: "/proc/self/mem"), state: &state, context: context)
        }
        #expect(state.workerCount == 0)
    }

    /// Random cells quoted as the export quotes them, joined with every kind of line break, read
    /// back as the same cells on the lines they began on.
    @Test func randomRecordsReadBackExactly() {
        var rng = TestRandom(seed: 0xC5_7A_1E)
        let pieces = ["a", "Siti", ",", "\"", "\r", "\n", "\r\n", " ", "'", "=", "é", "日本", "👩‍👩‍👧", "\u{0}", "\t", ""]
        for _ in 0..<500 {
            var text = ""
            var expected: [(Int, [String])] = []
            var line = 1
            for _ in 0..<(1 + rng.below(6)) {
                let count = 1 + rng.below(4)
                var cells = (0..<count).map { _ in (0..<rng.below(5)).map { _ in pieces[rng.below(pieces.count)] }.joined() }
                if cells == [""] { cells = ["x"] }  // a lone empty unquoted cell is a blank line
                let record = cells.map(CSVCells.quote).joined(separator: ",")
                expected.append((line, cells))
                let end = ["\r\n", "\n", "\r"][rng.below(3)]
                text += record + end
                line += 1 + CSVImportTestLines.breaks(in: record)
            }
            let r = Self.read(text)
            #expect(r.end == "end")
            #expect(r.records.map(\.1) == expected.map(\.1), "\(text.debugDescription)")
            #expect(r.records.map(\.0) == expected.map(\.0), "\(text.debugDescription)")
            #expect(r.lines == line - 1)
        }
    }
}

enum CSVImportTestLines {
    /// Line breaks in `s`: CRLF, LF and a lone CR each once.
    static func breaks(in s: String) -> Int {
        var n = 0
        var afterCR = false
        for u in s.utf8 {
            if u == 0x0D { n += 1 } else if u == 0x0A && !afterCR { n += 1 }
            afterCR = u == 0x0D
        }
        return n
    }
}
