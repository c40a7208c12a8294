extension TerpaduState {
    /// The board's figures from the state's own queries (the counters the desk's Dashboard reads),
    /// for the `weeks` weeks up to the day of the last event.
    public func boardFigures(_ n: Narrowing = .everyone, weeks: Int = 52) -> BoardFigures {
        guard lastEventMillis > 0 else { return .empty(n) }
        let today = calendar.day(atMillis: lastEventMillis)
        let exits = exitsByReason(n).filter { $0.value != 0 }
        return BoardFigures(
            narrowing: n, asOf: today, statuses: statusCounts(n).filter { $0.value != 0 },
            provinces: breakdown(by: .province, n).filter { $0.value != 0 },
            destinations: breakdown(by: .country, n).filter { $0.value != 0 },
            jobs: breakdown(by: .job, n).filter { $0.value != 0 }, schemes: breakdown(by: .scheme, n).filter { $0.value != 0 },
            exits: exits, today: dailyFlows(from: today, to: today, n).first,
            weeks: weeklyFlows(weeks: weeks, asOf: today, n), kpis: weeklyKPIs(weeks: weeks, asOf: today, n),
            passRates: passRatesByProgram(n).filter { $0.value.enrolled != 0 || $0.value.results != 0 },
            openReviews: openReviews(n), reach: boardReach(n, today: today))
    }

    /// Open duplicate reviews whose later registrant falls inside the narrowing.
    func openReviews(_ n: Narrowing) -> Int {
        if n == .everyone { return counters.openReviews }
        guard let s = slice(n) else { return 0 }
        return reviews.reduce(0) { sum, v in
            sum + (v.status == 0 && v.later >= 0 && Int(v.later) < workers.count && isInside(Int(v.later), n, slice: s) ? 1 : 0)
        }
    }

    /// Education, literacy and insurance reach inside the narrowing, as of `today`.
    func boardReach(_ n: Narrowing, today: Day) -> BoardReach? {
        guard let s = slice(n) else { return nil }
        func inside(_ rows: [Int32]) -> Int { rows.reduce(0) { $0 + (isInside(Int($1), n, slice: s) ? 1 : 0) } }
        let working = statusCounts(n)[.working] ?? 0
        let education: EducationReach? = switch n {
        case .everyone: educationReach()
        case .province(let code): educationReach(province: code)
        case .country: nil
        }
        return BoardReach(education: education, literacySessions: n == .everyone ? cycle.literacySessions.count : nil,
                          literacyReached: PlacementShare(inPlacement: working, count: inside(literacyReachedRows())),
                          healthCovered: PlacementShare(inPlacement: working, count: inside(healthCoveredRows(today: today))),
                          lapsingIn30Days: inside(lapsingRows(today: today)))
    }
}
