/// Lines as CrossCodeEval reads them: a text split at `\n` only (a `\r` stays on its line, as with Python's
/// `str.split("\n")`), and a line is blank when Python's `str.strip()` leaves nothing. Ranges are UTF-8 byte offsets,
/// never including the `\n`.
enum TextLines {
    /// Every non-blank line, in order: its byte range and its 0-based row in the text.
    static func nonBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> [(range: Range<Int>, row: Int)] {
        var lines: [(range: Range<Int>, row: Int)] = []
        var start = 0
        var row = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "\n") {
            if !isBlank(bytes, start..<index) { lines.append((start..<index, row)) }
            start = index + 1
            row += 1
        }
        return lines
    }

    /// The last `count` non-blank lines, in order, found by scanning from the end (a prefix can be long).
    static func lastNonBlank(_ bytes: UnsafeBufferPointer<UInt8>, count: Int) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var end = bytes.count
        var index = bytes.count
        while lines.count < count {
            index -= 1
            if index < 0 || bytes[index] == UInt8(ascii: "\n") {
                if !isBlank(bytes, (index + 1)..<end) { lines.append((index + 1)..<end) }
                end = index
                if index < 0 { break }
            }
        }
        return lines.reversed()
    }

    /// True when the bytes hold only Python whitespace (`str.isspace`).
    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte < 0x80 {
                guard PythonCharacters.isWhitespace(UInt32(byte)) else { return false }
                index += 1
            } else {
                let (scalar, length) = UTF8Decoding.scalar(bytes, at: index)
                guard PythonCharacters.isWhitespace(scalar) else { return false }
                index += length
            }
        }
        return true
    }
}

/// Character classes as Python 3's `str` methods and `re` define them, on Unicode scalar values.
enum PythonCharacters {
    /// `str.isspace()`: ASCII whitespace and the separators `\x1c`–`\x1f`, NEL, NBSP and the Unicode spaces.
    static func isWhitespace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            true
        default:
            false
        }
    }

    /// `re`'s `\w` on `str`: letters (L*), numbers (N*) and `_`. (Python also counts the few characters of another
    /// category that carry a numeric value; none is common in code.)
    static func isWordCharacter(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 {
            return (0x30...0x39).contains(scalar) || (0x41...0x5A).contains(scalar) || (0x61...0x7A).contains(scalar)
                || scalar == 0x5F
        }
        guard let value = Unicode.Scalar(scalar) else { return false }
        switch value.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}

/// Reads one scalar from valid UTF-8 (the texts come from Swift strings, so they are valid).
enum UTF8Decoding {
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        func continuation(_ offset: Int) -> UInt32 {
            index + offset < bytes.count ? UInt32(bytes[index + offset] & 0x3F) : 0
        }
        if lead < 0xE0 { return (((lead & 0x1F) << 6) | continuation(1), 2) }
        if lead < 0xF0 { return (((lead & 0x0F) << 12) | (continuation(1) << 6) | continuation(2), 3) }
        return (((lead & 0x07) << 18) | (continuation(1) << 12) | (continuation(2) << 6) | continuation(3), 4)
    }
}
