/// `codebleu`'s comment and docstring removal for Python, which runs CPython 3.11's `tokenize` over the source and
/// writes the tokens back: comments dropped, a string dropped when it follows an INDENT or NEWLINE token or starts
/// at column 0 (a docstring), gaps between tokens written as spaces, then whitespace-only lines dropped.
///
/// When `tokenize` raises (an unclosed bracket or string at the end, a dedent to no outer level) the source is
/// used unchanged, comments included. This type re-implements the 3.11 tokenizer's line loop and pseudo-token
/// rules closely enough to give the same token boundaries for comments and strings, the same token kinds where
/// the docstring rule reads them, and the same errors.
struct PythonCommentRemover {
    private enum Kind { case comment, string, newline, nl, indent, dedent, other }

    private struct TokenizeError: Error {}

    private var text: [UInt32] = []
    private var output: [UInt32] = []

    /// The cleaned source, or `source` itself when the tokenizer would raise.
    mutating func remove(from source: [UInt8]) -> [UInt8] {
        text.removeAll(keepingCapacity: true)
        if source.allSatisfy({ $0 < 0x80 }) {
            for byte in source { text.append(UInt32(byte)) }
        } else {
            for scalar in String(decoding: source, as: UTF8.self).unicodeScalars { text.append(scalar.value) }
        }
        output.removeAll(keepingCapacity: true)
        do {
            try tokenize()
        } catch {
            return source
        }
        return Self.dropBlankLines(output)
    }

    // MARK: writing tokens back

    private var lastLine = -1
    private var lastColumn = 0
    private var previous = Kind.indent

    private mutating func emit(_ kind: Kind, start: (line: Int, column: Int), end: (line: Int, column: Int),
                               text range: Range<Int>)
    {
        if start.line > lastLine { lastColumn = 0 }
        if start.column > lastColumn {
            output.append(contentsOf: repeatElement(0x20, count: start.column - lastColumn))
        }
        switch kind {
        case .comment:
            break
        case .string:
            if previous != .indent && previous != .newline && start.column > 0 {
                output.append(contentsOf: text[range])
            }
        default:
            output.append(contentsOf: text[range])
        }
        previous = kind
        lastColumn = end.column
        lastLine = end.line
    }

    // MARK: the tokenizer's line loop

