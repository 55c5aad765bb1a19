#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Python's `str.strip()`, `str.split()` and `str.split("\n")`, which the reference metric implementations use.
///
/// They work on Unicode scalars, not Swift characters: Swift treats `\r\n` as one character, and its
/// `isWhitespace` lacks U+001C–U+001F, which Python counts as whitespace.
public enum PythonText {
    /// Python's whitespace set for `str.split()` / `str.strip()`.
    @inlinable
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// `s.strip()`.
    public static func strip(_ text: String) -> String {
        let scalars = text.unicodeScalars
        // Most text has nothing to strip: keep it without copying.
        if let head = scalars.first, let tail = scalars.last, !isWhitespace(head), !isWhitespace(tail) { return text }
        guard let first = scalars.firstIndex(where: { !isWhitespace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isWhitespace($0) })!
        return String(scalars[first...last])
    }

    /// `s.split()`: runs of whitespace separate fields; no empty fields.
    public static func split(_ text: String) -> [String] {
        var fields: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) {
                if !current.isEmpty {
                    fields.append(String(current))
                    current = String.UnicodeScalarView()
                }
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { fields.append(String(current)) }
        return fields
    }

    /// `s.split("\n")`: every field kept, including empty ones; `\r` stays part of its line.
    public static func lines(_ text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
    }

    /// `s.rstrip()`.
    public static func rstrip(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let last = scalars.lastIndex(where: { !isWhitespace($0) }) else { return "" }
        return String(scalars[...last])
    }

    /// Whether a scalar is a word character of Python's `re` (`\w` on `str`): a letter (Lu, Ll, Lt, Lm, Lo),
    /// anything with a numeric value (Nd, Nl, No and the numeric ideographs), or `_`. Combining marks are not.
    public static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
                || value == 0x5F
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return scalar.properties.numericType != nil
        }
    }

    /// `a.split() == b.split()`, without building the lists: the two texts' UTF-8 bytes are walked token by token.
    public static func splitEqual(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        return a.withUTF8 { first in
            b.withUTF8 { second in
                var i = 0
                var j = 0
                while true {
                    i = skipWhitespace(first, from: i)
                    j = skipWhitespace(second, from: j)
                    if i == first.count || j == second.count { return i == first.count && j == second.count }
                    let endI = tokenEnd(first, from: i)
                    let endJ = tokenEnd(second, from: j)
                    guard endI - i == endJ - j,
                          memcmp(first.baseAddress! + i, second.baseAddress! + j, endI - i) == 0 else { return false }
                    i = endI
                    j = endJ
                }
            }
        }
    }

    /// `[l.strip() for l in a.split("\n") if l.strip()]` equals the same list for `b`, without building either.
    public static func strippedLinesEqual(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        return a.withUTF8 { first in
            b.withUTF8 { second in
                var i = 0
                var j = 0
                while true {
                    let lineA = nextStrippedLine(first, from: &i)
                    let lineB = nextStrippedLine(second, from: &j)
                    guard let lineA, let lineB else { return lineA == nil && lineB == nil }
                    guard lineA.count == lineB.count,
                          memcmp(first.baseAddress! + lineA.lowerBound, second.baseAddress! + lineB.lowerBound,
                                 lineA.count) == 0 else { return false }
                }
            }
        }
    }

    /// The next line (from `position`, up to a `\n`) that is not blank, stripped; nil at the end.
    private static func nextStrippedLine(_ bytes: UnsafeBufferPointer<UInt8>, from position: inout Int) -> Range<Int>? {
        while position < bytes.count {
            var lineEnd = position
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var index = position
            var start: Int?
            var end = position
            while index < lineEnd {
                let length = whitespaceLength(bytes, at: index)
                if length > 0 {
                    index += length
                } else {
                    if start == nil { start = index }
                    index += 1
                    end = index
                }
            }
            position = lineEnd + 1
            if let start { return start..<end }
        }
        return nil
    }

    /// Whether two strings have the same scalars (Python's `==`; Swift's `==` also equates canonically
    /// equivalent strings).
    @inline(__always)
    public static func identical(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        var a = a
        var b = b
        return a.withUTF8 { first in
            b.withUTF8 { second in first.count == 0 || memcmp(first.baseAddress!, second.baseAddress!, first.count) == 0 }
        }
    }

    /// The byte length of the Python whitespace character starting at `index` of UTF-8 `bytes`, or 0.
    @inline(__always)
    static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return (0x09...0x0D).contains(lead) || (0x1C...0x20).contains(lead) ? 1 : 0 }
        if lead < 0xC2 || lead > 0xE3 { return 0 }
        var scalar: UInt32
        let length: Int
        if lead < 0xE0 {
            guard index + 1 < bytes.count else { return 0 }
            scalar = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            length = 2
        } else {
            guard index + 2 < bytes.count else { return 0 }
            scalar = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            length = 3
        }
        return Unicode.Scalar(scalar).map(isWhitespace) == true ? length : 0
    }

    private static func skipWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let length = whitespaceLength(bytes, at: index)
            if length == 0 { break }
            index += length
        }
        return index
    }

    private static func tokenEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count && whitespaceLength(bytes, at: index) == 0 { index += 1 }
        return index
    }
}
