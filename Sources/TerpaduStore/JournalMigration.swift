/// How far the first read-write open of an older data directory has got in migrating it
/// (`Store.open(…, migrationProgress:)`): the command line draws it on stderr, the desk on its status line.
///
/// What migrating from journal schema 1 to 2 does: re-stamps `user_version` and the `meta` row (so an
/// older build stops with `newerSchema` instead of writing events it would misread), then rebuilds the
/// state by replaying the whole journal, because snapshots of format 1 and 2 lack each document's
/// issue and expiry day that the departure guards now judge, and writes a snapshot of format 3 so the
/// next open starts from it. The stage and counter tables need no rewrite: a worker's stage and status
/// do not depend on the new rules (the guards are judged on the departure day), and `doctor` checks
/// them against a recount as always.
///
/// From schema 2 to 3: the board's table (`BoardTable`) is created empty and marked `pending`; the
/// state loads as usual (its snapshots are current) and the table is filled from it, in one
/// transaction, before the open returns. Readers meanwhile get `BoardReadError`.
public struct MigrationProgress: Sendable, Equatable {
    public enum Phase: Sendable, Equatable {
        /// Replaying the journal: `done` of `total` events.
        case replaying
        /// Writing the board's tables from the state: `done` of `total` rows.
        case fillingBoard
        /// Writing the first snapshot in the new format.
        case writingSnapshot
        case finished
    }

    public var from: Int
    public var to: Int
    public var phase: Phase
    public var done: Int64
    public var total: Int64

    public init(from: Int, to: Int, phase: Phase, done: Int64, total: Int64) {
        self.from = from; self.to = to; self.phase = phase; self.done = done; self.total = total
    }
}
