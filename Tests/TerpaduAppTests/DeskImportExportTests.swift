import Foundation
import Testing
import TerminalUI
import TerpaduCore
import TerpaduStore
import TerpaduTestSupport
@testable import TerpaduApp

/// `:import` and `:export` from the desk's command line, through the real store.
@Suite struct DeskImportExportTests {
    func command(_ desk: DeskDriver, _ text: String) {
        desk.press(.char(":"))
        desk.type(text)
        desk.press(.enter)
    }

    @Test func anImportSavesTheGoodRowsAndReportsTheRejectedOnesBesideTheFile() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = DeskDriver(data: try directoryWithWorkers(dir, names: ["Siti Rahayu"]))
        desk.settle { $0.workers.page?.total == 1 }
        let csv = dir.file("fair.csv")
        try """
        nik,name,sex,birthDate,province
        3273014402980001,Dewi Anggraini,F,1998-02-04,32
        327301440298000,Rina Lestari,F,1998-02-04,32
        """.write(toFile: csv, atomically: true, encoding: .utf8)
        command(desk, "import " + csv)
        #expect(desk.settle { $0.status?.text.hasPrefix("imported: 1 rows saved, 1 rejected") == true })
        #expect(desk.settle { $0.workers.page?.total == 2 })
        let report = try String(contentsOfFile: csv + ".report.txt", encoding: .utf8)
        #expect(report.contains("line 3: NIK: a NIK has exactly 16 digits"))
    }

    /// On an Indonesian desk the report beside the file speaks Indonesian: the core's refusals in its
    /// words, the row count, the tidied text.
    @Test func theImportReportIsInTheDesksLanguage() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = DeskDriver(data: try directoryWithWorkers(dir, names: ["Siti Rahayu"]), language: .id)
        desk.settle { $0.workers.page?.total == 1 }
        let csv = dir.file("bursa.csv")
        try """
        nik,name,sex,birthDate,province
        3273014402980001,Dewi  Anggraini,F,1998-02-04,32
        3273014101900001,Siti Rahayu,F,1990-01-01,32
        3273014402980002,,F,1998-02-04,32
        """.write(toFile: csv, atomically: true, encoding: .utf8)
        command(desk, "import " + csv)
        #expect(desk.settle { $0.status?.text.hasPrefix("impor: 1 baris tersimpan, 2 ditolak") == true }, "\(desk.model.status?.text ?? "")")
        let report = try String(contentsOfFile: csv + ".report.txt", encoding: .utf8)
        let lines = report.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("baris 2: ") == true && lines.first?.contains("disimpan sebagai \"Dewi Anggraini\"") == true, "\(report)")
        #expect(lines.contains { $0.hasPrefix("baris 3: NIK: ") && !$0.contains("already") }, "\(report)")
        #expect(lines.contains { $0.hasPrefix("baris 4: ") && $0.contains("wajib diisi") }, "\(report)")
        #expect(lines.last == "workers: 1 dari 3 baris diimpor, 2 ditolak")
    }

    @Test func anExportRecordsItselfAndMasksTheNIK() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let data = try directoryWithWorkers(dir, names: ["Siti Rahayu"])
        let desk = DeskDriver(data: data)
        desk.settle { $0.workers.page?.total == 1 }
        let out = dir.file("workers.csv")
        command(desk, "export " + out)
        #expect(desk.settle { $0.status?.text.hasPrefix("exported 1 workers (NIK masked)") == true })
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("3273********0001"))
        #expect(!text.contains("3273014101900001"))
        let journal = try Journal(path: data + "/journal.sqlite", access: .readOnly)
        #expect(try journal.rows(after: 0).last?.kind == "dataExported")
    }

    @Test func aSupervisorCannotImportOrExport() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let desk = DeskDriver(data: try directoryWithWorkers(dir, names: ["Siti Rahayu"]), role: .supervisor)
        desk.settle { $0.workers.page?.total == 1 }
        command(desk, "import x.csv")
        #expect(desk.model.status?.text == "read-only: supervisors cannot import")
        command(desk, "export")
        #expect(desk.model.status?.text == "read-only: supervisors cannot export")
    }
}
