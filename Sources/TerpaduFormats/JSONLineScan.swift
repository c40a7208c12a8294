/// One pass over a line of `terpadu apply` before Foundation decodes it, for what Foundation's
/// decoder cannot say: it checks the JSON grammar (RFC 8259) and says where it breaks, refuses an
/// object that names a key twice (Foundation keeps one of the two, silently), bytes that are not
/// UTF-8 and `\u` escapes that are half a surrogate pair, each with the path of the field it is in;
/// and it notes every number that is not a whole number or does not fit in 64 bits, because the
/// decoder refuses those as "not valid JSON" without saying which field. It also collects the
/// top-level keys and `cmd`, so the line is decoded once, not twice.
struct JSONLineScan {
    enum Problem: Error, Equatable {
        /// The grammar breaks at this byte offset; `expected` says what should have come.
        case syntax(offset: Int, expected: String)
        case tooDeep(offset: Int)
        case invalidUTF8(offset: Int, path: String)
        case loneSurrogate(offset: Int, path: String, escape: String)
        case duplicateKey(path: String)
    }

    struct Number: Equatable {
        enum Trouble: Equatable { case notWhole, outOfRange }
        var path: String
        var text: String
        var trouble: Trouble
    }

    /// Objects and arrays nested deeper than this are refused (the scan is recursive).
    static let maxDepth = 64

    /// Whether the line is one object (otherwise it is one other JSON value).
    private(set) var isObject = false
    /// The top-level keys, decoded, in order.
    private(set) var keys: [String] = []
    /// The top-level `cmd`: nil when absent, `.some(nil)` when it is not a string.
    private(set) var cmd: String??
    /// Numbers the decoder will not take for a 64-bit whole number, in order.
    private(set) var numbers: [Number] = []

    static func scan(_ bytes: UnsafeRawBufferPointer) -> Result<JSONLineScan, Problem> {
        var scanner = Scanner(bytes: bytes)
        do {
            try scanner.document()
            return .success(scanner.result)
        } catch {
            return .failure(error)
        }
    }

    /// The number of characters before byte `offset` plus one: the column a person counts to.
    static func column(of offset: Int, in bytes: UnsafeRawBufferPointer) -> Int {
        var n = 1
        for i in 0..<min(offset, bytes.count) where bytes[i] & 0xC0 != 0x80 { n += 1 }
        return n
    }

    private struct Scanner {
        let bytes: UnsafeRawBufferPointer
        var i = 0
        var result = JSONLineScan()
        /// The keys and indexes from the top down to the value being read.
        var path: [PathStep] = []

        enum PathStep {
            case key(String)
            case index(Int)
        }

        init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

        var pathText: String { Self.text(path) }

        static func text(_ steps: [PathStep]) -> String {
            var out = ""
            for step in steps {
                switch step {
                case .key(let k): out += (out.isEmpty ? "" : ".") + k
                case .index(let n): out += "[\(n)]"
                }
            }
            return out
        }

        mutating func document() throws(Problem) {
            skipSpace()
            guard i < bytes.count else { throw .syntax(offset: i, expected: "a JSON object") }
            result.isObject = bytes[i] == UInt8(ascii: "{")
            try value(depth: 0)
            skipSpace()
            if i < bytes.count { throw unexpected("the end of the line") }
        }

        mutating func skipSpace() {
            while i < bytes.count {
                switch bytes[i] {
                case 0x20, 0x09, 0x0A, 0x0D: i += 1
                default: return
                }
            }
        }

        /// A syntax error at `i`, or invalid UTF-8 when that is what stands there.
        func unexpected(_ expected: String) -> Problem {
            if i < bytes.count, bytes[i] >= 0x80, Self.utf8Length(bytes, at: i) == nil {
                return .invalidUTF8(offset: i, path: pathText)
            }
            return .syntax(offset: i, expected: expected)
        }

        mutating func value(depth: Int) throws(Problem) {
            guard i < bytes.count else { throw .syntax(offset: i, expected: "a value") }
            switch bytes[i] {
            case UInt8(ascii: "{"): try object(depth: depth + 1)
            case UInt8(ascii: "["): try array(depth: depth + 1)
            case UInt8(ascii: "\""): _ = try string(decode: false)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            default: throw unexpected("a value")
            }
        }

        mutating func literal(_ word: StaticString) throws(Problem) {
            let start = i
            let count = word.utf8CodeUnitCount
            let matches = word.withUTF8Buffer { w in
                i + count <= bytes.count && (0..<count).allSatisfy { bytes[i + $0] == w[$0] }
            }
            guard matches else { throw .syntax(offset: start, expected: "a value (true, false, null, a number, a string, [ or {)") }
            i += count
        }

