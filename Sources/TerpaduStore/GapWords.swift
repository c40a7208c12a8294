import TerpaduCore

/// A gap in words, the same wherever it is shown (doctor, restore, timelines): "lost, see event N".
public enum GapWords {
    public static func summary(_ g: JournalGap) -> String {
        var parts: [String] = []
        switch (g.missingFromJournal, g.lostEvents) {
        case (let m?, let l?) where m == l: parts.append("events \(range(m)) were lost")
        case (let m?, let l?): parts.append("events \(range(m)) are missing from the journal and the changes of \(range(l)) are lost")
        case (let m?, nil): parts.append("events \(range(m)) are missing from the journal; their changes are kept in the base snapshot")
        case (nil, let l?): parts.append("the changes of events \(range(l)) are lost")
        case (nil, nil): break
        }
        for kind in RecordKind.allCases {
            guard let r = g.lostNumbers[kind] else { continue }
            parts.append("IDs \(RecordID(kind, r.lowerBound))…\(RecordID(kind, r.upperBound)) were handed out and are lost")
        }
        if parts.isEmpty { parts.append("nothing was lost") }
        return parts.joined(separator: "; ") + " (\(g.cause.rawValue))"
    }

    /// "event 1,234: lost, see event 2,001" for a missing event.
    public static func lost(_ seq: Int64, in g: JournalGap) -> String {
        "event \(seq): lost, see event \(g.seq)"
    }

    /// For a record whose number a gap handed out and lost.
    public static func lost(_ id: RecordID, in g: JournalGap) -> String {
        "\(id): lost, see event \(g.seq)"
    }

    static func range(_ r: ClosedRange<Int64>) -> String {
        r.lowerBound == r.upperBound ? "\(r.lowerBound)" : "\(r.lowerBound)…\(r.upperBound)"
    }
}
