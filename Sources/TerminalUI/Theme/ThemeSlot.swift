/// The semantic colours a theme defines. Widgets ask for slots, never for raw colours.
public enum ThemeSlot: String, CaseIterable, Hashable, Sendable {
    case background, text, muted, accent, border, selection, header
    /// The four stage colours (names as in the theme files).
    case preparation, prePlacement, placement, postPlacement
    case ok, warning, error
}
