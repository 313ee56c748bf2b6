import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The environment variables this program reads, read once with `getenv`.
///
/// `ProcessInfo.processInfo.environment` builds a dictionary of every variable, about a million
/// instructions each time, and start-up used it four times (locations, date order, line editing,
/// colour). The program never changes its own environment, so one reading of the few variables it
/// needs serves the whole run. A variable read anywhere must be named in `names`.
enum ProcessEnvironment {
    /// Every variable the program reads.
    static let names = ["HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "GUIDANCE_SESSIONS", "GUIDANCE_PROMPTS",
                        "GUIDANCE_DATE_ORDER", "NO_COLOR", "TERM", "PAGER", "PATH"]

    /// The variables of `names` that are set, by name.
    static let values: [String: String] = {
        var values: [String: String] = [:]
        for name in names {
            if let value = getenv(name) { values[name] = String(cString: value) }
        }
        return values
    }()
}
