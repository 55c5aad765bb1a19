import Git

/// Why a file of a repository is not mined. The raw value is what `rejected.jsonl.zst` says.
public enum FileRejection: String, Sendable, Codable, CaseIterable, Comparable {
    case symlink
    case submodule
    /// The path is not valid UTF-8, so no record could name it faithfully.
    case nonUTF8Path = "non-utf8-path"
    /// Under a vendored folder such as `vendor/` or `node_modules/`.
    case vendored
    /// A lock file, minified bundle or generated source (by name or by a marker comment).
    case generated
    /// Not a file of the 18 languages.
    case notSource = "not-source"
    case empty
    case tooLarge = "too-large"
    /// Contains a NUL byte.
    case binary
    case invalidUTF8 = "invalid-utf8"
    /// Very long lines: minified code or data.
    case minified

    public static func < (lhs: FileRejection, rhs: FileRejection) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The outcome of the file rules for one file.
public enum FileVerdict: Sendable, Equatable {
    case source(Language)
    case rejected(FileRejection, detail: String)
}

extension FileRules {
    /// The rules that need only the tree entry, in the documented order. nil when the file must be read to decide.
    public func verdict(for entry: TreeEntry) -> FileVerdict? {
        switch entry.kind {
        case .symlink: return .rejected(.symlink, detail: "")
        case .submodule: return .rejected(.submodule, detail: "")
        case .blob, .executable: break
        }
        guard entry.hasUTF8Path else { return .rejected(.nonUTF8Path, detail: "") }
        let components = entry.path.split(separator: "/").map(String.init)
        if let folder = components.dropLast().first(where: { vendoredDirectories.contains($0) }) {
            return .rejected(.vendored, detail: "\(folder)/")
        }
        let name = components.last ?? entry.path
        if generatedNames.contains(name) { return .rejected(.generated, detail: name) }
        let lowered = name.lowercased()
        if let suffix = generatedSuffixes.first(where: { lowered.hasSuffix($0.lowercased()) }) {
            return .rejected(.generated, detail: "*\(suffix)")
        }
        if LanguageDetection.pathExtension(of: entry.path).isEmpty || LanguageDetection.language(forPath: entry.path) == nil {
            return .rejected(.notSource, detail: "")
        }
        if entry.size == 0 { return .rejected(.empty, detail: "") }
        if entry.size > maxBytes { return .rejected(.tooLarge, detail: "\(entry.size) bytes > \(maxBytes)") }
        return nil
    }

    /// The rules that need the content, in the documented order; the language once all pass (`.h` files are
    /// settled by the header rule with the repository's evidence).
    public func verdict(path: String, content: [UInt8], repository: HeaderRule.RepositoryEvidence) -> FileVerdict {
        let shape = TextShape(content)
        if shape.hasNUL { return .rejected(.binary, detail: "NUL byte") }
        guard String(validating: content, as: UTF8.self) != nil else {
            return .rejected(.invalidUTF8, detail: "")
        }
        if let marker = generatedMarker(in: content) { return .rejected(.generated, detail: "marker \"\(marker)\"") }
        if shape.longestLine > maxLineLength {
            return .rejected(.minified, detail: "a line of \(shape.longestLine) bytes > \(maxLineLength)")
        }
        if shape.meanLineLength > Double(maxMeanLineLength) {
            return .rejected(.minified, detail: "mean line length \(Int(shape.meanLineLength)) > \(maxMeanLineLength)")
        }
        guard let language = LanguageDetection.language(forPath: path, content: content, repository: repository) else {
            return .rejected(.notSource, detail: "")
        }
        return .source(language)
    }

    private func generatedMarker(in content: [UInt8]) -> String? {
        let window = String(decoding: content.prefix(markerWindow), as: UTF8.self).lowercased()
        return generatedMarkers.first { window.contains($0.lowercased()) }
    }
}

/// Line and byte facts about a file, gathered in one pass.
struct TextShape {
    var hasNUL = false
    var longestLine = 0
    var lines = 0
    var meanLineLength: Double { lines == 0 ? 0 : Double(bytes - newlines) / Double(lines) }
    private var bytes = 0
    private var newlines = 0

    init(_ content: [UInt8]) {
        bytes = content.count
        content.withUnsafeBufferPointer { buffer in
            var lineStart = 0
            for index in 0..<buffer.count {
                let byte = buffer[index]
                if byte == 0 { hasNUL = true }
                if byte == UInt8(ascii: "\n") {
                    longestLine = max(longestLine, index - lineStart)
                    lineStart = index + 1
                    newlines += 1
                }
            }
            longestLine = max(longestLine, buffer.count - lineStart)
            lines = newlines + (lineStart < buffer.count ? 1 : 0)
        }
    }
}
