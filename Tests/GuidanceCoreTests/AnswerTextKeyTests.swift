import Foundation
import Testing
@testable import GuidanceCore

/// `AnswerText.key` folds ASCII byte by byte; it must give what `folding` gives.
@Suite struct AnswerTextKeyTests {
    static func folded(_ text: String) -> String {
        AnswerText.collapsed(text).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    @Test func everyASCIICharacterFoldsAsFoundationFoldsIt() {
        for byte in UInt8(0)...UInt8(0x7F) {
            let text = "a" + String(decoding: [byte], as: UTF8.self) + "Z"
            #expect(AnswerText.key(text) == Self.folded(text), "byte \(byte)")
        }
    }

    @Test(arguments: ["Dental practices", "  HOSPITALITY\t ", "Café", "ÉCOLE", "Straße", "İstanbul", "ǅ", "ﬁne", "", " "])
    func namesFoldAsFoundationFoldsThem(_ text: String) {
        #expect(AnswerText.key(text) == Self.folded(text))
    }

    @Test func randomASCIITextFoldsAsFoundationFoldsIt() {
        var random = SplitMix64(state: 5)
        for _ in 0..<2000 {
            let bytes = (0..<Int(random.next() % 20)).map { _ in UInt8(random.next() % 0x80) }
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(AnswerText.key(text) == Self.folded(text), "\(bytes)")
        }
    }

    /// `collapsed` walks the text once; it must give what splitting at whitespace and joining with one space gives.
    @Test func collapsingMatchesSplitAndJoin() {
        let pieces = ["a", "Bé", " ", "\t", "\n", "\u{00A0}", "\u{2003}", "\r\n", "x y", "ﬁ", "🙂"]
        var random = SplitMix64(state: 11)
        for _ in 0..<2000 {
            let text = (0..<Int(random.next() % 9)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let reference = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            #expect(AnswerText.collapsed(text) == reference, "\(Array(text.unicodeScalars))")
        }
    }
}
