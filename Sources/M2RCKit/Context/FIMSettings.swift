/// The config's `retrieval.fim`: a preset, optionally with sentinels overridden one by one, and the order.
/// `custom` needs all three sentinels. `--dump-config` writes the effective sentinels, which read back the same.
public struct FIMSettings: Codable, Sendable, Equatable {
    public var preset = FIMPreset.starcoder
    public var order = FIMOrder.psm
    /// Overrides of the preset's sentinels.
    public var prefix: String?
    public var suffix: String?
    public var middle: String?

    public init() {}

    /// Equal when they render the same: a sentinel written out equal to its preset's is no change.
    public static func == (lhs: FIMSettings, rhs: FIMSettings) -> Bool {
        lhs.preset == rhs.preset && lhs.order == rhs.order && lhs.tokens == rhs.tokens
    }

    public init(preset: FIMPreset, order: FIMOrder = .psm) {
        self.preset = preset
        self.order = order
    }

    /// The sentinels in effect.
    public var tokens: FIMTokens {
        let base = preset.tokens
        return FIMTokens(prefix: prefix ?? base?.prefix ?? "", suffix: suffix ?? base?.suffix ?? "",
                         middle: middle ?? base?.middle ?? "")
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case preset, order, prefix, suffix, middle
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        preset = try container.decodeIfPresent(FIMPreset.self, forKey: .preset) ?? .starcoder
        order = try container.decodeIfPresent(FIMOrder.self, forKey: .order) ?? .psm
        prefix = try container.decodeIfPresent(String.self, forKey: .prefix)
        suffix = try container.decodeIfPresent(String.self, forKey: .suffix)
        middle = try container.decodeIfPresent(String.self, forKey: .middle)
        if preset == .custom, prefix == nil || suffix == nil || middle == nil {
            throw DecodingError.dataCorruptedError(forKey: .preset, in: container, debugDescription:
                "the custom preset needs `prefix`, `suffix` and `middle` sentinels")
        }
        if tokens.all.contains(where: \.isEmpty) {
            throw DecodingError.dataCorruptedError(forKey: .preset, in: container, debugDescription:
                "FIM sentinels must not be empty")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let effective = tokens
        try container.encode(preset, forKey: .preset)
        try container.encode(order, forKey: .order)
        try container.encode(effective.prefix, forKey: .prefix)
        try container.encode(effective.suffix, forKey: .suffix)
        try container.encode(effective.middle, forKey: .middle)
    }
}
