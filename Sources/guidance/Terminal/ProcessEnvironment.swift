import Foundation

/// The environment variables of this process, read once.
///
/// `ProcessInfo.processInfo.environment` builds a new dictionary of every variable on each use;
/// start-up used it four times (locations, date order, line editing, colour). The program never
/// changes its own environment, so one reading serves the whole run.
enum ProcessEnvironment {
    /// Every variable, by name.
    static let values: [String: String] = ProcessInfo.processInfo.environment
}
