import Foundation
import Testing
@testable import GuidanceCore

@Suite("TerminalSafe")
struct TerminalSafeTests {
    @Test(arguments: [
        ("plain text, accents é and emoji 🙂", "plain text, accents é and emoji 🙂"),
        ("", ""),
        ("line\nnext\tcolumn", "line\nnext\tcolumn"),
        ("crlf\r\nkept", "crlf\r\nkept"),
        ("lone\rreturn", "lone^Mreturn"),
        ("end\r", "end^M"),
        ("\u{1B}[2Jclear", "^[[2Jclear"),
        ("\u{1B}]52;c;aGk=\u{07}", "^[]52;c;aGk=^G"),
        ("bell\u{07}", "bell^G"),
        ("\u{00}nul\u{01}\u{1F}", "^@nul^A^_"),
        ("del\u{7F}", "del^?"),
        ("csi\u{9B}31m", "csi<U+009B>31m"),
        ("\u{80}\u{9F}", "<U+0080><U+009F>"),
        ("\u{A0}nbsp and ¢ stay", "\u{A0}nbsp and ¢ stay"),
        ("abc\u{202E}fed\u{202C}", "abc<U+202E>fed<U+202C>"),
        ("\u{202A}\u{202B}\u{202D}", "<U+202A><U+202B><U+202D>"),
        ("\u{2066}iso\u{2067}\u{2068}\u{2069}", "<U+2066>iso<U+2067><U+2068><U+2069>"),
        ("dash \u{2014} and quote \u{201C}x\u{201D} and \u{2065} stay", "dash \u{2014} and quote \u{201C}x\u{201D} and \u{2065} stay"),
        ("\u{200F}mark\u{200E}s", "<U+200F>mark<U+200E>s"),
        ("alm\u{061C} and arabic \u{0628}\u{0627} stays", "alm<U+061C> and arabic \u{0628}\u{0627} stays"),
        ("line\u{2028}para\u{2029}", "line<U+2028>para<U+2029>"),
    ])
    func controlsAreShownVisibly(text: String, shown: String) {
        #expect(TerminalSafe.inert(text) == shown)
    }

    @Test func onlyTheKeptSequencesPass() {
        let kept = ["\u{1B}[1m", "\u{1B}[0m", "\u{1B}[31m"]
        #expect(TerminalSafe.inert("\u{1B}[1mbold\u{1B}[0m", keeping: kept) == "\u{1B}[1mbold\u{1B}[0m")
        #expect(TerminalSafe.inert("\u{1B}[31mred\u{1B}[0m \u{1B}[2J \u{1B}[3", keeping: kept) == "\u{1B}[31mred\u{1B}[0m ^[[2J ^[[3")
        #expect(TerminalSafe.inert("\u{1B}[1mbold\u{1B}[0m") == "^[[1mbold^[[0m")
    }

    @Test func nothingInertIsEverLeft() {
        let hostile = (0..<0x100).map { String(UnicodeScalar(UInt8($0))) }.joined() + "\u{202E}\u{2066}"
        let shown = TerminalSafe.inert(hostile)
        let raw = shown.unicodeScalars.filter { scalar in
            (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value) || TerminalSafe.isBidiControl(scalar)
        }
        #expect(raw.isEmpty)
        #expect(TerminalSafe.inert(shown) == shown)
    }

    @Test func longLinesAreCutInTheMiddleAndShortOnesKept() {
        #expect(TerminalSafe.shortened("short\nlines") == "short\nlines")
        let long = String(repeating: "a", count: 600) + String(repeating: "z", count: 100_000)
        let cut = TerminalSafe.shortened("guidance: \"" + long + "\" is not a time zone.\nsecond line", limit: 1000)
        #expect(cut == "guidance: \"" + String(repeating: "a", count: 469) + " … (99672 characters left out) … "
            + String(repeating: "z", count: 459) + "\" is not a time zone.\nsecond line")
    }

    /// The byte-level search finds what a walk over the scalars finds, over text full of near neighbours.
    @Test func bidiControlsAreFoundAsAScalarWalkFindsThem() {
        let near: [Unicode.Scalar] = ["a", "é", "\u{061B}", "\u{061C}", "\u{061D}", "\u{2014}", "\u{200D}", "\u{200E}", "\u{200F}",
                                      "\u{2029}", "\u{202A}", "\u{202E}", "\u{202F}", "\u{2065}", "\u{2066}", "\u{2069}",
                                      "\u{206A}", "\u{20AC}", "\u{1F642}"]
        var random = SplitMix64(state: 21)
        for _ in 0..<3000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int(random.next() % 12) { text.append(near[Int(random.next() % UInt64(near.count))]) }
            var expected: [Unicode.Scalar] = []
            for scalar in text where TerminalSafe.isBidiControl(scalar) && !expected.contains(scalar) { expected.append(scalar) }
            #expect(TerminalSafe.bidiControls(in: String(text)) == expected, "\(Array(text))")
        }
    }

    @Test func bidiControlsAreNamedOnceInOrder() {
        #expect(TerminalSafe.bidiControls(in: "a\u{202E}b\u{2066}c\u{202E}") == ["\u{202E}", "\u{2066}"])
        #expect(TerminalSafe.bidiControls(in: "plain — text").isEmpty)
        #expect(TerminalSafe.bidiControls(in: "x\u{200F}y\u{061C}z\u{200F}") == ["\u{200F}", "\u{061C}"])
        #expect(TerminalSafe.name("\u{9B}") == "U+009B")
        #expect(TerminalSafe.name("\u{1F642}") == "U+1F642")
    }
}
