// swift-tools-version:6.0
import PackageDescription

// The three C libraries come from Debian (libtree-sitter-dev 0.20.7, libgit2-dev 1.5.1, libzstd-dev 1.5.4)
// and are touched only by their wrapper modules: TreeSitter, Git and Zstd.
let package = Package(
    name: "m2rc",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "m2rc", targets: ["m2rc"]),
        .library(name: "M2RCKit", targets: ["M2RCKit"]),
        .library(name: "TreeSitter", targets: ["TreeSitter"]),
        .library(name: "Git", targets: ["Git"]),
        .library(name: "Zstd", targets: ["Zstd"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // SHA-256 of outputs (release.json, done markers) and of file contents (exact dedup).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(name: "CTreeSitter", pkgConfig: "tree-sitter", providers: [.apt(["libtree-sitter-dev"])]),
        .systemLibrary(name: "CGit2", pkgConfig: "libgit2", providers: [.apt(["libgit2-dev"])]),
        .systemLibrary(name: "CZstd", pkgConfig: "libzstd", providers: [.apt(["libzstd-dev"])]),

        .target(name: "TreeSitter", dependencies: ["CTreeSitter"]),
        .target(name: "Git", dependencies: ["CGit2"]),
        .target(name: "Zstd", dependencies: ["CZstd"]),
        .target(
            name: "M2RCKit",
            dependencies: [
                "TreeSitter", "Git", "Zstd",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "m2rc",
            dependencies: [
                "M2RCKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // Benchmarks: plain executables that print their figures and the ratio to a reference
        // measured in the same run. Build them with `-c release`.
        .target(
            name: "CParseLoop",
            path: "Benchmarks/CParseLoop",
            linkerSettings: [.linkedLibrary("tree-sitter"), .linkedLibrary("dl")]
        ),
        .executableTarget(
            name: "parse-benchmark",
            dependencies: ["M2RCKit", "CParseLoop"],
            path: "Benchmarks/ParseBenchmark"
        ),
        .executableTarget(
            name: "mining-benchmark",
            dependencies: ["M2RCKit"],
            path: "Benchmarks/MiningBenchmark"
        ),
        .executableTarget(
            name: "intake-benchmark",
            dependencies: ["M2RCKit", "Git"],
            path: "Benchmarks/IntakeBenchmark"
        ),
        .executableTarget(
            name: "retrieval-benchmark",
            dependencies: ["M2RCKit"],
            path: "Benchmarks/RetrievalBenchmark"
        ),
        .executableTarget(
            name: "evaluator-benchmark",
            dependencies: ["M2RCKit", "Zstd"],
            path: "Benchmarks/EvaluatorBenchmark"
        ),
        .executableTarget(
            name: "dedup-benchmark",
            dependencies: ["M2RCKit"],
            path: "Benchmarks/DedupBenchmark"
        ),

        .testTarget(name: "TreeSitterTests", dependencies: ["TreeSitter", "M2RCKit"]),
        .testTarget(name: "GitTests", dependencies: ["Git"]),
        .testTarget(name: "ZstdTests", dependencies: ["Zstd"]),
        // Fixture data is read through #filePath, not bundled as resources.
        .testTarget(name: "M2RCKitTests", dependencies: ["M2RCKit"], exclude: ["CodeBLEU/Fixtures"]),
        // Runs the built `m2rc` binary: exit statuses and messages of the command-line contract.
        .testTarget(name: "CommandLineTests", dependencies: ["m2rc"]),
    ]
)
