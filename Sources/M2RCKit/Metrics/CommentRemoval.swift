/// CrossCodeEval's `remove_comments`: the regex `#.*` and then `//.*` deleted, each up to the end of its line,
/// on both prediction and target before EM, ES and identifier match.
///
/// The rule is language-blind and naive on purpose (it is the reference's): it also cuts `'#ff0000'`,
/// `"http://…"` inside strings and C's `#include` lines. Python's `.` stops only at `\n`, so a `\r` before
/// the line break is cut too. Both markers are ASCII and UTF-8 never reuses ASCII bytes inside a multi-byte
/// character, so the scan runs on bytes. Deleting `#…` leaves a `\n` (or the end) right after the cut, so no
/// new `//` can appear: one pass cutting at whichever marker comes first gives the two substitutions' result.
public enum CrossCodeEvalComments {
    public static func remove(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { bytes -> String? in
            guard let first = firstMarker(in: bytes, from: 0) else { return nil }
            var kept: [UInt8] = []
            kept.reserveCapacity(bytes.count)
            var position = 0
            var marker = first
            while true {
                kept.append(contentsOf: bytes[position..<marker])
                var lineEnd = marker
                while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                position = lineEnd
                guard let next = firstMarker(in: bytes, from: position) else { break }
                marker = next
            }
            kept.append(contentsOf: bytes[position...])
            return String(decoding: kept, as: UTF8.self)
        } ?? text
    }

    /// The offset of the first `#` or `//` at or after `start`.
    private static func firstMarker(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x23 { return index }  // #
            if byte == 0x2F && index + 1 < bytes.count && bytes[index + 1] == 0x2F { return index }  // //
            index += 1
        }
        return nil
    }
}
