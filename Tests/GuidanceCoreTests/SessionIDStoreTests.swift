import Foundation
import Testing
@testable import GuidanceCore

@Suite("SessionID and StoreError")
struct SessionIDStoreTests {
    static let sixtyFour = String(repeating: "a", count: 64)

    @Test(arguments: ["2027-02-01-k3vd", "a", "A_b.c-d", "draft.v2", "2027-02-01", sixtyFour, "x.json", "-dash"])
    func acceptsSafeIDs(_ text: String) throws {
        #expect(try SessionID(validating: text).rawValue == text)
        #expect(SessionID.isValid(text))
    }

    @Test(arguments: [
        ("", "The session id is empty; a session id looks like 2027-02-01-k3vd."),
        (".hidden", "\".hidden\" is not a session id; a session id looks like 2027-02-01-k3vd."),
        ("..", "\"..\" is not a session id; a session id looks like 2027-02-01-k3vd."),
        ("a..b", "\"a..b\" is not a session id; a session id looks like 2027-02-01-k3vd."),
        ("../etc/passwd", "\"../etc/passwd\" is not a session id; a session id looks like 2027-02-01-k3vd."),
        ("a/b", "\"a/b\" is not a session id; a session id looks like 2027-02-01-k3vd."),
        ("two words", "\"two words\" is not a session id; a session id looks like 2027-02-01-k3vd."),
        ("café", "\"café\" is not a session id; a session id looks like 2027-02-01-k3vd."),
        ("line\nbreak", "\"line?break\" is not a session id; a session id looks like 2027-02-01-k3vd."),
        (sixtyFour + "b", "\"\(String(repeating: "a", count: 40))…\" is not a session id; a session id looks like 2027-02-01-k3vd."),
    ])
    func refusesUnsafeIDs(_ text: String, message: String) {
        #expect(!SessionID.isValid(text))
        #expect(throws: StoreError.invalidID(text)) { try SessionID(validating: text) }
        #expect(StoreError.invalidID(text).description == message)
    }

    @Test func generatedIDsAreValidDatedAndDistinct() throws {
        var generator = StoreSeededGenerator(state: 20270201)
        let date = try #require(CalendarDate(iso: "2027-02-01"))
        let ids = (0..<1000).map { _ in SessionID.generate(date: date, using: &generator) }
        #expect(Set(ids).count == 1000)
        let alphabet = Set("abcdefghijkmnpqrstuvwxyz23456789")
        var seen = Set<Character>()
        for id in ids {
            #expect(SessionID.isValid(id.rawValue), "\(id)")
            #expect(id.rawValue.hasPrefix("2027-02-01-") && id.rawValue.count == 15, "\(id)")
            #expect(id.datePrefix == "2027-02-01")
            let suffix = id.rawValue.suffix(4)
            #expect(suffix.allSatisfy(alphabet.contains), "\(id)")
            seen.formUnion(suffix)
        }
        #expect(seen == alphabet)  // every symbol is drawn, and never 0, o, 1 or l
    }

    @Test func theSameSeedGivesTheSameIDs() {
        var first = StoreSeededGenerator(state: 7)
        var second = StoreSeededGenerator(state: 7)
        let a = (0..<5).map { _ in SessionID.generate(date: "2027-02-01", using: &first) }
        let b = (0..<5).map { _ in SessionID.generate(date: "2027-02-01", using: &second) }
        #expect(a == b)
    }

    @Test(arguments: [
        ("2027-02-01", "2027-02-01-"),
        ("2027/02/01 ../x", "20270201-"),
        ("", ""),
        ("..", ""),
        (String(repeating: "9", count: 80), String(repeating: "9", count: 59) + "-"),
    ])
    func generatedIDsAreValidWhateverTheDateText(_ date: String, prefix: String) {
        var generator = StoreSeededGenerator(state: 1)
        let id = SessionID.generate(date: date, using: &generator)
        #expect(SessionID.isValid(id.rawValue))
        #expect(id.rawValue.hasPrefix(prefix) && id.rawValue.count == prefix.count + 4, "\(id)")
    }

    @Test(arguments: [
        ("2027-02-01-k3vd", "2027-02-01"), ("2027-2-01-k3vd", nil), ("draft", nil), ("2027-02-0x", nil),
    ])
    func datePrefix(_ text: String, expected: String?) throws {
        #expect(try SessionID(validating: text).datePrefix == expected)
    }

    @Test func idsOrderByText() throws {
        let texts = ["2027-03-01-aaaa", "2026-12-31-zzzz", "2027-02-01-k3vd", "2027-02-01-a2bc"]
        let ids = try texts.map { text throws(StoreError) in try SessionID(validating: text) }
        #expect(ids.sorted().map(\.description) == ["2026-12-31-zzzz", "2027-02-01-a2bc", "2027-02-01-k3vd", "2027-03-01-aaaa"])
    }

    static let id = SessionID(unchecked: "2027-02-01-k3vd")

    @Test(arguments: [
        (StoreError.notFound(id), Int32(66),
         "There is no session 2027-02-01-k3vd; run guidance list to see the sessions you have."),
        (.locked(id, pid: 4242), 75,
         "Session 2027-02-01-k3vd is open in another guidance shell (process 4242); finish there first, or wait for it to close."),
        (.locked(id, pid: nil), 75,
         "Session 2027-02-01-k3vd is open in another guidance shell; finish there first, or wait for it to close."),
        (.corrupt(path: "/s/2027-02-01-k3vd.json", detail: "line 3: expected a value"), 65,
         "The session file /s/2027-02-01-k3vd.json is damaged (line 3: expected a value); "
            + "restore it from a backup, or move it out of the sessions folder to carry on without it."),
        (.invalidID("a/b"), 64, "\"a/b\" is not a session id; a session id looks like 2027-02-01-k3vd."),
        (.cannotCreate(path: "/s", reason: "Permission denied"), 73,
         "Could not create /s (Permission denied); check that you may write to that folder, or choose another one."),
        (.io(path: "/s/x.json", reason: "No space left on device"), 74,
         "Could not read or write /s/x.json (No space left on device); "
            + "check the file's permissions and that the disk is not full, then try again."),
    ])
    func errorMessagesAndExitCodes(_ error: StoreError, code: Int32, message: String) {
        #expect(error.exitCode == code)
        #expect(error.description == message)
    }
}
