import ArgumentParser

/// `terpadu`: on a terminal without a subcommand, the desk; elsewhere the overview; and the headless commands.
@main
struct Terpadu: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terpadu",
        abstract: "Integrated governance of Indonesian migrant workers (PMI), from job fair to reintegration.",
        discussion: """
            Exit status: 0 success; 1 something was refused or a check found problems; 3 the data directory \
            cannot be used. The data directory is --data DIR, else $TERPADU_DATA, else $XDG_DATA_HOME/terpadu, \
            else ~/.local/share/terpadu.
            """,
        subcommands: [WatchCommand.self, Seed.self, Stats.self, Apply.self, ImportCommand.self, ExportCommand.self, SnapshotCommand.self, BackupCommand.self, DoctorCommand.self, HistoryCommand.self, ReferenceCommand.self]
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var screen: ScreenOptions

    func run() throws {
        try DeskLauncher(global: global, lang: screen.lang, theme: screen.theme).run()
    }
}
