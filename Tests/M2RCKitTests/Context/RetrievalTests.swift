import Foundation
import Testing
@testable import M2RCKit

@Suite("Cross-file retrieval")
struct RetrievalTests {
    /// `count` numbered lines: `value_1 = 1` …
    static func numbered(_ range: ClosedRange<Int>, name: String = "value") -> String {
        range.map { "\(name)_\($0) = \($0)" }.joined(separator: "\n")
    }

    @Test("chunks: blank lines dropped, 10 lines each, the last shorter, token-less groups skipped, ids count kept chunks")
    func chunking() {
        // 23 code lines with blank and whitespace-only lines between; then 10 lines of punctuation only; then 2.
        var lines: [String] = []
        for number in 1...23 {
            lines.append("value_\(number) = \(number)")
            if number % 4 == 0 { lines.append("") }
            if number % 7 == 0 { lines.append("   \t") }
        }
        lines += Array(repeating: "    )", count: 10)
        lines += ["tail_a = 1", "tail_b = 2"]
        let index = contextIndex(["lib/data.py": lines.joined(separator: "\n") + "\n", "lib/short.py": "x = 1\ny = 2\n",
                                  "lib/blank.py": "\n   \n"])
        let chunks = index.chunks(of: .python)
        #expect(chunks.map(\.path) == ["lib/data.py", "lib/data.py", "lib/data.py", "lib/data.py", "lib/short.py"])
        #expect(chunks.map(\.index) == [0, 1, 2, 3, 0])
        #expect(chunks[0].text == Self.numbered(1...10))
        #expect(chunks[1].text == Self.numbered(11...20))
        // 35 non-blank lines: groups of 10, 10, 10, 5, each holding a word token.
        #expect(chunks[2].text == Self.numbered(21...23) + "\n" + Array(repeating: "    )", count: 7).joined(separator: "\n"))
        #expect(chunks[3].text == Array(repeating: "    )", count: 3).joined(separator: "\n") + "\ntail_a = 1\ntail_b = 2")
        #expect(chunks[4].text == "x = 1\ny = 2")
    }

    @Test("a group of lines with no word token is not a chunk, and the next chunk takes its index")
    func tokenlessGroup() {
        let text = Self.numbered(1...10) + "\n" + Array(repeating: "});", count: 10).joined(separator: "\n") + "\n"
            + Self.numbered(11...12)
        let index = contextIndex(["a.py": text])
        #expect(index.chunks(of: .python).map(\.index) == [0, 1])
        #expect(index.chunks(of: .python).map(\.text) == [Self.numbered(1...10), Self.numbered(11...12)])
    }

    @Test("Jaccard scores worked out by hand, best first, from the other files only")
    func jaccard() throws {
        let index = contextIndex([
            "pkg/main.py": "import helpers\n\ntotal = add(alpha, beta)\n",
            "pkg/helpers.py": "def add(alpha, beta):\n    return alpha + beta\n",
            "pkg/state.py": "total = 0\n",
            "pkg/unrelated.py": "print('hello world')\n",
        ])
        let context = index.context(path: "pkg/main.py", language: .python,
                                    prefix: "import helpers\n\ntotal = add(alpha, beta)\n", groundtruth: "x")
        // Query {import, helpers, total, add, alpha, beta}.
        // helpers.py {def, add, alpha, beta, return}: 3 shared, union 8 → 0.375.
        // state.py {total, 0}: 1 shared, union 7. unrelated.py {print, hello, world}: 0.
        #expect(context.snippets.map(\.path) == ["pkg/helpers.py", "pkg/state.py", "pkg/unrelated.py"])
        #expect(context.snippets.map(\.score) == [3.0 / 8.0, 1.0 / 7.0, 0])
        #expect(context.query == "import helpers\ntotal = add(alpha, beta)")
        #expect(!context.oracle)
    }

