import Foundation

/// Colour and emphasis for a terminal; plain text when colour is off.
struct Style {
    let enabled: Bool

    private func wrap(_ code: String, _ text: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func bold(_ text: String) -> String { wrap("1", text) }
    func dim(_ text: String) -> String { wrap("2", text) }
    func good(_ text: String) -> String { wrap("32", text) }
    func warn(_ text: String) -> String { wrap("33", text) }
    func bad(_ text: String) -> String { wrap("31", text) }
    func accent(_ text: String) -> String { wrap("36", text) }

    /// For a libedit prompt: escape sequences wrapped in \u{01}..\u{02} so the cursor position stays right.
    func promptSafe(_ code: String, _ text: String) -> String {
        enabled ? "\u{01}\u{1B}[\(code)m\u{02}\(text)\u{01}\u{1B}[0m\u{02}" : text
    }
}
