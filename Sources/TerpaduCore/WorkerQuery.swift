/// What the desk asks for when it looks for people. Every condition given must hold.
public struct WorkerFilter: Hashable, Sendable {
    public var id: RecordID?
    public var nikPrefix: String?
    /// Case- and accent-insensitive substring of the name.
    public var name: String?
    public var stage: Stage?
    /// Only people who left the cycle.
    public var exited: Bool?
    public var status: Status?
    public var province: String?
    public var country: String?

    public init(id: RecordID? = nil, nikPrefix: String? = nil, name: String? = nil, stage: Stage? = nil,
                exited: Bool? = nil, status: Status? = nil, province: String? = nil, country: String? = nil) {
        self.id = id; self.nikPrefix = nikPrefix; self.name = name; self.stage = stage; self.exited = exited
        self.status = status; self.province = province; self.country = country
    }

    public static let everyone = WorkerFilter()
}

/// Every column of the Workers list is an order (ties broken by row, so an order is stable).
public enum WorkerSort: Hashable, Sendable {
    case id, name, registered, nik, sex, birthDate, province, status
}

/// The answer to a query: sorted row positions. Pages are slices of it; no record is copied.
public struct WorkerResultSet: Sendable, Equatable {
    public let rows: [Int32]
    /// The numbering of the state the rows came from, so a row gives its worker's ID.
    let numbering: RecordNumbering

    public init(rows: [Int32], numbering: RecordNumbering = RecordNumbering()) {
        self.rows = rows
        self.numbering = numbering
    }

    public static let empty = WorkerResultSet(rows: [])

    public var count: Int { rows.count }

    /// Up to `count` rows from `offset` (clamped to what exists).
    public func page(offset: Int, count: Int) -> ArraySlice<Int32> {
        let a = max(0, min(offset, rows.count))
        let b = max(a, min(rows.count, a + max(0, count)))
        return rows[a..<b]
    }

    /// The ID of the worker at a row position.
    public func id(at row: Int32) -> RecordID { RecordID(.worker, numbering.number(.worker, row: row)) }
}

extension TerpaduState {
    /// Runs a worker query in chunks, asking `isCancelled` between chunks so a newer keystroke can
    /// abandon it; returns nil when cancelled.
    public func queryWorkers(_ filter: WorkerFilter, sort: WorkerSort = .id, chunkSize: Int = 65_536,
                             isCancelled: () -> Bool = { false }) -> WorkerResultSet? {
        let n = workers.count
        var provinceIndex: UInt8?
        if let code = filter.province {
            guard let i = reference.provinceByCode[code] else { return WorkerResultSet(rows: []) }
            provinceIndex = UInt8(clamping: i)
        }
        var countryIndex: Int?
        if let iso = filter.country {
            guard let i = reference.countryByISO[iso] else { return WorkerResultSet(rows: []) }
            countryIndex = i
        }
        let needle = filter.name.map { TextRules.searchKey($0) }.flatMap { $0.isEmpty ? nil : $0 }

        func matches(_ r: Int) -> Bool {
            if let p = provinceIndex, workers.province[r] != p { return false }
            if filter.stage != nil || filter.status != nil || filter.exited != nil {
                let s = Status(rawValue: workers.status[r]) ?? .registered
                if let want = filter.status, s != want { return false }
                if let want = filter.stage, s.stage != want { return false }
                if let exited = filter.exited, s.isExit != exited { return false }
            }
            if let c = countryIndex {
                let p = Int(workers.placement[r])
                guard p >= 0, p < placements.count, placements[p].status != PlacementStatus.cancelled.rawValue else { return false }
                let jo = Int(placements[p].jobOrder)
                guard jo >= 0, jo < jobOrders.count, jobOrders[jo].country == c else { return false }
            }
            return true
        }

        var out: [Int32] = []
        if let id = filter.id {
            if let r = workerRow(id), matchesName(Int(r), needle), matches(Int(r)) { out = [r] }
        } else if let prefix = filter.nikPrefix {
            for r in nikIndex.rows(withPrefix: prefix) where matchesName(Int(r), needle) && matches(Int(r)) { out.append(r) }
            out.sort()
        } else {
            var start = 0
            while start < n {
                if isCancelled() { return nil }
                let end = min(n, start + chunkSize)
                if let needle {
                    needle.withUnsafeBufferPointer { nb in
                        search.withBytes { buf in
                            for r in start..<end where search.contains(row: r, needle: nb, in: buf) && matches(r) {
                                out.append(Int32(r))
                            }
                        }
                    }
                } else {
                    for r in start..<end where matches(r) { out.append(Int32(r)) }
                }
                start = end
            }
        }
        if isCancelled() { return nil }
        switch sort {
        case .id: break
        case .registered:
            out.sort { (workers.registered[Int($0)], $0) < (workers.registered[Int($1)], $1) }
        case .nik:
            out.sort { (workers.nik[Int($0)], $0) < (workers.nik[Int($1)], $1) }
        case .sex:
            out.sort { (workers.sex[Int($0)], $0) < (workers.sex[Int($1)], $1) }
        case .birthDate:
            out.sort { (workers.birth[Int($0)], $0) < (workers.birth[Int($1)], $1) }
        case .province:
            out.sort { (workers.province[Int($0)], $0) < (workers.province[Int($1)], $1) }
        case .status:
            out.sort { (workers.status[Int($0)], $0) < (workers.status[Int($1)], $1) }
        case .name:
            search.withBytes { buf in
                out.sort { a, b in search.less(Int(a), Int(b), in: buf) }
            }
        }
        return WorkerResultSet(rows: out, numbering: numbering)
    }

    private func matchesName(_ r: Int, _ needle: [UInt8]?) -> Bool {
        guard let needle else { return true }
        return needle.withUnsafeBufferPointer { nb in search.withBytes { search.contains(row: r, needle: nb, in: $0) } }
    }
}

extension SearchIndex {
    /// Orders rows by folded name, then by row.
    func less(_ a: Int, _ b: Int, in buf: UnsafeBufferPointer<UInt8>) -> Bool {
        let sa = Int(start[a]), la = Int(length[a]), sb = Int(start[b]), lb = Int(length[b])
        var i = 0
        while i < la && i < lb {
            let x = buf[sa + i], y = buf[sb + i]
            if x != y { return x < y }
            i += 1
        }
        return la != lb ? la < lb : a < b
    }
}
