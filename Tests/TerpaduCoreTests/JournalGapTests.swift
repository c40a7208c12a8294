import Testing
@testable import TerpaduCore

@Suite("Record numbering across gaps")
struct RecordNumberingTests {
    @Test("without a gap a record's number is its row + 1")
    func identity() {
        let n = RecordNumbering()
        #expect(n.number(.worker, row: 0) == 1)
        #expect(n.number(.worker, row: 41) == 42)
        #expect(n.row(.worker, number: 42, count: 50) == 41)
        #expect(n.row(.worker, number: 51, count: 50) == nil)
        #expect(n.row(.worker, number: 0, count: 50) == nil)
        #expect(n.next(.worker, count: 50) == 51)
    }

    @Test("a skip moves the next number on; skipped numbers belong to no row")
    func skip() {
        var n = RecordNumbering()
        #expect(n.skip(.worker, count: 3, to: 11) == 4...10)
        #expect(n.next(.worker, count: 3) == 11)
        #expect(n.number(.worker, row: 2) == 3)
        #expect(n.number(.worker, row: 3) == 11)
        #expect(n.number(.worker, row: 5) == 13)
        for lost in 4...10 { #expect(n.row(.worker, number: lost, count: 6) == nil) }
        #expect(n.row(.worker, number: 3, count: 6) == 2)
        #expect(n.row(.worker, number: 11, count: 6) == 3)
        #expect(n.row(.worker, number: 13, count: 6) == 5)
        #expect(n.row(.worker, number: 14, count: 6) == nil)
        // Other kinds are untouched.
        #expect(n.next(.jobFair, count: 2) == 3)
    }

    @Test("a skip that would not move forward does nothing; two gaps in a row keep the later")
    func skipOnlyForward() {
        var n = RecordNumbering()
        #expect(n.skip(.loan, count: 5, to: 6) == nil)
        #expect(n.skip(.loan, count: 5, to: 3) == nil)
        #expect(n.skip(.loan, count: 5, to: 9) == 6...8)
        #expect(n.skip(.loan, count: 5, to: 20) == 9...19)
        #expect(n.next(.loan, count: 5) == 20)
        #expect(n.row(.loan, number: 20, count: 6) == 5)
        #expect(n.row(.loan, number: 9, count: 6) == nil)
    }

    @Test("several jumps: each number maps to one row and back")
    func severalJumps() {
        var n = RecordNumbering()
        n.skip(.worker, count: 2, to: 10)     // rows 0,1 → 1,2; row 2 → 10
        n.skip(.worker, count: 4, to: 100)    // rows 2,3 → 10,11; row 4 → 100
        for row in 0..<8 {
            let number = n.number(.worker, row: Int32(row))
            #expect(n.row(.worker, number: number, count: 8) == row)
        }
        #expect(n.row(.worker, number: 12, count: 8) == nil)
        #expect(n.row(.worker, number: 99, count: 8) == nil)
        let back = RecordNumbering(flattened: n.flattened)
        #expect(back == n)
    }

    @Test("jumps that go backwards or name an unknown kind are refused when read back")
    func badJumpsRefused() {
        #expect(RecordNumbering(flattened: [(0, 3, 2)]) == nil)
        #expect(RecordNumbering(flattened: [(0, 3, 10), (0, 2, 20)]) == nil)
        #expect(RecordNumbering(flattened: [(0, 3, 10), (0, 5, 11)]) == nil)
        #expect(RecordNumbering(flattened: [(200, 3, 10)]) == nil)
        #expect(RecordNumbering(flattened: [(0, 3, 10)]) != nil)
    }
}

@Suite("A gap event")
struct GapEventTests {
    /// Three workers registered, then a gap saying events up to 40 and workers up to W-000010 were
    /// handed out before the journal lost them.
    static func deskAfterGap() -> (Desk, gapSeq: Int64) {
        var desk = Desk()
        for _ in 0..<3 { desk.register() }
        let gap = GapRecorded(cause: .journalBehind, journalEnd: desk.state.lastSeq, baseSnapshot: nil,
                              highestSeq: 40, highestNumbers: ["W": 10, "JF": 2], note: "test")
        let e = Event(seq: 41, timeMillis: Fixture.millis(desk.today), operatorName: "repair", body: .gapRecorded(gap))
        desk.state.apply(e)
        desk.events.append(e)
        return (desk, 41)
    }

