import TerpaduStore
import TerpaduFormats

/// Builds one line of JSON by hand, in the order the fields are added (`"ok"` first reads best).
struct JSONLine {
    private var parts: [String] = []

    mutating func add(_ key: String, _ value: Bool) { parts.append(Self.quote(key) + ":" + (value ? "true" : "false")) }
    mutating func add(_ key: String, _ value: Int64) { parts.append(Self.quote(key) + ":" + String(value)) }
    mutating func add(_ key: String, _ value: Int) { parts.append(Self.quote(key) + ":" + String(value)) }
    mutating func add(_ key: String, _ value: String) { parts.append(Self.quote(key) + ":" + Self.quote(value)) }
    mutating func add(_ key: String, strings: [String]) {
        parts.append(Self.quote(key) + ":[" + strings.map(Self.quote).joined(separator: ",") + "]")
    }
    mutating func add(_ key: String, ints: [Int64]) {
        parts.append(Self.quote(key) + ":[" + ints.map(String.init).joined(separator: ",") + "]")
    }

    /// A list of flat objects of strings, each field in the order given.
    mutating func add(_ key: String, objects: [[(String, String)]]) {
        let items = objects.map { "{" + $0.map { Self.quote($0.0) + ":" + Self.quote($0.1) }.joined(separator: ",") + "}" }
        parts.append(Self.quote(key) + ":[" + items.joined(separator: ",") + "]")
    }

    var text: String { "{" + parts.joined(separator: ",") + "}" }

    /// A JSON string literal with every control and bidi character escaped (one rule for all output).
    static func quote(_ s: String) -> String { CSVExport.jsonString(s) }
}