    private mutating func tokenize() throws {
        lastLine = -1
        lastColumn = 0
        previous = .indent
        var lineNumber = 0
        var parenthesisLevel = 0
        var continued = false
        var indents = [0]
        // A string still open at the end of a line: where it started, which quote ends it, whether it needs
        // backslash continuations (a single-quoted string).
        var openString: (start: (line: Int, column: Int), startOffset: Int, quote: UInt32, triple: Bool)?

        var lineStart = 0
        while true {
            // readline(): the next line with its "\n", or "" at the end.
            var lineEnd = lineStart
            while lineEnd < text.count && text[lineEnd] != 0x0A { lineEnd += 1 }
            if lineEnd < text.count { lineEnd += 1 }
            let line = lineStart..<lineEnd
            let length = line.count
            defer { lineStart = lineEnd }
            lineNumber += 1
            var position = 0

            if let open = openString {
                guard length > 0 else { throw TokenizeError() }
                if let end = stringTail(in: line, from: 0, quote: open.quote, triple: open.triple) {
                    position = end
                    emit(.string, start: open.start, end: (lineNumber, end),
                         text: open.startOffset..<(line.lowerBound + end))
                    openString = nil
                } else if !open.triple && !endsWithBackslashNewline(line) {
                    emit(.other, start: open.start, end: (lineNumber, length), text: open.startOffset..<line.upperBound)
                    openString = nil
                    continue
                } else {
                    continue
                }
            } else if parenthesisLevel == 0 && !continued {
                if length == 0 { break }
                var column = 0
                while position < length {
                    let character = text[line.lowerBound + position]
                    if character == 0x20 {
                        column += 1
                    } else if character == 0x09 {
                        column = (column / 8 + 1) * 8
                    } else if character == 0x0C {
                        column = 0
                    } else {
                        break
                    }
                    position += 1
                }
                if position == length { break }
                let first = text[line.lowerBound + position]
                if first == 0x23 || first == 0x0D || first == 0x0A {
                    if first == 0x23 {
                        var commentEnd = length
                        while commentEnd > position
                            && (text[line.lowerBound + commentEnd - 1] == 0x0A
                                || text[line.lowerBound + commentEnd - 1] == 0x0D)
                        {
                            commentEnd -= 1
                        }
                        emit(.comment, start: (lineNumber, position), end: (lineNumber, commentEnd),
                             text: (line.lowerBound + position)..<(line.lowerBound + commentEnd))
                        position = commentEnd
                    }
                    emit(.nl, start: (lineNumber, position), end: (lineNumber, length),
                         text: (line.lowerBound + position)..<line.upperBound)
                    continue
                }
                if column > indents.last! {
                    indents.append(column)
                    emit(.indent, start: (lineNumber, 0), end: (lineNumber, position),
                         text: line.lowerBound..<(line.lowerBound + position))
                }
                while column < indents.last! {
                    guard indents.contains(column) else { throw TokenizeError() }
                    indents.removeLast()
                    emit(.dedent, start: (lineNumber, position), end: (lineNumber, position),
                         text: line.lowerBound..<line.lowerBound)
                }
            } else {
                guard length > 0 else { throw TokenizeError() }
                continued = false
            }

            // Pseudo-tokens.
            while position < length {
                guard let (start, end) = pseudoToken(in: line, at: position) else {
                    emit(.other, start: (lineNumber, position), end: (lineNumber, position + 1),
                         text: (line.lowerBound + position)..<(line.lowerBound + position + 1))
                    position += 1
                    continue
                }
                position = end
                if start == end { continue }
                let initial = text[line.lowerBound + start]
                let token = (line.lowerBound + start)..<(line.lowerBound + end)
                let spanStart = (lineNumber, start)
                let spanEnd = (lineNumber, end)
                if Self.isDigit(initial) || (initial == 0x2E && !isDots(token)) {
                    emit(.other, start: spanStart, end: spanEnd, text: token)
                } else if initial == 0x0D || initial == 0x0A {
                    emit(parenthesisLevel > 0 ? .nl : .newline, start: spanStart, end: spanEnd, text: token)
                } else if initial == 0x23 {
                    emit(.comment, start: spanStart, end: spanEnd, text: token)
                } else if let quote = tripleQuoteOpening(token) {
                    if let close = stringTail(in: line, from: end, quote: quote, triple: true) {
                        position = close
                        emit(.string, start: spanStart, end: (lineNumber, close),
                             text: (line.lowerBound + start)..<(line.lowerBound + close))
                    } else {
                        openString = (spanStart, line.lowerBound + start, quote, true)
                        break
                    }
                } else if let quote = singleQuoteOpening(token) {
                    if text[token.upperBound - 1] == 0x0A {
                        openString = (spanStart, line.lowerBound + start, quote, false)
                        break
                    }
                    emit(.string, start: spanStart, end: spanEnd, text: token)
                } else if Self.isIdentifierStart(initial) {
                    emit(.other, start: spanStart, end: spanEnd, text: token)
                } else if initial == 0x5C {
                    continued = true
                } else {
                    if initial == 0x28 || initial == 0x5B || initial == 0x7B {
                        parenthesisLevel += 1
                    } else if initial == 0x29 || initial == 0x5D || initial == 0x7D {
                        parenthesisLevel -= 1
                    }
                    emit(.other, start: spanStart, end: spanEnd, text: token)
                }
            }
        }
        // The implicit NEWLINE, DEDENTs and ENDMARKER add no text.
    }

    // MARK: PseudoToken = Whitespace group(PseudoExtras, Number, Funny, ContStr, Name)

