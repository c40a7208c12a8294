/// Read access to the records with few rows (fairs, job orders, cohorts, programs), for screens and
/// exports. Each is returned with reference rows resolved to their codes.
extension TerpaduState {
    public func fair(_ id: RecordID) -> JobFair? {
        row(id, .jobFair).map { fairs[$0] }
    }

    public func jobOrder(_ id: RecordID) -> JobOrderView? {
        guard let i = row(id, .jobOrder) else { return nil }
        let o = jobOrders[i]
        let ref = reference.data
        let filled = i < counters.jobOrderFilled.count ? Int(counters.jobOrderFilled[i]) : 0
        return JobOrderView(
            id: id, employer: o.employer, employerIsLegalEntity: o.employerIsLegalEntity,
            country: o.country >= 0 && o.country < ref.countries.count ? ref.countries[o.country].iso : "",
            job: o.job >= 0 && o.job < ref.jobs.count ? ref.jobs[o.job].code : "",
            scheme: o.scheme, agency: o.agency, agencyLicence: o.agencyLicence, quota: o.quota, filled: filled,
            certificateRequired: o.certificateRequired, workerCost: o.workerCost, contractMonths: o.contractMonths,
            created: o.created)
    }

    public func cohort(_ id: RecordID) -> CohortView? {
        guard let i = row(id, .cohort) else { return nil }
        let c = cohorts[i]
        let ref = reference.data
        return CohortView(id: id, program: c.program >= 0 && c.program < ref.programs.count ? ref.programs[c.program].code : "",
                          provider: c.provider, start: c.start, end: c.end, capacity: c.capacity,
                          rate: passRate(cohort: id) ?? PassRate(enrolled: 0, results: 0, passed: 0))
    }

    public func program(_ id: RecordID) -> ReintegrationProgram? {
        row(id, .program).map { programs[$0] }
    }
}

/// A job order as screens and exports show it.
public struct JobOrderView: Hashable, Sendable {
    public var id: RecordID
    public var employer: String
    public var employerIsLegalEntity: Bool
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
}

/// A training cohort with its live pass rate.
public struct CohortView: Hashable, Sendable {
    public var id: RecordID
    public var program: String
    public var provider: String
    public var start: Day
    public var end: Day
    public var capacity: Int
    public var rate: PassRate
}
