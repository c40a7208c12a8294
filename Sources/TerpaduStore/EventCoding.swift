import Foundation
import TerpaduCore

/// Turns core events into journal rows and back. Payloads are JSON with sorted keys, so `sqlite3` and
/// its JSON functions can read the audit trail and two writers of the same event store the same text.
public enum EventCoding {
    /// The core's payload schema version recorded with every event.
    public static let payloadSchema = 1

    /// A row for `event`, with its sequence number fixed (see `NewJournalEvent.seq`).
    /// `encoder`: Foundation's, when given (for comparison); by default the faster `PayloadJSONEncoder`,
    /// which writes the same text.
    public static func newRow(_ event: Event, encoder: JSONEncoder? = nil) throws -> NewJournalEvent {
        NewJournalEvent(
            timeMs: event.timeMillis, operatorName: event.operatorName, kind: kind(of: event.body),
            recordIDs: event.body.recordIDs.map(\.description), payload: try payloadJSON(event.body, encoder: encoder),
            schema: payloadSchema, seq: event.seq)
    }

    /// Foundation's encoder set up as payloads are written (sorted keys, so the same event is the same text).
    public static func payloadEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The body's kind, as `EventBody.kind` spells it, without printing the payload to find it
    /// (`kind` goes through `String(describing:)`, which costs more than the rest of an append).
    public static func kind(of body: EventBody) -> String {
        switch body {
        case .referenceLoaded: "referenceLoaded"
        case .workerRegistered: "workerRegistered"
        case .workerUpdated: "workerUpdated"
        case .documentRecorded: "documentRecorded"
        case .fairScheduled: "fairScheduled"
        case .attendanceRecorded: "attendanceRecorded"
        case .jobOrderCreated: "jobOrderCreated"
        case .cohortCreated: "cohortCreated"
        case .enrolled: "enrolled"
        case .resultRecorded: "resultRecorded"
        case .loanApplied: "loanApplied"
        case .loanDecided: "loanDecided"
        case .loanDisbursed: "loanDisbursed"
        case .loanClosed: "loanClosed"
        case .orientationRecorded: "orientationRecorded"
        case .workerSelected: "workerSelected"
        case .departed: "departed"
        case .caseOpened: "caseOpened"
        case .caseClosed: "caseClosed"
        case .checkInRecorded: "checkInRecorded"
        case .returned: "returned"
        case .programCreated: "programCreated"
        case .returneeEnrolled: "returneeEnrolled"
        case .outcomeRecorded: "outcomeRecorded"
        case .workerExited: "workerExited"
        case .duplicateFlagged: "duplicateFlagged"
        case .duplicateResolved: "duplicateResolved"
        case .entryCorrected: "entryCorrected"
        case .nikRevealed: "nikRevealed"
        case .dataExported: "dataExported"
        }
    }

    public static func payloadJSON(_ body: EventBody, encoder: JSONEncoder? = nil) throws -> String {
        if let encoder {
            let data = try encoder.encode(AnyEncodable(body.payload))
            return String(decoding: data, as: UTF8.self)
        }
        return try PayloadJSONEncoder.encode(body.payload)
    }

    /// The event a journal row holds.
    public static func event(_ row: JournalRow) throws(EventDecodingError) -> Event {
        let data = Data(row.payload.utf8)
        let decoder = JSONDecoder()
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decode(type, from: data) }
        do {
            let body = try EventBody.decode(kind: row.kind) { type in try decode(type) }
            return Event(seq: row.seq, timeMillis: row.timeMs, operatorName: row.operatorName, body: body)
        } catch {
            throw EventDecodingError(seq: row.seq, kind: row.kind, detail: "\(error)")
        }
    }
}

/// A journal row whose payload this build cannot read back as an event.
public struct EventDecodingError: Error, Sendable, CustomStringConvertible {
    public var seq: Int64
    public var kind: String
    public var detail: String
    public var description: String {
        "journal event \(seq) (\(kind)) cannot be read: \(detail); run `terpadu doctor` on this directory"
    }
}

/// Lets an existential payload go through `JSONEncoder`.
struct AnyEncodable: Encodable {
    let value: any Encodable
    init(_ value: any Encodable) { self.value = value }
    func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
}
