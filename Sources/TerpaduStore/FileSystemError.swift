import Glibc

/// A failed file-system call: which call, on which path, with which `errno`.
public struct FileSystemError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Call: String, Sendable {
        case open, write, fsync, close, rename, openDirectory, unlink, list, read, stat, mkdir, chmod, lock
    }
    public let call: Call
    public let path: String
    public let code: Int32

    public init(_ call: Call, path: String, code: Int32) {
        self.call = call
        self.path = path
        self.code = code
    }

    public var description: String {
        "\(call.rawValue) \(path): \(errnoDescription(code)) (errno \(code))"
    }
}

/// `strerror` text for an errno value.
public func errnoDescription(_ code: Int32) -> String {
    guard let p = strerror(code) else { return "error \(code)" }
    return String(cString: p)
}
