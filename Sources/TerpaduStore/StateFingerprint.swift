import TerpaduCore

/// What two states must agree on to count as the same, comparable without a byte-exact encoding:
/// position in the journal, reference data, record counts and the numbers they carry (gaps included),
/// every worker's status and version, and the live counters (which the core keeps equal to a full
/// recount).
public struct StateFingerprint: Equatable, Sendable {
    public var lastSeq: Int64
    public var lastEventMillis: Int64
    public var reference: ReferenceData
    public var recordCounts: [Int]
    public var statuses: [UInt8]
    public var versions: [Int]
    public var counters: Counters
    public var numbering: RecordNumbering
    public var nextIDs: [RecordID]
    public var gaps: [JournalGap]

    public init(_ s: TerpaduState) {
        lastSeq = s.lastSeq
        lastEventMillis = s.lastEventMillis
        reference = s.referenceData
        recordCounts = [s.workerCount, s.fairCount, s.jobOrderCount, s.cohortCount, s.programCount, s.loanCount,
                        s.caseCount, s.placementCount, s.reviewCount]
        statuses = []
        versions = []
        statuses.reserveCapacity(s.workerCount)
        versions.reserveCapacity(s.workerCount)
        for n in 0..<s.workerCount {
            let id = s.id(.worker, row: n)
            statuses.append(s.status(of: id)?.rawValue ?? .max)
            versions.append(s.version(of: id) ?? -1)
        }
        counters = s.counters
        numbering = s.numbering
        nextIDs = RecordKind.allCases.map { s.nextID($0) }
        gaps = s.gaps
    }

    /// The first difference, in words (for `doctor`); nil when equal.
    public func difference(from other: StateFingerprint) -> String? {
        if lastSeq != other.lastSeq { return "as of event \(lastSeq) vs \(other.lastSeq)" }
        if lastEventMillis != other.lastEventMillis { return "last event time differs" }
        if reference != other.reference { return "reference data differs" }
        if recordCounts != other.recordCounts { return "record counts differ: \(recordCounts) vs \(other.recordCounts)" }
        if nextIDs != other.nextIDs { return "the next record numbers differ: \(nextIDs) vs \(other.nextIDs)" }
        if gaps != other.gaps { return "the recorded gaps differ" }
        if let i = statuses.indices.first(where: { $0 < other.statuses.count && statuses[$0] != other.statuses[$0] }) {
            return "status of \(RecordID(.worker, numbering.number(.worker, row: Int32(i)))) differs"
        }
        if let i = versions.indices.first(where: { $0 < other.versions.count && versions[$0] != other.versions[$0] }) {
            return "version of \(RecordID(.worker, numbering.number(.worker, row: Int32(i)))) differs"
        }
        if counters != other.counters { return "counters differ" }
        return nil
    }
}
