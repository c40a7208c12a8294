import Foundation
import TerpaduCore
import TerpaduStore

/// The header of an import file, matched to a record kind's columns.
struct ImportHeader {
    let kind: ImportKind
    /// Column position of each known column (canonical name → index).
    let position: [String: Int]
    let count: Int
    /// The header's cells as written (without surrounding spaces).
    let names: [String]

    /// Matches header cells to the kind's columns: names are compared without surrounding spaces
    /// and without regard to case; every required column must be there, none twice, none unknown.
    init(_ cells: [String], kind: ImportKind) throws(CSVImportError) {
        let known = kind.requiredColumns + kind.optionalColumns + kind.ignoredColumns
        var byLower: [String: String] = [:]
        for name in known { byLower[name.lowercased()] = name }
        var position: [String: Int] = [:]
        for (i, raw) in cells.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespaces)
            if name.isEmpty {
                // A trailing empty column (a spreadsheet's extra comma) is no column at all.
                if i == cells.count - 1 && i > 0 { continue }
                throw .emptyColumnName(column: i + 1)
            }
            guard let canonical = byLower[name.lowercased()] else {
                throw .unknownColumn(name: name, column: i + 1, kind: kind)
            }
            guard position[canonical] == nil else { throw .duplicateColumn(name: canonical) }
            position[canonical] = i
        }
        for name in kind.requiredColumns where position[name] == nil {
            throw .missingColumn(name: name, kind: kind)
        }
        self.kind = kind
        self.position = position
        self.count = cells.count
        self.names = cells.map { $0.trimmingCharacters(in: .whitespaces) }
    }
}

extension ImportHeader {
    /// The header's name of field `n` (from 1), when the header has that many fields.
    func name(ofField n: Int) -> String? {
        n >= 1 && n <= names.count && !names[n - 1].isEmpty ? names[n - 1] : nil
    }
}

/// Turns one data row into a core command, or says what is wrong with it (every problem the reader
/// itself can see; the core's rules come after, when the command is validated).
struct ImportRowParser {
    let header: ImportHeader

    enum Parsed {
        case command(Command)
        case rejected([ImportProblem])
    }

    func command(_ record: CSVRecord) -> Parsed {
        if !record.faults.isEmpty {
            return .rejected(record.faults.map { fault in
                let p = fault.textAfterQuote
                return ImportProblem(field: header.name(ofField: p.field) ?? "field \(p.field)",
                    reason: "text after the closing quote at line \(p.line), column \(p.column); a quoted value ends at a comma "
                        + "or the end of the row, and a quote inside it is written twice (\"\")",
                    code: "textAfterQuote")
            })
        }
        return command(record.fields)
    }

    func command(_ fields: [String]) -> Parsed {
        guard fields.count == header.count else {
            return .rejected([ImportProblem(field: "row",
                reason: "has \(fields.count) field\(fields.count == 1 ? "" : "s"); the header has \(header.count)",
                code: "wrongFieldCount")])
        }
        var row = Row(fields: fields, position: header.position)
        let command: Command?
        switch header.kind {
        case .workers: command = worker(&row)
        case .attendance: command = attendance(&row)
        case .enrollments: command = enrollment(&row)
        }
        if let command, row.problems.isEmpty { return .command(command) }
        return .rejected(row.problems)
    }

    /// Cells of one row, read by column name; collects problems as it goes.
    struct Row {
        let fields: [String]
        let position: [String: Int]
        var problems: [ImportProblem] = []

        /// The cell as written (with the formula-escape `'` removed), or nil when the column is absent.
        func raw(_ name: String) -> String? {
            guard let i = position[name], i < fields.count else { return nil }
            return CSVCells.unescapeFormula(fields[i])
        }

        /// The cell without surrounding spaces and tabs; nil when absent or empty.
        func trimmed(_ name: String) -> String? {
            guard let r = raw(name) else { return nil }
            let t = trimmedSpaces(r)
            return t.isEmpty ? nil : t
        }

        mutating func required(_ name: String) -> String? {
            guard let t = trimmed(name) else {
                problems.append(ImportProblem(field: name, reason: "\(name) is required", code: "missingField"))
                return nil
            }
            return t
        }

        /// Free text, by the core's rule for text (`TextRules.clean`): a cell it refuses is refused
        /// here in the core's words, so every problem of the row is listed at once; otherwise the
        /// cell goes to the core as written, which stores what the rule makes of it.
        mutating func requiredText(_ name: String) -> String? {
            guard let r = raw(name) else {
                problems.append(ImportProblem(field: name, reason: "\(name) is required", code: "missingField"))
                return nil
            }
            return checkedText(name, r, required: true)
        }

        /// An optional text cell: nil when the column is absent or the cell is empty.
        mutating func optionalText(_ name: String) -> String? {
            guard let r = raw(name), !r.isEmpty else { return nil }
            return checkedText(name, r, required: false)
        }

        mutating func checkedText(_ name: String, _ value: String, required: Bool) -> String? {
            guard let refusal = TextRules.refusal(TextRules.clean(value), field: name, required: required) else { return value }
            problems.append(ImportProblem(field: name, reason: CSVCells.visible(RefusalText.message(refusal), limit: 200),
                                          code: RefusalText.code(refusal), refusal: refusal))
            return nil
        }

        mutating func invalid(_ name: String, _ value: String, _ expected: String) {
            problems.append(ImportProblem(field: name,
                reason: "\"\(CSVCells.visible(value, limit: 40))\" is not \(expected)", code: "invalidField"))
        }

        mutating func id(_ name: String, _ kind: RecordKind, example: String) -> RecordID? {
            guard let t = required(name) else { return nil }
            guard let id = RecordID(parsing: t, as: kind) else {
                invalid(name, t, "a \(name) ID like \(example)")
                return nil
            }
            return id
        }

