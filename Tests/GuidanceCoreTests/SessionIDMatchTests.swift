import Foundation
import Testing
@testable import GuidanceCore

/// A session named by any part of its id, and the nearest command to a mistyped one.
@Suite struct SessionIDMatchTests {
    static let ids = ["2026-11-30-nt68", "2026-11-30-k3vd", "2027-02-01-bnu3"]

    @Test(arguments: [
        ("2026-11-30-nt68", SessionIDMatch.one("2026-11-30-nt68")),
        ("nt68", .one("2026-11-30-nt68")),
        ("NT68", .one("2026-11-30-nt68")),
        ("bnu", .one("2027-02-01-bnu3")),
        ("2026-11-30", .several(["2026-11-30-nt68", "2026-11-30-k3vd"])),
        ("zzzz", .none),
        ("", .none),
    ] as [(String, SessionIDMatch)])
    func aPartOfOneIdNamesThatSession(_ typed: String, _ match: SessionIDMatch) {
        #expect(SessionIDMatch.resolve(typed, among: Self.ids) == match)
    }

    @Test(arguments: [
        ("lsit", "list"), ("lis", "list"), ("plna", "plan"), ("agend", "agenda"), ("reveiw", "review"), ("stauts", "status"),
        ("Show", "show"), ("bogus", nil), ("x", nil), ("", nil),
    ] as [(String, String?)])
    func aMistypedCommandSuggestsTheNearest(_ typed: String, _ suggestion: String?) {
        #expect(Suggestion.closest(to: typed, among: ["new", "resume", "list", "show", "plan", "calendar", "invite", "agenda",
                                                      "export", "review", "status", "check", "help"]) == suggestion)
    }
}
