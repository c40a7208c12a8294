import Foundation
import TOMLKit

/// Reads themes from TOML files in a directory (`themes/NAME.toml`):
///
/// ```toml
/// name = "default"
/// [slots]
/// text = "default"                       # a bare colour is the foreground
/// accent = { fg = "cyan", bold = true }
/// selection = { fg = "black", bg = "#5fafff" }
/// border = { fg = 244 }
/// ```
///
/// Colours are a name (`red`, `bright-blue`, `gray`, `default`), an index 0–255, or `#rrggbb`.
/// Style keys: fg, bg, bold, dim, italic, underline, reverse. Slots left out take the built-in
/// default; unknown slots or keys are errors, so a typo does not silently do nothing. The slots a
/// file may name are the toolkit's plus the app's `knownSlots`.
public struct ThemeLoader: Sendable {
    public var directory: URL
    /// The app's own slots a theme file may name, besides the toolkit's.
    public var knownSlots: [ThemeSlot]

    public init(directory: URL, knownSlots: [ThemeSlot] = []) {
        self.directory = directory
        self.knownSlots = knownSlots
    }

    /// Theme names are plain words so a name can never reach outside the directory.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64 && name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
    }

    /// Names of the theme files present, sorted.
    public func available() -> [String] {
        let items = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return items.filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }
            .filter(Self.isValidName).sorted()
    }

    public func load(name: String) throws(ThemeError) -> Theme {
        let file = "themes/\(name).toml"
        guard Self.isValidName(name) else {
            throw ThemeError(file: file, key: nil, problem: "not a theme name (letters, digits, - and _ only)")
        }
        let url = directory.appendingPathComponent("\(name).toml")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ThemeError(file: url.path, key: nil, problem: "cannot read the file (known themes: \(available().joined(separator: ", ")))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ThemeError(file: url.path, key: nil, problem: "not UTF-8 text")
        }
        return try Self.parse(text, file: url.path, defaultName: name, knownSlots: knownSlots)
    }

    /// Parses theme TOML; `file` is used in error messages; `knownSlots` are the app's own slots.
    public static func parse(_ text: String, file: String, defaultName: String,
                             knownSlots: [ThemeSlot] = []) throws(ThemeError) -> Theme {
        let known = ThemeSlot.toolkitSlots + knownSlots.filter { !ThemeSlot.toolkitSlots.contains($0) }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let e as TOMLParseError {
            throw ThemeError(file: file, key: nil,
                             problem: "TOML syntax error at line \(e.source.begin.line), column \(e.source.begin.column): \(e.description)")
        } catch {
            throw ThemeError(file: file, key: nil, problem: "TOML syntax error: \(error)")
        }
        var name = defaultName
        var styles: [ThemeSlot: Style] = [:]
        var symbols = Symbols.unicode
        for key in table.keys {
            guard let value = table[key] else { continue }
            switch key {
            case "name":
                guard let s = value.string else { throw ThemeError(file: file, key: key, problem: "expected a string") }
                name = s
            case "description":
                guard value.string != nil else { throw ThemeError(file: file, key: key, problem: "expected a string") }
            case "symbols":
                guard let s = value.string, s == "unicode" || s == "ascii" else {
                    throw ThemeError(file: file, key: key, problem: "expected \"unicode\" or \"ascii\"")
                }
                symbols = s == "ascii" ? .ascii : .unicode
            case "slots":
                guard let slots = value.table else { throw ThemeError(file: file, key: key, problem: "expected a table [slots]") }
                for slotKey in slots.keys {
                    guard let slotValue = slots[slotKey] else { continue }
                    let path = "slots.\(slotKey)"
                    let slot = ThemeSlot(slotKey)
                    guard known.contains(slot) else {
                        throw ThemeError(file: file, key: path,
                                         problem: "unknown slot (known: \(known.map(\.rawValue).joined(separator: ", ")))")
                    }
                    styles[slot] = try parseStyle(slotValue, file: file, key: path)
                }
            default:
                throw ThemeError(file: file, key: key, problem: "unknown key (expected name, description, symbols or [slots])")
            }
        }
        return Theme(name: name, styles: styles, symbols: symbols)
    }

    static func parseStyle(_ value: TOMLValueConvertible, file: String, key: String) throws(ThemeError) -> Style {
        if value.table == nil {
            return Style(fg: try parseColor(value, file: file, key: key))
        }
        guard let t = value.table else { return Style() }
        var style = Style()
        for k in t.keys {
            guard let v = t[k] else { continue }
            let path = "\(key).\(k)"
            switch k {
            case "fg": style.fg = try parseColor(v, file: file, key: path)
            case "bg": style.bg = try parseColor(v, file: file, key: path)
            case "bold", "dim", "italic", "underline", "reverse":
                guard let on = v.bool else { throw ThemeError(file: file, key: path, problem: "expected true or false") }
                let attr: Attributes = switch k {
                case "bold": .bold
                case "dim": .dim
                case "italic": .italic
                case "underline": .underline
                default: .reverse
                }
                if on { style.attributes.insert(attr) }
            default:
                throw ThemeError(file: file, key: path, problem: "unknown style key (expected fg, bg, bold, dim, italic, underline, reverse)")
            }
        }
        return style
    }

    /// nil means the terminal's default colour.
    static func parseColor(_ value: TOMLValueConvertible, file: String, key: String) throws(ThemeError) -> Color? {
        if let i = value.int {
            guard (0...255).contains(i) else {
                throw ThemeError(file: file, key: key, problem: "colour index \(i) is outside 0–255")
            }
            return .indexed(UInt8(i))
        }
        guard let s = value.string else {
            throw ThemeError(file: file, key: key, problem: "expected a colour name, an index 0–255 or \"#rrggbb\"")
        }
        if let c = parseColorString(s) { return c }
        if s.lowercased() == "default" || s.lowercased() == "reset" { return nil }
        throw ThemeError(file: file, key: key,
                         problem: "\"\(Sanitizer.clean(s))\" is not a colour (use a name such as red or bright-blue, an index 0–255, or #rrggbb)")
    }

    /// A named or `#rrggbb` colour; nil for anything else (including "default").
    public static func parseColorString(_ s: String) -> Color? {
        let lower = s.lowercased().replacingOccurrences(of: "_", with: "-")
        if let c = Color.names[lower] { return c }
        guard lower.hasPrefix("#"), lower.count == 7 else { return nil }
        let hex = lower.dropFirst()
        guard hex.allSatisfy(\.isHexDigit), let v = UInt32(hex, radix: 16) else { return nil }
        return .rgb(UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF))
    }
}
