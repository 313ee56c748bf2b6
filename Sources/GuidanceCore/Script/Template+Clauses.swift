import Foundation

extension Template {
    /// `text` with every side clause that quotes an empty `|with:` list taken out, or `nil` when such a
    /// list stands in a sentence's main clause.
    ///
    /// "Are we still focusing on {{previous.growth_segment}}, with {{previous.roles|with:maintain}} maintained?"
    /// with no segment maintained reads "Are we still focusing on {{previous.growth_segment}}?": the clause
    /// from its comma to the next comma or sentence end goes. "We are leaving {{answers.roles|with:exit}}."
    /// with no segment exited gives `nil`: no wording reads well, so the question does not apply.
    /// A placeholder whose answer is missing is left for `render` to report.
    public static func withoutEmptyLists(_ text: String, in context: Context) -> String? {
        var out = ""
        var skipping = false
        for segment in segments(of: text) {
            switch segment {
            case .problem:
                return text
            case .literal(let literal):
                guard skipping else { out += literal; continue }
                if let end = literal.firstIndex(where: { ",.?!;:".contains($0) }) {
                    out += literal[end...]
                    skipping = false
                }
            case .placeholder(let placeholder):
                guard !skipping else { continue }
                guard isEmptyList(placeholder, in: context) else { out += written(placeholder); continue }
                let sentenceEnd = out.lastIndex { ".?!".contains($0) }
                guard let comma = out.lastIndex(of: ","), sentenceEnd.map({ comma > $0 }) ?? true else { return nil }
                out = String(out[..<comma])
                skipping = true
            }
        }
        return out
    }

    /// Whether `placeholder` is a `|with:` filter over an answer that has no item with that value.
    static func isEmptyList(_ placeholder: Placeholder, in context: Context) -> Bool {
        guard let wanted = placeholder.with, placeholder.source != "item" else { return false }
        let pool = placeholder.source == "answers" ? context.answers : context.previous
        guard case .object(let object)? = pool[placeholder.key] else { return false }
        return !object.pairs.contains { $0.value == .string(wanted) }
    }

    /// The placeholder as written in a script.
    static func written(_ placeholder: Placeholder) -> String {
        guard placeholder.source != "item" else { return "{{item}}" }
        return "{{\(placeholder.source).\(placeholder.key)" + (placeholder.with.map { "|with:\($0)" } ?? "") + "}}"
    }
}
