import Foundation
import Testing

/// `guidance check` on the activity library beside the question scripts.
@Suite("Activity check")
struct ActivityCheckTests {
    /// A copy of the shipped prompts folder in `folder`, with `activities.json` changed by `edit`.
    private func promptsCopy(in folder: TemporaryFolder, edit: (String) -> String) throws -> String {
        for name in ["director.json", "self.json"] {
            try folder.write("prompts/\(name)", String(contentsOfFile: GuidanceProcess.prompts + "/\(name)", encoding: .utf8))
        }
        let activities = try String(contentsOfFile: GuidanceProcess.prompts + "/activities.json", encoding: .utf8)
        try folder.write("prompts/activities.json", edit(activities))
        return folder.path + "/prompts"
    }

    @Test func shippedLibraryPasses() throws {
        let result = try GuidanceProcess.run(["check", "--prompts", GuidanceProcess.prompts])
        #expect(result.code == 0, "\(result.stdout)")
        #expect(result.stdout.contains("\(GuidanceProcess.prompts)/activities.json: ok ("))
        #expect(result.stdout.contains(" activities, 16 campaign templates)\n"))
    }

    @Test func brokenLibraryIsNamedWithFileAndPlace() throws {
        let folder = try TemporaryFolder()
        let prompts = try promptsCopy(in: folder) { text in
            text.replacingOccurrences(of: #""id": "social-posts", "name": "Social media posts", "channel": "Social media", "stage": "awareness""#,
                                      with: #""id": "social-posts", "name": "Social media posts", "channel": "Social media", "stage": "aware""#)
                .replacingOccurrences(of: #""meeting_time": "10:00""#, with: #""meeting_time": "25:00""#)
        }
        try folder.write("prompts/notes.json", "{\"title\": \"my notes\"}")
        let result = try GuidanceProcess.run(["check", "--prompts", prompts])
        #expect(result.code == 65)
        #expect(result.stdout.contains("\(prompts)/director.json: ok (9 topics"))
        #expect(result.stdout.contains("\(prompts)/activities.json: calendar: \"meeting_time\" should be a time of day written HH:MM, from 00:00 to 23:59, such as \"09:30\"\n"))
        let shipped = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: GuidanceProcess.prompts + "/activities.json"))) as? [String: Any]
        let ids = (shipped?["activities"] as? [[String: Any]] ?? []).map { $0["id"] as? String ?? "" }
        let number = (ids.firstIndex(of: "social-posts") ?? -1) + 1
        #expect(result.stdout.contains("\(prompts)/activities.json: activity \(number) (social-posts): \"stage\" should be awareness, interest, consideration, purchase or loyalty, not \"aware\"\n"))
        #expect(result.stdout.contains("\(prompts)/notes.json: \"format\" should be \"guidance-script/1\" for a question script, \"guidance-activities/2\" for the activity library or \"guidance-holidays/1\" for the public-holiday calendars; add the right one, or move the file out of the prompts folder\n"))
        #expect(!result.stdout.contains("activities.json: ok"))
    }

    @Test func missingLibraryIsAProblem() throws {
        let folder = try TemporaryFolder()
        _ = try promptsCopy(in: folder) { $0 }
        let prompts = folder.path + "/prompts"
        try FileManager.default.removeItem(atPath: prompts + "/activities.json")
        let result = try GuidanceProcess.run(["check", "--prompts", prompts])
        #expect(result.code == 65)
        #expect(result.stdout.hasSuffix("\(prompts)/activities.json: the activity library is missing; the planner needs it, so copy activities.json from the prompts folder that came with guidance\n"))
    }
}
