import TerpaduCore
import TerpaduStore

/// Cell rules shared by CSV export and import.
///
/// Formula injection (OWASP CSV Injection, ASVS 1.2.10): a spreadsheet evaluates a cell that starts
/// with `=`, `+`, `-`, `@`, TAB, CR, LF or NUL (a "trigger"). Quoting alone does not stop that, so on
/// export a `'` is put in front of such a cell, then the cell is quoted per RFC 4180.
///
/// To make the rule exactly reversible, export also adds a `'` to a cell made of one or more `'`
/// followed by a trigger (`'=1` becomes `''=1`). Import undoes exactly that: a cell made of one or
/// more `'` followed by a trigger loses one `'`; every other cell is read as it is. So
/// `unescapeFormula(escapeFormula(s)) == s` for every string.
public enum CSVCells {
    /// Whether `scalar` makes a spreadsheet treat the cell as a formula (or hide what follows).
    public static func isTrigger(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "=", "+", "-", "@", "\t", "\r", "\n", "\u{0}": return true
        default: return false
        }
    }

    /// Whether the cell is zero or more `'` followed by a trigger, and how many `'` it starts with.
    static func quotePrefix(_ cell: String) -> (count: Int, triggered: Bool) {
        var count = 0
        for scalar in cell.unicodeScalars {
            if scalar == "'" {
                count += 1
                continue
            }
            return (count, isTrigger(scalar))
        }
        return (count, false)
    }

    /// The cell with a `'` in front when a spreadsheet would otherwise evaluate it.
    public static func escapeFormula(_ cell: String) -> String {
        quotePrefix(cell).triggered ? "'" + cell : cell
    }

    /// The inverse of `escapeFormula`: one `'` removed from a cell of `'`s followed by a trigger.
    public static func unescapeFormula(_ cell: String) -> String {
        let p = quotePrefix(cell)
        guard p.triggered, p.count >= 1 else { return cell }
        return String(cell.unicodeScalars.dropFirst())
    }

    /// RFC 4180: a cell holding a comma, a double quote, CR or LF is put in double quotes, with each
    /// double quote doubled.
    public static func quote(_ cell: String) -> String {
        var needs = false
        for u in cell.utf8 where u == 0x2C || u == 0x22 || u == 0x0D || u == 0x0A {
            needs = true
            break
        }
        guard needs else { return cell }
        var out = "\""
        for scalar in cell.unicodeScalars {
            if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
        }
        return out + "\""
    }

    /// One exported cell: the formula rule, then RFC 4180 quoting.
    public static func field(_ value: String) -> String { quote(escapeFormula(value)) }

    /// One CSV record (CRLF-terminated, as RFC 4180 has it).
    public static func record(_ values: [String]) -> String {
        values.map(field).joined(separator: ",") + "\r\n"
    }

    /// `visible`, and also every invisible character (white space other than a plain space,
    /// zero-width and other default-ignorable characters) shown as `\u{…}`, so a report can show
    /// what differs between two texts that look the same.
    public static func shown(_ text: String, limit: Int = 80) -> String {
        escaping(text, limit: limit) { TextRules.isForbidden($0) || ($0 != " " && TextRules.isInvisible($0)) }
    }

    /// Text safe to print on a terminal: control, C1 and bidi characters shown as `\u{…}`, and
    /// clipped to `limit` characters.
    public static func visible(_ text: String, limit: Int = 80) -> String {
        escaping(text, limit: limit, TextRules.isForbidden)
    }

    /// `text` clipped to `limit` characters, each scalar for which `escape` holds written as `\u{…}`.
    private static func escaping(_ text: String, limit: Int, _ escape: (Unicode.Scalar) -> Bool) -> String {
        var out = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count >= limit {
                out += "…"
                break
            }
            if escape(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return out
    }
}
