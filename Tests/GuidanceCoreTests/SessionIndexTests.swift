import Foundation
import Testing
@testable import GuidanceCore
#if canImport(Glibc)
import Glibc
#endif

/// The sessions index: its lines, and how it is checked against the files (built, kept, made stale, rebuilt).
struct SessionIndexTests {
    /// A session file's text: `id` held on `date`, complete or not, with `answers` (key, text).
    static func sessionText(_ id: String, date: String, complete: Bool = false, answers: [(String, String)] = [("goals", "Grow")]) throws -> String {
        var session = Session(id: id, script: try TestScripts.director(), meetingDate: try #require(CalendarDate(iso: date)), now: "\(date)T09:00:00Z")
        for (key, value) in answers { session.setAnswer(key, .string(value), at: "\(date)T09:01:00Z") }
        if complete { session.status = .complete; session.position = nil }
        return JSONWriter.write(session.json())
    }

    /// Writes `text` as `name` in `folder` in place (the inode stays), with its time `age` seconds ago.
    static func put(_ text: String, _ name: String, in folder: URL, age: TimeInterval = 60) throws {
        let path = folder.appendingPathComponent(name).path
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        #expect(fd >= 0)
        _ = Array(text.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-age)], ofItemAtPath: path)
    }

    static func ids(_ headers: SessionStore.Headers) -> [String] { headers.all.map(\.id) }

    @Test(arguments: [
        SessionHeader(id: "2027-02-01-abcd", inode: 12, size: 900, modified: 1_800_000_000_000_000_000, kind: .unreadable),
        SessionHeader(id: "notes", inode: 0, size: 3, modified: -1, kind: .damaged("line 1, column 1:\texpected a value\nor \\ more")),
        {
            var header = SessionHeader(id: "2027-02-01-wxyz", inode: 7, size: 1, modified: 2, kind: .session)
            header.meetingDate = "2027-02-01"; header.startedAt = "2027-01-01T10:00:00Z"; header.mode = "director"
            header.scriptID = "director"; header.status = "complete"; header.keys = ["goals", "odd\tkey", ""]
            header.listing = .init(scriptStamp: "1:2:3:4.5", damage: "its answer \"focus\" does not fit", answered: 3, open: 0)
            return header
        }(),
        {
            var header = SessionHeader(id: "2027-02-02-wxyz", inode: 8, size: 1, modified: 2, kind: .session)
            header.meetingDate = "2027-02-02"; header.status = "in_progress"
            header.listing = .init(scriptStamp: "none", damage: nil, answered: -1, open: -1)
            return header
        }(),
    ])
    func aLineGivesBackItsHeader(_ header: SessionHeader) throws {
        let line = SessionIndex.line(header)
        #expect(!line.contains("\n"))
        #expect(SessionIndex.header(line[...]) == header)
        let index = SessionIndex(headers: [header])
        #expect(SessionIndex.read(index.text()[...]) == index)
    }

    /// Fields are cut at the bytes and unescaped: every text comes back, whatever it holds.
    @Test func fieldsComeBackFromTheirTabbedLine() {
        let texts = ["", "plain", "tab\there", "line\nend\r", "back\\slash", "\\", "\\t", "é\\é", "中文\t🙂", "end\\"]
        #expect(SessionIndex.fields(SessionIndex.tabbed(texts)[...]) == texts)
        #expect(SessionIndex.fields(""[...]) == [""])
        #expect(SessionIndex.unescaped("a\\"[...]) == "a")  // a backslash at the end stands for nothing
        #expect(SessionIndex.unescaped("\\é\\q"[...]) == "éq")  // before any other character, the character itself
        let line = "first\tsecond\nnext"
        #expect(SessionIndex.lineEnd(in: line[...]).map { String(line[..<$0]) } == "first\tsecond")
        #expect(SessionIndex.lineEnd(in: "no end"[...]) == nil)
    }

    @Test(arguments: [
        "",
        "guidance-session-index/2\t0\t\t\t\n",
        "guidance-session-index/1\t0\t\t\t\ns\t2027-02-01-abcd\t1\t2\n",
        "guidance-session-index/1\t0\t\t\t\nu\t2027-02-01-abcd\t1\t2\t3\n" + "s\t2027-02-01-abcd\t1\t2\t3\t2027",  // cut short
        "guidance-session-index/1\tzz\t\t\t\n",
    ])
    func anIndexThatCannotBeReadIsNotUsed(_ text: String) {
        #expect(SessionIndex.read(text[...]) == nil)
    }

    @Test func theIndexIsBuiltFromTheFilesAndKeptWhileNothingChanges() throws {
        try StoreTestSupport.withFolder { folder in
            try Self.put(try Self.sessionText("2027-01-04-aaaa", date: "2027-01-04", complete: true), "2027-01-04-aaaa.json", in: folder)
            try Self.put(try Self.sessionText("2027-02-01-bbbb", date: "2027-02-01"), "2027-02-01-bbbb.json", in: folder)
            try Self.put("garbage", "2027-06-01-brkn.json", in: folder)
            try Self.put("{\"theme\": \"dark\"}", "settings.json", in: folder)
            try Self.put("{}", "my notes.json", in: folder)
            try Self.put("{}", "readme.txt", in: folder)
            try Self.put("{", ".2027-02-01-bbbb.json.k3vd.tmp", in: folder, age: 0)
            let store = SessionStore(folder: folder)
            let first = try store.headers(.full)
            #expect(first.changed)
            #expect(Self.ids(first) == ["2027-02-01-bbbb", "2027-01-04-aaaa", "settings", "2027-06-01-brkn"])
            let bbbb = SessionIndex.Summary.Pick(id: "2027-02-01-bbbb", meetingDate: "2027-02-01", startedAt: "2027-02-01T09:00:00Z")
            let aaaa = SessionIndex.Summary.Pick(id: "2027-01-04-aaaa", meetingDate: "2027-01-04", startedAt: "2027-01-04T09:00:00Z")
            #expect(first.summary == SessionIndex.Summary(newest: bbbb, complete: aaaa, inProgress: bbbb, answered: ["goals": bbbb]))
            #expect(SessionIndex.top(of: try String(contentsOf: store.indexURL, encoding: .utf8)[...])?.summary == first.summary)
            #expect(FileManager.default.fileExists(atPath: store.indexURL.path))
            #expect(store.ids().sorted() == ["2027-01-04-aaaa", "2027-02-01-bbbb", "2027-06-01-brkn", "settings"])
            let second = try store.headers(.full)
            #expect(!second.changed)
            #expect(second.all == first.all)
        }
    }

    @Test(arguments: ["edited in place", "replaced", "deleted", "added", "index damaged", "index missing"])
    func aStaleIndexIsCaughtUpWithTheFiles(_ change: String) throws {
        try StoreTestSupport.withFolder { folder in
            try Self.put(try Self.sessionText("2027-01-04-aaaa", date: "2027-01-04", complete: true), "2027-01-04-aaaa.json", in: folder)
            try Self.put(try Self.sessionText("2027-02-01-bbbb", date: "2027-02-01"), "2027-02-01-bbbb.json", in: folder)
            let store = SessionStore(folder: folder)
            _ = try store.headers(.full)
            var expected = ["2027-02-01-bbbb", "2027-01-04-aaaa"]
            var complete = "2027-01-04-aaaa"
            switch change {
            case "edited in place":
                try Self.put(try Self.sessionText("2027-02-01-bbbb", date: "2027-02-01", complete: true), "2027-02-01-bbbb.json", in: folder, age: 30)
                complete = "2027-02-01-bbbb"
            case "replaced":
                let text = try Self.sessionText("2027-02-01-bbbb", date: "2027-02-01", complete: true)
                try AtomicFile.write(Data(text.utf8), to: folder.appendingPathComponent("2027-02-01-bbbb.json"))
                complete = "2027-02-01-bbbb"
            case "deleted":
                try FileManager.default.removeItem(at: folder.appendingPathComponent("2027-02-01-bbbb.json"))
                expected = ["2027-01-04-aaaa"]
            case "added":
                try Self.put(try Self.sessionText("2027-03-01-cccc", date: "2027-03-01", complete: true), "2027-03-01-cccc.json", in: folder)
                expected = ["2027-03-01-cccc"] + expected
                complete = "2027-03-01-cccc"
            case "index damaged":
                try Self.put("guidance-session-index/1\t0\t\t\t\ns\tcut", SessionIndex.fileName, in: folder)
            default:
                try FileManager.default.removeItem(at: store.indexURL)
            }
            let headers = try store.headers(.full)
            #expect(headers.changed)
            #expect(Self.ids(headers) == expected)
            #expect(headers.summary.complete?.id == complete)
            #expect(SessionIndex.read(try String(contentsOf: store.indexURL, encoding: .utf8)[...])?.headers == headers.all)
        }
    }

    @Test func aQuickCheckReadsNoFileWhileTheNamesAndInodesAreUnchanged() throws {
        try StoreTestSupport.withFolder { folder in
            try Self.put(try Self.sessionText("2027-01-04-aaaa", date: "2027-01-04", complete: true), "2027-01-04-aaaa.json", in: folder)
            try Self.put(try Self.sessionText("2027-02-01-bbbb", date: "2027-02-01"), "2027-02-01-bbbb.json", in: folder)
            var store = SessionStore(folder: folder)
            store.quickCheckMinimum = 0
            _ = try store.headers(.quick)
            let unchanged = try store.headers(.quick)
            #expect(!unchanged.changed)
            #expect(unchanged.summary.inProgress?.id == "2027-02-01-bbbb")
            // Saved by another shell: a new file renamed into place, so a new inode.
            let text = try Self.sessionText("2027-02-01-bbbb", date: "2027-02-01", complete: true)
            try AtomicFile.write(Data(text.utf8), to: folder.appendingPathComponent("2027-02-01-bbbb.json"))
            // The session in progress that the summary picked is complete now: the index is built again.
            let replaced = try store.headers(.quick)
            #expect(replaced.changed)
            #expect(replaced.summary.inProgress == nil)
            #expect(replaced.summary.complete?.id == "2027-02-01-bbbb")
            // A session added: it is read and set beside the index, which is not written again.
            try Self.put(try Self.sessionText("2027-03-01-cccc", date: "2027-03-01"), "2027-03-01-cccc.json", in: folder)
            let added = try store.headers(.quick)
            #expect(!added.changed)
            #expect(added.summary.inProgress?.id == "2027-03-01-cccc")
            #expect(added.summary.complete?.id == "2027-02-01-bbbb")
            #expect(added.first { $0.isComplete }?.id == "2027-02-01-bbbb")
            #expect(added.first { $0.isSession }?.id == "2027-03-01-cccc")
            #expect(Self.ids(added) == ["2027-03-01-cccc", "2027-02-01-bbbb", "2027-01-04-aaaa"])
            // Changed in place (same inode): the quick check cannot see it, the full one does.
            try Self.put(try Self.sessionText("2027-02-01-bbbb", date: "2027-02-01"), "2027-02-01-bbbb.json", in: folder)
            #expect(try store.headers(.quick).summary.inProgress?.id == "2027-03-01-cccc")
            #expect(try store.headers(.full).first { $0.isInProgress && $0.id != "2027-03-01-cccc" }?.id == "2027-02-01-bbbb")
        }
    }
}

