import Foundation

/// Reads the activity library (`prompts/activities.json`) and checks it, naming the place of every problem.
///
/// Besides the shape of each activity, the loader enforces what the planner relies on: enough activities
/// at every buying stage, and a cheap, quick activity to fall back on for every role and stage it must cover
/// (see `guaranteeProblems`). A library that loads meets all of them.
public enum ActivityLibraryLoader {
    /// The value of `"format"` that marks an activity library.
    public static let format = "guidance-activities/1"
    /// The file name the planner reads in the prompts folder.
    public static let fileName = "activities.json"
    /// The fewest activities a library may hold.
    public static let minimumActivities = 30
    /// The fewest activities a library may hold at each buying stage.
    public static let minimumPerStage = 4
    /// The most hours a fallback activity may take.
    static let quickHours: Decimal = 2

    /// The library in `text`, or every problem found in it (`file` names the file in messages).
    public static func load(_ text: String, file: String) -> Result<ActivityLibrary, ScriptProblems> {
        let json: JSONValue
        do {
            json = try JSONParser.parse(text)
        } catch {
            return .failure(ScriptProblems([ScriptProblem(file: file, place: "", message: "\(error)")]))
        }
        var reader = ActivityLibraryReader(file: file)
        guard let (library, entries) = reader.library(json) else { return .failure(ScriptProblems(reader.problems)) }
        if entries < minimumActivities {
            reader.problem("activities", "the library has \(entries) activities but needs at least \(minimumActivities); add more so the planner has enough to choose from")
        }
        if library.activities.count == entries {
            for message in guaranteeProblems(library.activities) { reader.problem("activities", message) }
        }
        return reader.problems.isEmpty ? .success(library) : .failure(ScriptProblems(reader.problems))
    }

    /// Loads `<folder>/activities.json`.
    public static func load(folder: URL) -> Result<ActivityLibrary, ScriptProblems> {
        let url = folder.appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .failure(ScriptProblems([ScriptProblem(file: url.path, place: "",
                message: "cannot read this file; check that the prompts folder holds \(fileName)")]))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(ScriptProblems([ScriptProblem(file: url.path, place: "",
                message: "the file is not UTF-8 text; save it again as UTF-8")]))
        }
        return load(text, file: url.path)
    }

    /// What the planner needs from the library and `activities` does not give, one sentence per missing thing.
    ///
    /// The counts per stage, then: a free pull activity of two hours or less for a growth segment at every
    /// stage; the same for a maintained segment at interest and loyalty, and for a segment being exited at
    /// loyalty; sales material (push, not follow-up) at every stage; a follow-up at consideration; and an
    /// awareness campaign for a growth segment.
    static func guaranteeProblems(_ activities: [Activity]) -> [String] {
        var messages: [String] = []
        for stage in BuyingStage.allCases {
            let count = activities.filter { $0.stage == stage }.count
            if count < minimumPerStage {
                messages.append("the library has \(count) activities at the \(stage.rawValue) stage but needs at least \(minimumPerStage); add more at that stage")
            }
        }
        func quickFree(_ role: SegmentRole, _ stage: BuyingStage, pullOnly: Bool = false) -> Bool {
            activities.contains {
                $0.stage == stage && $0.roles.contains(role) && $0.cost == 0 && $0.hours <= quickHours
                    && (!pullOnly || $0.pullPush == .pull)
            }
        }
        for stage in BuyingStage.allCases where !quickFree(.grow, stage, pullOnly: true) {
            messages.append("no pull activity at the \(stage.rawValue) stage suits \"grow\" with cost 0 and 2 hours or less; add one, because the planner falls back on it when time or money runs short for a growth segment")
        }
        for stage in [BuyingStage.interest, .loyalty] where !quickFree(.maintain, stage) {
            messages.append("no activity at the \(stage.rawValue) stage suits \"maintain\" with cost 0 and 2 hours or less; add one so every maintained segment keeps its \(stage.rawValue) work each month")
        }
        if !quickFree(.exit, .loyalty) {
            messages.append("no activity at the loyalty stage suits \"exit\" with cost 0 and 2 hours or less; add one so a segment being exited always gets its retention and wind-down work")
        }
        for stage in BuyingStage.allCases
        where !activities.contains(where: { $0.stage == stage && $0.pullPush == .push && !$0.isFollowUp }) {
            messages.append("no sales material (a push activity that is not a follow-up) is at the \(stage.rawValue) stage; add one so Sales has material for prospects at that stage")
        }
        if !activities.contains(where: { $0.stage == .consideration && $0.isFollowUp }) {
            messages.append("no follow-up is at the consideration stage; add one, such as sales follow-up calls, with \"follow_up\": true")
        }
        if !activities.contains(where: { $0.stage == .awareness && $0.isCampaign && $0.roles.contains(.grow) }) {
            messages.append("no campaign at the awareness stage suits \"grow\"; add one with \"campaign\": true so a growth segment can get an awareness campaign")
        }
        return messages
    }
}
