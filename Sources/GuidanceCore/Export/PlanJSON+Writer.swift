import Foundation

extension PlanJSON {
    /// Writes the plan as the member `key`, member by member: the same text `json(_:)` gives once written.
    static func write(_ plan: Plan, key: String, into w: inout JSONPrettyWriter) {
        func list(_ key: String, _ items: [String]) { w.value(key, .array(items.map(JSONValue.string)), last: false) }
        w.beginObject(key)
        w.string("session", plan.sessionID)
        w.string("mode", plan.mode.rawValue)
        w.string("start", plan.start.iso)
        w.string("end", plan.end.iso)
        w.string("currency", plan.currency)
        w.number("weekly_hours", plan.weeklyHours)
        w.number("campaign_budget", plan.campaignBudget)
        w.number("campaign_spend", plan.campaignSpend)
        w.number("fundamentals_spend", plan.fundamentalsSpend)
        w.number("planned_hours", plan.plannedHours)
        w.number("usable_hours", plan.usableHours)
        w.beginArray("segments")
        for s in plan.segments {
            w.beginObject()
            w.string("name", s.name); w.string("role", s.role.rawValue); w.string("why", s.why)
            w.number("directed_share", Decimal(s.directedShare)); w.number("planned_share", s.plannedShare)
            w.number("planned_hours", s.plannedHours); w.number("directed_hours", s.directedHours)
            w.number("planned_spend", s.plannedSpend); w.number("directed_spend", s.directedSpend); w.string("message", s.message)
            w.endObject()
        }
        w.endArray()
        w.beginArray("campaigns")
        for c in plan.campaigns {
            w.beginObject()
            w.string("name", c.name); w.string("segment", c.segment)
            w.value("role", c.role.map { .string($0.rawValue) } ?? .null, last: false)
            w.string("purpose", c.purpose.rawValue); w.string("stage", c.stage?.rawValue ?? "fundamentals")
            w.string("start", c.start.iso); w.string("go_live", c.goLive.iso); w.string("end", c.end.iso); w.string("owner", c.owner)
            w.number("hours", c.hours); w.number("cost", c.cost); w.string("why", c.why); w.string("key", c.key)
            w.beginArray("tasks")
            for r in c.tasks { task(r, currency: plan.currency, into: &w) }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.beginArray("targets")
        for t in plan.targets {
            w.beginObject()
            w.string("segment", t.segment); w.string("measure", t.measure); w.number("amount", Decimal(t.amount))
            w.beginArray("stages")
            for s in t.stages {
                w.beginObject()
                w.string("stage", s.stage.rawValue); w.number("count", Decimal(s.count)); w.number("rate", s.rate); w.string("measure", s.measure)
                w.endObject()
            }
            w.endArray()
            w.number("planned_reach", Decimal(t.plannedReach)); w.number("expected", Decimal(t.expected))
            w.endObject()
        }
        w.endArray()
        w.beginArray("months")
        for m in plan.months {
            w.beginObject()
            w.number("month", Decimal(m.month)); w.string("segment", m.segment); w.number("hours", m.hours); w.number("cost", m.cost)
            w.endObject()
        }
        w.endArray()
        w.beginArray("decisions")
        for d in plan.decisions {
            w.beginObject(); w.string("decision", d.decision); w.string("why", d.why); w.endObject()
        }
        w.endArray()
        w.beginArray("risks")
        for r in plan.risks {
            w.beginObject(); w.string("risk", r.risk); list("segments", r.segments); w.string("response", r.response); w.endObject()
        }
        w.endArray()
        w.beginArray("closed_days")
        for d in plan.closedDays {
            w.beginObject(); w.string("date", d.date.iso); w.string("name", d.name); w.endObject()
        }
        w.endArray()
        w.beginArray("pending_fundamentals")
        for p in plan.pendingFundamentals {
            w.beginObject(); w.string("item", p.item); w.number("budget", p.budget); w.number("month", Decimal(p.month)); w.endObject()
        }
        w.endArray()
        list("horizon", plan.horizon)
        list("market_responses", plan.marketResponses)
        list("cuts", plan.cuts)
        list("conflicts", plan.conflicts)
        list("assumptions", plan.assumptions)
        list("actions", plan.actions)
        w.beginArray("changes")
        for c in plan.changes {
            w.beginObject(); w.string("what", c.what); w.string("before", c.before); w.string("now", c.now); w.endObject()
        }
        w.endArray()
        w.beginArray("calendar")
        for e in plan.calendar {
            w.beginObject()
            w.string("key", e.key); w.string("category", e.category.rawValue); w.string("title", e.title); w.string("date", e.date.iso)
            if let start = e.startMinute {
                w.string("time", twoDigits(start / 60) + ":" + twoDigits(start % 60))
                w.number("minutes", Decimal(e.minutes))
            }
            w.string("details", e.details)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    /// One task, with the field names of the plan CSV: what `task(_:currency:)` gives once written.
    static func task(_ r: PlanRow, currency: String, into w: inout JSONPrettyWriter) {
        w.beginObject()
        w.string("start", r.start.iso); w.string("due", r.due.iso); w.number("month", Decimal(r.month))
        w.number("week", Decimal(r.week)); w.string("segment", r.stage == nil ? "" : r.segment)
        w.string("role", r.stage == nil ? "" : r.role?.rawValue ?? ""); w.string("campaign", r.campaign)
        w.string("stage", r.stage?.rawValue ?? "fundamentals"); w.string("activity", r.activity)
        w.string("channel", r.channel); w.string("pull_push", r.pullPush.rawValue); w.string("owner", r.owner)
        w.number("hours", r.hours); w.number("cost", r.cost); w.string("currency", currency); w.string("why", r.why)
        w.string("key", r.key); w.string("kind", r.kind.rawValue)
        w.endObject()
    }
}
