import Foundation
import Glibc

/// SQLite busy handler that waits in short random sleeps (50–250 µs) up to a cap.
///
/// SQLite's own `busy_timeout` handler sleeps 1, 2, 5 … 100 ms, so the process that just committed takes
/// the lock again while the others sleep, and one writer can wait seconds (see
/// reference/sqlite-journal-measurements.md). Short random sleeps keep waits short and fair.
final class FairBusyHandler: @unchecked Sendable {
    private let cap: Double
    private let lock = NSLock()
    private var started: Double = 0

    init(capSeconds: Double = 5) { self.cap = capSeconds }

    /// `numberOfTries` is 0 on the first call of each wait.
    func shouldRetry(_ numberOfTries: Int) -> Bool {
        let now = Self.monotonicSeconds()
        let elapsed: Double = lock.withLock {
            if numberOfTries == 0 { started = now }
            return now - started
        }
        if elapsed >= cap { return false }
        usleep(UInt32.random(in: 50...250))
        return true
    }

    static func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
