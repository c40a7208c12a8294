/// A reintegration program as the Reintegration pane lists it.
public struct ProgramSummary: Hashable, Sendable {
    public var id: RecordID
    public var kind: ProgramKind
    public var name: String
    public var village: String
    public var regency: String
    /// Province code and name ("" when the code is no longer in the reference tables).
    public var province: String
    public var provinceName: String
    public var start: Day
    public var end: Day
    public var capacity: Int
    public var enrolled: Int
    /// Enrolments with an outcome recorded, and those of them that started a business.
    public var outcomes: Int
    public var businessesStarted: Int

    public var seatsLeft: Int { max(0, capacity - enrolled) }
}

/// One returnee enrolled in a program, with the outcome once recorded.
public struct ProgramMember: Hashable, Sendable {
    public struct Outcome: Hashable, Sendable {
        public var recorded: Day
        public var businessStarted: Bool
        public var businessKind: String?
        /// Rupiah a month.
        public var monthlyRevenue: Int64
        public var jobsCreated: Int
    }

    public var worker: RecordID
    public var name: String
    public var enrolled: Day
    /// nil until an outcome is recorded.
    public var outcome: Outcome?
}

extension TerpaduState {
    /// Reintegration programs, a page at a time (a national set has thousands); each row is read from
    /// the program and its counters.
    public func programs(offset: Int = 0, count: Int = .max, order: ListOrder = .newestFirst) -> RecordPage<ProgramSummary> {
        .of(total: programs.count, offset: offset, count: count, order: order) { programSummary(row: $0) }
    }

    public func programSummary(_ id: RecordID) -> ProgramSummary? {
        row(id, .program).flatMap { programSummary(row: $0) }
    }

    func programSummary(row g: Int) -> ProgramSummary? {
        guard g >= 0, g < programs.count else { return nil }
        let p = programs[g]
        let c = counters
        func count(_ table: [Int32]) -> Int { g < table.count ? Int(table[g]) : 0 }
        let province = reference.provinceByCode[p.province]
        return ProgramSummary(
            id: id(.program, row: Int32(g)), kind: p.kind, name: p.name, village: p.village, regency: p.regency,
            province: p.province, provinceName: province.map { reference.data.provinces[$0].name } ?? "",
            start: p.start, end: p.end, capacity: p.capacity, enrolled: count(c.programEnrolled),
            outcomes: count(c.programOutcomes), businessesStarted: count(c.programBusinesses))
    }

    /// A program's enrolments in the order made, each with its outcome (whole: a program holds at most
    /// its capacity, ≤ 10,000); nil for an unknown program. Read from the program's own enrolment index.
    public func members(ofProgram id: RecordID) -> [ProgramMember]? {
        guard let g = row(id, .program) else { return nil }
        let rows = g < links.programEnrollments.count ? links.programEnrollments[g] : []
        return rows.compactMap { i -> ProgramMember? in
            guard i >= 0, Int(i) < programEnrollments.count else { return nil }
            let e = programEnrollments[Int(i)]
            guard e.worker >= 0, Int(e.worker) < workers.count else { return nil }
            let outcome = e.outcome == 0 ? nil : ProgramMember.Outcome(
                recorded: Day(number: e.outcomeDay), businessStarted: e.outcome == 2,
                businessKind: strings.optional(e.businessKind), monthlyRevenue: e.monthlyRevenue,
                jobsCreated: Int(e.jobsCreated))
            return ProgramMember(worker: self.id(.worker, row: e.worker), name: strings[workers.name[Int(e.worker)]],
                                          enrolled: Day(number: e.day), outcome: outcome)
        }
    }
}
