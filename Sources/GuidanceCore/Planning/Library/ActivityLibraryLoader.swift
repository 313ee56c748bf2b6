import Foundation

/// Reads the activity library (`prompts/activities.json`) and checks it, naming the place of every problem.
///
/// Besides the shape of each activity and campaign template, the loader enforces what the planner relies on
/// (see `guaranteeProblems`): requirements that exist and never go round in a circle, and every template the
/// planner builds from. A library that loads meets all of them.
public enum ActivityLibraryLoader {
    /// The value of `"format"` that marks an activity library.
    public static let format = "guidance-activities/2"
    /// The file name the planner reads in the prompts folder.
    public static let fileName = "activities.json"
    /// The fewest activities a library may hold.
    public static let minimumActivities = 20

    /// The library in `text`, or every problem found in it (`file` names the file in messages).
    public static func load(_ text: String, file: String) -> Result<ActivityLibrary, ScriptProblems> {
        load(bytes: Array(text.utf8), file: file)
    }

    /// The library in `bytes`, valid UTF-8 text, or every problem found in it.
    static func load(bytes: [UInt8], file: String) -> Result<ActivityLibrary, ScriptProblems> {
        let json: JSONValue
        do {
            json = try JSONParser.parse(validUTF8: bytes)
        } catch {
            return .failure(ScriptProblems([ScriptProblem(file: file, place: "", message: "\(error)")]))
        }
        var reader = ActivityLibraryReader(file: file)
        guard let (library, entries) = reader.library(json) else { return .failure(ScriptProblems(reader.problems)) }
        if entries < minimumActivities {
            reader.problem("activities", "the library has \(entries) activities but needs at least \(minimumActivities); add more so the planner has enough to choose from")
        }
        if library.activities.count == entries {
            for message in guaranteeProblems(library, declaredTemplates: reader.declaredTemplates) { reader.problem("activities", message) }
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
        guard let bytes = JSONParser.utf8Text(data) else {
            return .failure(ScriptProblems([ScriptProblem(file: url.path, place: "",
                message: "the file is not UTF-8 text; save it again as UTF-8")]))
        }
        return load(bytes: bytes, file: url.path)
    }

    /// The campaign templates the planner builds from, by id.
    public static let plannerTemplates = ["win-segment", "promote-event", "launch", "promotion", "answer-opportunity",
                                          "answer-threat", "sales-material-sprint", "retain-renew", "cross-sell", "wind-down",
                                          "stay-visible", "customer-content", "fundamentals"]

    /// What the planner needs from the library and it does not give, one sentence per missing thing:
    /// every required activity exists, no activity requires itself through others, every template
    /// the planner uses is there, and a fallback for sales material Sales asks for.
    static func guaranteeProblems(_ library: ActivityLibrary, declaredTemplates: Set<String> = []) -> [String] {
        var messages: [String] = []
        let ids = Set(library.activities.map(\.id))
        for activity in library.activities {
            for required in activity.requires where !ids.contains(required) {
                messages.append("\"\(activity.id)\" requires \"\(required)\", which is not an activity of this library")
            }
        }
        if let cycle = requirementCycle(library.activities) {
            messages.append("the requirements go round in a circle (\(cycle.joined(separator: " requires "))); nothing in that circle could ever start, so remove one requirement")
        }
        for id in plannerTemplates where library.template(id) == nil && !declaredTemplates.contains(id) {
            messages.append("the campaign template \"\(id)\" is missing; the planner builds from it, so add it back")
        }
        if library.activity("sales-material")?.purposes.contains(.salesMaterial) != true {
            messages.append("the activity \"sales-material\" (with the purpose \"sales-material\") is missing; the planner uses it for material Sales asks for that no other activity matches")
        }
        return messages
    }

    /// One circle of requirements, as the ids in order with the first repeated at the end; `nil` when there is none.
    static func requirementCycle(_ activities: [Activity]) -> [String]? {
        let requires = Dictionary(activities.map { ($0.id, $0.requires) }, uniquingKeysWith: { first, _ in first })
        var state: [String: Int] = [:]  // 1 visiting, 2 done
        var path: [String] = []
        func visit(_ id: String) -> [String]? {
            if state[id] == 2 { return nil }
            if state[id] == 1, let start = path.firstIndex(of: id) { return Array(path[start...]) + [id] }
            state[id] = 1
            path.append(id)
            for next in requires[id] ?? [] {
                if let cycle = visit(next) { return cycle }
            }
            path.removeLast()
            state[id] = 2
            return nil
        }
        for activity in activities {
            if let cycle = visit(activity.id) { return cycle }
        }
        return nil
    }
}
