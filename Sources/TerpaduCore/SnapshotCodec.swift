import Foundation

/// The whole state as compact bytes: columns and plain rows are copied as raw memory, the few
/// text-bearing records are written field by field. Indexes and counters travel too (see
/// `encodeDerived`); the record links (`RecordLinks`) do not and are built on reading.
public enum SnapshotCodec {
    /// 2 added record numbering jumps and gaps; version 1 snapshots (which have neither) still read.
    /// 3 added, at the end, each document's issue and expiry day (`WorkerTable.documentDays`), then
    /// education sessions, financial literacy, health coverage and language tests; an
    /// older snapshot reads with those days unknown, which is why opening a directory of journal
    /// schema 1 replays its journal instead of trusting one (`JournalMigration`).
    public static let formatVersion: UInt32 = 3

    /// The format version a payload was written with (its first four bytes), or nil when it is too short.
    public static func formatVersion(of payload: UnsafeRawBufferPointer) -> UInt32? {
        var r = ByteReader(payload)
        return try? r.int(UInt32.self)
    }

    /// The oldest format start-up trusts as a replay start: older ones lack each document's dates,
    /// which the departure guards judge, so the journal is replayed past them instead.
    public static let oldestCurrentFormat: UInt32 = 3

    /// `version`: an older format (2) leaves out the sections added since, as an older build wrote
    /// it; only the tests of the migration from journal schema 1 ask for one.
    public static func encode(_ s: TerpaduState, version: UInt32 = formatVersion) -> [UInt8] {
        var w = ByteWriter()
        w.bytes.reserveCapacity(s.approximateBytes + 1 << 20)  // one allocation, no regrowth copies
        w.int(version)
        w.int(Int64(s.calendar.utcOffsetSeconds))
        w.int(s.lastSeq)
        w.int(s.lastEventMillis)
        w.int(Int64(s.revealCount))
        w.int(Int64(s.exportCount))
        let json = JSONEncoder()
        json.outputFormatting = [.sortedKeys]  // the same state always gives the same bytes
        let reference = (try? json.encode(s.reference.data)).map { [UInt8]($0) } ?? []
        w.pod(reference)
        w.pod(s.strings.bytes)
        w.pod(s.strings.starts)
        let t = s.workers
        w.pod(t.nik); w.pod(t.name); w.pod(t.sex); w.pod(t.birth); w.pod(t.province); w.pod(t.regency)
        w.pod(t.village); w.pod(t.phone); w.pod(t.education); w.pod(t.registered); w.pod(t.version)
        w.pod(t.documents); w.pod(t.unfit); w.pod(t.passportExpiry); w.pod(t.enrollment); w.pod(t.placement)
        w.pod(t.loan); w.pod(t.programEnrollment); w.pod(t.prePlacementDay); w.pod(t.returnDay)
        w.pod(t.returnReason); w.pod(t.exitReason); w.pod(t.exitDay); w.pod(t.exitFromStage); w.pod(t.openCases)
        w.pod(t.lastCheckIn)
        w.int(UInt32(s.fairs.count))
        for f in s.fairs {
            w.int(f.kind.rawValue); w.string(f.venue); w.string(f.regency); w.string(f.province); w.int(f.date.number)
            w.strings(f.employers); w.strings(f.jobOrders.map(\.description))
        }
        w.int(UInt32(s.jobOrders.count))
        for o in s.jobOrders {
            w.string(o.employer); w.int(UInt8(o.employerIsLegalEntity.map { $0 ? 1 : 0 } ?? 2)); w.int(Int64(o.country)); w.int(Int64(o.job))
            w.int(o.scheme.rawValue); w.string(o.agency); w.string(o.agencyLicence); w.int(Int64(o.quota))
            w.int(UInt8(o.certificateRequired ? 1 : 0)); w.int(o.workerCost); w.int(Int64(o.contractMonths)); w.int(o.created.number)
        }
        w.int(UInt32(s.cohorts.count))
        for c in s.cohorts {
            w.int(Int64(c.program)); w.string(c.provider); w.int(c.start.number); w.int(c.end.number); w.int(Int64(c.capacity))
        }
        w.int(UInt32(s.programs.count))
        for p in s.programs {
            w.int(p.kind.rawValue); w.string(p.name); w.string(p.village); w.string(p.regency); w.string(p.province)
            w.int(p.start.number); w.int(p.end.number); w.int(Int64(p.capacity))
        }
        w.pod(s.placements); w.pod(s.enrollments); w.pod(s.loans); w.pod(s.cases); w.pod(s.checkIns)
        w.pod(s.programEnrollments); w.pod(s.reviews)
        let keys = s.attendance.keys.sorted()
        w.pod(keys)
        w.pod(keys.map { s.attendance[$0] ?? 0 })
        encodeGaps(s, into: &w)
        encodeDerived(s, into: &w)
        // Version 3 sections, appended in order.
        if version >= 3 {
            w.pod(s.workers.documentDays)
            encodeCycle(s, into: &w)
        }
        return w.bytes
    }

