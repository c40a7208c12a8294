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
        case .date: allowed = { $0.isASCII && ($0.isNumber || $0 == "-") }
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
    public func validate() -> String? {
        let v = value
        if required, v.trimmingCharacters(in: .whitespaces).isEmpty, !kind.isCheckbox { return "required" }
        if !v.isEmpty {
            switch kind {
            case .number where Double(v.replacingOccurrences(of: ",", with: ".")) == nil:
                return "not a number"
            case .date where !FormField.isRealDate(v):
                return "use YYYY-MM-DD"
            default: break
            }
        }
        return validator?(v)
    }

    /// True for an existing calendar date written YYYY-MM-DD.
    public static func isRealDate(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1 else { return false }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return d <= days[m - 1]
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
