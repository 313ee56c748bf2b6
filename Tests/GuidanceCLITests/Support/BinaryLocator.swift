import Foundation

/// Finds the built `guidance` executable that the end-to-end tests run.
///
/// `swift test` builds the executable into the same products folder as the
/// test bundle (`.build/debug`, or `<scratch-path>/debug` with
/// `--scratch-path`), so the search starts from the running test binary and
/// walks up a few folders. `GUIDANCE_BINARY` names another binary to test;
/// `.build/debug` under the package root is the last resort.
enum BinaryLocator {
    /// Why the executable was not found.
    struct NotFound: Error, CustomStringConvertible, Equatable {
        /// The executable's name.
        let name: String
        /// Every folder that was looked in, in order.
        let searched: [String]

        /// One plain sentence naming what is missing, what to do, and where it looked.
        var description: String {
            "The test could not find the \"\(name)\" program; run `swift build` (or set GUIDANCE_BINARY to its path) and try again. Looked in: \(searched.joined(separator: ", "))"
        }
    }

    /// The `guidance` executable built with the tests.
    static func guidance() throws -> URL {
        try executable(named: "guidance")
    }

    /// The executable `name` from the products folder of the running tests.
    static func executable(named name: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> URL {
        if let override = environment["GUIDANCE_BINARY"], !override.isEmpty {
            guard isExecutableFile(override) else { throw NotFound(name: name, searched: [override]) }
            return URL(fileURLWithPath: override)
        }
        let folders = candidateFolders()
        for folder in folders {
            let path = (folder as NSString).appendingPathComponent(name)
            if isExecutableFile(path) { return URL(fileURLWithPath: path) }
        }
        throw NotFound(name: name, searched: folders)
    }

    /// Folders that may hold the products: up from the test binary, then the package's `.build/debug`.
    private static func candidateFolders() -> [String] {
        var starts: [String] = []
        if let first = CommandLine.arguments.first { starts.append(first) }
        if let main = Bundle.main.executablePath { starts.append(main) }
        starts += Bundle.allBundles.map(\.bundlePath)
        var folders: [String] = []
        for start in starts {
            var folder = (absolute(start) as NSString).deletingLastPathComponent
            for _ in 0..<4 where folder != "/" && !folder.isEmpty {
                if !folders.contains(folder) { folders.append(folder) }
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let fallback = packageRoot.appendingPathComponent(".build/debug").path
        if !folders.contains(fallback) { folders.append(fallback) }
        return folders
    }

    /// `path` made absolute against the current folder, with symbolic links resolved.
    private static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        return (full as NSString).resolvingSymlinksInPath
    }

    /// True for a regular file the tests may run (not a folder such as `guidance.build`).
    private static func isExecutableFile(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }
}
