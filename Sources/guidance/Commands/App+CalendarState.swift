import Foundation
import GuidanceCore

extension App {
    /// The calendar record kept beside a session (what was exported last time), or none when there is no file yet.
    ///
    /// The file's numbers are not trusted: a record that does not read, or holds a sequence number
    /// above `CalendarSequences.maxSequence`, is refused with exit 65 rather than silently started
    /// again (which would lower the SEQUENCE calendars have already seen).
    func storedSequences(at url: URL) throws(CLIError) -> CalendarSequences {
        guard let data = FileManager.default.contents(atPath: url.path) else { return CalendarSequences() }
        let detail: String
        do {
            return try CalendarSequences(json: try JSONParser.parse(data))
        } catch let error as SessionFormatError {
            detail = error.message
        } catch {
            detail = "\(error)"
        }
        throw CLIError.data("The calendar record \(url.path) is damaged (\(detail)); "
            + "move it out of the sessions folder and export again: the calendar's sequence numbers then start again from 0.")
    }
}
