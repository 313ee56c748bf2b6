import Foundation
import Testing

extension TemporaryFolder {
    /// Stores the design example (or `answers`) as a session in `sessions/`; returns the common options and its id.
    func storeDesignSession(_ answers: String = Fixtures.designAnswers) throws -> (common: [String], id: String) {
        let file = try write("answers.json", answers)
        let common = ["--sessions", path + "/sessions", "--prompts", GuidanceProcess.prompts]
        let result = try GuidanceProcess.run(["new", "--answers", file] + common)
        guard result.code == 0, let name = sessionFiles().first else { throw TestFailure("the design example was not stored: \(result.stderr)") }
        return (common, String(name.dropLast(5)))
    }
}
