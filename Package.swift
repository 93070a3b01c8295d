// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "CallCoach",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "callcoach", targets: ["callcoach"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .target(name: "ScenarioKit", dependencies: ["Yams"]),
        .target(name: "Judge", dependencies: ["ScenarioKit"]),
        .target(name: "Engine", dependencies: ["ScenarioKit", "Judge"]),
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"]), .brew(["readline"])]
        ),
        .target(name: "Terminal", dependencies: ["Engine", "Judge", "ScenarioKit", "CReadline"]),
        .executableTarget(name: "embed-files"),
        .plugin(name: "EmbedScenarios", capability: .buildTool(), dependencies: ["embed-files"]),
        .target(name: "ShippedLibrary", plugins: ["EmbedScenarios"]),
        .target(
            name: "CallCoachKit",
            dependencies: ["ScenarioKit", "Judge", "Engine", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "Certification",
            dependencies: ["ScenarioKit", "Engine", "CallCoachKit", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(name: "ProgressStore", dependencies: ["Engine", .product(name: "GRDB", package: "GRDB.swift")]),
        .executableTarget(
            name: "callcoach",
            dependencies: [
                "ScenarioKit", "Judge", "Engine", "Terminal", "ShippedLibrary", "CallCoachKit", "Certification", "ProgressStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ScenarioKitTests", dependencies: ["ScenarioKit"]),
        .testTarget(name: "JudgeTests", dependencies: ["Judge"], exclude: ["Fixtures"]),
        .testTarget(name: "EngineTests", dependencies: ["Engine"]),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal"]),
        .testTarget(name: "CallCoachKitTests", dependencies: ["CallCoachKit"]),
        .testTarget(name: "CertificationTests", dependencies: ["Certification"]),
        .testTarget(
            name: "ProgressStoreTests",
            dependencies: ["ProgressStore", "Engine", "Judge", "ScenarioKit", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "CallcoachTests", dependencies: ["callcoach"], exclude: ["Golden"]),
        .testTarget(name: "ShippedLibraryTests", dependencies: ["ShippedLibrary"]),
        .testTarget(name: "EmbedFilesTests", dependencies: ["embed-files"]),
    ],
    swiftLanguageModes: [.v6]
)
