import Foundation
import Glibc
import TerpaduCore

/// What `terpadu export` can write. (Fairs, job orders and cohorts need read access to those
/// records from the core, which it does not offer yet.)
public enum ExportKind: String, CaseIterable, Sendable {
    case workers
}

/// CSV: RFC 4180 with CRLF line ends, a header row, the formula-injection rule of `CSVCells`.
/// JSON: JSON Lines, one object per record, keys as the CSV header, absent values `null`.
public enum ExportFormat: String, CaseIterable, Sendable {
    case csv, json
}

public enum ExportDestination: Sendable, Equatable {
    /// Written whole with `AtomicFileWriter` (temp file, fsync, rename, fsync of the directory), mode 0600.
    case file(path: String)
    case standardOutput

    /// As recorded in the journal: the absolute path, or `stdout`.
    public var recorded: String {
        switch self {
        case .standardOutput: return "stdout"
        case .file(let path):
            if path.hasPrefix("/") { return path }
            return FileManager.default.currentDirectoryPath + "/" + path
        }
    }
}

/// What an export did.
public struct ExportReport: Sendable {
    public var kind: ExportKind
    public var format: ExportFormat
    public var rows: Int
    public var revealed: Bool
    public var bytes: Int
    public var destination: ExportDestination
    /// The journal event that records this export.
    public var recordedSeq: Int64
}

/// How far an export has got (rows rendered out of the total).
public struct ExportProgress: Sendable, Equatable {
    public var rowsDone: Int
    public var totalRows: Int
}

/// Why an export wrote nothing (or, for `write`, was recorded but could not be written).
public enum ExportError: Error, Sendable, CustomStringConvertible {
    /// A read-only (supervisor) store cannot record the export in the journal, and every export
    /// is recorded, so it exports nothing.
    case readOnly
    case cancelled
    /// The journal would not record the export; nothing was written.
    case notRecorded(StoreRefusal)
    case store(StoreError)
    /// The export was recorded (event `seq`) but the file could not be written.
    case write(seq: Int64, AtomicWriteError)
    /// The export was recorded (event `seq`) but standard output could not be written.
    case standardOutput(seq: Int64, errno: Int32)

    public var description: String {
        switch self {
        case .readOnly:
            return "this store is open read-only (a supervisor's): every export is recorded in the journal "
                + "and a read-only process cannot record it, so nothing was exported; export from a read-write (operator) process"
        case .cancelled: return "cancelled; nothing was recorded or written"
        case .notRecorded(let r): return "the export could not be recorded in the journal, so nothing was written: \(r)"
        case .store(let e): return "\(e)"
        case .write(let seq, let e): return "the export was recorded (event \(seq)) but not written: \(e)"
        case .standardOutput(let seq, let code):
            return "the export was recorded (event \(seq)) but standard output failed: \(errnoDescription(code))"
        }
    }
}

/// Renders records as CSV or JSON Lines. Pure: reads a state, writes nothing.
public enum CSVExport {
    public static let workerColumns = [
        "id", "nik", "name", "sex", "birthDate", "province", "regency", "village", "phone", "education",
        "status", "registered", "country", "job", "version",
    ]

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
        switch kind {
        case .workers: return workers(state, format: format, reveal: reveal, progress: progress, isCancelled: isCancelled)
        }
    }

    static func workers(_ s: TerpaduState, format: ExportFormat, reveal: Bool,
                        progress: (ExportProgress) -> Void, isCancelled: () -> Bool) -> (rows: Int, chunks: [[UInt8]])? {
        let total = s.workerCount
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
        if format == .csv { emit(CSVCells.record(workerColumns)) }
        var rows = 0
        for r in 0..<total {
            if r % 10_000 == 0 {
                if isCancelled() { return nil }
                progress(ExportProgress(rowsDone: r, totalRows: total))
            }
            guard let w = s.summary(row: Int32(r)) else { continue }
            let nik = reveal ? (s.revealedNIK(w.id)?.description ?? w.nikMasked) : w.nikMasked
            let values: [String?] = [
                w.id.description, nik, w.name, w.sex.code, w.birthDate.description, w.province, w.regency, w.village,
                w.phone, w.education, w.status.code, w.registered.description, w.country, w.job, String(w.version),
            ]
            switch format {
            case .csv: emit(CSVCells.record(values.map { $0 ?? "" }))
            case .json: emit(jsonObject(workerColumns, values, numeric: ["version"]) + "\n")
            }
            rows += 1
        }
        progress(ExportProgress(rowsDone: total, totalRows: total))
        if !buffer.isEmpty { chunks.append(buffer) }
        return (rows, chunks)
    }

    static func jsonObject(_ keys: [String], _ values: [String?], numeric: Set<String>) -> String {
        var out = "{"
        for (i, key) in keys.enumerated() {
            if i > 0 { out += "," }
            out += jsonString(key) + ":"
            let value = i < values.count ? values[i] : nil
            if let value {
                out += numeric.contains(key) ? value : jsonString(value)
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
        let snapshot = state
        guard let rendered = CSVExport.render(kind, state: snapshot, format: format, reveal: reveal,
                                              progress: progress, isCancelled: isCancelled) else {
            throw .cancelled
        }
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
