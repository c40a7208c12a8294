import Foundation
import TerpaduCore
import TerpaduTestSupport
@testable import TerpaduStore

/// The NIK each journal event of kind `workerRegistered` holds, by seq.
func registeredNIKs(_ journal: Journal) throws -> [Int64: String] {
    var out: [Int64: String] = [:]
    try addRegisteredNIKs(journal, after: 0, into: &out)
    return out
}

/// Adds the registrations after `seq` to `out`; returns the last seq read.
@discardableResult
func addRegisteredNIKs(_ journal: Journal, after seq: Int64, into out: inout [Int64: String]) throws -> Int64 {
    var last = seq
    try journal.read { reader in
        try reader.forEachRow(after: seq) { row in
            last = row.seq
            guard row.kind == "workerRegistered", case .workerRegistered(let p) = try EventCoding.event(row).body else { return }
            out[row.seq] = p.nik.description
        }
    }
    return last
}

/// The state the whole journal replays to, from nothing.
func fullReplay(_ journal: Journal) throws -> TerpaduState {
    var state = TerpaduState()
    try journal.read { reader in
        try reader.forEachRow(after: 0) { row in state.apply(try EventCoding.event(row)) }
    }
    return state
}

