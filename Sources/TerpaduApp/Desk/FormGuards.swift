import TerminalUI

/// What every screen with typed values (the worker form, a step's form, the results sheet) does
/// before typed values could be lost: the same questions, asked the same way.
extension DeskModel {
    /// An F-key or Ctrl-key of the shell typed while a field has focus; nil when `key` is the
    /// field's. Quitting with unsaved values asks first.
    mutating func shellKeyWhileTyping(_ key: Key, unsaved: Bool) -> [DeskEffect]? {
        guard DeskKeys.actsWhileTyping(key), let action = DeskKeys.table(strings).action(for: key), action != .back else {
            return nil
        }
        if action == .quit, unsaved {
            overlay = .confirmQuit(ConfirmDialog(title: strings.shell.quitConfirm, message: strings.form.discardMessage,
                                                 words: strings.toolkit, theme: theme))
            return []
        }
        return perform(action)
    }

    /// Esc: unsaved values are asked about (the answer is handled with the dialog); otherwise
    /// `leave` runs at once.
    mutating func cancelTyping(unsaved: Bool, leave: (inout DeskModel) -> [DeskEffect]) -> [DeskEffect] {
        guard unsaved else { return leave(&self) }
        overlay = .confirmDiscard(ConfirmDialog(title: strings.form.discardTitle, message: strings.form.discardMessage,
                                                words: strings.toolkit, theme: theme))
        return []
    }
}
