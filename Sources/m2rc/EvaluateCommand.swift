import ArgumentParser
import Foundation
import M2RCKit

struct EvaluateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score predictions against a dataset: EM, ES, identifier match and CodeBLEU.",
        discussion: """
            DATASET is a release directory (its eval/<split>/ files), a folder of JSONL files, or one JSONL(.zst) \
            file whose records have task_id, language and groundtruth (and, when present, prompt and labels). \
            PREDICTIONS is a JSONL(.zst) file of {"task_id", "prediction"} records ("pred" is accepted too). \
            A task without a prediction is scored as an empty prediction and counted. An unknown or repeated \
            task_id, or a line that is not a valid record, stops with exit status 2 naming the file and line, \
            unless --skip-invalid, which skips and counts such lines. With --output, writes results.json, \
            results.md and details.jsonl.zst there; the per-language table is printed either way.
            """
    )

    @Option(help: "A release directory, a folder of JSONL files, or a JSONL(.zst) file of tasks.")
    var dataset: String

    @Option(help: "A JSONL(.zst) file of {\"task_id\", \"prediction\"} records.")
    var predictions: String

    @Option(help: "Write results.json, results.md and details.jsonl.zst into this folder.")
    var output: String?

    @Option(help: "Post-processing of predictions before scoring: none, first-line or cceval.")
    var postprocess: PostProcessing = .none

    @Option(help: "The eval split of a release directory: test, validation or all.")
    var split: DatasetSplit = .test

    @Option(name: .customLong("es-backend"),
            help: "fuzz.ratio's backend: indel (python-Levenshtein, thefuzz, rapidfuzz) or difflib (pure Python).")
    var esBackend: EditSimilarityBackend = .indel

    @Option(name: .customLong("codebleu-formula"),
            help: "package (codebleu 0.7.0: a zero dataflow score counts as 1) or original (CodeXGLUE).")
    var codeBLEUFormula: CodeBLEUSetup.Formula = .package

    @Option(name: .customLong("codebleu-weights"),
            help: "The four CodeBLEU weights: n-gram, weighted n-gram, syntax, dataflow.")
    var codeBLEUWeights: String = "0.25,0.25,0.25,0.25"

    @Flag(name: .customLong("no-codebleu"), help: "Leave CodeBLEU out.")
    var noCodeBLEU = false

    @Option(help: "The language of records that have no \"language\" field (a name or alias).")
    var language: String?

    @Flag(name: .customLong("skip-invalid"), help: "Skip and count invalid lines instead of stopping at the first.")
    var skipInvalid = false

    @Option(help: "Scoring tasks run at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if let language, Language(name: language) == nil {
            throw ValidationError("unknown language '\(language)'; known: "
                                  + Language.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        _ = try weights()
    }

    private func weights() throws -> [Double] {
        let parts = codeBLEUWeights.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 4, parts.allSatisfy({ $0 != nil && $0! >= 0 && $0!.isFinite }) else {
            throw ValidationError("--codebleu-weights takes four non-negative numbers separated by commas")
        }
        return parts.map { $0! }
    }

    func run() async throws {
        let options = ScoringOptions(
            postProcessing: postprocess, editSimilarityBackend: esBackend,
            codeBLEU: CodeBLEUSetup(formula: codeBLEUFormula, weights: try weights()), includesCodeBLEU: !noCodeBLEU)
        let job = EvaluationJob(
            dataset: dataset, predictions: predictions, split: split,
            policy: InputPolicy(skipInvalid: skipInvalid, defaultLanguage: language.flatMap(Language.init(name:))),
            options: options, jobs: jobs)
        let inputs: EvaluationJob.Inputs
        do {
            inputs = try job.read()
        } catch {
            throw CommandFailure.badInput(error.description)
        }
        report(skipped: inputs.dataset.skipped + inputs.predictions.skipped)

        let languages = Array(Set(inputs.dataset.samples.map(\.language))).sorted()
        var catalog: GrammarCatalog?
        do {
            catalog = try GrammarCatalog.locate()
        } catch {
            if Evaluator.needsGrammars(options: options, languages: languages) {
                throw CommandFailure.workFailed(error.description + " (or pass --no-codebleu)")
            }
        }

        let total = inputs.dataset.samples.count
        let progress = ProgressLine(total: total)
        let result: EvaluationReport
        do {
            result = try await job.evaluate(inputs, catalog: catalog) { done in progress.update(done) }
        } catch {
            progress.finish()
            throw CommandFailure.workFailed("scoring failed: \(error)")
        }
        progress.finish()

        if let output {
            do {
                try ReportWriter.write(result, to: output)
            } catch {
                throw CommandFailure.workFailed("cannot write the results to \(output): \(error)")
            }
        }
        print(Self.languageTable(result), terminator: "")
        var notes = ["\(total) samples", "\(result.counts.missingPredictions) without a prediction (scored as empty)"]
        if skipInvalid {
            notes.append("\(result.counts.invalidDatasetLines + result.counts.invalidPredictionLines) invalid lines skipped")
        }
        notes.append("post-processing \(postprocess.rawValue)")
        print(notes.joined(separator: "; "))
        if let output { print("results written to \(output)/results.json, results.md and details.jsonl.zst") }
    }

    /// Lists skipped lines on stderr (the first few in full).
    private func report(skipped: [InputError]) {
        guard !skipped.isEmpty else { return }
        let shown = skipped.prefix(10).map { "  \($0.description)" }.joined(separator: "\n")
        let more = skipped.count > 10 ? "\n  … and \(skipped.count - 10) more" : ""
        FileHandle.standardError.write(Data("m2rc: skipped \(skipped.count) invalid line(s):\n\(shown)\(more)\n".utf8))
    }

    /// The terminal table: one row per language and one for all samples.
    static func languageTable(_ report: EvaluationReport) -> String {
        var table = TextTable([("language", .left), ("samples", .right), ("EM", .right), ("EM tok", .right),
                               ("ES", .right), ("ES lev", .right), ("ID EM", .right), ("ID F1", .right),
                               ("CodeBLEU", .right)])
        func add(_ name: String, _ summary: MetricSummary) {
            table.add([name, grouped(summary.samples)] + [
                summary.exactMatch, summary.tokenExactMatch, summary.editSimilarity, summary.levenshteinSimilarity,
                summary.identifierExactMatch, summary.identifierF1,
            ].map(ReportWriter.figure) + [summary.codeBLEU.map { ReportWriter.figure($0.codebleu) } ?? "-"])
        }
        for group in report.byLanguage { add(group.key, group.summary) }
        add("all", report.overall)
        return table.render()
    }
}

extension PostProcessing: ExpressibleByArgument {}
extension DatasetSplit: ExpressibleByArgument {}
extension EditSimilarityBackend: ExpressibleByArgument {}
extension CodeBLEUSetup.Formula: ExpressibleByArgument {}

/// Scoring progress on stderr: a line redrawn in place on a terminal, a log line every few seconds otherwise.
final class ProgressLine: @unchecked Sendable {
    private let total: Int
    private let isTerminal = isatty(STDERR_FILENO) != 0
    private let lock = NSLock()
    private var lastPrint = Date.distantPast
    private var printed = false

    init(total: Int) { self.total = total }

    func update(_ done: Int) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        let interval = isTerminal ? 0.2 : 5
        guard now.timeIntervalSince(lastPrint) >= interval || done == total else { return }
        lastPrint = now
        let text = "scored \(grouped(done)) / \(grouped(total)) samples"
        FileHandle.standardError.write(Data((isTerminal ? "\r\(text)" : "m2rc: \(text)\n").utf8))
        printed = true
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if isTerminal && printed { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
