/// M2RC's depth buckets: a file's tree of N layers is cut into 10 equal bands, bucket 1 nearest the root.
///
/// The paper's rule is `bucket = ⌈depth / (N / 10)⌉`. It is computed in integers as `(depth·10 + N − 1) div N`,
/// which equals that ceiling without floating point and always lies in 1…10 for 1 ≤ depth ≤ N. Records keep depth
/// and N, so any other convention can be recomputed.
public enum DepthBucket {
    public static let count = 10

    public static func bucket(depth: Int, treeDepth: Int, buckets: Int = count) -> Int {
        precondition(treeDepth >= 1 && buckets >= 1, "a tree has at least one layer")
        let bucket = (depth * buckets + treeDepth - 1) / treeDepth
        return min(max(bucket, 1), buckets)
    }
}
