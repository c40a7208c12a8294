import Glibc
import Synchronization
import TerpaduCore

/// What a data directory has handed out: the highest sequence number and the highest record number
/// of each kind. A journal behind these lost acknowledged events.
public struct Marks: Sendable, Equatable, CustomStringConvertible {
    public var seq: Int64
    public var numbers: [RecordKind: Int]

    public init(seq: Int64 = 0, numbers: [RecordKind: Int] = [:]) {
        self.seq = seq
        self.numbers = numbers
    }

    /// What a state has handed out.
    public init(of state: TerpaduState) {
        seq = state.lastSeq
        numbers = [:]
        for kind in RecordKind.allCases where state.highestNumber(kind) > 0 { numbers[kind] = state.highestNumber(kind) }
    }

    public func number(_ kind: RecordKind) -> Int { numbers[kind] ?? 0 }

    /// The larger of both, field by field.
    public func union(_ other: Marks) -> Marks {
        var out = Marks(seq: max(seq, other.seq))
        for kind in RecordKind.allCases where max(number(kind), other.number(kind)) > 0 {
            out.numbers[kind] = max(number(kind), other.number(kind))
        }
        return out
    }

    /// Whether `self` is at or past `other` in every field.
    public func covers(_ other: Marks) -> Bool {
        seq >= other.seq && RecordKind.allCases.allSatisfy { number($0) >= other.number($0) }
    }

    public var description: String {
        let ids = RecordKind.allCases.filter { number($0) > 0 }.map { RecordID($0, number($0)).description }
        return "event \(seq)" + (ids.isEmpty ? "" : ", " + ids.joined(separator: ", "))
    }
}

/// The marks file (`issued.marks` in the data directory): the highest sequence and record numbers
/// ever handed out, kept outside the SQLite files so that a journal which lost acknowledged events
/// (a deleted `-wal`, an older copy put back) is recognised before a number is handed out twice.
///
/// A 4 KiB file mapped shared by every writer; each commit raises the marks with atomic maximum
/// operations after SQLite's commit and before "saved" is said. No fsync per commit: a mapped
/// write is in the page cache at once, so it survives the process being killed; after a power cut
/// the marks may lag the journal (which was fsynced), which can only hide a loss, never invent one.
/// They are synced with every snapshot and at close.
///
/// Layout: `TRPDMARK`, version (UInt32), reserved, then Int64s: the sequence at 16, record kind k's
/// number at 24 + 8k; at 256, the time (ms) a process found the journal damaged (0: never), so every
/// process stops writing, not only the one that met the damage; at 264, when the last quick check
/// found it sound.
final class IssuedMarks: @unchecked Sendable {
    static let fileName = "issued.marks"
    private static let size = 4096
    private static let magic: [UInt8] = Array("TRPDMARK".utf8)
    private static let version: UInt32 = 1

    let path: String
    private let base: UnsafeMutableRawPointer
    private let writable: Bool

    private init(path: String, base: UnsafeMutableRawPointer, writable: Bool) {
        self.path = path
        self.base = base
        self.writable = writable
    }

    deinit { munmap(base, Self.size) }

    enum OpenResult {
        case opened(IssuedMarks, created: Bool)
        /// No marks file (read-only open), or one that is not a marks file (`damaged`).
        case absent
        case damaged(String)
        case failed(String)
    }

    /// Opens the marks file at `path`. Read-write creates it (0600, zeroed) when missing; read-only
    /// never creates or changes anything.
    static func open(path: String, access: StoreAccess) -> OpenResult {
        let writable = access == .readWrite
        var created = false
        var fd = Glibc.open(path, (writable ? O_RDWR : O_RDONLY) | O_NOFOLLOW | O_CLOEXEC)
        if fd < 0 && errno == ENOENT {
            guard writable else { return .absent }
            fd = Glibc.open(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd < 0 && errno == EEXIST { fd = Glibc.open(path, O_RDWR | O_NOFOLLOW | O_CLOEXEC) } else { created = fd >= 0 }
        }
        guard fd >= 0 else { return .failed("cannot open \(path): \(errnoDescription(errno))") }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return .damaged("\(path) is not a regular file") }
        if writable && st.st_mode & 0o077 != 0 { _ = fchmod(fd, 0o600) }
        if Int(st.st_size) < size {
            guard writable, st.st_size == 0 else {
                return st.st_size == 0 ? .absent : .damaged("\(path) is \(st.st_size) bytes, not \(size)")
            }
            guard ftruncate(fd, off_t(size)) == 0 else { return .failed("cannot size \(path): \(errnoDescription(errno))") }
            created = true
        }
        let protection = writable ? PROT_READ | PROT_WRITE : PROT_READ
        guard let p = mmap(nil, size, protection, MAP_SHARED, fd, 0), p != MAP_FAILED else {
            return .failed("cannot map \(path): \(errnoDescription(errno))")
        }
        let marks = IssuedMarks(path: path, base: p, writable: writable)
        if marks.hasHeader { return .opened(marks, created: created) }
        // A zeroed file is a new one (or one a crash left before its header); anything else is not ours.
        guard (0..<size).allSatisfy({ p.load(fromByteOffset: $0, as: UInt8.self) == 0 }) else {
            return .damaged("\(path) does not start with a marks header")
        }
        guard writable else { return .absent }
        marks.writeHeader()
        return .opened(marks, created: true)
    }

