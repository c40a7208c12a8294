extension TerpaduState {
    var counterDimensions: CounterDimensions {
        CounterDimensions(provinces: reference.data.provinces.count, countries: reference.data.countries.count,
                          jobs: reference.data.jobs.count)
    }

    /// Every counter computed from scratch from the records. The live counters must always equal this.
    public func recount() -> Counters {
        var c = Counters(dimensions: counterDimensions)
        c.cohortEnrolled = Array(repeating: 0, count: cohorts.count)
        c.cohortResults = c.cohortEnrolled
        c.cohortPassed = c.cohortEnrolled
        c.programEnrolled = Array(repeating: 0, count: programs.count)
        c.programOutcomes = c.programEnrolled
        c.programBusinesses = c.programEnrolled
        c.fairFunnel = Array(repeating: 0, count: fairs.count * 4)
        c.jobOrderFilled = Array(repeating: 0, count: jobOrders.count)
        var provinceOf = [Int](repeating: 0, count: workers.count)
        var countryOf = [Int](repeating: 0, count: workers.count)
        for r in 0..<workers.count {
            let f = facts(r)
            c.add(f, 1)
            provinceOf[r] = f.province
            countryOf[r] = f.country
        }
        for e in enrollments where e.cohort >= 0 && Int(e.cohort) < cohorts.count {
            c.cohortEnrolled[Int(e.cohort)] += 1
            if e.result != 0 { c.cohortResults[Int(e.cohort)] += 1 }
            if e.result == 1 { c.cohortPassed[Int(e.cohort)] += 1 }
        }
        for e in programEnrollments where e.program >= 0 && Int(e.program) < programs.count {
            c.programEnrolled[Int(e.program)] += 1
            if e.outcome != 0 { c.programOutcomes[Int(e.program)] += 1 }
            if e.outcome == 2 { c.programBusinesses[Int(e.program)] += 1 }
        }
        for (key, outcome) in attendance {
            let f = Int(key >> 32)
            guard f < fairs.count else { continue }
            for level in 0..<min(Int(outcome), 4) { c.fairFunnel[f * 4 + level] += 1 }
        }
        for p in placements where p.status == PlacementStatus.selected.rawValue || p.status == PlacementStatus.departed.rawValue
            || p.status == PlacementStatus.completed.rawValue {
            if p.jobOrder >= 0, Int(p.jobOrder) < jobOrders.count { c.jobOrderFilled[Int(p.jobOrder)] += 1 }
        }
        for k in cases where k.worker >= 0 && Int(k.worker) < workers.count {
            c.addCase(k, province: provinceOf[Int(k.worker)], country: countryOf[Int(k.worker)], 1)
        }
        c.openReviews = reviews.reduce(0) { $0 + ($1.status == 0 ? 1 : 0) }
        c.openLoans = loans.reduce(0) { $0 + ((LoanStatus(rawValue: $1.status)?.isOpen ?? false) ? 1 : 0) }
        return c
    }

    /// Rebuilds every index and counter from the records (after reading a snapshot).
    mutating func rebuildDerived() {
        reference = ReferenceIndex(reference.data)
        var pairs: [(UInt64, Int32)] = []
        pairs.reserveCapacity(workers.count)
        search = SearchIndex()
        search.reserve(workers.count)
        for r in 0..<workers.count {
            pairs.append((workers.nik[r], Int32(r)))
            search.set(row: Int32(r), name: strings[workers.name[r]])
            workers.status[r] = status(r).rawValue
        }
        nikIndex = SortedIndex(pairs: pairs)
        duplicates = NameMatchIndex(birth: workers.birth, search: search)
        links = RecordLinks(of: self)
        counters = recount()
    }
}
