import Foundation

extension GuidanceFacts {
    /// One segment with its role, share, why and (when known) how many customers it has today.
    public struct Segment: Equatable, Sendable {
        public var name: String
        public var role: SegmentRole
        public var share: Int
        public var why: String
        /// Customers today; `nil` when the session does not say (a version 1 answers file).
        public var customers: Int?

        /// Whether the segment has customers to look after: a stated zero means a new segment.
        /// When the number is not known, a segment to grow is taken as new and any other as established.
        public var hasCustomers: Bool { customers.map { $0 > 0 } ?? (role != .grow) }
    }

    /// A fundamentals item.
    public struct Fundamental: Equatable, Sendable {
        public var item: String
        public var budget: Decimal
        public var month: Int
        public var approved: Bool
    }

    /// A change inside the company that changes capacity for some segments for a while (or for good).
    public struct InternalChange: Equatable, Sendable {
        public var change: String
        public var from: CalendarDate
        /// The last day it applies; `nil` when it has no end ("permanent", "ongoing").
        public var to: CalendarDate?
        /// The segments it touches; empty means all.
        public var segments: [String]
        /// The change in hours, -100 to +100 percent.
        public var capacityPercent: Int

        /// Whether it touches `segment` on `day`.
        public func applies(to segment: String, on day: CalendarDate) -> Bool {
            day >= from && (to.map { day <= $0 } ?? true) && (segments.isEmpty || segments.contains(segment))
        }

        /// "from Wednesday 31 March 2027 to Monday 31 May 2027", or "from ... with no end".
        public var spokenWindow: String {
            "from \(from.spoken) " + (to.map { "to \($0.spoken)" } ?? "with no end date")
        }
    }

    /// A change in the market and the board's response.
    public struct MarketChange: Equatable, Sendable {
        public var change: String
        /// The segments it affects; empty means all.
        public var segments: [String]
        public var isOpportunity: Bool
        public var response: String
        /// When it lands; `nil` when not given (the plan uses its first day).
        public var when: CalendarDate?
    }

    /// Material Sales needs at a stage, for a segment.
    public struct SalesNeed: Equatable, Sendable {
        public var material: String
        public var stage: BuyingStage
        public var segment: String
        /// The day Sales needs it; `nil` when not given (the plan uses the end of its second week).
        public var neededBy: CalendarDate?
    }

    /// What a segment must deliver in the plan's three months.
    public struct Target: Equatable, Sendable {
        public var segment: String
        /// What is counted, in the director's words: "new practices signed".
        public var measure: String
        public var amount: Int
    }

    /// A date the plan works towards.
    public struct KeyDate: Equatable, Sendable {
        /// What happens on a key date.
        public enum Kind: String, CaseIterable, Sendable {
            case event, launch, deadline, promotion
        }

        public var name: String
        public var date: CalendarDate
        public var kind: Kind
        /// The segments it concerns; empty means all.
        public var segments: [String]

        /// Whether it concerns `segment`.
        public func concerns(_ segment: String) -> Bool { segments.isEmpty || segments.contains(segment) }
    }

    /// A person with an optional email: the director or the marketer.
    public struct Person: Equatable, Sendable {
        public var name: String
        public var email: String?
    }

    /// An action agreed at the meeting.
    public struct Action: Equatable, Sendable {
        public var action: String
        public var owner: String?
        public var due: CalendarDate?

        /// "Send the plan draft (Jodie, by Friday 5 February 2027)".
        public var spoken: String {
            guard let owner else { return action }
            return action + " (\(owner)" + (due.map { ", by \($0.spoken))" } ?? ")")
        }
    }
}
