import Foundation

/// What the sessions index knows of one session file: enough to list it, order it and pick it without reading it.
///
/// The stamp (`inode`, `size`, `modified`) is the file's as it was before it was read, so a file changed after
/// that never matches its entry and is read again. The header is a cache: whatever is done with a session's
/// answers reads its file.
public struct SessionHeader: Equatable, Sendable {
    /// What the file held when it was read.
    public enum Kind: Equatable, Sendable {
        /// A session that decodes (it may still be damaged for its script: see `Listing`).
        case session
        /// A file that is not a session (its reason, as in "The session file ... is damaged (reason)").
        case damaged(String)
        /// A file that could not be read (permissions, not an ordinary file): read again every time.
        case unreadable
    }

    /// What `guidance list` prints of a session beside its header, worked out with its script.
    public struct Listing: Equatable, Sendable {
        /// The script file's stamp (device, inode, size, time) when this was worked out; another stamp means work it out again.
        public var scriptStamp: String
        /// Why `show` would refuse the session, or nil.
        public var damage: String?
        /// The answers to questions the script asks.
        public var answered: Int
        /// The questions asked and still unanswered.
        public var open: Int

        /// A listing with every field given.
        public init(scriptStamp: String, damage: String?, answered: Int, open: Int) {
            self.scriptStamp = scriptStamp; self.damage = damage; self.answered = answered; self.open = open
        }
    }

    /// The session id (the file's name).
    public var id: String
    /// The file's inode number as the folder listing gives it (0 when unknown).
    public var inode: UInt64
    /// The file's size in bytes.
    public var size: Int64
    /// The file's modification time in nanoseconds since 1970 (-1: read again, it was changing when read).
    public var modified: Int64
    /// Session, damaged or unreadable.
    public var kind: Kind
    /// `YYYY-MM-DD` of the meeting.
    public var meetingDate: String = ""
    /// When the session was created (ISO 8601).
    public var startedAt: String = ""
    /// `director` or `self`.
    public var mode: String = ""
    /// The script's id.
    public var scriptID: String = ""
    /// `in_progress` or `complete`.
    public var status: String = ""
    /// How many answers it holds.
    public var answerCount = 0
    /// The keys of its answers in their stored order, as the index writes them (escaped, tab-separated): see `keys`.
    public var keyText = ""
    /// What `list` prints, when it has been worked out.
    public var listing: Listing?

    /// A header with the stamp and kind given and the session fields empty.
    public init(id: String, inode: UInt64, size: Int64, modified: Int64, kind: Kind) {
        self.id = id; self.inode = inode; self.size = size; self.modified = modified; self.kind = kind
    }

    /// The header of a decoded session.
    public init(session: Session, inode: UInt64, size: Int64, modified: Int64) {
        self.init(id: session.id, inode: inode, size: size, modified: modified, kind: .session)
        meetingDate = session.meetingDate.iso
        startedAt = session.startedAt
        mode = session.mode.rawValue
        scriptID = session.scriptID
        status = session.status.rawValue
        keys = session.answerOrder
    }

    /// The keys of its answers, in their stored order.
    public var keys: [String] {
        get { answerCount == 0 ? [] : SessionIndex.fields(keyText[...]) }
        set {
            answerCount = newValue.count
            keyText = SessionIndex.tabbed(newValue)
        }
    }

    /// Whether it holds an answer to `key` (read from the index's text without making every key a string).
    public func hasAnswer(_ key: String) -> Bool {
        guard answerCount > 0 else { return false }
        let wanted = SessionIndex.escaped(key)
        return keyText.utf8.split(separator: 0x09, omittingEmptySubsequences: false).contains { $0.elementsEqual(wanted.utf8) }
    }

    /// Whether it is a session that decodes.
    public var isSession: Bool { kind == .session }

    /// Whether the session reached the end of its script.
    public var isComplete: Bool { isSession && status == Session.Status.complete.rawValue }

    /// Whether the session is still in progress.
    public var isInProgress: Bool { isSession && status == Session.Status.inProgress.rawValue }

    /// Whether `session` still says what this header says (the file was not changed since).
    public func describes(_ session: Session) -> Bool {
        self == SessionHeader(session: session, inode: inode, size: size, modified: modified).with(listing: listing)
    }

    /// This header with `listing` set.
    public func with(listing: Listing?) -> SessionHeader {
        var copy = self
        copy.listing = listing
        return copy
    }

    /// The order of `sessions`: meeting date, then start time, then id, newest first.
    public static func newerFirst(_ a: SessionHeader, _ b: SessionHeader) -> Bool {
        (a.meetingDate, a.startedAt, a.id) > (b.meetingDate, b.startedAt, b.id)
    }

    /// A session decoded from its file's bytes; the id inside must be the file's name.
    public static func decode(_ data: Data, id: String) -> Result<Session, SessionFormatError> {
        let session: Session
        do {
            session = try Session(json: try JSONParser.parse(data))
        } catch let error as SessionFormatError {
            return .failure(error)
        } catch {
            return .failure(SessionFormatError(message: "\(error)"))
        }
        guard session.id == id else {
            return .failure(SessionFormatError(message: "the id inside it, \"\(StoreError.shown(session.id))\", is not its file name"))
        }
        return .success(session)
    }
}