    /// The span (line columns) of the pseudo-token's group 1 at `position`, or nil when nothing matches.
    private func pseudoToken(in line: Range<Int>, at position: Int) -> (Int, Int)? {
        let length = line.count
        var start = position
        while start < length {
            let character = text[line.lowerBound + start]
            guard character == 0x20 || character == 0x0C || character == 0x09 else { break }
            start += 1
        }
        func at(_ offset: Int) -> UInt32? {
            offset < length ? text[line.lowerBound + offset] : nil
        }
        // PseudoExtras: backslash-newline, end of input, comment, triple-quote opening.
        if at(start) == 0x5C {
            if at(start + 1) == 0x0A { return (start, start + 2) }
            if at(start + 1) == 0x0D && at(start + 2) == 0x0A { return (start, start + 3) }
        }
        if start == length { return (start, start) }
        if at(start) == 0x23 {
            var end = start + 1
            while let character = at(end), character != 0x0D, character != 0x0A { end += 1 }
            return (start, end)
        }
        let prefix = stringPrefixLength(in: line, at: start)
        if let prefix, let quote = at(start + prefix), quote == 0x27 || quote == 0x22,
           at(start + prefix + 1) == quote, at(start + prefix + 2) == quote
        {
            return (start, start + prefix + 3)
        }
        // Number.
        if let end = numberEnd(in: line, at: start) { return (start, end) }
        // Funny: newline, then operators (longest first).
        if at(start) == 0x0A { return (start, start + 1) }
        if at(start) == 0x0D && at(start + 1) == 0x0A { return (start, start + 2) }
        if let end = operatorEnd(in: line, at: start) { return (start, end) }
        // ContStr: a one-line string, or one continued by a backslash-newline.
        if let prefix, let quote = at(start + prefix), quote == 0x27 || quote == 0x22 {
            var index = start + prefix + 1
            while let character = at(index) {
                if character == quote { return (start, index + 1) }
                if character == 0x0A { break }
                if character == 0x5C {
                    if at(index + 1) == 0x0A { return (start, index + 2) }
                    if at(index + 1) == 0x0D && at(index + 2) == 0x0A { return (start, index + 3) }
                    guard at(index + 1) != nil else { break }
                    index += 2
                    continue
                }
                index += 1
            }
        }
        // Name: \w+.
        var end = start
        while let character = at(end), PythonText.isWordCharacter(Unicode.Scalar(character)!) { end += 1 }
        return end > start ? (start, end) : nil
    }

    /// The length of a valid string prefix (`''`, b, r, u, f, br, rb, fr, rf in any case) that is followed by a
    /// quote, or nil.
    private func stringPrefixLength(in line: Range<Int>, at start: Int) -> Int? {
        func lower(_ offset: Int) -> UInt32? {
            guard offset < line.count else { return nil }
            let character = text[line.lowerBound + offset]
            return (0x41...0x5A).contains(character) ? character + 0x20 : character
        }
        func isQuote(_ character: UInt32?) -> Bool { character == 0x27 || character == 0x22 }
        if isQuote(lower(start)) { return 0 }
        guard let first = lower(start) else { return nil }
        let b: UInt32 = 0x62, r: UInt32 = 0x72, u: UInt32 = 0x75, f: UInt32 = 0x66
        if (first == b || first == r || first == u || first == f) && isQuote(lower(start + 1)) { return 1 }
        if let second = lower(start + 1), isQuote(lower(start + 2)) {
            let pair = (first, second)
            if pair == (b, r) || pair == (r, b) || pair == (f, r) || pair == (r, f) { return 2 }
        }
        return nil
    }

