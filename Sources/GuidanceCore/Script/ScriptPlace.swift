/// Where a problem sits in a script, such as "topic 2 (segments), question roles, field 3", written out only when a
/// problem is reported: a script is read at every start, and making each question's place as text cost about 200,000
/// instructions before the first prompt of a script that has no problem.
indirect enum ScriptPlace: ExpressibleByStringLiteral, CustomStringConvertible, Sendable {
    /// Said as it is ("" for the whole script).
    case text(String)
    /// The topic numbered from 1, with its id once it is known.
    case topic(Int, id: String?)
    /// A question of a topic, by its number from 1 until its id is known.
    case question(ScriptPlace, Int, id: String?)
    /// A field of a records question, by its number from 1 until its id is known.
    case field(ScriptPlace, Int, id: String?)
    /// The item of an "each" question.
    case item(ScriptPlace)

    init(stringLiteral value: String) { self = .text(value) }

    /// The same question or field, now named by `id`.
    func named(_ id: String) -> ScriptPlace {
        switch self {
        case .question(let parent, let number, _): .question(parent, number, id: id)
        case .field(let parent, let number, _): .field(parent, number, id: id)
        case .topic(let number, _): .topic(number, id: id)
        case .text, .item: self
        }
    }

    var description: String {
        switch self {
        case .text(let text): text
        case .topic(let number, let id): "topic \(number)" + (id.map { " (\($0))" } ?? "")
        case .question(let parent, let number, let id): "\(parent), question \(id ?? String(number))"
        case .field(let parent, let number, let id): "\(parent), field \(id ?? String(number))"
        case .item(let parent): "\(parent), item"
        }
    }
}
