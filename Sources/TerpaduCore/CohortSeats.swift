/// A worker's seat in a cohort: one enrolment row per worker and cohort, which a retake takes again.
extension TerpaduState {
    /// The worker's newest enrolment row in cohort `c`, whatever its result (nil: never enrolled there).
    /// Scans the cohort's roster (at most its capacity, 10,000).
    func seat(worker r: Int, cohort c: Int) -> Int? {
        guard c >= 0, c < links.cohortEnrollments.count else { return nil }
        for e in links.cohortEnrollments[c].reversed() {
            let i = Int(e)
            if i >= 0, i < enrollments.count, Int(enrollments[i].worker) == r { return i }
        }
        return nil
    }

    /// A retake: the worker's seat in the cohort awaits a result again (the counters of the earlier
    /// result come off; the result itself stays in the journal and the worker's timeline).
    mutating func applyRetake(_ p: CohortEnrollment, day: Day) -> Bool {
        guard let c = row(p.cohort, .cohort), let w = workerRow(p.worker), let e = seat(worker: Int(w), cohort: c) else {
            return false
        }
        changeWorker(p.worker, day: day) { s, r in
            let old = s.enrollments[e].result
            if old != 0, c < s.counters.cohortResults.count { s.counters.cohortResults[c] &-= 1 }
            if old == 1, c < s.counters.cohortPassed.count { s.counters.cohortPassed[c] &-= 1 }
            s.enrollments[e].day = day.number
            s.enrollments[e].attendance = 0
            s.enrollments[e].score = 0
            s.enrollments[e].result = 0
            s.enrollments[e].certificate = StringPool.absent
            s.workers.enrollment[r] = Int32(e)
        }
        return true
    }
}

extension Validation {
    /// The rules for a retake and for enrolling where the worker already sits (see `enroll`).
    func seatProblem(_ e: CohortEnrollment, cohort c: Int, worker r: Int) -> Refusal? {
        let seat = state.seat(worker: r, cohort: c)
        if e.retake {
            guard let seat, state.enrollments[seat].result != 0 else {
                return .fieldInvalid(field: "retake", detail: "needs an earlier result of \(e.worker) in \(e.cohort)")
            }
            return nil
        }
        guard let seat else { return nil }
        return state.enrollments[seat].result == 0
            ? .alreadyEnrolled(worker: e.worker, in: e.cohort) : .retakeRequired(worker: e.worker, in: e.cohort)
    }
}
