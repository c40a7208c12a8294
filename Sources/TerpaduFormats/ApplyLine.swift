import Foundation
import TerpaduCore
import TerpaduStore

/// Why one line of `terpadu apply` input is not a command. Names the field and the reason.
public struct ApplyLineError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Reason: String, Sendable {
        case invalidJSON, notAnObject, missingCommand, unknownCommand
        case missingField, invalidField, unknownField, lineTooLong
        case duplicateKey, numberOutOfRange, invalidUTF8, loneSurrogate
    }

    public var reason: Reason
    /// The field at fault (a dotted path for nested fields), when there is one.
    public var field: String?
    public var message: String

    public init(_ reason: Reason, field: String? = nil, _ message: String) {
        self.reason = reason
        self.field = field
        self.message = message
    }

    public var description: String { message }
}

/// Reads one JSON Lines command of `terpadu apply`: an object whose `cmd` names a core command in
/// lowerCamelCase and whose other keys are that command's fields (see `ApplyCommands`). Pure: no I/O,
/// no state; every input gives a command or a typed error.
public enum ApplyLine {
    /// Longer lines are refused unread.
    public static let maxLineBytes = 1 << 20

    public static func parse(_ line: String) -> Result<Command, ApplyLineError> {
        parse(Data(line.utf8))
    }

    public static func parse(_ data: Data) -> Result<Command, ApplyLineError> {
        guard data.count <= maxLineBytes else {
            return .failure(ApplyLineError(.lineTooLong, "the line is longer than \(maxLineBytes) bytes"))
        }
        let scanned = data.withUnsafeBytes { bytes in
            JSONLineScan.scan(bytes).mapError { problem in scanError(problem, bytes) }
        }
        let header: JSONLineScan
        switch scanned {
        case .success(let s): header = s
        case .failure(let e): return .failure(e)
        }
        guard header.isObject else {
            return .failure(ApplyLineError(.notAnObject, "a line must be one JSON object, e.g. {\"cmd\": \"registerWorker\", …}"))
        }
        let keys = header.keys
        guard let cmd = header.cmd else {
            return .failure(ApplyLineError(.missingCommand, field: "cmd",
                "cmd is required: the command's name, e.g. {\"cmd\": \"registerWorker\", …}"))
        }
        guard let name = cmd else {
            return .failure(ApplyLineError(.invalidField, field: "cmd", "cmd must be a string naming a command"))
        }
        guard let spec = ApplyCommands.byName[name] else {
            return .failure(ApplyLineError(.unknownCommand, field: "cmd",
                "\(quoted(name)) is not a command; see docs/commands.md (e.g. registerWorker, recordDocument, recordDeparture)"))
        }
        let allowed = Set(spec.fields.map(\.name) + ["cmd"])
        if let unknown = keys.first(where: { !allowed.contains($0) }) {
            return .failure(ApplyLineError(.unknownField, field: unknown,
                "\(quoted(unknown)) is not a field of \(name); its fields are: \(spec.fields.map(\.name).joined(separator: ", "))"))
        }
        do {
            return .success(try spec.decode(data, JSONDecoder()))
        } catch {
            return .failure(fieldError(error, command: name, numbers: header.numbers))
        }
    }

