/// What cross-file context adds to a mined sample's record, for the mine stage: build one per build (it loads the
/// tokenizer once), one `RepositoryContextIndex` per repository, then `fields(for:in:)` per sample, passed to
/// `MinedSample.record(extra:)`.
public struct ContextFields: Sendable {
    public let settings: RetrievalSettings
    public let fitter: PromptFitter

    public init(settings: RetrievalSettings, counter: any TokenCounter) {
        self.settings = settings
        fitter = PromptFitter(settings: settings, counter: counter)
    }

    /// Loads the configured token counter; a relative `tokenizer` path is taken from `configDirectory`.
    public init(settings: RetrievalSettings, configDirectory: String? = nil) throws(InputError) {
        self.init(settings: settings, counter: try TokenCounters.make(settings: settings, relativeTo: configDirectory))
    }

    /// The index of one repository at one commit: every kept source file, whatever its language.
    public func index(_ files: [ContextFile]) -> RepositoryContextIndex {
        RepositoryContextIndex(files: files, settings: settings)
    }

    /// `crossfile_context`, `budget`, and for instruct records `fim`, in that order.
    public func fields(for sample: MinedSample, in index: RepositoryContextIndex) -> [(String, JSONValue)] {
        let context = index.context(for: sample)
        let fitted = fitter.fit(context, sample: sample)
        var fields: [(String, JSONValue)] = [
            ("crossfile_context", context.record()), ("budget", fitted.budget.record()),
        ]
        if sample.file.split == .instruct {
            fields.append(("fim", .string(fitted.training(middle: sample.groundtruth))))
        }
        return fields
    }
}
