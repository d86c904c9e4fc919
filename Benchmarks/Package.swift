// swift-tools-version:6.1
import PackageDescription

// Per-stage micro-benchmarks (Decode, Parse, Clean, Extract) with ordo-one/benchmark, in a
// package of their own so that the main package and CI never build the benchmark framework.
// Run from this folder: `swift package benchmark`.
let package = Package(
    name: "IngestBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "ingest", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "Stages",
            dependencies: [
                .product(name: "IngestKit", package: "ingest"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Stages",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
