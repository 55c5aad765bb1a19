import Testing
@testable import M2RCKit

@Suite("Language registry")
struct LanguageTests {
    @Test("exactly the 18 M2RC languages, with the record names of the architecture page")
    func eighteenLanguages() {
        #expect(Language.allCases.map(\.rawValue) == [
            "c", "cpp", "csharp", "go", "haskell", "html", "java", "javascript", "kotlin", "lua", "objective-c",
            "php", "python", "r", "ruby", "rust", "scala", "typescript",
        ])
    }

    @Test("every language has a grammar, extensions and a way to write a comment", arguments: Language.allCases)
    func profiles(language: Language) {
        let profile = language.profile
        #expect(profile.language == language)
        #expect(!profile.grammar.isEmpty)
        #expect(!profile.extensions.isEmpty)
        #expect(profile.extensions.allSatisfy { $0.hasPrefix(".") && $0 == $0.lowercased() })
        #expect(profile.comments.line != nil || profile.comments.block != nil)
        #expect(Language(name: language.rawValue) == language)
        #expect(Language(name: profile.displayName) == language || profile.displayName.contains(where: { "+#-".contains($0) }))
    }

    @Test("the 10 CodeBLEU languages are the package's")
    func codeBLEUNames() {
        let supported = Language.allCases.filter { $0.profile.codeBLEUName != nil }
        #expect(supported == [.c, .cpp, .csharp, .go, .java, .javascript, .php, .python, .ruby, .rust])
    }

    @Test("aliases people type are accepted, case-insensitively",
          arguments: [("c_sharp", Language.csharp), ("C#", .csharp), ("cs", .csharp), ("ts", .typescript),
                      ("TSX", .typescript), ("py", .python), ("objc", .objectiveC), ("Objective-C", .objectiveC),
                      ("c++", .cpp), ("js", .javascript), ("kt", .kotlin), ("rb", .ruby), ("rs", .rust),
                      ("hs", .haskell), ("golang", .go)])
    func aliases(name: String, language: Language) {
        #expect(Language(name: name) == language)
    }

    @Test("unknown names are rejected")
    func unknownNames() {
        #expect(Language(name: "swift") == nil)
        #expect(Language(name: "") == nil)
    }

    @Test("extensions map to their language and grammar",
          arguments: [("src/main.c", Language.c, "c"), ("a/b.cc", .cpp, "cpp"), ("x.hpp", .cpp, "cpp"),
                      ("Program.cs", .csharp, "c_sharp"), ("main.go", .go, "go"), ("Lib.hs", .haskell, "haskell"),
                      ("index.HTML", .html, "html"), ("A.java", .java, "java"), ("app.mjs", .javascript, "javascript"),
                      ("View.jsx", .javascript, "javascript"), ("build.gradle.kts", .kotlin, "kotlin"),
                      ("init.lua", .lua, "lua"), ("AppDelegate.m", .objectiveC, "objc"), ("index.php", .php, "php"),
                      ("setup.py", .python, "python"), ("analysis.R", .r, "r"), ("Rakefile.rake", .ruby, "ruby"),
                      ("lib.rs", .rust, "rust"), ("Main.scala", .scala, "scala"), ("api.ts", .typescript, "typescript"),
                      ("Button.tsx", .typescript, "tsx")])
    func extensions(path: String, language: Language, grammar: String) {
        #expect(LanguageDetection.language(forPath: path) == language)
        #expect(LanguageDetection.grammar(forPath: path, language: language) == grammar)
    }

    @Test("files of other languages or with no extension have none",
          arguments: ["README.md", "Makefile", "main.swift", "style.css", ".gitignore", "data.json", "x.mm"])
    func notOurLanguages(path: String) {
        #expect(LanguageDetection.language(forPath: path) == nil)
    }
}

@Suite("The .h rule")
struct HeaderRuleTests {
    private func language(_ text: String, _ evidence: HeaderRule.RepositoryEvidence = .none) -> Language? {
        LanguageDetection.language(forPath: "include/x.h", content: Array(text.utf8), repository: evidence)
    }

    @Test("Objective-C markers win")
    func objectiveC() {
        #expect(language("#import <Foundation/Foundation.h>\n@interface Cart : NSObject\n@end\n") == .objectiveC)
        #expect(language("@protocol Store <NSObject>\n- (void)save;\n@end\n") == .objectiveC)
    }

    @Test("C++ markers come next", arguments: [
        "namespace geo {\nstruct P { int x; };\n}\n",
        "template <typename T>\nT max_of(T a, T b);\n",
        "class Shape {\npublic:\n  virtual double area() const = 0;\n};\n",
        "#include <vector>\nint count(const std::vector<int>& v);\n",
        "#include <string>\n",
    ])
    func cpp(text: String) {
        #expect(language(text) == .cpp)
    }

    @Test("plain C headers stay C, including ones that use `class` as a word")
    func c() {
        #expect(language("#include <stdio.h>\ntypedef struct { int id; } item;\nint total(item *items);\n") == .c)
        #expect(language("/* the class of a token */\nint token_class(int c);\n") == .c)
        #expect(language("struct node { int class_id; };\n") == .c)
    }

    @Test("when the header is not telling, the repository decides")
    func repositoryEvidence() {
        let neutral = "#define LIMIT 8\nint limit(void);\n"
        let objc = HeaderRule.RepositoryEvidence(paths: ["Sources/App.m", "Sources/App.h"])
        let cpp = HeaderRule.RepositoryEvidence(paths: ["src/a.cpp", "src/a.h"])
        let mixed = HeaderRule.RepositoryEvidence(paths: ["src/a.cpp", "src/b.c", "src/a.h"])
        #expect(language(neutral, objc) == .objectiveC)
        #expect(language(neutral, cpp) == .cpp)
        #expect(language(neutral, mixed) == .c)
        #expect(language(neutral) == .c)
    }
}
