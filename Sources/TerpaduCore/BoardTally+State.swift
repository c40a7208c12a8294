extension TerpaduState {
    /// Every board row of the state, from its counters (or, `recounting`, from a recount: what
    /// `doctor` holds the journal's table against) without deciding anyone's facts again: the
    /// counters already sum them per status, province, destination, job, scheme, day and week.
    public func boardTally(recounting: Bool = false) -> BoardTally {
        let k = recounting ? recount() : counters
        let d = k.dimensions
        var t = BoardTally()
        guard lastEventMillis > 0 else { return t }
        // Status × province × country × job × scheme.
        let schemes = CounterDimensions.schemes
        for st in 0..<CounterDimensions.statuses {
            for p in 0..<d.p {
                for c in 0..<d.c {
                    let s = boardSlices(province: p, country: c)
                    let base = k.cubeIndex(st, p, c, 0, 0)
                    for j in 0..<d.j {
                        for sc in 0..<schemes {
                            let v = Int64(k.cube[base + j * schemes + sc])
                            guard v != 0 else { continue }
                            forSlices(s) { slice in
                                t.add(.status, slice, 0, Int64(st), v)
                                t.add(.job, slice, 0, Int64(j), v)
                                t.add(.scheme, slice, 0, Int64(sc), v)
                                t.add(.province, slice, 0, Int64(p), v)
                                t.add(.destination, slice, 0, Int64(c), v)
                            }
                        }
                    }
                }
            }
        }
        for e in 1..<CounterDimensions.exitReasons {
            for p in 0..<d.p {
                for c in 0..<d.c {
                    let v = Int64(k.exits[(e * d.p + p) * d.c + c])
                    if v != 0 { forSlices(boardSlices(province: p, country: c)) { t.add(.exit, $0, 0, Int64(e), v) } }
                }
            }
        }
        // The day-by-day table already holds the slices the board keeps.
        let stride = Counters.kinds * d.slices
        if stride > 0 {
            for offset in 0..<(k.daily.count / stride) {
                let day = k.firstDay + Int32(offset)
                for kind in DailyKind.allCases {
                    for slice in 0..<d.slices where Self.addressable(slice, d) {
                        let v = Int64(k.daily[offset * stride + kind.rawValue * d.slices + slice])
                        if v != 0 { tallyFlow(day, kind, Int32(slice), v, into: &t) }
                    }
                }
            }
        }
        for (dim, table) in [(BoardDimension.lead, k.leadDays.mapValues { $0.map { (Int64($0.key), $0.value) } }),
                             (.cost, k.costs.mapValues { $0.map { ($0.key, $0.value) } })] {
            for (key, histogram) in table {
                let week = Int32(bitPattern: UInt32(truncatingIfNeeded: key >> 32))
                let slice = Int(UInt32(truncatingIfNeeded: key))
                guard Self.addressable(slice, d) else { continue }
                for (value, n) in histogram where n != 0 { t.add(dim, Int32(slice), week, value, Int64(n)) }
            }
        }
        // Enrolments and reviews count in their worker's slices: summed per program, province and
        // country first (a million enrolments would otherwise be nine million additions to the tally).
        var cells: [(p: Int32, c: Int32)] = []
        cells.reserveCapacity(workers.count)
        for r in 0..<workers.count {
            let f = facts(r)
            cells.append((Int32(k.clamp(f.province, d.p)), Int32(k.clamp(f.country, d.c))))
        }
        let slices = { (r: Int32) in self.boardSlices(province: Int(cells[Int(r)].p), country: Int(cells[Int(r)].c)) }
        let perProgram = d.p * d.c
        var pass = [Int64](repeating: 0, count: (cohorts.isEmpty ? 0 : referenceData.programs.count + 1) * perProgram * 3)
        for e in enrollments where e.worker >= 0 && Int(e.worker) < cells.count && e.cohort >= 0 && Int(e.cohort) < cohorts.count {
            let program = cohorts[Int(e.cohort)].program + 1
            guard program >= 0, program <= referenceData.programs.count else { continue }
            let w = cells[Int(e.worker)]
            let base = (program * perProgram + Int(w.p) * d.c + Int(w.c)) * 3
            pass[base] += 1
            if e.result != 0 { pass[base + 1] += 1 }
            if e.result == 1 { pass[base + 2] += 1 }
        }
        for i in Swift.stride(from: 0, to: pass.count, by: 3) where pass[i] != 0 || pass[i + 1] != 0 {
            let cell = i / 3
            let program = Int32(cell / perProgram), p = (cell % perProgram) / d.c, c = cell % d.c
            forSlices(boardSlices(province: p, country: c)) { slice in
                for field in BoardPassField.allCases where pass[i + Int(field.rawValue)] != 0 {
                    t.add(.pass, slice, program, field.rawValue, pass[i + Int(field.rawValue)])
                }
            }
        }
        for v in reviews where v.status == 0 && v.later >= 0 && Int(v.later) < cells.count {
            forSlices(slices(v.later)) { t.add(.reviews, $0, 0, 0, 1) }
        }
        tallyReach(into: &t, slices: slices)
        return t
    }

    /// Slice 1 (no province) and the first destination slice (not placed) are summed into everyone
    /// but no filter names them.
    static func addressable(_ slice: Int, _ d: CounterDimensions) -> Bool { slice != 1 && slice != 1 + d.p }

    /// The reach rows and the day they are as of (the day of the last event). The caller replaces
    /// every earlier reach row with these.
    public func tallyReach(into t: inout BoardTally) {
        let d = counters.dimensions
        tallyReach(into: &t) { r in
            let f = facts(Int(r))
            return boardSlices(province: counters.clamp(f.province, d.p), country: counters.clamp(f.country, d.c))
        }
    }

    func tallyReach(into t: inout BoardTally, slices: (Int32) -> (Int32, Int32?, Int32?)) {
        guard lastEventMillis > 0 else { return }
        let today = calendar.day(atMillis: lastEventMillis)
        t.add(.asOf, 0, 0, 0, Int64(today.number))
        func education(_ e: EducationReach, _ slice: Int32) {
            t.add(.reach, slice, 0, BoardReachField.educationSessions.rawValue, Int64(e.sessions))
            t.add(.reach, slice, 0, BoardReachField.educationHeadcount.rawValue, Int64(e.headcount))
            t.add(.reach, slice, 0, BoardReachField.educationAttendances.rawValue, Int64(e.registeredAttendances))
            t.add(.reach, slice, 0, BoardReachField.educationWorkers.rawValue, Int64(e.registeredWorkers))
            t.add(.reach, slice, 0, BoardReachField.educationReached.rawValue, Int64(e.peopleReached))
        }
        education(educationReach(), 0)
        var provinces = Set<String>()
        for fair in fairs where fair.kind == .education { provinces.insert(fair.province) }
        for code in provinces {
            guard let i = reference.provinceByCode[code], i + 1 < counters.dimensions.p else { continue }
            education(educationReach(province: code), Int32(1 + i + 1))
        }
        t.add(.reach, 0, 0, BoardReachField.literacySessions.rawValue, Int64(cycle.literacySessions.count))
        for (field, rows) in [(BoardReachField.literacyReached, literacyReachedRows()),
                              (.healthCovered, healthCoveredRows(today: today)), (.lapsingIn30Days, lapsingRows(today: today))] {
            for r in rows { forSlices(slices(r)) { t.add(.reach, $0, 0, field.rawValue, 1) } }
        }
    }
}
