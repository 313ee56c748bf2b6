import Foundation

/// The meeting clock of a director session: time used overall and on the current topic, against the timeboxes.
public struct MeetingClock: Equatable, Sendable {
    /// Seconds used in the whole meeting so far.
    public var totalSeconds: Int
    /// Seconds used on the current topic so far.
    public var topicSeconds: Int
    /// The current topic's timebox in seconds.
    public var topicBox: Int
    /// The meeting's timebox in seconds.
    public var meetingBox: Int

    /// The clock for `topic` of `script`, from the stored minutes plus `unsaved` seconds on the current topic.
    public init(script: Script, session: Session, topicID: String, unsaved: Double) {
        let stored = session.minutes.values.reduce(Decimal(0), +)
        let topicStored = session.minutes[topicID] ?? 0
        totalSeconds = Self.seconds(NSDecimalNumber(decimal: stored * 60).doubleValue + unsaved)
        topicSeconds = Self.seconds(NSDecimalNumber(decimal: topicStored * 60).doubleValue + unsaved)
        topicBox = (script.topics.first { $0.id == topicID }?.minutes ?? 0) * 60
        meetingBox = script.minutes * 60
    }

    /// Whole seconds, kept within a year so a damaged file can never overflow.
    public static func seconds(_ value: Double) -> Int {
        guard value.isFinite else { return 0 }
        return Int(min(max(value, 0), 31_536_000).rounded())
    }

    /// Whether the current topic has used more than its timebox.
    public var topicOverrun: Bool { topicSeconds > topicBox }
    /// Whether the meeting has used its whole timebox.
    public var meetingOver: Bool { totalSeconds >= meetingBox }

    /// "12:05" from seconds.
    public static func clock(_ seconds: Int) -> String {
        String(format: "%d:%02d", max(seconds, 0) / 60, max(seconds, 0) % 60)
    }

    /// The clock for the prompt line: "12:05 · topic 1:10/3:00".
    public var label: String {
        "\(Self.clock(totalSeconds))/\(Self.clock(meetingBox)) · topic \(Self.clock(topicSeconds))/\(Self.clock(topicBox))"
    }
}