    public static func decode(_ bytes: UnsafeRawBufferPointer) throws -> TerpaduState {
        var r = ByteReader(bytes)
        let version = try r.int(UInt32.self)
        guard (1...formatVersion).contains(version) else { throw SnapshotCodecError.unsupportedVersion(version) }
        let offset = try r.int(Int64.self)
        guard abs(offset) <= 14 * 3600 else { throw SnapshotCodecError.inconsistent("time zone offset") }
        var s = TerpaduState(calendar: OfficeCalendar(utcOffsetSeconds: Int(offset)))
        s.lastSeq = try r.int(Int64.self)
        s.lastEventMillis = try r.int(Int64.self)
        s.revealCount = Int(try r.int(Int64.self))
        s.exportCount = Int(try r.int(Int64.self))
        let referenceBytes = try r.pod(UInt8.self)
        if !referenceBytes.isEmpty {
            guard let data = try? JSONDecoder().decode(ReferenceData.self, from: Data(referenceBytes)) else {
                throw SnapshotCodecError.inconsistent("reference data")
            }
            s.reference = ReferenceIndex(data)
        }
        s.strings = StringPool(bytes: try r.pod(UInt8.self), starts: try r.pod(UInt32.self))
        guard s.strings.isWellFormed else { throw SnapshotCodecError.inconsistent("string pool") }
        var t = WorkerTable()
        t.nik = try r.pod(UInt64.self); t.name = try r.pod(UInt32.self); t.sex = try r.pod(UInt8.self)
        t.birth = try r.pod(Int32.self); t.province = try r.pod(UInt8.self); t.regency = try r.pod(UInt32.self)
        t.village = try r.pod(UInt32.self); t.phone = try r.pod(UInt32.self); t.education = try r.pod(UInt32.self)
        t.registered = try r.pod(Int32.self); t.version = try r.pod(UInt32.self); t.documents = try r.pod(UInt16.self)
        t.unfit = try r.pod(UInt8.self); t.passportExpiry = try r.pod(Int32.self); t.enrollment = try r.pod(Int32.self)
        t.placement = try r.pod(Int32.self); t.loan = try r.pod(Int32.self); t.programEnrollment = try r.pod(Int32.self)
        t.prePlacementDay = try r.pod(Int32.self); t.returnDay = try r.pod(Int32.self); t.returnReason = try r.pod(UInt8.self)
        t.exitReason = try r.pod(UInt8.self); t.exitDay = try r.pod(Int32.self); t.exitFromStage = try r.pod(UInt8.self)
        t.openCases = try r.pod(UInt16.self); t.lastCheckIn = try r.pod(Int32.self)
        let n = t.nik.count
        var counts: [Int] = [t.name.count, t.sex.count, t.birth.count, t.province.count, t.regency.count]
        counts += [t.village.count, t.phone.count, t.education.count, t.registered.count, t.version.count]
        counts += [t.documents.count, t.unfit.count, t.passportExpiry.count, t.enrollment.count, t.placement.count]
        counts += [t.loan.count, t.programEnrollment.count, t.prePlacementDay.count, t.returnDay.count]
        counts += [t.returnReason.count, t.exitReason.count, t.exitDay.count, t.exitFromStage.count]
        counts += [t.openCases.count, t.lastCheckIn.count]
        guard counts.allSatisfy({ $0 == n }) else { throw SnapshotCodecError.inconsistent("worker columns differ in length") }
        guard t.sex.allSatisfy({ $0 <= 1 }) else { throw SnapshotCodecError.inconsistent("sex") }
        t.status = Array(repeating: 0, count: n)
        s.workers = t
        let fairCount = Int(try r.int(UInt32.self))
        guard fairCount <= r.remaining else { throw SnapshotCodecError.truncated(at: r.offset) }
        for _ in 0..<fairCount {
            let kind = FairKind(rawValue: try r.int(UInt8.self)) ?? .jobFair
            let venue = try r.string(), regency = try r.string(), province = try r.string()
            let date = Day(number: try r.int(Int32.self))
            let employers = try r.strings()
            let orders = try r.strings().compactMap { RecordID(parsing: $0) }
            s.fairs.append(JobFair(kind: kind, venue: venue, regency: regency, province: province, date: date,
                                   employers: employers, jobOrders: orders))
        }
        let orderCount = Int(try r.int(UInt32.self))
        guard orderCount <= r.remaining else { throw SnapshotCodecError.truncated(at: r.offset) }
        for _ in 0..<orderCount {
            let employer = try r.string(); let legalByte = try r.int(UInt8.self)
            let legal: Bool? = legalByte == 2 ? nil : legalByte != 0  // 2: not stated (format 3)
            let country = Int(clamping: try r.int(Int64.self)), job = Int(clamping: try r.int(Int64.self))
            guard let scheme = Scheme(rawValue: try r.int(UInt8.self)) else { throw SnapshotCodecError.inconsistent("scheme") }
            let agency = try r.string(), licence = try r.string()
            let quota = Int(clamping: try r.int(Int64.self)); let cert = try r.int(UInt8.self) != 0
            let cost = try r.int(Int64.self); let months = Int(clamping: try r.int(Int64.self))
            let created = Day(number: try r.int(Int32.self))
            s.jobOrders.append(JobOrder(employer: employer, employerIsLegalEntity: legal, country: country, job: job,
                                        scheme: scheme, agency: agency, agencyLicence: licence, quota: quota,
                                        certificateRequired: cert, workerCost: cost, contractMonths: months, created: created))
        }
        let cohortCount = Int(try r.int(UInt32.self))
        guard cohortCount <= r.remaining else { throw SnapshotCodecError.truncated(at: r.offset) }
        for _ in 0..<cohortCount {
            let program = Int(clamping: try r.int(Int64.self)); let provider = try r.string()
            let start = Day(number: try r.int(Int32.self)), end = Day(number: try r.int(Int32.self))
            s.cohorts.append(TrainingCohort(program: program, provider: provider, start: start, end: end,
                                            capacity: Int(clamping: try r.int(Int64.self))))
        }
        let programCount = Int(try r.int(UInt32.self))
        guard programCount <= r.remaining else { throw SnapshotCodecError.truncated(at: r.offset) }
        for _ in 0..<programCount {
            let kind = ProgramKind(rawValue: try r.int(UInt8.self)) ?? .umkmIncubation
            let name = try r.string(), village = try r.string(), regency = try r.string(), province = try r.string()
            let start = Day(number: try r.int(Int32.self)), end = Day(number: try r.int(Int32.self))
            s.programs.append(ReintegrationProgram(kind: kind, name: name, village: village, regency: regency,
                                                   province: province, start: start, end: end,
                                                   capacity: Int(clamping: try r.int(Int64.self))))
        }
        s.placements = try r.pod(PlacementRow.self)
        s.enrollments = try r.pod(EnrollmentRow.self)
        s.loans = try r.pod(LoanRow.self)
        s.cases = try r.pod(CaseRow.self)
        s.checkIns = try r.pod(CheckInRow.self)
        s.programEnrollments = try r.pod(ProgramEnrollmentRow.self)
        s.reviews = try r.pod(DuplicateReviewRow.self)
        let keys = try r.pod(UInt64.self), values = try r.pod(UInt8.self)
        guard keys.count == values.count else { throw SnapshotCodecError.inconsistent("attendance") }
        s.attendance.reserveCapacity(keys.count)
        for (k, v) in zip(keys, values) { s.attendance[k] = v }
        if version >= 2 { try decodeGaps(into: &s, from: &r) }
        try s.checkReferences()
        try decodeDerived(into: &s, from: &r)
        if version >= 3 {
            let days = try r.pod(UInt16.self)
            guard days.count == s.workers.count * DocumentDays.stride else {
                throw SnapshotCodecError.inconsistent("document days")
            }
            s.workers.documentDays = days
        } else {
            s.workers.documentDays = [UInt16](repeating: 0, count: s.workers.count * DocumentDays.stride)
        }
        if version >= 3 { try decodeCycle(into: &s, from: &r) }
        guard r.remaining == 0 else { throw SnapshotCodecError.inconsistent("trailing bytes") }
        // Not carried: built from the link tables just read (checked above to point inside).
        s.links = RecordLinks(of: s)
        return s
    }
}

