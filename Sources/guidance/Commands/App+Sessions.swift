import Foundation
import GuidanceCore
#if canImport(Glibc)
import Glibc
#endif

/// The session headers a run has read, kept for the rest of it (see `App.storedHeaders`).
final class HeadersOfThisRun: @unchecked Sendable {
    /// The last headers read.
    var headers: SessionStore.Headers?
    /// The sessions read from their files so far, by id, with their file as it was then (a new meeting reads the
    /// previous one for two reasons).
    var sessions: [String: (session: Session, file: FileIdentity)] = [:]
}

/// A file as `stat` finds it: another save of a session renames a new file into place (another inode), and any
/// other change moves its size or time.
struct FileIdentity: Equatable {
    var device: UInt64, inode: UInt64, size: Int64, modified: Int64

    /// The identity of the file at `path`, following links; nil when it cannot be looked at.
    init?(path: String) {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        device = UInt64(st.st_dev); inode = UInt64(st.st_ino); size = Int64(st.st_size)
        modified = SessionStore.nanoseconds(st)
    }
}

extension App {
    /// Which session a command starting from "the newest" wants.
    enum Newest {
        /// Any session that can be read (`latest`).
        case any
        /// The newest complete one (agenda, review, status, the previous session of a new one).
        case complete
        /// The newest in progress (resume without an id, the offer of `guidance` alone).
        case inProgress

        func accepts(_ header: SessionHeader) -> Bool {
            switch self {
            case .any: return header.isSession
            case .complete: return header.isComplete
            case .inProgress: return header.isInProgress
            }
        }

        func pick(_ summary: SessionIndex.Summary) -> String? {
            switch self {
            case .any: return summary.newest?.id
            case .complete: return summary.complete?.id
            case .inProgress: return summary.inProgress?.id
            }
        }
    }

    /// The session headers of the sessions folder (see `SessionStore.headers`); warns of files made private on the way.
    ///
    /// A command asks before it changes anything, so the headers of the first check serve the rest of the run;
    /// a full check is always made afresh (it is asked when a file no longer says what its header does).
    func storedHeaders(_ check: SessionStore.IndexCheck) -> SessionStore.Headers {
        if check == .quick, let known = headersOfThisRun.headers { return known }
        var headers: SessionStore.Headers
        do { headers = try store.headers(check) } catch { return SessionStore.Headers.none }
        for loose in headers.permissions { warnings.warn(loose.warning) }
        // Every quick reader but one asks for the summary, some of them twice: worked out once (a listing never asks).
        if check == .quick { headers = headers.summarized() }
        headersOfThisRun.headers = headers
        return headers
    }

    /// The newest session `which` wants, leaving out the ids in `excluding`, read from its file; nil when there is none.
    ///
    /// The index only says which file to read: the session comes from the file, and when the file no longer says
    /// what its entry does (changed in place behind the index's back), the folder is checked in full and asked again.
    func newestSession(_ which: Newest, excluding: Set<String> = []) -> Session? {
        for check in [SessionStore.IndexCheck.quick, .full] {
            let headers = storedHeaders(check)
            let header: SessionHeader?
            if excluding.isEmpty {
                // The first line names it: no other line is read.
                guard let id = which.pick(headers.summary) else { return nil }
                header = headers.first { $0.id == id }
            } else {
                header = headers.first { which.accepts($0) && !excluding.contains($0.id) }
            }
            guard let header else { return nil }
            if let session = readSession(header) { return session }
        }
        return nil
    }

    /// The session of `header` from its file, when the file still says what the header does.
    ///
    /// Read once a run while its file stays as it was: a session read before, whose file `stat` still finds the same
    /// and that `header` still describes, is not read again.
    func readSession(_ header: SessionHeader) -> Session? {
        guard let id = try? SessionID(validating: header.id) else { return nil }
        // Looked at before the read: a change during the read gives the file another identity, so it is read again next time.
        let file = FileIdentity(path: store.filePath(for: id))
        if let file, let known = headersOfThisRun.sessions[header.id], known.file == file, header.describes(known.session) {
            return known.session
        }
        guard let read = try? store.read(id: id) else { return nil }
        if let loose = read.permissions { warnings.warn(loose.warning) }
        guard case .success(let session) = SessionHeader.decode(read.data, id: header.id), header.describes(session) else { return nil }
        if let file { headersOfThisRun.sessions[header.id] = (session, file) }
        return session
    }

    /// What earlier sessions offer `session` (of `script`) as defaults: `last`'s answers, and for each question carried
    /// from the latest session that answered it, that answer (`CarryForward.previous`), reading only those sessions.
    func carriedForward(script: Script, last: [String: JSONValue], excluding: String? = nil) -> [String: JSONValue] {
        var result = last
        for (_, question) in script.questions where question.carry == .latest {
            let key = question.id
            for check in [SessionStore.IndexCheck.quick, .full] {
                let headers = storedHeaders(check)
                // The first line names the newest session holding an answer to each key: no key there, no session answered it.
                guard let pick = headers.summary.answered[key] else { break }
                let header = pick.id != excluding ? headers.first { $0.id == pick.id }
                    // The index is newest first: the first other session that answered it is usually among the newest.
                    : headers.first { $0.isSession && $0.id != excluding && $0.hasAnswer(key) }
                guard let header else { break }
                guard let session = readSession(header) else { continue }
                if let value = session.answers[key]?.value { result[key] = value }
                break
            }
        }
        return result
    }
}
