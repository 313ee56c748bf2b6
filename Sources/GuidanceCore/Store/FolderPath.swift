import Foundation

/// Folder paths as strings, for the system calls. The first `URL.path` or `URL.appendingPathComponent` in a process
/// costs a scan of every conformance in the binary (about 300,000 instructions, a tenth of a millisecond before the first
/// prompt), so the commands that start a meeting make their paths from the strings `Locations` gives.
public enum FolderPath {
    /// `url.path` for `url = URL(fileURLWithPath: path, isDirectory: true)`: `path` itself when it is plain (absolute,
    /// without an empty, "." or ".." part, as `Locations` gives it), else asked of the URL.
    public static func of(_ path: String, url: URL) -> String {
        isPlainAbsolute(path) ? path : url.path
    }

    /// The path of the file `name` in the folder at `folder`.
    public static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// Whether `path` starts with "/" and has no empty, "." or ".." part ("/" itself is plain).
    static func isPlainAbsolute(_ path: String) -> Bool {
        guard path.hasPrefix("/") else { return false }
        if path == "/" { return true }
        return path.utf8.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && !part.elementsEqual([UInt8(ascii: ".")]) && !part.elementsEqual([UInt8(ascii: "."), UInt8(ascii: ".")])
        }
    }
}
