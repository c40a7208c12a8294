import ArgumentParser
import Foundation
import TerpaduStore
import TerpaduFormats

/// `terpadu snapshot list`: the snapshot files, oldest first.
struct SnapshotList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the snapshots.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let directory = try Resolved(global: global).directory(create: false)
        do {
            let snapshots = try SnapshotDirectory(path: directory.snapshotsPath, access: .readOnly)
            let list = try snapshots.list()
            if list.isEmpty { say("no snapshots in \(directory.snapshotsPath)") }
            for info in list {
                let attributes = try? FileManager.default.attributesOfItem(atPath: info.path)
                let size = (attributes?[.size] as? NSNumber)?.int64Value ?? 0
                // Whole seconds and megabytes, so a line fits an 80-column terminal.
                let modified = (attributes?[.modificationDate] as? Date).map {
                    ISO8601UTC.format(milliseconds: Int64($0.timeIntervalSince1970) * 1000).replacingOccurrences(of: ".000Z", with: "Z")
                } ?? "?"
                let megabytes = String(format: "%.1f MB", Double(size) / 1_048_576)
                say("\(info.fileName)  event \(info.sequence)  \(megabytes)  \(modified)")
            }
        } catch {
            complain("\(error)")
            throw Exit.unusable
        }
    }
}
