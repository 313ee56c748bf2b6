import Foundation

extension Interview {
    /// Takes one typed line as the answer (or the next part of the answer) to the current question.
    ///
    /// An empty line keeps the default when there is one. `now` is stored as the time of the answer.
    public mutating func answer(_ text: String, now: String) -> AnswerOutcome {
        guard let i = index else { return .refused("The session is finished; use /edit QUESTION to change an answer.") }
        if let outcome = answerCheck(text, now: now) { return outcome }
        if let outcome = answerConfirm(text, now: now) { return outcome }
        if let taken = currencyJustTaken {
            currencyJustTaken = nil
            if taken.before == currentQuestion?.id, text.trimmedOfWhitespace().uppercased() == taken.code {
                return .accepted(echo: "\(taken.code) is the plan's currency already (from the amount typed).")
            }
        }
        let q = flat[i].question
        var line = text.trimmedOfWhitespace()
        // "yes" or "keep" to "Are we still...?" means: keep the answer offered, as Enter does.
        if Self.keepWords.contains(line.lowercased()), session.draft == nil, wholeDefault(q) != nil, !takesWord(q.type, line) {
            line = ""
        }
        switch q.type {
        case .split(let over): return answerSplit(q, over: over, line: line, now: now)
        case .each(let over, let item, let optionalItems):
            return answerEach(q, over: over, item: item, optionalItems: optionalItems, line: line, now: now)
        case .records(let fields): return answerRecord(q, fields: fields, line: line, now: now)
        default: break
        }
        if line.isEmpty {
            if let value = wholeDefault(q) {
                switch AnswerValidator.checkStored(value, as: q.type, options: context.items) {
                case .success(let normal): return commit(q, normal, now: now)
                case .failure(let problem):
                    return .refused("The earlier answer no longer fits: \(problem.message.withoutFullStop). Type a new answer, such as \(example(for: q)).")
                }
            }
            if q.optional { return skip() }
            return .refused("This question needs an answer, such as: \(example(for: q)). Type /help for help or /skip to leave it for later.")
        }
        if let key = q.type.itemKeys.first(where: { context.items[$0] == nil }) {
            return needsSource(key.components(separatedBy: "|").first ?? key)
        }
        switch AnswerValidator.parseLine(line, as: q.type, in: context) {
        case .success(let value):
            if case .money = q.type, let taken = currencyToTake(from: line) {
                return commitTakingCurrency(q, value, taken, now: now)
            }
            return commitOrConfirm(q, value, now: now)
        case .failure(let problem): return .refused(problem.message)
        }
    }

    /// Leaves the current question unanswered and moves on.
    public mutating func skip() -> AnswerOutcome {
        guard let i = index else { return .refused("The session is finished; there is nothing to skip.") }
        if let check = checkPrompt, let name = check.partName {
            return .refused(check.opensMeeting ? "First say what became of this open action: done, carry on or drop."
                                               : "First say whether \(name) is done: yes, or no to carry it into the new plan.")
        }
        let q = flat[i].question
        remember("skipping \(q.id)")
        let kept = settleDraft()
        if !session.skipped.contains(q.id) { session.skipped.append(q.id) }
        var message = "Left unanswered for now; /edit \(q.id) comes back to it."
        if let answer = session.answers[q.id] {
            session.skipped.removeAll { $0 == q.id }
            message = "Kept the earlier answer."
            if answer.recheck {
                if case .success = AnswerValidator.checkStored(answer.value, as: q.type, options: context.items) {
                    session.answers[q.id]?.recheck = false
                } else {
                    session.skipped.append(q.id)
                    message = "Left for later: the earlier answer no longer fits and stays marked to check; /edit \(q.id) comes back to it."
                }
            }
        }
        advance(from: i)
        return .skipped(kept ?? message)
    }

    /// The part of a question answered in parts that comes next: the first item without a value.
    func pendingItem(_ items: [String], draft: JSONObject) -> String? {
        items.first { draft[$0] == nil }
    }

    /// The draft of the current question answered in parts, as an object.
    var draftObject: JSONObject { session.draft?.objectValue ?? JSONObject() }

    /// Saves a part and reports it.
    mutating func storePart(_ draft: JSONObject, label: String, echo: String) -> AnswerOutcome {
        guard SessionCheck.isSaneDraft(.object(draft)) else { return Self.unsafePart }
        remember("the last change to \(label)")
        session.draft = .object(draft)
        return .partAccepted(echo: echo)
    }

