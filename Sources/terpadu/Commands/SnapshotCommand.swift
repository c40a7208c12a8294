import ArgumentParser

/// `terpadu snapshot create|list|verify`.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Snapshots of the whole state (the newest 3 are kept).",
        subcommands: [SnapshotCreate.self, SnapshotList.self, SnapshotVerify.self])
}
