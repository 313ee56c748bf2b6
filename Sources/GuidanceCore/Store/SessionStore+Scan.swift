import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SessionStore {
    /// The session files of the folder as its listing names them: no file is opened or examined.
    struct Scan {
        /// The ids' bytes one after another (`ends` says where each ends): no string is made for a name until asked.
        var names: [UInt8] = []
        /// Where each id ends in `names`.
        var ends: [Int] = []
        /// Each file's inode number (0 when the listing gives none), in the order of `ends`.
        var inodes: [UInt64] = []
        /// The sum of their fingerprints (`SessionIndex.fingerprint(name:inode:)`).
        var fingerprint: UInt64 = 0
        /// Each file's own fingerprint, in the order of `ends`.
        var shares: [UInt64] = []
        /// The names of the temporary files met (`AtomicFile.isTemporaryName`), stale or not.
        var temporary: [String] = []

        /// How many session files were listed.
        var count: Int { listed }
        /// How many session files were listed (their names kept or not).
        var listed = 0
        /// Whether the names, inode numbers and shares were kept.
        var named = true

        /// The id of the file at `at`.
        func id(_ at: Int) -> String {
            String(decoding: names[(at == 0 ? 0 : ends[at - 1])..<ends[at]], as: UTF8.self)
        }

        /// Each `<id>.json` with a valid id that is not a folder, with its inode number.
        var files: [(id: String, inode: UInt64)] { (0..<count).map { (id($0), inodes[$0]) } }
    }

    /// Lists the folder once with `readdir`; stale temporary files met on the way are removed, as `entries()` does.
    ///
    /// Without `names` only the count and the fingerprint are kept (what a quick check compares first): no name, inode
    /// number or share is stored. A missing folder lists as empty; one that exists and cannot be read throws `.io`.
    func scanFolder(names: Bool = true) throws(StoreError) -> Scan {
        guard let dir = opendir(folderPath) else {
            if errno == ENOENT || errno == ENOTDIR { return Scan() }
            throw .io(path: folderPath, reason: "the folder cannot be read")
        }
        defer { closedir(dir) }
        var scan = Scan()
        scan.named = names
        var temporary: [String] = []
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 0
        while let entry = readdir(dir) {
            let type = entry.pointee.d_type
            if type == UInt8(DT_DIR) { continue }
            let inode = UInt64(entry.pointee.d_ino)
            // Only `<id>.json` and our temporary files (`.` first, `.tmp` last) matter: the rest is skipped without a String.
            let start = UnsafeRawPointer(entry).advanced(by: nameOffset).assumingMemoryBound(to: UInt8.self)
            let length = strlen(UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self))
            guard length > 5 else { continue }
            let name = UnsafeBufferPointer(start: start, count: length)
            if name[0] == UInt8(ascii: ".") {
                let text = String(decoding: name, as: UTF8.self)
                if AtomicFile.isTemporaryName(text) { temporary.append(text) }
                continue
            }
            let isJSON = name[length - 5] == UInt8(ascii: ".") && name[length - 4] == UInt8(ascii: "j")
                && name[length - 3] == UInt8(ascii: "s") && name[length - 2] == UInt8(ascii: "o") && name[length - 1] == UInt8(ascii: "n")
            let id = UnsafeBufferPointer(rebasing: name[0..<(length - 5)])
            guard isJSON, let share = Self.share(ofValid: id, inode: inode) else { continue }
            scan.fingerprint &+= share
            scan.listed += 1
            guard names else { continue }
            scan.names.append(contentsOf: id)
            scan.ends.append(scan.names.count)
            scan.inodes.append(inode)
            scan.shares.append(share)
        }
        for name in temporary { removeIfStale(name) }
        scan.temporary = temporary
        return scan
    }

    /// The fingerprint share of the listed file `<id>.json` (`SessionIndex.fingerprint(id:inode:)`), or nil when `id` is no
    /// valid session id (`SessionID.isValid(bytes:)`): both in one pass over the bytes, as every name of a folder goes through it.
    static func share(ofValid id: UnsafeBufferPointer<UInt8>, inode: UInt64) -> UInt64? {
        guard !id.isEmpty, id.count <= SessionID.maximumLength, id[0] != UInt8(ascii: ".") else { return nil }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var previous: UInt8 = 0
        for byte in id {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"),
                 UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
                break
            case UInt8(ascii: "."):
                if previous == byte { return nil }
            default:
                return nil
            }
            previous = byte
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return SessionIndex.fingerprint(afterID: hash, inode: inode)
    }
}
