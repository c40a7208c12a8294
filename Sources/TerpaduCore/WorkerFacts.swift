/// Everything about one worker that the counters depend on. Counters are sums of these over all
/// workers, so an event moves them by removing the worker's old facts and adding the new ones, and
/// `recount()` can rebuild them from scratch to the same values.
struct WorkerFacts: Equatable {
    var status: Status
    /// Dimension indexes: 0 = unknown/none, i + 1 = reference row i.
    var province: Int
    var country: Int
    var job: Int
    var scheme: Int
    var exitReason: Int
    var registered: Int32
    var prePlacement: Int32
    var departed: Int32
    var returned: Int32
    var exited: Int32
    var exitFrom: Int
    var programDay: Int32
    var businessDay: Int32
    var cost: Int64
}

extension TerpaduState {
    func facts(_ r: Int) -> WorkerFacts {
        var country = 0, job = 0, scheme = 0
        var departed = Day.none.number
        var cost: Int64 = 0
        let p = Int(workers.placement[r])
        if p >= 0, p < placements.count, placements[p].status != PlacementStatus.cancelled.rawValue {
            let jo = Int(placements[p].jobOrder)
            if jo >= 0, jo < jobOrders.count {
                // Field by field: copying the whole order would retain its strings on every event.
                country = jobOrders[jo].country + 1
                job = jobOrders[jo].job + 1
                scheme = Int(jobOrders[jo].scheme.rawValue)
                cost = jobOrders[jo].workerCost
            }
            departed = placements[p].departureDay
        }
        var programDay = Day.none.number, businessDay = Day.none.number
        let pe = Int(workers.programEnrollment[r])
        if pe >= 0, pe < programEnrollments.count {
            programDay = programEnrollments[pe].day
            if programEnrollments[pe].outcome == 2 { businessDay = programEnrollments[pe].outcomeDay }
        }
        let prov = workers.province[r]
        return WorkerFacts(
            status: status(r),
            province: prov == WorkerTable.noProvince ? 0 : Int(prov) + 1,
            country: country, job: job, scheme: scheme,
            exitReason: Int(workers.exitReason[r]),
            registered: workers.registered[r], prePlacement: workers.prePlacementDay[r], departed: departed,
            returned: workers.returnDay[r], exited: workers.exitDay[r], exitFrom: Int(workers.exitFromStage[r]),
            programDay: programDay, businessDay: businessDay, cost: cost)
    }
}
