/// Gives each distinct byte string a small integer id, dense and in first-seen order, so hot loops compare and
/// count tokens as integers. Reused across pairs: `removeAll()` keeps the capacity.
///
/// Open addressing over a FNV-1a hash; ids never depend on hash values, only on the order strings arrive.
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
            for slot in table.indices { table[slot] = -1 }
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

    /// The bytes of an id.
    func bytes(of id: Int32) -> ArraySlice<UInt8> {
        let start = id == 0 ? 0 : Int(ends[Int(id) - 1])
        return storage[start..<Int(ends[Int(id)])]
    }

    private func equals(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = id == 0 ? 0 : Int(ends[id - 1])
        let end = Int(ends[id])
        guard end - start == bytes.count else { return false }
        return storage.withUnsafeBufferPointer { stored in
            var index = 0
            while index < bytes.count {
                if stored[start + index] != bytes[index] { return false }
                index += 1
            }
            return true
        }
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

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        // Spread the high bits down: slots use the low ones.
        hash ^= hash >> 29
        hash = hash &* 0xbf58_476d_1ce4_e5b9
        return hash ^ (hash >> 32)
    }
}
