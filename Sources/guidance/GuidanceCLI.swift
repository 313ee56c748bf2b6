import Foundation
import GuidanceCore
#if canImport(Glibc)
import Glibc
#endif

/// The `guidance` command: parses the command line, runs the command, exits with a sysexits code.
@main
struct GuidanceCLI {
    static func main() {
        signal(SIGPIPE, SIG_IGN)
        // Read the umask once, before any other thread could create a file: set it, then put it back.
        let mask = umask(0o077)
        _ = umask(mask)
        exit(run(Array(CommandLine.arguments.dropFirst()), umask: mask))
    }

    static func run(_ arguments: [String], umask: mode_t) -> Int32 {
        do {
            let invocation = try ArgumentParser.parse(arguments)
            switch invocation.command {
            case .version: Console.out(HelpText.version); return 0
            case .help(let name?) where HelpText.forCommand(name) != nil:
                Console.out(HelpText.forCommand(name) ?? ""); return 0
            case .help(let name?) where !ArgumentParser.commands.contains(name):
                throw UsageError(message: "\"\(name)\" is not a guidance command; the commands are \(ArgumentParser.commands.joined(separator: ", ")).", command: nil)
            case .help: Console.out(HelpText.overview); return 0
            default: break
            }
            var app = try App(invocation: invocation, umask: umask)
            app.invocation = try DateFlag.resolve(invocation, today: app.today, order: app.dateOrder)
            let code = try app.run()
            // The command has finished and released what it held (locks are released where they are taken, not at
            // exit): leave now rather than free the run's values one by one, which costs as much as reading the script.
            exit(code)
        } catch let error as UsageError {
            Console.err("guidance: \(error.message)")
            Console.err(error.command.flatMap(HelpText.forCommand)?.split(separator: "\n").first.map(String.init) ?? HelpText.usage)
            return 64
        } catch let error as CLIError {
            Console.err("guidance: \(error.message)")
            if error.code == 64 { Console.err(HelpText.usage) }
            return error.code
        } catch {
            Console.err("guidance: \(error)")
            return 70
        }
    }
}

extension App {
    /// Runs the parsed command.
    func run() throws(CLIError) -> Int32 {
        switch invocation.command {
        case .start: return try start()
        case .new(let script, let answers, let date): return try newSession(script: script, answersFile: answers, date: date)
        case .resume(let id): return try resume(id)
        case .list(let all): return list(all: all)
        case .delete(let id, let yes): return try delete(id, yes: yes)
        case .show(let id): return try show(id)
        case .plan(let id, let format, let output, let paper): return try plan(id, format: format ?? "text", output: output, paper: paper)
        case .calendar(let id, let output): return try calendar(id, output: output)
        case .invite(let id, let output): return try invite(id, output: output)
        case .status(let id): return try status(id)
        case .agenda(let script, let from, let format, let output, let date, let time, let paper):
            return try agenda(script: script, from: from, format: format, output: output, date: date, time: time, paper: paper)
        case .export(let id, let output, let paper): return try export(id, to: output, paper: paper)
        case .review(let id, let month, let answers, let date): return try review(id, month: month, answers: answers, date: date)
        case .check: return check()
        case .whereFolders: return whereFolders()
        case .help, .version: return 0
        }
    }
}
