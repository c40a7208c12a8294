// TerminalUI: filled in by issue 4.