    private var hasHeader: Bool {
        let head = (0..<8).map { base.load(fromByteOffset: $0, as: UInt8.self) }
        return head == Self.magic && base.load(fromByteOffset: 8, as: UInt32.self) == Self.version
    }

    private func writeHeader() {
        for (i, b) in Self.magic.enumerated() { base.storeBytes(of: b, toByteOffset: i, as: UInt8.self) }
        base.storeBytes(of: Self.version, toByteOffset: 8, as: UInt32.self)
    }

    private func slot(_ offset: Int) -> UnsafeMutablePointer<Atomic<Int64>> {
        (base + offset).assumingMemoryBound(to: Atomic<Int64>.self)
    }

    private static func offset(_ kind: RecordKind) -> Int { 24 + 8 * Int(kind.rawValue) }

    /// The marks as they stand.
    var current: Marks {
        var m = Marks(seq: max(0, slot(16).pointee.load(ordering: .acquiring)))
        for kind in RecordKind.allCases {
            let n = slot(Self.offset(kind)).pointee.load(ordering: .acquiring)
            if n > 0 { m.numbers[kind] = Int(clamping: n) }
        }
        return m
    }

    /// Whether any mark is past what `state` has handed out (checked before every append, so without
    /// building a `Marks` value).
    func isAhead(of state: TerpaduState) -> Bool {
        if slot(16).pointee.load(ordering: .acquiring) > state.lastSeq { return true }
        return RecordKind.allCases.contains { slot(Self.offset($0)).pointee.load(ordering: .acquiring) > Int64(state.highestNumber($0)) }
    }

    /// Raises every mark to at least `marks` (never lowers one: another process may be ahead).
    func raise(to marks: Marks) {
        guard writable else { return }
        Self.raise(slot(16), to: marks.seq)
        for kind in RecordKind.allCases where marks.number(kind) > 0 {
            Self.raise(slot(Self.offset(kind)), to: Int64(marks.number(kind)))
        }
    }

    private static func raise(_ slot: UnsafeMutablePointer<Atomic<Int64>>, to value: Int64) {
        var seen = slot.pointee.load(ordering: .acquiring)
        while seen < value {
            let (exchanged, now) = slot.pointee.compareExchange(expected: seen, desired: value, ordering: .acquiringAndReleasing)
            if exchanged { return }
            seen = now
        }
    }

    private static let damageOffset = 256
    private static let checkedOffset = 264

    /// When SQLite's quick check last found the journal sound (ms; nil: never).
    var lastIntegrityCheck: Int64? {
        let t = slot(Self.checkedOffset).pointee.load(ordering: .acquiring)
        return t > 0 ? t : nil
    }

    func recordIntegrityCheck(at millis: Int64) {
        guard writable else { return }
        slot(Self.checkedOffset).pointee.store(max(1, millis), ordering: .releasing)
    }

    /// When a process found the journal damaged (SQLite said corrupt), if one did; cleared by a repair.
    var damageFound: Int64? {
        let t = slot(Self.damageOffset).pointee.load(ordering: .acquiring)
        return t > 0 ? t : nil
    }

    func recordDamage(at millis: Int64) {
        guard writable else { return }
        _ = slot(Self.damageOffset).pointee.compareExchange(expected: 0, desired: max(1, millis), ordering: .acquiringAndReleasing)
        sync()
    }

    func clearDamage() {
        guard writable else { return }
        slot(Self.damageOffset).pointee.store(0, ordering: .releasing)
        sync()
    }

    /// Writes the marks to disk (with each snapshot and at close, not per commit).
    func sync() {
        guard writable else { return }
        _ = msync(base, Self.size, MS_SYNC)
    }
}

extension DataDirectory {
    /// What the marks file of the directory at `path` says, read without changing anything: what was
    /// handed out, and when a process found the journal damaged (nil when there is no marks file).
    public static func issued(at path: String) -> (handedOut: Marks, damageFound: Int64?)? {
        guard case .opened(let m, _) = IssuedMarks.open(path: path + "/" + IssuedMarks.fileName, access: .readOnly) else { return nil }
        return (m.current, m.damageFound)
    }
}
