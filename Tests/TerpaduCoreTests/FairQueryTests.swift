import Testing
@testable import TerpaduCore

@Suite("Fair queries")
struct FairQueryTests {
    func attend(_ desk: inout Desk, _ fair: RecordID, _ worker: RecordID, _ outcome: FairOutcome) {
        desk.run(.recordAttendance(AttendanceEntry(fair: fair, worker: worker, outcome: outcome)))
    }

    @Test("a fair's summary has its place, its attendees and its funnel")
    func summary() throws {
        var desk = Desk()
        let fair = desk.fair()
        let other = desk.fair(kind: .canvassing)
        let a = desk.register(name: "Siti Aminah"), b = desk.register(name: "Dewi Lestari"), c = desk.register()
        attend(&desk, fair, a, .attended)
        attend(&desk, fair, b, .shortlisted)
        attend(&desk, fair, a, .offered)   // further at the same fair: still one attendee
        attend(&desk, other, c, .interviewed)
        let s = try #require(desk.state.fairSummary(fair))
        #expect(s.kind == .jobFair && s.venue == "Gedung Sate" && s.regency == "Kota Bandung")
        #expect(s.province == "32" && s.provinceName == "Jawa Barat" && s.date == desk.today)
        #expect(s.employers == ["PT Sinar Jaya"])
        #expect(s.attendees == 2)
        #expect(s.funnel == FairFunnel(attended: 2, interviewed: 2, shortlisted: 2, offered: 1))
        #expect(desk.state.fairSummary(other)?.funnel[.interviewed] == 1)
        #expect(desk.state.fairSummary(RecordID(.jobFair, 9)) == nil)
    }

    @Test("a fair's attendees are listed by worker with name, status and furthest outcome, and no one else's")
    func attendees() throws {
        var desk = Desk()
        let fair = desk.fair(), other = desk.fair()
        let a = desk.register(name: "Siti Aminah"), b = desk.register(name: "Dewi Lestari"), c = desk.register()
        attend(&desk, fair, b, .interviewed)
        attend(&desk, other, c, .attended)
        attend(&desk, fair, a, .attended)
        attend(&desk, fair, b, .offered)
        let page = try #require(desk.state.attendees(ofFair: fair))
        #expect(page.total == 2)
        #expect(page.rows == [
            FairAttendee(worker: a, name: "Siti Aminah", status: .registered, outcome: .attended),
            FairAttendee(worker: b, name: "Dewi Lestari", status: .registered, outcome: .offered),
        ])
        #expect(desk.state.attendees(ofFair: other)?.rows.map(\.worker) == [c])
        #expect(desk.state.attendees(ofFair: fair, offset: 1, count: 5)?.rows.map(\.worker) == [b])
        #expect(desk.state.attendees(ofFair: RecordID(.jobFair, 3)) == nil)
    }

    @Test("fairs come a page at a time, newest first unless asked otherwise, with the total")
    func paging() {
        var desk = Desk()
        let ids = (0..<5).map { _ in desk.fair() }
        let first = desk.state.fairs(offset: 0, count: 2)
        #expect(first.total == 5 && first.offset == 0)
        #expect(first.rows.map(\.id) == [ids[4], ids[3]])
        #expect(desk.state.fairs(offset: 4, count: 10).rows.map(\.id) == [ids[0]])
        #expect(desk.state.fairs(offset: 1, count: 3, order: .oldestFirst).rows.map(\.id) == Array(ids[1...3]))
        let beyond = desk.state.fairs(offset: 9, count: 3)
        #expect(beyond.rows.isEmpty && beyond.offset == 5 && beyond.total == 5)
        #expect(desk.state.fairs(offset: -3, count: -1).rows.isEmpty)
        #expect(desk.state.fairs().rows.count == 5)
    }

    @Test("a narrowed funnel counts the fair's own attendees from the province")
    func narrowedFunnel() throws {
        var desk = Desk()
        let fair = desk.fair()
        let a = desk.register(province: "32"), b = desk.register(province: "33")
        attend(&desk, fair, a, .offered)
        attend(&desk, fair, b, .attended)
        let funnel = try #require(desk.state.fairFunnel(fair, .province("33")))
        #expect(funnel[.attended] == 1 && funnel[.offered] == 0)
        #expect(desk.state.fairFunnel(fair)?[.attended] == 2)
    }
}
