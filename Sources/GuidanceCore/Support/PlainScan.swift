import Foundation

/// Text replacements made by scanning, where a regular expression once did the work: the first
/// `NSRegularExpression` in a process costs milliseconds of ICU set-up, and these run on every plan.
///
/// Each does exactly what the regular expression named in its comment did (the tests compare them on
/// tricky input); they work on Unicode scalars, as the expressions matched code points, not characters.
public enum PlainScan {
    /// `text` with every `{{...}}` (no `}` inside) replaced by `replacement`. The expression was `\{\{[^}]*\}\}`.
    public static func replacingPlaceholders(in text: String, with replacement: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == "{", i + 1 < scalars.count, scalars[i + 1] == "{",
               let close = scalars[(i + 2)...].firstIndex(of: "}"), close + 1 < scalars.count, scalars[close + 1] == "}" {
                result.append(contentsOf: replacement.unicodeScalars)
                i = close + 2
            } else {
                result.append(scalars[i])
                i += 1
            }
        }
        return String(result)
    }

    /// `text` without each bracketed hint that starts with one of `openings` ("(Enter ...)"), and the white
    /// space before it. The expression was `\s*\((Enter|One at a time)[^)]*\)`.
    public static func removingBracketedHints(from text: String, openings: [String]) -> String {
        let scalars = Array(text.unicodeScalars)
        let words = openings.map { Array($0.unicodeScalars) }
        var result = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            var open = i
            while open < scalars.count, isSpace(scalars[open]) { open += 1 }
            if open < scalars.count, scalars[open] == "(",
               words.contains(where: { scalars[(open + 1)...].starts(with: $0) }),
               let close = scalars[(open + 1)...].firstIndex(of: ")") {
                i = close + 1
            } else {
                result.append(scalars[i])
                i += 1
            }
        }
        return String(result)
    }

    /// White space as `\s` in an ICU regular expression: the Unicode White_Space property.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }
}
