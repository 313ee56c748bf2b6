import Foundation

/// The store's files as paths (strings), for the system calls: the first `URL.path` in a process costs a scan of every
/// conformance in the binary, about a tenth of a millisecond before the first prompt.
extension SessionStore {
    /// The store `init(folder: URL(fileURLWithPath: folderPath, isDirectory: true))` makes, its folder's path kept as given
    /// when that is already the URL's `path` (`FolderPath.of`).
    public init(folderPath: String) {
        folder = URL(fileURLWithPath: folderPath, isDirectory: true)
        self.folderPath = FolderPath.of(folderPath, url: folder)
    }

    /// The path of the file `name` in the folder.
    public func pathInFolder(_ name: String) -> String { FolderPath.join(folderPath, name) }

    /// `fileURL(for:)` as a path.
    public func filePath(for id: SessionID) -> String { pathInFolder(id.rawValue + ".json") }

    /// `lockURL(for:)` as a path.
    public func lockPath(for id: SessionID) -> String { pathInFolder(id.rawValue + ".lock") }
}
