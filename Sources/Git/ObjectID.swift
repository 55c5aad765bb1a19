import CGit2

/// A git object id (SHA-1): a plain value that can cross tasks, be sorted, hashed and written out.
///
/// Stored as three big-endian integers so that `<` orders ids exactly like their hex strings and
/// equality/hashing need no heap storage.
public struct ObjectID: Sendable, Hashable, Comparable, CustomStringConvertible, LosslessStringConvertible, Codable {
    private let high: UInt64
    private let middle: UInt64
    private let low: UInt32

    /// Parses a full 40-character hex id (either case); nil for anything else.
    public init?(hex: String) {
        let digits = Array(hex.utf8)
        guard digits.count == 40 else { return nil }
        var bytes = [UInt8](repeating: 0, count: 20)
        for index in 0..<20 {
            guard let high = hexValue(digits[2 * index]), let low = hexValue(digits[2 * index + 1]) else { return nil }
            bytes[index] = high << 4 | low
        }
        self.init(raw: bytes)
    }

    public init?(_ description: String) { self.init(hex: description) }

    /// The 20 raw bytes; nil unless exactly 20 are given.
    public init?(bytes: some Collection<UInt8>) {
        guard bytes.count == 20 else { return nil }
        self.init(raw: Array(bytes))
    }

    private init(raw bytes: [UInt8]) {
        func load<T: FixedWidthInteger>(_ range: Range<Int>, as _: T.Type) -> T {
            bytes[range].reduce(T.zero) { $0 << 8 | T($1) }
        }
        high = load(0..<8, as: UInt64.self)
        middle = load(8..<16, as: UInt64.self)
        low = load(16..<20, as: UInt32.self)
    }

    /// The 20 raw bytes, most significant first.
    public var bytes: [UInt8] {
        var result = [UInt8]()
        result.reserveCapacity(20)
        for shift in stride(from: 56, through: 0, by: -8) { result.append(UInt8(truncatingIfNeeded: high >> shift)) }
        for shift in stride(from: 56, through: 0, by: -8) { result.append(UInt8(truncatingIfNeeded: middle >> shift)) }
        for shift in stride(from: 24, through: 0, by: -8) { result.append(UInt8(truncatingIfNeeded: low >> shift)) }
        return result
    }

    /// 40 lowercase hex digits, as git prints it.
    public var description: String {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(40)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0xf)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    public static func < (lhs: ObjectID, rhs: ObjectID) -> Bool {
        (lhs.high, lhs.middle, lhs.low) < (rhs.high, rhs.middle, rhs.low)
    }

    // Codable as the hex string, the form manifests and release.json use.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = ObjectID(hex: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "not a 40-hex git object id: \(text)")
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension ObjectID {
    // Direct loads and stores: tree walks convert an id per entry, so no intermediate arrays.
    init(_ oid: git_oid) {
        (high, middle, low) = withUnsafeBytes(of: oid.id) { raw in
            (
                UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)),
                UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)),
                UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self))
            )
        }
    }

    /// Hands the id to libgit2 as the `git_oid` it expects.
    func withOID<Result>(_ body: (UnsafePointer<git_oid>) -> Result) -> Result {
        var oid = git_oid()
        withUnsafeMutableBytes(of: &oid.id) { raw in
            raw.storeBytes(of: high.bigEndian, toByteOffset: 0, as: UInt64.self)
            raw.storeBytes(of: middle.bigEndian, toByteOffset: 8, as: UInt64.self)
            raw.storeBytes(of: low.bigEndian, toByteOffset: 16, as: UInt32.self)
        }
        return withUnsafePointer(to: &oid, body)
    }
}

private func hexValue(_ digit: UInt8) -> UInt8? {
    switch digit {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
    default: nil
    }
}