    /// Where the rest of a string ends on this line (just past its closing quote or quotes), or nil.
    private func stringTail(in line: Range<Int>, from start: Int, quote: UInt32, triple: Bool) -> Int? {
        var index = start
        let length = line.count
        while index < length {
            let character = text[line.lowerBound + index]
            if character == 0x5C {
                // `\\.`: any character but a newline.
                guard index + 1 < length, text[line.lowerBound + index + 1] != 0x0A else { return nil }
                index += 2
                continue
            }
            if character == quote {
                if !triple { return index + 1 }
                if index + 2 < length && text[line.lowerBound + index + 1] == quote
                    && text[line.lowerBound + index + 2] == quote
                {
                    return index + 3
                }
            }
            index += 1
        }
        return nil
    }

    private func endsWithBackslashNewline(_ line: Range<Int>) -> Bool {
        let count = line.count
        if count >= 2 && text[line.upperBound - 2] == 0x5C && text[line.upperBound - 1] == 0x0A { return true }
        return count >= 3 && text[line.upperBound - 3] == 0x5C && text[line.upperBound - 2] == 0x0D
            && text[line.upperBound - 1] == 0x0A
    }

    private func isDots(_ token: Range<Int>) -> Bool {
        token.count == 1 || (token.count == 3 && text[token].allSatisfy { $0 == 0x2E })
    }

    /// The opening quote if the token is exactly a (prefixed) triple-quote opening.
    private func tripleQuoteOpening(_ token: Range<Int>) -> UInt32? {
        let last = text[token.upperBound - 1]
        guard token.count >= 3, last == 0x27 || last == 0x22,
              text[token.upperBound - 2] == last, text[token.upperBound - 3] == last,
              stringPrefixLength(in: token, at: 0) == token.count - 3
        else { return nil }
        return last
    }

    /// The quote if the token starts a single-quoted string (its first 1–3 characters are a prefix and a quote).
    private func singleQuoteOpening(_ token: Range<Int>) -> UInt32? {
        guard let prefix = stringPrefixLength(in: token, at: 0), prefix < token.count else { return nil }
        return text[token.lowerBound + prefix]
    }

    // MARK: Number (ASCII) and operators

    private func numberEnd(in line: Range<Int>, at start: Int) -> Int? {
        func at(_ offset: Int) -> UInt32? { offset < line.count ? text[line.lowerBound + offset] : nil }
        func digits(_ offset: Int, _ isValid: (UInt32) -> Bool) -> Int? {
            // [d](?:_?[d])*
            guard let first = at(offset), isValid(first) else { return nil }
            var end = offset + 1
            while true {
                if let next = at(end), isValid(next) {
                    end += 1
                } else if at(end) == 0x5F, let next = at(end + 1), isValid(next) {
                    end += 2
                } else {
                    return end
                }
            }
        }
        let decimal: (UInt32) -> Bool = { (0x30...0x39).contains($0) }
        func exponent(_ offset: Int) -> Int? {
            guard let e = at(offset), e == 0x65 || e == 0x45 else { return nil }
            var index = offset + 1
            if let sign = at(index), sign == 0x2B || sign == 0x2D { index += 1 }
            return digits(index, decimal)
        }
        func isImaginary(_ offset: Int) -> Bool { at(offset) == 0x6A || at(offset) == 0x4A }
        // Pointfloat and Expfloat, without the imaginary suffix.
        func float(_ offset: Int) -> [Int] {
            var ends: [Int] = []
            if let whole = digits(offset, decimal), at(whole) == 0x2E {
                let fraction = digits(whole + 1, decimal) ?? (whole + 1)
                if let withExponent = exponent(fraction) { ends.append(withExponent) }
                ends.append(fraction)
            } else if at(offset) == 0x2E, let fraction = digits(offset + 1, decimal) {
                if let withExponent = exponent(fraction) { ends.append(withExponent) }
                ends.append(fraction)
            }
            if let whole = digits(offset, decimal), let withExponent = exponent(whole) { ends.append(withExponent) }
            return ends
        }
        // Imagnumber.
        if let whole = digits(start, decimal), isImaginary(whole) { return whole + 1 }
        for end in float(start) where isImaginary(end) { return end + 1 }
        // Floatnumber.
        if let end = float(start).first { return end }
        // Intnumber.
        if at(start) == 0x30, let marker = at(start + 1) {
            let hex: (UInt32) -> Bool = {
                (0x30...0x39).contains($0) || (0x61...0x66).contains($0) || (0x41...0x46).contains($0)
            }
            let valid: ((UInt32) -> Bool)?
            switch marker {
            case 0x78, 0x58: valid = hex
            case 0x62, 0x42: valid = { $0 == 0x30 || $0 == 0x31 }
            case 0x6F, 0x4F: valid = { (0x30...0x37).contains($0) }
            default: valid = nil
            }
            if let valid {
                // 0[xX](?:_?[0-9a-fA-F])+
                var end = start + 2
                while true {
                    if let next = at(end), valid(next) {
                        end += 1
                    } else if at(end) == 0x5F, let next = at(end + 1), valid(next) {
                        end += 2
                    } else {
                        break
                    }
                }
                if end > start + 2 { return end }
            }
        }
        if at(start) == 0x30 {
            return digits(start, { $0 == 0x30 })
        }
        if let first = at(start), (0x31...0x39).contains(first) { return digits(start, decimal) }
        return nil
    }

