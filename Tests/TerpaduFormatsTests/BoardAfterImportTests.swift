import Foundation
import Testing
import TerpaduCore
import TerpaduFormats
import TerpaduTestSupport
import TerpaduStore

/// `import` keeps the board's tables: after a CSV import, what a board reads equals the state's figures.
@Suite struct BoardAfterImportTests {
    @Test func theBoardReadsWhatTheStateHoldsAfterAnImport() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try openStore(dir)
        let provinces = store.withState { $0.referenceData.provinces.map(\.code) }
        var csv = "nik,name,sex,birthDate,province\n"
        for i in 1...300 { csv += "\(womanNIK(i)),Pekerja \(i),F,1998-04-12,\(provinces[i % 5])\n" }
        let report = try store.importCSV(.workers, from: csvBytes(csv), batchSize: 100)
        #expect(report.accepted == 300)
        let directory = try DataDirectory(path: dir.path + "/data", create: false)
        let reader = try BoardReader(directory: directory)
        for n in [Narrowing.everyone] + provinces.prefix(5).map({ .province($0) }) {
            let read = try reader.read(n)
            #expect(read.figures == store.withState { $0.boardFigures(n) }, "\(n)")
            #expect(read.lastChange?.seq == store.withState { $0.lastSeq })
        }
        #expect(try reader.read().figures.statuses[.registered] == 300)
        store.close()
        let doctor = Doctor.examine(directory: directory)
        #expect(doctor.passed.contains { $0.hasPrefix("board_cells equal a recount") }, "\(doctor.findings)")
    }
}
