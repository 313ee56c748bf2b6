import Foundation
import GuidanceCore

extension App {
    /// `guidance delete ID [--yes]`: moves a session's files into the trash folder inside the sessions folder.
    ///
    /// On a terminal it first says what the session is and asks; without a terminal it needs `--yes`.
    /// A session open in another shell is refused (exit 75) and nothing moves.
    func delete(_ text: String, yes: Bool) throws(CLIError) -> Int32 {
        let id = try sessionID(text)
        guard store.exists(id: id) else { throw CLIError(StoreError.notFound(id)) }
        if !yes {
            guard interactive else {
                throw CLIError.usage("guidance delete asks before it deletes, and there is no terminal to ask on: "
                    + "add --yes to move session \(id) to the trash.")
            }
            Console.out("Session \(id): \(summary(of: id)).")
            Console.out("Move it to the trash (\(store.trashFolder.path))? Type y to move it, or press Enter to keep it: ", terminator: "")
            let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            guard answer == "y" || answer == "yes" else {
                Console.out("Kept session \(id); nothing was moved.")
                return 0
            }
        }
        let moved: [String]
        do { moved = try store.trash(id: id) } catch { throw CLIError(error) }
        Console.out("Moved session \(id) to the trash: \(moved.joined(separator: ", ")) now in \(store.trashFolder.path). "
            + "To bring it back, move \(moved.count == 1 ? "that file" : "those files") back into \(store.folder.path).")
        return 0
    }

    /// "director meeting of Monday 1 February 2027, 15 answers, in progress", or what keeps the file from reading.
    func summary(of id: SessionID) -> String {
        guard let data = try? store.read(id: id).data, let session = try? decode(data, id: id) else {
            return "its file cannot be read as a session"
        }
        let kind = session.mode == .director ? "director meeting" : "self-planning session"
        let count = session.answers.count
        let status = session.status == .complete ? "complete" : "in progress"
        return "\(kind) of \(session.meetingDate.spoken), \(count) answer\(count == 1 ? "" : "s"), \(status)"
    }
}
