import Foundation
import Testing
import TerpaduCore
@testable import TerpaduFormats
import TerpaduTestSupport

/// The error a line gives, or nil when it is a command.
private func error(_ line: String) -> ApplyLineError? {
    if case .failure(let e) = ApplyLine.parse(line) { return e }
    return nil
}

private func error(_ bytes: [UInt8]) -> ApplyLineError? {
    if case .failure(let e) = ApplyLine.parse(Data(bytes)) { return e }
    return nil
}

private let register = #""nik": "3273015204984321", "sex": "F", "birthDate": "1998-04-12", "province": "32""#
private func loan(_ rate: String, amount: String = "5000000", tenor: String = "12") -> String {
    #"{"cmd": "applyForLoan", "worker": "W-000001", "bank": "BRI", "amount": \#(amount), "rateBasisPoints": \#(rate), "tenorMonths": \#(tenor)}"#
}

/// Issue 8: a line that is not exactly one command says why in its own words, naming the field.
@Suite struct ApplyLineTruthTests {
    @Test func aKeyGivenTwiceIsRefusedNamingTheKey() {
        let twice = error(#"{"cmd": "registerWorker", "cmd": "exitWorker", "worker": "W-000001", "reason": "other", "name": "Siti", \#(register)}"#)
        #expect(twice?.reason == .duplicateKey)
        #expect(twice?.field == "cmd")
        #expect(twice?.message.contains("cmd") == true)
        // The same key spelled with an escape is the same key.
        #expect(error(#"{"cmd": "exitWorker", "worker": "W-000001", "c\u006dd": "exitWorker", "reason": "other"}"#)?.reason == .duplicateKey)
        let field = error(#"{"cmd": "exitWorker", "worker": "W-000001", "reason": "other", "worker": "W-000002"}"#)
        #expect(field?.reason == .duplicateKey)
        #expect(field?.field == "worker")
        let nested = error(#"{"cmd": "correctEntry", "corrects": 3, "correction": {"reinstate": {"worker": "W-000001", "worker": "W-000002"}}}"#)
        #expect(nested?.reason == .duplicateKey)
        #expect(nested?.field == "correction.reinstate.worker")
        // The same key in two different objects is no duplicate.
        #expect(error(#"{"cmd": "correctEntry", "corrects": 3, "correction": {"reinstate": {"worker": "W-000001"}}, "note": "x"}"#) == nil)
    }

    @Test func aFractionWhereAWholeNumberBelongsSaysSo() {
        let e = error(loan("6.5"))
        #expect(e?.reason == .invalidField)
        #expect(e?.field == "rateBasisPoints")
        #expect(e?.message == "rateBasisPoints must be a whole number")
        #expect(error(loan("600", tenor: "1e-2"))?.field == "tenorMonths")
        #expect(error(loan("6.5"))?.message.contains("not valid JSON") == false)
        // Whole numbers written with a fraction or an exponent are whole numbers.
        #expect(error(loan("600.0")) == nil)
        #expect(error(loan("6e2")) == nil)
    }

    @Test func numbersOutOfRangeHaveTheirOwnReason() {
        let overflow = error(loan("600", amount: "9223372036854775808"))
        #expect(overflow?.reason == .numberOutOfRange)
        #expect(overflow?.field == "amount")
        #expect(overflow?.message.contains("amount") == true)
        let huge = error(loan("600", tenor: "1" + String(repeating: "0", count: 300)))
        #expect(huge?.reason == .numberOutOfRange)
        #expect(huge?.field == "tenorMonths")
        #expect((huge?.message.count ?? 1_000) < 200)
        #expect(error(loan("1e400"))?.reason == .numberOutOfRange)
        #expect(error(loan("600", amount: "-9223372036854775809"))?.reason == .numberOutOfRange)
        // The ends of the range are in it.
        guard case .success(.applyForLoan(let max)) = ApplyLine.parse(loan("600", amount: "9223372036854775807")) else {
            Issue.record("Int64.max refused")
            return
        }
        #expect(max.amount == Int64.max)
        #expect(error(loan("600", amount: "-9223372036854775808")) == nil)
    }

    @Test func invalidUTF8IsItsOwnReasonNamingTheField() {
        let head = Array(#"{"cmd": "registerWorker", "name": "Si"#.utf8)
        let tail = Array(#"ti", \#(register)}"#.utf8)
        for bad: [UInt8] in [[0xFF], [0xC3], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] {
            let e = error(head + bad + tail)
            #expect(e?.reason == .invalidUTF8, "\(bad)")
            #expect(e?.field == "name", "\(bad)")
        }
        #expect(error(Array(#"{"cmd": "registerWorker"}"#.utf8) + [0xFF])?.reason == .invalidUTF8)
        #expect(error(head + [0xC3, 0xA9] + tail) == nil)  // é
    }

    @Test func loneSurrogatesAreTheirOwnReasonNamingTheField() {
        for escaped in [#"\ud800"#, #"\udc00"#, #"\ud800x"#, #"\ud800\u0041"#, #"\udbff\udbff"#, #"\ude00\ud83d"#] {
            let e = error(#"{"cmd": "registerWorker", "name": "Siti\#(escaped)", \#(register)}"#)
            #expect(e?.reason == .loneSurrogate, "\(escaped)")
            #expect(e?.field == "name", "\(escaped)")
        }
        // A pair is one character.
        guard case .success(.registerWorker(let d)) = ApplyLine.parse(#"{"cmd": "registerWorker", "name": "Siti \ud83d\ude00", \#(register)}"#) else {
            Issue.record("a surrogate pair refused")
            return
        }
        #expect(d.name == "Siti 😀")
    }

    @Test func brokenJSONIsStillInvalidJSONAndSaysWhere() {
        for line in [#"{"cmd": }"#, #"{"cmd" "x"}"#, #"{"cmd": "x",}"#, #"{"cmd": "x"} {}"#, #"{"cmd": 01}"#, "{\"cmd\": \"a\u{1}b\"}",
                     #"{"cmd": "x\q"}"#, #"{'cmd': 1}"#, #"{"cmd": tru}"#, String(repeating: "[", count: 100_000)] {
            let e = error(line)
            #expect(e?.reason == .invalidJSON, "\(line.prefix(40))")
            #expect(e?.message.contains("column") == true, "\(line.prefix(40)): \(e?.message ?? "")")
        }
    }
}

/// The scan and Foundation's parser agree on what is JSON: over random and mutated lines, what
/// Foundation parses the scan takes (unless it names a key twice, holds a lone surrogate or nests
/// too deep, or Foundation let a trailing comma pass, which RFC 8259 does not), and what the scan
/// takes Foundation parses (unless a number is one the decoder would refuse anyway).
@Suite struct JSONLineScanAgreementTests {
    @Test func theScanAndFoundationAgreeOnWhatIsJSON() {
        var rng = TestRandom(seed: 0x15_0A_8E)
        let seeds = [
            #"{"cmd": "registerWorker", "nik": "3273015204984321", "name": "Siti \u00e9 \ud83d\ude00", "sex": "F", "birthDate": "1998-04-12", "province": "32"}"#,
            #"{"cmd": "correctEntry", "corrects": 12, "correction": {"amendResult": {"cohort": "TC-000001", "worker": "W-000001", "attendance": 90, "score": 7.0e1, "passed": true, "certificateNumber": null}}}"#,
            #"{"cmd": "scheduleFair", "kind": "jobFair", "employers": ["a\"b", "c\\d", "\/"], "jobOrders": [], "x": [1, -0, 2.5E-3, {}, [[]], false]}"#,
        ]
        let alphabet = Array(#"{}[]":,\ 0123456789-.eE+truefalsnul"u\dDbBfFé"#.utf8) + [0x00, 0x0A, 0x09, 0xFF, 0xC3, 0x80]
        var disagreements: [String] = []
        for i in 0..<20_000 {
            var bytes = Array(seeds[i % seeds.count].utf8)
            for _ in 0..<(1 + rng.below(4)) {
                guard !bytes.isEmpty else { break }
                let at = rng.below(bytes.count)
                switch rng.below(4) {
                case 0: bytes[at] = alphabet[rng.below(alphabet.count)]
                case 1: bytes.remove(at: at)
                case 2: bytes.insert(alphabet[rng.below(alphabet.count)], at: at)
                default: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + rng.below(12))], at: rng.below(bytes.count))
                }
            }
            let foundation = (try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])) != nil
            let scan = bytes.withUnsafeBytes { JSONLineScan.scan($0) }
            switch scan {
            case .success(let s):
                if !foundation && s.numbers.isEmpty { disagreements.append("scan took: " + String(decoding: bytes, as: UTF8.self)) }
            case .failure(let problem):
                switch problem {
                case .duplicateKey, .loneSurrogate, .tooDeep: break
                case .syntax, .invalidUTF8:
                    if foundation && !Self.hasTrailingComma(bytes) { disagreements.append("Foundation took: \(problem) " + String(decoding: bytes, as: UTF8.self)) }
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }

    /// A `,` followed (after spaces) by `]` or `}`, anywhere.
    static func hasTrailingComma(_ bytes: [UInt8]) -> Bool {
        var afterComma = false
        for b in bytes {
            if b == UInt8(ascii: ",") { afterComma = true; continue }
            if afterComma && (b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D) { continue }
            if afterComma && (b == UInt8(ascii: "]") || b == UInt8(ascii: "}")) { return true }
            afterComma = false
        }
        return false
    }
}
