/// Where a character is: its line of the file and its column on that line (both from 1; a column
/// counts characters, not bytes), and which field of its row it is in (from 1).
public struct CSVPosition: Sendable, Equatable {
    public var line: Int
    public var column: Int
    public var field: Int
}

/// Why reading a CSV file stopped before its end. Nothing from the row in hand on was used.
public enum CSVReadStop: Sendable, Equatable {
    /// A quoted field begins at `quote` and the file ends before its closing quote, so the rest of
    /// the file was read as part of it.
    case unclosedQuote(quote: CSVPosition)
    /// The row that begins on `line` holds more than `limit` bytes; `openQuote` is where a quoted
    /// field that was still open then began (most likely its closing quote is missing).
    case rowTooLong(line: Int, limit: Int, openQuote: CSVPosition?)
    /// The bytes at `at` are not UTF-8.
    case invalidUTF8(at: CSVPosition)
    /// Reading failed (errno) while on `line`.
    case readFailed(line: Int, errno: Int32)
}

/// Something wrong inside one row that does not stop the reading: the row is refused.
struct CSVRowFault: Equatable {
    /// Text after the closing quote of a quoted field (`"abc"x`), at `at`.
    var textAfterQuote: CSVPosition
}

/// One record of the file.
struct CSVRecord {
    var fields: [String]
    /// The line it starts on.
    var line: Int
    var faults: [CSVRowFault]
}

/// A streaming RFC 4180 reader over bytes: fields separated by `,`, records by CRLF, LF or a lone
/// CR; a field in double quotes may hold commas, line breaks and doubled quotes; a quote inside an
/// unquoted field is kept as it is. It validates UTF-8 as it goes and knows the line and column of
/// every byte, so each way it can stop says exactly where; a record may hold at most
/// `maxRecordBytes`, so a missing quote can not make it hold a whole file in memory.
struct CSVRecordReader {
    private let input: CSVByteInput
    let maxRecordBytes: Int
    private var chunk: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var started = false

    /// The line of the next byte (from 1).
    private(set) var line = 1
    /// Characters already read on the current line.
    private var column = 0
    /// The last byte was CR (an LF right after it ends no second line).
    private var afterCR = false
    /// Bytes read since the last line break: the last line has no line break of its own.
    private var lineOpen = false
    /// Bytes consumed (as opposed to read ahead).
    private(set) var consumed: Int64 = 0
    /// The line the record being read (or the last one read) begins on.
    private(set) var recordLine = 1
    /// Blank lines are no records (set after the header, which must be the first line).
    var skipsBlankLines = false

    enum Next {
        case record(CSVRecord)
        case end
        case stop(CSVReadStop)
    }

    init(input: CSVByteInput, maxRecordBytes: Int) {
        self.input = input
        self.maxRecordBytes = maxRecordBytes
    }

    /// Lines in the file so far: line breaks, plus one for a last line without one.
    var linesSoFar: Int { line - 1 + (lineOpen ? 1 : 0) }

    /// The next byte, or nil at the end (or a read failure: `input.failure`).
    private mutating func peek() -> UInt8? {
        if position >= chunk.count {
            guard !atEnd else { return nil }
            position = 0
            chunk.removeAll(keepingCapacity: true)
            if !input.next(into: &chunk) {
                atEnd = true
                chunk.removeAll()
                return nil
            }
            if !started {
                started = true
                // A UTF-8 byte-order mark at the very start is not text.
                if chunk.count >= 3 && chunk[0] == 0xEF && chunk[1] == 0xBB && chunk[2] == 0xBF {
                    position = 3
                    consumed += 3
                    if position >= chunk.count { return peek() }
                }
            }
        }
        return chunk[position]
    }

