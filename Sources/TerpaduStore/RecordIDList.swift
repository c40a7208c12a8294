import Foundation

/// The `records` column: the record IDs of an event as a JSON array of strings, so `sqlite3`'s
/// `json_each(records)` can read it.
enum RecordIDList {
    static func encode(_ ids: [String]) -> String {
        var out = "["
        for (i, id) in ids.enumerated() {
            if i > 0 { out += "," }
            out += "\""
            for scalar in id.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
            out += "\""
        }
        return out + "]"
    }

    static func decode(_ text: String) throws(JournalError) -> [String] {
        if text == "[]" || text.isEmpty { return [] }
        if !text.contains("\\") {
            // Fast path: no escapes, so quotes only delimit strings.
            guard text.hasPrefix("[\""), text.hasSuffix("\"]") else { throw .invalidRow("records is not a JSON array: \(text)") }
            let inner = text.dropFirst(2).dropLast(2)
            return inner.components(separatedBy: "\",\"")
        }
        guard let data = text.data(using: .utf8),
              let ids = try? JSONDecoder().decode([String].self, from: data) else {
            throw .invalidRow("records is not a JSON array of strings: \(text)")
        }
        return ids
    }
}
