import CSV
import Foundation
import Testing
import TerpaduCore
@testable import TerpaduFormats
import TerpaduStore
import TerpaduTestSupport

/// Reads CSV text back with CSV.swift (the reader the import uses).
func readCSV(_ text: String) throws -> [[String]] {
    let reader = try CSVReader(string: text, hasHeaderRow: false)
    var rows: [[String]] = []
    while let row = reader.next() { rows.append(row) }
    return rows
}

/// Every `dataExported` event in the journal.
func exportEvents(_ store: Store) throws -> [JournalRow] {
    try store.journal.read { reader in
        var out: [JournalRow] = []
        try reader.forEachRow(after: 0) { if $0.kind == "dataExported" { out.append($0) } }
        return out
    }
}

@Suite struct CSVExportTests {
    static let triggers: [String] = ["=", "+", "-", "@", "\t", "\r", "\n", "\u{0}"]

    @Test(arguments: triggers)
    func aCellStartingWithATriggerGetsAPrefixAndReadsBackWithoutIt(_ trigger: String) throws {
        let value = trigger + "SUM(A1:A9),\"x\""
        let escaped = CSVCells.escapeFormula(value)
        #expect(escaped == "'" + value)
        let line = CSVCells.record(["W-000001", value, "plain"])
        // RFC 4180: the cell holds a comma and quotes, so it is quoted with the quotes doubled.
        #expect(line == "W-000001,\"'" + trigger + "SUM(A1:A9),\"\"x\"\"\",plain\r\n")
        let rows = try readCSV(line)
        #expect(rows.count == 1)
        #expect(rows.first?[1] == "'" + value)
        #expect(rows.first.map { CSVCells.unescapeFormula($0[1]) } == value)
    }

    @Test func theFormulaRuleIsExactlyReversible() {
        let samples = ["", "'", "''", "'=1", "''=1", "'abc", "abc", "a=b", " =1", "=", "'\t", "@@", "O'Brien", "-", "'-5"]
        for s in samples {
            #expect(CSVCells.unescapeFormula(CSVCells.escapeFormula(s)) == s, "\(s.debugDescription)")
        }
        #expect(CSVCells.escapeFormula("'=1") == "''=1")
        #expect(CSVCells.escapeFormula("'abc") == "'abc")
        #expect(CSVCells.escapeFormula("O'Brien") == "O'Brien")
        #expect(CSVCells.unescapeFormula("'abc") == "'abc")
        // Quoting only where RFC 4180 needs it.
        #expect(CSVCells.quote("plain text") == "plain text")
        #expect(CSVCells.quote("a\nb") == "\"a\nb\"")
    }

    @Test func nikIsMaskedByDefaultAndFullWithRevealAndBothExportsAreRecorded() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try openStore(dir)
        defer { store.close() }
        _ = try store.importCSV(.workers, from: csvBytes(
            "nik,name,sex,birthDate,province\n\(womanNIK(4321)),Siti Aminah,F,1998-04-12,32\n\(womanNIK(7)),Dewi,F,1998-04-12,32\n"))
        let masked = dir.file("masked.csv")
        let full = dir.file("full.csv")

        let r1 = try store.export(.workers, format: .csv, reveal: false, to: .file(path: masked))
        let r2 = try store.export(.workers, format: .csv, reveal: true, to: .file(path: full))
        #expect(r1.rows == 2 && r2.rows == 2)

        let maskedRows = try readCSV(String(decoding: contents(masked) ?? [], as: UTF8.self))
        let fullRows = try readCSV(String(decoding: contents(full) ?? [], as: UTF8.self))
        #expect(maskedRows.first == CSVExport.workerColumns)
        #expect(maskedRows.count == 3)
        #expect(maskedRows[1][1] == "3273********4321")
        #expect(maskedRows[1][2] == "Siti Aminah")
        #expect(fullRows[1][1] == womanNIK(4321))
        #expect(mode(masked) == 0o600)
        #expect(mode(full) == 0o600)