extension SessionIndexTests {
    @Test(arguments: ["2027-02-01-k3vd", "a", "A_b-c.d", "x.y.z", String(repeating: "a", count: 64),
                      "", ".hidden", "a..b", "a b", "é", "a/b", "a\tb", String(repeating: "a", count: 65), "2027-02-01-k3vd.", "-x"])
    func aListedNameIsTakenAndFingerprintedAsAnIdWouldBe(_ name: String) {
        let bytes = Array(name.utf8)
        let (share, valid, expected) = bytes.withUnsafeBufferPointer { id in
            (SessionStore.share(ofValid: id, inode: 4242), SessionID.isValid(bytes: id), SessionIndex.fingerprint(id: id, inode: 4242))
        }
        #expect(share == (valid ? expected : nil))
        #expect(valid == ((try? SessionID(validating: name)) != nil))
    }
}

/// The first line last read is kept: the same bytes give the same top without being read again, other bytes are read.
struct LastLineTests {
    @Test func theSameBytesAreNotReadAgainAndOtherBytesAre() {
        let last = LastLine<String>()
        var reads = 0
        func value(_ text: String) -> String {
            Array(text.utf8).withUnsafeBufferPointer { last.value(for: $0) { reads += 1; return String(decoding: $0, as: UTF8.self) } }
        }
        #expect(value("a\tb") == "a\tb" && reads == 1)
        #expect(value("a\tb") == "a\tb" && reads == 1)
        #expect(value("a\tc") == "a\tc" && reads == 2)
        #expect(value("") == "" && reads == 3)
        #expect(value("") == "" && reads == 3)
        #expect(value("a\tb") == "a\tb" && reads == 4)
    }

    @Test func aTopReadTwiceIsTheSame() throws {
        let index = SessionIndex(headers: [])
        let text = index.text()
        #expect(SessionIndex.top(of: text[...]) == SessionIndex.top(of: text[...]))
        #expect(SessionIndex.top(of: text[...]) != nil)
        #expect(SessionIndex.top(of: "guidance-session-index/3\tx\n"[...]) == nil)
    }
}
