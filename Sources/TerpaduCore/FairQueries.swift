/// A job fair or canvassing visit as the Job fairs pane lists it.
public struct FairSummary: Hashable, Sendable {
    public var id: RecordID
    public var kind: FairKind
    public var venue: String
    public var regency: String
    /// Province code and name ("" when the code is no longer in the reference tables).
    public var province: String
    public var provinceName: String
    public var date: Day
    public var employers: [String]
    public var jobOrders: [RecordID]
    /// How many people attended (each once, at the furthest outcome reached).
    public var attendees: Int
    public var funnel: FairFunnel
    /// The village ("" none); an education session's topic and headcount ("" and 0 for other kinds).
    public var village: String = ""
    public var topic: String = ""
    public var headcount: Int = 0
}

/// attended ≥ interviewed ≥ shortlisted ≥ offered: each level counts everyone who got at least that far.
public struct FairFunnel: Hashable, Sendable {
    public var attended: Int
    public var interviewed: Int
    public var shortlisted: Int
    public var offered: Int

    public subscript(outcome: FairOutcome) -> Int {
        switch outcome {
        case .attended: attended
        case .interviewed: interviewed
        case .shortlisted: shortlisted
        case .offered: offered
        }
    }
}

/// One person at one fair.
public struct FairAttendee: Hashable, Sendable {
    public var worker: RecordID
    public var name: String
    public var status: Status
    /// The furthest they got there.
    public var outcome: FairOutcome
}

extension TerpaduState {
    /// Fairs and canvassing visits, a page at a time (a national set has a few hundred). Each row costs
    /// the same whatever the page: counts come from the live counters and the attendee index.
    public func fairs(offset: Int = 0, count: Int = .max, order: ListOrder = .newestFirst) -> RecordPage<FairSummary> {
        .of(total: fairs.count, offset: offset, count: count, order: order) { fairSummary(row: $0) }
    }

    public func fairSummary(_ id: RecordID) -> FairSummary? {
        row(id, .jobFair).flatMap { fairSummary(row: $0) }
    }

    func fairSummary(row f: Int) -> FairSummary? {
        guard f >= 0, f < fairs.count else { return nil }
        let fair = fairs[f]
        let funnel = counters.fairFunnel
        func level(_ o: FairOutcome) -> Int {
            let i = f * 4 + Int(o.rawValue) - 1
            return i < funnel.count ? Int(funnel[i]) : 0
        }
        let p = reference.provinceByCode[fair.province]
        return FairSummary(
            id: id(.jobFair, row: Int32(f)), kind: fair.kind, venue: fair.venue, regency: fair.regency,
            province: fair.province, provinceName: p.map { reference.data.provinces[$0].name } ?? "", date: fair.date,
            employers: fair.employers, jobOrders: fair.jobOrders,
            attendees: f < links.fairAttendees.count ? links.fairAttendees[f].count : 0,
            funnel: FairFunnel(attended: level(.attended), interviewed: level(.interviewed),
                               shortlisted: level(.shortlisted), offered: level(.offered)),
            village: fair.village, topic: fair.topic, headcount: fair.headcount)
    }

    /// The people at one fair, by worker ID, a page at a time (a fair may draw thousands); nil for an
    /// unknown fair. Read from the fair's own attendee index, never from the whole attendance table.
    public func attendees(ofFair id: RecordID, offset: Int = 0, count: Int = .max) -> RecordPage<FairAttendee>? {
        guard let f = row(id, .jobFair) else { return nil }
        let workers = f < links.fairAttendees.count ? links.fairAttendees[f] : []
        return .of(workers, offset: offset, count: count, order: .oldestFirst) { w in
            guard let raw = attendance[Self.attendanceKey(fair: f, worker: w)], let outcome = FairOutcome(rawValue: raw),
                  w < self.workers.count else { return nil }
            return FairAttendee(worker: self.id(.worker, row: Int32(w)), name: strings[self.workers.name[w]],
                                status: Status(rawValue: self.workers.status[w]) ?? status(w), outcome: outcome)
        }
    }
}
