import ArgumentParser
import TerpaduStore
import TerpaduFormats

/// `terpadu snapshot create`: writes a snapshot now (if no other process holds the snapshot lock).
struct SnapshotCreate: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "create", abstract: "Write a snapshot now.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Resolved(global: global).requireWriter("write snapshots")
        let store = try Resolved(global: global).openStore(access: .readWrite)
        defer { store.close() }
        do {
            switch try store.writeSnapshot() {
            case .written(let info, let pruned, let warnings):
                say("written \(info.fileName) (as of event \(info.sequence))"
                    + (pruned.isEmpty ? "" : "; removed \(pruned.joined(separator: ", "))"))
                for w in warnings { complain("warning: \(w)") }
            case .alreadyPresent(let info):
                say("already present: \(info.fileName) (as of event \(info.sequence))")
            case .notLockHolder:
                complain("another process holds snapshots/.lock and writes the snapshots; nothing written")
                throw Exit.refused
            }
        } catch let error as StoreError {
            complain("\(error)")
            throw Exit.refused
        }
    }
}
