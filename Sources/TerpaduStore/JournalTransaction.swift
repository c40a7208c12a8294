import GRDB

/// The writer's view inside `Journal.write`: the transaction holds SQLite's write lock
/// (`BEGIN IMMEDIATE`), so what it reads is current and nobody else appends until it commits.
/// Valid only inside the closure it was handed to.
public struct JournalTransaction {
    let db: Database

    /// Reads within this transaction.
    public var reader: JournalReader { JournalReader(db: db) }

    public func maxSeq() throws -> Int64 { try reader.maxSeq() }

    /// Events other processes committed after `seq` (to apply before validating a command).
    public func rows(after seq: Int64, limit: Int = 10_000) throws -> [JournalRow] {
        try reader.rows(after: seq, limit: limit)
    }

    /// Appends one event and indexes its record IDs; returns its sequence number.
    @discardableResult
    public func append(_ event: NewJournalEvent) throws -> Int64 {
        let insert = try db.cachedStatement(sql: """
            INSERT INTO events(seq, time, time_ms, operator, kind, records, payload, schema)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var ids: [String] = []
        var seen = Set<String>()
        for id in event.recordIDs where seen.insert(id).inserted { ids.append(id) }
        try insert.execute(arguments: [
            event.seq, ISO8601UTC.format(milliseconds: event.timeMs), event.timeMs, event.operatorName, event.kind,
            RecordIDList.encode(ids), event.payload, event.schema,
        ])
        let seq = db.lastInsertedRowID
        if !ids.isEmpty {
            let index = try db.cachedStatement(sql: "INSERT INTO event_records(record_id, seq) VALUES (?, ?)")
            for id in ids { try index.execute(arguments: [id, seq]) }
        }
        return seq
    }

    /// Appends events in order; returns their sequence numbers.
    @discardableResult
    public func append(_ events: [NewJournalEvent]) throws -> [Int64] {
        try events.map { try append($0) }
    }

    public func upsertWorkerStage(_ row: WorkerStageRow) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO worker_stage(worker_id, stage, status, province, country, version)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(worker_id) DO UPDATE SET
                stage = excluded.stage, status = excluded.status, province = excluded.province,
                country = excluded.country, version = excluded.version
            """)
        try statement.execute(arguments: [row.workerID, row.stage, row.status, row.province, row.country, row.version])
    }

    public func removeWorkerStage(id: String) throws {
        try db.cachedStatement(sql: "DELETE FROM worker_stage WHERE worker_id = ?").execute(arguments: [id])
    }

    /// Sets each named counter to the given value.
    public func setCounters(_ values: [String: Int64]) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO counters(name, value) VALUES (?, ?)
            ON CONFLICT(name) DO UPDATE SET value = excluded.value
            """)
        for (name, value) in values { try statement.execute(arguments: [name, value]) }
    }

    /// Adds each delta to its counter (a missing counter starts at 0).
    public func addCounters(_ deltas: [String: Int64]) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO counters(name, value) VALUES (?, ?)
            ON CONFLICT(name) DO UPDATE SET value = value + excluded.value
            """)
        for (name, delta) in deltas where delta != 0 { try statement.execute(arguments: [name, delta]) }
    }

    /// Sets (or, with nil, removes) a `meta` entry.
    public func setMeta(_ key: String, _ value: String?) throws {
        if let value {
            try db.cachedStatement(sql: """
                INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value
                """).execute(arguments: [key, value])
        } else {
            try db.cachedStatement(sql: "DELETE FROM meta WHERE key = ?").execute(arguments: [key])
        }
    }
}
