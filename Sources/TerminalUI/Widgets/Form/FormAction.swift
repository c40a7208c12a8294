/// What the form's keys do. The form's `keys` table maps keys to these, and the same table feeds
/// the app's hint bar and help, so they always say what the keys do.
public enum FormAction: Hashable, Sendable {
    /// To the next field (wrapping round).
    case next
    /// To the next field; on the last one, save.
    case nextOrSubmit
    /// To the previous field (wrapping round).
    case previous
    /// Up in an open pick list, else the previous field.
    case up
    /// Down in an open pick list; on a pick field, open its list; else the next field.
    case down
    /// Tick or untick a checkbox.
    case toggle
    /// Save: validate every field and hand over the values.
    case submit
    /// Close an open pick list, else leave the form.
    case cancel
}

extension FormState {
    /// The default keys in English.
    public static let defaultKeys = defaultKeys(words: .english)

    /// Tab and Enter to the next field (Enter saves on the last), Shift-Tab to the previous, ↑/↓,
    /// Space on a checkbox, F2 or Ctrl-S to save (hint "F2/^S"), Esc to leave; help in `words`.
    /// Printable keys other than Space are never bound: in a text field they are text.
    public static func defaultKeys(words: ToolkitWords) -> KeyTable<FormAction> {
        KeyTable([
            KeyBinding([.tab], .next, help: words.nextField),
            KeyBinding([.enter], .nextOrSubmit, help: words.nextFieldOrSave),
            KeyBinding([.backTab], .previous, help: words.previousField),
            KeyBinding([.up], .up, help: words.moveUp),
            KeyBinding([.down], .down, help: words.moveDown),
            KeyBinding([.char(" ")], .toggle, help: words.toggle),
            KeyBinding([.function(2), .ctrl("s")], .submit, help: words.save, hint: words.save, hintKeys: "F2/^S"),
            KeyBinding([.escape], .cancel, help: words.leaveForm, hint: words.back),
        ])
    }
}
