/// Disjoint sets over 0..<count with path halving. The root of a set is its smallest member, so the partition and
/// its representatives depend only on which pairs were joined, not on the order of the joins.
struct UnionFind {
    private var parent: [Int32]

    init(count: Int) {
        precondition(count < Int(Int32.max), "too many elements for 32-bit indices")
        parent = (0..<Int32(count)).map { $0 }
    }

    mutating func find(_ element: Int) -> Int {
        var current = Int32(element)
        while parent[Int(current)] != current {
            let grandparent = parent[Int(parent[Int(current)])]
            parent[Int(current)] = grandparent
            current = grandparent
        }
        return Int(current)
    }

    /// Joins the two sets; returns false when they were already one.
    @discardableResult
    mutating func union(_ first: Int, _ second: Int) -> Bool {
        let rootA = find(first), rootB = find(second)
        guard rootA != rootB else { return false }
        if rootA < rootB { parent[rootB] = Int32(rootA) } else { parent[rootA] = Int32(rootB) }
        return true
    }
}
