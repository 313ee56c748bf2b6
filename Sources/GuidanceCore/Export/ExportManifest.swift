import Foundation

/// What guidance has written where: each export's path and a digest of its content, kept beside the sessions.
///
/// A file may be replaced without --force only when it is still exactly what guidance wrote: a file the
/// marketer wrote, or edited since, is never overwritten by surprise.
public struct ExportManifest: Equatable, Sendable {
    /// The format tag of the manifest file.
    public static let format = "guidance-exports/1"

    /// Digest of the content written, by absolute path.
    public var files: [String: String]

    /// A manifest with these files.
    public init(files: [String: String] = [:]) { self.files = files }

    /// The digest guidance records for `data`.
    public static func digest(_ data: Data) -> String { ICalendarText.digest(String(decoding: data, as: UTF8.self)) + "-\(data.count)" }

    /// Whether the file at `path` holding `data` is still what guidance wrote there.
    public func wrote(_ data: Data, at path: String) -> Bool { files[path] == Self.digest(data) }

    /// Records that `data` was written at `path`.
    public mutating func record(_ data: Data, at path: String) { files[path] = Self.digest(data) }

    /// The manifest as JSON, paths in order.
    public func json() -> JSONValue {
        .object(JSONObject([("format", .string(Self.format)),
                            ("files", .object(JSONObject(files.keys.sorted().map { ($0, JSONValue.string(files[$0] ?? "")) })))]))
    }

    /// Reads a manifest; anything unreadable counts as empty (guidance then simply asks for --force).
    public init(json: JSONValue?) {
        var files: [String: String] = [:]
        if json?["format"]?.stringValue == Self.format {
            for (path, digest) in json?["files"]?.objectValue?.pairs ?? [] { if let d = digest.stringValue { files[path] = d } }
        }
        self.files = files
    }
}
