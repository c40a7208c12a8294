/// The stored records of fairs and programs, as exports read them. Screens use the summaries of
/// FairQueries and ProgramQueries; cohorts and job orders are in CohortQueries and PlacementQueries.
extension TerpaduState {
    public func fair(_ id: RecordID) -> JobFair? {
        row(id, .jobFair).map { fairs[$0] }
    }

    public func program(_ id: RecordID) -> ReintegrationProgram? {
        row(id, .program).map { programs[$0] }
    }
}