extension TerpaduState {
    /// Row links must point inside their tables: a snapshot that passed its checksum but was written
    /// by a faulty program is refused rather than trusted.
    func checkReferences() throws(SnapshotCodecError) {
        let n = Int32(workers.count)
        func inRange(_ v: Int32, _ count: Int) -> Bool { v == -1 || (v >= 0 && Int(v) < count) }
        for r in 0..<workers.count {
            guard inRange(workers.enrollment[r], enrollments.count), inRange(workers.placement[r], placements.count),
                  inRange(workers.loan[r], loans.count), inRange(workers.programEnrollment[r], programEnrollments.count)
            else { throw .inconsistent("worker \(r + 1) links outside its tables") }
        }
        guard placements.allSatisfy({ $0.worker >= 0 && $0.worker < n && $0.jobOrder >= 0 && Int($0.jobOrder) < jobOrders.count }),
              enrollments.allSatisfy({ $0.worker >= 0 && $0.worker < n && $0.cohort >= 0 && Int($0.cohort) < cohorts.count }),
              loans.allSatisfy({ $0.worker >= 0 && $0.worker < n }),
              cases.allSatisfy({ $0.worker >= 0 && $0.worker < n }),
              checkIns.allSatisfy({ $0.worker >= 0 && $0.worker < n }),
              programEnrollments.allSatisfy({ $0.worker >= 0 && $0.worker < n && $0.program >= 0 && Int($0.program) < programs.count }),
              reviews.allSatisfy({ $0.existing >= 0 && $0.existing < n && $0.later >= 0 && $0.later < n })
        else { throw .inconsistent("a record links outside its tables") }
        for k in attendance.keys where Int(k >> 32) >= fairs.count || Int(k & 0xFFFF_FFFF) >= workers.count {
            throw .inconsistent("attendance links outside its tables")
        }
    }
}

