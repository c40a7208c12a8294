import Testing
@testable import TerpaduCore

/// The per-record indexes (a fair's attendees, a cohort's roster…) are derived: whichever way a state
/// is reached, they must say what a scan of the tables says.
@Suite("Record links")
struct RecordLinksTests {
    /// What each link says, found the slow way: by scanning the whole tables.
    func scanned(_ s: TerpaduState) -> RecordLinks {
        var l = RecordLinks()
        l.fairAttendees = s.fairs.indices.map { f in
            s.attendance.keys.filter { Int($0 >> 32) == f }.map { Int32(truncatingIfNeeded: $0 & 0xFFFF_FFFF) }.sorted()
        }
        l.cohortEnrollments = s.cohorts.indices.map { c in s.enrollments.indices.filter { s.enrollments[$0].cohort == c }.map(Int32.init) }
        l.jobOrderPlacements = s.jobOrders.indices.map { j in s.placements.indices.filter { s.placements[$0].jobOrder == j }.map(Int32.init) }
        l.programEnrollments = s.programs.indices.map { g in
            s.programEnrollments.indices.filter { s.programEnrollments[$0].program == g }.map(Int32.init)
        }
        l.checkInsByWorker = SortedIndex(pairs: s.checkIns.enumerated().map { (RecordLinks.key($0.element.worker), Int32($0.offset)) })
        l.enrollmentsByWorker = SortedIndex(pairs: s.enrollments.enumerated().map { (RecordLinks.key($0.element.worker), Int32($0.offset)) })
        return l
    }

    @Test("a generated set's links equal a scan, after the events applied, a replay and a snapshot read")
    func linksAgree() throws {
        let set = GeneratedSets.build(workers: 500)
        let s = set.state
        #expect(s.fairCount > 0 && s.attendanceCount > 0 && s.checkIns.count > 0 && !s.programEnrollments.isEmpty && !s.enrollments.isEmpty)
        #expect(s.links == scanned(s))
        var replayed = TerpaduState()
        for e in set.events { replayed.apply(e) }
        #expect(replayed.links == s.links)
        let decoded = try SnapshotCodec.encode(s).withUnsafeBytes { try SnapshotCodec.decode($0) }
        #expect(decoded.links == s.links)
        #expect(decoded == s)
    }

    @Test("the sub-lists of a generated set match the tables row for row")
    func subListsMatchTheTables() throws {
        let s = GeneratedSets.build(workers: 400).state
        for f in 0..<s.fairCount {
            let id = s.id(.jobFair, row: f)
            let listed = try #require(s.attendees(ofFair: id))
            #expect(listed.total == s.fairSummary(id)?.attendees)
            #expect(listed.total == s.fairFunnel(id)?[.attended])
        }
        for c in 0..<s.cohortCount {
            let id = s.id(.cohort, row: c)
            let roster = try #require(s.roster(ofCohort: id))
            #expect(roster.count == s.cohort(id)?.enrolled)
            #expect(roster.map(\.worker) == s.enrollments.filter { $0.cohort == c }.map { s.id(.worker, row: $0.worker) })
        }
        for j in 0..<s.jobOrderCount {
            let id = s.id(.jobOrder, row: j)
            let placed = try #require(s.placements(ofJobOrder: id)).rows.filter { $0.status != .cancelled }
            #expect(placed.count == s.jobOrder(id)?.filled)
        }
        for g in 0..<s.programCount {
            let id = s.id(.program, row: g)
            #expect(s.members(ofProgram: id)?.count == s.programSummary(id)?.enrolled)
        }
        let total = (1...s.workerCount).reduce(0) { $0 + (s.checkIns(ofWorker: RecordID(.worker, $1))?.count ?? 0) }
        #expect(total == s.checkIns.count)
    }

    @Test("after a random walk of commands a snapshot read gives the same links as the live state")
    func randomWalk() throws {
        var op = RandomOperator(seed: 0x11_4B5)
        for i in 0..<3_000 { op.step(i) }
        #expect(op.state.links == scanned(op.state))
        let decoded = try SnapshotCodec.encode(op.state).withUnsafeBytes { try SnapshotCodec.decode($0) }
        #expect(decoded.links == op.state.links)
    }
}
