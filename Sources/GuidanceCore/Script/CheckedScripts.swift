import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checked scripts kept in the user's cache folder, so that a start reads a compact copy instead of parsing and checking
/// the script's JSON again (about two thirds of the time before the first prompt).
///
/// A copy is used only when it was made from the very same bytes (their length and a hash of them) by the very same
/// binary (`binaryStamp`, from the executable's size and time), and its own bytes are whole (a second hash). Anything
/// else (no copy, a copy of another version of the script, a damaged or foreign file) is no copy: the script is read
/// from its file as before, and the copy made again. One file a script path, replaced in one step; failing to write
/// it changes nothing.
public struct CheckedScripts: Sendable {
    /// The folder holding the copies (created, 0700, when first written).
    public let folder: String
    /// Changes whenever the binary does, so a new build never reads what an older one wrote.
    public let binaryStamp: UInt64

    public init(folder: String, binaryStamp: UInt64) {
        self.folder = folder
        self.binaryStamp = binaryStamp
    }

    /// The first bytes of every copy.
    static let magic = Array("guidance-script-cache/1\n".utf8)

    /// `$XDG_CACHE_HOME/guidance` when that is an absolute path, else `~/.cache/guidance`.
    public static func folder(environment: [String: String], home: String) -> String {
        if let value = environment["XDG_CACHE_HOME"], value.hasPrefix("/") { return FolderPath.join(value, "guidance") }
        return FolderPath.join(FolderPath.join(home, ".cache"), "guidance")
    }

    /// The copy's file for the script at `scriptPath`.
    func path(for scriptPath: String) -> String {
        FolderPath.join(folder, "script-" + String(Array(scriptPath.utf8).withUnsafeBytes(Self.hash), radix: 16) + ".cache")
    }

    /// The script kept for these `bytes` of the file at `scriptPath`, or nil.
    func cached(scriptPath: String, bytes: [UInt8]) -> Script? {
        guard let file = AtomicFile.readBytes(atPath: path(for: scriptPath), limit: 4 * 1024 * 1024, followLinks: false) else { return nil }
        let head = Self.magic.count + 32
        guard file.count >= head, file.starts(with: Self.magic) else { return nil }
        func word(_ index: Int) -> UInt64 {
            var value: UInt64 = 0
            for shift in 0..<8 { value |= UInt64(file[Self.magic.count + index * 8 + shift]) << (8 * UInt64(shift)) }
            return value
        }
        let payloadHash = file.withUnsafeBytes { Self.hash(UnsafeRawBufferPointer(rebasing: $0[head...])) }
        guard word(0) == UInt64(bytes.count), word(2) == binaryStamp, word(3) == payloadHash,
              word(1) == bytes.withUnsafeBytes(Self.hash) else { return nil }
        return ScriptCodec.decode(file, from: head)
    }

    /// Keeps `script`, read and checked from these `bytes` of the file at `scriptPath`; quietly does nothing on failure.
    func store(_ script: Script, scriptPath: String, bytes: [UInt8]) {
        let payload = ScriptCodec.encode(script)
        var file = Self.magic
        for word in [UInt64(bytes.count), bytes.withUnsafeBytes(Self.hash), binaryStamp, payload.withUnsafeBytes(Self.hash)] {
            for shift in 0..<8 { file.append(UInt8(truncatingIfNeeded: word >> (8 * UInt64(shift)))) }
        }
        file += payload
        do {
            try SessionStore.makeFolder(folder)
            try AtomicFile.write(file.withUnsafeBytes { Data(bytes: $0.baseAddress!, count: $0.count) }, toPath: path(for: scriptPath), mode: 0o600, durable: false)
        } catch {
            return  // a cache: the next start reads the script from its file again
        }
    }

    /// A 64-bit hash of `bytes`, eight at a time (not for security: it tells versions of one file apart).
    static func hash(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(raw.count)
        var index = 0
        while index + 8 <= raw.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 29
            index += 8
        }
        while index < raw.count {
            hash = (hash ^ UInt64(raw[index])) &* 0x0000_0100_0000_01B3
            index += 1
        }
        return hash ^ (hash >> 31)
    }
}
