import Foundation
import GuidanceCore

extension App {
    /// `guidance list`: sessions newest first; damaged files are named, the others still listed.
    func list() -> Int32 {
        let (found, problems) = sessions()
        if found.isEmpty && problems.isEmpty {
            Console.out("No sessions yet in \(store.folder.path). Start one with: guidance")
            return 0
        }
        for session in found {
            let script = try? self.script(session.scriptID)
            let kind = session.mode == .director ? "director meeting" : "self-planning"
            var progress = session.status == .complete ? "complete" : "in progress"
            if let script {
                let total = script.questions.count
                progress += ", \(min(session.answers.count, total)) of \(total) answered"
            }
            Console.out("\(session.id)  \(session.meetingDate.iso)  \(kind)  \(progress)")
        }
        for problem in problems { Console.err("warning: \(problem)") }
        return 0
    }

    /// `guidance show ID`: the answers topic by topic.
    func show(_ text: String) throws(CLIError) -> Int32 {
        let id = try sessionID(text)
        let session = try loadSession(id)
        let script = try self.script(session.scriptID)
        Console.out(SessionReport.text(script: script, session: session), terminator: "")
        return 0
    }

    /// `guidance check`: every script in the prompts folder, each problem with its file and place.
    func check() -> Int32 {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: promptsFolder.path)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
        guard !files.isEmpty else {
            Console.err("guidance: there are no scripts (*.json) in \(promptsFolder.path); give --prompts DIR.")
            return 66
        }
        var failed = false
        for name in files {
            let id = String(name.dropLast(5))
            switch ScriptLoader.load(id: id, folder: promptsFolder) {
            case .success(let script):
                Console.out("\(promptsFolder.appendingPathComponent(name).path): ok (\(script.topics.count) topics, \(script.questions.count) questions, \(script.minutes) minutes)")
            case .failure(let problems):
                failed = true
                for problem in problems.problems { Console.out(problem.description) }
            }
        }
        return failed ? 65 : 0
    }
}

extension Console {
    static func out(_ text: String, terminator: String) {
        FileHandle.standardOutput.write(Data((text + terminator).utf8))
    }
}
