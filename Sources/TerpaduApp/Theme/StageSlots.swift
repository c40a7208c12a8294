import TerminalUI
import TerpaduCore

/// The theme slots the app names: one colour per stage (the toolkit knows nothing of stages).
enum StageSlots {
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
