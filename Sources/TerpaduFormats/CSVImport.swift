import Foundation
import TerpaduCore
import TerpaduStore

/// `terpadu import`: a streaming RFC 4180 reader (`CSVRecordReader`) of the record kinds offices keep
/// in spreadsheets. Each data row becomes one core command; a row the reader or the core refuses is
/// reported by the line of the file where it starts, with the column and the reason; every other row
/// is applied, in transactions of `batchSize` rows (at least 100). A row is one command, and a
/// command's events are committed together or not at all, so no row is ever half applied.
///
/// The file must be UTF-8 (a byte-order mark is skipped); lines may end in CRLF, LF or CR; quoted
/// fields may hold commas, quotes (doubled) and line breaks. Blank lines are skipped. Reading stops
/// at an unclosed quote, bytes that are not UTF-8, a row over `maxRowBytes` or a read error; the
/// report then says where, and that nothing from that row on was imported (`ImportReport.summary`). A cell that is
/// one or more `'` followed by `= + - @`, TAB, CR, LF or NUL loses one `'` (the inverse of the
/// export's formula-injection rule, see `CSVCells`).
public enum CSVImport {
    /// Applies a batch of commands and answers for each, in order.
    public typealias Apply = ([Command]) -> [Result<Void, StoreRefusal>]

    /// Reads `source` as `kind` and hands the commands of good rows to `apply`, `batchSize` at a
    /// time. `progress` is called after each batch and at the end; `isCancelled` is asked between
    /// batches. Throws only when the file cannot be opened or its header is wrong (then nothing was
    /// applied); everything that happens after the header is in the report.
    public static func run(
        _ kind: ImportKind,
        from source: CSVSource,
        batchSize: Int = 500,
        progress: (ImportProgress) -> Void = { _ in },
        isCancelled: () -> Bool = { false },
        apply: Apply
    ) throws(CSVImportError) -> ImportReport {
        let input: CSVByteInput
        do { input = try CSVByteInput(source: source) } catch {
            if case .file(let path) = source { throw .cannotOpen(path: path, errno: error.code) }
            throw .unreadable("errno \(error.code)")
        }
        var reader = CSVRecordReader(input: input, maxRecordBytes: maxRowBytes)
        let header: ImportHeader
        switch reader.next() {
        case .end: throw .noHeader
        case .stop(let stop): throw .unreadableHeader(stop)
        case .record(let record):
            if record.fields.count == 1 && record.fields[0].isEmpty { throw .noHeader }
            header = try ImportHeader(record.fields, kind: kind)
        }
        let parser = ImportRowParser(header: header)
        reader.skipsBlankLines = true

        let size = max(100, batchSize)
        var report = ImportReport(kind: kind)
        var pending: [(line: Int, command: Command, changes: [TextChange])] = []
        pending.reserveCapacity(size)
        var sinceCheck = 0

        func tell() {
            progress(ImportProgress(rowsDone: report.rows, accepted: report.accepted,
                                    bytesRead: reader.consumed, totalBytes: input.totalBytes))
        }

        /// Applies the pending rows; false when the store failed (the import stops).
        func flush() -> Bool {
            guard !pending.isEmpty else { return true }
            let results = apply(pending.map(\.command))
            var failed: StoreError?
            for (i, item) in pending.enumerated() {
                let result = i < results.count ? results[i] : .failure(.failed(.other("no result for this row")))
                switch result {
                case .success:
                    report.accepted += 1
                    if !item.changes.isEmpty { report.changed.append(ChangedRow(line: item.line, changes: item.changes)) }
                case .failure(let refusal):
                    switch refusal {
                    case .failed(let e): failed = e
                    case .readOnly: failed = .other("the store is read-only")
                    case .refused: break
                    }
                    report.rejected.append(RejectedRow(line: item.line, problems: ImportRefusal.problems(refusal, kind: kind)))
                }
            }
            pending.removeAll(keepingCapacity: true)
            if let failed {
                report.stop = .storeFailed(failed, line: reader.line)
                report.firstUnreadLine = reader.line
                return false
            }
            return true
        }

        reading: while true {
            let record: CSVRecord
            switch reader.next() {
            case .end: break reading
            case .stop(let stop):
                // The row in hand was cut short: it is not used, nor anything after it. The rest of
                // the file is read only to count its lines.
                let from = Self.rowLine(of: stop, reader: reader)
                let name = stop.field.flatMap { header.name(ofField: $0) }
                let lines: Int?
                if case .readFailed = stop { lines = nil } else { lines = reader.countRemainingLines() }
                report.stop = .unreadable(stop, fieldName: name, fromLine: from, linesInFile: lines)
                report.firstUnreadLine = from
                report.lines = lines
                break reading
            case .record(let r): record = r
            }
            report.rows += 1
            switch parser.command(record) {
            case .command(let command): pending.append((record.line, command, TextRules.changes(in: command)))
            case .rejected(let problems): report.rejected.append(RejectedRow(line: record.line, problems: problems))
            }
            sinceCheck += 1
            if pending.count >= size || sinceCheck >= size {
                sinceCheck = 0
                if pending.count >= size {
                    guard flush() else { break reading }
                }
                tell()
                if isCancelled() {
                    // Rows read since the last batch are applied before stopping: they were read whole.
                    guard flush() else { break reading }
                    report.stop = .cancelled(line: reader.line)
                    report.firstUnreadLine = reader.line
                    break reading
                }
            }
        }
        if report.stop == nil || report.stop.map(isReadStop) == true {
            _ = flush()
        }
        if report.stop == nil { report.lines = reader.linesSoFar }
        report.rejected.sort { $0.line < $1.line }
        report.bytesRead = reader.consumed
        tell()
        return report
    }

