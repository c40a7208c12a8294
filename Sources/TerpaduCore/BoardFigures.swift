/// Everything the supervisor board shows, for everyone or narrowed to one province of origin or one
/// destination: an immutable value. The store reads it from the journal's board table without the
/// population (`BoardReader`); `TerpaduState.boardFigures` computes the same value from the state's
/// counters, so a test can hold the two side by side at one sequence.
public struct BoardFigures: Hashable, Sendable {
    public var narrowing: Narrowing
    /// The day of the last event: "today" for the flows and the last week of the history. nil before
    /// any event (then every figure is empty).
    public var asOf: Day?
    public var statuses: [Status: Int]
    /// Counts by province of origin, destination, job and scheme, keyed by code ("none" when unset).
    public var provinces: [String: Int]
    public var destinations: [String: Int]
    public var jobs: [String: Int]
    public var schemes: [String: Int]
    public var exits: [ExitReason: Int]
    /// The flows of the day `asOf`.
    public var today: Flows?
    /// Weekly flows, oldest first, ending with the week of `asOf` (departures per week among them).
    public var weeks: [Flows]
    /// The KPIs of the same weeks, medians taken from each week's histograms.
    public var kpis: [WeekKPI]
    /// Pass rates per training program code ("unknown" for a cohort whose program is not in the
    /// reference data); programs nobody enrolled in are left out.
    public var passRates: [String: PassRate]
    /// Duplicate reviews awaiting a decision (narrowed by the later registrant).
    public var openReviews: Int
    public var reach: BoardReach?

    public var stages: StageCounts {
        var out = StageCounts()
        for (status, n) in statuses {
            switch status.stage {
            case .preparation: out.preparation += n
            case .prePlacement: out.prePlacement += n
            case .placement: out.placement += n
            case .postPlacement: out.postPlacement += n
            case nil: out.exited += n
            }
        }
        return out
    }

    /// The figures before any event.
    public static func empty(_ n: Narrowing) -> BoardFigures {
        BoardFigures(narrowing: n, asOf: nil, statuses: [:], provinces: [:], destinations: [:], jobs: [:], schemes: [:],
                     exits: [:], today: nil, weeks: [], kpis: [], passRates: [:], openReviews: 0, reach: nil)
    }
}

/// Legal-recruitment education, financial literacy and health insurance as of the board's day.
public struct BoardReach: Hashable, Sendable {
    /// Education sessions are held in a province: kept for everyone and per province, nil for a destination.
    public var education: EducationReach?
    /// Literacy sessions held (for everyone only: nil when narrowed).
    public var literacySessions: Int?
    public var literacyReached: PlacementShare
    public var healthCovered: PlacementShare
    /// Workers in placement whose cover lapses within 30 days and is not followed by a later one.
    public var lapsingIn30Days: Int
}
