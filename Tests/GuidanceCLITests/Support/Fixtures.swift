import Foundation

/// Inputs shared by the end-to-end tests.
enum Fixtures {
    /// The answers-file example of DESIGN.md (`Tests/Fixtures/design-answers.json`), shared by every test target.
    static let designAnswers: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/design-answers.json")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    /// The version-2 answers file (`Tests/Fixtures/design-answers-v2.json`): the DESIGN.md example with
    /// customers, targets, key dates, holidays, days off, needed-by and market-change dates, an internal
    /// change with no end, the director and the marketer.
    static let designAnswersV2: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/design-answers-v2.json")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    /// The text of a file under `Tests/Fixtures` (such as `cases/alex.json`), or "" when it cannot be read.
    static func text(_ relative: String) -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures").appendingPathComponent(relative)
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }

    /// Lines that answer every director question with the version-2 example (plus an exit plan).
    static let directorLines: [String] = [
        "Replace the income of the shrinking hospitality segment",
        "Dental practices, Hospitality, Retail, Legal",
        "Dental practices",
        "grow", "exit", "maintain", "maintain",
        "New market the board chose to replace hospitality income", "", "", "",
        "Keep current clients happy until their contracts end",
        "3", "40", "25", "18",
        "Dental practices", "new practices signed", "4", "",
        "Dental practices 50, Hospitality 10, Retail 20, Legal 20",
        "2027-03-01", "30", "12000", "GBP",
        "GB-EAW", "2027-04-06",
        "Practice managers' conference", "2027-04-22", "event", "Dental practices", "",
        "Website update", "6000", "3", "yes", "",
        "Jo leaves", "2027-03-31", "2027-05-31", "Retail", "-50",
        "Kim joins", "2027-04-01", "permanent", "", "25", "",
        "A competitor closed its Leeds office", "2027-03-08", "Dental practices", "opportunity", "Local awareness campaign in Leeds", "",
        "Case study pack", "consideration", "Dental practices", "2027-03-12", "",
        "Send the plan draft", "Jodie", "2027-02-05", "",
        "Sam Patel <sam@example.com>", "Alex Brown, alex@example.com",
    ]
}
