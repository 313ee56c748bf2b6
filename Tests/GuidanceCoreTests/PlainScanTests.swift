import Foundation
import Testing
@testable import GuidanceCore

/// The scans that replaced regular expressions on the plan paths, and the Swift-native trimming: each gives
/// what the expression or `trimmingCharacters(in:)` gave, on tricky input.
@Suite("Plain scanning")
struct PlainScanTests {
    /// What `NSString.replacingOccurrences(of:with:options: .regularExpression)` gives.
    func regex(_ text: String, _ pattern: String, _ replacement: String) -> String {
        text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
    }

    @Test(arguments: [
        "What is {{growth_segment}}'s target?", "{{a}} and {{b}}", "{{a}b}}", "{{{a}}", "{{}}", "{{a", "a}}", "{ {a}}",
        "{{a}}}", "{{{{a}}}}", "no placeholders", "", "{{é}} café", "{{a\n}}", "}}{{", "{{a} }}", "{{👍🏽}}",
    ])
    func placeholdersAreReplacedAsTheExpressionDid(text: String) {
        #expect(PlainScan.replacingPlaceholders(in: text, with: "(not answered yet)") == regex(text, #"\{\{[^}]*\}\}"#, "(not answered yet)"))
    }

    @Test(arguments: [
        "Which segments? (Enter keeps them.)", "Name them (One at a time; an empty line ends.) Then go on.",
        "Budget?\t (Enter leaves it blank.)", "Budget? \u{00A0}(Enter x)", "Keep (Entering) this?", "(Enter", "(Enter))",
        "A (Other hint) stays", "Two (Enter a) and (One at a time b).", "\n(Enter a)", "x\u{0B}(Enter a)", "x\u{85}(Enter a)",
        "x\u{2028}(Enter a)", "x\u{180E}(Enter a)", "x\u{200B}(Enter a)", "  (enter lowercase)", "", "((Enter a)", "( Enter a)", "(Enter a\n b) c",
    ])
    func keyboardHintsAreRemovedAsTheExpressionDid(text: String) {
        #expect(PlainScan.removingBracketedHints(from: text, openings: ["Enter", "One at a time"])
                == regex(text, #"\s*\((Enter|One at a time)[^)]*\)"#, ""))
    }

    @Test(arguments: [
        "", " ", "  a  ", "\ta\t", "a", "\u{00A0}a\u{3000}", "\na\n", "\r\n a \r\n", "\u{85}a\u{2028}", "\u{2029}",
        " \u{301}a", "a \u{301}", "👍🏽 ", " é ", "\u{0B}a\u{0C}", "\u{200B}a\u{200B}", "\u{FEFF}a", "\u{1680}a\u{202F}", "\u{180E}a", "\u{2060}a", "\u{200C}a\u{200D}", "\u{0}a\u{1F}",
    ])
    func trimmingMatchesFoundation(text: String) {
        #expect(text.trimmedOfWhitespace() == text.trimmingCharacters(in: .whitespaces))
        #expect(text.trimmedOfWhitespaceAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
