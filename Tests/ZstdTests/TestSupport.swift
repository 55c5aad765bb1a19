import Foundation
import Zstd

/// A fresh directory under the system's temporary directory, removed when `body` returns or throws.
func withTemporaryDirectory<R>(_ body: (URL) throws -> R) throws -> R {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("m2rc-zstd-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
    defer { try? FileManager.default.removeItem(at: directory) }
    return try body(directory)
}

extension URL {
    /// The file-system path of `name` inside this directory.
    func file(_ name: String) -> String {
        appendingPathComponent(name).path
    }
}

/// Writes `bytes` to `path` as they are (no compression), for fixtures.
func writeRaw(_ bytes: [UInt8], to path: String) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
}

func readRaw(_ path: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
}

/// Deterministic, moderately compressible bytes (16 letters, about 2:1 with zstd), produced a chunk
/// at a time so tests can stream any amount and regenerate it for comparison. SplitMix64 underneath.
struct PseudoText {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// Fills `buffer`, whose size must be a multiple of 8, with the next bytes of the stream.
    mutating func fill(_ buffer: UnsafeMutableRawBufferPointer) {
        precondition(buffer.count % 8 == 0)
        for offset in stride(from: 0, to: buffer.count, by: 8) {
            let letters = next() & 0x0F0F_0F0F_0F0F_0F0F | 0x4040_4040_4040_4040
            buffer.storeBytes(of: letters, toByteOffset: offset, as: UInt64.self)
        }
    }

    /// The next `count` bytes (a multiple of 8) as an array.
    mutating func bytes(_ count: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            fill(UnsafeMutableRawBufferPointer(buffer))
            initialized = count
        }
    }

    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The process's peak resident set size so far, in bytes.
func peakResidentBytes() -> Int {
    var usage = rusage()
    #if os(Linux)
    precondition(getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage) == 0, "getrusage failed")
    return usage.ru_maxrss * 1024
    #else
    precondition(getrusage(RUSAGE_SELF, &usage) == 0, "getrusage failed")
    return usage.ru_maxrss  // bytes on Darwin
    #endif
}

/// The process's resident set size now, in bytes, from /proc/self/statm; nil where there is no /proc.
/// Needed beside the peak: the test runner's own start-up can set a peak that hides later growth.
func currentResidentBytes() -> Int? {
    guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
    let fields = statm.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

/// Every uncompressed byte of the zstd file at `path`, read through `ZstdFileReader`.
func readAllDecompressed(_ path: String, allowUncompressed: Bool = false) throws(ZstdError) -> [UInt8] {
    let reader = try ZstdFileReader(path: path, allowUncompressed: allowUncompressed)
    var result: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let count = try chunk.withUnsafeMutableBytes { buffer in
            Result { () throws(ZstdError) in try reader.read(into: buffer) }
        }.get()
        if count == 0 { return result }
        result += chunk[..<count]
    }
}

/// Every line of a JSON Lines file as (number, text).
func readLines(_ path: String, skipBlankLines: Bool = true) throws(ZstdError) -> [(Int, String)] {
    let reader = try JSONLReader(path: path, skipBlankLines: skipBlankLines)
    var lines: [(Int, String)] = []
    while let line = try reader.next() {
        lines.append((line.number, String(decoding: line.bytes, as: UTF8.self)))
    }
    return lines
}