/// Record numbering jumps and the gaps behind them (format 2).
extension SnapshotCodec {
    static func encodeGaps(_ s: TerpaduState, into w: inout ByteWriter) {
        let jumps = s.numbering.flattened
        w.pod(jumps.map(\.kind)); w.pod(jumps.map(\.row)); w.pod(jumps.map { Int64($0.number) })
        func range(_ r: ClosedRange<Int64>?) { w.int(r?.lowerBound ?? 1); w.int(r?.upperBound ?? 0) }
        w.int(UInt32(s.gaps.count))
        for g in s.gaps {
            w.int(g.seq); w.string(g.cause.rawValue); range(g.missingFromJournal); range(g.lostEvents)
            w.int(g.baseSnapshot ?? -1)
            let lost = g.lostNumbers.sorted { $0.key.rawValue < $1.key.rawValue }
            w.pod(lost.map(\.key.rawValue)); w.pod(lost.map { Int64($0.value.lowerBound) }); w.pod(lost.map { Int64($0.value.upperBound) })
        }
    }

    static func decodeGaps(into s: inout TerpaduState, from r: inout ByteReader) throws {
        let kinds = try r.pod(UInt8.self), rows = try r.pod(Int32.self), numbers = try r.pod(Int64.self)
        guard kinds.count == rows.count, rows.count == numbers.count,
              let numbering = RecordNumbering(flattened: kinds.indices.map { (kinds[$0], rows[$0], Int(clamping: numbers[$0])) })
        else { throw SnapshotCodecError.inconsistent("record numbering") }
        s.numbering = numbering
        func range() throws -> ClosedRange<Int64>? {
            let lo = try r.int(Int64.self), hi = try r.int(Int64.self)
            return lo <= hi ? lo...hi : nil
        }
        let count = Int(try r.int(UInt32.self))
        guard count <= r.remaining else { throw SnapshotCodecError.truncated(at: r.offset) }
        for _ in 0..<count {
            let seq = try r.int(Int64.self)
            guard let cause = GapCause(rawValue: try r.string()) else { throw SnapshotCodecError.inconsistent("gap cause") }
            let missing = try range(), lost = try range()
            let base = try r.int(Int64.self)
            let k = try r.pod(UInt8.self), lo = try r.pod(Int64.self), hi = try r.pod(Int64.self)
            guard k.count == lo.count, lo.count == hi.count else { throw SnapshotCodecError.inconsistent("gap numbers") }
            var numbers: [RecordKind: ClosedRange<Int>] = [:]
            for i in k.indices {
                guard let kind = RecordKind(rawValue: k[i]), lo[i] >= 1, lo[i] <= hi[i] else {
                    throw SnapshotCodecError.inconsistent("gap numbers")
                }
                numbers[kind] = Int(clamping: lo[i])...Int(clamping: hi[i])
            }
            s.gaps.append(JournalGap(seq: seq, cause: cause, missingFromJournal: missing, lostEvents: lost,
                                     baseSnapshot: base >= 0 ? base : nil, lostNumbers: numbers))
        }
    }
}

