import Foundation

/// The `/` commands of the shell, with the words `/help` shows.
enum ShellCommand: String, CaseIterable {
    case help, back, skip, next, topics, goto, edit, show, undo, time, plan, export, save, quit

    static var names: [String] { allCases.map(\.rawValue) }

    var usage: String {
        switch self {
        case .help: "/help            what this question means, with an example; and these commands"
        case .back: "/back            go back one step (Enter then keeps the answer you gave)"
        case .skip: "/skip            leave this question unanswered for now"
        case .next: "/next            move on to the next topic"
        case .topics: "/topics          the topics, what is done, and where you are"
        case .goto: "/goto TOPIC      jump to a topic (its number or a word of its title, e.g. /goto internal)"
        case .edit: "/edit QUESTION   change one answer (e.g. /edit campaign_budget)"
        case .show: "/show            every answer so far"
        case .undo: "/undo            take back the last answer"
        case .time: "/time            time used per topic against the timebox"
        case .plan: "/plan            the three-month plan draft from the answers so far"
        case .export: "/export [FOLDER]  write the plan, calendar and agenda files (default folder: exports)"
        case .save: "/save            save now (answers are saved as you go anyway)"
        case .quit: "/quit            save and leave; guidance resume carries on later"
        }
    }
}
