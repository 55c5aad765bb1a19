/// How CodeBLEU strips comments before the syntax and dataflow matches (`remove_comments_and_docstrings`).
enum CodeBLEUCommentStyle: Sendable {
    /// CPython 3.11 `tokenize`: comments and docstrings; the source unchanged when it does not tokenize.
    case python
    /// Nothing is removed, blank lines included (the package's Ruby rule).
    case none
    /// The package's rule for every other language: `//…` and `/*…*/` become one space, `'…'` and `"…"` literals
    /// (which may span lines) are skipped over, then whitespace-only lines are dropped.
    case cFamily
    /// m2rc's: `<!-- … -->` becomes one space; whitespace-only lines dropped.
    case html
    /// m2rc's: `--` line comments (a run of two or more dashes not followed by another operator symbol) and
    /// nested `{- … -}` blocks; `"…"` strings skipped over.
    case haskell
    /// m2rc's: `--[[ … ]]` / `--[==[ … ]==]` long comments and `--` line comments; `'…'`, `"…"` and `[[ … ]]`
    /// strings skipped over.
    case lua
    /// m2rc's: `#` line comments; `'…'` and `"…"` strings skipped over.
    case hash
}

/// The non-Python comment strippers. Each keeps string literals intact, replaces a comment by one space, then drops
/// lines that hold only (Python) whitespace and joins the rest with "\n", as the package's regex rule does.
enum CodeCommentRemoval {
    static func remove(_ source: [UInt8], style: CodeBLEUCommentStyle) -> [UInt8] {
        switch style {
        case .python, .none:
            return source
        case .cFamily:
            return dropBlankLines(replaceComments(source, lineMarker: [0x2F, 0x2F], blockComments: true))
        case .hash:
            return dropBlankLines(replaceComments(source, lineMarker: [0x23], blockComments: false))
        case .html:
            return dropBlankLines(replaceHTMLComments(source))
        case .haskell:
            return dropBlankLines(replaceHaskellComments(source))
        case .lua:
            return dropBlankLines(replaceLuaComments(source))
        }
    }

    /// The package's regex `//.*?$|/\*.*?\*/|'(?:\\.|[^\\'])*'|"(?:\\.|[^\\"])*"` (DOTALL, MULTILINE), scanned
    /// left to right: at each position the first alternative that matches wins; comments become " ".
    static func replaceComments(_ source: [UInt8], lineMarker: [UInt8], blockComments: Bool) -> [UInt8] {
        // Literals are copied as they are, so without a comment's first byte nothing changes (most snippets).
        if !source.contains(lineMarker[0]) && !(blockComments && source.contains(0x2F)) { return source }
        var output: [UInt8] = []
        output.reserveCapacity(source.count)
        var index = 0
        let count = source.count
        while index < count {
            let byte = source[index]
            if byte == lineMarker[0] && starts(source, at: index, with: lineMarker) {
                var end = index + lineMarker.count
                while end < count && source[end] != 0x0A { end += 1 }
                output.append(0x20)
                index = end
                continue
            }
            if blockComments && byte == 0x2F && index + 1 < count && source[index + 1] == 0x2A,
               let close = find(source, [0x2A, 0x2F], from: index + 2)
            {
                output.append(0x20)
                index = close + 2
                continue
            }
            if byte == 0x27 || byte == 0x22, let end = quotedEnd(source, from: index) {
                output.append(contentsOf: source[index..<end])
                index = end
                continue
            }
            output.append(byte)
            index += 1
        }
        return output
    }

    /// Just past the closing quote of the literal opening at `start` (backslash escapes any byte, newlines
    /// included), or nil when it never closes.
    static func quotedEnd(_ source: [UInt8], from start: Int) -> Int? {
        let quote = source[start]
        var index = start + 1
        while index < source.count {
            let byte = source[index]
            if byte == 0x5C {
                guard index + 1 < source.count else { return nil }
                index += 2
            } else if byte == quote {
                return index + 1
            } else {
                index += 1
            }
        }
        return nil
    }

    static func replaceHTMLComments(_ source: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(source.count)
        var index = 0
        while index < source.count {
            if source[index] == 0x3C && starts(source, at: index, with: Array("<!--".utf8)),
               let close = find(source, Array("-->".utf8), from: index + 4)
            {
                output.append(0x20)
                index = close + 3
                continue
            }
            output.append(source[index])
            index += 1
        }
        return output
    }

