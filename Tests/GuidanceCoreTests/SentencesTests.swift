import Foundation
import Testing
import GuidanceCore

/// Messages made of several parts read as sentences.
@Suite("Sentences")
struct SentencesTests {
    @Test(arguments: [
        (["answers.json: line 3, column 1: the data is nested too deep; simplify the file", "Nothing was stored."],
         "answers.json: line 3, column 1: the data is nested too deep; simplify the file. Nothing was stored."),
        (["The file is fine.", " and so is this "], "The file is fine. and so is this."),
        (["Really?", "", "Yes!"], "Really? Yes!"),
        (["ends with a newline\n", "Next."], "ends with a newline. Next."),
    ])
    func sentencesAreJoinedWithAFullStopAndASpace(_ parts: [String], _ joined: String) {
        #expect(Sentences.join(parts) == joined)
    }
}
