import TerpaduCore

/// What the Dashboard shows, read from the counters in one go: stages with their statuses, this
/// week's flows and KPIs, and the counts by province of origin and by destination.
public struct DashboardFigures: Sendable, Hashable {
    public struct Count: Sendable, Hashable {
        public var label: String
        public var value: Int
    }

    public var stages: StageCounts
    public var statuses: [Status: Int]
    /// This ISO week's flows (registered, to pre-placement, departed, returned, …).
    public var week: Flows?
    public var kpi: WeekKPI?
    public var provinces: [Count]
    /// Destinations, named in both languages (the view picks).
    public var destinations: [(iso: String, en: String, id: String, value: Int)]
    /// Education reach, literacy and health-insurance shares, coverage about to lapse.
    public var cycle: CycleFigures?
    /// The first coverages to lapse within 30 days.
    public var lapsing: [LapsingCoverage] = []

    public static func == (a: DashboardFigures, b: DashboardFigures) -> Bool {
        a.stages == b.stages && a.statuses == b.statuses && a.week == b.week && a.kpi == b.kpi && a.provinces == b.provinces
            && a.cycle == b.cycle && a.lapsing == b.lapsing
            && a.destinations.elementsEqual(b.destinations, by: { $0.iso == $1.iso && $0.value == $1.value })
    }

    public func hash(into h: inout Hasher) { h.combine(stages) }
}

extension TerpaduState {
    /// The Dashboard's figures as of `today` (counters only: nobody is decoded or scanned).
    func dashboardFigures(today: Day, top: Int = 10) -> DashboardFigures {
        let ref = referenceData
        let provinces = breakdown(by: .province).sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(top).map { code, n in
            DashboardFigures.Count(label: ref.provinces.first { $0.code == code }?.name ?? code, value: n)
        }
        // People not (yet) placed have no destination: the chart is about where people go.
        let known = Set(ref.countries.map(\.iso))
        let destinations = breakdown(by: .country).filter { known.contains($0.key) }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(top).map { iso, n in
            let c = ref.countries.first { $0.iso == iso }
            return (iso: iso, en: c?.nameEN ?? iso, id: c?.nameID ?? iso, value: n)
        }
        return DashboardFigures(stages: stageCounts(), statuses: statusCounts(),
                                week: weeklyFlows(weeks: 1, asOf: today).last, kpi: weeklyKPIs(weeks: 1, asOf: today).last,
                                provinces: Array(provinces), destinations: Array(destinations),
                                cycle: cycleFigures(today: today), lapsing: lapsingCoverage(today: today, withinDays: 30, count: 3).rows)
    }
}
