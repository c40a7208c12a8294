import GRDB
import TerpaduCore

/// Reads from the journal, inside `Journal.read` or a `JournalTransaction`. Valid only inside the closure
/// it was handed to.
public struct JournalReader {
    let db: Database

    /// The highest sequence number, 0 when there are no events.
    public func maxSeq() throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT max(seq) FROM events") ?? 0
    }

    /// Up to `limit` events after `seq`, in order.
    public func rows(after seq: Int64, limit: Int = 10_000) throws -> [JournalRow] {
        var out: [JournalRow] = []
        try forEachRow(after: seq, limit: limit) { out.append($0) }
        return out
    }

    /// Streams events after `seq` (up to `limit` of them, unlimited when nil) through `body`, without
    /// collecting them.
    public func forEachRow(after seq: Int64, limit: Int? = nil, _ body: (JournalRow) throws -> Void) throws {
        let sql = "SELECT seq, time_ms, operator, kind, records, payload, schema FROM events WHERE seq > ? ORDER BY seq LIMIT ?"
        let cursor = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: [seq, limit ?? -1])
        while let row = try cursor.next() { try body(Self.journalRow(row)) }
    }

    /// Every event that touches record `id`, in order (through the `event_records` index).
    public func rows(forRecord id: String) throws -> [JournalRow] {
        let sql = """
            SELECT e.seq, e.time_ms, e.operator, e.kind, e.records, e.payload, e.schema
            FROM event_records r JOIN events e ON e.seq = r.seq
            WHERE r.record_id = ? ORDER BY r.seq
            """
        let cursor = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: [id])
        var out: [JournalRow] = []
        while let row = try cursor.next() { out.append(try Self.journalRow(row)) }
        return out
    }

    /// The newest event's operator and time.
    public func lastChange() throws -> LastChange? {
        let sql = "SELECT seq, operator, time_ms FROM events ORDER BY seq DESC LIMIT 1"
        guard let row = try Row.fetchOne(db.cachedStatement(sql: sql)) else { return nil }
        return LastChange(seq: row[0], operatorName: row[1], timeMs: row[2])
    }

    public func workerStage(id: String) throws -> WorkerStageRow? {
        let sql = "SELECT worker_id, stage, status, province, country, version FROM worker_stage WHERE worker_id = ?"
        return try Row.fetchOne(db.cachedStatement(sql: sql), arguments: [id]).map(Self.workerStageRow)
    }

    /// Streams every row of the stage table (for `doctor`'s recount).
    public func forEachWorkerStage(_ body: (WorkerStageRow) throws -> Void) throws {
        let sql = "SELECT worker_id, stage, status, province, country, version FROM worker_stage ORDER BY worker_id"
        let cursor = try Row.fetchCursor(db, sql: sql)
        while let row = try cursor.next() { try body(Self.workerStageRow(row)) }
    }

    /// Number of workers in each stage (uses the stage index).
    public func stageCounts() throws -> [String: Int64] {
        try countsByColumn("stage")
    }

    /// Number of workers in each status.
    public func statusCounts() throws -> [String: Int64] {
        try countsByColumn("status")
    }

    private func countsByColumn(_ column: String) throws -> [String: Int64] {
        var out: [String: Int64] = [:]
        let cursor = try Row.fetchCursor(db, sql: "SELECT \(column), count(*) FROM worker_stage GROUP BY \(column)")
        while let row = try cursor.next() { out[row[0]] = row[1] }
        return out
    }

    public func counters() throws -> [String: Int64] {
        var out: [String: Int64] = [:]
        let cursor = try Row.fetchCursor(db, sql: "SELECT name, value FROM counters")
        while let row = try cursor.next() { out[row[0]] = row[1] }
        return out
    }

    public func meta(_ key: String) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM meta WHERE key = ?"), arguments: [key])
    }

    static func journalRow(_ row: Row) throws -> JournalRow {
        let records: String = row[4]
        return JournalRow(
            seq: row[0], timeMs: row[1], operatorName: row[2], kind: row[3],
            recordIDs: try RecordIDList.decode(records), payload: row[5], schema: row[6]
        )
    }

    static func workerStageRow(_ row: Row) -> WorkerStageRow {
        WorkerStageRow(workerID: row[0], stage: row[1], status: row[2], province: row[3], country: row[4], version: row[5])
    }
}

extension JournalReader {
    /// The first event that touches record `id` (the one that created it), through the index.
    public func firstRow(forRecord id: String) throws -> JournalRow? {
        let sql = """
            SELECT e.seq, e.time_ms, e.operator, e.kind, e.records, e.payload, e.schema
            FROM event_records r JOIN events e ON e.seq = r.seq
            WHERE r.record_id = ? ORDER BY r.seq LIMIT 1
            """
        return try Row.fetchOne(db.cachedStatement(sql: sql), arguments: [id]).map(Self.journalRow)
    }

    /// The gap event that recorded `seq` as missing from the journal, when it is. Missing events lie
    /// between the journal's end at the time and the gap event, so the first row after `seq` is it.
    public func gap(missing seq: Int64) throws -> JournalGap? {
        guard try rows(after: seq - 1, limit: 1).first?.seq != seq,
              let next = try rows(after: seq, limit: 1).first, next.kind == "gapRecorded",
              case .gapRecorded(let g) = try EventCoding.event(next).body, g.journalEnd < seq else { return nil }
        return JournalGap(gap: g, seq: next.seq)
    }

    /// The first page of a table or index in the file (for tests that damage one on purpose).
    func rootPage(of name: String) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = ?", arguments: [name]) ?? 0
    }
}
