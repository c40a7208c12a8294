import Foundation
import TerpaduCore

/// Turns core events into journal rows and back. Payloads are JSON with sorted keys, so `sqlite3` and
/// its JSON functions can read the audit trail and two writers of the same event store the same text.
public enum EventCoding {
    /// The newest payload schema this build reads. An event records the schema it needs: 1 for the
    /// kinds of the first release, 2 for `gapRecorded`, 3 for what an older build would misread: the
    /// kinds of education reach, financial literacy, health coverage, language tests and
    /// `agenciesLoaded`; reference data carrying agencies; an education session; a job order with a
    /// language level or one that does not state `employerIsLegalEntity`. A reader meeting a newer
    /// one stops rather than misread it.
    public static let payloadSchema = 3

    /// Kinds written with payload schema 3.
    static let schema3Kinds: Set<String> = [
        "headcountRecorded", "literacySessionScheduled", "literacyParticipationRecorded", "healthCoverageRecorded",
        "languageTestRecorded", "agenciesLoaded",
    ]

    /// The schema an event of `kind` is written with, by its kind alone.
    static func schema(for kind: String) -> Int { kind == "gapRecorded" ? 2 : schema3Kinds.contains(kind) ? 3 : 1 }

    /// The schema `body` is written with: its kind's, or 3 where its payload holds what only schema 3 reads.
    static func schema(of body: EventBody) -> Int {
        switch body {
        case .fairScheduled(let f) where f.draft.kind == .education || f.draft.village != nil: 3
        case .jobOrderCreated(let j) where j.draft.languageLevel != nil || j.draft.employerIsLegalEntity == nil: 3
        case .referenceLoaded(let d) where !d.agencies.isEmpty: 3
        default: schema(for: body.kind)
        }
    }

    /// A row for `event`, with its sequence number fixed (see `NewJournalEvent.seq`).
    /// `encoder`: Foundation's, when given (for comparison); by default the faster `PayloadJSONEncoder`,
    /// which writes the same text.
    public static func newRow(_ event: Event, encoder: JSONEncoder? = nil) throws -> NewJournalEvent {
        NewJournalEvent(
            timeMs: event.timeMillis, operatorName: event.operatorName, kind: event.body.kind,
            recordIDs: event.body.recordIDs.map(\.description), payload: try payloadJSON(event.body, encoder: encoder),
            schema: schema(of: event.body), seq: event.seq)
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
        guard row.schema <= payloadSchema else {
            throw EventDecodingError(seq: row.seq, kind: row.kind, detail: "it was written with payload schema \(row.schema) "
                                     + "and this build reads up to \(payloadSchema)", newerSchema: true)
        }
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
    /// Written by a newer terpadu: nothing is wrong with the journal, this build is too old.
    public var newerSchema = false

    public var description: String {
        newerSchema
            ? "journal event \(seq) (\(kind)) was written by a newer terpadu (\(detail)); nothing was read past it. "
                + "Use that newer terpadu on this directory"
            : "journal event \(seq) (\(kind)) cannot be read: \(detail); run `terpadu doctor` on this directory"
    }
}

/// Lets an existential payload go through `JSONEncoder`.
struct AnyEncodable: Encodable {
    let value: any Encodable
    init(_ value: any Encodable) { self.value = value }
    func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
}
