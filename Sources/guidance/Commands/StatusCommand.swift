import Foundation
import GuidanceCore

extension App {
    /// A session's plan as first made, the same plan re-planned around its monthly reviews, and the reviews.
    struct Reviewed {
        /// The plan made from the answers alone.
        var original: Plan
        /// The plan after the reviews (done work kept, dropped work gone, moved work on its new day).
        var plan: Plan
        /// The reviews kept beside the session, read in month order.
        var reviews: [MonthlyReview]
    }

    /// Where the review of `month` of session `id` is kept: beside the session's own file.
    func reviewURL(_ id: String, month: Int) -> URL {
        store.folder.appendingPathComponent(MonthlyReview.fileName(sessionID: id, month: month))
    }

    /// The plan of `session` re-planned around the reviews kept beside it (`ID.review-1` to `ID.review-3`), of the
    /// months before `before` only (a month's own review is read against the plan the months before it left).
    ///
    /// A review file that does not read, or does not fit the plan, is refused with exit 65 and its reason, never skipped.
    func reviewed(_ session: Session, before: Int = 4, original given: Plan? = nil) throws(CLIError) -> Reviewed {
        let original: Plan
        if let given { original = given } else { original = try makePlan(for: session) }
        var files: [Int: JSONValue] = [:]
        for month in 1..<max(1, min(4, before)) {
            let url = reviewURL(session.id, month: month)
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            do {
                files[month] = try JSONParser.parse(data)
            } catch {
                throw unusableReview(url, id: session.id, month: month, problem: "\(error)")
            }
        }
        do throws(ReviewChainProblem) {
            let chain = try ReviewChain.apply(files, to: original, sessionID: session.id)
            return Reviewed(original: original, plan: chain.plan, reviews: chain.reviews)
        } catch {
            let url = reviewURL(session.id, month: error.month)
            throw CLIError.data("The review \(url.path) does not fit the plan: \(error.problem.message)")
        }
    }

    /// The fundamentals of `previous`'s plan that its monthly reviews say are done (its finishing task done) and the
    /// sales material they say was made, each with the review that says so ("the May 2027 review"); empty when it
    /// has no review or its reviews do not read.
    func reviewedDone(_ previous: Session?) -> [String: String] {
        // Paths from strings and stat: a URL's path before the first prompt costs a scan of every conformance in the binary.
        guard let previous, (1...3).contains(where: { month in
            App.exists(store.pathInFolder(MonthlyReview.fileName(sessionID: previous.id, month: month)))
        }), let reviewed = try? reviewed(previous) else { return [:] }
        var done: [String: String] = [:]
        func said(_ key: String) -> String? {
            reviewed.reviews.last { $0.report(key)?.outcome == .done }.map { "the \(ReviewScope.label(month: $0.month, of: reviewed.original)) review" }
        }
        for campaign in reviewed.original.campaigns {
            switch campaign.purpose {
            case .fundamentals:
                guard let last = campaign.tasks.first(where: \.isGoLive) ?? campaign.tasks.last else { continue }
                done[campaign.name] = said(last.key)
            case .salesMaterial:
                // The material itself is the task made for the need; the hand-over follows it.
                for task in campaign.tasks where task.key.contains("/need-") { done[task.activity] = said(task.key) }
            default:
                continue
            }
        }
        return done
    }

    /// `guidance status [ID]`: the plan to date from its monthly reviews (default: the latest finished session).
    func status(_ text: String?) throws(CLIError) -> Int32 {
        let session: Session
        if let text {
            session = try loadSession(try sessionID(text))
        } else if let last = newestSession(.complete) {
            session = last
        } else {
            throw CLIError.missing("There is no finished session yet, so there is no plan to check: run guidance to hold the meeting first.")
        }
        let reviewed = try reviewed(session)
        Console.out(PlanStatus(plan: reviewed.original, reviews: reviewed.reviews).text(plan: reviewed.original), terminator: "")
        return 0
    }
}
