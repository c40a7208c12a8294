import Foundation
import TerpaduCore
import TerpaduStore

/// The owner's writes, one at a time on their own queue: each waits for the journal as long as it
/// must, and the desk keeps reading meanwhile.
extension StoreOwner {
    func execute(_ command: Command, purpose: DeskEffect.Purpose) {
        guard let store else { return }
        let outcome: SaveOutcome
        switch store.execute(command) {
        case .success(let events): outcome = .saved(events)
        case .failure(.refused(let refusals, let since)):
            let lines = since.map { row in
                TimelineLine(seq: row.seq, timeMillis: row.timeMs, operatorName: row.operatorName,
                             body: (try? EventCoding.event(row))?.body, lost: nil)
            }
            outcome = .refused(refusals.reasons, since: lines)
        case .failure(.readOnly): outcome = .readOnly
        case .failure(.failed(let e)): outcome = .failed("\(e)")
        }
        queue.post(.saved(purpose, outcome, figures(store)))
    }

    func reveal(_ id: RecordID) {
        guard let store else { return }
        switch store.execute(.revealNIK(NIKReveal(worker: id, purpose: "desk card"))) {
        case .success:
            if let nik = store.withState({ $0.revealedNIK(id) }) {
                queue.post(.revealed(id, nik: nik.description))
            }
        case .failure(.readOnly):
            queue.post(.revealRefused("read-only"))
        case .failure(let refusal):
            queue.post(.revealRefused("\(refusal)"))
        }
    }

    func snapshot() {
        guard let store else { return }
        do {
            switch try store.writeSnapshot() {
            case .written(let info, _, _): queue.post(.note(StatusNote("snapshot \(info.fileName)", .ok)))
            case .alreadyPresent(let info): queue.post(.note(StatusNote("snapshot \(info.fileName)", .ok)))
            case .notLockHolder: queue.post(.note(StatusNote("another process writes the snapshots", .warning)))
            }
        } catch {
            queue.post(.note(StatusNote("\(error)", .error)))
        }
    }
}
