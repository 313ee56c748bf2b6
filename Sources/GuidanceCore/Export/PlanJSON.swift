import Foundation

/// The JSON export: the answers file (`guidance-answers/2`) with the plan added under `"plan"`.
///
/// `guidance new --answers` reads it back: it ignores `"plan"`.
public enum PlanJSON {
    /// The session's answers and its plan as one JSON document.
    ///
    /// It is written member by member (`JSONPrettyWriter`): the same text as `JSONWriter.write(document(session:plan:))`.
    public static func write(session: Session, plan: Plan) -> String {
        var writer = JSONPrettyWriter(capacity: 16 * 1024 + plan.campaigns.reduce(0) { $0 + $1.tasks.count } * 640)
        writer.beginObject()
        writer.string("format", AnswersFile.format)
        writer.string("script", session.scriptID)
        writer.string("meeting_date", session.meetingDate.iso)
        writer.value("answers", .object(answers(session)), last: false)
        write(plan, key: "plan", into: &writer)
        writer.endObject()
        return writer.finish()
    }

    /// The export as one `JSONValue`: what `write(session:plan:)` writes.
    static func document(session: Session, plan: Plan) -> JSONValue {
        var root = JSONObject()
        root["format"] = .string(AnswersFile.format)
        root["script"] = .string(session.scriptID)
        root["meeting_date"] = .string(session.meetingDate.iso)
        root["answers"] = .object(answers(session))
        root["plan"] = json(plan)
        return .object(root)
    }

    /// The session's answers in their order.
    static func answers(_ session: Session) -> JSONObject {
        var answers = JSONObject()
        for key in session.answerOrder { if let value = session.answers[key]?.value { answers[key] = value } }
        return answers
    }

    /// `value` as `String(format: "%02d", value)` writes it: a leading zero below 10.
    static func twoDigits(_ value: Int) -> String {
        value >= 0 && value < 10 ? "0\(value)" : "\(value)"
    }

    /// One task as JSON, with the field names of the plan CSV.
    static func task(_ r: PlanRow, currency: String) -> JSONValue {
        .object(JSONObject(distinct: [
            ("start", .string(r.start.iso)), ("due", .string(r.due.iso)), ("month", .number(Decimal(r.month))),
            ("week", .number(Decimal(r.week))), ("segment", .string(r.stage == nil ? "" : r.segment)),
            ("role", .string(r.stage == nil ? "" : r.role?.rawValue ?? "")), ("campaign", .string(r.campaign)),
            ("stage", .string(r.stage?.rawValue ?? "fundamentals")), ("activity", .string(r.activity)),
            ("channel", .string(r.channel)), ("pull_push", .string(r.pullPush.rawValue)), ("owner", .string(r.owner)),
            ("hours", .number(r.hours)), ("cost", .number(r.cost)), ("currency", .string(currency)), ("why", .string(r.why)),
            ("key", .string(r.key)), ("kind", .string(r.kind.rawValue)),
        ]))
    }

