/// What a key did to a form.
public enum FormOutcome: Hashable, Sendable {
    /// Nothing for the app to do (the cursor moved, a list scrolled, the key was ignored).
    case none
    /// The field's text or value changed (each typed character, a pick, a tick), so the app can
    /// react as it is typed, say prefill from an identity number.
    case edited(field: String)
    /// Focus left this field. Its value may have changed on the way out (Enter in an open pick list
    /// picks; leaving with text that is exactly one option's code picks it), so read it again.
    case left(field: String)
    /// Saved with no field in error: the values by field id.
    case submitted([String: String])
    /// Save refused: focus moved to the first field in error; the messages are shown beside the fields.
    case invalid
    /// Esc with no pick list open. The form is unchanged: the app decides whether to ask first
    /// (`isChanged`) and whether to close it.
    case cancelled
}
