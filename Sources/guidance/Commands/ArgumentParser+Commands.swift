import Foundation
import GuidanceCore

extension ArgumentParser {
    /// The formats each command writes.
    static let planFormats = ["text", "md", "html", "csv", "json"]
    static let agendaFormats = ["txt", "md", "html"]

    /// The command named `name` with its words and flags, checked.
    static func command(_ name: String?, rest: [String], flags: [String: String],
                        noMore: (Int) throws(UsageError) -> Void,
                        onlyFlags: (Set<String>) throws(UsageError) -> Void) throws(UsageError) -> Invocation.Command {
        func id(_ what: String) throws(UsageError) -> String {
            guard let id = rest.first else { throw UsageError(message: "guidance \(what) needs a session id (see guidance list).", command: what) }
            return id
        }
        func format(_ allowed: [String], _ what: String) throws(UsageError) -> String? {
            guard let format = flags["--format"] else { return nil }
            guard allowed.contains(format) else {
                throw UsageError(message: "--format \(format) is not \(what == "agenda" ? "an" : "a") \(what) format; use \(allowed.joined(separator: ", ")).", command: name)
            }
            return format
        }
        func written(_ allowed: [String], _ endings: [(ending: String, format: String)], _ what: String) throws(UsageError) -> String? {
            switch OutputFormat.resolve(format: try format(allowed, what), output: flags["--output"], endings: endings, what: what) {
            case .success(let format): return format
            case .failure(let mistake): throw UsageError(message: mistake.message, command: what)
            }
        }
        func paper() throws(UsageError) -> Paper {
            guard let text = flags["--paper"] else { return .a4 }
            guard let paper = Paper(rawValue: text.lowercased()) else {
                throw UsageError(message: "--paper \(text) is not a paper size; use a4 or letter.", command: name)
            }
            return paper
        }
        switch name {
        case nil: try onlyFlags([]); return .start
        case "new":
            try noMore(0); try onlyFlags(["--script", "--answers", "--date"])
            return .new(script: flags["--script"], answers: flags["--answers"], date: flags["--date"])
        case "resume": try noMore(1); try onlyFlags([]); return .resume(id: rest.first)
        case "list": try noMore(0); try onlyFlags(["--all"]); return .list(all: flags["--all"] != nil)
        case "delete": try noMore(1); try onlyFlags(["--yes"]); return .delete(id: try id("delete"), yes: flags["--yes"] != nil)
        case "show": try noMore(1); try onlyFlags([]); return .show(id: try id("show"))
        case "plan":
            try noMore(1); try onlyFlags(["--format", "--output", "--paper"])
            return .plan(id: try id("plan"), format: try written(planFormats, OutputFormat.plan, "plan"), output: flags["--output"],
                         paper: try paper())
        case "calendar":
            try noMore(1); try onlyFlags(["--output"])
            return .calendar(id: try id("calendar"), output: flags["--output"])
        case "status": try noMore(1); try onlyFlags([]); return .status(id: rest.first)
        case "invite":
            try noMore(1); try onlyFlags(["--output"])
            return .invite(id: try id("invite"), output: flags["--output"])
        case "agenda":
            try noMore(0); try onlyFlags(["--script", "--from", "--format", "--output", "--date", "--time", "--paper"])
            if let time = flags["--time"], ClockTime.minutes(time) == nil {
                throw UsageError(message: "--time \(time) is not a time of day; write it as HH:MM, such as 10:00.", command: "agenda")
            }
            return .agenda(script: flags["--script"], from: flags["--from"], format: try written(agendaFormats, OutputFormat.agenda, "agenda"),
                           output: flags["--output"], date: flags["--date"], time: flags["--time"], paper: try paper())
        case "export":
            try noMore(1); try onlyFlags(["--all", "--output", "--format", "--paper"])
            let session = try id("export")
            if flags["--all"] == nil, flags["--format"] != nil {
                // The answers-file contract's `guidance export ID --format json`: the same as `plan --format json`.
                return .plan(id: session, format: try format(["json"], "export"), output: flags["--output"])
            }
            guard flags["--all"] != nil else { throw UsageError(message: "guidance export writes every format at once: add --all and -o DIR.", command: "export") }
            guard let output = flags["--output"] else { throw UsageError(message: "guidance export needs -o DIR: the folder to write the files in.", command: "export") }
            return .export(id: session, output: output, paper: try paper())
        case "review":
            try noMore(1); try onlyFlags(["--month", "--answers", "--date"])
            var month: Int?
            if let text = flags["--month"] {
                guard let number = Int(text), (1...3).contains(number) else {
                    throw UsageError(message: "--month \(text) is not a month of the plan; use 1, 2 or 3 (a plan has three months).", command: "review")
                }
                month = number
            }
            return .review(id: rest.first, month: month, answers: flags["--answers"], date: flags["--date"])
        case "check": try noMore(0); try onlyFlags([]); return .check
        case "where": try noMore(0); try onlyFlags([]); return .whereFolders
        case "help": return .help(command: rest.first)
        case let other?:
            let hint = Suggestion.closest(to: other, among: commands).map { " Did you mean \($0)?" } ?? ""
            throw UsageError(message: "\"\(other)\" is not a guidance command.\(hint) The commands are \(commands.joined(separator: ", ")).", command: nil)
        }
    }
}
