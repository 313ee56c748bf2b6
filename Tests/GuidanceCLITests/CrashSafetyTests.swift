import Foundation
import Testing
import GuidanceCore

/// `kill -9` at random moments of a piped session: every answer acknowledged on stdout is in the stored session.
///
/// Each run pipes the director lines into `guidance new` and kills it with SIGKILL at a random
/// moment: one in ten while the session is being created, the others spread over the time an
/// uninterrupted run takes to read and save the answers. After each kill the stored session
/// must hold every answer acknowledged with "✓" (with the value typed), and the parts acknowledged
/// with "+" since; `guidance list` must list no temporary file, and the session must load
/// (`guidance show`). The delays come from a fixed seed (GUIDANCE_CRASH_SEED overrides it),
/// named in every failure with the run's number.
/// Kills are spread evenly (a Weyl sequence), not drawn from a generator.
@Suite("Crash safety")
struct CrashSafetyTests {
    static let runs = 200
    static let workers = 4
    static let seed: UInt64 = ProcessInfo.processInfo.environment["GUIDANCE_CRASH_SEED"].flatMap { UInt64($0) } ?? 20_270_201

    @Test func killingAPipedSessionAtRandomMomentsNeverLosesAnAcknowledgedAnswer() throws {
        let parent = try TemporaryFolder(preferring: "/dev/shm")
        let input = Data((Fixtures.directorLines.joined(separator: "\n") + "\n").utf8)
        let order = try PipedSessionTests.questionOrder()
        let expected = try PipedSessionTests.expectedAnswers()
        let whole = try KilledRun.run(["new", "--date", "2027-02-01", "--sessions", parent.path + "/whole", "--prompts", GuidanceProcess.prompts],
                                      input: input, killAfter: 60, from: .afterFirstOutput)
        try #require(!whole.killed && whole.stdout.contains("That was the last question."), "an uninterrupted run works: \(whole.stdout.suffix(500))")
        let (startup, answering) = (whole.startup, whole.elapsed)

        let root = parent.path
        let problems = ProblemList()
        let group = DispatchGroup()
        for worker in 0..<Self.workers {
            group.enter()
            DispatchQueue.global().async {
                defer { group.leave() }
                for run in stride(from: worker, to: Self.runs, by: Self.workers) {
                    // One kill in ten falls while the session is created, the others while the answers are read and saved.
                    let point = Self.fraction(run)
                    let (delay, moment): (TimeInterval, KilledRun.Moment) = point < 0.1
                        ? (point * 10 * startup, .start) : ((point - 0.1) / 0.9 * answering * 1.1, .afterFirstOutput)
                    let name = "run \(run) of seed \(Self.seed) (GUIDANCE_CRASH_SEED), killed \(Int(delay * 1000)) ms after its \(moment)"
                    do {
                        let sessions = root + "/run-\(run)"
                        let result = try KilledRun.run(["new", "--date", "2027-02-01", "--sessions", sessions, "--prompts", GuidanceProcess.prompts],
                                                       input: input, killAfter: delay, from: moment)
                        let found = try Self.check(result.stdout, sessions: sessions, order: order, expected: expected, throughBinary: run % 10 == 0)
                        problems.add(found.map { "\(name): \($0)" })
                    } catch {
                        problems.add(["\(name): \(error)"])
                    }
                }
            }
        }
        group.wait()
        let all = problems.all
        #expect(all.isEmpty, "\(all.count) problems in \(Self.runs) runs:\n\(all.prefix(10).joined(separator: "\n"))")
    }

    /// Run `run`'s point in [0, 1): a Weyl sequence from the seed, which spreads the kills evenly over a run.
    static func fraction(_ run: Int) -> Double {
        Double((seed &+ UInt64(run) &* 0x9E37_79B9_7F4A_7C15) >> 11) / Double(UInt64(1) << 53)
    }

    /// What is wrong with the stored session after one kill, given what the run acknowledged on `stdout`.
    static func check(_ stdout: String, sessions: String, order: [String], expected: JSONObject, throughBinary: Bool) throws -> [String] {
        let lines = stdout.components(separatedBy: "\n")
        let acknowledged = lines.filter { $0.hasPrefix("  ✓ ") }.count
        let lastDone = lines.lastIndex { $0.hasPrefix("  ✓ ") } ?? -1
        let parts = lines[(lastDone + 1)...].filter { $0.hasPrefix("  + ") }.count
        let names = (try? FileManager.default.contentsOfDirectory(atPath: sessions)) ?? []
        let files = names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
        let leftover = names.contains { AtomicFile.isTemporaryName($0) }
        var problems: [String] = []
        if throughBinary || leftover { problems += try checkThroughBinary(sessions: sessions, files: files) }
        guard let file = files.first else {
            return acknowledged + parts == 0 ? problems : problems + ["\(acknowledged) answers acknowledged but no session file"]
        }
        let session = try JSONParser.parse(Data(contentsOf: URL(fileURLWithPath: sessions + "/" + file)))
        let stored = session["answers"]?.objectValue ?? JSONObject()
        for key in order.prefix(acknowledged) where stored[key]?["value"] != expected[key] {
            problems.append("answer \(key) was acknowledged with ✓ but the session holds \(stored[key]?["value"].map { "\($0)" } ?? "nothing")")
        }
        if parts > 0, acknowledged < order.count, stored[order[acknowledged]] == nil {
            let draft = session["position"]?["draft"]
            let kept = draft.map(Self.partCount) ?? 0
            if session["position"]?["question"] != .string(order[acknowledged]) || kept < parts {
                problems.append("\(parts) parts of \(order[acknowledged]) were acknowledged with + but the session holds \(kept): \(draft.map { "\($0)" } ?? "no draft")")
            }
        }
        return problems
    }

    /// `guidance list` names no temporary file and `guidance show` loads the session.
    static func checkThroughBinary(sessions: String, files: [String]) throws -> [String] {
        let common = ["--sessions", sessions, "--prompts", GuidanceProcess.prompts]
        var problems: [String] = []
        let list = try GuidanceProcess.run(["list"] + common)
        if list.code != 0 || list.stdout.contains(".tmp") || list.stdout.split(separator: "\n").count != (files.isEmpty ? 1 : files.count) {
            problems.append("guidance list gave \(list.code): \(list.stdout) \(list.stderr)")
        }
        for file in files {
            let show = try GuidanceProcess.run(["show", String(file.dropLast(".json".count))] + common)
            if show.code != 0 { problems.append("guidance show \(file) gave \(show.code): \(show.stderr)") }
        }
        return problems
    }

    /// How many parts a stored draft holds: the keys of a map, or the fields of records and the current record.
    static func partCount(_ draft: JSONValue) -> Int {
        guard let object = draft.objectValue else { return 0 }
        guard let records = object["records"]?.arrayValue else { return object.count }
        return records.reduce(0) { $0 + ($1.objectValue?.count ?? 0) } + (object["current"]?.objectValue?.count ?? 0)
    }
}

/// Problems gathered from several threads.
final class ProblemList: @unchecked Sendable {
    private let lock = NSLock()
    private var problems: [String] = []
    func add(_ more: [String]) { lock.lock(); problems += more; lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return problems }
}
