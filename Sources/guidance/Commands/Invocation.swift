import Foundation
import GuidanceCore

/// What the command line asked for, once parsed.
struct Invocation: Equatable {
    /// The command and its own arguments.
    enum Command: Equatable {
        case start
        case new(script: String?, answers: String?, date: String?)
        case resume(id: String?)
        case list(all: Bool)
        case delete(id: String, yes: Bool)
        case show(id: String)
        case plan(id: String, format: String?, output: String?, paper: Paper = .a4)
        case calendar(id: String, output: String?)
        case invite(id: String, output: String?)
        case status(id: String?)
        case agenda(script: String?, from: String?, format: String?, output: String?, date: String?, time: String?, paper: Paper = .a4)
        case export(id: String, output: String, paper: Paper = .a4)
        case review(id: String?, month: Int?, answers: String?, date: String?)
        case check
        case whereFolders
        case help(command: String?)
        case version
    }

    var command: Command
    /// `--sessions DIR`; without it `Locations` decides.
    var sessions: String?
    var prompts: String?
    var timeZone: String?
    /// `--date-order dmy|mdy`: how dates typed with slashes are read.
    var dateOrder: String?
    var noColor = false
    /// Replace an existing file that guidance did not write.
    var force = false
}

/// A command line that cannot be understood: exit 64 with the usage line.
struct UsageError: Error, CustomStringConvertible {
    var message: String
    var command: String?
    var description: String { message }
}

/// Parses `guidance [COMMAND] [ARGS] [OPTIONS]`; options may come before or after the command.
enum ArgumentParser {
    static let commands = ["new", "resume", "list", "show", "plan", "calendar", "invite", "agenda", "export", "review", "status", "delete", "check", "where", "help"]

    /// Every option guidance knows, for "did you mean" (`-o` is also `--output`).
    static let options = ["--help", "--version", "--no-color", "--no-colour", "--sessions", "--prompts", "--tz", "--script", "--answers",
                          "--date", "--date-order", "--time", "--format", "--from", "--paper", "--month", "--all", "--yes", "--force", "--output"]

    static func parse(_ arguments: [String]) throws(UsageError) -> Invocation {
        var invocation = Invocation(command: .start)
        var positional: [String] = []
        var flags: [String: String] = [:]
        var wantsHelp = false
        var index = 0
        func value(_ name: String) throws(UsageError) -> String {
            index += 1
            guard index < arguments.count, !arguments[index].hasPrefix("--") || arguments[index] == "-" else {
                throw UsageError(message: "\(name) needs a value after it.", command: positional.first)
            }
            return arguments[index]
        }
        func take(_ name: String, _ inline: String?) throws(UsageError) -> String {
            if let inline { return inline }
            return try value(name)
        }
        while index < arguments.count {
            var arg = arguments[index]
            var inline: String?
            if arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") {
                inline = String(arg[arg.index(after: eq)...])
                arg = String(arg[..<eq])
            }
            switch arg {
            case "--help", "-h": wantsHelp = true
            case "--version": invocation.command = .version; return invocation
            case "--no-color", "--no-colour": invocation.noColor = true
            case "--sessions": invocation.sessions = try take(arg, inline)
            case "--prompts": invocation.prompts = try take(arg, inline)
            case "--tz": invocation.timeZone = try take(arg, inline)
            case "--date-order": invocation.dateOrder = try take(arg, inline)
            case "--script", "--answers", "--date", "--time", "--format", "--from", "--paper", "--month": flags[arg] = try take(arg, inline)
            case "--all", "--yes": flags[arg] = "yes"
            case "--force": invocation.force = true
            case "-o", "--output": flags["--output"] = try take(arg, inline)
            default:
                if arg.hasPrefix("-") && arg != "-" {
                    let bare = arg.drop { $0 == "-" }
                    let hint = Suggestion.closest(to: String(bare), among: options.map { String($0.dropFirst(2)) }).map { " Did you mean --\($0)?" } ?? ""
                    throw UsageError(message: "\"\(arg)\" is not an option guidance knows.\(hint)", command: positional.first)
                }
                positional.append(arg)
            }
            index += 1
        }
        let name = positional.first
        if wantsHelp { invocation.command = .help(command: name); return invocation }
        let rest = Array(positional.dropFirst())
        func noMore(_ max: Int) throws(UsageError) {
            if rest.count > max { throw UsageError(message: "\"\(rest[max])\" is one word too many for guidance \(name ?? "").", command: name) }
        }
        func onlyFlags(_ allowed: Set<String>) throws(UsageError) {
            if let bad = flags.keys.sorted().first(where: { !allowed.contains($0) }) {
                throw UsageError(message: "\(bad) does not go with guidance \(name ?? "(no command)").", command: name)
            }
        }
        invocation.command = try command(name, rest: rest, flags: flags, noMore: noMore, onlyFlags: onlyFlags)
        return invocation
    }
}