    /// The plan as JSON: summary, segments, campaigns with their tasks, targets, months, decisions, risks,
    /// notes and calendar entries.
    public static func json(_ plan: Plan) -> JSONValue {
        func text(_ s: String) -> JSONValue { .string(s) }
        func number(_ n: Decimal) -> JSONValue { .number(n) }
        func list(_ items: [String]) -> JSONValue { .array(items.map(JSONValue.string)) }
        var root = JSONObject()
        root["session"] = text(plan.sessionID)
        root["mode"] = text(plan.mode.rawValue)
        root["start"] = text(plan.start.iso)
        root["end"] = text(plan.end.iso)
        root["currency"] = text(plan.currency)
        root["weekly_hours"] = number(plan.weeklyHours)
        root["campaign_budget"] = number(plan.campaignBudget)
        root["campaign_spend"] = number(plan.campaignSpend)
        root["fundamentals_spend"] = number(plan.fundamentalsSpend)
        root["planned_hours"] = number(plan.plannedHours)
        root["usable_hours"] = number(plan.usableHours)
        root["segments"] = .array(plan.segments.map { s in
            .object(JSONObject(distinct: [
                ("name", text(s.name)), ("role", text(s.role.rawValue)), ("why", text(s.why)),
                ("directed_share", .number(Decimal(s.directedShare))), ("planned_share", number(s.plannedShare)),
                ("planned_hours", number(s.plannedHours)), ("directed_hours", number(s.directedHours)),
                ("planned_spend", number(s.plannedSpend)), ("directed_spend", number(s.directedSpend)), ("message", text(s.message)),
            ]))
        })
        root["campaigns"] = .array(plan.campaigns.map { c in
            .object(JSONObject(distinct: [
                ("name", text(c.name)), ("segment", text(c.segment)), ("role", c.role.map { text($0.rawValue) } ?? .null),
                ("purpose", text(c.purpose.rawValue)), ("stage", c.stage.map { text($0.rawValue) } ?? text("fundamentals")),
                ("start", text(c.start.iso)), ("go_live", text(c.goLive.iso)), ("end", text(c.end.iso)), ("owner", text(c.owner)),
                ("hours", number(c.hours)), ("cost", number(c.cost)), ("why", text(c.why)), ("key", text(c.key)),
                ("tasks", .array(c.tasks.map { task($0, currency: plan.currency) })),
            ]))
        })
        root["targets"] = .array(plan.targets.map { t in
            .object(JSONObject(distinct: [
                ("segment", text(t.segment)), ("measure", text(t.measure)), ("amount", .number(Decimal(t.amount))),
                ("stages", .array(t.stages.map { s in
                    .object(JSONObject(distinct: [("stage", text(s.stage.rawValue)), ("count", .number(Decimal(s.count))),
                                        ("rate", number(s.rate)), ("measure", text(s.measure))]))
                })),
                ("planned_reach", .number(Decimal(t.plannedReach))), ("expected", .number(Decimal(t.expected))),
            ]))
        })
        root["months"] = .array(plan.months.map { m in
            .object(JSONObject(distinct: [("month", .number(Decimal(m.month))), ("segment", text(m.segment)),
                                ("hours", number(m.hours)), ("cost", number(m.cost))]))
        })
        root["decisions"] = .array(plan.decisions.map { d in
            .object(JSONObject(distinct: [("decision", text(d.decision)), ("why", text(d.why))]))
        })
        root["risks"] = .array(plan.risks.map { r in
            .object(JSONObject(distinct: [("risk", text(r.risk)), ("segments", list(r.segments)), ("response", text(r.response))]))
        })
        root["closed_days"] = .array(plan.closedDays.map { d in
            .object(JSONObject(distinct: [("date", text(d.date.iso)), ("name", text(d.name))]))
        })
        root["pending_fundamentals"] = .array(plan.pendingFundamentals.map { p in
            .object(JSONObject(distinct: [("item", text(p.item)), ("budget", number(p.budget)), ("month", .number(Decimal(p.month)))]))
        })
        root["horizon"] = list(plan.horizon)
        root["market_responses"] = list(plan.marketResponses)
        root["cuts"] = list(plan.cuts)
        root["conflicts"] = list(plan.conflicts)
        root["assumptions"] = list(plan.assumptions)
        root["actions"] = list(plan.actions)
        root["changes"] = .array(plan.changes.map { c in
            .object(JSONObject(distinct: [("what", text(c.what)), ("before", text(c.before)), ("now", text(c.now))]))
        })
        root["calendar"] = .array(plan.calendar.map { e in
            var entry = JSONObject(distinct: [("key", text(e.key)), ("category", text(e.category.rawValue)), ("title", text(e.title)),
                                    ("date", text(e.date.iso))])
            if let start = e.startMinute {
                entry["time"] = text(twoDigits(start / 60) + ":" + twoDigits(start % 60))
                entry["minutes"] = .number(Decimal(e.minutes))
            }
            entry["details"] = text(e.details)
            return .object(entry)
        })
        return .object(root)
    }
}
