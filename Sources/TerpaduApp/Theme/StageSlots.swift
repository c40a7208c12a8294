import TerminalUI
import TerpaduCore

/// The theme slots the app names: one colour per stage (the toolkit knows nothing of stages).
extension ThemeSlot {
    static let preparation = ThemeSlot("preparation")
    static let prePlacement = ThemeSlot("prePlacement")
    static let placement = ThemeSlot("placement")
    static let postPlacement = ThemeSlot("postPlacement")
}

enum StageSlots {
    /// What a stage looks like when a theme file leaves its slot out (and with no themes folder).
    static let defaults: [ThemeSlot: Style] = [
        .preparation: Style(fg: .blue),
        .prePlacement: Style(fg: .magenta),
        .placement: Style(fg: .green),
        .postPlacement: Style(fg: .yellow),
    ]

    static let names: [ThemeSlot] = [.preparation, .prePlacement, .placement, .postPlacement]

    static func slot(_ stage: Stage) -> ThemeSlot {
        switch stage {
        case .preparation: .preparation
        case .prePlacement: .prePlacement
        case .placement: .placement
        case .postPlacement: .postPlacement
        }
    }
}

extension Style {
    var removingUnderline: Style {
        var s = self
        s.attributes.remove(.underline)
        return s
    }
}
