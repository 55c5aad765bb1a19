import Foundation
import M2RCKit

/// One benchmark pair: a groundtruth snippet and a plausible model prediction for it.
struct BenchmarkPair {
    let reference: String
    let prediction: String
    let mutation: String
}

/// SplitMix64, seeded per language: the pairs are the same on every run and machine.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    /// FNV-1a of a name, to seed a generator per language.
    static func seed(_ name: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}

/// Builds completion pairs from the demo corpus the way METRICS.md §9 describes its benchmark set: 1–3 line
/// snippets of real code as references, and predictions made from them by the mutations models produce —
/// identifier renames, truncation, a dropped token, a changed literal or operator, whitespace changes, swapped
/// lines, an unrelated snippet, over-generation — with about 23 % left unchanged, plus a few empty and
/// comment-only predictions.
struct PairGenerator {
    let language: Language
    private let files: [[String]]
    private let identifiers: [String]
    private var random: SplitMix64

    init(language: Language, demoRoot: String) throws {
        self.language = language
        random = SplitMix64(seed: SplitMix64.seed("m2rc-evaluator-benchmark/" + language.rawValue))
        var files: [[String]] = []
        let manager = FileManager.default
        for repository in try manager.contentsOfDirectory(atPath: demoRoot).sorted() {
            let folder = demoRoot + "/" + repository
            var paths: [String] = []
            let enumerator = manager.enumerator(atPath: folder)
            while let relative = enumerator?.nextObject() as? String { paths.append(relative) }
            paths.sort()
            let evidence = HeaderRule.RepositoryEvidence(paths: paths)
            for path in paths {
                guard let data = manager.contents(atPath: folder + "/" + path) else { continue }
                let bytes = [UInt8](data)
                guard LanguageDetection.language(forPath: path, content: bytes, repository: evidence) == language
                else { continue }
                files.append(String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                    .map(String.init))
            }
        }
        precondition(!files.isEmpty, "no \(language) files under \(demoRoot)")
        self.files = files
        let words = files.joined().joined(separator: " ").split { !($0.isLetter || $0.isNumber || $0 == "_") }
        identifiers = Array(Set(words.map(String.init).filter { $0.first!.isLetter && $0.count > 1 })).sorted()
    }

    mutating func pairs(_ count: Int) -> [BenchmarkPair] {
        (0..<count).map { _ in nextPair() }
    }

    private mutating func nextPair() -> BenchmarkPair {
        let (reference, file, end) = snippet()
        let roll = random.below(100)
        func pair(_ prediction: String, _ mutation: String) -> BenchmarkPair {
            BenchmarkPair(reference: reference, prediction: prediction, mutation: mutation)
        }
        switch roll {
        case 0..<23: return pair(reference, "unchanged")
        case 23..<35: return pair(rename(reference), "rename")
        case 35..<47: return pair(truncate(reference), "truncate")
        case 47..<56: return pair(dropToken(reference), "drop-token")
        case 56..<66: return pair(changeLiteralOrOperator(reference), "literal-or-operator")
        case 66..<74: return pair(changeWhitespace(reference), "whitespace")
        case 74..<79: return pair(swapLines(reference), "swap-lines")
        case 79..<88: return pair(snippet().text, "unrelated")
        case 88..<97: return pair(overGenerate(reference, file: file, after: end), "over-generation")
        case 97..<99: return pair(language.profile.comments.comment("TODO: " + (identifiers.randomElement(&random) ?? "x")),
                                  "comment-only")
        default: return pair("", "empty")
        }
    }

    /// 1–3 lines of a file, the first line's indentation removed, 8–240 characters.
    private mutating func snippet() -> (text: String, file: Int, end: Int) {
        while true {
            let file = random.below(files.count)
            let lines = files[file]
            let start = random.below(lines.count)
            let count = 1 + random.below(3)
            let end = min(lines.count, start + count)
            var text = lines[start..<end].joined(separator: "\n")
            text = String(text.drop { $0 == " " || $0 == "\t" })
            while text.hasSuffix("\n") { text.removeLast() }
            let length = text.unicodeScalars.count
            guard length >= 8, length <= 240, !lines[start].allSatisfy(\.isWhitespace) else { continue }
            return (text, file, end)
        }
    }

    private mutating func rename(_ text: String) -> String {
        let words = wordRanges(text)
        guard let target = words.randomElement(&random).map({ String(text[$0]) }) else { return text + " x" }
        let replacement = random.chance(50) ? (identifiers.randomElement(&random) ?? "tmp") : "tmp"
        var result = ""
        var position = text.startIndex
        for range in words where text[range] == target {
            result += text[position..<range.lowerBound] + replacement
            position = range.upperBound
        }
        return result + text[position...]
    }

    private mutating func truncate(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        let keep = max(1, scalars.count * (30 + random.below(61)) / 100)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[..<keep])
        return String(view)
    }

    private mutating func dropToken(_ text: String) -> String {
        var tokens = text.split(separator: " ", omittingEmptySubsequences: false)
        let candidates = tokens.indices.filter { !tokens[$0].isEmpty }
        guard candidates.count > 1 else { return truncate(text) }
        tokens.remove(at: candidates.randomElement(&random)!)
        return tokens.joined(separator: " ")
    }

    private mutating func changeLiteralOrOperator(_ text: String) -> String {
        let swaps: [(String, String)] = [("==", "!="), ("!=", "=="), ("<=", ">="), (" + ", " - "), (" - ", " + "),
                                        ("&&", "||"), ("||", "&&"), (" < ", " > "), (" * ", " / "), ("0", "1"),
                                        ("1", "2"), ("true", "false"), ("True", "False"), ("\"", "'")]
        let present = swaps.filter { text.contains($0.0) }
        guard let (from, to) = present.randomElement(&random), let range = text.range(of: from) else {
            return rename(text)
        }
        return text.replacingCharacters(in: range, with: to)
    }

    private mutating func changeWhitespace(_ text: String) -> String {
        switch random.below(3) {
        case 0: return text.replacingOccurrences(of: " = ", with: "=").replacingOccurrences(of: ", ", with: ",")
        case 1: return text.replacingOccurrences(of: "(", with: "( ").replacingOccurrences(of: ")", with: " )")
        default: return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n  ")
        }
    }

    private mutating func swapLines(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 2 else { return dropToken(text) }
        let first = random.below(lines.count - 1)
        lines.swapAt(first, first + 1)
        return lines.joined(separator: "\n")
    }

    private mutating func overGenerate(_ text: String, file: Int, after end: Int) -> String {
        let lines = files[file]
        let extra = lines[min(end, lines.count)..<min(lines.count, end + 1 + random.below(2))]
        return extra.isEmpty ? text + "\n" : text + "\n" + extra.joined(separator: "\n")
    }

    private func wordRanges(_ text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start: String.Index?
        for index in text.indices {
            let character = text[index]
            let isWord = character.isLetter || character.isNumber || character == "_"
            if isWord, start == nil, character.isLetter || character == "_" { start = index }
            if !isWord, let open = start { ranges.append(open..<index); start = nil }
        }
        if let open = start { ranges.append(open..<text.endIndex) }
        return ranges
    }
}

extension Array {
    func randomElement(_ random: inout SplitMix64) -> Element? {
        isEmpty ? nil : self[random.below(count)]
    }
}
