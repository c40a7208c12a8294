/// What a key did to the command line or the filter input.
public enum PromptOutcome: Hashable, Sendable {
    case none
    /// The text changed (the filter re-runs on this).
    case changed(String)
    case submitted(String)
    case cancelled
}
