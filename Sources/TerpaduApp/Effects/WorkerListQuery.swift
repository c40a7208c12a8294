import Foundation
import TerpaduCore

/// The columns of the Workers list, each one a sort order.
public enum WorkerColumn: Int, CaseIterable, Sendable, Hashable {
    case id, name, nik, sex, born, province, status, registered
}

/// What the Workers list shows: the search typed, the quick filters, the sort.
public struct WorkerListQuery: Sendable, Hashable {
    public var text: String = ""
    public var stage: Stage?
    public var exited: Bool?
    public var status: Status?
    public var province: String?
    public var country: String?
    public var sort: WorkerColumn = .id
    public var ascending = true

    public init() {}

    /// The search as the core filters: an ID (`W-000123`, `w-123`), a NIK prefix (digits only), or
    /// part of a name (case and accents folded by the core).
    public var filter: WorkerFilter {
        var f = WorkerFilter(stage: stage, exited: exited, status: status, province: province, country: country)
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.isEmpty { return f }
        if let id = RecordID(parsing: t.uppercased(), as: .worker) {
            f.id = id
        } else if t.allSatisfy({ $0.isASCII && $0.isNumber }) {
            f.nikPrefix = t
        } else {
            f.name = t
        }
        return f
    }

    /// Queries that differ only in their sort direction share a result set, reversed.
    var resultKey: WorkerListQuery {
        var k = self
        k.ascending = true
        return k
    }
}
