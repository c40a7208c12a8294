import Foundation

/// A validator returns a message when the value is wrong, nil when it is fine.
public typealias FieldValidator = @Sendable (String) -> String?

/// One field of a form: a label, a kind, the editing state and an optional validator.
public struct FormField: Sendable {
    public var id: String
    public var label: String
    public var kind: FieldKind
    /// What is typed (for a pick field: the filter text, or the chosen option's code).
    public var input: TextInput
    public var checked: Bool
    /// The chosen option of a pick field (an index into its options).
    public var picked: Int?
    public var required: Bool
    /// Shown, but not editable and skipped by Tab.
    public var readOnly: Bool
    /// A masked field shows its text while this is set (the app's "reveal").
    public var revealed: Bool
    /// How a date the app sets is shown (a typed date stays as typed).
    public var dateOrder: DateOrder
    public var validator: FieldValidator?

    /// `value` is set as `setValue` sets it: a pick by code, a date given YYYY-MM-DD shown in
    /// `dateOrder`, a checkbox by "true".
    public init(id: String, label: String, kind: FieldKind = .text, value: String = "", required: Bool = false,
                readOnly: Bool = false, maxLength: Int? = nil, dateOrder: DateOrder = .dayMonthYear,
                validator: FieldValidator? = nil) {
        self.id = id
        self.label = label
        self.kind = kind
        self.required = required
        self.readOnly = readOnly
        self.revealed = false
        self.dateOrder = dateOrder
        self.validator = validator
        self.checked = false
        self.picked = nil
        let allowed: (@Sendable (Character) -> Bool)?
        switch kind {
        case .number: allowed = { $0.isASCII && ($0.isNumber || $0 == "-" || $0 == "." || $0 == ",") }
        case .date: allowed = { $0.isASCII && ($0.isNumber || $0 == "-" || $0 == "/") }
        default: allowed = nil
        }
        self.input = TextInput("", maxLength: maxLength ?? (kind.isDate ? 10 : nil), allowed: allowed)
        setValue(value)
    }

    /// The value as the app receives it: the text; for a date YYYY-MM-DD when it is a real date
    /// (else the text as typed); for a pick the chosen option's code ("" when none); for a
    /// checkbox "true" or "false".
    public var value: String {
        switch kind {
        case .pick(let options):
            guard let picked, options.indices.contains(picked) else { return "" }
            return options[picked].code
        case .checkbox: return checked ? "true" : "false"
        case .date: return Self.parseDate(input.text).map(Self.isoDate) ?? input.text
        default: return input.text
        }
    }

    /// What is typed or shown in the box.
    public var text: String { kind.isCheckbox ? value : input.text }

    /// The chosen option of a pick field.
    public var pickedOption: PickOption? {
        let options = kind.pickOptions
        guard let picked, options.indices.contains(picked) else { return nil }
        return options[picked]
    }

    /// Sets the value as the app knows it (see `init`).
    public mutating func setValue(_ value: String) {
        switch kind {
        case .checkbox:
            checked = value == "true"
        case .pick(let options):
            picked = options.firstIndex { $0.code == value }
            input.text = value
        case .date:
            input.text = Self.parseDate(value).map { dateOrder.format($0) } ?? value
        default:
            input.text = value
        }
    }

    /// Whether printable keys are text here (every kind but the checkbox).
    var takesText: Bool { !kind.isCheckbox }

    /// The message to show beside the field, or nil when the value is acceptable. The field's own
    /// validator sees the value only once the kind's checks pass.
    public func validate(words: ToolkitWords = .english) -> String? {
        let v = value
        if required, !kind.isCheckbox, v.trimmingCharacters(in: .whitespaces).isEmpty {
            return kind.isPick && !input.text.isEmpty ? words.notInList : words.required
        }
        switch kind {
        case .number where !v.isEmpty && Double(v.replacingOccurrences(of: ",", with: ".")) == nil:
            return words.notANumber
        case .date where !v.isEmpty && Self.parseDate(v) == nil:
            return words.notADate
        case .pick where picked == nil && !input.text.isEmpty:
            return words.notInList
        default:
            return validator?(v)
        }
    }
}
