import Foundation
import TerminalUI
import TerpaduCore
import TerpaduFormats
import TerpaduStore

/// Runs the board's effects: reads the journal's board table on a queue of its own, read-only, and
/// follows the change feed, so the loop's thread only hands work off. It never opens the store, the
/// snapshot or the population, and never writes.
public final class BoardOwner: @unchecked Sendable {
    public let dataPath: String
    let queue: MessageQueue<BoardMessage>
    let seeds: URL?
    private let work = DispatchQueue(label: "terpadu.board.reads")
    // Touched only on `work`.
    private var reader: BoardReader?
    private var feed: ChangeFeed?
    private var journalPath = ""

    public init(dataPath: String, seeds: URL?, queue: MessageQueue<BoardMessage>) {
        self.dataPath = dataPath
        self.seeds = seeds
        self.queue = queue
    }

    /// The reference names from the seeds, once (codes are shown without them).
    public func start() {
        work.async {
            if let seeds = self.seeds, let data = try? ReferenceSeeds.load(from: seeds) { self.queue.post(.names(BoardNames(data))) }
        }
    }

    public func perform(_ effect: BoardEffect) -> LoopControl {
        switch effect {
        case .quit: return .quit
        case .read(let n):
            work.async { self.read(n) }
            return .continue
        }
    }

    private func read(_ n: Narrowing) {
        do {
            if reader == nil {
                let directory = try DataDirectory(path: dataPath, create: false)
                guard FileManager.default.fileExists(atPath: directory.journalPath) else {
                    queue.post(.readFailed(.missing))
                    return
                }
                reader = try BoardReader(directory: directory)
                journalPath = directory.journalPath
            }
            guard let reader else { return }
            let reading = try reader.read(n, weeks: 12)
            queue.post(.read(reading))
            if feed == nil { follow(after: reading.lastChange?.seq ?? 0) }
        } catch let e as BoardReadError {
            switch e {
            case .olderSchema, .notFilled: queue.post(.readFailed(.needsOperator))
            case .journal(let j):
                // Opened again on the next try: the file may have been replaced (a restore).
                reader = nil
                queue.post(.readFailed(.unusable("\(j)")))
            }
        } catch {
            reader = nil
            queue.post(.readFailed(FileManager.default.fileExists(atPath: dataPath) ? .unusable("\(error)") : .missing))
        }
    }

    /// Every commit after `seq`, by any process, wakes the board; so does a change of condition.
    private func follow(after seq: Int64) {
        let queue = self.queue
        let f = ChangeFeed(journalPath: journalPath, after: seq) { update in
            queue.post(.changed(update.condition))
        }
        feed = f
        f.start()
    }

    public func close() {
        work.sync {
            feed?.stop()
            feed = nil
            reader = nil
        }
    }
}
