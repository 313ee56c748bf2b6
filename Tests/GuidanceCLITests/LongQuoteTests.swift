import Foundation
import Testing

/// A message that quotes something very long (an argument, a key of a file) stays a readable message.
@Suite("Long quotes in messages")
struct LongQuoteTests {
    @Test(arguments: [["calendar", "X", "--tz"], ["new", "--date"], ["plan", "x", "--format"]])
    func aHundredThousandCharacterArgumentIsQuotedCutInTheMiddle(_ command: [String]) throws {
        let long = String(repeating: "A", count: 100_000)
        let result = try GuidanceProcess.run(command + [long])
        #expect(result.code == 64)
        #expect(result.stderr.utf8.count < 3000, "\(command): \(result.stderr.utf8.count) bytes")
        #expect(result.stderr.contains("characters left out)"))
    }
}