    /// The longest operator of `EXACT_TOKEN_TYPES` at `start` (the regex lists them longest first).
    private func operatorEnd(in line: Range<Int>, at start: Int) -> Int? {
        func at(_ offset: Int) -> UInt32? { offset < line.count ? text[line.lowerBound + offset] : nil }
        guard let first = at(start), let scalar = Unicode.Scalar(first) else { return nil }
        let second = at(start + 1)
        let third = at(start + 2)
        let equals: UInt32 = 0x3D
        switch scalar {
        case "(", ")", ",", ";", "[", "]", "{", "}", "~":
            return start + 1
        case "!":
            return second == equals ? start + 2 : nil
        case "%", "&", "+", "^", "|", "=", "@":
            return second == equals ? start + 2 : start + 1
        case ":":
            return second == equals ? start + 2 : start + 1
        case "-":
            return second == equals || second == 0x3E ? start + 2 : start + 1
        case ".":
            return second == 0x2E && third == 0x2E ? start + 3 : start + 1
        case "*", "/", "<", ">":
            // `**`, `//`, `<<`, `>>`, each optionally followed by `=`; `<=`, `>=`, `*=`, `/=`.
            if second == first { return third == equals ? start + 3 : start + 2 }
            return second == equals ? start + 2 : start + 1
        default:
            return nil
        }
    }

    private static func isDigit(_ character: UInt32) -> Bool { (0x30...0x39).contains(character) }

    /// `str.isidentifier()` of the token's first character: a letter, `_`, or another XID_Start character.
    private static func isIdentifierStart(_ character: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(character) else { return false }
        return character == 0x5F || scalar.properties.isXIDStart
    }

    // MARK: the final filter

    /// Lines (split on "\n") that hold more than Python whitespace, joined with "\n", as UTF-8.
    static func dropBlankLines(_ characters: [UInt32]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(characters.count)
        var lineStart = 0
        var first = true
        while lineStart <= characters.count {
            var lineEnd = lineStart
            while lineEnd < characters.count && characters[lineEnd] != 0x0A { lineEnd += 1 }
            var blank = true
            for index in lineStart..<lineEnd where !PythonText.isWhitespace(Unicode.Scalar(characters[index]) ?? " ") {
                blank = false
                break
            }
            if !blank {
                if !first { result.append(0x0A) }
                first = false
                for index in lineStart..<lineEnd {
                    let value = characters[index]
                    if value < 0x80 {
                        result.append(UInt8(value))
                    } else {
                        result.append(contentsOf: String(Unicode.Scalar(value)!).utf8)
                    }
                }
            }
            lineStart = lineEnd + 1
        }
        return result
    }
}
