import GRDB

/// The journal's tables, versioned with `PRAGMA user_version`.
enum JournalSchema {
    /// 2: the journal's tables are those of version 1; what changed is what its events mean to the
    /// state (each document's dates, the agency table), so a version-1 directory is migrated by
    /// replaying its journal from the first event rather than trusting its older snapshots, and
    /// re-stamping the version (see `JournalMigration`). An older build then stops with `newerSchema`.
    /// 3: adds `board_cells`, every figure of the supervisor board (`BoardTable`), kept by each append
    /// transaction. Raising an older journal creates it empty and marks it `pending` in `meta`; the
    /// store fills it from the state at the first read-write open, and readers refuse it until then.
    static let currentVersion = 3

    /// `meta` key: `ready` when `board_cells` holds the state's figures, `pending` until it is filled.
    static let boardStateKey = "board.state"

    static let version3 = [
        """
        CREATE TABLE board_cells(
            dimension TEXT NOT NULL,     -- status, job, scheme, province, destination, exit, day, week, ...
            province TEXT NOT NULL,      -- '' for every province, else a province code
            destination TEXT NOT NULL,   -- '' for every destination, else a country's ISO code
            period TEXT NOT NULL,        -- a day or week start (ISO date), a program code, or ''
            key TEXT NOT NULL,
            value INTEGER NOT NULL,
            PRIMARY KEY(dimension, province, destination, period, key)
        ) WITHOUT ROWID
        """,
    ]

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
    /// at once do not both create it. Returns the version it migrated from when it raised an existing
    /// journal's (nil for a new journal or one already current).
    @discardableResult
    static func migrate(_ db: Database, path: String, now: String = ISO8601UTC.format(milliseconds: ISO8601UTC.nowMilliseconds()))
        throws -> Int? {
        var migratedFrom: Int?
        try db.inTransaction(.immediate) {
            let found = try userVersion(db)
            if found > currentVersion {
                throw JournalError.newerSchema(path: path, found: found, supported: currentVersion)
            }
            try checkMetaVersion(db, path: path)
            if found < 1 {
                for sql in version1 + version3 { try db.execute(sql: sql) }
                try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('schema_version', '\(currentVersion)')")
                try db.execute(sql: "INSERT INTO meta(key, value) VALUES (?, 'ready')", arguments: [boardStateKey])
                try db.execute(sql: "PRAGMA user_version = \(currentVersion)")
                return .commit
            }
            if found < 2 {
                // Version 1 → 2: no table changes; the moment is recorded. The state is rebuilt from the
                // journal by the store (JournalMigration).
                try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('migrated.1to2', ?)", arguments: [now])
            }
            if found < 3 {
                // Version 2 → 3: the board table, empty until the store fills it from the state.
                for sql in version3 { try db.execute(sql: sql) }
                try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, 'pending')", arguments: [boardStateKey])
                try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('migrated.2to3', ?)", arguments: [now])
                // The meta row and user_version move together.
                try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', '\(currentVersion)')")
                try db.execute(sql: "PRAGMA user_version = \(currentVersion)")
                migratedFrom = found
            }
            return .commit
        }
        return migratedFrom
    }
}
