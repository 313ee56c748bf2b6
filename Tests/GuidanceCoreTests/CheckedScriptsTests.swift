import Foundation
import Testing
@testable import GuidanceCore

/// Checked scripts kept between runs: the compact form gives back the very script, and a kept copy is used only for the
/// same bytes read by the same binary; anything else is read from the script's file as before.
@Suite("Checked scripts kept between runs")
struct CheckedScriptsTests {
    /// A script with every kind of answer, option source, condition, default and setting the reader knows.
    static let everyKind = """
    {"id": "every", "version": 3, "mode": "self", "title": "Every kind", "intro": "Intro é ✓",
     "topics": [
      {"id": "a", "title": "A", "minutes": 5, "questions": [
        {"id": "segments", "ask": "Segments?", "again": "Still {{previous.segments}}?", "help": "h", "example": "x, y", "type": "list", "separators": ";"},
        {"id": "roles", "ask": "Role of {{item}}?", "help": "h", "example": "grow", "type": "each", "over": "segments",
         "item": {"type": "choice", "options": ["grow", "keep", "exit"]}, "optional_items": true},
        {"id": "targets", "ask": "Which?", "help": "h", "example": "x", "type": "choices", "options_from": "roles", "options_with": "grow"},
        {"id": "focus", "ask": "Focus?", "help": "h", "example": "x", "type": "choice", "options_from": "segments",
         "when": {"key": "roles", "contains": "grow"}, "carry": "latest"},
        {"id": "holidays", "ask": "Where?", "help": "h", "example": "GB-EAW", "type": "choice",
         "options": ["GB-EAW", "FR"], "option_names": {"GB-EAW": "England and Wales", "FR": "France"}, "for": "marketer"},
        {"id": "count", "ask": "How many?", "help": "h", "example": "3", "type": "number", "min": 0.5, "max": 12, "whole": false,
         "unit": "people", "default": 2, "optional": true, "when": {"key": "focus", "equals": "x"}},
        {"id": "share", "ask": "Share?", "help": "h", "example": "5", "type": "split", "over": "segments",
         "when": {"key": "focus", "not_equals": null}},
        {"id": "plans", "ask": "Plans?", "help": "h", "example": "x", "type": "records", "when": {"key": "segments", "min_count": 2},
         "fields": [
          {"id": "name", "ask": "Name?", "help": "h", "example": "n", "type": "text"},
          {"id": "budget", "ask": "Budget?", "help": "h", "example": "5", "type": "money", "optional": true, "default": 100},
          {"id": "ends", "ask": "Ends?", "help": "h", "example": "e", "type": "end_date"}]},
        {"id": "ok", "ask": "OK?", "help": "h", "example": "yes", "type": "yesno", "when": {"key": "plans", "answered": true}},
        {"id": "p", "ask": "P?", "help": "h", "example": "5", "type": "percent", "carry": "none"},
        {"id": "d", "ask": "D?", "help": "h", "example": "d", "type": "date", "carry": "three_months_later"},
        {"id": "ds", "ask": "Ds?", "help": "h", "example": "d", "type": "dates"},
        {"id": "who", "ask": "Who?", "help": "h", "example": "d", "type": "person"},
        {"id": "m", "ask": "M?", "help": "h", "example": "d", "type": "month"}]}]}
    """

    static func scripts() throws -> [Script] {
        try [TestScripts.director(), TestScripts.inline(everyKind)] + ["self"].map { id in
            try ScriptLoader.load(id: id, folder: TestScripts.promptsFolder).get()
        }
    }

    @Test func theCompactFormGivesBackTheVeryScript() throws {
        for script in try Self.scripts() {
            let bytes = ScriptCodec.encode(script)
            #expect(ScriptCodec.decode(bytes) == script)
        }
    }

    @Test func damagedBytesAreNoScript() throws {
        let bytes = ScriptCodec.encode(try TestScripts.inline(Self.everyKind))
        #expect(ScriptCodec.decode([]) == nil)
        #expect(ScriptCodec.decode(Array(bytes.dropLast())) == nil)
        #expect(ScriptCodec.decode(bytes + [0]) == nil)
        // Cut anywhere, or with any one byte changed to 0xFF, the bytes never crash the reader.
        for cut in stride(from: 0, to: bytes.count, by: 7) { #expect(ScriptCodec.decode(Array(bytes[..<cut])) == nil) }
        for place in stride(from: 0, to: bytes.count, by: 5) {
            var changed = bytes
            changed[place] = 0xFF
            _ = ScriptCodec.decode(changed)
        }
    }

    /// A prompts folder with `director.json` (the shipped one) and a cache folder, both new.
    static func withFolders(_ body: (_ prompts: String, _ cache: String) throws -> Void) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("checked-scripts-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/prompts", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: TestScripts.promptsFolder.path + "/director.json", toPath: root + "/prompts/director.json")
        try body(root + "/prompts", root + "/cache")
    }

