import Foundation

/// Reads a percent split typed on one line: `Dental 50, Retail 30, Legal 20`.
public enum SplitParser {
    /// Parses "Name number" pairs separated by commas or semicolons into entries named as in `names`, in the order typed.
    ///
    /// Each pair is a name and a whole percent 0-100, in either order, with an optional "%" and an
    /// optional ":" or "=" between them ("Dental practices: 50", "50% Dental"). Names are matched with
    /// `NameMatcher` (noun `noun`). Refuses unknown or ambiguous names, a name given twice and a percent
    /// that is not whole or not 0-100. Does not check the total: the caller does, so partial input is allowed.
    public static func pairs(_ input: String, names: [String], noun: String = "segment") -> Result<[SplitEntry], AnswerProblem> {
        let typed = AnswerText.trimmed(input)
        let howTo = "type each \(noun) with a whole percent, such as \"\(example(names))\""
        if typed.isEmpty { return .failure(AnswerProblem("Nothing was typed: \(howTo).")) }
        if let numbers = bareNumbers(typed) {
            // "70/20/10": one percent per name, in the order the names were given.
            guard numbers.count == names.count else {
                return .failure(AnswerProblem("\(AnswerText.quoted(typed)) gives \(numbers.count) number\(numbers.count == 1 ? "" : "s") for "
                    + "\(names.count) \(AnswerText.plural(noun)) (\(names.joined(separator: ", "))): give one per \(noun) in that order, or \(howTo)."))
            }
            guard numbers.allSatisfy({ (0...100).contains($0) }) else {
                return .failure(AnswerProblem("\(AnswerText.quoted(typed)) has a number that is not a whole percent from 0 to 100: \(howTo)."))
            }
            return .success(zip(names, numbers).map { SplitEntry(name: $0, percent: $1) })
        }
        let items = typed.split(whereSeparator: { $0 == "," || $0 == ";" })
            .map { AnswerText.trimmed(String($0)) }.filter { !$0.isEmpty }
        guard !items.isEmpty else {
            return .failure(AnswerProblem("\(AnswerText.quoted(typed)) has no \(AnswerText.plural(noun)) in it: \(howTo)."))
        }
        var entries: [SplitEntry] = []
        for item in items {
            let quoted = AnswerText.quoted(item)
            guard let (namePart, percentPart) = split(item) else {
                return .failure(AnswerProblem("\(quoted) has no percent: \(howTo)."))
            }
            guard !namePart.isEmpty else {
                return .failure(AnswerProblem("\(quoted) has no \(noun) name: \(howTo)."))
            }
            guard let literal = NumberParser.literal(Substring(percentPart)), let percent = AnswerText.int(literal.value),
                  (0...100).contains(percent) else {
                return .failure(AnswerProblem("\(quoted) does not give a whole percent from 0 to 100: \(howTo)."))
            }
            let name: String
            switch NameMatcher.match(namePart, among: names, noun: noun) {
            case .success(let found): name = found
            case .failure(let problem): return .failure(problem)
            }
            if entries.contains(where: { $0.name == name }) {
                return .failure(AnswerProblem(
                    "\(quoted) gives \(name) a second time: give each \(noun) once, such as \"\(example(names))\"."))
            }
            entries.append(SplitEntry(name: name, percent: percent))
        }
        return .success(entries)
    }

    /// The whole percents of a line that holds two or more and nothing else ("70/20/10", "70 20 10", "50%, 30%, 20%"), or nil.
    static func bareNumbers(_ typed: String) -> [Int]? {
        let separators: Set<Character> = ["/", ",", ";", " ", "\t"]
        guard typed.contains(where: \.isNumber),
              typed.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "%" || separators.contains($0) }) else { return nil }
        let parts = typed.split(whereSeparator: { separators.contains($0) }).map { $0.hasSuffix("%") ? $0.dropLast() : $0 }
        let numbers = parts.compactMap { Int($0) }
        // One number alone is a pair missing its name, and is refused as such.
        return numbers.count == parts.count && numbers.count > 1 ? numbers : nil
    }

    /// The name part and the number part of one pair, or `nil` when neither end holds a number.
    ///
    /// The number is the last word (or the first, for "50% Dental"), without its "%"; the name is the rest
    /// without ":" or "=" around it. A number part is anything with a digit in it, so "50.5" or "-10"
    /// reach the percent check and get its message.
    static func split(_ item: String) -> (name: String, percent: String)? {
        let text = AnswerText.plainSigns(item)
        let isGap: (Character) -> Bool = { $0.isWhitespace || $0 == ":" || $0 == "=" }
        func cleanName(_ raw: Substring) -> String {
            AnswerText.collapsed(String(raw.drop(while: isGap).reversed().drop(while: isGap).reversed()))
        }
        func number(_ raw: Substring) -> String? {
            var token = raw
            if token.hasSuffix("%") { token = token.dropLast() }
            while token.last?.isWhitespace == true { token = token.dropLast() }
            return token.contains(where: { $0.isASCII && $0.isNumber }) ? String(token) : nil
        }
        let trailing = text.reversed().drop(while: { $0 == "%" || $0.isWhitespace })
        if let gap = trailing.firstIndex(where: isGap) {
            let start = gap.base
            if let value = number(text[start...]) { return (cleanName(text[..<start]), value) }
        } else if let value = number(Substring(text)) {
            return ("", value)
        }
        if let gap = text.firstIndex(where: isGap), let value = number(text[..<gap]) {
            return (cleanName(text[gap...]), value)
        }
        return nil
    }

    /// A good answer for the messages, using the first names given: "Dental practices 60, Retail 40".
    static func example(_ names: [String]) -> String {
        let unique = NameMatcher.unique(names)
        switch unique.count {
        case 0: return "Dental practices 60, Retail 40"
        case 1: return "\(unique[0]) 100"
        default: return "\(unique[0]) 60, \(unique[1]) 40"
        }
    }

    /// A whole split over every name, in order, totalling 100: "Dental practices 40, Retail 20, Legal 20, Hotels 20".
    static func wholeExample(_ names: [String]) -> String {
        let unique = NameMatcher.unique(names)
        let fixed: [Int: [Int]] = [1: [100], 2: [60, 40], 3: [50, 30, 20], 4: [40, 20, 20, 20]]
        let base = unique.isEmpty ? 0 : 100 / unique.count
        let shares = fixed[unique.count] ?? [100 - base * (unique.count - 1)] + Array(repeating: base, count: max(unique.count - 1, 0))
        return zip(unique, shares).map { "\($0) \($1)" }.joined(separator: ", ")
    }
}