    @Test("ties: the nearer file, then the path that sorts first, then the earlier chunk; never the input order")
    func ties() {
        let shared = "result = compute(left, right)"
        let files = [
            "src/app/main.py": "",
            "src/app/zeta.py": shared,
            "src/app/alpha.py": shared,
            "src/lib/near.py": shared,
            "top.py": shared,
            // Two chunks with the same text, so the same score.
            "src/app/two.py": Self.numbered(1...9) + "\n" + shared + "\n" + Self.numbered(1...9) + "\n" + shared,
        ]
        let settings = RetrievalSettings.with { $0.topK = 10 }
        var orders: Set<[String]> = []
        for rotation in 0..<files.count {
            let keys = files.keys.sorted()
            let rotated = Array(keys[rotation...] + keys[..<rotation])
            let index = RepositoryContextIndex(
                files: rotated.map { ContextFile(path: $0, language: .python, text: files[$0]!) }, settings: settings)
            let context = index.context(path: "src/app/main.py", language: .python, prefix: shared + "\n", groundtruth: "")
            orders.insert(context.snippets.map { "\($0.path)|\($0.chunkIndex)" })
        }
        #expect(orders.count == 1)
        // Equal scores (1.0): same folder (alpha before zeta), then src/lib (distance 2) and top.py (distance 2:
        // `src/app/` holds 2 separators), by path. two.py's chunks score 4/22, chunk 0 before chunk 1.
        #expect(orders.first == ["src/app/alpha.py|0", "src/app/zeta.py|0", "src/lib/near.py|0", "top.py|0",
                                 "src/app/two.py|0", "src/app/two.py|1"])
    }

    @Test("path distance as CrossCodeEval defines it", arguments: [
        ("src/x/a.py", "src/y/b.py", 2), ("src/a.py", "src/b.py", 0), ("a.py", "src/b.py", 1),
        ("src/a.py", "lib/b.py", 2), ("a/b/c/d.py", "a/e.py", 2), ("a.py", "b.py", 0),
    ])
    func pathDistance(first: String, second: String, distance: Int) {
        #expect(PathDistance.between(first, second) == distance)
        #expect(PathDistance.between(second, first) == distance)
    }

    @Test("caps: candidate files by distance, distance limit, chunk limit")
    func caps() {
        let text = "shared_name = compute()"
        let files = ["app/main.py": "", "app/same.py": text, "app/sub/deeper.py": text, "far/away/x.py": text,
                     "app/big.py": Self.numbered(1...30, name: "shared_name")]
        func paths(_ change: (inout RetrievalSettings) -> Void) -> [String] {
            let settings = RetrievalSettings.with { $0.topK = 100; change(&$0) }
            return contextIndex(files, settings: settings)
                .context(path: "app/main.py", language: .python, prefix: text, groundtruth: "").snippets
                .map { "\($0.path)|\($0.chunkIndex)" }.sorted()
        }
        #expect(paths { _ in } == ["app/big.py|0", "app/big.py|1", "app/big.py|2", "app/same.py|0",
                                   "app/sub/deeper.py|0", "far/away/x.py|0"])
        #expect(paths { $0.maxPathDistance = 0 } == ["app/big.py|0", "app/big.py|1", "app/big.py|2", "app/same.py|0"])
        #expect(paths { $0.maxPathDistance = 1 } == ["app/big.py|0", "app/big.py|1", "app/big.py|2", "app/same.py|0",
                                                     "app/sub/deeper.py|0"])
        // Files by (distance, path): app/big.py, app/same.py, app/sub/deeper.py, far/away/x.py.
        #expect(paths { $0.maxCandidateFiles = 2 } == ["app/big.py|0", "app/big.py|1", "app/big.py|2", "app/same.py|0"])
        #expect(paths { $0.maxChunks = 4 } == ["app/big.py|0", "app/big.py|1", "app/big.py|2", "app/same.py|0"])
        #expect(paths { $0.maxChunks = 2 } == ["app/big.py|0", "app/big.py|1"])
        #expect(paths { $0.topK = 0 } == [])
    }

    @Test("the sample's own file is never a candidate, even when it matches best")
    func ownFileExcluded() {
        let text = "def area(width, height):\n    return width * height\n"
        let index = contextIndex(["geo/area.py": text, "geo/copy_of_area.py": text, "geo/other.py": "x = 1\n"],
                                 settings: .with { $0.topK = 10 })
        let context = index.context(path: "geo/area.py", language: .python, prefix: text, groundtruth: "")
        #expect(!context.snippets.contains { $0.path == "geo/area.py" })
        #expect(context.snippets.first?.path == "geo/copy_of_area.py")
        #expect(context.snippets.first?.score == 1)
        // A repository whose only file of the language is the sample's own: nothing to retrieve.
        let alone = contextIndex(["only.py": text])
        #expect(alone.context(path: "only.py", language: .python, prefix: text, groundtruth: "").snippets.isEmpty)
        #expect(alone.context(path: "only.py", language: .python, prefix: text, groundtruth: "").record()
            == .object([("text", .string("")), ("list", .array([])), ("oracle", .bool(false))]))
    }

    @Test("files of other languages are not candidates")
    func languageOnly() {
        let index = RepositoryContextIndex(files: [
            ContextFile(path: "a.py", language: .python, text: "compute_total(items)"),
            ContextFile(path: "b.js", language: .javascript, text: "compute_total(items)"),
            ContextFile(path: "c.py", language: .python, text: "other()"),
        ], settings: RetrievalSettings())
        let context = index.context(path: "a.py", language: .python, prefix: "compute_total(items)", groundtruth: "")
        #expect(context.snippets.map(\.path) == ["c.py"])
    }

    @Test("next chunk: the chunk after the best match, itself when last, each text once")
    func nextChunk() {
        let first = Self.numbered(1...9) + "\nneedle_value = lookup(key)"
        let second = Self.numbered(10...19)
        let third = "needle_value = lookup(key)\n" + Self.numbered(20...22)
        let index = contextIndex(["main.py": "", "data.py": first + "\n" + second + "\n" + third,
                                  "copy.py": third],
                                 settings: .with { $0.nextChunk = true; $0.topK = 2 })
        let context = index.context(path: "main.py", language: .python, prefix: "needle_value = lookup(key)",
                                    groundtruth: "")
        // Ranked: copy.py|0 and data.py|2 (3 of 9 tokens, copy.py first by path), data.py|0 (3 of 21), data.py|1.
        // copy.py|0 is its file's last chunk → itself; data.py|2 is last → itself, the same text as copy.py's:
        // skipped; data.py|0 → data.py|1, shown with data.py|0's score.
        #expect(context.snippets.map { "\($0.path)|\($0.chunkIndex)" } == ["copy.py|0", "data.py|1"])
        #expect(context.snippets[1].text == second)
        #expect(context.snippets.map(\.score) == [3.0 / 9.0, 3.0 / 21.0])
        let plain = contextIndex(["main.py": "", "data.py": first + "\n" + second + "\n" + third, "copy.py": third],
                                 settings: .with { $0.topK = 2 })
            .context(path: "main.py", language: .python, prefix: "needle_value = lookup(key)", groundtruth: "")
        #expect(plain.snippets.map { "\($0.path)|\($0.chunkIndex)" } == ["copy.py|0", "data.py|2"])
    }

    @Test("oracle: the query ends with the ground truth's lines, and the record says so")
    func oracle() throws {
        let prefix = Self.numbered(1...12) + "\nresult = "
        let index = contextIndex(["main.py": "", "lib.py": "secret_helper(token)\n", "other.py": "value_12 = 99\n"],
                                 settings: .with { $0.oracle = true; $0.topK = 1 })
        let context = index.context(path: "main.py", language: .python, prefix: prefix,
                                    groundtruth: "secret_helper(\n    token)")
        #expect(context.oracle)
        #expect(context.query == Self.numbered(6...12) + "\nresult = \nsecret_helper(\n    token)")
        #expect(context.snippets.map(\.path) == ["lib.py"])
        #expect(context.record()["oracle"] == .bool(true))
        let fair = contextIndex(["main.py": "", "lib.py": "secret_helper(token)\n", "other.py": "value_12 = 99\n"],
                                settings: .with { $0.topK = 1 })
            .context(path: "main.py", language: .python, prefix: prefix, groundtruth: "secret_helper(\n    token)")
        #expect(!fair.oracle)
        #expect(fair.query == Self.numbered(4...12) + "\nresult = ")
        #expect(fair.snippets.map(\.path) == ["other.py"])
    }

    @Test("BM25 worked out by hand (rank_bm25's BM25Okapi: k1 1.5, b 0.75, epsilon 0.25)")
    func bm25() throws {
        let index = contextIndex(["main.py": "", "one.py": "x y", "two.py": "x z z", "three.py": "w"],
                                 settings: .with { $0.scoring = .bm25; $0.topK = 3 })
        let context = index.context(path: "main.py", language: .python, prefix: "x z", groundtruth: "")
        // Corpus: [x y], [x z z], [w]; N = 3, avgdl = 2. idf(x) = ln(1.5) − ln(2.5) < 0; y, z, w: ln(2.5) − ln(1.5).
        // Mean idf = (−d + 3d) / 4 = d / 2 with d = ln(2.5) − ln(1.5); x gets epsilon · mean = d / 8.
        let d = log(2.5) - log(1.5)
        let idfX = 0.25 * ((log(1.5) - log(2.5)) + d + d + d) / 4
        let one = idfX * (1 * 2.5 / (1 + 1.5 * (1 - 0.75 + 0.75 * 2 / 2)))
        let two = idfX * (1 * 2.5 / (1 + 1.5 * (1 - 0.75 + 0.75 * 3 / 2)))
            + d * (2 * 2.5 / (2 + 1.5 * (1 - 0.75 + 0.75 * 3 / 2)))
        #expect(context.snippets.map(\.path) == ["two.py", "one.py", "three.py"])
        let scores = context.snippets.map(\.score)
        #expect(abs(scores[0] - two) < 1e-12 && abs(scores[1] - one) < 1e-12 && scores[2] == 0)
        #expect(abs(two - 0.6808) < 1e-3 && abs(one - 0.0639) < 1e-3)
    }

    @Test("BM25: a repeated query token counts each time; a token absent from the corpus adds nothing")
    func bm25Repeats() {
        let index = contextIndex(["main.py": "", "one.py": "alpha beta", "two.py": "gamma", "three.py": "delta"],
                                 settings: .with { $0.scoring = .bm25; $0.topK = 1 })
        let once = index.context(path: "main.py", language: .python, prefix: "alpha nothing", groundtruth: "")
        let twice = index.context(path: "main.py", language: .python, prefix: "alpha alpha", groundtruth: "")
        #expect(once.snippets.first?.path == "one.py")
        #expect(twice.snippets.first.map { $0.score == 2 * once.snippets.first!.score } == true)
    }

    @Test("snippets are verbatim lines of the other files, on the demo corpus")
    func verbatimOnDemo() throws {
        for repository in try DemoCorpus.repositories() {
            let index = RepositoryContextIndex(files: repository.files, settings: .with { $0.nextChunk = true })
            for file in repository.files {
                let cut = file.text.utf8.count / 2
                let prefix = String(decoding: Array(file.text.utf8)[..<cut], as: UTF8.self)
                let context = index.context(path: file.path, language: file.language, prefix: prefix, groundtruth: "")
                let others = repository.files.filter { $0.language == file.language && $0.path != file.path }
                #expect(context.snippets.count <= 5)
                if !others.isEmpty { #expect(!context.snippets.isEmpty, "\(repository.name) \(file.path)") }
                for snippet in context.snippets {
                    #expect(snippet.path != file.path)
                    let source = try #require(others.first { $0.path == snippet.path })
                    let lines = source.text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
                        .map { String(String.UnicodeScalarView($0)) }[snippet.firstRow...snippet.lastRow]
                        .filter { !$0.allSatisfy { $0.isWhitespace } }
                    #expect(lines.joined(separator: "\n") == snippet.text, "\(snippet.path)")
                }
            }
        }
    }
}
