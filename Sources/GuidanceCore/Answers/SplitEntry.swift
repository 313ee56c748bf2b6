/// One part of a percent split: a name (as spelled in the list it came from) and its whole percent.
public struct SplitEntry: Equatable, Hashable, Sendable {
    /// The name, such as "Dental practices".
    public let name: String
    /// The whole percent, 0 to 100.
    public let percent: Int

    /// An entry with this name and percent.
    public init(name: String, percent: Int) {
        self.name = name
        self.percent = percent
    }
}
