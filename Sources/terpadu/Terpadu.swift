import ArgumentParser

/// `terpadu`: until the desk arrives, the headless commands; without a subcommand, an overview.
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
        subcommands: [Seed.self, Stats.self, Apply.self, ImportCommand.self, ExportCommand.self, SnapshotCommand.self, BackupCommand.self, DoctorCommand.self, HistoryCommand.self]
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Overview(global: global).run()
    }
}
