/// Which of the 18 languages a file is in, from its path (and, for `.h`, its content).
public enum LanguageDetection {
    /// Extension (lower case, with the dot) → the languages that use it.
    private static let byExtension: [String: [Language]] = {
        var index: [String: [Language]] = [:]
        for language in Language.allCases {
            for pathExtension in language.profile.extensions { index[pathExtension, default: []].append(language) }
        }
        return index
    }()

    /// The lower-case extension of a path's last component, with its dot (`""` when none).
    public static func pathExtension(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[dot...].lowercased()
    }

    /// The language of a file, or nil when it is none of the 18.
    ///
    /// `.h` is shared by C, C++ and Objective-C and is settled by `HeaderRule` from the file's content and,
    /// when the content is not telling, the other files of its repository.
    public static func language(
        forPath path: String, content: [UInt8]? = nil, repository: HeaderRule.RepositoryEvidence = .none
    ) -> Language? {
        guard let candidates = byExtension[pathExtension(of: path)] else { return nil }
        if candidates.count == 1 { return candidates[0] }
        return HeaderRule.language(content: content ?? [], repository: repository)
    }

    /// The grammar symbol a file of `language` at `path` is parsed with (`.tsx` files use `tsx`).
    public static func grammar(forPath path: String, language: Language) -> String {
        language.profile.grammar(forExtension: pathExtension(of: path))
    }
}

/// The documented rule for `.h` files, which C, C++ and Objective-C all use:
///
/// 1. Objective-C if the header has an Objective-C marker: `@interface`, `@protocol`, `@implementation`,
///    `@property`, `@end` or `#import`.
/// 2. C++ if it has a C++ marker: `namespace`, `template <`, `class Name`, `std::`, an access label
///    (`public:`, `private:`, `protected:`), `virtual`, or an `#include <…>` of an extension-less standard header.
/// 3. Otherwise the repository decides: Objective-C when it has `.m` files and no `.c` files, C++ when it has
///    C++ sources and no `.c` files.
/// 4. Otherwise C.
public enum HeaderRule {
    /// What the other files of the repository say.
    public struct RepositoryEvidence: Sendable, Equatable {
        public var hasC: Bool
        public var hasCpp: Bool
        public var hasObjectiveC: Bool

        public init(hasC: Bool, hasCpp: Bool, hasObjectiveC: Bool) {
            self.hasC = hasC
            self.hasCpp = hasCpp
            self.hasObjectiveC = hasObjectiveC
        }

        public static let none = RepositoryEvidence(hasC: false, hasCpp: false, hasObjectiveC: false)

        /// The evidence in a list of repository paths.
        public init(paths: some Sequence<String>) {
            self = .none
            for path in paths {
                switch LanguageDetection.pathExtension(of: path) {
                case ".c": hasC = true
                case ".m", ".mm": hasObjectiveC = true
                case ".h": break
                case let ext where Language.cpp.profile.extensions.contains(ext): hasCpp = true
                default: break
                }
            }
        }
    }

    static let objectiveCMarkers = ["@interface", "@protocol", "@implementation", "@property", "@end", "#import"]
    static let cppMarkers = ["namespace ", "template <", "template<", "std::", "public:", "private:", "protected:",
                             "virtual "]

    public static func language(content: [UInt8], repository: RepositoryEvidence) -> Language {
        let text = String(decoding: content, as: UTF8.self)
        if objectiveCMarkers.contains(where: { text.contains($0) }) { return .objectiveC }
        if cppMarkers.contains(where: { text.contains($0) }) || declaresClass(text) || includesStandardCppHeader(text) {
            return .cpp
        }
        if !repository.hasC {
            if repository.hasObjectiveC { return .objectiveC }
            if repository.hasCpp { return .cpp }
        }
        return .c
    }

    /// `class Name` followed by `{`, `:` or `;` — a C++ class, not a C identifier named `class`.
    private static func declaresClass(_ text: String) -> Bool {
        var rest = Substring(text)
        while let range = rest.range(of: "class ") {
            let before = rest[..<range.lowerBound].last
            let after = rest[range.upperBound...].drop(while: { $0 == " " })
            let name = after.prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" })
            let next = after.dropFirst(name.count).drop(while: { $0 == " " || $0 == "\n" }).first
            if before.map({ !($0.isLetter || $0.isNumber || $0 == "_") }) ?? true,
               !name.isEmpty, let next, "{:;".contains(next) {
                return true
            }
            rest = rest[range.upperBound...]
        }
        return false
    }

    /// `#include <vector>`: the C++ standard headers have no extension; C's all end in `.h`.
    private static func includesStandardCppHeader(_ text: String) -> Bool {
        for line in text.split(separator: "\n") {
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            guard trimmed.hasPrefix("#include"), let open = trimmed.firstIndex(of: "<"),
                  let close = trimmed[open...].firstIndex(of: ">") else { continue }
            let header = trimmed[trimmed.index(after: open)..<close]
            if !header.isEmpty, !header.contains("."), !header.contains("/") { return true }
        }
        return false
    }
}
