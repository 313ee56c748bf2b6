import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension SessionStore {
    /// The folder deleted sessions are moved to: `trash` inside the sessions folder, where no command looks.
    public var trashFolder: URL { folder.appendingPathComponent("trash", isDirectory: true) }

    /// The names of the files that belong to session `id`: its answers (`ID.json`), its monthly reviews
    /// (`ID.review-N`) and its calendar record (`ID.calendar-state`), in that order. Lock files and the
    /// temporary copies of an unfinished save are not among them.
    public func files(of id: SessionID) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folderPath)) ?? []
        let prefix = id.rawValue + "."
        func rank(_ name: String) -> Int { name.hasSuffix(".json") ? 0 : name.contains(".review-") ? 1 : 2 }
        return names.filter { name in
            guard name.hasPrefix(prefix), !AtomicFile.isTemporaryName(name) else { return false }
            let rest = name.dropFirst(prefix.count)
            return rest == "json" || rest == "calendar-state" || (rest.hasPrefix("review-") && rest.dropFirst(7).allSatisfy(\.isNumber))
        }.sorted { (rank($0), $0) < (rank($1), $1) }
    }

    /// Moves every file of session `id` (`files(of:)`) into `trashFolder`, and gives the names moved.
    ///
    /// The session is locked while its files move, so a shell that has it open refuses (`.locked`).
    /// A name already in the trash (a session deleted, put back and deleted again) is kept: the newer
    /// file gets a number after its name (`ID.json.2`).
    public func trash(id: SessionID) throws(StoreError) -> [String] {
        guard exists(id: id) else { throw .notFound(id) }
        let lock = try self.lock(id: id)
        defer { lock.release() }
        try Self.makeFolder(trashFolder.path)
        var listed = stat()
        let replaced = lstat(filePath(for: id), &listed) == 0 && listed.st_mode & S_IFMT != S_IFDIR ? UInt64(listed.st_ino) : nil
        var moved: [String] = []
        for name in files(of: id) {
            var target = trashFolder.appendingPathComponent(name).path
            var number = 2
            var st = stat()
            while lstat(target, &st) == 0 {
                target = trashFolder.appendingPathComponent("\(name).\(number)").path
                number += 1
            }
            let source = pathInFolder(name)
            guard rename(source, target) == 0 else {
                throw .io(path: source, reason: AtomicFile.errorText(errno) + (moved.isEmpty ? "" : "; already moved to the trash: " + moved.joined(separator: ", ")))
            }
            moved.append(name)
        }
        updateIndex(id: id.rawValue, with: nil, replaced: replaced)
        return moved
    }
}
