/// A job order as screens and exports show it.
public struct JobOrderView: Hashable, Sendable {
    public var id: RecordID
    public var employer: String
    /// nil: not stated (allowed for every scheme but the individual one).
    public var employerIsLegalEntity: Bool?
    public var country: String
    public var job: String
    public var scheme: Scheme
    public var agency: String
    public var agencyLicence: String
    public var quota: Int
    /// Places taken (selected or departed).
    public var filled: Int
    public var certificateRequired: Bool
    public var workerCost: Int64
    public var contractMonths: Int
    public var created: Day
    /// The language level a worker must show to depart on it (G to G and SSW orders), if any.
    public var languageLevel: LanguageLevel?
    /// Whether the order is a legal channel, judged as departure judges it (the agency's licence on the
    /// day of the latest event).
    public var legalChannel: ChannelVerdict

    public var placesLeft: Int { max(0, quota - filled) }
}

/// A job order's legal-channel verdict: the refusals a departure on it would get from the order itself
/// (an illegal channel, a cost to the worker in a zero-cost job); none when it passes.
public struct ChannelVerdict: Hashable, Sendable {
    public var refusals: [Refusal]
    public var passes: Bool { refusals.isEmpty }
}

/// One worker selected for a job order.
public struct PlacementEntry: Hashable, Sendable {
    public var placement: RecordID
    public var worker: RecordID
    public var name: String
    public var status: PlacementStatus
    public var selected: Day
    public var departed: Day?
}

extension TerpaduState {
    public func jobOrder(_ id: RecordID) -> JobOrderView? {
        row(id, .jobOrder).flatMap { jobOrderView(row: $0) }
    }

    /// Job orders, a page at a time (a national set has thousands); each row is read from the order and
    /// its counter.
    public func jobOrders(offset: Int = 0, count: Int = .max, order: ListOrder = .newestFirst) -> RecordPage<JobOrderView> {
        .of(total: jobOrders.count, offset: offset, count: count, order: order) { jobOrderView(row: $0) }
    }

    func jobOrderView(row i: Int) -> JobOrderView? {
        guard i >= 0, i < jobOrders.count else { return nil }
        let o = jobOrders[i]
        let ref = reference.data
        let filled = i < counters.jobOrderFilled.count ? Int(counters.jobOrderFilled[i]) : 0
        return JobOrderView(
            id: id(.jobOrder, row: Int32(i)), employer: o.employer, employerIsLegalEntity: o.employerIsLegalEntity,
            country: o.country >= 0 && o.country < ref.countries.count ? ref.countries[o.country].iso : "",
            job: o.job >= 0 && o.job < ref.jobs.count ? ref.jobs[o.job].code : "",
            scheme: o.scheme, agency: o.agency, agencyLicence: o.agencyLicence, quota: o.quota, filled: filled,
            certificateRequired: o.certificateRequired, workerCost: o.workerCost, contractMonths: o.contractMonths,
            created: o.created, languageLevel: o.languageLevel, legalChannel: ChannelVerdict(refusals: jobOrderChecks(o, on: calendar.day(atMillis: lastEventMillis))
                .compactMap(\.refusal)))
    }

    /// Everyone ever selected for a job order, in the order selected (cancelled selections included,
    /// with their status), a page at a time; nil for an unknown order. Read from the order's own
    /// placement index.
    public func placements(ofJobOrder id: RecordID, offset: Int = 0, count: Int = .max) -> RecordPage<PlacementEntry>? {
        guard let jo = row(id, .jobOrder) else { return nil }
        let rows = jo < links.jobOrderPlacements.count ? links.jobOrderPlacements[jo] : []
        return .of(rows, offset: offset, count: count, order: .oldestFirst) { placementEntry(at: $0) }
    }

    public func placement(_ id: RecordID) -> PlacementEntry? {
        row(id, .placement).flatMap { placementEntry(at: $0) }
    }

    func placementEntry(at i: Int) -> PlacementEntry? {
        guard i >= 0, i < placements.count else { return nil }
        let p = placements[i]
        let w = Int(p.worker)
        guard w >= 0, w < workers.count else { return nil }
        return PlacementEntry(placement: id(.placement, row: Int32(i)), worker: id(.worker, row: p.worker),
                              name: strings[workers.name[w]], status: PlacementStatus(rawValue: p.status) ?? .selected,
                              selected: Day(number: p.selectedDay),
                              departed: p.departureDay == Day.none.number ? nil : Day(number: p.departureDay))
    }
}
