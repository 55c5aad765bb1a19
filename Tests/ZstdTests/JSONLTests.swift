import Foundation
import Testing
import Zstd

extension ZstdSuite {
    @Suite("JSON Lines")
    struct JSONLTests {
        static let compressions: [JSONLWriter.Compression] = [.none, .default, .zstd(level: 19)]

        @Test("records read back with 1-based line numbers", arguments: compressions)
        func roundTripWithLineNumbers(compression: JSONLWriter.Compression) throws {
            try withTemporaryDirectory { directory in
                let path = directory.file("records.jsonl")
                let records = (0..<1000).map { #"{"id":\#($0),"text":"r\u00e9cord \#($0)"}"# }
                let writer = try JSONLWriter(path: path, compression: compression)
                for record in records { try writer.append(record) }
                try writer.finish()
                #expect(writer.lineCount == 1000)

                let reader = try JSONLReader(path: path)
                #expect(reader.isCompressed == (compression != .none))
                var number = 0
                while let line = try reader.next() {
                    number += 1
                    #expect(line.number == number)
                    #expect(line.bytes == Array(records[number - 1].utf8))
                }
                #expect(number == records.count)
            }
        }

        @Test(
            "lines longer than the read buffer, and lines split across buffers",
            arguments: [JSONLWriter.Compression.none, .default])
        func linesAcrossBuffers(compression: JSONLWriter.Compression) throws {
            try withTemporaryDirectory { directory in
                let path = directory.file("long.jsonl.zst")
                // Lengths from 0 to ~400 KB: many lines straddle the reader's 128 KiB buffer, some span several.
                let lengths = (0..<40).map { ($0 * 7919) % 400_000 / 8 * 8 }
                var generator = PseudoText(seed: 1)
                let records = lengths.map { generator.bytes($0) }
                let writer = try JSONLWriter(path: path, compression: compression)
                for record in records { try writer.append(record) }
                try writer.finish()

                let reader = try JSONLReader(path: path, skipBlankLines: false)
                var read: [[UInt8]] = []
                while let line = try reader.next() {
                    #expect(line.number == read.count + 1)
                    read.append(line.bytes)
                }
                #expect(read == records)
            }
        }

        @Test("CRLF line endings are stripped")
        func crlf() throws {
            try withTemporaryDirectory { directory in
                let path = directory.file("crlf.jsonl")
                try writeRaw(Array("{\"a\":1}\r\n{\"b\":2}\r\n\r\n{\"c\":3}\r".utf8), to: path)
                let lines = try readLines(path)
                #expect(lines.map(\.0) == [1, 2, 4])
                #expect(lines.map(\.1) == [#"{"a":1}"#, #"{"b":2}"#, #"{"c":3}"#])
            }
        }

        @Test("a last line without a newline is still a line")
        func lastLineWithoutNewline() throws {
            try withTemporaryDirectory { directory in
                let path = directory.file("open-ended.jsonl")
                try writeRaw(Array("{\"a\":1}\n{\"b\":2}".utf8), to: path)
                let lines = try readLines(path)
                #expect(lines.map(\.0) == [1, 2])
                #expect(lines.map(\.1) == [#"{"a":1}"#, #"{"b":2}"#])
                // The same once compressed.
                let compressed = directory.file("open-ended.jsonl.zst")
                try writeRaw(Zstd.compress(readRaw(path)), to: compressed)
                #expect(try readLines(compressed).map(\.1) == lines.map(\.1))
            }
        }

        @Test("a final newline does not start an empty line; blank lines are skipped but counted")
        func trailingAndBlankLines() throws {
            try withTemporaryDirectory { directory in
                let path = directory.file("blank.jsonl")
                try writeRaw(Array("a\n\n \t\nb\n\n".utf8), to: path)
                let skipped = try readLines(path)
                #expect(skipped.map(\.0) == [1, 4])
                #expect(skipped.map(\.1) == ["a", "b"])
                let kept = try readLines(path, skipBlankLines: false)
                #expect(kept.map(\.0) == [1, 2, 3, 4, 5])
                #expect(kept.map(\.1) == ["a", "", " \t", "b", ""])

                let single = directory.file("single.jsonl")
                try writeRaw(Array("a\n".utf8), to: single)
                #expect(try readLines(single, skipBlankLines: false).map(\.1) == ["a"])
            }
        }

        @Test("an empty file has no lines, compressed or not", arguments: compressions)
        func emptyFile(compression: JSONLWriter.Compression) throws {
            try withTemporaryDirectory { directory in
                let path = directory.file("empty.jsonl")
                let writer = try JSONLWriter(path: path, compression: compression)
                try writer.finish()
                #expect(try JSONLReader(path: path).isCompressed == (compression != .none))
                #expect(try readLines(path, skipBlankLines: false).isEmpty)
            }
        }

        @Test("the format is told by content, not by the file name")
        func formatByContent() throws {
            try withTemporaryDirectory { directory in
                let plain = directory.file("plain-but-named.jsonl.zst")
                try writeRaw(Array("{\"x\":1}\n".utf8), to: plain)
                #expect(try readLines(plain).map(\.1) == [#"{"x":1}"#])
                #expect(try JSONLReader(path: plain).isCompressed == false)

                let compressed = directory.file("compressed-but-named.jsonl")
                try writeRaw(Zstd.compress(Array("{\"x\":1}\n".utf8)), to: compressed)
                #expect(try readLines(compressed).map(\.1) == [#"{"x":1}"#])
                #expect(try JSONLReader(path: compressed).isCompressed)

                let tiny = directory.file("tiny.jsonl")  // shorter than a magic number
                try writeRaw(Array("1\n".utf8), to: tiny)
                #expect(try readLines(tiny).map(\.1) == ["1"])
            }
        }

        @Test(
            "the writer rejects a record with a raw line break and stays usable",
            arguments: ["a\nb", "a\rb", "\n", "ab\r"])
        func writerRejectsLineBreaks(record: String) throws {
            try withTemporaryDirectory { directory in
                let path = directory.file("out.jsonl.zst")
                let writer = try JSONLWriter(path: path)
                try writer.append(#"{"n":1}"#)
                #expect(throws: ZstdError.recordContainsLineBreak(path: path, line: 2)) {
                    try writer.append(record)
                }
                try writer.append(#"{"n":2}"#)
                try writer.finish()
                #expect(writer.lineCount == 2)
                #expect(try readLines(path).map(\.1) == [#"{"n":1}"#, #"{"n":2}"#])
            }
        }

        @Test("the writer accepts bytes and strings alike, including empty records")
        func writerInputs() throws {
            try withTemporaryDirectory { directory in
                let path = directory.file("mixed.jsonl")
                let writer = try JSONLWriter(path: path, compression: .none)
                try writer.append(Array("[1]".utf8))
                try writer.append("")
                try Array("[2]".utf8).withUnsafeBytes { try writer.append($0) }
                try writer.finish()
                #expect(try readRaw(path) == Array("[1]\n\n[2]\n".utf8))
                #expect(throws: ZstdError.writeAfterFinish(path: path)) { try writer.append("[3]") }
            }
        }

        @Test("a line over the limit is an error with its line number", arguments: [10, 200_000])
        func lineTooLong(limit: Int) throws {
            try withTemporaryDirectory { directory in
                let path = directory.file("long.jsonl")
                // The long line is longer than the read buffer when the limit is, so both checks run.
                try writeRaw(Array("ok\n".utf8) + [UInt8](repeating: 0x61, count: limit + 1) + [0x0A], to: path)
                let reader = try JSONLReader(path: path, maxLineLength: limit)
                #expect(try reader.next()?.bytes == Array("ok".utf8))
                #expect(throws: ZstdError.lineTooLong(path: path, line: 2, limit: limit)) { try reader.next() }
                #expect(throws: ZstdError.lineTooLong(path: path, line: 2, limit: limit)) { try reader.next() }
            }
        }

        @Test("a corrupt compressed JSONL file is an error naming it, after the lines before it")
        func corruptCompressedFile() throws {
            try withTemporaryDirectory { directory in
                let path = directory.file("bad.jsonl.zst")
                var generator = PseudoText(seed: 8)
                let writer = try JSONLWriter(path: path)
                for _ in 0..<2000 { try writer.append(generator.bytes(1000)) }
                try writer.finish()
                var bytes = try readRaw(path)
                bytes[bytes.count - 1] ^= 0xFF  // the checksum: every line decodes, the end does not verify
                try writeRaw(bytes, to: path)
                let reader = try JSONLReader(path: path)
                let error = try #require(throws: ZstdError.self) {
                    while try reader.next() != nil {}
                }
                guard case .corruptFrame(let errorPath, _) = error else {
                    Issue.record("expected corruptFrame, got \(error)")
                    return
                }
                #expect(errorPath == path)
            }
        }
    }
}
