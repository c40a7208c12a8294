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
            timeMs: event.timeMillis, operatorName: event.operatorName, kind: event.body.kind,
            recordIDs: event.body.recordIDs.map(\.description), payload: try payloadJSON(event.body, encoder: encoder),
            schema: payloadSchema, seq: event.seq)
    }

    /// Foundation's encoder set up as payloads are written (sorted keys, so the same event is the same text).
    public static func payloadEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
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