    static func replaceHaskellComments(_ source: [UInt8]) -> [UInt8] {
        let symbols = Set("!#$%&*+./<=>?@\\^|-~:".utf8)
        var output: [UInt8] = []
        output.reserveCapacity(source.count)
        var index = 0
        let count = source.count
        while index < count {
            let byte = source[index]
            // Nested block comment.
            if byte == 0x7B && index + 1 < count && source[index + 1] == 0x2D {
                var depth = 1
                var end = index + 2
                while end < count && depth > 0 {
                    if source[end] == 0x7B && end + 1 < count && source[end + 1] == 0x2D {
                        depth += 1
                        end += 2
                    } else if source[end] == 0x2D && end + 1 < count && source[end + 1] == 0x7D {
                        depth -= 1
                        end += 2
                    } else {
                        end += 1
                    }
                }
                if depth == 0 {
                    output.append(0x20)
                    index = end
                    continue
                }
            }
            // Line comment: two or more dashes, not part of a longer operator, not after an operator symbol.
            if byte == 0x2D && index + 1 < count && source[index + 1] == 0x2D
                && (index == 0 || !symbols.contains(source[index - 1]))
            {
                var dashes = index
                while dashes < count && source[dashes] == 0x2D { dashes += 1 }
                if dashes == count || !symbols.contains(source[dashes]) {
                    var end = dashes
                    while end < count && source[end] != 0x0A { end += 1 }
                    output.append(0x20)
                    index = end
                    continue
                }
            }
            if byte == 0x22, let end = quotedEnd(source, from: index) {
                output.append(contentsOf: source[index..<end])
                index = end
                continue
            }
            output.append(byte)
            index += 1
        }
        return output
    }

    static func replaceLuaComments(_ source: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(source.count)
        var index = 0
        let count = source.count
        while index < count {
            let byte = source[index]
            if byte == 0x2D && index + 1 < count && source[index + 1] == 0x2D {
                // A long comment `--[==[ … ]==]`, else a line comment.
                if let end = longBracketEnd(source, from: index + 2) {
                    output.append(0x20)
                    index = end
                    continue
                }
                var end = index + 2
                while end < count && source[end] != 0x0A { end += 1 }
                output.append(0x20)
                index = end
                continue
            }
            if byte == 0x27 || byte == 0x22, let end = quotedEnd(source, from: index) {
                output.append(contentsOf: source[index..<end])
                index = end
                continue
            }
            if byte == 0x5B, let end = longBracketEnd(source, from: index) {
                output.append(contentsOf: source[index..<end])
                index = end
                continue
            }
            output.append(byte)
            index += 1
        }
        return output
    }

    /// For a Lua long bracket `[=*[` at `start`, just past its matching `]=*]`, or nil.
    private static func longBracketEnd(_ source: [UInt8], from start: Int) -> Int? {
        guard start < source.count, source[start] == 0x5B else { return nil }
        var level = 0
        var index = start + 1
        while index < source.count && source[index] == 0x3D {
            level += 1
            index += 1
        }
        guard index < source.count, source[index] == 0x5B else { return nil }
        let closing = [0x5D] + Array(repeating: 0x3D, count: level) + [0x5D] as [UInt8]
        guard let close = find(source, closing, from: index + 1) else { return nil }
        return close + closing.count
    }

    private static func starts(_ source: [UInt8], at index: Int, with prefix: [UInt8]) -> Bool {
        guard index + prefix.count <= source.count else { return false }
        for offset in prefix.indices where source[index + offset] != prefix[offset] { return false }
        return true
    }

    private static func find(_ source: [UInt8], _ needle: [UInt8], from start: Int) -> Int? {
        guard needle.count <= source.count else { return nil }
        var index = start
        while index + needle.count <= source.count {
            if source[index] == needle[0] && starts(source, at: index, with: needle) { return index }
            index += 1
        }
        return nil
    }

    /// Lines split on "\n" that hold more than Python whitespace, joined with "\n".
    static func dropBlankLines(_ source: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(source.count)
        source.withUnsafeBufferPointer { bytes in
            var lineStart = 0
            while lineStart <= bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
                if !PythonWhitespace.isBlank(line) {
                    if !output.isEmpty { output.append(0x0A) }
                    output.append(contentsOf: line)
                }
                lineStart = lineEnd + 1
            }
        }
        return output
    }
}
