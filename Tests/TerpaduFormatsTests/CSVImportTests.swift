import Foundation
import Testing
import TerpaduCore
@testable import TerpaduFormats
import TerpaduStore
import TerpaduTestSupport

/// A NIK for a woman born 1998-04-12 in West Java, with a serial.
func womanNIK(_ serial: Int) -> String {
    testNIK(sex: .female, birth: Day(year: 1998, month: 4, day: 12) ?? Day(number: 10_000), serial: serial)
}

func csvBytes(_ text: String) -> CSVSource { .bytes(Array(text.utf8)) }

/// The names of every worker in the store, in ID order.
func workerNames(_ state: TerpaduState) -> [String] {
    (0..<state.workerCount).compactMap { state.summary(row: Int32($0))?.name }
}

@Suite struct CSVImportTests {
    @Test func goodAndBadWorkerRowsAreReportedAndOnlyGoodRowsApplied() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try openStore(dir)
        defer { store.close() }
        let under18 = testNIK(sex: .male, birth: Day(year: 2010, month: 1, day: 1) ?? Day(number: 0), serial: 4)
        let csv = "\u{FEFF}nik,name,sex,birthDate,province,regency,phone\r\n"
            + "\(womanNIK(1)),Siti Aminah,F,1998-04-12,32,Kota Bandung,0812 3456\r\n"      // 2 good
            + "12345,Budi,M,1990-01-01,32,,\r\n"                                             // 3 bad NIK
            + "\(under18),Anak Muda,M,2010-01-01,32,,\r\n"                                   // 4 under 18
            + "\(womanNIK(5)),Dewi,F,1998-04-12,99,,\r\n"                                     // 5 unknown province
            + "\(womanNIK(6)),\"Ra\u{1B}[31mtna\",F,1998-04-12,32,,\r\n"                      // 6 control characters
            + "\(womanNIK(7)),Only,F\r\n"                                                     // 7 wrong column count
            + "\(womanNIK(8)),Lestari,F,1998-04-12,32,\"Kab. Bandung\r\nBlok A\",\r\n"        // 8-9 newline in a field
            + "\(womanNIK(10)),\"Sri, Lestari\",F,1998-04-12,32,\"Cimahi, Jawa Barat\",\r\n"  // 10 good, commas
            + "\r\n"                                                                          // 11 blank
            + "\(womanNIK(12)),\"Wati \"\"Ina\"\"\",P,1998-04-12,32,,+62 812\n"              // 12 good, quotes, LF
            + "\(womanNIK(13)),Yanti,X,1998-13-01,32,,\r\n"                                   // 13 two problems
            + "\(womanNIK(1)),Siti Lagi,F,1998-04-12,32,,"                                    // 14 duplicate NIK, no newline
        let report = try store.importCSV(.workers, from: csvBytes(csv))

