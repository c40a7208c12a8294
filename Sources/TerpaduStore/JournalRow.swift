/// One event as stored in the journal. The payload is JSON text the core produced; `recordIDs` are the
/// records the event touches (indexed, so one record's timeline is read without a scan).
public struct JournalRow: Sendable, Hashable {
    public var seq: Int64
    /// Milliseconds since 1970-01-01 UTC.
    public var timeMs: Int64
    public var operatorName: String
    public var kind: String
    public var recordIDs: [String]
    public var payload: String
    /// The core's payload schema version for this event.
    public var schema: Int

    public init(seq: Int64, timeMs: Int64, operatorName: String, kind: String, recordIDs: [String], payload: String, schema: Int) {
        self.seq = seq
        self.timeMs = timeMs
        self.operatorName = operatorName
        self.kind = kind
        self.recordIDs = recordIDs
        self.payload = payload
        self.schema = schema
    }

    /// The time as ISO-8601 UTC with milliseconds, as stored in the `time` column.
    public var time: String { ISO8601UTC.format(milliseconds: timeMs) }
}

/// An event to append. The journal assigns its sequence number unless `seq` is given (the store gives
/// it, as the core numbered the event; a clash with an existing row fails the transaction).
public struct NewJournalEvent: Sendable, Hashable {
    public var seq: Int64?
    public var timeMs: Int64
    public var operatorName: String
    public var kind: String
    public var recordIDs: [String]
    public var payload: String
    public var schema: Int

    public init(timeMs: Int64 = ISO8601UTC.nowMilliseconds(), operatorName: String, kind: String, recordIDs: [String] = [], payload: String, schema: Int = 1, seq: Int64? = nil) {
        self.seq = seq
        self.timeMs = timeMs
        self.operatorName = operatorName
        self.kind = kind
        self.recordIDs = recordIDs
        self.payload = payload
        self.schema = schema
    }
}

/// A worker's current place in the cycle, kept in the journal so counts need no replay.
public struct WorkerStageRow: Sendable, Hashable {
    public var workerID: String
    public var stage: String
    public var status: String
    public var province: String?
    public var country: String?
    public var version: Int64

    public init(workerID: String, stage: String, status: String, province: String? = nil, country: String? = nil, version: Int64) {
        self.workerID = workerID
        self.stage = stage
        self.status = status
        self.province = province
        self.country = country
        self.version = version
    }
}

/// Who made the newest change, and when.
public struct LastChange: Sendable, Hashable {
    public var seq: Int64
    public var operatorName: String
    public var timeMs: Int64
    public var time: String { ISO8601UTC.format(milliseconds: timeMs) }

    public init(seq: Int64, operatorName: String, timeMs: Int64) {
        self.seq = seq
        self.operatorName = operatorName
        self.timeMs = timeMs
    }
}
