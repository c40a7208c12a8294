import ArgumentParser

/// `terpadu snapshot create|list|verify|restore`.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Snapshots of the whole state (the newest 3 are kept).",
        subcommands: [SnapshotCreate.self, SnapshotList.self, SnapshotVerify.self, SnapshotRestore.self])
}
