import CZstd

/// Namespace for library-wide facts and the in-memory helpers (see `Zstd+InMemory.swift`).
///
/// The module is the only place in m2rc that touches libzstd's C API. Files are written with
/// `ZstdFileWriter` / `JSONLWriter` and read with `ZstdFileReader` / `JSONLReader`; every failure is
/// a `ZstdError` that names the file.
public enum Zstd {
    /// The linked libzstd's version, e.g. "1.5.4". Worth recording in release metadata because
    /// compressed bytes may differ between library versions (hash the uncompressed content instead).
    public static var version: String { String(cString: ZSTD_versionString()) }

    /// The level used when none is given: zstd's own default, a good speed/size balance.
    public static let defaultLevel = 3

    /// Every level libzstd accepts (negative levels trade ratio for speed; 0 means "default").
    public static var levels: ClosedRange<Int> { Int(ZSTD_minCLevel())...Int(ZSTD_maxCLevel()) }

    /// The magic number that starts every regular zstd frame (stored little-endian).
    public static let magicNumber = UInt32(ZSTD_MAGICNUMBER)

    /// The pseudo path that errors from the in-memory helpers name.
    public static let memoryPath = "<memory>"

    /// Whether `prefix` (the first bytes of a file) starts a zstd frame: a regular frame (0xFD2FB528), or
    /// a skippable frame (0x184D2A50...0x184D2A5F), which is also valid zstd. Needs at least 4 bytes.
    /// Detection is by content, never by file extension, so a mis-named file still reads correctly.
    public static func startsFrame(_ prefix: UnsafeRawBufferPointer) -> Bool {
        guard prefix.count >= 4 else { return false }
        let magic = UInt32(prefix[0]) | UInt32(prefix[1]) << 8 | UInt32(prefix[2]) << 16 | UInt32(prefix[3]) << 24
        return magic == magicNumber
            || magic & UInt32(ZSTD_MAGIC_SKIPPABLE_MASK) == UInt32(ZSTD_MAGIC_SKIPPABLE_START)
    }
}
