/// What a form field holds and how it is edited.
public enum FieldKind: Sendable {
    case text
    /// Digits with an optional sign and one decimal separator.
    case number
    /// A calendar date typed DD-MM-YYYY, DD/MM/YYYY or YYYY-MM-DD; its value is YYYY-MM-DD.
    case date
    /// Text shown as the mask character unless the field is `revealed`.
    case masked
    /// On/off, toggled with Space.
    case checkbox
    /// One of the options, found by typing (a code prefix or words of the label) in a list that
    /// opens under the field. Its value is the chosen option's code.
    case pick([PickOption])

    /// A fixed list of display strings: now a pick list whose codes are the strings.
    @available(*, deprecated, message: "use .pick with codes and labels")
    public static func choice(_ options: [String]) -> FieldKind {
        .pick(options.map { PickOption(code: $0, label: "") })
    }

    /// The options of a pick field (empty for other kinds).
    public var pickOptions: [PickOption] {
        if case .pick(let options) = self { return options }
        return []
    }

    public var isPick: Bool { if case .pick = self { return true }; return false }
    var isDate: Bool { if case .date = self { return true }; return false }
    public var isCheckbox: Bool { if case .checkbox = self { return true }; return false }
}
