import Foundation

/// Folder paths as strings, for the system calls. The first `URL.path` or `URL.appendingPathComponent` in a process
/// costs a scan of every conformance in the binary (about 300,000 instructions, a tenth of a millisecond before the first
/// prompt), so the commands that start a meeting make their paths from the strings `Locations` gives.
public enum FolderPath {
    /// `url.path` for `url = URL(fileURLWithPath: path, isDirectory: true)`: `path` itself when it is plain (absolute,
    /// without an empty, "." or ".." part, as `Locations` gives it), else asked of the URL (made only then).
    public static func of(_ path: String, url: @autoclosure () -> URL) -> String {
        isPlainAbsolute(path) ? path : url().path
    }

    /// The path of the file `name` in the folder at `folder`.
    public static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// Whether `path` starts with "/" and has no empty, "." or ".." part ("/" itself is plain).
    static func isPlainAbsolute(_ path: String) -> Bool {
        if path == "/" { return true }
        var utf8 = path
        return utf8.withUTF8 { bytes in
            let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
            guard bytes.first == slash else { return false }
            var partStart = 1
            for index in 1...bytes.count {
                guard index == bytes.count || bytes[index] == slash else { continue }
                let length = index - partStart
                if length == 0 || (length <= 2 && bytes[partStart] == dot && bytes[index - 1] == dot) { return false }
                partStart = index + 1
            }
            return true
        }
    }
}
