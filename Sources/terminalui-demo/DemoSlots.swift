import TerminalUI

/// The demo's own theme slots, named the way an app names its own: the theme files in `themes/`
/// style them, and these defaults stand in when a file leaves one out.
extension ThemeSlot {
    static let preparation = ThemeSlot("preparation")
    static let prePlacement = ThemeSlot("prePlacement")
    static let placement = ThemeSlot("placement")
    static let postPlacement = ThemeSlot("postPlacement")
}

enum DemoSlots {
    static let defaults: [ThemeSlot: Style] = [
        .preparation: Style(fg: .blue),
        .prePlacement: Style(fg: .magenta),
        .placement: Style(fg: .green),
        .postPlacement: Style(fg: .yellow),
    ]

    static var names: [ThemeSlot] { [.preparation, .prePlacement, .placement, .postPlacement] }
}
