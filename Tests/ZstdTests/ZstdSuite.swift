import Testing

/// The parent of every suite in this target. Serialized because the 100 MB test measures the process's
/// memory, which tests running beside it would inflate; the whole target still runs in a few seconds.
@Suite(.serialized)
enum ZstdSuite {}
