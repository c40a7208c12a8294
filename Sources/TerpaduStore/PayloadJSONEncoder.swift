/// A small JSON encoder for event payloads: keys sorted, no slashes escaped, compact, as Foundation's
/// `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]` writes them, at a fraction of the cost
/// (the payload encoding was a third of a bulk append). Decoding stays with `JSONDecoder`.
public enum PayloadJSONEncoder {
    public static func encode(_ value: any Encodable) throws -> String {
        let encoder = NodeEncoder(codingPath: [])
        try value.encode(to: encoder)
        var out = ""
        out.reserveCapacity(256)
        encoder.node.render(into: &out)
        return out
    }

    /// `s` as a JSON string literal.
    static func quote(_ s: String, into out: inout String) {
        out.append("\"")
        var plain = true
        for b in s.utf8 where b < 0x20 || b == 0x22 || b == 0x5C {
            plain = false
            break
        }
        if plain {
            out.append(s)
        } else {
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out.append("\\\"")
                case "\\": out.append("\\\\")
                case "\n": out.append("\\n")
                case "\r": out.append("\\r")
                case "\t": out.append("\\t")
                case "\u{08}": out.append("\\b")
                case "\u{0C}": out.append("\\f")
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16, uppercase: false)
                    out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append("\"")
    }
}

/// One value being encoded: a finished literal, an object or an array.
final class JSONNode {
    enum Value {
        case literal(String)
        case node(JSONNode)
    }

    enum Kind { case empty, literal, object, array }

    var kind = Kind.empty
    var literal = ""
    var pairs: [(key: String, value: Value)] = []
    var items: [Value] = []

    func render(into out: inout String) {
        switch kind {
        case .empty: out.append("{}")
        case .literal: out.append(literal)
        case .object:
            out.append("{")
            // Keys are unique per object in synthesized code; should one repeat, the later value wins,
            // as in JSONEncoder.
            let order = pairs.indices.sorted { a, b in
                pairs[a].key != pairs[b].key ? pairs[a].key < pairs[b].key : a < b
            }
            var first = true
            for (n, i) in order.enumerated() {
                if n + 1 < order.count && pairs[order[n + 1]].key == pairs[i].key { continue }
                if !first { out.append(",") }
                first = false
                PayloadJSONEncoder.quote(pairs[i].key, into: &out)
                out.append(":")
                Self.render(pairs[i].value, into: &out)
            }
            out.append("}")
        case .array:
            out.append("[")
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(",") }
                Self.render(item, into: &out)
            }
            out.append("]")
        }
    }

    static func render(_ value: Value, into out: inout String) {
        switch value {
        case .literal(let s): out.append(s)
        case .node(let n): n.render(into: &out)
        }
    }

    /// The JSON text of a primitive, or nil when `value` is not one.
    static func primitive<T: Encodable>(_ value: T) throws -> String? {
        // Metatype comparisons, not dynamic casts: most children are structs and enums of the core.
        if T.self == String.self {
            var out = ""
            PayloadJSONEncoder.quote(unsafeBitCast(value, to: String.self), into: &out)
            return out
        }
        if T.self == Int.self { return String(unsafeBitCast(value, to: Int.self)) }
        if T.self == Bool.self { return unsafeBitCast(value, to: Bool.self) ? "true" : "false" }
        if T.self == Int64.self { return String(unsafeBitCast(value, to: Int64.self)) }
        if T.self == Int32.self { return String(unsafeBitCast(value, to: Int32.self)) }
        if T.self == UInt8.self { return String(unsafeBitCast(value, to: UInt8.self)) }
        if T.self == UInt64.self { return String(unsafeBitCast(value, to: UInt64.self)) }
        if T.self == Double.self {
            let d = unsafeBitCast(value, to: Double.self)
            guard d.isFinite else { throw EncodingError.invalidValue(d, .init(codingPath: [], debugDescription: "not a finite number")) }
            return String(d)
        }
        return nil
    }

    /// Encodes `value` as a child: a literal for primitives, else through its own encoder.
    static func child<T: Encodable>(_ value: T, path: [any CodingKey]) throws -> Value {
        if let text = try primitive(value) { return .literal(text) }
        let encoder = NodeEncoder(codingPath: path)
        try value.encode(to: encoder)
        if encoder.node.kind == .literal { return .literal(encoder.node.literal) }
        return .node(encoder.node)
    }
}

