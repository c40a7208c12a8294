import CSV
import Foundation
import TerpaduCore
import TerpaduStore

/// The table of licensed placement agencies (P3MI) as CSV: `name,licence,valid_from,valid_until`, one
/// agency a row, dates as `YYYY-MM-DD`. `terpadu reference load agencies FILE.csv` and the desk's
/// `:import agencies FILE` both read it here and record it with `loadAgencies`; the demo seed reads
/// `seeds/demo/agencies.csv` the same way.
public enum AgencyTableCSV {
    public static let columns = ["name", "licence", "valid_from", "valid_until"]

    /// One bad row or header: the line (from 1, the header is line 1) and the column it is about.
    public struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
        public var line: Int
        /// The column, or nil for a problem with the whole line or file.
        public var field: String?
        public var message: String
        public var description: String {
            line > 0 ? "line \(line)" + (field.map { ", \($0)" } ?? "") + ": \(message)" : message
        }
    }

    /// Every problem found in a file, in line order.
    public struct BadRows: Error, Sendable {
        public var problems: [Problem]
        public init(_ problems: [Problem]) { self.problems = problems }
    }

    /// Every row of `text`, or every problem found (all rows are checked; nothing is taken from a file
    /// with a bad row).
    public static func parse(_ text: String) -> Result<[ReferenceData.Agency], BadRows> {
        let reader: CSVReader
        do { reader = try CSVReader(string: text, hasHeaderRow: true) } catch {
            return .failure(BadRows([Problem(line: 1, field: nil, message: "is not valid CSV (\(error))")]))
        }
        let header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let missing = columns.filter { !header.contains($0) }
        if !missing.isEmpty {
            return .failure(BadRows(missing.map { Problem(line: 1, field: $0, message: "the header has no column \"\($0)\"") }))
        }
        var problems: [Problem] = []
        var rows: [ReferenceData.Agency] = []
        var licenceLine: [String: Int] = [:]
        var line = 1
        while let row = reader.next() {
            line += 1
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard row.count == header.count else {
                problems.append(Problem(line: line, field: nil, message: "has \(row.count) fields, the header has \(header.count)"))
                continue
            }
            var cells: [String: String] = [:]
            for (k, v) in zip(header, row) { cells[k] = v.trimmingCharacters(in: .whitespaces) }
            let name = cells["name"] ?? "", licence = cells["licence"] ?? ""
            var ok = true
            func bad(_ field: String, _ message: String) { problems.append(Problem(line: line, field: field, message: message)); ok = false }
            if name.isEmpty { bad("name", "is empty") }
            if licence.isEmpty { bad("licence", "is empty") }
            func date(_ field: String) -> Day? {
                let text = cells[field] ?? ""
                if text.isEmpty { bad(field, "is empty"); return nil }
                guard let d = Day(iso: text) else { bad(field, "\(text.debugDescription) is not a date (YYYY-MM-DD)"); return nil }
                return d
            }
            let from = date("valid_from"), until = date("valid_until")
            if let from, let until, until < from { bad("valid_until", "\(until) is before valid_from \(from)") }
            if !licence.isEmpty {
                if let first = licenceLine[licence.lowercased()] {
                    bad("licence", "\(licence) is already on line \(first)")
                } else {
                    licenceLine[licence.lowercased()] = line
                }
            }
            if ok, let from, let until {
                rows.append(ReferenceData.Agency(name: name, licence: licence, validFrom: from, validUntil: until))
            }
        }
        return problems.isEmpty ? .success(rows) : .failure(BadRows(problems))
    }

    /// Reads and parses the file at `path`.
    public static func read(path: String) -> Result<[ReferenceData.Agency], BadRows> {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            return .failure(BadRows([Problem(line: 0, field: nil, message: "\(path) cannot be read (\(error.localizedDescription))")]))
        }
        return parse(text)
    }

    /// What loading a table did.
    public enum LoadOutcome: Sendable {
        /// Recorded as event `seq`: the table now holds `count` agencies, `validToday` of them in force today.
        case loaded(count: Int, validToday: Int, seq: Int64)
        /// The file has bad rows; nothing was recorded.
        case badRows([Problem])
        /// The store refused or could not save it; nothing was recorded.
        case refused(StoreRefusal)
    }

    /// Replaces the table in `store` with the one in the file at `path`: parsed and checked first, so
    /// one bad row leaves the table as it was. For the command line and the desk alike.
    public static func load(path: String, into store: Store, today: Day) -> LoadOutcome {
        switch read(path: path) {
        case .failure(let bad): return .badRows(bad.problems)
        case .success(let agencies):
            switch store.execute(.loadAgencies(AgencyTable(agencies: agencies))) {
            case .failure(let refusal): return .refused(refusal)
            case .success(let events):
                let valid = agencies.filter { $0.isValid(on: today) }.count
                return .loaded(count: agencies.count, validToday: valid, seq: events.last?.seq ?? 0)
            }
        }
    }
}
