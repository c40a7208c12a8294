import Foundation
import Glibc
import TerpaduCore

/// The built `terpadu` executable, beside the test bundle (`swift build --build-tests` / `swift test`
/// build it); nil when it is not there.
public func terpaduExecutable() -> String? {
    let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
    for _ in 0..<4 {
        let candidate = dir.appendingPathComponent("terpadu").path
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        dir = dir.deletingLastPathComponent()
    }
    return nil
}

/// A scratch directory on tmpfs (`/dev/shm`) when there is one, so crash loops stay quick.
public struct FastTempDir {
    public let path: String
    public init(_ label: String) {
        var isDir: ObjCBool = false
        let base = FileManager.default.fileExists(atPath: "/dev/shm", isDirectory: &isDir) && isDir.boolValue
            && access("/dev/shm", W_OK) == 0 ? "/dev/shm" : FileManager.default.temporaryDirectory.path
        path = base + "/terpadu-\(label)-\(UUID().uuidString)"
        _ = mkdir(path, 0o700)
    }
    public var data: String { path + "/data" }
    public func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// One `terpadu apply` child with its pipes.
public final class ApplyChild: @unchecked Sendable {
    public let process = Process()
    public let stdin = Pipe()
    public let stdout = Pipe()
    public let stderr = Pipe()

    public init(executable: String, data: String, operatorName: String, extra: [String] = []) throws {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["apply", "--data", data, "--operator", operatorName] + extra
        var env = ProcessInfo.processInfo.environment
        env["TERPADU_SEEDS"] = seedsURL.path
        process.environment = env
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
    }

    public func send(_ text: String) throws {
        try stdin.fileHandleForWriting.write(contentsOf: Data(text.utf8))
    }

    public func closeInput() { try? stdin.fileHandleForWriting.close() }

    /// Writes `text` to the child's stdin from another thread, then closes it: for input larger than
    /// a pipe holds while the test reads the child's output.
    public func sendInBackground(_ text: String) {
        let handle = stdin.fileHandleForWriting
        Thread.detachNewThread {
            try? handle.write(contentsOf: Data(text.utf8))
            try? handle.close()
        }
    }

    public func kill() { _ = Glibc.kill(process.processIdentifier, SIGKILL) }

    private var early = Data()

    /// Reads stdout until it holds `lines` complete lines, the child ends, or `seconds` pass.
    public func waitForLines(_ lines: Int, seconds: Double = 60) {
        let fd = stdout.fileHandleForReading.fileDescriptor
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while early.filter({ $0 == 10 }).count < lines && Date() < deadline {
            var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&p, 1, 50) > 0 else { continue }
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { return }
            early.append(contentsOf: buffer[0..<n])
        }
    }

    /// Everything the child wrote to stdout until it exited, and its exit status.
    public func finish() -> (stdout: String, stderr: String, status: Int32) {
        let out = early + stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self), process.terminationStatus)
    }
}

/// One result line of `terpadu apply`.
public struct ApplyAck: Decodable {
    public var ok: Bool
    public var line: Int
    public var seq: Int64?
    public var id: String?
    public var reason: String?

    /// Complete lines only: a line cut short by a kill was never acknowledged.
    public static func parse(_ stdout: String) -> [ApplyAck] {
        stdout.split(separator: "\n", omittingEmptySubsequences: true).compactMap {
            try? JSONDecoder().decode(ApplyAck.self, from: Data($0.utf8))
        }
    }
}

/// A registration line with a NIK unique for every `i` (birth dates spread from 1980, serials 1–9000).
public func registrationLine(_ i: Int, operatorTag: String = "") -> (line: String, nik: String) {
    let birth = (Day(year: 1980, month: 1, day: 1) ?? Day(number: 3652)).adding(days: i / 9000)
    let nik = testNIK(sex: .female, birth: birth, serial: 1 + i % 9000)
    let line = #"{"cmd": "registerWorker", "nik": "\#(nik)", "name": "Pekerja \#(operatorTag)\#(i)", "sex": "F", "birthDate": "\#(birth.description)", "province": "33"}"#
    return (line, nik)
}

/// Runs `terpadu ARGS` to the end with `input` on stdin; returns stdout, stderr and the exit status.
public func runTerpadu(_ executable: String, _ arguments: [String], input: String = "",
                environment extra: [String: String] = [:]) throws -> (stdout: String, stderr: String, status: Int32) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["TERPADU_SEEDS"] = seedsURL.path
    env["TERPADU_OPERATOR"] = "cli-test"
    for (k, v) in extra { env[k] = v }
    process.environment = env
    let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    let writer = Thread {
        try? stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
    }
    writer.start()
    let err = Box(Data())
    let errDone = DispatchSemaphore(value: 0)
    let errReader = Thread {
        let data = stderr.fileHandleForReading.readDataToEndOfFile()
        err.mutate { $0 = data }
        errDone.signal()
    }
    errReader.start()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    errDone.wait()
    return (String(decoding: out, as: UTF8.self), String(decoding: err.get(), as: UTF8.self), process.terminationStatus)
}
