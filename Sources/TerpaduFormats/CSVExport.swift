import Glibc
import TerpaduCore
import TerpaduStore

/// How a column's values are written in JSON Lines (CSV writes every value as text).
enum ExportValueType {
    case text, number, boolean
}

/// One column of an export: its header name, its JSON type, and its cell for a row (nil: empty in
/// CSV, `null` in JSON).
struct ExportColumn<Row> {
    let name: String
    let type: ExportValueType
    let cell: (Row) -> String?

    init(_ name: String, _ type: ExportValueType = .text, _ cell: @escaping (Row) -> String?) {
        self.name = name
        self.type = type
        self.cell = cell
    }
}

/// One kind's export, ready to render: the header, each column's JSON type, and each row's cells by
/// index (nil for an index with no record).
struct ExportTable {
    let columns: [String]
    let types: [ExportValueType]
    let count: Int
    let cells: (Int) -> [String?]?

    init<Row>(count: Int, row: @escaping (Int) -> Row?, columns: [ExportColumn<Row>]) {
        self.columns = columns.map(\.name)
        self.types = columns.map(\.type)
        self.count = count
        self.cells = { i in row(i).map { r in columns.map { $0.cell(r) } } }
    }
}

/// Renders records as CSV or JSON Lines. Pure: reads a state, writes nothing.
public enum CSVExport {
    /// The header of `terpadu export KIND`.
    public static func columns(_ kind: ExportKind) -> [String] {
        ExportTables.table(kind, state: TerpaduState(), reveal: false).columns
    }

    public static var workerColumns: [String] { columns(.workers) }

    /// The rendered bytes in chunks of about 1 MiB, and the number of records. `reveal` puts the
    /// full NIK in (the caller records that first); otherwise it is masked (`3273********4321`).
    /// Returns nil when cancelled (asked every 10,000 rows).
    public static func render(
        _ kind: ExportKind,
        state: TerpaduState,
        format: ExportFormat,
        reveal: Bool,
        progress: (ExportProgress) -> Void = { _ in },
        isCancelled: () -> Bool = { false }
    ) -> (rows: Int, chunks: [[UInt8]])? {
        render(ExportTables.table(kind, state: state, reveal: reveal), format: format, progress: progress,
               isCancelled: isCancelled)
    }

    static func render(_ table: ExportTable, format: ExportFormat, progress: (ExportProgress) -> Void,
                       isCancelled: () -> Bool) -> (rows: Int, chunks: [[UInt8]])? {
        var chunks: [[UInt8]] = []
        var buffer: [UInt8] = []
        let chunkSize = 1 << 20
        buffer.reserveCapacity(chunkSize + 4096)
        func emit(_ text: String) {
            buffer.append(contentsOf: text.utf8)
            if buffer.count >= chunkSize {
                chunks.append(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        if format == .csv { emit(CSVCells.record(table.columns)) }
        let keys = table.columns.map { jsonString($0) + ":" }
        let total = table.count
        var rows = 0
        for r in 0..<total {
            if r % 10_000 == 0 {
                if isCancelled() { return nil }
                progress(ExportProgress(rowsDone: r, totalRows: total))
            }
            guard let values = table.cells(r) else { continue }
            switch format {
            case .csv: emit(CSVCells.record(values.map { $0 ?? "" }))
            case .json: emit(jsonObject(keys, table.types, values) + "\n")
            }
            rows += 1
        }
        progress(ExportProgress(rowsDone: total, totalRows: total))
        if !buffer.isEmpty { chunks.append(buffer) }
        return (rows, chunks)
    }

    /// `keys` are already JSON strings followed by `:`.
    static func jsonObject(_ keys: [String], _ types: [ExportValueType], _ values: [String?]) -> String {
        var out = "{"
        for (i, key) in keys.enumerated() {
            if i > 0 { out += "," }
            out += key
            if i < values.count, let value = values[i] {
                out += types[i] == .text ? jsonString(value) : value
            } else {
                out += "null"
            }
        }
        return out + "}"
    }

    /// A JSON string literal; control characters, DEL, C1, U+2028/9 and bidi controls as `\uXXXX`.
    public static func jsonString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where TextRules.isForbidden(scalar) || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

extension Store {
    /// Exports `kind`: renders it from the freshest state, records the export in the journal
    /// (`recordExport`, with `revealed` set when `reveal` is; that one event also records the
    /// reveal of every NIK in it), and only after that record is durable writes the data out.
    /// A read-only store refuses every export, since it cannot record one.
    public func export(
        _ kind: ExportKind,
        format: ExportFormat,
        reveal: Bool,
        to destination: ExportDestination,
        fileWriter: AtomicFileWriter = AtomicFileWriter(),
        progress: (ExportProgress) -> Void = { _ in },
        isCancelled: () -> Bool = { false }
    ) throws(ExportError) -> ExportReport {
        guard access == .readWrite else { throw .readOnly }
        do { try refresh() } catch { throw .store(error) }
        // The state is held only while rendering: a copy still alive when the export is recorded
        // would make that commit copy every table it touches (at a million workers, whole arrays).
        let rendered: (rows: Int, chunks: [[UInt8]])? = {
            let snapshot = state
            return CSVExport.render(kind, state: snapshot, format: format, reveal: reveal, progress: progress,
                                    isCancelled: isCancelled)
        }()
        guard let rendered else { throw .cancelled }
        let record = ExportRecord(kind: kind.rawValue, rows: rendered.rows, revealed: reveal,
                                  destination: destination.recorded)
        let seq: Int64
        switch execute(.recordExport(record)) {
        case .success(let events): seq = events.last?.seq ?? 0
        case .failure(let refusal):
            if case .readOnly = refusal { throw .readOnly }
            throw .notRecorded(refusal)
        }
        let bytes = rendered.chunks.reduce(0) { $0 + $1.count }
        switch destination {
        case .file(let path):
            do { try fileWriter.write(rendered.chunks, to: path) } catch { throw .write(seq: seq, error) }
        case .standardOutput:
            for chunk in rendered.chunks {
                if let code = Self.writeAll(fd: 1, chunk) { throw .standardOutput(seq: seq, errno: code) }
            }
        }
        return ExportReport(kind: kind, format: format, rows: rendered.rows, revealed: reveal, bytes: bytes,
                            destination: destination, recordedSeq: seq)
    }

    static func writeAll(fd: Int32, _ bytes: [UInt8]) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { buf in
                Glibc.write(fd, buf.baseAddress.map { $0 + offset }, bytes.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if n == 0 { return EIO }
            offset += n
        }
        return nil
    }
}