    @Test func aKeptCopyIsUsedOnlyForTheSameBytesAndTheSameBinary() throws {
        try Self.withFolders { prompts, cacheFolder in
            let cache = CheckedScripts(folder: cacheFolder, binaryStamp: 7)
            let director = try TestScripts.director()
            #expect(try ScriptLoader.load(id: "director", folderPath: prompts, cache: cache).get() == director)
            let scriptPath = prompts + "/director.json"
            let copy = cache.path(for: scriptPath)
            #expect(FileManager.default.fileExists(atPath: copy))

            // The copy is what is read: a copy made from the same bytes but holding another title is believed.
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: scriptPath)))
            var other = director
            other.title = "Read from the kept copy"
            cache.store(other, scriptPath: scriptPath, bytes: bytes)
            #expect(try ScriptLoader.load(id: "director", folderPath: prompts, cache: cache).get().title == "Read from the kept copy")

            // Another binary does not read it, and neither does the script's file once its bytes change.
            let newer = CheckedScripts(folder: cacheFolder, binaryStamp: 8)
            #expect(try ScriptLoader.load(id: "director", folderPath: prompts, cache: newer).get() == director)
            cache.store(other, scriptPath: scriptPath, bytes: bytes)
            var text = try String(contentsOfFile: scriptPath, encoding: .utf8)
            text = text.replacingOccurrences(of: "\"title\": \"Strategic Guidance meeting\"", with: "\"title\": \"Edited meeting\"")
            try text.write(toFile: scriptPath, atomically: true, encoding: .utf8)
            #expect(try ScriptLoader.load(id: "director", folderPath: prompts, cache: cache).get().title == "Edited meeting")
        }
    }

    @Test(arguments: ["", "guidance-script-cache/1\n", "not a cache at all", "damaged"])
    func aDamagedOrForeignCopyIsReadAsNoCopy(_ content: String) throws {
        try Self.withFolders { prompts, cacheFolder in
            let cache = CheckedScripts(folder: cacheFolder, binaryStamp: 7)
            let director = try TestScripts.director()
            _ = ScriptLoader.load(id: "director", folderPath: prompts, cache: cache)
            let copy = cache.path(for: prompts + "/director.json")
            if content == "damaged" {
                var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: copy)))
                bytes[bytes.count - 3] ^= 0x20
                try Data(bytes).write(to: URL(fileURLWithPath: copy))
            } else {
                try content.write(toFile: copy, atomically: true, encoding: .utf8)
            }
            #expect(try ScriptLoader.load(id: "director", folderPath: prompts, cache: cache).get() == director)
            // ... and made whole again.
            #expect(cache.cached(scriptPath: prompts + "/director.json",
                                 bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: prompts + "/director.json")))) == director)
        }
    }

    @Test func aScriptWithProblemsIsNotKept() throws {
        try Self.withFolders { prompts, cacheFolder in
            let cache = CheckedScripts(folder: cacheFolder, binaryStamp: 7)
            try "{\"id\": \"director\"}".write(toFile: prompts + "/director.json", atomically: true, encoding: .utf8)
            guard case .failure = ScriptLoader.load(id: "director", folderPath: prompts, cache: cache) else {
                Issue.record("a script with problems loaded")
                return
            }
            #expect(!FileManager.default.fileExists(atPath: cache.path(for: prompts + "/director.json")))
        }
    }

    @Test(arguments: [
        (["XDG_CACHE_HOME": "/var/cache/me"], "/var/cache/me/guidance"), (["XDG_CACHE_HOME": "relative"], "/home/me/.cache/guidance"),
        ([:], "/home/me/.cache/guidance"), (["XDG_CACHE_HOME": ""], "/home/me/.cache/guidance"),
    ])
    func theCopiesLiveInTheUsersCacheFolder(_ environment: [String: String], _ folder: String) {
        #expect(CheckedScripts.folder(environment: environment, home: "/home/me") == folder)
    }
}
