import Foundation

extension ActivityLibraryReader {
    static let templateKeys = ["id", "name", "purpose", "stage", "reach", "steps"]
    static let stepKeys = ["activity", "offset", "until", "go_live"]
    static let rateKeys = ["reached_to_enquiry", "enquiry_to_proposal", "proposal_to_win"]

    /// The conversion rates between buying stages: each a share above 0 and at most 1.
    mutating func conversionRates(_ json: JSONValue) -> ConversionRates {
        var rates = ConversionRates()
        guard let object = json.objectValue else {
            problem("conversion_rates", "\"conversion_rates\" should be an object such as {\"proposal_to_win\": 0.3}")
            return rates
        }
        unknownKeys(object, known: Self.rateKeys, what: "a conversion rate", place: "conversion_rates")
        func rate(_ key: String) -> Decimal? {
            guard let value = object[key] else { return nil }
            guard let n = value.numberValue, n > 0, n <= 1 else {
                problem("conversion_rates", "\"\(key)\" should be a share above 0 and at most 1, such as 0.3 for 30%")
                return nil
            }
            return n
        }
        if let r = rate("reached_to_enquiry") { rates.reachedToEnquiry = r }
        if let r = rate("enquiry_to_proposal") { rates.enquiryToProposal = r }
        if let r = rate("proposal_to_win") { rates.proposalToWin = r }
        return rates
    }

    /// The campaign templates, each checked against the activities read.
    mutating func templates(_ json: JSONValue, activities: [Activity], declared: Set<String>) -> [CampaignTemplate] {
        guard let list = json.arrayValue else {
            problem("campaigns", "\"campaigns\" should be a list of campaign templates")
            return []
        }
        let known = Dictionary(activities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var firstUse: [String: Int] = [:]
        var templates: [CampaignTemplate] = []
        for (offset, value) in list.enumerated() {
            if let template = template(value, index: offset + 1, known: known, declared: declared, firstUse: &firstUse) {
                templates.append(template)
            }
        }
        return templates
    }

    /// One template; `declared` holds every activity id the list names, read or not, so an activity with a
    /// problem of its own is not reported again at each step that uses it.
    mutating func template(_ json: JSONValue, index: Int, known: [String: Activity], declared: Set<String>,
                           firstUse: inout [String: Int]) -> CampaignTemplate? {
        var place = "campaign \(index)"
        guard let object = json.objectValue else {
            problem(place, "each campaign template should be an object with \(Self.words(Self.templateKeys.map { "\"\($0)\"" }))")
            return nil
        }
        let id = self.id(object, &place, what: "campaign template", example: "win-segment", index: index, firstUse: &firstUse)
        unknownKeys(object, known: Self.templateKeys, what: "a key of a campaign template", place: place)
        let name = text(object, "name", place)
        let purpose = choice(object, "purpose", place, CampaignPurpose.self,
                             advice: Self.words(CampaignPurpose.allCases.map { "\"\($0.rawValue)\"" }, last: "or"))
        let stage = choice(object, "stage", place, BuyingStage.self, advice: Self.words(BuyingStage.allCases.map(\.rawValue), last: "or"))
        let reach = wholeNumber(object, "reach", place, range: 0...1_000_000, missing: nil) ?? 0
        guard let stepList = object["steps"]?.arrayValue, !stepList.isEmpty else {
            problem(place, "\"steps\" should be a list of the campaign's tasks, such as [{\"activity\": \"landing-page\", \"offset\": -5}]")
            return nil
        }
        var steps: [CampaignTemplate.Step] = []
        for (offset, value) in stepList.enumerated() {
            if let step = step(value, place: "\(place), step \(offset + 1)", known: known, declared: declared) { steps.append(step) }
        }
        guard steps.count == stepList.count else { return nil }
        let goLives = steps.filter(\.goLive).count
        if goLives != 1 {
            problem(place, "it has \(goLives) steps marked \"go_live\"; mark exactly one: the day the campaign reaches people")
        }
        for (offset, step) in steps.enumerated() {
            for required in known[step.activity]?.requires ?? [] where known[required] != nil {
                guard let earlier = steps.first(where: { $0.activity == required }) else {
                    problem("\(place), step \(offset + 1)", "\"\(step.activity)\" requires \"\(required)\", which is not a step of this campaign; add it before")
                    continue
                }
                if earlier.offset >= step.offset {
                    problem("\(place), step \(offset + 1)", "\"\(step.activity)\" requires \"\(required)\", so its offset must be later than \(earlier.offset)")
                }
            }
        }
        guard let id, let name, let purpose, let stage, goLives == 1 else { return nil }
        return CampaignTemplate(id: id, name: name, purpose: purpose, stage: stage, reach: reach, steps: steps)
    }

    mutating func step(_ json: JSONValue, place: String, known: [String: Activity], declared: Set<String>) -> CampaignTemplate.Step? {
        guard let object = json.objectValue else {
            problem(place, "each step should be an object such as {\"activity\": \"landing-page\", \"offset\": -5}")
            return nil
        }
        unknownKeys(object, known: Self.stepKeys, what: "a key of a step", place: place)
        guard let activity = object["activity"]?.stringValue else {
            problem(place, "\"activity\" is missing; name an activity id of this library")
            return nil
        }
        guard let found = known[activity] else {
            if !declared.contains(activity) {
                problem(place, "\"\(activity)\" is not an activity of this library; use one of the activity ids")
            }
            return nil
        }
        guard let offset = wholeNumber(object, "offset", place, range: -120...120,
                                       missing: "\"offset\" is missing; add the days from the anchor day to the task's due day, such as -5") else { return nil }
        let until = wholeNumber(object, "until", place, range: -120...120, missing: nil)
        if found.kind == .recurring {
            guard let until, until >= offset else {
                problem(place, "recurring work needs \"until\", the last day (from the anchor) it may fall on, no earlier than \"offset\"")
                return nil
            }
        } else if until != nil {
            problem(place, "\"until\" is only for recurring work; remove it")
            return nil
        }
        return CampaignTemplate.Step(activity: activity, offset: offset, until: until, goLive: flag(object, "go_live", place))
    }
}
