import Foundation
import Testing
import TerpaduCore
@testable import TerpaduFormats
import TerpaduTestSupport

@Suite struct ReferenceSeedsTests {
    @Test("the seeds' education table reads into the reference data, in order, for the form's pick list")
    func educationTable() throws {
        let reference = try seedsReference()
        #expect(reference.educations.map(\.code) == ["TS", "SD", "SMP", "SMA", "SMK", "D1", "D2", "D3", "D4/S1", "S2", "S3"])
        #expect(reference.educations.first { $0.code == "D4/S1" }?.name == "Diploma IV / Sarjana")
        #expect(reference.educations.first?.name == "Tidak sekolah")
    }

    @Test("a seeds folder from before the education table still loads, with the table empty")
    func olderSeedsFolder() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let copy = URL(fileURLWithPath: dir.path)
        try FileManager.default.copyItem(at: seedsURL.appendingPathComponent("reference"),
                                         to: copy.appendingPathComponent("reference"))
        try FileManager.default.removeItem(at: copy.appendingPathComponent("reference/education.csv"))
        let reference = try ReferenceSeeds.load(from: copy)
        #expect(reference.educations.isEmpty)
        #expect(reference.provinces.count == 38)
    }
}
