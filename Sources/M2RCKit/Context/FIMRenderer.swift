/// The three sentinel strings of a fill-in-the-middle prompt.
public struct FIMTokens: Sendable, Equatable {
    public let prefix: String
    public let suffix: String
    public let middle: String

    public init(prefix: String, suffix: String, middle: String) {
        self.prefix = prefix
        self.suffix = suffix
        self.middle = middle
    }

    public var all: [String] { [prefix, suffix, middle] }
}

/// The sentinel sets of the code models people evaluate with M2RC-style data.
public enum FIMPreset: String, Codable, Sendable, Equatable, CaseIterable {
    case starcoder
    case deepseekCoder = "deepseek-coder"
    /// Code Llama's infilling format puts a space after `<PRE>` and before `<SUF>` and `<MID>`.
    case codellama
    case qwenCoder = "qwen2.5-coder"
    /// Sentinels given in the config (`fim.prefix`, `fim.suffix`, `fim.middle`).
    case custom

    /// The preset's sentinels; nil for `custom`.
    public var tokens: FIMTokens? {
        switch self {
        case .starcoder: FIMTokens(prefix: "<fim_prefix>", suffix: "<fim_suffix>", middle: "<fim_middle>")
        case .deepseekCoder: FIMTokens(prefix: "<｜fim▁begin｜>", suffix: "<｜fim▁hole｜>", middle: "<｜fim▁end｜>")
        case .codellama: FIMTokens(prefix: "<PRE> ", suffix: " <SUF>", middle: " <MID>")
        case .qwenCoder: FIMTokens(prefix: "<|fim_prefix|>", suffix: "<|fim_suffix|>", middle: "<|fim_middle|>")
        case .custom: nil
        }
    }
}

/// Where the suffix goes.
public enum FIMOrder: String, Codable, Sendable, Equatable, CaseIterable {
    /// prefix sentinel, prefix, suffix sentinel, suffix, middle sentinel (then the middle).
    case psm
    /// prefix sentinel, suffix sentinel, suffix, middle sentinel, prefix (then the middle): the variant of the FIM
    /// paper's appendix that StarCoder's and Code Llama's training code use, where the middle continues the prefix
    /// directly.
    case spm
}

/// Renders a fill-in-the-middle prompt. The cross-file context always sits immediately before the prefix, as part of
/// the prefix segment: `PRE + context + prefix + SUF + suffix + MID` (PSM), `PRE + SUF + suffix + MID + context +
/// prefix` (SPM).
public struct FIMRenderer: Sendable, Equatable {
    public let tokens: FIMTokens
    public let order: FIMOrder

    public init(tokens: FIMTokens, order: FIMOrder = .psm) {
        self.tokens = tokens
        self.order = order
    }

    public init(preset: FIMPreset, order: FIMOrder = .psm) {
        precondition(preset != .custom, "a custom preset needs its tokens: use init(tokens:order:)")
        self.init(tokens: preset.tokens!, order: order)
    }

    public init(settings: FIMSettings) {
        self.init(tokens: settings.tokens, order: settings.order)
    }

    /// What the model is given: it should generate the middle next.
    public func prompt(context: String, prefix: String, suffix: String) -> String {
        switch order {
        case .psm: tokens.prefix + context + prefix + tokens.suffix + suffix + tokens.middle
        case .spm: tokens.prefix + tokens.suffix + suffix + tokens.middle + context + prefix
        }
    }

    /// A training string: the prompt followed by the middle.
    public func training(context: String, prefix: String, suffix: String, middle: String) -> String {
        prompt(context: context, prefix: prefix, suffix: suffix) + middle
    }
}
