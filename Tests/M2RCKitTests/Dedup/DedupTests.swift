import Testing
@testable import M2RCKit

@Suite("Dedup: exact and near duplicates")
struct DedupTests {
    typealias F = DedupFixtures

    static func run(_ documents: [DedupDocument], settings: DedupSettings = DedupSettings(),
                    parallelism: Int = 2) async -> DedupOutcome {
        await Deduplicator(settings: settings).deduplicate(documents, parallelism: parallelism)
    }

    static func rows(_ outcome: DedupOutcome) -> [String] {
        outcome.removals.map { $0.record().serialized() }
    }

    @Test("normalisation: CRLF, lone CR, trailing blanks, a BOM and final blank lines do not matter; indentation does")
    func normalisation() {
        let lf = Array("def f(x):\n    return x\n".utf8)
        let variants = ["def f(x):\r\n    return x\r\n", "def f(x):  \n    return x\t\n\n\n", "\u{FEFF}def f(x):\r    return x",
                        "def f(x): \u{0B}\r\n    return x \u{0C}"]
        for variant in variants {
            #expect(ContentNormalization.normalized(Array(variant.utf8)) == lf)
            #expect(ContentDigest(normalizing: Array(variant.utf8)) == ContentDigest(normalizing: lf))
        }
        #expect(ContentDigest(normalizing: Array("def f(x):\n  return x\n".utf8)) != ContentDigest(normalizing: lf))
        #expect(ContentNormalization.normalized(Array(" \n\t\r\n".utf8)).isEmpty)
        #expect(ContentDigest(sha256Of: Array("abc".utf8)).hex
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("exact duplicates across repositories keep one copy: most stars, then repository name, then path")
    func exactDuplicates() async throws {
        let lf = F.scheduler
        let crlf = F.scheduler.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0 + "   " }.joined(separator: "\r\n")
        let outcome = await Self.run([
            F.file("zeta/tasks", "scheduler.py", stars: 40, lf),
            F.file("alpha/jobs", "lib/scheduler.py", stars: 40, crlf),
            F.file("alpha/jobs", "copy/scheduler.py", stars: 40, lf),
            F.file("small/fork", "scheduler.py", stars: 7, crlf),
            F.file("other/pool", "pool.py", stars: 900, F.workerPool),
        ])
        // alpha/jobs beats zeta/tasks on the name, copy/ beats lib/ on the path; the 900-star file is unrelated.
        #expect(outcome.kept.map(\.location) == ["alpha/jobs:copy/scheduler.py", "other/pool:pool.py"])
        #expect(outcome.removals.map(\.location) == ["alpha/jobs:lib/scheduler.py", "small/fork:scheduler.py",
                                                      "zeta/tasks:scheduler.py"])
        #expect(outcome.removals.allSatisfy { $0.reason == .exactDuplicate && $0.estimatedJaccard == nil })
        #expect(outcome.removals.allSatisfy { $0.duplicateOf?.location == "alpha/jobs:copy/scheduler.py" })
        let counts = try #require(outcome.counts.first { $0.language == .python })
        #expect((counts.files, counts.exactDuplicates, counts.nearDuplicates, counts.keptFiles) == (5, 3, 0, 2))
    }

    @Test("a copy with a renamed variable and a changed line is a near duplicate; a different module is not")
    func nearDuplicate() async throws {
        let shinglesA = Set(Shingles.hashes(of: Array(F.scheduler.utf8), ngram: 5, minTokens: 5).hashes)
        let shinglesB = Set(Shingles.hashes(of: Array(F.schedulerCopy.utf8), ngram: 5, minTokens: 5).hashes)
        let trueJaccard = Double(shinglesA.intersection(shinglesB).count) / Double(shinglesA.union(shinglesB).count)
        #expect(trueJaccard > 0.75 && trueJaccard < 0.95)

        let outcome = await Self.run([
            F.file("acme/scheduler", "acme/scheduler.py", stars: 120, F.scheduler),
            F.file("someone/homework", "src/sched.py", stars: 12, F.schedulerCopy),
            F.file("acme/scheduler", "acme/pool.py", stars: 120, F.workerPool),
        ])
        #expect(outcome.kept.map(\.location) == ["acme/scheduler:acme/pool.py", "acme/scheduler:acme/scheduler.py"])
        let removal = try #require(outcome.removals.first)
        #expect(outcome.removals.count == 1)
        #expect(removal.location == "someone/homework:src/sched.py")
        #expect(removal.reason == .nearDuplicate)
        #expect(removal.duplicateOf?.location == "acme/scheduler:acme/scheduler.py")
        let estimate = try #require(removal.estimatedJaccard)
        #expect(abs(estimate - trueJaccard) < 0.1)
        #expect(removal.record().serialized() == """
            {"kind":"file","repo":"someone/homework","path":"src/sched.py","reason":"near-duplicate",\
            "detail":"near duplicate, estimated Jaccard \(estimate) of acme/scheduler:acme/scheduler.py (instruct, 120 stars), kept",\
            "language":"python","split":"instruct","task_id":null,\
            "duplicate_of":{"repo":"acme/scheduler","path":"acme/scheduler.py","split":"instruct","stars":120},\
            "estimated_jaccard":\(estimate),"benchmark":null}
            """)
    }

    @Test("without verification every bucket pair is linked; with it, the estimated Jaccard must reach the threshold")
    func verification() async {
        // Threshold 0.95 with a loose LSH (4 bands of 2 rows) makes the 0.8-similar copy a candidate that fails
        // verification.
        var settings = DedupSettings()
        settings.threshold = 0.95
        settings.bands = 4
        settings.rows = 2
        let documents = [F.file("a/a", "s.py", stars: 9, F.scheduler), F.file("b/b", "s.py", stars: 8, F.schedulerCopy)]
        #expect(await Self.run(documents, settings: settings).removals.isEmpty)
        settings.verify = .none
        #expect(await Self.run(documents, settings: settings).removals.map(\.location) == ["b/b:s.py"])
    }

    @Test("the survivor and every row are the same whatever the input order")
    func orderIndependence() async {
        var documents: [DedupDocument] = []
        for (index, repository) in ["m/one", "k/two", "z/three", "a/four", "q/five", "b/six"].enumerated() {
            // Equal stars for three of them: the repository name decides.
            let stars = index < 3 ? 50 : 10 + index
            documents.append(F.file(repository, "scheduler.py", stars: stars, index.isMultiple(of: 2) ? F.scheduler : F.schedulerCopy))
            documents.append(F.file(repository, "pool.py", stars: stars, index == 1 ? F.workerPool + "\n# fork\n" : F.workerPool))
        }
        let reference = await Self.run(documents)
        #expect(reference.kept.map(\.location) == ["k/two:pool.py", "k/two:scheduler.py"])
        var random = SeededRandom(seed: 2024)
        for _ in 0..<5 {
            var shuffled = documents
            random.shuffle(&shuffled)
            let outcome = await Self.run(shuffled)
            #expect(outcome.kept == reference.kept)
            #expect(Self.rows(outcome) == Self.rows(reference))
        }
    }

    @Test("parallel width 1 and 4 give the same fingerprints and the same decisions")
    func parallelism() async throws {
        var documents: [DedupDocument] = []
        var random = SeededRandom(seed: 11)
        for index in 0..<60 {
            var lines = (index.isMultiple(of: 3) ? F.workerPool : F.scheduler).split(separator: "\n").map(String.init)
            // Small seeded edits: some copies stay exact, others drift a little or a lot.
            for _ in 0..<random.uniform(below: 6) {
                lines[random.uniform(below: lines.count)] = "    value_\(random.uniform(below: 1000)) = compute(\(index))"
            }
            documents.append(F.file("owner/repo\(index % 7)", "file\(index).py", stars: random.uniform(below: 30),
                                    split: index % 5 == 0 ? .test : .instruct, lines.joined(separator: "\n")))
        }
        let fingerprinter = Fingerprinter(settings: DedupSettings())
        let serial = await fingerprinter.fingerprints(of: documents.map(\.content), parallelism: 1)
        let parallel = await fingerprinter.fingerprints(of: documents.map(\.content), parallelism: 4)
        #expect(serial == parallel)
        #expect(serial == documents.map { fingerprinter.fingerprint(of: $0.content) })
        let contents = documents.map(\.content)
        let lazy = try await fingerprinter.fingerprints(count: contents.count, parallelism: 3) { contents[$0] }
        #expect(lazy == serial)
        struct Unreadable: Error {}
        await #expect(throws: Unreadable.self) {
            _ = try await fingerprinter.fingerprints(count: contents.count, parallelism: 3) { index in
                if index == 41 { throw Unreadable() }
                return contents[index]
            }
        }
        let one = await Self.run(documents, parallelism: 1), four = await Self.run(documents, parallelism: 4)
        #expect(one.kept == four.kept)
        #expect(Self.rows(one) == Self.rows(four))
        #expect(one.removals.contains { $0.reason == .nearDuplicate })
        #expect(one.removals.contains { $0.reason == .exactDuplicate })
    }

    @Test("documents under 5 tokens have no signature: only exact copies of them are removed")
    func shortDocuments() async throws {
        let fingerprinter = Fingerprinter(settings: DedupSettings())
        let short = fingerprinter.fingerprint(of: Array("x = 1\n".utf8))
        #expect(short.tokens == 2 && short.signature == nil)
        #expect(fingerprinter.fingerprint(of: Array("from .core import run".utf8)).signature == nil)  // 4 tokens
        #expect(fingerprinter.fingerprint(of: Array("from a import b, c".utf8)).signature != nil)  // 5: one shingle
        let outcome = await Self.run([
            F.file("a/a", "__init__.py", stars: 10, "from .core import run\n"),
            F.file("b/b", "__init__.py", stars: 20, "from .core import run\r\n"),
            F.file("c/c", "__init__.py", stars: 30, "VERSION = 2\n"),
            F.file("d/d", "__init__.py", stars: 40, "x = 1\n"),
        ])
        // BigCode v1 would give the two short files the same all-maximum signature and cluster them; here they
        // stay apart, and the 4-token files are exact duplicates only.
        #expect(outcome.kept.map(\.location) == ["b/b:__init__.py", "c/c:__init__.py", "d/d:__init__.py"])
        let removal = try #require(outcome.removals.first)
        #expect(removal.reason == .exactDuplicate && removal.duplicateOf?.location == "b/b:__init__.py")
        #expect(outcome.statistics.signed == 0)
    }

    @Test("an exact copy of a file that is itself a near duplicate names the file finally kept")
    func chains() async throws {
        let outcome = await Self.run([
            F.file("big/origin", "scheduler.py", stars: 500, F.scheduler),
            F.file("mid/fork", "scheduler.py", stars: 50, F.schedulerCopy),
            F.file("tiny/fork", "scheduler.py", stars: 5, F.schedulerCopy),
        ])
        #expect(outcome.kept.map(\.location) == ["big/origin:scheduler.py"])
        #expect(outcome.removals.map(\.reason) == [.nearDuplicate, .nearDuplicate])
        #expect(outcome.removals.allSatisfy { $0.duplicateOf?.location == "big/origin:scheduler.py" })
        #expect(outcome.removals[0].estimatedJaccard == outcome.removals[1].estimatedJaccard)
        #expect(outcome.isKept(repository: "big/origin", path: "scheduler.py"))
        #expect(!outcome.isKept(repository: "mid/fork", path: "scheduler.py"))
    }
}

extension DedupRemoval {
    var location: String { "\(repository):\(path)" }
}
