import Foundation

/// The JSON export: the answers-file format (`guidance-answers/1`) with the plan added under `"plan"`.
///
/// `guidance new --answers` reads it back: it ignores `"plan"`.
public enum PlanJSON {
    /// The session's answers and its plan as one JSON document.
    public static func write(session: Session, plan: Plan) -> String {
        var answers = JSONObject()
        for key in session.answerOrder { if let value = session.answers[key]?.value { answers[key] = value } }
        var root = JSONObject()
        root["format"] = .string(AnswersFile.format)
        root["script"] = .string(session.scriptID)
        root["meeting_date"] = .string(session.meetingDate.iso)
        root["answers"] = .object(answers)
        root["plan"] = json(plan)
        return JSONWriter.write(.object(root))
    }

    /// The plan as JSON: summary, segments, rows, notes and calendar entries.
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
        root["segments"] = .array(plan.segments.map { s in
            .object(JSONObject([
                ("name", text(s.name)), ("role", text(s.role.rawValue)), ("why", text(s.why)),
                ("directed_share", .number(Decimal(s.directedShare))), ("planned_share", number(s.plannedShare)),
                ("planned_hours", number(s.plannedHours)), ("directed_hours", number(s.directedHours)),
                ("planned_spend", number(s.plannedSpend)), ("directed_spend", number(s.directedSpend)), ("message", text(s.message)),
            ]))
        })
        root["rows"] = .array(plan.rows.map { r in
            .object(JSONObject([
                ("date", text(r.date.iso)), ("month", .number(Decimal(r.month))), ("week", .number(Decimal(r.week))),
                ("segment", text(r.segment)), ("role", r.role.map { text($0.rawValue) } ?? .null),
                ("stage", r.stage.map { text($0.rawValue) } ?? text("fundamentals")), ("activity", text(r.activity)),
                ("channel", text(r.channel)), ("pull_push", text(r.pullPush.rawValue)), ("hours", number(r.hours)),
                ("cost", number(r.cost)), ("why", text(r.why)), ("kind", text(r.kind.rawValue)),
            ]))
        })
        root["pending_fundamentals"] = .array(plan.pendingFundamentals.map { p in
            .object(JSONObject([("item", text(p.item)), ("budget", number(p.budget)), ("month", .number(Decimal(p.month)))]))
        })
        root["horizon"] = list(plan.horizon)
        root["market_responses"] = list(plan.marketResponses)
        root["risks"] = list(plan.risks)
        root["cuts"] = list(plan.cuts)
        root["conflicts"] = list(plan.conflicts)
        root["assumptions"] = list(plan.assumptions)
        root["actions"] = list(plan.actions)
        root["changes"] = .array(plan.changes.map { c in
            .object(JSONObject([("what", text(c.what)), ("before", text(c.before)), ("now", text(c.now))]))
        })
        root["calendar"] = .array(plan.calendar.map { e in
            var entry = JSONObject([("key", text(e.key)), ("category", text(e.category.rawValue)), ("title", text(e.title)),
                                    ("date", text(e.date.iso))])
            if let start = e.startMinute {
                entry["time"] = text(String(format: "%02d:%02d", start / 60, start % 60))
                entry["minutes"] = .number(Decimal(e.minutes))
            }
            entry["details"] = text(e.details)
            return .object(entry)
        })
        return .object(root)
    }
}
