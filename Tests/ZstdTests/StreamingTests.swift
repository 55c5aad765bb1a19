import Foundation
import Testing
import Zstd

extension ZstdSuite {
    @Suite("Streaming files")
    struct StreamingTests {
        @Test("100 MB streams through in bounded memory and reads back identical")
        func hundredMegabytesRoundTripInBoundedMemory() throws {
            try withTemporaryDirectory { directory in
                let path = directory.file("big.zst")
                let chunkSize = 1 << 20
                let chunkCount = 100
                let written = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
                let read = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
                defer {
                    written.deallocate()
                    read.deallocate()
                }
                let peakBefore = peakResidentBytes()
                let residentBefore = currentResidentBytes()
                var residentMax = residentBefore
                func sampleResident() {
                    if let now = currentResidentBytes(), let max = residentMax, now > max { residentMax = now }
                }
                let clock = ContinuousClock()
                let start = clock.now

                var generator = PseudoText(seed: 42)
                let writer = try ZstdFileWriter(path: path)
                var largestFootprint = writer.memoryFootprint
                for _ in 0..<chunkCount {
                    generator.fill(written)
                    try writer.write(UnsafeRawBufferPointer(written))
                    largestFootprint = max(largestFootprint, writer.memoryFootprint)
                    sampleResident()
                }
                try writer.finish()
                #expect(writer.byteCount == UInt64(chunkSize * chunkCount))
                let writeTime = clock.now - start

                // Compare by regenerating the same stream, a chunk at a time.
                var expected = PseudoText(seed: 42)
                let reader = try ZstdFileReader(path: path)
                #expect(reader.isCompressed)
                var total = 0
                while true {
                    let count = try reader.read(into: read)
                    if count == 0 { break }
                    try #require(count == chunkSize, "read fills the buffer until the end")
                    expected.fill(written)
                    let same = memcmp(read.baseAddress!, written.baseAddress!, count) == 0
                    try #require(same, "chunk at \(total) differs")
                    total += count
                    largestFootprint = max(largestFootprint, reader.memoryFootprint)
                    sampleResident()
                }
                let totalTime = clock.now - start
                #expect(total == chunkSize * chunkCount)

                // What the reader and writer hold is the bound, asserted exactly. Process RSS is only reported:
                // other suites run in the same process at the same time, so its growth is not this test's alone.
                #expect(largestFootprint < 8 << 20, "the streams held \(largestFootprint >> 20) MiB")
                let peakGrowth = peakResidentBytes() - peakBefore
                let residentGrowth = (residentMax ?? 0) - (residentBefore ?? 0)
                let compressed = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
                print("zstd 100 MiB round trip: write \(writeTime), write+read \(totalTime), compressed "
                    + "\(compressed >> 20) MiB; streams held at most \(largestFootprint >> 10) KiB; peak RSS \(peakBefore >> 10) KiB before, +\(peakGrowth >> 10) KiB; "
                    + "current RSS \((residentBefore ?? 0) >> 10) KiB before, max +\(residentGrowth >> 10) KiB")
            }
        }

        @Test("small and odd-sized writes read back exactly", arguments: [0, 1, 7, 131_072, 1_000_003])
        func roundTrip(size: Int) throws {
            try withTemporaryDirectory { directory in
                let path = directory.file("data.zst")
                var generator = PseudoText(seed: UInt64(size))
                let data = Array(generator.bytes((size + 7) / 8 * 8).prefix(size))
                let writer = try ZstdFileWriter(path: path)
                // Uneven pieces, so internal buffering is exercised across calls.
                var offset = 0
                var piece = 1
                while offset < data.count {
                    let end = min(data.count, offset + piece)
                    try writer.write(Array(data[offset..<end]))
                    offset = end
                    piece = piece * 3 + 1
                }
                try writer.finish()
                #expect(try readAllDecompressed(path) == data)
                #expect(try Zstd.decompress(readRaw(path)) == data)
            }
        }

        @Test("output bytes do not depend on how the input was split")
        func outputIsDeterministic() throws {
            try withTemporaryDirectory { directory in
                var generator = PseudoText(seed: 7)
                let data = generator.bytes(1 << 20)
                let whole = try ZstdFileWriter(path: directory.file("whole.zst"))
                try whole.write(data)
                try whole.finish()
                let pieces = try ZstdFileWriter(path: directory.file("pieces.zst"))
                for start in stride(from: 0, to: data.count, by: 4096) {
                    try pieces.write(Array(data[start..<start + 4096]))
                }
                try pieces.finish()
                #expect(try readRaw(directory.file("whole.zst")) == readRaw(directory.file("pieces.zst")))
            }
        }

        @Test("concatenated frames read as one stream")
        func concatenatedFrames() throws {
            try withTemporaryDirectory { directory in
                let path = directory.file("two.zst")
                let first = Array("first frame\n".utf8)
                let second = Array("second frame\n".utf8)
                try writeRaw(Zstd.compress(first) + Zstd.compress(second, level: 19), to: path)
                #expect(try readAllDecompressed(path) == first + second)
            }
        }

        @Test("compression levels", arguments: [-5, 1, 3, 19])
        func levels(level: Int) throws {
            try withTemporaryDirectory { directory in
                let path = directory.file("level.zst")
                var generator = PseudoText(seed: 3)
                let data = generator.bytes(1 << 16)
                let writer = try ZstdFileWriter(path: path, level: level)
                try writer.write(data)
                try writer.finish()
                #expect(try readAllDecompressed(path) == data)
            }
        }

        @Test("an invalid level is refused before the file is created")
        func invalidLevel() throws {
            try withTemporaryDirectory { directory in
                let path = directory.file("never.zst")
                #expect(throws: ZstdError.invalidLevel(path: path, level: 23)) {
                    try ZstdFileWriter(path: path, level: 23)
                }
                #expect(!FileManager.default.fileExists(atPath: path))
            }
        }

        @Test("writing after finish() is an error; finish() twice is not")
        func writeAfterFinish() throws {
            try withTemporaryDirectory { directory in
                let path = directory.file("done.zst")
                let writer = try ZstdFileWriter(path: path)
                try writer.write([1, 2, 3])
                try writer.finish()
                try writer.finish()
                #expect(throws: ZstdError.writeAfterFinish(path: path)) {
                    try writer.write([4])
                }
                #expect(try readAllDecompressed(path) == [1, 2, 3])
            }
        }

        @Test("a writer dropped without finish() leaves a file that reads as truncated")
        func unfinishedWriterLeavesTruncatedFile() throws {
            try withTemporaryDirectory { directory in
                let path = directory.file("unfinished.zst")
                do {
                    var generator = PseudoText(seed: 11)
                    let writer = try ZstdFileWriter(path: path)
                    try writer.write(generator.bytes(1 << 20))
                }
                #expect(throws: ZstdError.truncated(path: path)) {
                    try readAllDecompressed(path)
                }
            }
        }

        @Test("a plain file passes through when uncompressed input is allowed")
        func plainPassThrough() throws {
            try withTemporaryDirectory { directory in
                let path = directory.file("plain.zst")  // the name does not decide the format
                var generator = PseudoText(seed: 5)
                let data = generator.bytes(300_000)
                try writeRaw(data, to: path)
                let reader = try ZstdFileReader(path: path, allowUncompressed: true)
                #expect(!reader.isCompressed)
                #expect(try readAllDecompressed(path, allowUncompressed: true) == data)
            }
        }
    }
}
