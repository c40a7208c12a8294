import Foundation
import Testing
@testable import TerpaduCore
import TerpaduTestSupport
@testable import TerpaduStore

/// The store hands the core the event a correction names, read from the journal; doctor reports a
/// broken rule of the cycle with the records it names.
@Suite struct RulesThroughStoreTests {
    @Test func aCorrectionIsCheckedAgainstTheEventItNamesInTheJournal() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try openStore(dir)
        defer { store.close() }
        guard case .success(let registered) = store.execute(registration(1)) else { Issue.record("not registered"); return }
        let w = RecordID(.worker, 1)
        guard case .success(let exit) = store.execute(.exitWorker(ExitEntry(worker: w, reason: .personalChoice))),
              let exitSeq = exit.first?.seq, let registeredSeq = registered.first?.seq else { Issue.record("no exit"); return }
        guard case .failure(.refused(let refusals, _)) = store.execute(.correctEntry(CorrectionEntry(
            corrects: registeredSeq, correction: .reinstate(worker: w)))) else { Issue.record("accepted"); return }
        #expect(refusals.reasons == [.correctsWrongEvent(seq: registeredSeq, found: "workerRegistered", correction: "reinstate")])
        guard case .success = store.execute(.correctEntry(CorrectionEntry(corrects: exitSeq, correction: .reinstate(worker: w))))
        else { Issue.record("reinstatement refused"); return }
        #expect(store.state.status(of: w) == .registered)
    }

    @Test func doctorReportsABrokenRuleWithTheRecordsItNames() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try openStore(dir)
        _ = store.execute(registration(1))
        _ = store.execute(registration(2))
        _ = store.execute(.createJobOrder(JobOrderDraft(employer: "Chan Household Ltd", country: "HK", job: "housekeeper",
                                                        scheme: .gToG, quota: 1)))
        _ = store.execute(.selectForJobOrder(Selection(worker: RecordID(.worker, 1), jobOrder: RecordID(.jobOrder, 1))))
        let next = store.state.lastSeq + 1
        store.close()
        let directory = try DataDirectory(path: dir.path + "/data", create: false)
        #expect(Doctor.examine(directory: directory).findings.filter { $0.contains("rule broken") }.isEmpty)
        // An event applied without its rules (an older build, a hand-edited journal): a second place in a full order.
        let journal = try Journal(path: directory.journalPath, access: .readWrite)
        let event = Event(seq: next, timeMillis: fixedMillis, operatorName: "hand", body: .workerSelected(
            WorkerSelected(placement: RecordID(.placement, 2), worker: RecordID(.worker, 2), jobOrder: RecordID(.jobOrder, 1))))
        try journal.write { tx in _ = try tx.append(try EventCoding.newRow(event)) }
        let findings = Doctor.examine(directory: directory).findings
        #expect(findings.contains { $0.contains("rule broken: job order JO-000001 has 2 placements for a quota of 1") }, "\(findings)")
    }
}
