import Foundation

/// What went wrong while storing, reading or locking a session file.
///
/// Each message is one plain sentence naming the session or file and what to do;
/// `exitCode` follows sysexits so the command line can exit with it directly.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No session file is stored under this id.
    case notFound(SessionID)
    /// Another live process holds the session's lock; `pid` is its process id when the lock file names one.
    case locked(SessionID, pid: Int32?)
    /// The file was read but its content is not a usable session (the caller reports decoding failures with this).
    case corrupt(path: String, detail: String)
    /// The text is not a well-formed session id.
    case invalidID(String)
    /// A folder or file could not be created; `reason` is the system's explanation.
    case cannotCreate(path: String, reason: String)
    /// Reading or writing a file failed; `reason` is the system's explanation.
    case io(path: String, reason: String)
    /// The session is larger than the store reads back, so it was not written.
    case tooLarge(path: String, bytes: Int, limit: Int)

    /// The sysexits code for this error: 66, 75, 65, 64, 73 or 74.
    public var exitCode: Int32 {
        switch self {
        case .notFound: return 66
        case .locked: return 75
        case .corrupt: return 65
        case .invalidID: return 64
        case .cannotCreate: return 73
        case .io: return 74
        case .tooLarge: return 65
        }
    }

    /// The message for the person at the keyboard.
    public var description: String {
        switch self {
        case .notFound(let id):
            return "There is no session \(id); run guidance list to see the sessions you have."
        case .locked(let id, let pid?):
            return "Session \(id) is open in another guidance shell (process \(pid)); "
                + "finish there first, or wait for it to close."
        case .locked(let id, nil):
            return "Session \(id) is open in another guidance shell; finish there first, or wait for it to close."
        case .corrupt(let path, let detail):
            return "The session file \(path) is damaged (\(detail)); "
                + "restore it from a backup, or move it out of the sessions folder to carry on without it."
        case .invalidID(let text):
            if text.isEmpty {
                return "The session id is empty; a session id looks like 2027-02-01-k3vd."
            }
            return "\"\(Self.shown(text))\" is not a session id; a session id looks like 2027-02-01-k3vd."
        case .cannotCreate(let path, let reason):
            return "Could not create \(path) (\(reason)); check that you may write to that folder, or choose another one."
        case .io(let path, let reason):
            return "Could not read or write \(path) (\(reason)); "
                + "check the file's permissions and that the disk is not full, then try again."
        case .tooLarge(let path, let bytes, let limit):
            return "The session would be \(Self.megabytes(bytes)) MB, more than the \(Self.megabytes(limit)) MB limit of a session file, "
                + "so it was not written to \(path); shorten the longest answers and try again."
        }
    }

    /// Bytes in whole megabytes (MiB), rounded up.
    static func megabytes(_ bytes: Int) -> Int { (bytes + 1024 * 1024 - 1) / (1024 * 1024) }

    /// `text` made safe to quote in a message: control characters become "?" and long text is cut at 40 characters.
    public static func shown(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let isControl = scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
            scalars.append(isControl ? "?" : scalar)
        }
        let clean = String(scalars)
        return clean.count > 40 ? String(clean.prefix(40)) + "…" : clean
    }
}
