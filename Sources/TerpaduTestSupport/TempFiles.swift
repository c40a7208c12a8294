import Foundation
import Glibc


/// A fresh directory under the system temp dir, removed by `remove()`.
public struct TempDir {
    public let path: String

    public init() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("terpadu-store-\(UUID().uuidString)").path
        _ = mkdir(path, 0o700)
    }

    public func remove() { try? FileManager.default.removeItem(atPath: path) }

    public func file(_ name: String) -> String { path + "/" + name }
}

public func mode(_ path: String) -> UInt32 {
    var st = stat()
    guard lstat(path, &st) == 0 else { return 0xFFFF_FFFF }
    return UInt32(st.st_mode & 0o7777)
}

public func contents(_ path: String) -> [UInt8]? {
    guard let d = FileManager.default.contents(atPath: path) else { return nil }
    return [UInt8](d)
}

public func writeBytes(_ bytes: [UInt8], to path: String) {
    FileManager.default.createFile(atPath: path, contents: Data(bytes))
}

/// Polls `condition` every 20 ms until it holds or `seconds` pass; returns whether it held.
public func eventually(seconds: Double = 30, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if condition() { return true }
        usleep(20_000)
    }
    return condition()
}

/// Mutable box for values set on another thread.
public final class Box<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: T
    public init(_ value: T) { self.value = value }
    public func get() -> T { lock.withLock { value } }
    public func mutate(_ f: (inout T) -> Void) { lock.withLock { f(&value) } }
}
