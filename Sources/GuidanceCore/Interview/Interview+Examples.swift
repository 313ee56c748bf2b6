import Foundation

/// Examples in the session's own words: where a question or a record's field is answered with the segments
/// (a split, a segment to choose), its example names this session's segments rather than the script's sample ones.
extension Interview {
    /// A good answer to `q` for this session.
    func example(for q: Question) -> String { example(q.type, fallback: q.example) }

    /// A good answer to a record's field for this session.
    func example(for field: AnswerType.Field) -> String { example(field.type, fallback: field.example) }

    /// The example for an answer of `type`, built from earlier answers when it is answered with them; else `fallback`.
    func example(_ type: AnswerType, fallback: String) -> String {
        switch type {
        case .split(let over):
            guard let names = context.items[over], !names.isEmpty else { return fallback }
            // The script's own example stands when it names exactly these segments.
            let parts = fallback.split(separator: ",")
            if parts.count == names.count, names.allSatisfy({ fallback.contains($0) }) { return fallback }
            return SplitParser.wholeExample(names)
        case .choice(let source) where source.itemKey != nil:
            guard let options = context.options(source), !options.contains(fallback) else { return fallback }
            return options.first ?? fallback
        case .choices(let source) where source.itemKey != nil:
            guard let options = context.options(source), !options.isEmpty else { return fallback }
            return options.prefix(2).joined(separator: ", ")
        default:
            return fallback
        }
    }
}
