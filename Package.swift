// swift-tools-version:6.0
import PackageDescription

/// Generic types are made by direct calls rather than from their mangled names: from a name the runtime must look
/// up each conformance (`String: Hashable`, ...) by scanning every conformance record in the binary, about 300,000
/// instructions a time, twenty times or more in a run (a third of the first prompt's own work).
let startUpSettings: [SwiftSetting] = [.unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"])]

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
        .target(name: "GuidanceCore", swiftSettings: startUpSettings),
        // Install/ holds what `make install` puts beside the binary: the man page and the shell completions.
        .executableTarget(name: "guidance", dependencies: ["GuidanceCore", "CEditLine"], exclude: ["Install"],
                          swiftSettings: startUpSettings),
        .testTarget(name: "GuidanceCoreTests", dependencies: ["GuidanceCore"]),
        .testTarget(name: "GuidanceCLITests", dependencies: ["GuidanceCore"]),
    ]
)
