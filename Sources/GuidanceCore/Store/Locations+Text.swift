import Foundation

extension Locations {
    /// The lines `guidance where` prints: each folder in use and why; `exists` says whether a path exists.
    public func whereLines(exists: (String) -> Bool) -> [String] {
        var sessionsLine = "Sessions: \(sessions.path) (\(sessionsWhy))"
        if !exists(sessions.path) { sessionsLine += "; it is made when the first session is stored" }
        var promptsLine = "Prompts:  \(prompts.path) (\(promptsWhy))"
        if !exists((prompts.path as NSString).appendingPathComponent("director.json")) {
            promptsLine += "; there are no question scripts there, so give --prompts DIR"
        }
        return [sessionsLine, promptsLine,
                "History:  \(history) (the shell's line history; set XDG_STATE_HOME to move it)"]
    }

    /// Why the sessions folder is the one in use, in words.
    var sessionsWhy: String {
        switch sessions.reason {
        case .flag: return "given with --sessions"
        case .environment: return "from GUIDANCE_SESSIONS; without it guidance uses \(defaultSessions)"
        case .checkout(let root):
            return "the checkout's own, as this guidance was built in \(root); set GUIDANCE_SESSIONS or --sessions to change it"
        default: return "the default for an installed guidance; set GUIDANCE_SESSIONS or --sessions to change it"
        }
    }

    /// Why the prompts folder is the one in use, in words.
    var promptsWhy: String {
        switch prompts.reason {
        case .flag: return "given with --prompts"
        case .environment: return "from GUIDANCE_PROMPTS"
        case .checkout(let root):
            return "the checkout's own, as this guidance was built in \(root); set GUIDANCE_PROMPTS or --prompts to change it"
        case .userConfig: return "your own, used before the ones installed with guidance; set GUIDANCE_PROMPTS or --prompts to change it"
        case .installed: return "installed with guidance; copy them to \(userPrompts) to edit your own"
        default: return "in the current folder, as neither \(userPrompts) nor prompts installed with guidance were found"
        }
    }

    /// The note when a meeting starts in an empty sessions folder while `earlier` holds sessions.
    public func earlierSessionsNote(earlier: String) -> String {
        "no sessions yet in \(sessions.path); your earlier sessions are in \(earlier) (use --sessions to choose)"
    }
}
