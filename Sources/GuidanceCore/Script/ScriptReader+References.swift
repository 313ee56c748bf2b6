import Foundation

extension ScriptReader {
    /// Checks what one part of the script says about another: unique ids, references to earlier
    /// questions only, list-valued sources, and the 30-minute timebox of a director meeting.
    mutating func checkReferences(_ script: Script) {
        var topicIDs = Set<String>()
        for (index, topic) in script.topics.enumerated() where !topicIDs.insert(topic.id).inserted {
            problem(.topic(index + 1, id: topic.id), "the topic id \"\(topic.id)\" is used twice; give each topic its own id")
        }
        var earlier: [String: AnswerType] = [:]
        for (index, topic) in script.topics.enumerated() {
            for question in topic.questions {
                // Written out only for a problem: most scripts have none.
                func place() -> ScriptPlace { .question(.topic(index + 1, id: topic.id), 0, id: question.id) }
                if earlier[question.id] != nil {
                    problem(place(), "the question id \"\(question.id)\" is used twice; each answer needs its own key")
                }
                let filtered = Self.filteredSources(question.type)
                for key in question.type.sources {
                    guard let source = earlier[key] else {
                        problem(place(), "it takes its items from \"\(key)\", which is not an earlier question")
                        continue
                    }
                    if let value = filtered.first(where: { $0.key == key })?.value {
                        if case .each(_, .choice(.fixed(let options)), _) = source, options.contains(value) { continue }
                        problem(place(), "its options are the items of \"\(key)\" answered \"\(value)\", so \"\(key)\" must be an \"each\" question with \"\(value)\" among its options")
                        continue
                    }
                    if case .list = source {} else {
                        problem(place(), "it takes its items from \"\(key)\", which is a \(source.name) question; items must come from a list question")
                    }
                }
                if let when = question.when, earlier[when.key] == nil {
                    problem(place(), "its condition reads \"\(when.key)\", which is not an earlier question")
                }
                for text in [question.ask, question.again].compactMap({ $0 }) {
                    let placeholders = self.placeholders[text] ?? Template.placeholders(in: text)
                    for p in placeholders where p.source != "item" {
                        if earlier[p.key] == nil && !(p.source == "previous" && (p.key == question.id || script.question(p.key) != nil)) {
                            problem(place(), "\"{{\(p.source).\(p.key)}}\" quotes a question that is not asked before this one")
                        }
                    }
                    let isEach = if case .each = question.type { true } else { false }
                    if !isEach, placeholders.contains(where: { $0.source == "item" }) {
                        problem(place(), "{{item}} only works inside the item of an \"each\" question")
                    }
                }
                earlier[question.id] = question.type
            }
        }
        if script.mode == .director && script.minutes != 30 {
            problem("", "the topics' minutes add up to \(script.minutes); a director meeting is 30 minutes, so make them add up to 30")
        }
    }

    /// The filtered option sources of a type (`"options_from": "roles", "options_with": "grow"`), in its fields too.
    static func filteredSources(_ type: AnswerType) -> [(key: String, value: String)] {
        switch type {
        case .choice(.answerWith(let key, let value)), .choices(.answerWith(let key, let value)): [(key, value)]
        case .each(_, let item, _): filteredSources(item)
        case .records(let fields): fields.flatMap { filteredSources($0.type) }
        default: []
        }
    }
}