        /// A yes/no cell: empty or absent is false; true/false, yes/no, ya/tidak and 1/0 are read.
        /// nil (with the problem listed) for anything else.
        mutating func flag(_ name: String) -> Bool? {
            guard let t = trimmed(name) else { return false }
            switch t.lowercased() {
            case "true", "yes", "ya", "y", "1": return true
            case "false", "no", "tidak", "n", "0": return false
            default:
                invalid(name, t, "true or false")
                return nil
            }
        }

        mutating func expectedVersion() -> Int? {
            guard let t = trimmed("expectedVersion") else { return nil }
            guard t.utf8.count <= 9, t.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let v = Int(t) else {
                invalid("expectedVersion", t, "a whole number")
                return nil
            }
            return v
        }
    }

    private func worker(_ row: inout Row) -> Command? {
        let nik = row.required("nik")
        let name = row.requiredText("name")
        var sex: Sex?
        if let s = row.required("sex") {
            sex = Sex(code: s)
            if sex == nil { row.invalid("sex", s, "M or F (L or P also read)") }
        }
        var birth: Day?
        if let b = row.required("birthDate") {
            birth = Day(iso: b)
            if birth == nil {
                row.invalid("birthDate", b, Day.dayFirst(b).map { "a date YYYY-MM-DD: it is day first; write \($0)" }
                            ?? "a date YYYY-MM-DD (e.g. 1998-04-12)")
            }
        }
        let province = row.required("province")
        let regency = row.optionalText("regency"), village = row.optionalText("village")
        let phone = row.optionalText("phone"), education = row.optionalText("education")
        guard let nik, let name, let sex, let birth, let province, row.problems.isEmpty else { return nil }
        return .registerWorker(WorkerDraft(
            nik: nik, name: name, sex: sex, birthDate: birth, province: province,
            regency: regency, village: village, phone: phone, education: education))
    }

    private func attendance(_ row: inout Row) -> Command? {
        let fair = row.id("fair", .jobFair, example: "JF-000001")
        let worker = row.id("worker", .worker, example: "W-000001")
        var outcome: FairOutcome?
        if let o = row.required("outcome") {
            outcome = FairOutcome.allCases.first { $0.code.lowercased() == o.lowercased() }
            if outcome == nil {
                row.invalid("outcome", o, "one of " + FairOutcome.allCases.map(\.code).joined(separator: ", "))
            }
        }
        let version = row.expectedVersion()
        guard let fair, let worker, let outcome else { return nil }
        return .recordAttendance(AttendanceEntry(fair: fair, worker: worker, expectedVersion: version, outcome: outcome))
    }

    private func enrollment(_ row: inout Row) -> Command? {
        let cohort = row.id("cohort", .cohort, example: "TC-000001")
        let worker = row.id("worker", .worker, example: "W-000001")
        let version = row.expectedVersion()
        let retake = row.flag("retake")
        guard let cohort, let worker, let retake else { return nil }
        return .enroll(CohortEnrollment(cohort: cohort, worker: worker, expectedVersion: version, retake: retake))
    }
}

/// The core's typed refusals as import problems, each naming the column it is about.
enum ImportRefusal {
    static func problems(_ refusal: StoreRefusal, kind: ImportKind) -> [ImportProblem] {
        switch refusal {
        case .refused(let r, _):
            return r.reasons.map { reason in
                ImportProblem(field: field(reason, kind: kind), reason: CSVCells.visible(RefusalText.message(reason), limit: 200),
                              code: RefusalText.code(reason), refusal: reason)
            }
        case .readOnly:
            return [ImportProblem(field: "row", reason: RefusalText.message(refusal), code: RefusalText.code(refusal))]
        case .failed:
            return [ImportProblem(field: "row", reason: CSVCells.visible(RefusalText.message(refusal), limit: 200), code: RefusalText.code(refusal))]
        }
    }

    static func column(of id: RecordID) -> String {
        switch id.kind {
        case .worker: "worker"
        case .jobFair: "fair"
        case .cohort: "cohort"
        default: "row"
        }
    }

    /// The column a refusal is about.
    static func field(_ r: Refusal, kind: ImportKind) -> String {
        switch r {
        case .fieldRequired(let f), .fieldTooLong(let f, _), .fieldHasControlCharacters(let f),
             .fieldInvalid(let f, _), .dateOrder(let f, _), .dateInFuture(let f):
            return f
        case .nik, .duplicateNIK: return "nik"
        case .birthDateInFuture, .underage: return "birthDate"
        case .unknownReference(let table, _): return table == "province" ? "province" : table
        case .unknownRecord(let id): return column(of: id)
        case .conflict: return "expectedVersion"
        case .wrongStatus, .workerHasExited, .alreadyEnrolled, .notEnrolled, .alreadyAttendedFair: return "worker"
        case .cohortFull, .cohortNotStarted: return "cohort"
        case .fairOutcomeWouldGoBack: return "outcome"
        default: return "row"
        }
    }
}

/// `s` without surrounding spaces and tabs, as `trimmingCharacters(in: .whitespaces)`; that call costs
/// more than the rest of a row's parsing, so a cell that plainly starts and ends with ASCII text that
/// is not a space or tab is returned as it is.
func trimmedSpaces(_ s: String) -> String {
    let bytes = s.utf8
    guard let first = bytes.first, let last = bytes.last else { return s }
    func plain(_ b: UInt8) -> Bool { b != 0x20 && b != 0x09 && b < 0x80 }
    return plain(first) && plain(last) ? s : s.trimmingCharacters(in: .whitespaces)
}
