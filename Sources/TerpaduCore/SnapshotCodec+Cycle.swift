/// Format 3's section for education sessions, financial literacy, health coverage and language tests
/// (CycleRecords), after everything format 2 wrote. A format 1 or 2 snapshot has none of it.
extension SnapshotCodec {
    static func encodeCycle(_ s: TerpaduState, into w: inout ByteWriter) {
        // Per fair: the village, topic and headcount (fairs are few; text field by field).
        w.int(UInt32(s.fairs.count))
        for f in s.fairs { w.string(f.village); w.string(f.topic); w.int(Int64(f.headcount)) }
        // Per job order: its language level (0: none).
        w.pod(s.jobOrders.map { $0.languageLevel?.rawValue ?? 0 })
        let c = s.cycle
        w.int(UInt32(c.literacySessions.count))
        for l in c.literacySessions { w.int(l.date.number); w.int(Int64(l.mission)); w.string(l.topic) }
        w.pod(c.participations); w.pod(c.coverages); w.pod(c.languageTests)
    }

    static func decodeCycle(into s: inout TerpaduState, from r: inout ByteReader) throws {
        let fairCount = Int(try r.int(UInt32.self))
        guard fairCount == s.fairs.count else { throw SnapshotCodecError.inconsistent("education sessions") }
        for f in 0..<fairCount {
            s.fairs[f].village = try r.string()
            s.fairs[f].topic = try r.string()
            s.fairs[f].headcount = Int(clamping: try r.int(Int64.self))
        }
        let levels = try r.pod(UInt8.self)
        guard levels.count == s.jobOrders.count else { throw SnapshotCodecError.inconsistent("job order language levels") }
        for (o, raw) in levels.enumerated() where raw != 0 {
            guard let level = LanguageLevel(rawValue: raw) else { throw SnapshotCodecError.inconsistent("language level") }
            s.jobOrders[o].languageLevel = level
        }
        let sessionCount = Int(try r.int(UInt32.self))
        guard sessionCount <= r.remaining else { throw SnapshotCodecError.truncated(at: r.offset) }
        var c = CycleRecords()
        for _ in 0..<sessionCount {
            let date = Day(number: try r.int(Int32.self))
            let mission = Int(clamping: try r.int(Int64.self))
            c.literacySessions.append(LiteracySession(date: date, mission: mission, topic: try r.string()))
        }
        c.participations = try r.pod(LiteracyParticipationRow.self)
        c.coverages = try r.pod(CoverageRow.self)
        c.languageTests = try r.pod(LanguageTestRow.self)
        let n = Int32(s.workers.count), sessions = Int32(c.literacySessions.count)
        guard c.participations.allSatisfy({ $0.worker >= 0 && $0.worker < n && $0.session >= 0 && $0.session < sessions }),
              c.coverages.allSatisfy({ $0.worker >= 0 && $0.worker < n }),
              c.languageTests.allSatisfy({ $0.worker >= 0 && $0.worker < n && LanguageLevel(rawValue: $0.level) != nil })
        else { throw SnapshotCodecError.inconsistent("a cycle record links outside its tables") }
        c.rebuildIndexes()
        s.cycle = c
    }
}
