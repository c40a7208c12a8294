import Foundation
import Glibc

/// `2024-05-01T12:34:56.789Z` from milliseconds since the epoch, without Foundation formatters.
public enum ISO8601UTC {
    public static func nowMilliseconds() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) * 1000 + Int64(ts.tv_nsec) / 1_000_000
    }

    public static func format(milliseconds: Int64) -> String {
        let (secondsTotal, ms) = floorDivide(milliseconds, 1000)
        let (days, secondOfDay) = floorDivide(secondsTotal, 86_400)
        let (y, m, d) = civil(fromDays: days)
        let hh = secondOfDay / 3600, mm = (secondOfDay % 3600) / 60, ss = secondOfDay % 60
        return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2) + "T" + pad(hh, 2) + ":" + pad(mm, 2) + ":"
            + pad(ss, 2) + "." + pad(ms, 3) + "Z"
    }

    /// `20240501T123456Z`: a time for file and folder names (no colons), to the second.
    public static func fileStamp(milliseconds: Int64) -> String {
        let t = format(milliseconds: milliseconds)
        return String(t.prefix(19)).replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "") + "Z"
    }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> (Int64, Int64) {
        let q = a / b, r = a % b
        return r < 0 ? (q - 1, r + b) : (q, r)
    }

    /// Howard Hinnant's days-to-civil algorithm.
    private static func civil(fromDays z0: Int64) -> (Int64, Int64, Int64) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    private static func pad(_ v: Int64, _ width: Int) -> String {
        let s = String(v.magnitude)
        let body = s.count < width ? String(repeating: "0", count: width - s.count) + s : s
        return v < 0 ? "-" + body : body
    }
}
