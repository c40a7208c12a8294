import TerpaduCore

/// One line of a record's history: an event that touched it, or a stretch of events the journal lost
/// ("lost, see event N"), which may have touched it.
public enum TimelineEntry: Sendable, Equatable {
    case event(JournalRow)
    /// Events the journal no longer holds, at the place they had; `gap` is the event that says so.
    case lost(ClosedRange<Int64>, gap: JournalGap)

    public var seq: Int64 {
        switch self {
        case .event(let row): row.seq
        case .lost(let range, _): range.lowerBound
        }
    }
}

extension Store {
    /// Every event that touched record `id`, in order, with the journal's gaps where they fall: a gap
    /// after the record first appeared may hide events about it; a record whose number a gap lost
    /// shows only that gap. Read through the read-only connection, so a detail screen never waits for
    /// this process's writer in SQLite's write lock.
    public func timeline(of id: RecordID) throws(StoreError) -> [TimelineEntry] {
        let gaps = withState { $0.gaps }
        let rows: [JournalRow]
        do { rows = try readConnection().rows(forRecord: id.description) } catch { throw .wrap(error) }
        var entries = rows.map(TimelineEntry.event)
        let first = rows.first?.seq
        for gap in gaps {
            guard let missing = gap.missingFromJournal else { continue }
            let lostHere = gap.lostNumbers[id.kind]?.contains(id.number) == true
            if lostHere || (first.map { $0 < gap.seq } ?? false) { entries.append(.lost(missing, gap: gap)) }
        }
        return entries.sorted { $0.seq < $1.seq }
    }
}