    /// Takes the byte `peek` gave, keeping line and column.
    private mutating func advance(_ b: UInt8) {
        position += 1
        consumed += 1
        if b == 0x0A {
            if !afterCR { line += 1 }
            column = 0
            lineOpen = false
        } else if b == 0x0D {
            line += 1
            column = 0
            lineOpen = false
        } else {
            if b & 0xC0 != 0x80 { column += 1 }
            lineOpen = true
        }
        afterCR = b == 0x0D
    }

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted, afterQuote }

    mutating func next() -> Next {
        var fields: [String] = []
        var cell: [UInt8] = []
        var faults: [CSVRowFault] = []
        var state = State.fieldStart
        recordLine = line
        var recordBytes = 0
        var quote = CSVPosition(line: 0, column: 0, field: 0)
        /// Continuation bytes still owed by the UTF-8 sequence in progress, and where it began.
        var owed = 0
        var sequenceStart = CSVPosition(line: 0, column: 0, field: 0)
        var nextRange: ClosedRange<UInt8> = 0x80...0xBF

        func endField() {
            fields.append(String(decoding: cell, as: UTF8.self))
            cell.removeAll(keepingCapacity: true)
        }

        while true {
            guard let b = peek() else {
                if let code = input.failure { return .stop(.readFailed(line: recordLine, errno: code)) }
                if owed > 0 { return .stop(.invalidUTF8(at: sequenceStart)) }
                switch state {
                case .quoted: return .stop(.unclosedQuote(quote: quote))
                case .fieldStart where fields.isEmpty && recordBytes == 0: return .end
                default:
                    endField()
                    return .record(CSVRecord(fields: fields, line: recordLine, faults: faults))
                }
            }
            // UTF-8: every byte ≥ 0x80 is field text, as the separators are ASCII.
            if owed > 0 {
                guard nextRange.contains(b) else { return .stop(.invalidUTF8(at: sequenceStart)) }
                owed -= 1
                nextRange = 0x80...0xBF
            } else if b >= 0x80 {
                sequenceStart = CSVPosition(line: line, column: column + 1, field: fields.count + 1)
                switch b {
                case 0xC2...0xDF: owed = 1
                case 0xE0: owed = 2; nextRange = 0xA0...0xBF
                case 0xE1...0xEC, 0xEE...0xEF: owed = 2
                case 0xED: owed = 2; nextRange = 0x80...0x9F
                case 0xF0: owed = 3; nextRange = 0x90...0xBF
                case 0xF1...0xF3: owed = 3
                case 0xF4: owed = 3; nextRange = 0x80...0x8F
                default: return .stop(.invalidUTF8(at: sequenceStart))
                }
            }
            recordBytes += 1
            if recordBytes > maxRecordBytes {
                return .stop(.rowTooLong(line: recordLine, limit: maxRecordBytes, openQuote: state == .quoted ? quote : nil))
            }
            let here = CSVPosition(line: line, column: column + 1, field: fields.count + 1)
            advance(b)
            let endsRecord = b == 0x0A || b == 0x0D
            switch state {
            case .fieldStart, .unquoted, .afterQuote, .quoteInQuoted:
                if state == .fieldStart && b == 0x22 {
                    state = .quoted
                    quote = here
                    continue
                }
                if state == .quoteInQuoted && b == 0x22 {
                    cell.append(0x22)
                    state = .quoted
                    continue
                }
                if b == 0x2C {
                    endField()
                    state = .fieldStart
                    continue
                }
                if endsRecord {
                    if b == 0x0D, peek() == 0x0A { advance(0x0A) }
                    if skipsBlankLines && state == .fieldStart && fields.isEmpty && recordBytes == 1 {
                        // A blank line is no record.
                        recordLine = line
                        recordBytes = 0
                        continue
                    }
                    endField()
                    return .record(CSVRecord(fields: fields, line: recordLine, faults: faults))
                }
                if state == .quoteInQuoted {
                    faults.append(CSVRowFault(textAfterQuote: here))
                    state = .afterQuote
                } else if state == .fieldStart {
                    state = .unquoted
                }
                cell.append(b)
            case .quoted:
                if b == 0x22 {
                    state = .quoteInQuoted
                } else {
                    cell.append(b)
                }
            }
        }
    }

    /// After a stop: reads on to the end only to count the file's lines; nil when reading fails.
    mutating func countRemainingLines() -> Int? {
        while let b = peek() {
            // Counting only: no field is kept.
            advance(b)
        }
        if input.failure != nil { return nil }
        return linesSoFar
    }
}
