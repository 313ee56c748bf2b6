import Foundation

/// The library's sales-material assets with the words of their names, found by word: what the planner
/// matches a request from Sales against.
///
/// Built once per plan, so matching every request reads each name once, not once per request.
struct SalesMaterialPool {
    /// An asset and the words of its name.
    struct Entry {
        var words: Set<String>
        var activity: Activity
    }

    /// The assets, in library order.
    let entries: [Entry]
    /// The positions in `entries` of the assets whose names hold each word.
    let byWord: [String: [Int]]

    /// The sales-material assets of `library` (but the general sales material).
    init(library: ActivityLibrary) {
        self.init(activities: library.activities.filter {
            $0.purposes.contains(.salesMaterial) && $0.kind == .asset && $0.id != "sales-material"
        })
    }

    /// A pool of `activities`, in their order.
    init(activities: [Activity]) {
        entries = activities.map { Entry(words: Self.words($0.name), activity: $0) }
        var byWord: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            for word in entry.words { byWord[word, default: []].append(index) }
        }
        self.byWord = byWord
    }

    /// The words that count in a name: runs of letters, lower-cased, longer than three letters.
    ///
    /// ASCII text is read byte by byte (its letters are A to Z, each a character of its own); other text by characters.
    static func words(_ text: String) -> Set<String> {
        guard PlainText.isSimple(text) else {
            return Set(text.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count > 3 })
        }
        var words = Set<String>()
        var word: [UInt8] = []
        for byte in text.utf8 {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            if lower >= 0x61 && lower <= 0x7A {
                word.append(lower)
                continue
            }
            if word.count > 3 { words.insert(String(decoding: word, as: UTF8.self)) }
            word.removeAll(keepingCapacity: true)
        }
        if word.count > 3 { words.insert(String(decoding: word, as: UTF8.self)) }
        return words
    }

    /// The assets whose names share at least one of `words`, in library order.
    ///
    /// The positions are gathered in a list, sorted and taken once each (a set of positions would be a type of its
    /// own for the process to set up, which costs more than the sort).
    func sharingWords(_ words: Set<String>) -> [Entry] {
        var positions: [Int] = []
        for word in words { positions += byWord[word] ?? [] }
        positions.sort()
        var found: [Entry] = []
        var last = -1
        for position in positions where position != last {
            found.append(entries[position])
            last = position
        }
        return found
    }
}
