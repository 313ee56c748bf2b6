import Foundation

/// The store's files as paths (strings), for the system calls: the first `URL.path` in a process costs a scan of every
/// conformance in the binary, about a tenth of a millisecond before the first prompt.
extension SessionStore {
    /// The store `init(folder: URL(fileURLWithPath: folderPath, isDirectory: true))` makes, its folder's path kept as given
    /// when that is already the URL's `path` (`FolderPath.isPlainAbsolute`); the URL is then made only when asked for.
    public init(folderPath: String) {
        if FolderPath.isPlainAbsolute(folderPath) {
            givenFolder = nil  // `folder` makes the same URL from the path when asked
            self.folderPath = folderPath
        } else {
            let url = URL(fileURLWithPath: folderPath, isDirectory: true)
            givenFolder = url
            self.folderPath = url.path
        }
    }

    /// The path of the file `name` in the folder.
    public func pathInFolder(_ name: String) -> String { FolderPath.join(folderPath, name) }

    /// `fileURL(for:)` as a path.
    public func filePath(for id: SessionID) -> String { pathInFolder(id.rawValue + ".json") }

    /// `lockURL(for:)` as a path.
    public func lockPath(for id: SessionID) -> String { pathInFolder(id.rawValue + ".lock") }
}
