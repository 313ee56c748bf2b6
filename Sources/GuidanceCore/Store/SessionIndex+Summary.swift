import Foundation

extension SessionIndex {
    /// What the first line says besides the fingerprint: the sessions the commands that want one ask for, so they read no other line.
    public struct Summary: Equatable, Sendable {
        /// A session picked, with what orders it (meeting date, start, id), so a session read later can be compared with it.
        public struct Pick: Equatable, Sendable {
            /// The session id.
            public var id: String
            /// `YYYY-MM-DD` of its meeting.
            public var meetingDate: String
            /// When it was created.
            public var startedAt: String

            /// The pick of `header`.
            public init(_ header: SessionHeader) { self.init(id: header.id, meetingDate: header.meetingDate, startedAt: header.startedAt) }

            /// A pick with every field given.
            public init(id: String, meetingDate: String, startedAt: String) {
                self.id = id; self.meetingDate = meetingDate; self.startedAt = startedAt
            }

            /// Whether `header` comes before this pick, newest first.
            func isOlder(than header: SessionHeader) -> Bool {
                (header.meetingDate, header.startedAt, header.id) > (meetingDate, startedAt, id)
            }
        }

        /// The newest session.
        public var newest: Pick?
        /// The newest complete session.
        public var complete: Pick?
        /// The newest session in progress.
        public var inProgress: Pick?
        /// For each answer key any session holds, the newest session holding an answer to it (what carries forward).
        public var answered: [String: Pick] = [:]

        /// A summary with every pick given.
        public init(newest: Pick? = nil, complete: Pick? = nil, inProgress: Pick? = nil, answered: [String: Pick] = [:]) {
            self.newest = newest; self.complete = complete; self.inProgress = inProgress; self.answered = answered
        }

        /// The summary of `headers`, which are newest first.
        public init(_ headers: [SessionHeader]) {
            var keyTexts = Set<String>()
            for header in headers { add(header, keyTexts: &keyTexts) }
        }

        /// Takes in `header`, older than every header taken in so far (`keyTexts`: their lists of keys), as `init(_:)` does.
        public mutating func add(_ header: SessionHeader, keyTexts: inout Set<String>) {
            guard header.isSession else { return }
            if newest == nil { newest = Pick(header) }
            if complete == nil && header.isComplete { complete = Pick(header) }
            if inProgress == nil && header.isInProgress { inProgress = Pick(header) }
            // Sessions of one script answered alike share their keys: a list of keys met before picks nothing new.
            guard header.answerCount > 0, keyTexts.insert(header.keyText).inserted else { return }
            let keys = header.keys
            answered.reserveCapacity(answered.count + keys.count)  // grown once, not once a doubling
            for key in keys where answered[key] == nil { answered[key] = Pick(header) }
        }

        /// This summary after the files in `touched` changed (`read`: their headers now; a file of `touched` not among them is gone).
        ///
        /// Nil when it cannot be told without the other headers: a session picked was removed or no longer qualifies.
        public func updated(touched: Set<String>, read: [SessionHeader]) -> Summary? {
            func update(_ old: Pick?, _ accepts: (SessionHeader) -> Bool) -> Pick?? {
                var best = old
                if let old, touched.contains(old.id) {
                    guard let now = read.first(where: { $0.id == old.id }), accepts(now) else { return nil }
                    best = Pick(now)
                }
                for header in read where accepts(header) && (best.map { $0.isOlder(than: header) } ?? true) { best = Pick(header) }
                return .some(best)
            }
            guard let newest = update(newest, \.isSession), let complete = update(complete, \.isComplete),
                  let inProgress = update(inProgress, \.isInProgress) else { return nil }
            var answered = answered
            for (key, old) in answered where touched.contains(old.id) {
                guard let now = read.first(where: { $0.id == old.id }), now.isSession, now.hasAnswer(key) else { return nil }
                answered[key] = Pick(now)
            }
            for header in read where header.isSession {
                for key in header.keys where answered[key].map({ $0.isOlder(than: header) }) ?? true { answered[key] = Pick(header) }
            }
            return Summary(newest: newest, complete: complete, inProgress: inProgress, answered: answered)
        }
    }
}