    /// What the scan found wrong, in words; the column counts characters from 1.
    private static func scanError(_ problem: JSONLineScan.Problem, _ bytes: UnsafeRawBufferPointer) -> ApplyLineError {
        func column(_ offset: Int) -> Int { JSONLineScan.column(of: offset, in: bytes) }
        switch problem {
        case .syntax(let offset, let expected):
            let what = offset >= bytes.count ? "the line ends" : "column \(column(offset))"
            return ApplyLineError(.invalidJSON, "the line is not valid JSON: at \(what) there should be \(expected)"
                .replacingOccurrences(of: "at the line ends", with: "where the line ends"))
        case .tooDeep(let offset):
            return ApplyLineError(.invalidJSON,
                "the line is not valid JSON for apply: at column \(column(offset)) it nests more than \(JSONLineScan.maxDepth) objects and lists deep")
        case .invalidUTF8(let offset, let path):
            let field = path.isEmpty ? nil : path
            return ApplyLineError(.invalidUTF8, field: field,
                "\(field.map { "\($0) is" } ?? "the line is") not valid UTF-8 (at byte \(offset + 1) of the line); send text as UTF-8")
        case .loneSurrogate(let offset, let path, let escape):
            let field = path.isEmpty ? nil : path
            return ApplyLineError(.loneSurrogate, field: field,
                "\(field ?? "the line") holds \(escape) at column \(column(offset)), half of a UTF-16 surrogate pair without its other half; "
                + "write a character beyond U+FFFF as itself or as both halves (\\ud83d\\ude00)")
        case .duplicateKey(let path):
            return ApplyLineError(.duplicateKey, field: path,
                "\(quoted(path)) is given twice; each key may appear only once in an object, so which one is meant is not clear")
        }
    }

    static func quoted(_ s: String) -> String {
        let clipped = s.count > 60 ? String(s.prefix(60)) + "…" : s
        var out = "\""
        for scalar in clipped.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value) {
                out += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else if scalar == "\"" || scalar == "\\" {
                out += "\\" + String(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func path(_ codingPath: [any CodingKey], _ last: (any CodingKey)? = nil) -> String {
        let keys = codingPath + (last.map { [$0] } ?? [])
        var out = ""
        for key in keys {
            if let i = key.intValue {
                out += "[\(i)]"
            } else {
                out += (out.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return out
    }

    /// A number the decoder refused: not a whole number, or outside Int64.
    private static func numberError(_ n: JSONLineScan.Number) -> ApplyLineError {
        let field = n.path
        switch n.trouble {
        case .notWhole:
            return ApplyLineError(.invalidField, field: field, "\(field) must be a whole number")
        case .outOfRange:
            let text = n.text.count > 30 ? String(n.text.prefix(30)) + "…" : n.text
            return ApplyLineError(.numberOutOfRange, field: field,
                "\(field) is out of range: \(text) is not a whole number from \(Int64.min) to \(Int64.max)")
        }
    }

    private static func fieldError(_ error: any Error, command: String, numbers: [JSONLineScan.Number]) -> ApplyLineError {
        if case DecodingError.dataCorrupted(let ctx)? = error as? DecodingError, ctx.codingPath.isEmpty {
            // Foundation refuses a fraction or an overflow in a whole-number field this way, naming
            // no field; the scan knows which number it was.
            if let n = numbers.first { return numberError(n) }
            return ApplyLineError(.invalidField, "\(command): a value could not be read as its field's type")
        }
        guard let e = error as? DecodingError else {
            return ApplyLineError(.invalidField, "\(command): \(error)")
        }
        switch e {
        case .keyNotFound(let key, let ctx):
            let field = path(ctx.codingPath, key)
            return ApplyLineError(.missingField, field: field, "\(field) is required for \(command)")
        case .valueNotFound(_, let ctx):
            let field = path(ctx.codingPath)
            return ApplyLineError(.missingField, field: field, "\(field) must not be null")
        case .typeMismatch(let type, let ctx):
            let field = path(ctx.codingPath)
            return ApplyLineError(.invalidField, field: field.isEmpty ? nil : field,
                                  "\(field.isEmpty ? command : field) must be \(describe(type))")
        case .dataCorrupted(let ctx):
            let field = path(ctx.codingPath)
            if let n = numbers.first(where: { $0.path == field }) { return numberError(n) }
            return ApplyLineError(.invalidField, field: field, "\(field): \(ctx.debugDescription)")
        @unknown default:
            return ApplyLineError(.invalidField, "\(command): \(e)")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Bool.Type: return "true or false"
        case is Int.Type, is Int64.Type, is Int32.Type, is UInt64.Type: return "a whole number"
        case is Double.Type: return "a number"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "a list" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "a \(name)"
        }
    }
}
