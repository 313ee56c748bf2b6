import Foundation
import Testing
@testable import GuidanceCore

@Suite struct ScriptLoaderTests {
    @Test func explore() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../prompts").standardized
        print("FOLDER", folder.path)
        switch ScriptLoader.load(id: "director", folder: folder) {
        case .success(let s): print("OK", s.minutes, s.topics.map(\.id))
        case .failure(let p): print("FAIL", p)
        }
    }
}