    /// The most one row may hold; a longer one stops the import (most likely a quote is missing).
    public static let maxRowBytes = 1 << 20

    /// The line of the row a stop happened in.
    private static func rowLine(of stop: CSVReadStop, reader: CSVRecordReader) -> Int {
        switch stop {
        case .rowTooLong(let line, _, _), .readFailed(let line, _): return line
        case .unclosedQuote, .invalidUTF8: return reader.recordLine
        }
    }

    /// Parses and validates `source` against an in-memory state (no durable store): the same reader
    /// and rules as a store import, each good row applied to `state`.
    public static func validate(
        _ kind: ImportKind,
        from source: CSVSource,
        state: inout TerpaduState,
        context: CommandContext,
        isCancelled: () -> Bool = { false }
    ) throws(CSVImportError) -> ImportReport {
        try run(kind, from: source, isCancelled: isCancelled) { commands in
            commands.map { command in
                switch state.execute(command, context: context) {
                case .success: return .success(())
                case .failure(let r): return .failure(.refused(r, eventsSince: []))
                }
            }
        }
    }

    private static func isReadStop(_ stop: ImportStop) -> Bool {
        if case .unreadable = stop { return true }
        return false
    }
}

extension Store {
    /// Imports a CSV file of `kind` into this store (see `CSVImport`): every good row applied,
    /// `batchSize` (at least 100) rows per transaction, each acknowledged only after its
    /// transaction committed. A read-only store refuses before reading.
    public func importCSV(
        _ kind: ImportKind,
        from source: CSVSource,
        batchSize: Int = 500,
        progress: (ImportProgress) -> Void = { _ in },
        isCancelled: () -> Bool = { false }
    ) throws(CSVImportError) -> ImportReport {
        guard access == .readWrite else { throw .readOnly }
        return try CSVImport.run(kind, from: source, batchSize: batchSize, progress: progress,
                                 isCancelled: isCancelled) { commands in
            executeBatch(commands, batchSize: commands.count).map { $0.map { _ in () } }
        }
    }
}