    mutating func answerSplit(_ q: Question, over: String, line: String, now: String) -> AnswerOutcome {
        guard let items = context.items[over] else { return needsSource(over) }
        var draft = draftObject
        let total = draft.pairs.reduce(0) { $0 + min(max($1.value.intValue ?? 0, 0), 100) }
        guard let current = pendingItem(items, draft: draft) else { return commit(q, .object(draft), now: now) }
        let left = 100 - total
        var typed: [String] = []
        if line.isEmpty {
            if draft.isEmpty, let whole = wholeDefault(q) {
                switch AnswerValidator.checkStored(whole, as: q.type, options: context.items) {
                case .success(let normal): return commit(q, normal, now: now)
                case .failure(let problem):
                    return .refused("The earlier split no longer fits: \(problem.message.withoutFullStop). Type the split again, such as \(example(for: q)).")
                }
            }
            if items.filter({ draft[$0] == nil }).count == 1, left >= 0 {
                draft[current] = .number(Decimal(left))
                typed = [current]
            } else {
                return .refused("Type the share for \(current) as a whole percentage, or the whole split on one line, such as \(example(for: q)).")
            }
        } else if line.allSatisfy({ $0.isNumber || "%-. ".contains($0) }) {
            switch ScalarParser.percent(line) {
            case .success(let n): draft[current] = .number(Decimal(n)); typed = [current]
            case .failure(let problem): return .refused(problem.message)
            }
        } else {
            switch SplitParser.pairs(line, names: items) {
            case .success(let entries):
                for entry in entries { draft[entry.name] = .number(Decimal(entry.percent)) }
                typed = entries.map(\.name)
            case .failure(let problem): return .refused(problem.message)
            }
        }
        var ordered = JSONObject()
        for item in items { if let v = draft[item] { ordered[item] = v } }
        let newTotal = ordered.pairs.reduce(0) { $0 + min(max($1.value.intValue ?? 0, 0), 100) }
        let missing = items.filter { ordered[$0] == nil }
        if missing.isEmpty {
            if newTotal != 100 {
                let before = items.filter { draftObject[$0] == nil }
                if before.count == 1, typed == before, left >= 0 {
                    return .refused("That makes \(newTotal)% in all; the shares must total 100%, so \(before[0]) needs \(left)% (or /back to change an earlier share).")
                }
                return .refused("The shares add up to \(newTotal)%; they must total exactly 100%. Type the split again, such as \(example(for: q)).")
            }
            return commit(q, .object(ordered), now: now)
        }
        if newTotal > 100 {
            return .refused("That makes \(newTotal)% so far, more than 100%; only \(max(left, 0))% is left to share. Type a smaller share, or /back to change an earlier one.")
        }
        let shown = items.filter(typed.contains).map { "\($0) \(AnswerFormatter.describe(ordered[$0] ?? .null))%" }
        return storePart(ordered, label: q.id, echo: "\(shown.joined(separator: ", ")): total so far \(newTotal)%, \(100 - newTotal)% left for \(AnswerFormatter.joined(missing)).")
    }

    mutating func answerEach(_ q: Question, over: String, item: AnswerType, optionalItems: Bool, line: String, now: String) -> AnswerOutcome {
        guard let items = context.items[over] else { return needsSource(over) }
        var draft = draftObject
        guard let current = pendingItem(items, draft: draft) else { return commitEach(q, draft, items: items, now: now) }
        if line.isEmpty {
            if draft.isEmpty, let whole = validWholeDefault(q) { return commit(q, whole, now: now) }
            if let value = partDefault(q, item: current, type: item) {
                draft[current] = value
            } else if optionalItems {
                draft[current] = .null
            } else {
                return .refused("Type an answer for \(current), such as \(itemExample(q, item: item)).")
            }
        } else {
            switch AnswerValidator.parseLine(line, as: item, in: context) {
            case .success(let value): draft[current] = value
            case .failure(let problem): return .refused(problem.message)
            }
        }
        if pendingItem(items, draft: draft) == nil { return commitEach(q, draft, items: items, now: now) }
        let shown = draft[current].map { $0 == .null ? "(left blank)" : AnswerFormatter.describe($0, as: item) } ?? ""
        return storePart(draft, label: q.id, echo: "\(current): \(shown)")
    }

    private mutating func commitEach(_ q: Question, _ draft: JSONObject, items: [String], now: String) -> AnswerOutcome {
        var result = JSONObject()
        for name in items { if let v = draft[name], v != .null { result[name] = v } }
        return commit(q, .object(result), now: now)
    }

    /// The value Enter gives for one item of an `each` question: the earlier answer for that item.
    func partDefault(_ q: Question, item name: String, type: AnswerType) -> JSONValue? {
        guard let value = wholeDefault(q)?[name] else { return nil }
        if case .success(let normal) = AnswerValidator.checkStored(value, as: type, options: context.items) { return normal }
        return nil
    }

    func itemExample(_ q: Question, item: AnswerType) -> String {
        if case .choice(let source) = item, let options = context.options(source) {
            return AnswerFormatter.joined(options.map { "\"\($0)\"" }).replacingOccurrences(of: " and ", with: " or ")
        }
        return example(for: q)
    }

    func needsSource(_ key: String) -> AnswerOutcome {
        let title = script.question(key).map { "\"\($0.id)\"" } ?? "\"\(key)\""
        return .refused("This question works from the answer to \(title), which is not given yet; use /edit \(key) to answer it first.")
    }

    /// Words that mean "keep what is offered" when a question has an earlier answer.
    static let keepWords: Set<String> = ["yes", "y", "yep", "keep", "same", "still", "unchanged", "no change", "as before"]

    /// Whether `word` is itself an answer of this type (a yes/no question, or an option of a choice).
    func takesWord(_ type: AnswerType, _ word: String) -> Bool {
        switch type {
        case .yesNo: return true
        case .choice(let source), .choices(let source):
            return (context.options(source) ?? []).contains { $0.lowercased() == word.lowercased() }
        default: return false
        }
    }
}
