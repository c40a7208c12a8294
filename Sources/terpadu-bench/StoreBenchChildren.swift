import Foundation
import TerpaduCore
import TerpaduStore
import TerpaduFormats

/// Child processes of `terpadu-bench store`: each opens the data directory on its own, as a desk
/// process would, and prints one JSON object on stdout.
///   store-child open DIR                    → {"seconds", "peakBytes", "residentBytes", "workers"}
///   store-child append DIR N BATCH W        → N registrations in batches; {"seconds"}; exits without
///                                             a clean close, so no snapshot covers them
///   store-child board DIR [province CODE | country ISO] → {"seconds", "peakBytes", "rows", …}: a board's first read
///   store-child board-delta DIR             → {"deltaMs", "fullSeconds", "rows"}: the in-memory part of keeping the tables
///   store-child write DIR N W START [PACE]  → waits until CLOCK_MONOTONIC START, then N single
///                                             registrations; {"latencies": [ms], "acks": [[seq, t]]}
func runStoreChild(arguments: [String]) -> Never {
    guard arguments.count >= 2, let directory = try? DataDirectory(path: arguments[1], create: false) else {
        FileHandle.standardError.write(Data("store-child: MODE DIR …\n".utf8))
        exit(2)
    }
    let mode = arguments[0]
    let number = { (i: Int) in arguments.count > i ? Int(arguments[i]) ?? 0 : 0 }
    func emit(_ object: [String: Any]) -> Never {
        let data = (try? JSONSerialization.data(withJSONObject: object)) ?? Data("{}".utf8)
        FileHandle.standardOutput.write(data + Data("\n".utf8))
        exit(0)
    }
    func open(_ access: StoreAccess = .readWrite) -> Store {
        do { return try Store.open(directory: directory, access: access, operator: "bench", snapshotPolicy: .never) } catch {
            FileHandle.standardError.write(Data("store-child: cannot open \(directory.path): \(error)\n".utf8))
            exit(3)
        }
    }
    switch mode {
    case "open":
        let t0 = now()
        let store = open(.readOnly)
        let seconds = now() - t0
        let workers = store.withState { $0.workerCount }
        emit(["seconds": seconds, "peakBytes": procStatus("VmHWM"), "residentBytes": procStatus("VmRSS"), "workers": workers])
    case "append":
        let store = open()
        let commands = (0..<number(2)).map { benchRegistration(writer: number(4), index: $0) }
        let t0 = now()
        let results = store.executeBatch(commands, batchSize: max(1, number(3)))
        let seconds = now() - t0
        let refused = results.filter { if case .failure = $0 { true } else { false } }.count
        emit(["seconds": seconds, "refused": refused])
    case "write":
        let store = open()
        let n = number(2), writer = number(3)
        let start = arguments.count > 4 ? Double(arguments[4]) ?? 0 : 0
        let paced = arguments.count > 5
        while now() < start { usleep(200) }
        var latencies: [Double] = []
        var acks: [[Double]] = []
        var rng = SeededRandom(seed: UInt64(writer + 1))
        var refused = 0
        for i in 0..<n {
            if paced { usleep(UInt32(50_000 + rng.below(250_000))) }
            let t0 = now()
            let result = store.execute(benchRegistration(writer: writer, index: i))
            let t1 = now()
            latencies.append((t1 - t0) * 1000)
            switch result {
            case .success(let events): if let seq = events.last?.seq { acks.append([Double(seq), t1]) }
            case .failure: refused += 1
            }
        }
        emit(["latencies": latencies, "acks": acks, "refused": refused])
    case "board":
        emit(runBoardChild(directory, Array(arguments.dropFirst(2))))
    case "board-delta":
        let store = open(.readOnly)
        emit(store.withState { boardDeltaTimes($0) })
    default:
        FileHandle.standardError.write(Data("store-child: unknown mode \(mode)\n".utf8))
        exit(2)
    }
}

/// A registration no generated worker and no other bench writer can collide with: NIK regency
/// 60 + writer (the generator uses 01–40), a distinct name per person.
func benchRegistration(writer: Int, index i: Int) -> Command {
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    var serial = String(i % 9999 + 1)
    while serial.count < 4 { serial = "0" + serial }
    let nik = "32" + two(60 + writer % 40) + two((i / 9999) % 100) + "450595" + serial
    let birth = Day(year: 1995, month: 5, day: 5) ?? Day(number: 9_255)
    return .registerWorker(WorkerDraft(nik: nik, name: "Bench Pekerja \(writer)-\(i)", sex: .female,
                                       birthDate: birth, province: "32"))
}

/// A field of /proc/self/status in bytes (VmHWM: peak resident, VmRSS: resident now).
func procStatus(_ field: String) -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
        let kb = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
        return kb * 1024
    }
    return 0
}
