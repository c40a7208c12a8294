import GRDB
import GRDBSQLite

/// SQLite copies bound text at once (`SQLITE_TRANSIENT`, a C macro Swift cannot import).
let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

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
        ids.reserveCapacity(event.recordIDs.count)
        for id in event.recordIDs where !ids.contains(id) { ids.append(id) }
        // Bound straight through SQLite's C API: GRDB's argument arrays cost more than the insert.
        let raw = insert.sqliteStatement
        sqlite3_reset(raw)
        sqlite3_clear_bindings(raw)
        if let seq = event.seq { try check(sqlite3_bind_int64(raw, 1, seq)) } else { try check(sqlite3_bind_null(raw, 1)) }
        try bind(raw, 2, ISO8601UTC.format(milliseconds: event.timeMs))
        try check(sqlite3_bind_int64(raw, 3, event.timeMs))
        try bind(raw, 4, event.operatorName)
        try bind(raw, 5, event.kind)
        try bind(raw, 6, RecordIDList.encode(ids))
        try bind(raw, 7, event.payload)
        try check(sqlite3_bind_int64(raw, 8, Int64(event.schema)))
        try step(raw)
        let seq = db.lastInsertedRowID
        if !ids.isEmpty {
            let index = try db.cachedStatement(sql: "INSERT INTO event_records(record_id, seq) VALUES (?, ?)").sqliteStatement
            for id in ids {
                sqlite3_reset(index)
                try bind(index, 1, id)
                try check(sqlite3_bind_int64(index, 2, seq))
                try step(index)
            }
        }
        return seq
    }

    func bind(_ statement: OpaquePointer?, _ index: Int32, _ text: String) throws {
        var text = text
        try text.withUTF8 { buffer in
            if let base = buffer.baseAddress {
                let chars = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
                try check(sqlite3_bind_text(statement, index, chars, Int32(buffer.count), sqliteTransient))
            } else {
                try check(sqlite3_bind_text(statement, index, "", 0, sqliteTransient))
            }
        }
    }

    func bind(_ statement: OpaquePointer?, _ index: Int32, _ text: String?) throws {
        if let text { try bind(statement, index, text) } else { try check(sqlite3_bind_null(statement, index)) }
    }

    func check(_ code: Int32) throws {
        guard code == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
    }

    func step(_ statement: OpaquePointer?) throws {
        let code = sqlite3_step(statement)
        sqlite3_reset(statement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
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
            """).sqliteStatement
        sqlite3_reset(statement)
        try bind(statement, 1, row.workerID)
        try bind(statement, 2, row.stage)
        try bind(statement, 3, row.status)
        try bind(statement, 4, row.province)
        try bind(statement, 5, row.country)
        try check(sqlite3_bind_int64(statement, 6, row.version))
        try step(statement)
    }

    /// Empties `worker_stage` and `counters` (before a full rewrite).
    public func clearStageTables() throws {
        try db.execute(sql: "DELETE FROM worker_stage")
        try db.execute(sql: "DELETE FROM counters")
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
