import Foundation
import GuidanceCore

extension Shell {
    /// Runs a `/` command; returns an exit code when the shell should stop.
    func handleCommand(_ line: String) -> Int32? {
        let words = line.dropFirst().split(separator: " ", maxSplits: 1).map(String.init)
        let name = words.first?.lowercased() ?? ""
        let argument = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
        let matches = ShellCommand.allCases.filter { $0.rawValue.hasPrefix(name) }
        guard !name.isEmpty, let command = matches.count == 1 ? matches[0] : ShellCommand(rawValue: name) else {
            let hint = Suggestion.closest(to: name, among: ShellCommand.allCases.map(\.rawValue)).map { " Did you mean /\($0)?" } ?? ""
            out("  " + style.bad("✗ ") + "\"/\(name)\" is not a command.\(hint) Type /help to see them. To answer with a text that starts with /, type // first.")
            return nil
        }
        switch command {
        case .help: help()
        case .back: say(interview.back())
        case .skip: handleOutcome(interview.skip())
        case .next: saveThenSay(interview.nextTopic())
        case .topics: topics()
        case .goto:
            guard !argument.isEmpty else { say("Name the topic: /goto followed by its number or name (see /topics)."); break }
            report(interview.goto(topic: argument))
        case .edit:
            guard !argument.isEmpty else { say("Name the question: /edit followed by its name, such as /edit focus (see /show)."); break }
            report(interview.edit(question: argument))
        case .show: Pager.show(SessionReport.text(script: interview.script, session: interview.session)) { Console.out($0) }
        case .undo: saveThenSay(interview.undo())
        case .time: time()
        case .export:
            guard save() || interactive else { break }
            do {
                let written = try app.exportAll(interview.session, to: argument.isEmpty ? "exports" : argument)
                say("Wrote \(written.paths.count) files:")
                for path in written.paths { Console.out("    " + path) }
                if let leftOut = written.leftOut { say(leftOut.prefix(1).uppercased() + leftOut.dropFirst()) }
            } catch {
                out("  " + style.bad("✗ ") + error.message)
            }
        case .plan:
            do {
                Pager.show(PlanSummary.text(try app.fullPlan(interview.session))) { Console.out($0, terminator: "") }
            } catch {
                out("  " + style.bad("✗ ") + error.message)
            }
        case .save:
            if save() { say("Saved to \(app.store.fileURL(for: id).path).") }
        case .quit:
            return leave()
        }
        shownPart = nil
        shownDefault = nil
        if case .goto = command { shownQuestion = nil }
        if case .edit = command { shownQuestion = nil }
        if case .back = command { shownQuestion = nil }
        return nil
    }

    func say(_ text: String) { out("  " + style.dim(text)) }

    func report(_ result: Result<String, AnswerProblem>) {
        switch result {
        case .success(let message): saveThenSay(message)
        case .failure(let problem): out("  " + style.bad("✗ ") + problem.message)
        }
    }

    func handleOutcome(_ outcome: AnswerOutcome) {
        if case .skipped(let message) = outcome { saveThenSay(message) }
        if case .refused(let message) = outcome { out("  " + style.bad("✗ ") + message) }
    }

    func help() {
        if let prompt = interview.prompt {
            Console.out("")
            Console.out(style.bold("About this question"))
            out(prompt.help)
            out("For example: " + prompt.example)
            if let value = prompt.defaultAnswer { Console.out("Press Enter on an empty line for: \(value)") }
        }
        Console.out("")
        Console.out(style.bold("Commands"))
        for command in ShellCommand.allCases { Console.out("  " + command.usage) }
        Console.out("  Tab completes commands, topics after /goto, questions after /edit, segment names and choices. Ctrl-C clears the line; Ctrl-D saves and leaves.")
    }

    func topics() {
        for (index, status) in interview.topicStatus.enumerated() {
            let mark = status.current ? "▸" : (status.done ? "✓" : "·")
            var line = "  \(mark) \(index + 1). \(status.topic.title)  (/goto \(TopicMatcher.shortName(of: index, in: interview.script.topics)))"
            if isDirector { line += "  \(status.topic.minutes) min" }
            Console.out(line)
        }
    }

    func time() {
        guard isDirector else { say("A self-planning session has no clock."); return }
        for topic in interview.script.topics {
            let spent = interview.session.minutes[topic.id] ?? 0
            let seconds = MeetingClock.seconds(NSDecimalNumber(decimal: spent * 60).doubleValue)
            let flag = seconds > topic.minutes * 60 ? style.warn("  over") : ""
            Console.out("  \(topic.title): \(MeetingClock.clock(seconds)) of \(topic.minutes):00\(flag)")
        }
        let total = MeetingClock.seconds(NSDecimalNumber(decimal: interview.session.totalMinutes * 60).doubleValue)
        Console.out("  Whole meeting: \(MeetingClock.clock(total)) of \(interview.script.minutes):00")
    }
}
