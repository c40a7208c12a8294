import Foundation
import Testing
import TerpaduCore
@testable import TerpaduFormats
import TerpaduStore
import TerpaduTestSupport

@Suite struct ExportKindsTests {
    /// Opens a store in a fresh directory, builds the small office in it and hands both to `body`.
    func withOffice(links: Bool = true, _ body: (Store, TempDir) throws -> Void) throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try openStore(dir)
        defer { store.close() }
        try SmallOffice.build(store, links: links)
        try body(store, dir)
    }

    @Test func attendanceRowsAndHeader() throws {
        try withOffice { store, dir in
            let rows = try SmallOffice.exportRows(store, .attendance, in: dir)
            #expect(rows == [
                ["fair", "worker", "outcome", "nik", "name"],
                ["JF-000001", "W-000001", "interviewed", SmallOffice.masked(0), "'=Siti Aminah"],
                ["JF-000001", "W-000002", "attended", SmallOffice.masked(1), "Dewi"],
            ])
        }
    }

    @Test func enrollmentRowsAndHeader() throws {
        try withOffice { store, dir in
            let rows = try SmallOffice.exportRows(store, .enrollments, in: dir)
            #expect(rows == [
                ["cohort", "worker", "nik", "name", "enrolled", "result", "attendance", "score", "certificateNumber"],
                ["TC-000001", "W-000001", SmallOffice.masked(0), "'=Siti Aminah", "2025-06-02", "passed", "90", "80", "SK-001"],
                ["TC-000001", "W-000003", SmallOffice.masked(2), "Rina", "2025-06-02", "awaiting", "", "", ""],
            ])
        }
    }

    @Test func fairRowsAndHeader() throws {
        try withOffice { store, dir in
            let rows = try SmallOffice.exportRows(store, .fairs, in: dir)
            #expect(rows == [
                ["id", "kind", "date", "venue", "regency", "province", "employers", "jobOrders",
                 "attended", "interviewed", "shortlisted", "offered"],
                ["JF-000001", "jobFair", "2025-06-01", "'@GOR Pajajaran", "Kota Bandung", "32",
                 "Chan Household Ltd; Lee Care Home", "JO-000001", "2", "1", "0", "0"],
            ])
        }
    }

    @Test func jobOrderRowsAndHeader() throws {
        try withOffice { store, dir in
            let rows = try SmallOffice.exportRows(store, .jobOrders, in: dir)
            #expect(rows == [
                ["id", "employer", "employerIsLegalEntity", "country", "job", "sector", "scheme", "agency",
                 "agencyLicence", "quota", "filled", "certificateRequired", "workerCost", "contractMonths", "languageLevel",
                 "created"],
                // No language level asked for: the cell is empty.
                ["JO-000001", "'+Chan Household Ltd", "true", "TW", "housekeeper", "domestic", "pToP", "PT Sinar Jaya",
                 "P3MI-0421/2024", "10", "0", "false", "0", "24", "", "2025-06-02"],
            ])
        }
    }

    @Test func cohortRowsAndHeader() throws {
        try withOffice { store, dir in
            let rows = try SmallOffice.exportRows(store, .cohorts, in: dir)
            #expect(rows == [
                ["id", "program", "programName", "provider", "start", "end", "capacity", "enrolled", "results", "passed"],
                ["TC-000001", "housekeepingCourse", "Housekeeping", "'-BLK Bandung", "2025-06-01", "2025-07-31",
                 "10", "2", "1", "1"],
            ])
        }
    }

    @Test(arguments: ExportKind.allCases)
    func noExportedCellStartsWithAFormulaTriggerAndEachReadsBackAsStored(_ kind: ExportKind) throws {
        try withOffice { store, dir in
            let rows = try SmallOffice.exportRows(store, kind, reveal: true, in: dir)
            #expect(rows.count > 1)
            let cells = rows.dropFirst().flatMap { $0 }
            for cell in cells {
                #expect(cell.unicodeScalars.first.map(CSVCells.isTrigger) != true, "\(kind): \(cell)")
            }
            // Each kind holds one hostile text, prefixed once; the import's rule takes exactly that off.
            let hostile = cells.filter { $0.hasPrefix("'") }.map(CSVCells.unescapeFormula)
            let expected = ["=Siti Aminah", "+Chan Household Ltd", "@GOR Pajajaran", "-BLK Bandung"]
            #expect(!hostile.isEmpty && hostile.allSatisfy(expected.contains), "\(kind): \(hostile)")
        }
    }

    @Test(arguments: ExportKind.allCases)
    func nikIsMaskedUnlessRevealed(_ kind: ExportKind) throws {
        try withOffice { store, dir in
            let fullNIKs = (0..<3).map(SmallOffice.nik)
            let masked = try SmallOffice.exportRows(store, kind, reveal: false, in: dir)
            let revealed = try SmallOffice.exportRows(store, kind, reveal: true, in: dir)
            let maskedCells = masked.flatMap { $0 }
            #expect(!maskedCells.contains { cell in fullNIKs.contains { cell.contains($0) } }, "\(kind)")
            guard let column = masked.first?.firstIndex(of: "nik") else {
                // No NIK column: a reveal changes nothing.
                #expect(masked == revealed)
                return
            }
            let shown = masked.dropFirst().map { $0[column] }
            let full = revealed.dropFirst().map { $0[column] }
            #expect(!shown.isEmpty)
            #expect(shown.allSatisfy { $0.count == 16 && $0.contains("********") }, "\(shown)")
            #expect(full.allSatisfy(fullNIKs.contains), "\(full)")
            #expect(zip(shown, full).allSatisfy { $0.prefix(4) == $1.prefix(4) && $0.suffix(4) == $1.suffix(4) })
        }
    }

    @Test(arguments: ExportKind.allCases)
    func everyExportIsRecordedInTheJournalWithItsKindRowsAndReveal(_ kind: ExportKind) throws {
        try withOffice { store, dir in
            let path = dir.file("out.\(kind.rawValue)")
            let plain = try store.export(kind, format: .csv, reveal: false, to: .file(path: path))
            let shown = try store.export(kind, format: .json, reveal: true, to: .file(path: path))
            #expect(mode(path) == 0o600)
            let expectedRows = ["workers": 3, "attendance": 2, "enrollments": 2, "fairs": 1, "jobOrders": 1, "cohorts": 1]
            #expect(plain.rows == expectedRows[kind.rawValue] && shown.rows == plain.rows)
            let events = try exportEvents(store)
            #expect(events.map(\.seq) == [plain.recordedSeq, shown.recordedSeq])
            let payloads = try events.map { try JSONSerialization.jsonObject(with: Data($0.payload.utf8)) as? [String: Any] }
            for (payload, revealed) in zip(payloads, [false, true]) {
                #expect(payload?["kind"] as? String == kind.rawValue)
                #expect(payload?["rows"] as? Int == plain.rows)
                #expect(payload?["revealed"] as? Bool == revealed)
                #expect(payload?["destination"] as? String == path)
            }
        }
    }

    @Test func jsonLinesWriteNumbersBooleansAndNulls() throws {
        try withOffice { store, dir in
            func objects(_ kind: ExportKind) throws -> [[String: Any]] {
                let path = dir.file("\(kind.rawValue).jsonl")
                _ = try store.export(kind, format: .json, reveal: false, to: .file(path: path))
                return try String(decoding: contents(path) ?? [], as: UTF8.self).split(separator: "\n").map {
                    try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
                }
            }
            let order = try objects(.jobOrders)
            #expect(order.count == 1)
            #expect(order.first?["employer"] as? String == "+Chan Household Ltd")  // no formula prefix in JSON
            #expect(order.first?["quota"] as? Int == 10)
            #expect(order.first?["certificateRequired"] as? Bool == false)
            let enrolments = try objects(.enrollments)
            #expect(enrolments.map { $0["result"] as? String } == ["passed", "awaiting"])
            #expect(enrolments.first?["score"] as? Int == 80)
            #expect(enrolments.last?["score"] is NSNull)
            #expect(enrolments.first?["nik"] as? String == SmallOffice.masked(0))
            let fair = try objects(.fairs)
            #expect(fair.first?["attended"] as? Int == 2)
            #expect((fair.first.map { Array($0.keys) } ?? []).sorted() == CSVExport.columns(.fairs).sorted())
        }
    }

    @Test func progressReachesTheTotalAndACancelledExportRecordsNothing() throws {
        try withOffice { store, dir in
            var seen: [ExportProgress] = []
            let path = dir.file("e.csv")
            _ = try store.export(.enrollments, format: .csv, reveal: false, to: .file(path: path), progress: { seen.append($0) })
            #expect(seen.last == ExportProgress(rowsDone: 2, totalRows: 2))
            let other = dir.file("a.csv")
            #expect(throws: ExportError.self) {
                try store.export(.attendance, format: .csv, reveal: true, to: .file(path: other), isCancelled: { true })
            }
            #expect(contents(other) == nil)
            #expect(try exportEvents(store).count == 1)
        }
    }

    @Test func theImportReadsPastTheExportsExtraColumns() {
        #expect(ImportKind.attendance.ignoredColumns == ["nik", "name"])
        #expect(ImportKind.enrollments.ignoredColumns
            == ["nik", "name", "enrolled", "result", "attendance", "score", "certificateNumber"])
        #expect(Set(ImportKind.workers.ignoredColumns) == ["id", "status", "registered", "country", "job", "version"])
        for kind in [ImportKind.attendance, .enrollments] {
            #expect(Array(CSVExport.columns(ExportKind(rawValue: kind.rawValue) ?? .workers).prefix(kind.requiredColumns.count))
                == kind.requiredColumns)
        }
    }

    /// Attendance and enrolments exported (masked) from one directory import into another that holds
    /// the same workers, fairs and cohorts: every row is accepted and the links are the same.
    @Test func attendanceAndEnrollmentsRoundTripIntoAnotherDirectory() throws {
        try withOffice { source, dir in
            let attendance = dir.file("attendance.csv")
            let enrollments = dir.file("enrollments.csv")
            _ = try source.export(.attendance, format: .csv, reveal: false, to: .file(path: attendance))
            _ = try source.export(.enrollments, format: .csv, reveal: false, to: .file(path: enrollments))

            let otherDir = TempDir()
            defer { otherDir.remove() }
            let copy = try openStore(otherDir)
            defer { copy.close() }
            try SmallOffice.build(copy, links: false)
            #expect(copy.state.attendanceCount == 0 && copy.state.enrollmentCount == 0)

            let a = try copy.importCSV(.attendance, from: .file(path: attendance))
            #expect(a.rows == 2 && a.accepted == 2, "\(a.reportLines)")
            let e = try copy.importCSV(.enrollments, from: .file(path: enrollments))
            #expect(e.rows == 2 && e.accepted == 2, "\(e.reportLines)")

            #expect(copy.state.attendanceRecords() == source.state.attendanceRecords())
            func links(_ s: TerpaduState) -> [String] {
                (0..<s.enrollmentCount).compactMap { s.enrollment(at: $0).map { "\($0.cohort) \($0.worker)" } }
            }
            #expect(links(copy.state) == links(source.state))
            // Results are not imported (they are recorded with recordResult): every copy awaits one.
            #expect((0..<copy.state.enrollmentCount).allSatisfy { copy.state.enrollment(at: $0)?.result == nil })
        }
    }

    @Test func anUnknownKindIsRefusedNamingTheArgument() throws {
        guard let exe = terpaduExecutable() else {
            Issue.record("the terpadu executable was not built beside the tests; run `swift build --build-tests` first")
            return
        }
        let dir = TempDir()
        defer { dir.remove() }
        let result = try runTerpadu(exe, ["export", "payments", "--data", dir.path + "/data"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("'payments' is invalid for '<kind>'"), "\(result.stderr)")
        #expect(result.stderr.contains("jobOrders"))
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/data"))
    }
}