/// Indexes and counters travel in the snapshot too: rebuilding them for a million workers takes
/// seconds (name folding, sorting, recount), reading them back takes milliseconds. `doctor` checks
/// that a snapshot's counters equal a recount of its records.
extension SnapshotCodec {
    static func encodeDerived(_ s: TerpaduState, into w: inout ByteWriter) {
        w.pod(s.workers.status)
        w.pod(s.search.bytes); w.pod(s.search.start); w.pod(s.search.length)
        let nik = s.nikIndex.merged()
        w.pod(nik.keys); w.pod(nik.rows)
        // The duplicate index's place: left empty since the index is built on reading (NameMatchIndex);
        // version 2 snapshots written before carry the old one, which is read past.
        w.pod([UInt64]()); w.pod([Int32]())
        let c = s.counters
        w.int(Int64(c.dimensions.provinces)); w.int(Int64(c.dimensions.countries)); w.int(Int64(c.dimensions.jobs))
        w.pod(c.cube); w.pod(c.exits); w.pod(c.daily); w.int(c.firstDay)
        for table in [c.cohortEnrolled, c.cohortResults, c.cohortPassed, c.programEnrolled, c.programOutcomes,
                      c.programBusinesses, c.fairFunnel, c.jobOrderFilled] { w.pod(table) }
        w.int(Int64(c.openCases)); w.int(Int64(c.openReviews)); w.int(Int64(c.openLoans))
        var lead: [(UInt64, Int64, Int32)] = []
        for (k, inner) in c.leadDays { for (v, n) in inner { lead.append((k, Int64(v), n)) } }
        var cost: [(UInt64, Int64, Int32)] = []
        for (k, inner) in c.costs { for (v, n) in inner { cost.append((k, v, n)) } }
        for table in [lead, cost] {
            let sorted = table.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
            w.pod(sorted.map(\.0)); w.pod(sorted.map(\.1)); w.pod(sorted.map(\.2))
        }
    }

