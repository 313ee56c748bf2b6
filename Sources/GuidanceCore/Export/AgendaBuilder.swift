import Foundation

/// Makes the agenda of the next session from a script and, when there is one, the last session's answers.
public enum AgendaBuilder {
    /// The agenda for `script`; `previous` gives last time's answers and actions, `beforePrevious` the changes shown.
    public static func agenda(script: Script, meetingDate: CalendarDate?, meetingMinute: Int? = nil, previous: Session?,
                              beforePrevious: Session? = nil) -> Agenda {
        let last = previous?.values ?? [:]
        let types = Dictionary(script.questions.map { ($0.question.id, $0.question.type) }, uniquingKeysWith: { a, _ in a })
        // Before the meeting, "this session's answers" are not given yet: last time's stand in for them.
        let context = Template.Context(answers: last, previous: last, types: types)
        let topics = script.topics.map { topic in
            Agenda.Topic(title: topic.title, minutes: topic.minutes, intro: topic.intro, questions: topic.questions.map { question in
                let carried = question.carried(last[question.id])
                var text = Template.render(question.ask, in: context) ?? question.ask
                if carried != nil, let again = question.again, let rendered = Template.render(again, in: context) {
                    text = rendered
                }
                text = withoutKeyboardHints(text).replacingOccurrences(of: "{{item}}", with: "each segment")
                    .replacingOccurrences(of: #"\{\{[^}]*\}\}"#, with: "…", options: .regularExpression)
                // What was answered last time, as it was (not moved on), and only where it is offered again.
                let shown = carried == nil ? nil : last[question.id].map { AnswerFormatter.describe($0, as: question.type) }
                return Agenda.Question(text: text, lastAnswer: shown)
            })
        }
        let facts = previous.map { GuidanceFacts(answers: $0.values, meetingDate: $0.meetingDate) }
        let changes = (previous != nil && beforePrevious != nil)
            ? ChangeSummary.lines(from: beforePrevious?.values ?? [:], to: last) : []
        var agenda = Agenda(title: script.title, mode: script.mode, meetingDate: meetingDate, previousSessionID: previous?.id,
                            topics: topics, openActions: facts?.actions ?? [], changes: changes)
        agenda.meetingMinute = meetingMinute
        return agenda
    }

    /// The question without the shell's typing hints ("Enter keeps them", "(Enter leaves it blank.)",
    /// "One at a time; ..."): the director reads the agenda, not the keyboard instructions.
    static func withoutKeyboardHints(_ text: String) -> String {
        var result = text.replacingOccurrences(of: #"\s*\((Enter|One at a time)[^)]*\)"#, with: "", options: .regularExpression)
        // Sentences end at . ? or ! followed by a space.
        var sentences: [String] = []
        var current = ""
        for character in result {
            current.append(character)
            if character == " ", let last = current.dropLast().last, ".?!".contains(last) {
                sentences.append(current)
                current = ""
            }
        }
        sentences.append(current)
        let hints = ["Enter ", "One at a time", "Separate ", "Give one item"]
        let kept = sentences.filter { sentence in !hints.contains { sentence.trimmingCharacters(in: .whitespaces).hasPrefix($0) } }
        result = kept.joined()
        return result.trimmingCharacters(in: .whitespaces)
    }
}
