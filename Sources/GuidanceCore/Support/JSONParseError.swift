/// Why a JSON text could not be read, and where in the text the problem is.
///
/// `line` and `column` are 1-based; the column counts characters (as a person sees them),
/// not bytes, and a UTF-8 byte order mark at the start of the file is not counted.
public struct JSONParseError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The line of the problem, starting at 1.
    public let line: Int
    /// The column of the problem in characters, starting at 1.
    public let column: Int
    /// What is wrong, as a short plain sentence without the position.
    public let reason: String

    /// An error at a known line and column.
    public init(line: Int, column: Int, reason: String) {
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// The position and the reason, for example `line 3, column 14: expected ',' or '}' after an object member`.
    public var description: String { "line \(line), column \(column): \(reason)" }

    /// An error at byte `offset` of `bytes`, whose text starts at byte `origin` (after a byte order mark).
    ///
    /// A line ends at LF, CRLF or a lone CR. The bytes before `offset` on its line must be valid UTF-8,
    /// which holds for every offset the parser reports (the first invalid byte included).
    init(reason: String, offset: Int, in bytes: [UInt8], origin: Int) {
        let (line, column) = Self.location(of: offset, in: bytes, origin: origin)
        self.init(line: line, column: column, reason: reason)
    }

    /// The 1-based line and character column of byte `offset`.
    static func location(of offset: Int, in bytes: [UInt8], origin: Int) -> (line: Int, column: Int) {
        let end = min(max(offset, origin), bytes.count)
        var line = 1
        var lineStart = origin
        var index = origin
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            } else if byte == UInt8(ascii: "\r"), index + 1 >= bytes.count || bytes[index + 1] != UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        let column = String(decoding: bytes[lineStart..<end], as: UTF8.self).count + 1
        return (line, column)
    }
}