    static func decodeDerived(into s: inout TerpaduState, from r: inout ByteReader) throws {
        let n = s.workers.count
        let status = try r.pod(UInt8.self)
        guard status.count == n, status.allSatisfy({ Int($0) < Status.allCases.count }) else {
            throw SnapshotCodecError.inconsistent("status column")
        }
        s.workers.status = status
        guard let search = SearchIndex(bytes: try r.pod(UInt8.self), start: try r.pod(UInt32.self), length: try r.pod(UInt16.self)),
              search.count == n else { throw SnapshotCodecError.inconsistent("name index") }
        s.search = search
        let keys = try r.pod(UInt64.self), rows = try r.pod(Int32.self)
        guard keys.count == n, rows.allSatisfy({ $0 >= 0 && Int($0) < n }),
              let nik = SortedIndex(sortedKeys: keys, rows: rows) else { throw SnapshotCodecError.inconsistent("NIK index") }
        s.nikIndex = nik
        let dupKeys = try r.pod(UInt64.self), dupRows = try r.pod(Int32.self)
        guard dupKeys.count == dupRows.count, dupKeys.isEmpty || dupKeys.count == n else {
            throw SnapshotCodecError.inconsistent("duplicate index")
        }
        s.duplicates = NameMatchIndex(birth: s.workers.birth, search: s.search)
        let dims = CounterDimensions(provinces: Int(clamping: try r.int(Int64.self)), countries: Int(clamping: try r.int(Int64.self)),
                                     jobs: Int(clamping: try r.int(Int64.self)))
        guard dims == s.counterDimensions else { throw SnapshotCodecError.inconsistent("counter dimensions") }
        var c = Counters(dimensions: dims)
        let cube = try r.pod(Int32.self), exits = try r.pod(Int32.self)
        guard cube.count == c.cube.count, exits.count == c.exits.count else { throw SnapshotCodecError.inconsistent("counters") }
        c.cube = cube; c.exits = exits
        c.rebuildStatusTotals()
        c.daily = try r.pod(Int32.self); c.firstDay = try r.int(Int32.self)
        guard c.daily.count % (Counters.kinds * dims.slices) == 0 else { throw SnapshotCodecError.inconsistent("daily counters") }
        c.cohortEnrolled = try r.pod(Int32.self); c.cohortResults = try r.pod(Int32.self); c.cohortPassed = try r.pod(Int32.self)
        c.programEnrolled = try r.pod(Int32.self); c.programOutcomes = try r.pod(Int32.self)
        c.programBusinesses = try r.pod(Int32.self); c.fairFunnel = try r.pod(Int32.self); c.jobOrderFilled = try r.pod(Int32.self)
        guard [c.cohortEnrolled, c.cohortResults, c.cohortPassed].allSatisfy({ $0.count == s.cohorts.count }),
              [c.programEnrolled, c.programOutcomes, c.programBusinesses].allSatisfy({ $0.count == s.programs.count }),
              c.fairFunnel.count == s.fairs.count * 4, c.jobOrderFilled.count == s.jobOrders.count
        else { throw SnapshotCodecError.inconsistent("record counters") }
        c.openCases = Int(clamping: try r.int(Int64.self))
        c.openReviews = Int(clamping: try r.int(Int64.self))
        c.openLoans = Int(clamping: try r.int(Int64.self))
        for isLead in [true, false] {
            let k = try r.pod(UInt64.self), v = try r.pod(Int64.self), counts = try r.pod(Int32.self)
            guard k.count == v.count, v.count == counts.count else { throw SnapshotCodecError.inconsistent("weekly histograms") }
            for i in k.indices {
                if isLead { c.leadDays[k[i], default: [:]][Int32(clamping: v[i])] = counts[i] }
                else { c.costs[k[i], default: [:]][v[i]] = counts[i] }
            }
        }
        s.counters = c
    }
}
