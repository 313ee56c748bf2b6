import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SessionStore {
    /// The session files of the folder as its listing names them: no file is opened or examined.
    struct Scan {
        /// Each `<id>.json` with a valid id that is not a folder, with its inode number (0 when the listing gives none).
        var files: [(id: String, inode: UInt64)] = []
        /// The sum of their fingerprints (`SessionIndex.fingerprint(name:inode:)`).
        var fingerprint: UInt64 = 0
        /// Each file's own fingerprint, in the order of `files`.
        var shares: [UInt64] = []
        /// The names of the temporary files met (`AtomicFile.isTemporaryName`), stale or not.
        var temporary: [String] = []
    }

    /// Lists the folder once with `readdir`; stale temporary files met on the way are removed, as `entries()` does.
    ///
    /// A missing folder lists as empty; one that exists and cannot be read throws `.io`.
    func scanFolder() throws(StoreError) -> Scan {
        guard let dir = opendir(folder.path) else {
            if errno == ENOENT || errno == ENOTDIR { return Scan() }
            throw .io(path: folder.path, reason: "the folder cannot be read")
        }
        defer { closedir(dir) }
        var scan = Scan()
        var temporary: [String] = []
        while let entry = readdir(dir) {
            let type = entry.pointee.d_type
            if type == UInt8(DT_DIR) { continue }
            let inode = UInt64(entry.pointee.d_ino)
            // Only `<id>.json` and our temporary files (`.` first, `.tmp` last) matter: the rest is skipped without a String.
            withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                let length = bytes.firstIndex(of: 0) ?? bytes.count
                guard length > 5 else { return }
                let name = UnsafeBufferPointer(rebasing: bytes[0..<length])
                if name[0] == UInt8(ascii: ".") {
                    let text = String(decoding: name, as: UTF8.self)
                    if AtomicFile.isTemporaryName(text) { temporary.append(text) }
                    return
                }
                let isJSON = name[length - 5] == UInt8(ascii: ".") && name[length - 4] == UInt8(ascii: "j")
                    && name[length - 3] == UInt8(ascii: "s") && name[length - 2] == UInt8(ascii: "o") && name[length - 1] == UInt8(ascii: "n")
                let id = UnsafeBufferPointer(rebasing: name[0..<(length - 5)])
                guard isJSON, SessionID.isValid(bytes: id) else { return }
                scan.files.append((String(decoding: id, as: UTF8.self), inode))
                let share = SessionIndex.fingerprint(id: id, inode: inode)
                scan.shares.append(share)
                scan.fingerprint &+= share
            }
        }
        for name in temporary { removeIfStale(name) }
        scan.temporary = temporary
        return scan
    }
}