    @Test("moves the sequence and every ID past what was handed out")
    func movesPastTheMarks() throws {
        var (desk, gapSeq) = Self.deskAfterGap()
        #expect(desk.state.lastSeq == gapSeq)
        #expect(desk.state.nextID(.worker) == RecordID(.worker, 11))
        #expect(desk.state.nextID(.jobFair) == RecordID(.jobFair, 3))
        #expect(desk.state.nextID(.cohort) == RecordID(.cohort, 1))
        let events = desk.run(.registerWorker(WorkerDraft(nik: desk.nextNIK(sex: .female, birth: Fixture.day(1996, 3, 3)),
                                                          name: "Wulan Sari", sex: .female, birthDate: Fixture.day(1996, 3, 3),
                                                          province: "32")))
        #expect(events.first?.seq == gapSeq + 1)
        guard case .workerRegistered(let p) = events.first?.body else {
            Issue.record("no registration")
            return
        }
        #expect(p.worker == RecordID(.worker, 11))
        #expect(desk.state.summary(RecordID(.worker, 11))?.name == "Wulan Sari")
        #expect(desk.state.status(of: RecordID(.worker, 11)) == .registered)
        let found = try #require(desk.state.queryWorkers(WorkerFilter(name: "wulan")))
        #expect(found.rows.map(found.id(at:)) == [RecordID(.worker, 11)])
        #expect(desk.state.counters == desk.state.recount())
    }

    @Test("the lost numbers and events say which gap lost them")
    func lostSeeEventN() {
        let (desk, gapSeq) = Self.deskAfterGap()
        let s = desk.state
        for n in 4...10 {
            #expect(s.summary(RecordID(.worker, n)) == nil)
            #expect(s.gap(losing: RecordID(.worker, n))?.seq == gapSeq)
        }
        #expect(s.gap(losing: RecordID(.worker, 3)) == nil)
        #expect(s.gap(losing: RecordID(.jobFair, 1))?.seq == gapSeq)
        let g = s.gaps.first
        let journalEnd = desk.events[desk.events.count - 2].seq
        #expect(g?.missingFromJournal == (journalEnd + 1)...40)
        #expect(g?.lostEvents == g?.missingFromJournal)
        #expect(s.gap(missing: 40)?.seq == gapSeq)
        #expect(s.gap(missing: 41) == nil)
    }

    @Test("a commanded edit of a lost worker is refused as an unknown record")
    func lostWorkerIsUnknown() {
        var (desk, _) = Self.deskAfterGap()
        let reasons = desk.refusals(.exitWorker(ExitEntry(worker: RecordID(.worker, 7), reason: .personalChoice)))
        #expect(reasons == [.unknownRecord(RecordID(.worker, 7))])
    }

    @Test("a snapshot keeps the numbering and the gaps; a version-1 snapshot still reads")
    func snapshotKeepsGaps() throws {
        let (desk, _) = Self.deskAfterGap()
        let bytes = SnapshotCodec.encode(desk.state)
        let decoded = try bytes.withUnsafeBytes { try SnapshotCodec.decode($0) }
        #expect(decoded.numbering == desk.state.numbering)
        #expect(decoded.gaps == desk.state.gaps)
        #expect(decoded.nextID(.worker) == RecordID(.worker, 11))
        #expect(SnapshotCodec.encode(decoded) == bytes)
    }

    @Test("a gap with a base snapshot reports what the snapshot still held as missing, not lost")
    func baseSnapshot() {
        var desk = Desk()
        for _ in 0..<2 { desk.register() }
        let end = desk.state.lastSeq
        let gap = GapRecorded(cause: .journalRebuilt, journalEnd: end - 1, baseSnapshot: end,
                              highestSeq: end + 5, highestNumbers: ["W": 4], note: "test")
        desk.state.apply(Event(seq: end + 6, timeMillis: Fixture.millis(desk.today), operatorName: "repair",
                               body: .gapRecorded(gap)))
        let g = desk.state.gaps.last
        #expect(g?.missingFromJournal == end...(end + 5))
        #expect(g?.lostEvents == (end + 1)...(end + 5))
        #expect(desk.state.replayBases == [end])
        #expect(g?.lostNumbers[.worker] == 3...4)
    }
}
