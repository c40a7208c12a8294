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

    var text: String { "{" + parts.joined(separator: ",") + "}" }

    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
