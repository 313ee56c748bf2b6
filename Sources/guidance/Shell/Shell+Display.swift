import Foundation
import GuidanceCore

extension Shell {
    /// Prints the topic heading, the question and the hints that changed since the last prompt.
    func show(_ prompt: Prompt) {
        // Last quarter's open actions open the meeting, before the first topic's heading.
        if !prompt.opensMeeting && shownTopic != prompt.topicIndex {
            shownTopic = prompt.topicIndex
            let topic = interview.script.topics[prompt.topicIndex]
            Console.out("")
            var heading = "── Topic \(prompt.topicIndex + 1) of \(prompt.topicCount): \(topic.title)"
            if isDirector { heading += " (\(topic.minutes) min)" }
            Console.out(style.accent(heading + " ──"))
            if !topic.intro.isEmpty { out(style.dim(topic.intro)) }
        }
        if shownQuestion != prompt.questionID {
            shownQuestion = prompt.questionID
            shownPart = nil
            shownDefault = nil
            Console.out("")
            out(style.bold(prompt.text))
            if let note = prompt.note { out("  " + style.dim(note)) }
            if let typed = prompt.typedSoFar { out("  " + typed) }
        }
        if shownPart != prompt.part {
            shownPart = prompt.part
            if let part = prompt.part, part != prompt.partName { out("  " + part) }
        }
        if shownDefault != prompt.defaultAnswer {
            shownDefault = prompt.defaultAnswer
            if let value = prompt.defaultAnswer { out("  " + style.dim("Enter: \(value)")) }
        }
    }

    /// "3/9 Focus split [1:10/3:00] Dental practices > ": step, topic, clock (elapsed against the topic's timebox), part.
    func promptLine(_ prompt: Prompt) -> String {
        var text = "\(prompt.topicIndex + 1)/\(prompt.topicCount) \(prompt.topicTitle)"
        if hasClock {
            let clock = MeetingClock(script: interview.script, session: interview.session, topicID: prompt.topicID, unsaved: 0)
            text += " [\(MeetingClock.clock(clock.topicSeconds))/\(MeetingClock.clock(clock.topicBox))]"
        }
        var tail = ""
        if let name = prompt.partName { tail = " " + name }
        // The prompt does not go through Console: its names (a segment's, a topic's) are made inert here.
        text = TerminalSafe.inert(text)
        tail = TerminalSafe.inert(tail)
        return interactive ? style.promptSafe("36", text) + tail + " > " : text + tail + " > "
    }

    /// A gentle notice when the topic overruns its timebox, and when the meeting reaches 30 minutes.
    func timeNotices(_ prompt: Prompt) {
        let clock = MeetingClock(script: interview.script, session: interview.session, topicID: prompt.topicID, unsaved: 0)
        if clock.topicOverrun, !noticedOverrun.contains(prompt.topicID) {
            noticedOverrun.insert(prompt.topicID)
            out("  " + style.warn("⏱ \(prompt.topicTitle) has used its \(clock.topicBox / 60) minutes. /next moves on to the next topic; /skip leaves this question for later."))
        }
        if clock.meetingOver, !noticedMeetingEnd {
            noticedMeetingEnd = true
            out("  " + style.warn("⏱ The meeting has reached \(clock.meetingBox / 60) minutes. Agree the actions, or /quit and finish the rest later."))
        }
    }

    /// Tab completion: commands after "/", topics after "/goto", questions after "/edit", else the answer's words.
    /// The words are gathered when Tab is pressed, not at every prompt (most prompts see no Tab, and a pipe none).
    func completer() -> @Sendable (String, String) -> [String] {
        let interview = interview
        return { line, word in
            ShellCompletion(interview: interview, commands: ShellCommand.names).candidates(line: line, word: word)
        }
    }
}

extension Shell {
    /// Refuses a line over `limit` bytes, unread; from a file or pipe that stops the shell like any refused line.
    func refuseLongLine(limit: Int) {
        linesRead += 1
        if !interactive { Console.out("") }
        out("  " + style.bad("✗ ") + LineInput.tooLongMessage(limit: limit))
        if !interactive { stoppedAtRefusal = true }
    }

    /// Prints `text`, word-wrapped to the terminal's width when there is a terminal.
    func out(_ text: String) {
        guard interactive else { Console.out(text); return }
        Console.out(TextWrap.wrap(text, width: TerminalInfo.columns()))
    }
}
