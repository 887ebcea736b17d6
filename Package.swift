// swift-tools-version:6.0
import PackageDescription

let metadataAccessors: [SwiftSetting] = [.unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"])]

let package = Package(
    name: "Cairn",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "cairn", targets: ["cairn"]),
        .library(name: "CairnKit", targets: ["CairnKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Report templates: a logic-less, spec-compliant Mustache with a text (unescaped) content type.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // libcmark from the system (Debian: libcmark-dev).
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // libyaml from the system (Debian: libyaml-dev): its event parser, read by Read/YAMLEvents.swift.
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // The only Swift that touches libcmark's C API.
        .target(name: "CommonMark", dependencies: ["CCmark"]),
        // Writes templates/ into a Swift source so the binary carries them.
        .executableTarget(name: "embed-templates"),
        .plugin(
            name: "EmbedTemplates",
            capability: .buildTool(),
            dependencies: ["embed-templates"]
        ),
        // The pure library: source files, diagnostics, model, reader, analysis, reports.
        .target(
            name: "CairnKit",
            dependencies: [
                "CommonMark",
                "CLibYAML",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: metadataAccessors,
            plugins: ["EmbedTemplates"]
        ),
        .executableTarget(
            name: "cairn",
            dependencies: ["CairnKit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: metadataAccessors
        ),
        .testTarget(name: "CommonMarkTests", dependencies: ["CommonMark"]),
        .testTarget(name: "CairnKitTests", dependencies: ["CairnKit"], exclude: ["Fixtures"]),
        .testTarget(name: "CLITests", dependencies: ["cairn"]),
    ]
)
