import Foundation
import GuidanceCore

extension App {
    /// `guidance review [ID] [--month N] [--answers FILE] [--date DAY]`: the monthly review of a session's plan.
    ///
    /// Without an id, the latest finished session (and, with --answers, the session the file names); without
    /// --month, the month `--date` (or today) falls in, else the last month that has ended, else month 1.
    func review(_ text: String?, month: Int?, answers: String?, date: String?) throws(CLIError) -> Int32 {
        let fileJSON = try answers.map { path throws(CLIError) in try readReviewAnswers(path) }
        let id: SessionID
        if let text {
            id = try sessionID(text)
        } else if let named = fileJSON?["session"]?.stringValue {
            id = try sessionID(named)
        } else {
            guard let finished = newestSession(.complete) else {
                throw CLIError.missing("There is no finished session to review in \(store.folder.path); finish a meeting first (guidance resume), or name a session: guidance review ID.")
            }
            id = try sessionID(finished.id)
        }
        let session = try loadSession(id)
        let original = try makePlan(for: session)
        let today = date.flatMap(CalendarDate.init(iso:)) ?? self.today
        let month = month ?? fileJSON?["month"]?.intValue.flatMap { (1...3).contains($0) ? $0 : nil }
            ?? ReviewScope.defaultMonth(today: today, in: original)
        // The month's tasks are those of the plan as the months before it left it (moved work included, dropped work gone).
        let plan = try reviewed(session, before: month, original: original).plan
        let url = reviewURL(id.rawValue, month: month)
        let lock: SessionLock
        do { lock = try store.lock(id: id) } catch { throw CLIError(error) }
        if let fileJSON, let answers {
            defer { lock.release() }
            let source = answers == "-" ? "standard input" : answers
            var review: MonthlyReview
            do {
                review = try MonthlyReview(json: fileJSON, plan: plan, sessionID: id.rawValue, month: month)
            } catch { throw CLIError.data(Sentences.join("\(source): \(error.message)", Self.nothingStored)) }
            review.complete = true
            do { try saveReview(review, plan: plan, to: url) } catch { throw CLIError(error) }
            Console.out(ReviewSummary(review: review, plan: plan).storedLine)
            return 0
        }
        let stored: (review: MonthlyReview, answered: Set<String>)?
        do { stored = try storedReview(at: url, plan: plan, id: id, month: month) } catch { lock.release(); throw error }
        var walk = ReviewWalk(plan: plan, sessionID: id.rawValue, month: month, today: today,
                              existing: stored?.review, answered: stored?.answered ?? [])
        walk.dateOrder = dateOrder
        let shell = ReviewShell(walk: walk, app: self, id: id, url: url, lock: lock, editor: makeEditor())
        return shell.run(reopened: stored?.review)
    }

    /// Writes a review beside its session: temporary file, flushed, renamed into place, mode 0600.
    func saveReview(_ review: MonthlyReview, plan: Plan, to url: URL) throws(StoreError) {
        try AtomicFile.write(Data(utf8: JSONWriter.write(review.json(plan: plan)) + "\n"), to: url, mode: 0o600)
    }

    /// The review kept for this month, with the tasks it really answers, or nil when there is none yet.
    func storedReview(at url: URL, plan: Plan, id: SessionID, month: Int) throws(CLIError) -> (review: MonthlyReview, answered: Set<String>)? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let problem: String
        do {
            guard let data = FileManager.default.contents(atPath: url.path) else { throw ReviewProblem("it cannot be read") }
            let json = try JSONParser.parse(data)
            let review = try MonthlyReview(json: json, plan: plan, sessionID: id.rawValue, month: month)
            return (review, MonthlyReview.answeredKeys(in: json, plan: plan, month: month))
        } catch let error as ReviewProblem {
            problem = error.message
        } catch {
            problem = "\(error)"
        }
        throw unusableReview(url, id: id.rawValue, month: month, problem: problem)
    }

    /// The refusal of a review file that cannot be used, with the same way on from every command: move it out, then
    /// answer the month again.
    func unusableReview(_ url: URL, id: String, month: Int, problem: String) -> CLIError {
        CLIError.data(Sentences.join("The review \(url.path) cannot be used (\(Sentences.sentence(problem).dropLast()))",
                                     "Move it out of the sessions folder, then run guidance review \(id) --month \(month) to answer month \(month) afresh"))
    }

    /// The JSON of a review answers file, or of standard input for "-".
    func readReviewAnswers(_ path: String) throws(CLIError) -> JSONValue {
        guard path == "-" else { return try readAnswersJSON(path) }
        let data = FileHandle.standardInput.readDataToEndOfFile()
        do { return try JSONParser.parse(data) } catch {
            throw CLIError.data(Sentences.join("standard input: \(error)", Self.nothingStored))
        }
    }
}
