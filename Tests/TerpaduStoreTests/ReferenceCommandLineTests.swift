import Foundation
import Glibc
import Testing
import TerpaduTestSupport
@testable import TerpaduStore

/// `terpadu reference load agencies FILE.csv`, run as a user would, and the demo seed's agency table.
@Suite(.serialized) struct ReferenceCommandLineTests {
    init() { signal(SIGPIPE, SIG_IGN) }

    @Test func loadingAgenciesNamesBadRowsLoadsNothingThenReplacesTheTableAndPToPPasses() throws {
        guard let exe = terpaduExecutable() else {
            Issue.record("the terpadu executable was not built beside the tests; run `swift build --build-tests` first")
            return
        }
        let dir = FastTempDir("agencies")
        defer { dir.remove() }
        let order = #"{"cmd": "createJobOrder", "employer": "Chan Tai Man", "country": "HK", "job": "housekeeper", "scheme": "pToP", "agency": "PT Maju Bersama", "agencyLicence": "KEP-123/2024", "quota": 5}"#
        // A new directory has no agencies: the order is refused, saying how to load them.
        let refused = try runTerpadu(exe, ["apply", "--data", dir.data], input: order + "\n")
        #expect(refused.status == 1)
        #expect(refused.stdout.contains(#""reason":"noLicensedAgencies""#) && refused.stdout.contains("terpadu reference load agencies"))

        let file = dir.path + "/agencies.csv"
        try "name,licence,valid_from,valid_until\nPT Maju Bersama,KEP-123/2024,2024-01-15,2029-01-14\nPT Dua,,2024-01-01,2023-01-01\n"
            .write(toFile: file, atomically: false, encoding: .utf8)
        let bad = try runTerpadu(exe, ["reference", "load", "agencies", file, "--data", dir.data])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("line 3, licence: is empty"))
        #expect(bad.stderr.contains("line 3, valid_until: 2023-01-01 is before valid_from 2024-01-01"))
        #expect(bad.stderr.contains("nothing loaded"))

        try "name,licence,valid_from,valid_until\nPT Maju Bersama,KEP-123/2024,2024-01-15,2029-01-14\nPT Lama,KEP-1/2010,2010-01-01,2015-01-01\n"
            .write(toFile: file, atomically: false, encoding: .utf8)
        let good = try runTerpadu(exe, ["reference", "load", "agencies", file, "--data", dir.data])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.contains("Loaded 2 licensed agencies") && good.stdout.contains("1 valid today")
                && good.stdout.contains("the table had 0"))
        let accepted = try runTerpadu(exe, ["apply", "--data", dir.data], input: order + "\n")
        #expect(accepted.status == 0, "\(accepted.stdout)")
        let doctor = try runTerpadu(exe, ["doctor", "--data", dir.data])
        #expect(doctor.status == 0, "\(doctor.stdout)\(doctor.stderr)")
        // A supervisor may not.
        let supervisor = try runTerpadu(exe, ["reference", "load", "agencies", file, "--data", dir.data, "--role", "supervisor"])
        #expect(supervisor.status != 0)
    }
}
