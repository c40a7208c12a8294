import Foundation
import TerpaduCore
import TerpaduStore

/// The owner's reads: answered from the in-memory state under the store's lock for a moment, or
/// from the journal through the store's reading connection, never behind a write.
extension StoreOwner {
    func workers(_ query: WorkerListQuery, window: Range<Int>, generation: UInt64, isCurrent: @escaping @Sendable () -> Bool) {
        guard let store, isCurrent() else { return }
        let key = query.resultKey
        let seq = store.withState { $0.lastSeq }
        let rows: WorkerResultSet
        if let cached = cachedRows(key: key, seq: seq) {
            rows = cached
        } else {
            guard let found = store.withState({ s in
                s.queryWorkers(query.filter, sort: Self.coreSort(query.sort), isCancelled: { !isCurrent() })
            }) else { return }
            rows = found
            keep(rows, key: key, seq: seq)
        }
        guard isCurrent() else { return }
        let total = rows.count
        let lower = min(max(0, window.lowerBound), total)
        let upper = min(max(lower, window.upperBound), total)
        let positions: [Int32] = query.ascending
            ? Array(rows.page(offset: lower, count: upper - lower))
            : (lower..<upper).map { rows.rows[total - 1 - $0] }
        let page = store.withState { s in
            positions.compactMap { r -> WorkerRow? in
                s.summary(row: r).map {
                    WorkerRow(id: $0.id, name: $0.name, nikMasked: $0.nikMasked, sex: $0.sex, birthDate: $0.birthDate,
                              province: $0.province, status: $0.status, registered: $0.registered)
                }
            }
        }
        queue.post(.workersPage(WorkerPage(query: query, generation: generation, offset: lower, rows: page, total: total)))
    }

    static func coreSort(_ column: WorkerColumn) -> WorkerSort {
        switch column {
        case .id: .id
        case .name: .name
        case .nik: .nik
        case .sex: .sex
        case .born: .birthDate
        case .province: .province
        case .status: .status
        case .registered: .registered
        }
    }

    func card(_ id: RecordID) {
        guard let store else { return }
        let today = OfficeCalendar.jakarta.day(atMillis: ISO8601UTC.nowMilliseconds())
        guard let detail = store.withState({ $0.detail(id, today: today) }) else {
            queue.post(.cardMissing(id))
            return
        }
        let province = store.withState { s in
            s.referenceData.provinces.first { $0.code == detail.summary.province }?.name ?? ""
        }
        var lines: [TimelineLine] = []
        if let entries = try? store.timeline(of: id) {
            lines = entries.map { entry in
                switch entry {
                case .event(let row):
                    TimelineLine(seq: row.seq, timeMillis: row.timeMs, operatorName: row.operatorName,
                                 body: (try? EventCoding.event(row))?.body, lost: nil)
                case .lost(let range, let gap):
                    TimelineLine(seq: gap.seq, timeMillis: 0, operatorName: "", body: nil, lost: range)
                }
            }
        }
        let checklist = store.withState { $0.departureChecklist(worker: id, date: today) } ?? []
        queue.post(.workerCard(WorkerCard(detail: detail, provinceName: province, timeline: lines, checklist: checklist,
                                          revealedNIK: nil)))
    }

    func lookalikes(name: String, birthDate: Day) {
        guard let store else { return }
        let found = store.withState { s -> [WorkerRow] in
            s.workers(matchingName: name, birthDate: birthDate).compactMap { id in
                s.summary(id).map { w in
                    WorkerRow(id: w.id, name: w.name, nikMasked: w.nikMasked, sex: w.sex, birthDate: w.birthDate,
                              province: w.province, status: w.status, registered: w.registered)
                }
            }
        }
        queue.post(.lookalikes(name: name, birthDate: birthDate, found))
    }

    private func cachedRows(key: WorkerListQuery, seq: Int64) -> WorkerResultSet? {
        resultCacheLock.withLock { cache in
            guard let c = cache, c.key == key, c.seq == seq else { return nil }
            return c.rows
        }
    }

    private func keep(_ rows: WorkerResultSet, key: WorkerListQuery, seq: Int64) {
        resultCacheLock.withLock { $0 = (key, seq, rows) }
    }
}
