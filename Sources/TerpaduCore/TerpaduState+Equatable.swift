/// Two states are equal when they hold the same records, the same derived indexes and counters that
/// compare equal (counters compare after trimming empty days, so two paths to one state agree).
/// Used to prove that replaying a journal into an empty state rebuilds the live one.
extension TerpaduState: Equatable {
    public static func == (a: TerpaduState, b: TerpaduState) -> Bool {
        a.calendar == b.calendar && a.lastSeq == b.lastSeq && a.lastEventMillis == b.lastEventMillis
            && a.reference.data == b.reference.data && a.strings == b.strings && a.workers == b.workers
            && a.fairs == b.fairs && a.jobOrders == b.jobOrders && a.cohorts == b.cohorts && a.programs == b.programs
            && a.placements == b.placements && a.enrollments == b.enrollments && a.loans == b.loans
            && a.cases == b.cases && a.checkIns == b.checkIns && a.programEnrollments == b.programEnrollments
            && a.reviews == b.reviews && a.attendance == b.attendance && a.revealCount == b.revealCount
            && a.exportCount == b.exportCount && a.nikIndex == b.nikIndex && a.duplicates == b.duplicates
            && a.search == b.search && a.links == b.links && a.counters == b.counters
            && a.cycle == b.cycle
    }
}