        let events = try exportEvents(store)
        #expect(events.count == 2)
        #expect(events.map(\.seq) == [r1.recordedSeq, r2.recordedSeq])
        let payloads = try events.map { try JSONSerialization.jsonObject(with: Data($0.payload.utf8)) as? [String: Any] }
        #expect(payloads[0]?["revealed"] as? Bool == false)
        #expect(payloads[1]?["revealed"] as? Bool == true)
        #expect(payloads[0]?["rows"] as? Int == 2)
        #expect(payloads[0]?["kind"] as? String == "workers")
        #expect(payloads[1]?["destination"] as? String == full)
        #expect(events.allSatisfy { $0.operatorName == "tester" })
    }

    @Test func jsonLinesHoldOneObjectPerWorker() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try openStore(dir)
        defer { store.close() }
        _ = try store.importCSV(.workers, from: csvBytes(
            "nik,name,sex,birthDate,province,phone\n\(womanNIK(1)),\"Siti \"\"Ina\"\"\",F,1998-04-12,32,+62 812\n\(womanNIK(2)),Dewi,F,1998-04-12,32,\n"))
        let path = dir.file("w.jsonl")
        _ = try store.export(.workers, format: .json, reveal: false, to: .file(path: path))
        let lines = String(decoding: contents(path) ?? [], as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 2)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        #expect(first?["name"] as? String == "Siti \"Ina\"")
        #expect(first?["nik"] as? String == "3273********0001")
        #expect(first?["phone"] as? String == "+62 812")  // no formula prefix in JSON
        #expect(first?["version"] as? Int == 1)
        let second = try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any]
        #expect(second?["phone"] is NSNull)
    }

    @Test func formulaLikeValuesSurviveExportAndReimport() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try openStore(dir)
        defer { store.close() }
        // Values the core accepts that a spreadsheet would evaluate.
        let names = ["=HYPERLINK(\"http://x\";\"y\")", "+Siti", "-Dewi", "@Rina", "'=Tini", "Ani"]
        var csv = "nik,name,sex,birthDate,province,phone,village\n"
        for (i, name) in names.enumerated() {
            csv += CSVCells.record([womanNIK(i + 1), name, "F", "1998-04-12", "32", "+62 81\(i)", "-"])
        }
        let first = try store.importCSV(.workers, from: csvBytes(csv))
        #expect(first.accepted == names.count, "\(first.reportLines)")
        #expect(workerNames(store.state) == names)

        let path = dir.file("all.csv")
        _ = try store.export(.workers, format: .csv, reveal: true, to: .file(path: path))
        let text = String(decoding: contents(path) ?? [], as: UTF8.self)
        let rows = try readCSV(text)
        #expect(rows[1][2] == "'=HYPERLINK(\"http://x\";\"y\")")
        #expect(rows[2][2] == "'+Siti")
        #expect(rows[3][2] == "'-Dewi")
        #expect(rows[4][2] == "'@Rina")
        #expect(rows[5][2] == "''=Tini")
        #expect(rows[6][2] == "Ani")
        #expect(rows[1][8] == "'+62 810")
        #expect(rows[1][7] == "'-")
        // No data cell starts with a trigger.
        for row in rows.dropFirst() {
            for cell in row { #expect(cell.unicodeScalars.first.map(CSVCells.isTrigger) != true, "\(cell)") }
        }

        // The revealed export imports into another directory (its extra columns are read past) with
        // every value as it was.
        let other = TempDir()
        defer { other.remove() }
        let copy = try openStore(other)
        defer { copy.close() }
        let again = try copy.importCSV(.workers, from: .file(path: path))
        #expect(again.accepted == names.count, "\(again.reportLines)")
        #expect(workerNames(copy.state) == names)
        #expect(copy.state.summary(row: 0)?.phone == "+62 810")
        #expect(copy.state.summary(row: 0)?.village == "-")
    }

    @Test func aReadOnlyStoreRefusesEveryExportAndRecordsNothing() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let writer = try openStore(dir)
        _ = try writer.importCSV(.workers, from: csvBytes("nik,name,sex,birthDate,province\n\(womanNIK(1)),Siti,F,1998-04-12,32\n"))
        writer.close()
        let reader = try openStore(dir, access: .readOnly)
        defer { reader.close() }
        let before = try reader.journal.maxSeq()
        for reveal in [false, true] {
            let path = dir.file("ro-\(reveal).csv")
            #expect(throws: ExportError.self) {
                try reader.export(.workers, format: .csv, reveal: reveal, to: .file(path: path))
            }
            do {
                _ = try reader.export(.workers, format: .csv, reveal: reveal, to: .file(path: path))
            } catch {
                guard case .readOnly = error else { Issue.record("\(error)"); continue }
                #expect(error.description.contains("read-only"))
            }
            #expect(contents(path) == nil)
        }
        #expect(try reader.journal.maxSeq() == before)
    }

    @Test func theExportIsRecordedBeforeTheFileIsWritten() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try openStore(dir)
        defer { store.close() }
        _ = try store.importCSV(.workers, from: csvBytes("nik,name,sex,birthDate,province\n\(womanNIK(1)),Siti,F,1998-04-12,32\n"))
        // The first file-system call (creating the temporary file) fails: the record is already there.
        let faulty = FaultyFileSystem(faults: [.failCall(1, errno: ENOSPC)])
        let path = dir.file("x.csv")
        do {
            _ = try store.export(.workers, format: .csv, reveal: true, to: .file(path: path),
                                 fileWriter: AtomicFileWriter(fileSystem: faulty))
            Issue.record("the write should have failed")
        } catch {
            guard case .write(let seq, _) = error else { Issue.record("\(error)"); return }
            let events = try exportEvents(store)
            #expect(events.map(\.seq) == [seq])
        }
        #expect(contents(path) == nil)

        // A cancelled export records nothing.
        #expect(throws: ExportError.self) {
            try store.export(.workers, format: .csv, reveal: false, to: .file(path: path), isCancelled: { true })
        }
        #expect(try exportEvents(store).count == 1)
    }
}
