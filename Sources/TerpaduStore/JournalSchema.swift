import GRDB

/// The journal's tables, versioned with `PRAGMA user_version`.
enum JournalSchema {
    static let currentVersion = 1

    static let version1 = [
        """
        CREATE TABLE events(
            seq INTEGER PRIMARY KEY,
            time TEXT NOT NULL,          -- ISO-8601 UTC, e.g. 2024-05-01T12:34:56.789Z
            time_ms INTEGER NOT NULL,    -- milliseconds since 1970-01-01 UTC
            operator TEXT NOT NULL,
            kind TEXT NOT NULL,
            records TEXT NOT NULL,       -- JSON array of the record IDs the event touches
            payload TEXT NOT NULL,       -- JSON
            schema INTEGER NOT NULL
        )
        """,
        """
        CREATE TABLE event_records(
            record_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            PRIMARY KEY(record_id, seq)
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE worker_stage(
            worker_id TEXT PRIMARY KEY,
            stage TEXT NOT NULL,
            status TEXT NOT NULL,
            province TEXT,
            country TEXT,
            version INTEGER NOT NULL
        )
        """,
        "CREATE INDEX worker_stage_by_stage ON worker_stage(stage)",
        "CREATE TABLE counters(name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID",
        "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    ]

    static func userVersion(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
    }

    /// The schema version `meta` records, checked like `user_version`: a newer one stops the reader
    /// (a build that wrote both would never disagree; one that moved only the meta row is newer too).
    static func checkMetaVersion(_ db: Database, path: String) throws {
        guard try db.tableExists("meta"),
              let text = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema_version'") else { return }
        guard let found = Int(text) else {
            throw JournalError.invalidRow("meta schema_version is \(text.debugDescription), not a number")
        }
        if found > currentVersion { throw JournalError.newerSchema(path: path, found: found, supported: currentVersion) }
    }

    /// Brings the schema up to date. Runs under `BEGIN IMMEDIATE`, so two processes opening a new journal
    /// at once do not both create it.
    static func migrate(_ db: Database, path: String) throws {
        try db.inTransaction(.immediate) {
            let found = try userVersion(db)
            if found > currentVersion {
                throw JournalError.newerSchema(path: path, found: found, supported: currentVersion)
            }
            try checkMetaVersion(db, path: path)
            if found < 1 {
                for sql in version1 { try db.execute(sql: sql) }
                try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('schema_version', '1')")
                try db.execute(sql: "PRAGMA user_version = 1")
            }
            return .commit
        }
    }
}
