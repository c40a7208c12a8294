import Foundation
import Testing
@testable import TerpaduCore

@Suite("Education as reference data")
struct EducationTests {
    static let levels: [ReferenceData.Education] = [
        .init(code: "SD", name: "Sekolah Dasar (SD)"), .init(code: "SMP", name: "Sekolah Menengah Pertama (SMP)"),
        .init(code: "SMA", name: "Sekolah Menengah Atas (SMA)"), .init(code: "D4/S1", name: "Diploma IV / Sarjana"),
    ]

    static var reference: ReferenceData {
        var r = Fixture.reference
        r.educations = levels
        return r
    }

    func draft(_ desk: inout Desk, education: String?) -> Command {
        let birth = Fixture.day(1997, 3, 1)
        return .registerWorker(WorkerDraft(nik: desk.nextNIK(sex: .male, birth: birth), name: "Budi Santoso", sex: .male,
                                           birthDate: birth, province: "33", education: education))
    }

    @Test("with the table loaded, registration takes a code from it and refuses anything else")
    func registration() {
        var desk = Desk()
        desk.run(.loadReference(Self.reference))
        #expect(desk.state.educations == Self.levels)
        desk.run(draft(&desk, education: "D4/S1"))
        #expect(desk.state.summary(RecordID(.worker, 1))?.education == "D4/S1")
        #expect(desk.refusals(draft(&desk, education: "Sarjana")) == [.unknownReference(table: "education", code: "Sarjana")])
        #expect(desk.refusals(draft(&desk, education: "sma")) == [.unknownReference(table: "education", code: "sma")])
        desk.run(draft(&desk, education: nil))
    }

    @Test("an update is checked too; blank clears it")
    func update() {
        var desk = Desk()
        desk.run(.loadReference(Self.reference))
        desk.run(draft(&desk, education: "SMA"))
        let w = RecordID(.worker, 1)
        #expect(desk.refusals(.updateWorker(WorkerUpdate(worker: w, education: "Tamat SMA")))
                == [.unknownReference(table: "education", code: "Tamat SMA")])
        desk.run(.updateWorker(WorkerUpdate(worker: w, education: "SMP")))
        #expect(desk.state.summary(w)?.education == "SMP")
        desk.run(.updateWorker(WorkerUpdate(worker: w, education: "")))
        #expect(desk.state.summary(w)?.education == nil)
    }

    @Test("free text recorded before the table stays, and edits that leave it alone are accepted")
    func oldFreeTextStays() {
        var desk = Desk()
        #expect(desk.state.educations.isEmpty)
        desk.run(draft(&desk, education: "Tamat SMA"))
        desk.run(.loadReference(Self.reference))
        let w = RecordID(.worker, 1)
        #expect(desk.state.summary(w)?.education == "Tamat SMA")
        desk.run(.updateWorker(WorkerUpdate(worker: w, phone: "0812 3456 7890")))
        #expect(desk.state.summary(w)?.education == "Tamat SMA")
    }

    @Test("reference data recorded before the table existed reads with an empty one")
    func olderReferenceDecodes() throws {
        let json = try JSONEncoder().encode(Fixture.reference)
        var object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(object["educations"] != nil)
        object["educations"] = nil
        let older = try JSONSerialization.data(withJSONObject: object)
        let decoded = try JSONDecoder().decode(ReferenceData.self, from: older)
        #expect(decoded == Fixture.reference)
        #expect(decoded.educations.isEmpty)
        let withTable = try JSONDecoder().decode(ReferenceData.self, from: JSONEncoder().encode(Self.reference))
        #expect(withTable.educations == Self.levels)
    }

    @Test("a code listed twice makes the tables unusable")
    func duplicateCode() {
        var r = Self.reference
        r.educations.append(.init(code: "SMA", name: "again"))
        #expect(r.problems().contains("educations: code SMA appears twice"))
        #expect(Self.reference.problems().isEmpty)
    }

    @Test("the generator draws education codes from the table")
    func generatorUsesTheTable() {
        let set = GeneratedSets.build(workers: 200, reference: Self.reference)
        #expect(set.report.refused == 0, "refusals: \(set.report.refusals)")
        let codes = Set(Self.levels.map(\.code))
        let used = Set((1...set.state.workerCount).compactMap { set.state.summary(RecordID(.worker, $0))?.education })
        #expect(!used.isEmpty && used.isSubset(of: codes), "used \(used)")
    }
}
