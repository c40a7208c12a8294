import ArgumentParser

/// The options of a full-screen command (the desk, the board). One group shared by `terpadu` and
/// `terpadu watch`: ArgumentParser hands a parent's decoded group to its subcommand, where two
/// separate `--lang` options would leave the subcommand's unset.
struct ScreenOptions: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp("The screen's language: id or en (else from LC_ALL/LANG).", valueName: "LANG"))
    var lang: String?

    @Option(name: .customLong("theme"), help: ArgumentHelp("The theme from themes/ (else $TERPADU_THEME, else default).", valueName: "NAME"))
    var theme: String?
}
