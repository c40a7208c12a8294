import Testing
@testable import TerpaduCore

@Suite("Reintegration queries")
struct ReintegrationQueryTests {
    @Test("a program shows where and when, its capacity, enrolments, outcomes and businesses; its members their outcomes")
    func programAndMembers() throws {
        var desk = Desk()
        let program = desk.program(capacity: 5)
        let a = desk.worker(at: .returned), b = desk.worker(at: .returned)
        desk.run(.enrollReturnee(ProgramEnrollmentEntry(program: program, worker: b)))
        desk.run(.enrollReturnee(ProgramEnrollmentEntry(program: program, worker: a)))
        desk.advance(days: 30)
        desk.run(.recordOutcome(OutcomeEntry(program: program, worker: a, businessStarted: true, businessKind: "warung",
                                             monthlyRevenue: 4_500_000, jobsCreated: 2)))
        let s = try #require(desk.state.programSummary(program))
        #expect(s.kind == .umkmIncubation && s.name == "Inkubasi UMKM Desmigratif" && s.village == "Cibiru")
        #expect(s.province == "32" && s.provinceName == "Jawa Barat")
        #expect(s.capacity == 5 && s.enrolled == 2 && s.seatsLeft == 3 && s.outcomes == 1 && s.businessesStarted == 1)
        #expect(desk.state.programs().rows.map(\.id).contains(program))
        let members = try #require(desk.state.members(ofProgram: program))
        #expect(members.map(\.worker) == [b, a])
        #expect(members[0].outcome == nil)
        #expect(members[1].outcome == ProgramMember.Outcome(recorded: desk.today, businessStarted: true, businessKind: "warung",
                                                            monthlyRevenue: 4_500_000, jobsCreated: 2))
        #expect(desk.state.members(ofProgram: RecordID(.program, 40)) == nil)
    }
}
