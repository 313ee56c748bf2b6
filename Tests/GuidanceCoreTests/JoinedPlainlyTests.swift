import Testing
@testable import GuidanceCore

/// `joinedPlainly` gives what the standard `joined` gives.
struct JoinedPlainlyTests {
    @Test(arguments: [[], [""], ["a"], ["a", "b"], ["", "", ""], ["Kim", "due Monday 1 March 2027"], ["é", "中文", "🙂"]] as [[String]])
    func joinsAsTheStandardJoinDoes(_ parts: [String]) {
        for separator in ["", ", ", "\t", "é"] {
            #expect(parts.joinedPlainly(separator: separator) == parts.joined(separator: separator))
        }
        #expect(parts.joinedPlainly() == parts.joined())
    }
}
