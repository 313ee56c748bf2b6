import Foundation
import GuidanceCore

extension App {
    /// The reviews kept beside a session (`ID.review-1` to `ID.review-3`), read against its plan; a month with no file is left out.
    ///
    /// A file that does not read, or does not fit the plan, is refused with exit 65 and its reason, never skipped.
    func storedReviews(_ session: Session, plan: Plan) throws(CLIError) -> [MonthlyReview] {
        var reviews: [MonthlyReview] = []
        for month in 1...3 {
            let url = store.folder.appendingPathComponent(MonthlyReview.fileName(sessionID: session.id, month: month))
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            let json: JSONValue
            do {
                json = try JSONParser.parse(data)
            } catch {
                throw CLIError.data("The review \(url.path) is damaged (\(error)); run guidance review \(session.id) --month \(month) to answer it again.")
            }
            do throws(ReviewProblem) {
                reviews.append(try MonthlyReview(json: json, plan: plan, sessionID: session.id, month: month))
            } catch {
                throw CLIError.data("The review \(url.path) does not fit the plan: \(error.message)")
            }
        }
        return reviews
    }

    /// `guidance status [ID]`: the plan to date from its monthly reviews (default: the latest finished session).
    func status(_ text: String?) throws(CLIError) -> Int32 {
        let session: Session
        if let text {
            session = try loadSession(try sessionID(text))
        } else if let last = sessions().sessions.first(where: { $0.status == .complete }) {
            session = last
        } else {
            throw CLIError.missing("There is no finished session yet, so there is no plan to check: run guidance to hold the meeting first.")
        }
        let plan = try fullPlan(session)
        Console.out(PlanStatus(plan: plan, reviews: try storedReviews(session, plan: plan)).text(plan: plan), terminator: "")
        return 0
    }
}
