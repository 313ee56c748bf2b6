import Foundation

/// Inputs shared by the end-to-end tests.
enum Fixtures {
    /// The answers-file example of DESIGN.md, as a guidance-answers/1 file.
    /// The answers-file example of DESIGN.md (`Tests/Fixtures/design-answers.json`), shared by every test target.
    static let designAnswers: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/design-answers.json")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    /// Lines that answer every director question with the DESIGN.md example (plus an exit plan).
    static let directorLines: [String] = [
        "Replace the income of the shrinking hospitality segment",
        "Dental practices, Hospitality, Retail, Legal",
        "Dental practices",
        "grow", "exit", "maintain", "maintain",
        "New market the board chose to replace hospitality income", "", "", "",
        "Keep current clients happy until their contracts end",
        "Dental practices 50, Hospitality 10, Retail 20, Legal 20",
        "2027-03-01", "30", "12000", "GBP",
        "Website update", "6000", "3", "yes", "",
        "Jo leaves", "2027-03-31", "2027-05-31", "Retail", "-50", "",
        "A competitor closed its Leeds office", "Dental practices", "opportunity", "Local awareness campaign in Leeds", "",
        "Case study pack", "consideration", "Dental practices", "",
        "Send the plan draft", "Jodie", "2027-02-05", "",
    ]
}
