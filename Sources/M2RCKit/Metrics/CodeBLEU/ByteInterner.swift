import Foundation

/// Gives each distinct byte string a small integer id, dense and in first-seen order, so hot loops compare and
/// count tokens as integers. Reused across pairs: `removeAll()` keeps the capacity.
///
/// Open addressing over a multiplicative hash; ids never depend on hash values, only on the order strings arrive.
struct ByteInterner {
    private var storage: [UInt8] = []
    private var ends: [Int32] = []
    private var hashes: [UInt64] = []
    /// Slots hold an id, or -1.
    private var table: [Int32] = Array(repeating: -1, count: 64)

    init() {}

    init(_ strings: [String]) {
        for string in strings {
            var bytes = Array(string.utf8)
            _ = bytes.withUnsafeMutableBufferPointer { intern(UnsafeBufferPointer($0)) }
        }
    }

    var count: Int { ends.count }

    mutating func removeAll() {
        storage.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        hashes.removeAll(keepingCapacity: true)
        if table.count > 4096 {
            table = Array(repeating: -1, count: 64)
        } else {
            table.withUnsafeMutableBufferPointer { $0.update(repeating: -1) }
        }
    }

    /// The id of `bytes`, adding it when new.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(bytes)
        var slot = Int(truncatingIfNeeded: hash) & (table.count - 1)
        while true {
            let id = table[slot]
            if id < 0 { break }
            if hashes[Int(id)] == hash && equals(Int(id), bytes) { return id }
            slot = (slot + 1) & (table.count - 1)
        }
        let id = Int32(ends.count)
        storage.append(contentsOf: bytes)
        ends.append(Int32(storage.count))
        hashes.append(hash)
        table[slot] = id
        if ends.count * 2 > table.count { grow() }
        return id
    }

    /// The id of `bytes` if it was interned.
    func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = Self.hash(bytes)
        var slot = Int(truncatingIfNeeded: hash) & (table.count - 1)
        while true {
            let id = table[slot]
            if id < 0 { return nil }
            if hashes[Int(id)] == hash && equals(Int(id), bytes) { return id }
            slot = (slot + 1) & (table.count - 1)
        }
    }

    func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { find(bytes) != nil }

    /// Whether the string of `id` is `bytes`.
    func equals(_ id: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { equals(Int(id), $0) }
    }

    /// The bytes of an id.
    func bytes(of id: Int32) -> ArraySlice<UInt8> {
        let start = id == 0 ? 0 : Int(ends[Int(id) - 1])
        return storage[start..<Int(ends[Int(id)])]
    }

    private func equals(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = id == 0 ? 0 : Int(ends[id - 1])
        let end = Int(ends[id])
        guard end - start == bytes.count else { return false }
        guard let base = bytes.baseAddress else { return true }
        return storage.withUnsafeBufferPointer { stored in memcmp(stored.baseAddress! + start, base, bytes.count) == 0 }
    }

    private mutating func grow() {
        var larger = Array(repeating: Int32(-1), count: table.count * 2)
        for id in 0..<ends.count {
            var slot = Int(truncatingIfNeeded: hashes[id]) & (larger.count - 1)
            while larger[slot] >= 0 { slot = (slot + 1) & (larger.count - 1) }
            larger[slot] = Int32(id)
        }
        table = larger
    }

    /// Eight bytes a step (texts are whole snippets as well as tokens), then the tail; the length is mixed in so
    /// that strings differing only by trailing zero bytes differ.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = UInt64(bytes.count) &* multiplier
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return mixed(hash) }
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            hash = (hash ^ word) &* multiplier
            hash ^= hash >> 32
            offset += 8
        }
        if offset < bytes.count {
            // The last one to seven bytes, little-endian, in at most three loads (tokens are mostly this short).
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            if bytes.count - offset >= 4 {
                tail = UInt64(base.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
                shift = 32
                offset += 4
            }
            if bytes.count - offset >= 2 {
                tail |= UInt64(base.loadUnaligned(fromByteOffset: offset, as: UInt16.self)) << shift
                shift += 16
                offset += 2
            }
            if offset < bytes.count { tail |= UInt64(bytes[offset]) << shift }
            hash = (hash ^ tail) &* multiplier
        }
        return mixed(hash)
    }

    /// Spreads the high bits down: slots use the low ones.
    private static func mixed(_ value: UInt64) -> UInt64 {
        var hash = value ^ (value >> 29)
        hash = hash &* 0xbf58_476d_1ce4_e5b9
        return hash ^ (hash >> 32)
    }
}
