import Foundation

/// What a person would see after a program's output: a small terminal emulator for assertions.
///
/// Line editors redraw: libedit completes "/he" by printing BEL, "\r", a
/// move to column 10 and "lp", so the raw output never holds "/help". This
/// applies the output the way an xterm would (overwriting, cursor moves,
/// erasing, insert and delete) and gives the lines that remain, trailing
/// spaces removed. Lines scroll into an unlimited history instead of off the
/// top. Wide characters (CJK, most emoji) take two columns; combining marks
/// none; anything it does not know (colours, modes) is ignored.
struct TerminalScreen {
    private let columns: Int
    private let rows: Int
    private var lines: [[Character]] = [[]]
    private var row = 0
    private var column = 0
    private var insertMode = false

    /// An empty screen of `columns` x `rows`.
    init(columns: Int = 100, rows: Int = 40) {
        self.columns = max(columns, 1)
        self.rows = max(rows, 1)
    }

    /// The text on the screen: every line, trailing spaces removed, joined with "\n".
    var text: String {
        var shown = lines.map { line in
            String(line.filter { $0 != TerminalScreen.wideTail }.reversed().drop { $0 == " " }.reversed())
        }
        while shown.count > 1, shown.last?.isEmpty == true { shown.removeLast() }
        return shown.joined(separator: "\n")
    }

    /// The text on the screen after `output`, on a fresh screen.
    static func render(_ output: String, columns: Int = 100, rows: Int = 40) -> String {
        var screen = TerminalScreen(columns: columns, rows: rows)
        screen.feed(output)
        return screen.text
    }

    /// Applies `output` to the screen.
    mutating func feed(_ output: String) {
        var scalars = output.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            switch scalar.value {
            case 0x1B: escape(&scalars)
            case 0x0D: column = 0
            case 0x0A: moveTo(row: row + 1, column: column)
            case 0x08: column = max(0, min(column, columns - 1) - 1)
            case 0x09: column = min(columns - 1, (column / 8 + 1) * 8)
            case 0x00..<0x20, 0x7F: continue
            default: put(scalar)
            }
        }
    }

    /// A placeholder for the second column of a wide character.
    private static let wideTail: Character = "\u{FFFF}"

    private mutating func put(_ scalar: Unicode.Scalar) {
        let width = Self.width(of: scalar)
        if width == 0 {
            guard column > 0, column - 1 < lines[row].count else { return }
            let previous = lines[row][column - 1]
            lines[row][column - 1] = Character(String(previous) + String(scalar))
            return
        }
        if column + width > columns { moveTo(row: row + 1, column: 0) }  // auto-wrap
        var cells = [Character(scalar)]
        if width == 2 { cells.append(Self.wideTail) }
        pad(to: column)
        if insertMode {
            lines[row].insert(contentsOf: cells, at: column)
            if lines[row].count > columns { lines[row].removeLast(lines[row].count - columns) }
        } else {
            let end = min(column + cells.count, lines[row].count)
            lines[row].replaceSubrange(column..<end, with: cells)
        }
        column += width
    }

    private mutating func escape(_ scalars: inout Substring.UnicodeScalarView) {
        guard let kind = scalars.popFirst() else { return }
        switch kind {
        case "[":
            var parameters = ""
            while let next = scalars.popFirst() {
                if (0x40...0x7E).contains(next.value) {
                    control(final: next, parameters: parameters)
                    return
                }
                parameters.unicodeScalars.append(next)
            }
        case "]":
            while let next = scalars.popFirst() {
                if next.value == 0x07 { return }
                if next.value == 0x1B, scalars.first == "\\" { scalars.removeFirst(); return }
            }
        default:
            var current = kind
            while (0x20...0x2F).contains(current.value), let next = scalars.popFirst() { current = next }
        }
    }

    private mutating func control(final: Unicode.Scalar, parameters: String) {
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        let first = numbers.first.flatMap { $0 } ?? 0
        let count = max(first, 1)
        let top = max(0, lines.count - rows)
        switch final {
        case "A": moveTo(row: max(top, row - count), column: column)
        case "B": moveTo(row: row + count, column: column)
        case "C": column = min(columns - 1, column + count)
        case "D": column = max(0, min(column, columns - 1) - count)
        case "G": column = min(columns - 1, count - 1)
        case "H", "f":
            let line = numbers.first.flatMap { $0 } ?? 1
            let place = numbers.count > 1 ? (numbers[1] ?? 1) : 1
            moveTo(row: top + max(line, 1) - 1, column: min(columns - 1, max(place, 1) - 1))
        case "K": eraseInLine(first)
        case "J": eraseInDisplay(first, top: top)
        case "P":
            pad(to: column)
            lines[row].removeSubrange(column..<min(lines[row].count, column + count))
        case "@":
            pad(to: column)
            lines[row].insert(contentsOf: Array(repeating: " ", count: count), at: column)
            if lines[row].count > columns { lines[row].removeLast(lines[row].count - columns) }
        case "X":
            pad(to: column + count)
            lines[row].replaceSubrange(column..<column + count, with: Array(repeating: " ", count: count))
        case "h" where parameters == "4": insertMode = true
        case "l" where parameters == "4": insertMode = false
        default: break  // colours and modes change nothing that is read
        }
    }

    private mutating func eraseInLine(_ mode: Int) {
        switch mode {
        case 1:
            pad(to: column + 1)
            lines[row].replaceSubrange(0...column, with: Array(repeating: " ", count: column + 1))
        case 2: lines[row] = []
        default: if column < lines[row].count { lines[row].removeSubrange(column...) }
        }
    }

    private mutating func eraseInDisplay(_ mode: Int, top: Int) {
        switch mode {
        case 1:
            for index in top..<row { lines[index] = [] }
            eraseInLine(1)
        case 2, 3:
            for index in top..<lines.count { lines[index] = [] }
        default:
            eraseInLine(0)
            if row + 1 < lines.count { lines.removeSubrange((row + 1)...) }
        }
    }

    private mutating func moveTo(row newRow: Int, column newColumn: Int) {
        while lines.count <= newRow { lines.append([]) }
        row = newRow
        column = newColumn
    }

    /// Fills the current line with spaces up to `count` cells.
    private mutating func pad(to count: Int) {
        if lines[row].count < count { lines[row].append(contentsOf: Array(repeating: " ", count: count - lines[row].count)) }
    }

    /// Columns a character takes in a terminal: 0, 1 or 2 (an approximation of wcwidth).
    private static func width(of scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F, 0x20D0...0x20FF: return 0
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
             0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F5, 0x26FA, 0x26FD,
             0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797,
             0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
             0x1F680...0x1F6FF, 0x1FA70...0x1FAFF, 0x20000...0x3FFFD:
            return 2
        default: return 1
        }
    }
}
