import Foundation
import TreeSitter

/// Gives each distinct sequence of 32-bit values a dense id in first-seen order (hash-consing).
struct SequenceInterner {
    private var storage: [UInt32] = []
    private var ends: [Int32] = []
    private var hashes: [UInt64] = []
    private var table: [Int32] = Array(repeating: -1, count: 256)

    var count: Int { ends.count }
    /// Counts the times the interner was emptied, so that ids remembered elsewhere can be dropped with it.
    private(set) var generation = 0

    mutating func removeAll() {
        generation += 1
        storage.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        hashes.removeAll(keepingCapacity: true)
        if table.count > 16384 {
            table = Array(repeating: -1, count: 256)
        } else {
            table.withUnsafeMutableBufferPointer { $0.update(repeating: -1) }
        }
    }

    mutating func intern(_ values: ArraySlice<UInt32>) -> UInt32 {
        values.withUnsafeBufferPointer { intern($0) }
    }

    mutating func intern(_ values: UnsafeBufferPointer<UInt32>) -> UInt32 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
        for value in values {
            hash = (hash ^ UInt64(value)) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 31
        }
        let mask = table.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = table[slot]
            if id < 0 { break }
            if hashes[Int(id)] == hash && equals(Int(id), values) { return UInt32(id) }
            slot = (slot + 1) & mask
        }
        let id = Int32(ends.count)
        storage.append(contentsOf: values)
        ends.append(Int32(storage.count))
        hashes.append(hash)
        table[slot] = id
        if ends.count * 2 > table.count { grow() }
        return UInt32(id)
    }

    private func equals(_ id: Int, _ values: UnsafeBufferPointer<UInt32>) -> Bool {
        let start = id == 0 ? 0 : Int(ends[id - 1])
        let end = Int(ends[id])
        guard end - start == values.count else { return false }
        guard let base = values.baseAddress else { return true }
        return storage.withUnsafeBufferPointer { stored in
            memcmp(stored.baseAddress! + start, base, values.count * MemoryLayout<UInt32>.stride) == 0
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
}

/// The subtree keys of CodeBLEU's syntax match without building strings.
///
/// The reference keys each subtree by `ts_node_string`: the node's type, then for each nearest named (or MISSING)
/// descendant its field name and key, recursively. Two subtrees have equal strings exactly when they have equal
/// heads and equal sequences of (field, child key), so a key is interned from those parts, bottom-up, and compared
/// as an integer. Subtrees are the root and every node with at least one child, anonymous ones included.
struct SubtreeKeys {
    /// Head kinds, the first value of each interned sequence.
    private static let namedHead: UInt32 = 0
    private static let missingNamedHead: UInt32 = 1
    private static let missingAnonymousHead: UInt32 = 2
    private static let unexpectedHead: UInt32 = 3
    private static let anonymousRootHead: UInt32 = 4

    /// Per grammar symbol, the id of its name (aliases share names, and names are what the strings show).
    private let nameIDs: [UInt32]
    private let errorNameID: UInt32

    private var parts: [UInt32] = []
    private var stack: [Int32] = []
    /// Per node, its key as printed inside its parent (see `NodeTable.printChildHeadKinds`).
    private var childKeys: [UInt32] = []
    /// The keys of nodes without printed children, which are their heads alone: id + 1 per (head kind, name id),
    /// 0 when not interned yet; valid for `leafGeneration` of the interner. About half of all nodes are such.
    private var leafKeys: [UInt32] = []
    private var leafGeneration = -1

    init(grammar: Grammar) {
        var firstSymbolOfName: [String: UInt32] = [:]
        var ids: [UInt32] = []
        for symbol in 0..<grammar.symbolCount {
            let name = grammar.symbolName(UInt16(symbol))
            if let existing = firstSymbolOfName[name] {
                ids.append(existing)
            } else {
                firstSymbolOfName[name] = UInt32(symbol)
                ids.append(UInt32(symbol))
            }
        }
        nameIDs = ids
        errorNameID = UInt32(grammar.symbolCount)
    }

    private func nameID(_ symbol: UInt16) -> UInt32 {
        Int(symbol) < nameIDs.count ? nameIDs[Int(symbol)] : errorNameID
    }

    /// The key of every node of `table` (ids from `interner`, shared by the trees being compared), and the keys of
    /// its subtrees in `subtrees`.
    mutating func keys(of table: NodeTable, source: [UInt8], interner: inout SequenceInterner,
                       nodeKeys: inout [UInt32], subtrees: inout [UInt32])
    {
        nodeKeys.removeAll(keepingCapacity: true)
        nodeKeys.append(contentsOf: repeatElement(0, count: table.count))
        subtrees.removeAll(keepingCapacity: true)
        if table.hasPrinting {
            printedKeys(of: table, interner: &interner, nodeKeys: &nodeKeys, subtrees: &subtrees)
            return
        }
        // Children come after their parent in pre-order, so a reverse sweep sees every child first.
        var node = table.count - 1
        while node >= 0 {
            parts.removeAll(keepingCapacity: true)
            appendHead(node, table: table, source: source)
            appendPrintedChildren(of: node, table: table, keys: nodeKeys)
            let key = interner.intern(parts[...])
            nodeKeys[node] = key
            if node == 0 || table.childCounts[node] > 0 { subtrees.append(key) }
            node -= 1
        }
    }

    /// `keys` from the structure a private runtime reports: a node's key is its head and its items, each item's
    /// field, whether it is a hidden MISSING token, and that token or the child's key as printed inside its parent.
    /// Read through buffers: this runs for every node of every distinct string.
    private mutating func printedKeys(of table: NodeTable, interner: inout SequenceInterner,
                                      nodeKeys: inout [UInt32], subtrees: inout [UInt32])
    {
        if leafGeneration != interner.generation {
            leafKeys = Array(repeating: 0, count: (Int(NodeTable.PrintHead.anonymousLeafRoot.rawValue) + 1) * (nameIDs.count + 1))
            leafGeneration = interner.generation
        }
        let count = table.count
        // Scratch moved out of self, so that leafKey may use self while they are borrowed.
        var childKeys = self.childKeys
        var parts = self.parts
        self.childKeys = []
        self.parts = []
        defer {
            self.childKeys = childKeys
            self.parts = parts
        }
        childKeys.removeAll(keepingCapacity: true)
        childKeys.append(contentsOf: repeatElement(0, count: count))
        table.withPrintingView { view in
            var longest = 0
            for node in 0..<count { longest = max(longest, Int(view.itemEnds[node] - view.itemStarts[node])) }
            parts.removeAll(keepingCapacity: true)
            parts.append(contentsOf: repeatElement(0, count: longest + 2))
            parts.withUnsafeMutableBufferPointer { parts in
                childKeys.withUnsafeMutableBufferPointer { childKeys in
                    nodeKeys.withUnsafeMutableBufferPointer { nodeKeys in
                        // Children come after their parent in pre-order, so a reverse sweep sees every child first.
                        var node = count - 1
                        while node >= 0 {
                            let childKind = view.childHeadKinds[node], childValue = view.childHeadValues[node]
                            let kind = view.headKinds[node], value = view.headValues[node]
                            let sameHead = kind == childKind && value == childValue
                            var item = Int(view.itemStarts[node])
                            let end = Int(view.itemEnds[node])
                            if item == end {
                                childKeys[node] = leafKey(kind: childKind, value: childValue, interner: &interner)
                                nodeKeys[node] = sameHead ? childKeys[node]
                                    : leafKey(kind: kind, value: value, interner: &interner)
                            } else {
                                parts[0] = UInt32(childKind) + 16
                                parts[1] = headValue(kind: childKind, value: childValue)
                                var length = 2
                                while item < end {
                                    let target = view.items[item + 2]
                                    parts[length] = view.items[item]
                                    if view.items[item + 1] == 1 {
                                        parts[length + 1] = 1
                                        parts[length + 2] = nameID(UInt16(truncatingIfNeeded: target >> 1)) << 1 | (target & 1)
                                    } else {
                                        parts[length + 1] = 0
                                        parts[length + 2] = childKeys[Int(target)]
                                    }
                                    length += 3
                                    item += 3
                                }
                                let sequence = UnsafeBufferPointer(rebasing: parts[0..<length])
                                childKeys[node] = interner.intern(sequence)
                                if sameHead {
                                    nodeKeys[node] = childKeys[node]
                                } else {
                                    parts[0] = UInt32(kind) + 16
                                    parts[1] = headValue(kind: kind, value: value)
                                    nodeKeys[node] = interner.intern(sequence)
                                }
                            }
                            if node == 0 || view.childCounts[node] > 0 { subtrees.append(nodeKeys[node]) }
                            node -= 1
                        }
                    }
                }
            }
        }
    }

    /// The key of a node that prints no children: the interned (kind, value) of its head, remembered per head.
    private mutating func leafKey(kind: UInt8, value: UInt32, interner: inout SequenceInterner) -> UInt32 {
        let head = headValue(kind: kind, value: value)
        guard kind != NodeTable.PrintHead.unexpected.rawValue, Int(head) <= nameIDs.count else {
            return interner.intern([UInt32(kind) + 16, head][...])
        }
        let slot = Int(kind) * (nameIDs.count + 1) + Int(head)
        if leafKeys[slot] == 0 { leafKeys[slot] = interner.intern([UInt32(kind) + 16, head][...]) + 1 }
        return leafKeys[slot] - 1
    }

    private func headValue(kind: UInt8, value: UInt32) -> UInt32 {
        kind == NodeTable.PrintHead.unexpected.rawValue ? value : nameID(UInt16(truncatingIfNeeded: value))
    }

    private mutating func appendHead(_ node: Int, table: NodeTable, source: [UInt8]) {
        let symbol = table.symbols[node]
        if table.isMissing(node) {
            parts.append(table.isNamed(node) ? Self.missingNamedHead : Self.missingAnonymousHead)
            parts.append(nameID(symbol))
        } else if symbol == UInt16.max && table.childCounts[node] == 0 && table.endBytes[node] > table.startBytes[node] {
            // `(UNEXPECTED c)`: tree-sitter prints its lookahead character, which is the first character of the
            // skipped text in every case we have seen.
            parts.append(Self.unexpectedHead)
            let start = Int(table.startBytes[node])
            let end = Int(table.endBytes[node])
            parts.append(String(decoding: source[start..<end], as: UTF8.self).unicodeScalars.first?.value ?? 0)
        } else if table.isNamed(node) {
            parts.append(Self.namedHead)
            parts.append(nameID(symbol))
        } else {
            // An anonymous node printed as the root of its own string: `(type` (never closed) or `("type")`.
            parts.append(Self.anonymousRootHead + (table.childCounts[node] > 0 ? 0 : 1))
            parts.append(nameID(symbol))
        }
    }

    /// (field, key) of each nearest printed descendant: named or MISSING nodes are printed, anonymous ones are
    /// looked through.
    private mutating func appendPrintedChildren(of node: Int, table: NodeTable, keys: [UInt32]) {
        stack.removeAll(keepingCapacity: true)
        // Depth-first, in order: push children in reverse.
        pushChildren(of: node, table: table)
        while let next = stack.popLast() {
            let child = Int(next)
            if table.isNamed(child) || table.isMissing(child) {
                parts.append(UInt32(table.fieldIDs[child]))
                parts.append(keys[child])
            } else {
                pushChildren(of: child, table: table)
            }
        }
    }

    private mutating func pushChildren(of node: Int, table: NodeTable) {
        let start = stack.count
        var child = table.firstChildren[node]
        while child >= 0 {
            stack.append(child)
            child = table.nextSiblings[Int(child)]
        }
        stack[start...].reverse()
    }
}
