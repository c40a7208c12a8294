import ArgumentParser
import TerpaduCore
import TerpaduStore
import TerpaduFormats

/// `terpadu snapshot verify`: checks every snapshot's checksums and that the core can decode it.
struct SnapshotVerify: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "verify", abstract: "Check every snapshot.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let directory = try Resolved(global: global).directory(create: false)
        var bad = 0
        do {
            let snapshots = try SnapshotDirectory(path: directory.snapshotsPath, access: .readOnly)
            let results = try snapshots.verifyAll()
            if results.isEmpty { say("no snapshots in \(directory.snapshotsPath)") }
            for (info, error) in results {
                if let error {
                    bad += 1
                    say("damaged  \(info.fileName): \(error)")
                    continue
                }
                do {
                    let seq = try SnapshotFile.withVerifiedPayload(atPath: info.path) { _, payload in
                        try SnapshotCodec.decode(payload).lastSeq
                    }
                    guard seq == Int64(info.sequence) else {
                        bad += 1
                        say("damaged  \(info.fileName): its state is as of event \(seq)")
                        continue
                    }
                    say("ok       \(info.fileName) (event \(info.sequence))")
                } catch {
                    bad += 1
                    say("damaged  \(info.fileName): cannot be decoded: \(error)")
                }
            }
        } catch {
            complain("\(error)")
            throw Exit.unusable
        }
        if bad > 0 { throw Exit.refused }
    }
}
