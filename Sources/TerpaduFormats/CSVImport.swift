import CSV
import Foundation
import TerpaduCore
import TerpaduStore

/// `terpadu import`: a streaming RFC 4180 reader (yaslab/CSV.swift) of the record kinds offices keep
/// in spreadsheets. Each data row becomes one core command; a row the reader or the core refuses is
/// reported by the line of the file where it starts, with the column and the reason; every other row
/// is applied, in transactions of `batchSize` rows (at least 100). A row is one command, and a
/// command's events are committed together or not at all, so no row is ever half applied.
///
/// The file must be UTF-8 (a byte-order mark is skipped); lines may end in CRLF, LF or CR; quoted
/// fields may hold commas, quotes (doubled) and line breaks. Blank lines are skipped. A cell that is
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
        let stream: CountingInputStream
        do { stream = try CountingInputStream(source: source) } catch {
            if case .file(let path) = source { throw .cannotOpen(path: path, errno: error.code) }
            throw .unreadable("errno \(error.code)")
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(stream: stream, hasHeaderRow: false, trimFields: false)
        } catch {
            throw .unreadable(describe(error))
        }
        guard let headerCells = reader.next() else {
            if let e = reader.error { throw headerError(e) }
            throw .noHeader
        }
        if let e = reader.error { throw headerError(e) }
        if headerCells.count == 1 && headerCells[0].isEmpty { throw .noHeader }
        let header = try ImportHeader(headerCells, kind: kind)
        let parser = ImportRowParser(header: header)

        let size = max(100, batchSize)
        var report = ImportReport(kind: kind, rows: 0, accepted: 0, rejected: [], stop: nil, bytesRead: 0)
        var pending: [(line: Int, command: Command)] = []
        pending.reserveCapacity(size)
        var line = 2 + newlines(in: headerCells)  // where the first data row starts
        var sinceCheck = 0

        func tell() {
            progress(ImportProgress(rowsDone: report.rows, accepted: report.accepted,
                                    bytesRead: stream.bytesRead, totalBytes: stream.totalBytes))
        }

        /// Applies the pending rows; false when the store failed (the import stops).
        func flush() -> Bool {
            guard !pending.isEmpty else { return true }
            let results = apply(pending.map(\.command))
            var failed: StoreError?
            for (i, item) in pending.enumerated() {
                let result = i < results.count ? results[i] : .failure(.failed(.other("no result for this row")))
                switch result {
                case .success: report.accepted += 1
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
                report.stop = .storeFailed(failed)
                return false
            }
            return true
        }

        reading: while true {
            let fields = reader.next()
            if let e = reader.error {
                // The row in hand was cut short by the error: it is not used.
                report.stop = stopReason(e, line: line)
                break reading
            }
            guard let fields else { break reading }
            let rowLine = line
            line += 1 + newlines(in: fields)
            if fields.count == 1 && fields[0].isEmpty { continue }  // a blank line
            report.rows += 1
            switch parser.command(fields) {
            case .command(let command): pending.append((rowLine, command))
            case .rejected(let problems): report.rejected.append(RejectedRow(line: rowLine, problems: problems))
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
                    report.stop = .cancelled
                    break reading
                }
            }
        }
        if report.stop == nil || report.stop.map(isEncodingStop) == true {
            _ = flush()
        }
        report.rejected.sort { $0.line < $1.line }
        report.bytesRead = stream.bytesRead
        tell()
        return report
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

    private static func isEncodingStop(_ stop: ImportStop) -> Bool {
        switch stop {
        case .invalidEncoding, .unreadable: true
        default: false
        }
    }

    /// Line breaks inside the fields of one record (CRLF, LF and a lone CR each count once), so the
    /// next record's line number is known.
    static func newlines(in fields: [String]) -> Int {
        var n = 0
        for field in fields {
            var previousCR = false
            for u in field.utf8 {
                if u == 0x0D {
                    n += 1
                    previousCR = true
                } else {
                    if u == 0x0A && !previousCR { n += 1 }
                    previousCR = false
                }
            }
        }
        return n
    }

    private static func describe(_ error: any Error) -> String {
        if let e = error as? CSVError {
            switch e {
            case .cannotOpenFile: return "the file could not be opened"
            case .cannotReadFile: return "the file could not be read"
            case .unicodeDecoding: return "it is not UTF-8"
            case .streamErrorHasOccurred(let inner): return "\(inner)"
            case .stringEncodingMismatch, .stringEndianMismatch: return "its text encoding is not UTF-8"
            case .cannotReadHeaderRow: return "there is no header row"
            case .cannotWriteStream: return "write error"
            }
        }
        return "\(error)"
    }

    private static func headerError(_ error: any Error) -> CSVImportError {
        if case CSVError.unicodeDecoding? = error as? CSVError { return .invalidEncoding }
        return .unreadable(describe(error))
    }

    private static func stopReason(_ error: any Error, line: Int) -> ImportStop {
        if case CSVError.unicodeDecoding? = error as? CSVError { return .invalidEncoding(line: line) }
        return .unreadable(line: line, describe(error))
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