        mutating func object(depth: Int) throws(Problem) {
            guard depth <= JSONLineScan.maxDepth else { throw .tooDeep(offset: i) }
            i += 1  // {
            var seen: [String] = []
            skipSpace()
            if i < bytes.count && bytes[i] == UInt8(ascii: "}") {
                i += 1
                return
            }
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw unexpected("a key in double quotes") }
                let key = try string(decode: true) ?? ""
                if seen.contains(key) {
                    path.append(.key(key))
                    throw .duplicateKey(path: pathText)
                }
                seen.append(key)
                if depth == 1 { result.keys.append(key) }
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw unexpected("':' after the key") }
                i += 1
                skipSpace()
                path.append(.key(key))
                if depth == 1 && key == "cmd" {
                    if i < bytes.count && bytes[i] == UInt8(ascii: "\"") {
                        result.cmd = .some(try string(decode: true))
                    } else {
                        result.cmd = .some(nil)
                        try value(depth: depth)
                    }
                } else {
                    try value(depth: depth)
                }
                path.removeLast()
                skipSpace()
                guard i < bytes.count else { throw .syntax(offset: i, expected: "',' or '}'") }
                if bytes[i] == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                if bytes[i] == UInt8(ascii: "}") {
                    i += 1
                    return
                }
                throw unexpected("',' or '}'")
            }
        }

        mutating func array(depth: Int) throws(Problem) {
            guard depth <= JSONLineScan.maxDepth else { throw .tooDeep(offset: i) }
            i += 1  // [
            skipSpace()
            if i < bytes.count && bytes[i] == UInt8(ascii: "]") {
                i += 1
                return
            }
            var index = 0
            while true {
                skipSpace()
                path.append(.index(index))
                try value(depth: depth)
                path.removeLast()
                skipSpace()
                guard i < bytes.count else { throw .syntax(offset: i, expected: "',' or ']'") }
                if bytes[i] == UInt8(ascii: ",") {
                    i += 1
                    index += 1
                    continue
                }
                if bytes[i] == UInt8(ascii: "]") {
                    i += 1
                    return
                }
                throw unexpected("',' or ']'")
            }
        }

        /// Reads a string at `i` (which is `"`); returns its text when `decode` is set.
        mutating func string(decode: Bool) throws(Problem) -> String? {
            i += 1
            let start = i
            var scalars: String.UnicodeScalarView? = nil  // only once an escape is met
            var plainFrom = start
            func flushPlain(_ s: inout String.UnicodeScalarView?, upTo end: Int) {
                guard decode, end > plainFrom else { return }
                let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[plainFrom..<end]), as: UTF8.self)
                if s == nil { s = String.UnicodeScalarView() }
                s?.append(contentsOf: text.unicodeScalars)
            }
            while true {
                guard i < bytes.count else { throw .syntax(offset: i, expected: "the closing '\"' of a string") }
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    let end = i
                    i += 1
                    guard decode else { return nil }
                    if scalars == nil {
                        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                    }
                    flushPlain(&scalars, upTo: end)
                    return scalars.map { String($0) } ?? ""
                }
                if b == UInt8(ascii: "\\") {
                    flushPlain(&scalars, upTo: i)
                    let scalar = try escape()
                    if decode {
                        if scalars == nil { scalars = String.UnicodeScalarView() }
                        scalars?.append(scalar)
                    }
                    plainFrom = i
                    continue
                }
                if b < 0x20 { throw .syntax(offset: i, expected: "no control character inside a string (write it as \\n, \\t, \\u0001)") }
                if b < 0x80 {
                    i += 1
                    continue
                }
                guard let n = Self.utf8Length(bytes, at: i) else { throw .invalidUTF8(offset: i, path: pathText) }
                i += n
            }
        }

        /// One escape at `i` (which is `\`), as the scalar it stands for.
        mutating func escape() throws(Problem) -> Unicode.Scalar {
            let at = i
            guard i + 1 < bytes.count else { throw .syntax(offset: i, expected: "an escape after '\\'") }
            let c = bytes[i + 1]
            i += 2
            switch c {
            case UInt8(ascii: "\""): return "\""
            case UInt8(ascii: "\\"): return "\\"
            case UInt8(ascii: "/"): return "/"
            case UInt8(ascii: "b"): return "\u{8}"
            case UInt8(ascii: "f"): return "\u{C}"
            case UInt8(ascii: "n"): return "\n"
            case UInt8(ascii: "r"): return "\r"
            case UInt8(ascii: "t"): return "\t"
            case UInt8(ascii: "u"):
                guard let unit = hex4(at: i) else { throw .syntax(offset: at, expected: "four hex digits after \\u") }
                i += 4
                if (0xDC00...0xDFFF).contains(unit) {
                    throw .loneSurrogate(offset: at, path: pathText, escape: Self.escapeText(unit))
                }
                if (0xD800...0xDBFF).contains(unit) {
                    guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u"),
                          let low = hex4(at: i + 2), (0xDC00...0xDFFF).contains(low) else {
                        throw .loneSurrogate(offset: at, path: pathText, escape: Self.escapeText(unit))
                    }
                    i += 6
                    let value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                    return Unicode.Scalar(value) ?? "\u{FFFD}"
                }
                return Unicode.Scalar(UInt32(unit)) ?? "\u{FFFD}"
            default:
                throw .syntax(offset: at, expected: "an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)")
            }
        }

        static func escapeText(_ unit: UInt16) -> String {
            let hex = String(unit, radix: 16)
            return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }

        func hex4(at j: Int) -> UInt16? {
            guard j + 4 <= bytes.count else { return nil }
            var v: UInt16 = 0
            for k in j..<(j + 4) {
                let b = bytes[k]
                let d: UInt8
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): d = b - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): d = b - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): d = b - UInt8(ascii: "A") + 10
                default: return nil
                }
                v = v << 4 | UInt16(d)
            }
            return v
        }

        /// The length of the well-formed UTF-8 sequence at `j` (lead byte ≥ 0x80), or nil
        /// (overlong forms, surrogates and values past U+10FFFF are not well formed).
        static func utf8Length(_ bytes: UnsafeRawBufferPointer, at j: Int) -> Int? {
            let b0 = bytes[j]
            func cont(_ k: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
                j + k < bytes.count && range.contains(bytes[j + k])
            }
            switch b0 {
            case 0xC2...0xDF: return cont(1) ? 2 : nil
            case 0xE0: return cont(1, 0xA0...0xBF) && cont(2) ? 3 : nil
            case 0xE1...0xEC, 0xEE...0xEF: return cont(1) && cont(2) ? 3 : nil
            case 0xED: return cont(1, 0x80...0x9F) && cont(2) ? 3 : nil
            case 0xF0: return cont(1, 0x90...0xBF) && cont(2) && cont(3) ? 4 : nil
            case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : nil
            case 0xF4: return cont(1, 0x80...0x8F) && cont(2) && cont(3) ? 4 : nil
            default: return nil
            }
        }

        mutating func number() throws(Problem) {
            let start = i
            let negative = bytes[i] == UInt8(ascii: "-")
            if negative { i += 1 }
            func isDigit(_ k: Int) -> Bool { k < bytes.count && bytes[k] >= 0x30 && bytes[k] <= 0x39 }
            guard isDigit(i) else { throw .syntax(offset: i, expected: "a digit") }
            let intStart = i
            if bytes[i] == UInt8(ascii: "0") {
                i += 1
                if isDigit(i) { throw .syntax(offset: i, expected: "no leading zero in a number") }
            } else {
                while isDigit(i) { i += 1 }
            }
            let intEnd = i
            var fracStart = i, fracEnd = i
            if i < bytes.count && bytes[i] == UInt8(ascii: ".") {
                i += 1
                guard isDigit(i) else { throw .syntax(offset: i, expected: "a digit after '.'") }
                fracStart = i
                while isDigit(i) { i += 1 }
                fracEnd = i
            }
            var exponent = 0
            var hasExponent = false
            if i < bytes.count && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
                hasExponent = true
                i += 1
                var expNegative = false
                if i < bytes.count && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) {
                    expNegative = bytes[i] == UInt8(ascii: "-")
                    i += 1
                }
                guard isDigit(i) else { throw .syntax(offset: i, expected: "a digit in the exponent") }
                while isDigit(i) {
                    exponent = min(exponent * 10 + Int(bytes[i] - 0x30), 1_000_000)
                    i += 1
                }
                if expNegative { exponent = -exponent }
            }
            // The common case: a plain integer of at most 18 digits fits.
            if fracEnd == fracStart && !hasExponent && intEnd - intStart <= 18 { return }
            if let trouble = Self.trouble(bytes, int: intStart..<intEnd, fraction: fracStart..<fracEnd,
                                          exponent: exponent, negative: negative) {
                let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                result.numbers.append(Number(path: pathText, text: text, trouble: trouble))
            }
        }

        /// Whether digits × 10^exponent is not a whole number, or not one in Int64.
        static func trouble(_ bytes: UnsafeRawBufferPointer, int: Range<Int>, fraction: Range<Int>,
                            exponent: Int, negative: Bool) -> Number.Trouble? {
            var digits: [UInt8] = []
            for k in int { digits.append(bytes[k] - 0x30) }
            for k in fraction { digits.append(bytes[k] - 0x30) }
            var scale = exponent - fraction.count
            while let first = digits.first, first == 0 { digits.removeFirst() }
            if digits.isEmpty { return nil }  // zero
            while let last = digits.last, last == 0 {
                digits.removeLast()
                scale += 1
            }
            if scale < 0 { return .notWhole }
            if digits.count + scale > 19 { return .outOfRange }
            var value: UInt64 = 0
            for d in digits {
                let (m, o1) = value.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(UInt64(d))
                if o1 || o2 { return .outOfRange }
                value = a
            }
            for _ in 0..<scale {
                let (m, o) = value.multipliedReportingOverflow(by: 10)
                if o { return .outOfRange }
                value = m
            }
            let limit: UInt64 = negative ? UInt64(Int64.max) + 1 : UInt64(Int64.max)
            return value > limit ? .outOfRange : nil
        }
    }
}
