import Foundation
import TerpaduCore
import TerpaduStore

/// Why one line of `terpadu apply` input is not a command. Names the field and the reason.
public struct ApplyLineError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Reason: String, Sendable {
        case invalidJSON, notAnObject, missingCommand, unknownCommand
        case missingField, invalidField, unknownField, lineTooLong
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
        let decoder = JSONDecoder()
        let header: KeyList
        do {
            header = try decoder.decode(KeyList.self, from: data)
        } catch {
            return .failure(structuralError(error))
        }
        let keys = header.keys
        guard keys.contains("cmd") else {
            return .failure(ApplyLineError(.missingCommand, field: "cmd",
                "cmd is required: the command's name, e.g. {\"cmd\": \"registerWorker\", …}"))
        }
        guard let name = header.cmd else {
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
            return .success(try spec.decode(data, decoder))
        } catch {
            return .failure(fieldError(error, command: name))
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

    private static func structuralError(_ error: any Error) -> ApplyLineError {
        if case DecodingError.typeMismatch = error {
            return ApplyLineError(.notAnObject, "a line must be one JSON object, e.g. {\"cmd\": \"registerWorker\", …}")
        }
        return ApplyLineError(.invalidJSON, "the line is not valid JSON")
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

    private static func fieldError(_ error: any Error, command: String) -> ApplyLineError {
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
            if field.isEmpty { return ApplyLineError(.invalidJSON, "the line is not valid JSON") }
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

    /// The top-level keys of an object and its `cmd` when that is a string (and a typed error for
    /// anything that is not an object).
    private struct KeyList: Decodable {
        let keys: [String]
        let cmd: String?
        struct AnyKey: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init?(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { return nil }
        }
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: AnyKey.self)
            keys = c.allKeys.map(\.stringValue)
            if let key = AnyKey(stringValue: "cmd"), c.contains(key) {
                cmd = try? c.decode(String.self, forKey: key)
            } else {
                cmd = nil
            }
        }
    }
}