final class NodeEncoder: Encoder {
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    let node: JSONNode

    init(codingPath: [any CodingKey], node: JSONNode = JSONNode()) {
        self.codingPath = codingPath
        self.node = node
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if node.kind != .object { node.kind = .object }
        return KeyedEncodingContainer(KeyedNodeContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if node.kind != .array { node.kind = .array }
        return UnkeyedNodeContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleNodeContainer(node: node, codingPath: codingPath)
    }
}

struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONNode
    let codingPath: [any CodingKey]

    private func put(_ key: Key, _ literal: String) { node.pairs.append((key.stringValue, .literal(literal))) }

    mutating func encodeNil(forKey key: Key) throws { put(key, "null") }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(key, value ? "true" : "false") }
    mutating func encode(_ value: String, forKey key: Key) throws {
        var out = ""
        PayloadJSONEncoder.quote(value, into: &out)
        put(key, out)
    }
    mutating func encode(_ value: Int, forKey key: Key) throws { put(key, String(value)) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { put(key, String(value)) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { put(key, String(value)) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { put(key, String(value)) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { put(key, String(value)) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { put(key, String(value)) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        node.pairs.append((key.stringValue, try JSONNode.child(value, path: codingPath)))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = JSONNode()
        child.kind = .object
        node.pairs.append((key.stringValue, .node(child)))
        return KeyedEncodingContainer(KeyedNodeContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = JSONNode()
        child.kind = .array
        node.pairs.append((key.stringValue, .node(child)))
        return UnkeyedNodeContainer(node: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder { superEncoder(key: "super") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(key: key.stringValue) }

    private func superEncoder(key: String) -> any Encoder {
        let child = JSONNode()
        node.pairs.append((key, .node(child)))
        return NodeEncoder(codingPath: codingPath, node: child)
    }
}

struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
    let node: JSONNode
    let codingPath: [any CodingKey]
    var count: Int { node.items.count }

    mutating func encodeNil() throws { node.items.append(.literal("null")) }
    mutating func encode(_ value: Bool) throws { node.items.append(.literal(value ? "true" : "false")) }
    mutating func encode(_ value: String) throws {
        var out = ""
        PayloadJSONEncoder.quote(value, into: &out)
        node.items.append(.literal(out))
    }
    mutating func encode(_ value: Int) throws { node.items.append(.literal(String(value))) }
    mutating func encode(_ value: Int64) throws { node.items.append(.literal(String(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        node.items.append(try JSONNode.child(value, path: codingPath))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = JSONNode()
        child.kind = .object
        node.items.append(.node(child))
        return KeyedEncodingContainer(KeyedNodeContainer<NestedKey>(node: child, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = JSONNode()
        child.kind = .array
        node.items.append(.node(child))
        return UnkeyedNodeContainer(node: child, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder {
        let child = JSONNode()
        node.items.append(.node(child))
        return NodeEncoder(codingPath: codingPath, node: child)
    }
}

struct SingleNodeContainer: SingleValueEncodingContainer {
    let node: JSONNode
    let codingPath: [any CodingKey]

    private func set(_ literal: String) {
        node.kind = .literal
        node.literal = literal
    }

    mutating func encodeNil() throws { set("null") }
    mutating func encode(_ value: Bool) throws { set(value ? "true" : "false") }
    mutating func encode(_ value: String) throws {
        var out = ""
        PayloadJSONEncoder.quote(value, into: &out)
        set(out)
    }
    mutating func encode(_ value: Int) throws { set(String(value)) }
    mutating func encode(_ value: Int64) throws { set(String(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        switch try JSONNode.child(value, path: codingPath) {
        case .literal(let s): set(s)
        case .node(let n):
            node.kind = n.kind
            node.literal = n.literal
            node.pairs = n.pairs
            node.items = n.items
        }
    }
}
