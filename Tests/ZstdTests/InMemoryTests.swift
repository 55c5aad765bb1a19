import Testing
import Zstd

extension ZstdSuite {
    @Suite("In-memory helpers")
    struct InMemoryTests {
        @Test("compress and decompress round-trip", arguments: [0, 1, 100, 131_072, 1_048_583])
        func roundTrip(size: Int) throws {
            var generator = PseudoText(seed: 21)
            let data = Array(generator.bytes((size + 7) / 8 * 8).prefix(size))
            let compressed = try Zstd.compress(data)
            #expect(!compressed.isEmpty)
            #expect(compressed.withUnsafeBytes(Zstd.startsFrame))
            #expect(try Zstd.decompress(compressed) == data)
        }

        @Test("empty input gives a valid frame that decompresses to nothing")
        func emptyInput() throws {
            let compressed = try Zstd.compress([])
            #expect(compressed.count > 4)
            #expect(try Zstd.decompress(compressed) == [])
        }

        @Test("compression is deterministic and takes the level")
        func deterministic() throws {
            var generator = PseudoText(seed: 4)
            let data = generator.bytes(1 << 18)
            #expect(try Zstd.compress(data) == Zstd.compress(data))
            let strong = try Zstd.compress(data, level: 19)
            #expect(try strong != Zstd.compress(data, level: 1))
            #expect(try Zstd.decompress(strong) == data)
            #expect(throws: ZstdError.invalidLevel(path: Zstd.memoryPath, level: 100)) {
                try Zstd.compress(data, level: 100)
            }
        }

        @Test("decompressing nothing, a cut frame or garbage fails")
        func badInput() throws {
            #expect(throws: ZstdError.truncated(path: Zstd.memoryPath)) { try Zstd.decompress([]) }
            let compressed = try Zstd.compress(Array("hello, hello, hello".utf8))
            #expect(throws: ZstdError.truncated(path: Zstd.memoryPath)) {
                try Zstd.decompress(Array(compressed.dropLast(2)))
            }
            let error = try #require(throws: ZstdError.self) { try Zstd.decompress(Array("not zstd at all".utf8)) }
            guard case .corruptFrame(Zstd.memoryPath, let reason) = error else {
                Issue.record("expected corruptFrame, got \(error)")
                return
            }
            #expect(!reason.isEmpty)
        }

        @Test("version and magic number")
        func versionAndMagic() {
            let parts = Zstd.version.split(separator: ".")
            #expect(parts.count == 3 && parts.allSatisfy { Int($0) != nil }, "\(Zstd.version)")
            #expect(Zstd.levels.contains(Zstd.defaultLevel) && Zstd.levels.upperBound >= 19)
            #expect([UInt8]([0x28, 0xB5, 0x2F, 0xFD]).withUnsafeBytes(Zstd.startsFrame))
            #expect([UInt8]([0x50, 0x2A, 0x4D, 0x18]).withUnsafeBytes(Zstd.startsFrame))  // skippable frame
            #expect(![UInt8]([0x28, 0xB5, 0x2F]).withUnsafeBytes(Zstd.startsFrame))
            #expect(!Array("{\"a\"".utf8).withUnsafeBytes(Zstd.startsFrame))
        }
    }
}
