import Foundation
import Testing
import Zstd

extension ZstdSuite {
    @Suite("Errors name the file")
    struct ErrorTests {
        /// A 1 MiB zstd file (several blocks) and its path.
        private func compressedFile(in directory: URL) throws -> (path: String, bytes: [UInt8]) {
            let path = directory.file("data.jsonl.zst")
            var generator = PseudoText(seed: 99)
            let writer = try ZstdFileWriter(path: path)
            try writer.write(generator.bytes(1 << 20))
            try writer.finish()
            return (path, try readRaw(path))
        }

        /// Where a compressed file is cut.
        enum Cut: CaseIterable {
            case empty, insideMagic, afterHeader, half, allButLastByte

            func kept(of count: Int) -> Int {
                switch self {
                case .empty: 0
                case .insideMagic: 3
                case .afterHeader: 10
                case .half: count / 2
                case .allButLastByte: count - 1
                }
            }
        }

        @Test("a file cut short is reported as truncated, naming it", arguments: Cut.allCases)
        func truncated(cut: Cut) throws {
            try withTemporaryDirectory { directory in
                let (path, bytes) = try compressedFile(in: directory)
                let keep = cut.kept(of: bytes.count)
                try writeRaw(Array(bytes[..<keep]), to: path)
                let error = try #require(throws: ZstdError.self) { try readAllDecompressed(path) }
                #expect(error == .truncated(path: path))
                #expect(error.description.contains(path))
                // The JSON Lines reader must not turn a truncated zstd file into a short read either.
                if keep >= 4 {
                    #expect(throws: ZstdError.truncated(path: path)) { try readLines(path) }
                }
            }
        }

        @Test("a corrupted byte is reported as a corrupt frame, naming the file", arguments: ["middle", "checksum"])
        func corruptByte(place: String) throws {
            try withTemporaryDirectory { directory in
                var (path, bytes) = try compressedFile(in: directory)
                let index = place == "middle" ? bytes.count / 2 : bytes.count - 1
                bytes[index] ^= 0x55
                try writeRaw(bytes, to: path)
                let error = try #require(throws: ZstdError.self) { try readAllDecompressed(path) }
                guard case .corruptFrame(let errorPath, let reason) = error else {
                    Issue.record("expected corruptFrame, got \(error)")
                    return
                }
                #expect(errorPath == path)
                #expect(!reason.isEmpty)
                #expect(error.description.contains(path))
                #expect(error.description.contains(reason))
            }
        }

        @Test("a missing file is reported, naming it")
        func missingFile() throws {
            try withTemporaryDirectory { directory in
                let path = directory.file("missing.jsonl.zst")
                let error = try #require(throws: ZstdError.self) { try ZstdFileReader(path: path) }
                #expect(error == .cannotOpen(path: path, code: ENOENT))
                #expect(error.description.contains(path))
                #expect(error.description.contains("No such file or directory"))
                #expect(throws: ZstdError.cannotOpen(path: path, code: ENOENT)) { try JSONLReader(path: path) }
            }
        }

        @Test("a file in a missing directory cannot be created, naming it")
        func cannotCreate() throws {
            try withTemporaryDirectory { directory in
                let path = directory.file("no/such/dir/out.zst")
                #expect(throws: ZstdError.cannotCreate(path: path, code: ENOENT)) { try ZstdFileWriter(path: path) }
                #expect(throws: ZstdError.cannotCreate(path: path, code: ENOENT)) {
                    try JSONLWriter(path: path, compression: .none)
                }
            }
        }

        @Test("reading a directory is an I/O error naming it")
        func readDirectory() throws {
            try withTemporaryDirectory { directory in
                let path = directory.path
                #expect(throws: ZstdError.readFailed(path: path, code: EISDIR)) { try ZstdFileReader(path: path) }
            }
        }

        @Test("a plain file given to the zstd-only reader is reported as not zstd")
        func notZstd() throws {
            try withTemporaryDirectory { directory in
                let path = directory.file("plain.zst")
                try writeRaw(Array("{\"a\":1}\n".utf8), to: path)
                #expect(throws: ZstdError.notZstd(path: path)) { try ZstdFileReader(path: path) }
            }
        }

        @Test("every error's text names its file", arguments: [
            ZstdError.cannotOpen(path: "/x/a.zst", code: ENOENT),
            .cannotCreate(path: "/x/a.zst", code: EACCES),
            .readFailed(path: "/x/a.zst", code: EIO),
            .writeFailed(path: "/x/a.zst", code: ENOSPC),
            .notZstd(path: "/x/a.zst"),
            .corruptFrame(path: "/x/a.zst", reason: "Restored data doesn't match checksum"),
            .truncated(path: "/x/a.zst"),
            .writeAfterFinish(path: "/x/a.zst"),
            .invalidLevel(path: "/x/a.zst", level: 99),
            .libraryFailure(path: "/x/a.zst", reason: "Allocation error : not enough memory"),
            .recordContainsLineBreak(path: "/x/a.zst", line: 12),
            .lineTooLong(path: "/x/a.zst", line: 12, limit: 100),
        ])
        func descriptionsNameTheFile(error: ZstdError) {
            #expect(error.path == "/x/a.zst")
            #expect(error.description.contains("/x/a.zst"))
            #expect(error.errorDescription == error.description)
            #expect((error as any Error).localizedDescription == error.description)
        }

        @Test("errors about a line say file:line")
        func lineErrorsSayFileAndLine() {
            #expect(ZstdError.recordContainsLineBreak(path: "a.jsonl", line: 12).description.hasPrefix("a.jsonl:12: "))
            #expect(ZstdError.lineTooLong(path: "a.jsonl", line: 3, limit: 9).description.hasPrefix("a.jsonl:3: "))
        }
    }
}
