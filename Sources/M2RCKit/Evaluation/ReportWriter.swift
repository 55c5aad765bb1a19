import Foundation
import Zstd

/// Writes an evaluation's three files: `results.json` (machine-readable, keys sorted), `results.md` (tables)
/// and `details.jsonl.zst` (one line per sample, keys in a fixed order, sorted by task id).
public enum ReportWriter {
    public static func write(_ report: EvaluationReport, to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let base = URL(fileURLWithPath: folder)
        try Data((resultsJSON(report).pretty() + "\n").utf8)
            .write(to: base.appendingPathComponent("results.json"), options: .atomic)
        try Data(markdown(report).utf8).write(to: base.appendingPathComponent("results.md"), options: .atomic)
        let detailsPath = base.appendingPathComponent("details.jsonl.zst").path
        let temporary = detailsPath + ".tmp"
        let writer = try JSONLWriter(path: temporary)
        for sample in report.samples { try writer.append(detailLine(sample).serialized()) }
        try writer.finish()
        _ = try? FileManager.default.removeItem(atPath: detailsPath)
        try FileManager.default.moveItem(atPath: temporary, toPath: detailsPath)
    }

    // MARK: details.jsonl.zst

    /// `task_id, language, em, em_tokens, es, es_levmax, identifier{em, precision, recall, f1},
    /// codebleu{codebleu, ngram_match, weighted_ngram_match, syntax_match, dataflow_match}` (null when CodeBLEU
    /// does not cover the language), in that order.
    public static func detailLine(_ sample: EvaluationReport.Sample) -> JSONValue {
        let scores = sample.scores
        let codeBLEU: JSONValue = scores.codeBLEU.map { values in
            .object([
                ("codebleu", .double(values.codebleu)), ("ngram_match", .double(values.ngramMatch)),
                ("weighted_ngram_match", .double(values.weightedNgramMatch)),
                ("syntax_match", .double(values.syntaxMatch)), ("dataflow_match", .double(values.dataflowMatch)),
            ])
        } ?? .null
        return .object([
            ("task_id", .string(sample.taskID)),
            ("language", .string(sample.language.rawValue)),
            ("em", .int(scores.exactMatch ? 1 : 0)),
            ("em_tokens", .int(scores.tokenExactMatch ? 1 : 0)),
            ("es", .int(scores.editSimilarity)),
            ("es_levmax", .double(scores.levenshteinSimilarity)),
            ("identifier", .object([
                ("em", .int(scores.identifier.exactMatch ? 1 : 0)),
                ("precision", .double(scores.identifier.precision)),
                ("recall", .double(scores.identifier.recall)),
                ("f1", .double(scores.identifier.f1)),
            ])),
            ("codebleu", codeBLEU),
        ])
    }

    // MARK: results.json

    public static func resultsJSON(_ report: EvaluationReport) -> JSONValue {
        let settings = report.settings
        let options = settings.options
        var metrics: [(String, JSONValue)] = [
            ("overall", summaryJSON(report.overall)),
            ("by_language", groupsJSON(report.byLanguage)),
        ]
        if let groups = report.byBucket { metrics.append(("by_bucket", groupsJSON(groups))) }
        if let groups = report.bySemanticClass { metrics.append(("by_semantic_class", groupsJSON(groups))) }
        if let groups = report.byDifficulty { metrics.append(("by_difficulty", groupsJSON(groups))) }
        return sortedObject([
            ("settings", sortedObject([
                ("dataset", .string(settings.dataset)),
                ("split", settings.split.map { .string($0.rawValue) } ?? .null),
                ("predictions", .string(settings.predictions)),
                ("postprocess", .string(options.postProcessing.rawValue)),
                ("es_backend", .string(options.editSimilarityBackend.rawValue)),
                ("codebleu", options.includesCodeBLEU ? sortedObject([
                    ("combination", .string(options.codeBLEU.formula.rawValue)),
                    ("weights", .array(options.codeBLEU.weights.map { .double($0) })),
                    ("aggregation", .string("corpus: statistics summed over each group's pairs")),
                ]) : .null),
                ("scale", .string("0-100, means of per-sample values (CodeBLEU: corpus-level), round(x, 2)")),
                ("tool", .string("m2rc")),
                ("tool_version", .string(settings.toolVersion)),
            ])),
            ("counts", sortedObject([
                ("samples", .int(report.counts.samples)),
                ("missing_predictions", .int(report.counts.missingPredictions)),
                ("invalid_lines_skipped", sortedObject([
                    ("dataset", .int(report.counts.invalidDatasetLines)),
                    ("predictions", .int(report.counts.invalidPredictionLines)),
                ])),
            ])),
            ("metrics", sortedObject(metrics)),
        ])
    }

