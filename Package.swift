// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "guidance",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "guidance", targets: ["guidance"]),
        .library(name: "GuidanceCore", targets: ["GuidanceCore"]),
    ],
    targets: [
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),
        .target(name: "GuidanceCore"),
        // Install/ holds what `make install` puts beside the binary: the man page and the shell completions.
        .executableTarget(name: "guidance", dependencies: ["GuidanceCore", "CEditLine"], exclude: ["Install"]),
        .testTarget(name: "GuidanceCoreTests", dependencies: ["GuidanceCore"]),
        .testTarget(name: "GuidanceCLITests", dependencies: ["GuidanceCore"]),
    ]
)
