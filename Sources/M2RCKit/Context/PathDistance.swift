/// CrossCodeEval's distance between two repository-relative paths: after their longest common run of leading folders,
/// the number of `/` left in one plus the number left in the other. Files in the same folder are 0 apart;
/// `src/x/a.py` and `src/y/b.py` are 2 apart; `a.py` and `src/b.py` are 1 apart.
public enum PathDistance {
    public static func between(_ first: String, _ second: String) -> Int {
        between(folders: folders(of: first), folders(of: second))
    }

    /// The folders of a path (its components but the last).
    static func folders(of path: String) -> [Substring] {
        Array(path.split(separator: "/", omittingEmptySubsequences: false).dropLast())
    }

    /// Folder names compare as bytes (Python compares code points; Swift's `==` would equate canonically equivalent
    /// spellings).
    static func between(folders first: [Substring], _ second: [Substring]) -> Int {
        var common = 0
        while common < first.count, common < second.count, first[common].utf8.elementsEqual(second[common].utf8) {
            common += 1
        }
        return (first.count - common) + (second.count - common)
    }
}