        #expect(report.reportLines == [
            "line 3: nik: nik must have exactly 16 digits",
            "line 4: birthDate: the person is 15; registration needs at least 18",
            "line 5: province: 99 is not a known province code",
            "line 6: name: name contains control characters",
            "line 7: row: has 3 fields; the header has 7",
            "line 8: regency: regency contains control characters",
            "line 13: sex: \"X\" is not M or F (L or P also read)",
            "line 13: birthDate: \"1998-13-01\" is not a date YYYY-MM-DD (e.g. 1998-04-12)",
            "line 14: nik: this NIK is already registered as W-000001",
        ])
        #expect(report.rows == 11)
        #expect(report.accepted == 3)
        #expect(report.rejected.count == 8)
        #expect(report.stop == nil)
        #expect(report.bytesRead == Int64(csv.utf8.count))
        let state = store.state
        #expect(workerNames(state) == ["Siti Aminah", "Sri, Lestari", "Wati \"Ina\""])
        #expect(state.summary(row: 1)?.regency == "Cimahi, Jawa Barat")
        #expect(state.summary(row: 2)?.phone == "+62 812")
        #expect(state.summary(row: 2)?.sex == .female)
        #expect(report.rejected.first?.problems.first?.code == "nikWrongLength")
    }

    @Test func aBirthDateTypedDayFirstSaysWhatToTypeInstead() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try openStore(dir)
        defer { store.close() }
        let csv = "nik,name,sex,birthDate,province\n\(womanNIK(1)),Siti Aminah,F,12-04-1998,32\n"
        let report = try store.importCSV(.workers, from: csvBytes(csv))
        #expect(report.reportLines == ["line 2: birthDate: \"12-04-1998\" is not a date YYYY-MM-DD: it is day first; write 1998-04-12"])
        #expect(store.state.workerCount == 0)
    }

    @Test func theSameFileGivesTheSameReportAgainstAnInMemoryState() throws {
        var state = try referenceState()
        let csv = "nik,name,sex,birthDate,province\n\(womanNIK(1)),Siti,F,1998-04-12,32\nbad,X,F,1998-04-12,32\n"
        let report = try CSVImport.validate(.workers, from: csvBytes(csv), state: &state,
                                            context: CommandContext(operatorName: "t", timeMillis: fixedMillis))
        #expect(report.accepted == 1)
        #expect(report.reportLines == ["line 3: nik: nik must contain only the digits 0-9"])
        #expect(state.workerCount == 1)
    }

    @Test func headerProblemsNameTheColumnAndApplyNothing() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try openStore(dir)
        defer { store.close() }
        let row = "\(womanNIK(1)),Siti,F,1998-04-12,32\n"
        let cases: [(String, CSVImportError, String)] = [
            ("nik,name,sex,birthDate,province,shoeSize\n", .unknownColumn(name: "shoeSize", column: 6, kind: .workers), "shoeSize"),
            ("nik,name,sex,province\n", .missingColumn(name: "birthDate", kind: .workers), "birthDate"),
            ("nik,name,NIK,sex,birthDate,province\n", .duplicateColumn(name: "nik"), "nik"),
            ("nik,,sex,birthDate,province\n", .emptyColumnName(column: 2), "column 2"),
            ("\n", .noHeader, "first row"),
        ]
        for (header, expected, mention) in cases {
            #expect(throws: expected) { try store.importCSV(.workers, from: csvBytes(header + row)) }
            #expect(expected.description.contains(mention), "\(expected)")
        }
        #expect(throws: CSVImportError.noHeader) { try store.importCSV(.workers, from: csvBytes("")) }
        #expect(store.state.workerCount == 0)
        // Header names are matched without regard to case or surrounding spaces.
        let ok = try store.importCSV(.workers, from: csvBytes(" NIK , Name,SEX,birthdate,Province\n" + row))
        #expect(ok.accepted == 1)
    }

    @Test func importsAFileAndRefusesOneThatCannotBeOpened() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try openStore(dir)
        defer { store.close() }
        let path = dir.file("workers.csv")
        writeBytes(Array("nik,name,sex,birthDate,province\n\(womanNIK(1)),Siti,F,1998-04-12,32\n".utf8), to: path)
        let report = try store.importCSV(.workers, from: .file(path: path))
        #expect(report.accepted == 1)
        #expect(throws: CSVImportError.cannotOpen(path: dir.file("nope.csv"), errno: ENOENT)) {
            try store.importCSV(.workers, from: .file(path: dir.file("nope.csv")))
        }
    }

    @Test func batchesReportProgressAndStopWhenCancelled() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try openStore(dir)
        defer { store.close() }
        var csv = "nik,name,sex,birthDate,province\n"
        for i in 1...350 { csv += "\(womanNIK(i)),Pekerja \(i),F,1998-04-12,32\n" }

        var seen: [ImportProgress] = []
        let report = try store.importCSV(.workers, from: csvBytes(csv), batchSize: 100, progress: { seen.append($0) })
        #expect(report.accepted == 350)
        #expect(seen.map(\.rowsDone) == [100, 200, 300, 350])
        #expect(seen.last?.bytesRead == Int64(csv.utf8.count))
        #expect(seen.last?.totalBytes == Int64(csv.utf8.count))

        // A fresh directory: cancelled at the first check, after the first batch of 100 committed.
        let dir2 = TempDir()
        defer { dir2.remove() }
        let store2 = try openStore(dir2)
        defer { store2.close() }
        var asked = 0
        let cancelled = try store2.importCSV(.workers, from: csvBytes(csv), batchSize: 100, isCancelled: {
            asked += 1
            return true
        })
        #expect(asked == 1)
        #expect(cancelled.accepted == 100)
        #expect(store2.state.workerCount == 100)
        guard case .cancelled(let line)? = cancelled.stop else { Issue.record("\(String(describing: cancelled.stop))"); return }
        #expect(line == 102 && cancelled.firstUnreadLine == 102)
        #expect(cancelled.lines == nil)
        #expect(cancelled.summary.hasPrefix("workers: stopped at line 102, nothing from there on imported"))
    }

    @Test func aBatchSmallerThan100IsRaisedTo100() throws {
        var state = try referenceState()
        var csv = "nik,name,sex,birthDate,province\n"
        for i in 1...150 { csv += "\(womanNIK(i)),Pekerja \(i),F,1998-04-12,32\n" }
        var batches: [Int] = []
        let report = try CSVImport.run(.workers, from: csvBytes(csv), batchSize: 7) { commands in
            batches.append(commands.count)
            return commands.map { c in
                state.execute(c, context: CommandContext(operatorName: "t", timeMillis: fixedMillis)).map { _ in () }
                    .mapError { .refused($0, eventsSince: []) }
            }
        }
        #expect(batches == [100, 50])
        #expect(report.accepted == 150)
    }

    @Test func invalidUTF8StopsTheImportAtItsLineKeepingTheRowsBefore() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try openStore(dir)
        defer { store.close() }
        var bytes = Array("nik,name,sex,birthDate,province\n\(womanNIK(1)),Siti,F,1998-04-12,32\n\(womanNIK(2)),Dewi,F,1998-04-12,32\n".utf8)
        bytes += Array("\(womanNIK(3)),Bad ".utf8) + [0xFF, 0xFE] + Array(",F,1998-04-12,32\n".utf8)
        bytes += Array("\(womanNIK(4)),After,F,1998-04-12,32\n".utf8)
        let report = try store.importCSV(.workers, from: .bytes(bytes))
        #expect(report.accepted == 2)
        guard case .unreadable(.invalidUTF8(let at), let name, let from, let lines)? = report.stop else {
            Issue.record("\(String(describing: report.stop))")
            return
        }
        #expect(at == CSVPosition(line: 4, column: 22, field: 2))
        #expect(name == "name")
        #expect(from == 4 && report.firstUnreadLine == 4)
        #expect(lines == 5 && report.lines == 5)
        #expect(report.summary == "workers: stopped at line 4 of 5, nothing from there on imported; of the 2 rows before it 2 imported, 0 rejected")
        #expect(workerNames(store.state) == ["Siti", "Dewi"])
        #expect(throws: CSVImportError.unreadableHeader(.invalidUTF8(at: CSVPosition(line: 1, column: 2, field: 1)))) {
            try store.importCSV(.workers, from: .bytes([0x6E, 0xFF, 0x0A]))
        }
    }

    @Test func aReadOnlyStoreRefusesAnImport() throws {
        let dir = TempDir()
        defer { dir.remove() }
        try openStore(dir).close()
        let reader = try openStore(dir, access: .readOnly)
        defer { reader.close() }
        #expect(throws: CSVImportError.readOnly) {
            try reader.importCSV(.workers, from: csvBytes("nik,name,sex,birthDate,province\n"))
        }
    }

    @Test func attendanceAndEnrollmentRows() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try openStore(dir)
        defer { store.close() }
        let day = Day(year: 2025, month: 6, day: 1) ?? Day(number: 0)
        _ = try store.execute(.scheduleFair(FairDraft(kind: .jobFair, venue: "GOR Pajajaran", regency: "Kota Bandung",
                                                      province: "32", date: day))).get()
        _ = try store.execute(.createCohort(CohortDraft(program: "housekeepingCourse", provider: "BLK Bandung",
                                                        start: day, end: day.adding(days: 60), capacity: 10))).get()
        _ = try store.importCSV(.workers, from: csvBytes(
            "nik,name,sex,birthDate,province\n\(womanNIK(1)),Siti,F,1998-04-12,32\n\(womanNIK(2)),Dewi,F,1998-04-12,32\n"))

        let attendance = try store.importCSV(.attendance, from: csvBytes(
            "fair,worker,outcome\r\n"
            + "JF-000001,W-000001,attended\r\n"
            + "JF-000001,W-000002,Interviewed\r\n"
            + "JF-000009,W-000001,attended\r\n"
            + "JF-000001,W1,attended\r\n"
            + "JF-000001,W-000001,hired\r\n"
            + "JF-000001,W-000002,attended\r\n"))
        #expect(attendance.accepted == 2)
        #expect(attendance.reportLines == [
            "line 4: fair: there is no record JF-000009",
            "line 5: worker: \"W1\" is not a worker ID like W-000001",
            "line 6: outcome: \"hired\" is not one of attended, interviewed, shortlisted, offered",
            "line 7: outcome: the fair outcome is already interviewed; it only moves forward",
        ])

        let enrollments = try store.importCSV(.enrollments, from: csvBytes(
            "worker,cohort\n"
            + "W-000001,TC-000001\n"
            + "W-000001,TC-000001\n"
            + "W-000002,TC-000002\n"
            + "W-000099,TC-000001\n"
            + "W-000002,TC-000001,extra\n"))
        #expect(enrollments.accepted == 1)
        #expect(enrollments.reportLines == [
            "line 3: worker: W-000001 is already enrolled in TC-000001",
            "line 4: cohort: there is no record TC-000002",
            "line 5: worker: there is no record W-000099",
            "line 6: row: has 3 fields; the header has 2",
        ])

        // After a failed result, a second go must say it is a retake; the column is read as yes/no.
        _ = try store.execute(.recordResult(TrainingResult(cohort: RecordID(.cohort, 1), worker: RecordID(.worker, 1),
                                                           attendance: 60, score: 40, passed: false))).get()
        let retakes = try store.importCSV(.enrollments, from: csvBytes(
            "cohort,worker,retake\n"
            + "TC-000001,W-000001,\n"
            + "TC-000001,W-000001,maybe\n"
            + "TC-000001,W-000002,ya\n"
            + "TC-000001,W-000001,true\n"))
        #expect(retakes.accepted == 1)
        #expect(retakes.reportLines.count == 3)
        #expect(retakes.reportLines.first?.hasPrefix("line 2: ") == true && retakes.reportLines.first?.contains("retake") == true)
        #expect(retakes.reportLines.dropFirst().first == "line 3: retake: \"maybe\" is not true or false")
        #expect(retakes.reportLines.last?.hasPrefix("line 4: retake: ") == true)
    }

    @Test func textStoredOtherwiseThanTheFileHasItIsListedAndCounted() throws {
        var state = try referenceState()
        let csv = "nik,name,sex,birthDate,province,village\n"
            + "\(womanNIK(1)),Siti Aminah,F,1998-04-12,32,Cibiru\n"
            + "\(womanNIK(2)), Dewi\u{00A0}Lestari ,F,1998-04-12,32,\"  \"\n"
            + "\(womanNIK(3)),\u{200B},F,1998-04-12,32,\n"
        let report = try CSVImport.validate(.workers, from: csvBytes(csv), state: &state,
                                            context: CommandContext(operatorName: "t", timeMillis: fixedMillis))
        #expect(report.reportLines == [
            "line 3: name: stored as \"Dewi Lestari\" (the file has \" Dewi\\u{a0}Lestari \")",
            "line 3: village: stored as nothing (the file has \"  \")",
            "line 4: name: name is required",
        ])
        #expect(report.summary == "workers: 2 of 3 rows imported, 1 rejected; 1 stored with text changed, listed above")
        #expect(workerNames(state) == ["Siti Aminah", "Dewi Lestari"])
    }

    @Test func lineNumbersFollowLineBreaksInsideQuotedFields() throws {
        var state = try referenceState()
        let csv = "nik,name,sex,birthDate,province\r\n"
            + "\"1\n2\r\n3\r4\",a,F,1998-04-12,32\r\n"  // lines 2-5
            + "x,b,F,1998-04-12,32\r\n"                // line 6
        let report = try CSVImport.validate(.workers, from: csvBytes(csv), state: &state,
                                            context: CommandContext(operatorName: "t", timeMillis: fixedMillis))
        #expect(report.rejected.map(\.line) == [2, 6])
    }
}

/// A state with the repository's reference data and nothing else.
func referenceState() throws -> TerpaduState {
    var state = TerpaduState()
    let reference = try ReferenceSeeds.load(from: seedsURL)
    _ = state.execute(.loadReference(reference), context: CommandContext(operatorName: "t", timeMillis: fixedMillis))
    return state
}