    static func summaryJSON(_ summary: MetricSummary) -> JSONValue {
        let codeBLEU: JSONValue = summary.codeBLEU.map { values in
            sortedObject([
                ("codebleu", .double(values.codebleu)), ("ngram_match", .double(values.ngramMatch)),
                ("weighted_ngram_match", .double(values.weightedNgramMatch)),
                ("syntax_match", .double(values.syntaxMatch)), ("dataflow_match", .double(values.dataflowMatch)),
                ("samples", .int(summary.codeBLEUSamples)),
            ])
        } ?? .null
        return sortedObject([
            ("samples", .int(summary.samples)),
            ("em", .double(summary.exactMatch)),
            ("em_tokens", .double(summary.tokenExactMatch)),
            ("es", .double(summary.editSimilarity)),
            ("es_levmax", .double(summary.levenshteinSimilarity)),
            ("identifier", sortedObject([
                ("em", .double(summary.identifierExactMatch)),
                ("precision", .double(summary.identifierPrecision)),
                ("recall", .double(summary.identifierRecall)),
                ("f1", .double(summary.identifierF1)),
            ])),
            ("codebleu", codeBLEU),
        ])
    }

    static func groupsJSON(_ groups: [EvaluationReport.Group]) -> JSONValue {
        sortedObject(groups.map { ($0.key, summaryJSON($0.summary)) })
    }

    /// An object with its keys sorted by their UTF-8 bytes, as Python's `json.dumps(sort_keys=True)`
    /// orders ASCII keys.
    static func sortedObject(_ fields: [(String, JSONValue)]) -> JSONValue {
        .object(fields.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) })
    }

    // MARK: results.md

    public static func markdown(_ report: EvaluationReport) -> String {
        let settings = report.settings
        let options = settings.options
        var lines: [String] = ["# Evaluation", ""]
        lines.append("| setting | value |")
        lines.append("|---|---|")
        lines.append("| dataset | `\(settings.dataset)`\(settings.split.map { " (split \($0.rawValue))" } ?? "") |")
        lines.append("| predictions | `\(settings.predictions)` |")
        lines.append("| post-processing | \(options.postProcessing.rawValue) |")
        lines.append("| ES backend | \(options.editSimilarityBackend.rawValue) |")
        if options.includesCodeBLEU {
            let weights = options.codeBLEU.weights.map { JSONValue.double($0).serialized() }.joined(separator: ", ")
            lines.append("| CodeBLEU | \(options.codeBLEU.formula.rawValue) formula, weights \(weights); corpus-level per group |")
        } else {
            lines.append("| CodeBLEU | not computed |")
        }
        lines.append("| tool | m2rc \(settings.toolVersion) |")
        lines.append("")
        let counts = report.counts
        lines.append("Samples: \(counts.samples); missing predictions (scored as empty): \(counts.missingPredictions); "
                     + "invalid lines skipped: \(counts.invalidDatasetLines) in the dataset, "
                     + "\(counts.invalidPredictionLines) in the predictions.")
        lines.append("")
        lines.append("All figures 0–100. EM: CrossCodeEval's rule; EM tok: whitespace tokens; ES: `fuzz.ratio`; "
                     + "ES lev: 1 − Levenshtein/max; ID: identifier match; CodeBLEU: corpus-level, with its n-gram, "
                     + "weighted n-gram, syntax and dataflow components; – where CodeBLEU does not cover the group.")
        lines.append("")
        lines += table(title: "By language", heading: "language",
                       rows: [("**all**", report.overall)] + report.byLanguage.map { ($0.key, $0.summary) })
        if let groups = report.byBucket {
            lines += table(title: "By depth bucket", heading: "bucket", rows: groups.map { ($0.key, $0.summary) })
        }
        if let groups = report.bySemanticClass {
            lines += table(title: "By semantic class", heading: "class", rows: groups.map { ($0.key, $0.summary) })
        }
        if let groups = report.byDifficulty {
            lines += table(title: "By difficulty", heading: "difficulty", rows: groups.map { ($0.key, $0.summary) })
        }
        return lines.joined(separator: "\n")
    }

    static func table(title: String, heading: String, rows: [(String, MetricSummary)]) -> [String] {
        var lines = ["## \(title)", ""]
        lines.append("| \(heading) | samples | EM | EM tok | ES | ES lev | ID EM | ID P | ID R | ID F1 | CodeBLEU | n-gram | weighted | syntax | dataflow |")
        lines.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
        for (name, summary) in rows {
            var cells = [name, "\(summary.samples)"]
            cells += [summary.exactMatch, summary.tokenExactMatch, summary.editSimilarity, summary.levenshteinSimilarity,
                      summary.identifierExactMatch, summary.identifierPrecision, summary.identifierRecall,
                      summary.identifierF1].map(figure)
            if let values = summary.codeBLEU {
                cells += [values.codebleu, values.ngramMatch, values.weightedNgramMatch, values.syntaxMatch,
                          values.dataflowMatch].map(figure)
            } else {
                cells += Array(repeating: "–", count: 5)
            }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        lines.append("")
        return lines
    }

    /// A figure with two decimals.
    public static func figure(_ value: Double) -> String { String(format: "%.2f", value) }
}
