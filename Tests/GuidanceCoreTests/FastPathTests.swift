import Foundation
import Testing
@testable import GuidanceCore

/// The byte-level shortcuts of the planner and the writers give exactly what the slower ways they replace gave.
@Suite struct FastPathTests {
    /// Texts with ASCII, accents, combining marks next to the words searched for, CR LF and quotes.
    static let texts = [
        "", "plain", "{segment} introduction campaign ({month})", "Caf\u{E9}s {segment}", "{segment}\u{301} webinar",
        "\"quoted\", and \"more\"", "a \"\u{301}b", "e\u{301}\" after a mark", "line\r\n{month}\r\n", "{{segment}}", "{segment",
        "\u{1F600} {name} \u{1F600}", "\"", "\"\"", "x\u{200D}\"y",
    ]

    @Test(arguments: texts)
    func replacingATokenGivesWhatFoundationGives(_ text: String) {
        for token in ["{segment}", "{month}", "{name}", "\""] {
            #expect(PlainText.replacing(token, with: "Dental \u{E9}", in: text) == text.replacingOccurrences(of: token, with: "Dental \u{E9}"))
            #expect(PlainText.contains(token, in: text) == text.contains(token))
        }
        #expect(PlainText.doublingQuotes(text) == text.replacingOccurrences(of: "\"", with: "\"\""))
    }

    @Test(arguments: [
        ("Tasks by campaign: go-live Mon 1 Mar 2027", "  ", "    "),
        (String(repeating: "word ", count: 60), "- ", "  "),
        ("averyveryverylongwordthatdoesnotfitonanylineatallbecauseitislongerthanthewidthofonehundredcolumnsforsure yes", "", ""),
        ("  spaces   between    words  ", "1. ", "   "),
        ("Caf\u{E9} Caf\u{E9} " + String(repeating: "x ", count: 60), "", ""),
        ("\u{1B}[1mbold\u{1B}[0m " + String(repeating: "y ", count: 60), "", ""),
        ("", "  Why: ", "       "),
    ])
    func wrappingByBytesGivesWhatWrappingByCharactersGives(_ text: String, _ first: String, _ rest: String) {
        let wrapped = PlanSummary.wrap(text, first: first, rest: rest)
        // The same wrap, by characters, as it was written before the byte path.
        var lines: [String] = [], current = first, columns = TextWrap.Width(), hasWord = false
        columns.add(first)
        for word in text.split(separator: " ") {
            var longer = columns
            if hasWord { longer.add(" ") }
            longer.add(word)
            if hasWord && longer.count > PlanSummary.width {
                lines.append(current)
                current = rest + word
                columns = TextWrap.Width()
                columns.add(rest)
                columns.add(word)
            } else {
                current = hasWord ? current + " " + word : current + word
                columns = longer
            }
            hasWord = true
        }
        lines.append(current)
        #expect(wrapped == lines)
    }

    @Test(arguments: [
        (["plain words, 53.6% and 2027-02-01"], MarkdownEscaper.Place.block),
        (["# not a heading"], .block), (["1. not a list"], .block), (["a *b* c"], .cell), (["a | b"], .cell), (["a | b"], .block),
        (["Title #"], .heading), (["x", "- y"], .block), (["line\r", "next"], .block), (["e\u{301} & f"], .block),
        (["<b>", "[a](b)"], .block), (["under_score"], .cell), (["tilde ~~x~~"], .heading), (["12 hours"], .block),
    ])
    func markdownTextThatNeedsNothingComesBackAsGiven(_ lines: [String], _ place: MarkdownEscaper.Place) {
        if MarkdownEscaper.needsNothing(lines, in: place) {
            #expect(MarkdownEscaper.escape(lines, in: place) == lines)
        }
    }

    @Test func plainMarkdownIsLeftAloneWithoutRunningTheRules() {
        #expect(MarkdownEscaper.needsNothing(["Dental practices: 53.6% of the hours, from 2027-03-01."], in: .block))
        #expect(!MarkdownEscaper.needsNothing(["a *b* c"], in: .block))
        #expect(!MarkdownEscaper.needsNothing(["- item"], in: .block))
        #expect(!MarkdownEscaper.needsNothing(["Title #"], in: .heading))
    }

    @Test(arguments: ["a & b", "<script>", "it's \"quoted\"", "plain", "caf\u{E9} & <b>", "e\u{301}& x", "\r\n&"])
    func htmlEscapingByBytesGivesWhatEscapingByCharactersGives(_ text: String) {
        var expected = ""
        for character in text {
            switch character {
            case "&": expected += "&amp;"
            case "<": expected += "&lt;"
            case ">": expected += "&gt;"
            case "\"": expected += "&quot;"
            case "'": expected += "&#39;"
            default: expected.append(character)
            }
        }
        #expect(HTMLText.escape(text) == expected)
    }

