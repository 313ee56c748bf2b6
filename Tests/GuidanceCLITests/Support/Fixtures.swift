import Foundation

/// Inputs shared by the end-to-end tests.
enum Fixtures {
    /// The answers-file example of DESIGN.md, as a guidance-answers/1 file.
    static let designAnswers = """
    {
      "format": "guidance-answers/1",
      "script": "director",
      "meeting_date": "2027-02-01",
      "answers": {
        "goals": ["Replace the income of the shrinking hospitality segment"],
        "segments": ["Dental practices", "Hospitality", "Retail", "Legal"],
        "growth_segment": "Dental practices",
        "roles": {"Dental practices": "grow", "Hospitality": "exit", "Retail": "maintain", "Legal": "maintain"},
        "segment_why": {"Dental practices": "New market the board chose to replace hospitality income"},
        "focus": {"Dental practices": 50, "Hospitality": 10, "Retail": 20, "Legal": 20},
        "plan_start": "2027-03-01",
        "capacity_hours_per_week": 30,
        "campaign_budget": 12000,
        "currency": "GBP",
        "fundamentals": [{"item": "Website update", "budget": 6000, "month": 3, "approved": true}],
        "internal_changes": [{"change": "Jo leaves", "from": "2027-03-31", "to": "2027-05-31",
                              "segments": ["Retail"], "capacity_pct": -50}],
        "market_changes": [{"change": "A competitor closed its Leeds office", "segments": ["Dental practices"],
                            "kind": "opportunity", "response": "Local awareness campaign in Leeds"}],
        "sales_needs": [{"stage": "consideration", "material": "Case study pack", "segment": "Dental practices"}],
        "actions": [{"action": "Send the plan draft", "owner": "Jodie", "due": "2027-02-05"}]
      }
    }
    """

    /// Lines that answer every director question with the DESIGN.md example (plus an exit plan).
    static let directorLines: [String] = [
        "Replace the income of the shrinking hospitality segment",
        "Dental practices, Hospitality, Retail, Legal",
        "Dental practices",
        "grow", "exit", "maintain", "maintain",
        "New market the board chose to replace hospitality income", "", "", "",
        "Keep current clients happy until their contracts end",
        "Dental practices 50, Hospitality 10, Retail 20, Legal 20",
        "2027-03-01", "30", "12000", "GBP",
        "Website update", "6000", "3", "yes", "",
        "Jo leaves", "2027-03-31", "2027-05-31", "Retail", "-50", "",
        "A competitor closed its Leeds office", "Dental practices", "opportunity", "Local awareness campaign in Leeds", "",
        "Case study pack", "consideration", "Dental practices", "",
        "Send the plan draft", "Jodie", "2027-02-05", "",
    ]
}
