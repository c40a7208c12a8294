/// An enum stored as a small integer but written in JSON and read from operators as its case name,
/// so the journal's payloads stay readable with `sqlite3` and its JSON functions.
public protocol CodedEnum: RawRepresentable, CaseIterable, Codable, Hashable, Sendable where RawValue == UInt8 {}

extension CodedEnum {
    public var code: String { String(describing: self) }

    public init?(code: String) {
        guard let c = Self.allCases.first(where: { String(describing: $0) == code }) else { return nil }
        self = c
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let v = Self(code: text) else {
            let allowed = Self.allCases.map { String(describing: $0) }.joined(separator: ", ")
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "\(text) is not one of: \(allowed)"))
        }
        self = v
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(code)
    }
}
