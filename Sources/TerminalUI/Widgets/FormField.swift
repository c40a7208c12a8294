import Foundation

/// What a form field holds and how it is edited.
public enum FieldKind: Sendable {
    case text
    /// Digits with an optional sign and one decimal separator.
    case number
    /// YYYY-MM-DD, checked to be a real date.
    case date
    /// One of fixed options, cycled with ←/→ or Space.
    case choice([String])
    /// On/off, toggled with Space.
    case checkbox
    /// Text shown as `*`, for secrets and identity numbers.
    case masked
}

/// A validator returns a message when the value is wrong, nil when it is fine.
public typealias FieldValidator = @Sendable (String) -> String?

/// One field of a form: a label, a kind, the editing state and an optional validator.
public struct FormField: Sendable {
    public var id: String
    public var label: String
    public var kind: FieldKind
    public var input: TextInput
    public var choiceIndex: Int
    public var checked: Bool
    public var required: Bool
    public var validator: FieldValidator?

    public init(id: String, label: String, kind: FieldKind = .text, value: String = "",
                required: Bool = false, maxLength: Int? = nil, validator: FieldValidator? = nil) {
        self.id = id
        self.label = label
        self.kind = kind
        self.required = required
        self.validator = validator
        self.checked = value == "true"
        var index = 0
        if case .choice(let options) = kind { index = options.firstIndex(of: value) ?? 0 }
        self.choiceIndex = index
        let allowed: (@Sendable (Character) -> Bool)?
        switch kind {
        case .number: allowed = { $0.isASCII && ($0.isNumber || $0 == "-" || $0 == "." || $0 == ",") }
        case .date: allowed = { $0.isASCII && ($0.isNumber || $0 == "-" || $0 == "/") }
        default: allowed = nil
        }
        let max = maxLength ?? (kind.isDate ? 10 : nil)
        self.input = TextInput(value, maxLength: max, allowed: allowed)
    }

    /// The value as the app receives it: text, the chosen option, or "true"/"false".
    public var value: String {
        switch kind {
        case .choice(let options): return options.isEmpty ? "" : options[min(choiceIndex, options.count - 1)]
        case .checkbox: return checked ? "true" : "false"
        default: return input.text
        }
    }

    /// The message to show beside the field, or nil when the value is acceptable.
    public func validate(words: ToolkitWords = .english) -> String? {
        let v = value
        if required, v.trimmingCharacters(in: .whitespaces).isEmpty, !kind.isCheckbox { return words.required }
        if !v.isEmpty {
            switch kind {
            case .number where Double(v.replacingOccurrences(of: ",", with: ".")) == nil:
                return words.notANumber
            case .date where FormField.parseDate(v) == nil:
                return words.notADate
            default: break
            }
        }
        return validator?(v)
    }

    /// True for an existing calendar date written YYYY-MM-DD.
    public static func isRealDate(_ s: String) -> Bool {
        guard let d = parseDate(s) else { return false }
        return s == isoDate(d)
    }

    /// A real calendar date typed `DD-MM-YYYY`, `DD/MM/YYYY` or `YYYY-MM-DD` (day and month may have
    /// one digit), else nil.
    public static func parseDate(_ s: String) -> (year: Int, month: Int, day: Int)? {
        let separator: Character = s.contains("/") ? "/" : "-"
        let parts = s.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            return nil
        }
        let year, month, day: Int
        if parts[0].count == 4, separator == "-", parts[1].count <= 2, parts[2].count <= 2 {
            (year, month, day) = (Int(parts[0]) ?? 0, Int(parts[1]) ?? 0, Int(parts[2]) ?? 0)
        } else if parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 {
            (year, month, day) = (Int(parts[2]) ?? 0, Int(parts[1]) ?? 0, Int(parts[0]) ?? 0)
        } else {
            return nil
        }
        guard year >= 1, (1...12).contains(month), day >= 1 else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1] ? (year, month, day) : nil
    }

    /// `YYYY-MM-DD`.
    public static func isoDate(_ d: (year: Int, month: Int, day: Int)) -> String {
        func pad(_ n: Int, _ width: Int) -> String {
            let digits = String(n)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(d.year, 4))-\(pad(d.month, 2))-\(pad(d.day, 2))"
    }
}

extension FieldKind {
    var isDate: Bool { if case .date = self { return true }; return false }
    var isCheckbox: Bool { if case .checkbox = self { return true }; return false }
    var isTextual: Bool {
        switch self {
        case .text, .number, .date, .masked: return true
        case .choice, .checkbox: return false
        }
    }
}
