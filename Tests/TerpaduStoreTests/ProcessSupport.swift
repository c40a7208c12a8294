import Foundation
import Glibc
import TerpaduCore
@testable import TerpaduStore

/// The built `terpadu` executable, beside the test bundle (`swift build --build-tests` / `swift test`
/// build it); nil when it is not there.
func terpaduExecutable() -> String? {
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
struct FastTempDir {
    let path: String
    init(_ label: String) {
        var isDir: ObjCBool = false
        let base = FileManager.default.fileExists(atPath: "/dev/shm", isDirectory: &isDir) && isDir.boolValue
            && access("/dev/shm", W_OK) == 0 ? "/dev/shm" : FileManager.default.temporaryDirectory.path
        path = base + "/terpadu-\(label)-\(UUID().uuidString)"
        _ = mkdir(path, 0o700)
    }
    var data: String { path + "/data" }
    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// One `terpadu apply` child with its pipes.
final class ApplyChild: @unchecked Sendable {
    let process = Process()
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()

    init(executable: String, data: String, operatorName: String, extra: [String] = []) throws {
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

    func send(_ text: String) throws {
        try stdin.fileHandleForWriting.write(contentsOf: Data(text.utf8))
    }

    func closeInput() { try? stdin.fileHandleForWriting.close() }

    func kill() { _ = Glibc.kill(process.processIdentifier, SIGKILL) }

    private var early = Data()

    /// Reads stdout until it holds `lines` complete lines, the child ends, or `seconds` pass.
    func waitForLines(_ lines: Int, seconds: Double = 60) {
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
    func finish() -> (stdout: String, stderr: String, status: Int32) {
        let out = early + stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self), process.terminationStatus)
    }
}

/// One result line of `terpadu apply`.
struct ApplyAck: Decodable {
    var ok: Bool
    var line: Int
    var seq: Int64?
    var id: String?
    var reason: String?

    /// Complete lines only: a line cut short by a kill was never acknowledged.
    static func parse(_ stdout: String) -> [ApplyAck] {
        stdout.split(separator: "\n", omittingEmptySubsequences: true).compactMap {
            try? JSONDecoder().decode(ApplyAck.self, from: Data($0.utf8))
        }
    }
}

/// A registration line with a NIK unique for every `i` (birth dates spread from 1980, serials 1–9000).
func registrationLine(_ i: Int, operatorTag: String = "") -> (line: String, nik: String) {
    let birth = (Day(year: 1980, month: 1, day: 1) ?? Day(number: 3652)).adding(days: i / 9000)
    let nik = testNIK(sex: .female, birth: birth, serial: 1 + i % 9000)
    let line = #"{"cmd": "registerWorker", "nik": "\#(nik)", "name": "Pekerja \#(operatorTag)\#(i)", "sex": "F", "birthDate": "\#(birth.description)", "province": "33"}"#
    return (line, nik)
}

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

/// Runs `terpadu ARGS` to the end with `input` on stdin; returns stdout, stderr and the exit status.
func runTerpadu(_ executable: String, _ arguments: [String], input: String = "",
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
