import Foundation

/// Colour and emphasis for a terminal; plain text when colour is off.
struct Style {
    let enabled: Bool

    /// Every colour and emphasis code used here, "0" (reset) included.
    static let codes = ["0", "1", "2", "31", "32", "33", "36"]

    /// The escape sequence of one code: ESC [ code m.
    static func sequence(_ code: String) -> String { "\u{1B}[\(code)m" }

    /// The exact sequences this style writes (none when colour is off): the only escapes `Console` lets through.
    var sequences: [String] { enabled ? Self.codes.map(Self.sequence) : [] }

    private func wrap(_ code: String, _ text: String) -> String {
        enabled ? Self.sequence(code) + text + Self.sequence("0") : text
    }

    func bold(_ text: String) -> String { wrap("1", text) }
    func dim(_ text: String) -> String { wrap("2", text) }
    func good(_ text: String) -> String { wrap("32", text) }
    func warn(_ text: String) -> String { wrap("33", text) }
    func bad(_ text: String) -> String { wrap("31", text) }
    func accent(_ text: String) -> String { wrap("36", text) }

    /// For a libedit prompt: escape sequences wrapped in \u{01}..\u{02} so the cursor position stays right.
    func promptSafe(_ code: String, _ text: String) -> String {
        enabled ? "\u{01}" + Self.sequence(code) + "\u{02}" + text + "\u{01}" + Self.sequence("0") + "\u{02}" : text
    }
}