    @Test(arguments: [1, 7, 89, 90, 91, 92, 365])
    func timelinePercentagesInTenthsAreTheDecimalOnes(_ days: Int) {
        var timeline = PlanTimeline(SamplePlans.empty())
        timeline.days = days
        for day in 0...days {
            #expect(timeline.percentText(day) == "\(timeline.percent(day))")
            for other in [0, day / 2, days] {
                #expect(timeline.widthText(other, day) == "\(timeline.percent(day) - timeline.percent(other))")
            }
        }
    }

    @Test(arguments: ["0.5", "1", "5.5", "6", "11.5", "12", "35.5", "80", "0", "0.0833333", "5.999999999999999999999"])
    func daysOfWorkIsHoursOverSixTruncated(_ hours: String) throws {
        let value = try #require(Decimal(string: hours))
        #expect(PlanBuilder.daysOfWork(value) == NSDecimalNumber(decimal: value / 6).intValue)
    }

    /// A library of `count` sales-material assets named from a small vocabulary, so many share words.
    static func library(_ count: Int) -> [Activity] {
        let words = ["case", "study", "pack", "brochure", "price", "list", "guide", "dental", "legal", "retail", "booking", "sheet"]
        return (0..<count).map { index in
            let name = (0..<(1 + index % 4)).map { words[(index * 7 + $0 * 5) % words.count] }.joined(separator: " ")
            return Activity(id: "a\(index)", name: name.capitalized, channel: "Sales", stage: .consideration, pullPush: .push,
                            hours: 4, cost: 0, kind: .asset, purposes: [.salesMaterial])
        }
    }

    @Test(arguments: ["Case study pack", "CASE-STUDY pack 2027", "Caf\u{E9} menu cards", "e\u{301}tude sheet", "a-b-cdef\r\nghij", "", "  "])
    func theWordsOfANameAreTheLowerCasedLetterRunsLongerThanThreeLetters(_ name: String) {
        #expect(SalesMaterialPool.words(name) == Set(name.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count > 3 }))
    }

    @Test(arguments: ["Case study pack", "Dental price list", "Booking sheet", "nothing alike", "Guide", "Retail legal brochure pack"])
    func matchingSalesMaterialByWordFindsWhatScoringEveryAssetFinds(_ material: String) {
        let activities = Self.library(300)
        let pool = SalesMaterialPool(activities: activities)
        let words = SalesMaterialPool.words(material)
        // Every asset scored, as the planner did before the pool.
        let every = activities.map { activity -> (Int, Activity) in
            let name = SalesMaterialPool.words(activity.name)
            return (name.intersection(words).count * 10 - abs(name.count - words.count), activity)
        }
        let expected = every.filter { $0.0 >= 10 }.max(by: { ($0.0, $1.1.id) < ($1.0, $0.1.id) })?.1
        let found = pool.sharingWords(words).map { entry -> (Int, Activity) in
            (entry.words.intersection(words).count * 10 - abs(entry.words.count - words.count), entry.activity)
        }
        #expect(found.filter { $0.0 >= 10 }.max(by: { ($0.0, $1.1.id) < ($1.0, $0.1.id) })?.1 == expected)
        // Only the assets that share a word are scored: never the whole library for a request that matches nothing.
        #expect(found.count == activities.filter { !SalesMaterialPool.words($0.name).isDisjoint(with: words) }.count)
    }
}

/// Capacity's weeks added up once per kind of week are the sums of every day, added day by day as before.
@Suite struct CapacityWeekSumTests {
    @Test(arguments: Array(UInt64(1)...40))
    func weeksAddedUpOnceAreTheDayByDaySums(_ seed: UInt64) {
        let session = SessionGenerator.session(seed: seed &* 104_729)
        let facts = session.facts
        let period = PlanPeriod(start: facts.planStart, closed: [facts.planStart.adding(days: 15): "Day off"])
        let capacity = Capacity(facts: facts, period: period, overheadDays: [(period.workingDays[0], 2)])
        var team = Array(repeating: Decimal(0), count: period.weekCount)
        let names = capacity.daily.keys.sorted()
        for (index, day) in period.workingDays.enumerated() {
            for name in names { team[period.week(of: day) - 1] += capacity.daily[name]?[index] ?? 0 }
        }
        #expect(capacity.teamHoursByWeek() == team, "seed \(seed)")
        for segment in facts.segments {
            var weekly = Array(repeating: Decimal(0), count: period.weekCount)
            for (index, day) in period.workingDays.enumerated() { weekly[period.week(of: day) - 1] += capacity.daily[segment.name]?[index] ?? 0 }
            let share = capacity.shares[segment.name] ?? 0
            let limit = weekly.enumerated().map { week, hours in max(0, (hours - capacity.overhead[week] * share) * Capacity.usableShare) }
            #expect(capacity.limit[segment.name] == limit, "seed \(seed), \(segment.name)")
        }
    }
}
