import Foundation
@testable import GuidanceCore

// Target "json": the JSON reader on any bytes, and the writer's round trip.
// Properties: reading never traps; text read as a String reads like the same bytes as Data;
// whatever is read, written pretty or compact, reads back equal (parse(write(v)) == v),
// and writing is stable (write(parse(write(v))) == write(v)).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    let data = Data(bytes)
    let fromData = try? JSONParser.parse(data)
    if JSONParser.firstInvalidUTF8(in: [UInt8](data)) == nil {
        let fromText = try? JSONParser.parse(Fuzz.text(bytes))
        if fromText != fromData {
            Fuzz.fail("the same UTF-8 read as Data and as String differs: \(String(describing: fromData)) vs \(String(describing: fromText))")
        }
    }
    guard let value = fromData else { return 0 }
    for pretty in [true, false] {
        let written = JSONWriter.write(value, pretty: pretty)
        let again: JSONValue
        do { again = try JSONParser.parse(written) } catch {
            Fuzz.fail("JSONWriter (pretty: \(pretty)) wrote text JSONParser refuses: \(error)\n\(written)")
        }
        if again != value { Fuzz.fail("parse(write(v)) != v (pretty: \(pretty))\nv: \(value)\nback: \(again)\ntext: \(written)") }
        if JSONWriter.write(again, pretty: pretty) != written { Fuzz.fail("writing is not stable (pretty: \(pretty))\n\(written)") }
    }
    return 0
}
