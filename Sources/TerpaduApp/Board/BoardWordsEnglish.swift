import TerpaduCore
import TerpaduStore

extension BoardWords {
    static let english = BoardWords(
        title: "Terpadu supervisor board", everyone: "all provinces and destinations",
        province: { "from \($0)" }, destination: { "to \($0)" },
        today: "Today", thisWeek: "This week",
        flow: { k in
            switch k {
            case .registered: "registered"
            case .toPrePlacement: "to pre-placement"
            case .departed: "departed"
            case .returned: "returned"
            case .exitedFromPreparation, .exitedFromPrePlacement, .exitedFromPlacement, .exitedFromPostPlacement: "exited"
            case .programEnrolled: "into reintegration"
            case .businessStarted: "businesses started"
            case .caseOpened: "cases opened"
            case .caseClosed: "cases closed"
            }
        },
        exits: "Exits", noExits: "none",
        exitReason: { r in
            switch r {
            case .personalChoice: "personal choice"
            case .duplicate: "duplicate"
            case .familyObjection: "family objection"
            case .failedSelection: "failed selection"
            case .noJobOrder: "no job order"
            case .medicallyUnfit: "medically unfit"
            case .psychologicallyUnfit: "psychologically unfit"
            case .deceased: "deceased"
            case .other: "other"
            }
        },
        breakdown: { b in
            switch b {
            case .provinces: "Provinces"
            case .destinations: "Destinations"
            case .jobs: "Jobs"
            case .schemes: "Schemes"
            case .passRates: "Pass rates"
            case .reviews: "Duplicate reviews"
            case .departures: "Departures by week"
            }
        },
        kpi: { t in
            switch t {
            case .cepat: "Fast: days to depart"
            case .murah: "Cheap: cost to worker"
            case .aman: "Safe: open cases"
            case .sejahtera: "Prosper: returnees"
            case .education: "Education reached"
            case .literacy: "Literacy abroad"
            case .insurance: "Insured abroad"
            }
        },
        days: { "\($0) days" }, perThousand: { "\($0) per 1,000" }, zeroCost: { "\($0) free" },
        resolved: { "\($0) resolved" }, started: { "\($0) businesses" }, lapsing: { "⚠ \($0) lapse in 30 days" }, weeksTrend: "12 weeks",
        lastChange: { "last change \($0) by \($1)" }, noChangeYet: "no change yet",
        feed: { c in
            switch c {
            case .usable: "live"
            case .busy(let s): "journal locked for \(Int(s)) s: waiting"
            case .beingRestored: "being restored: waiting"
            case .unusable(let why): "cannot read: \(why)"
            }
        },
        opening: "reading the board's figures…",
        needsOperator: "this directory is from an older Terpadu: an operator must open it once (trying again)",
        missing: { "no Terpadu data at \($0) yet (trying again)" },
        pickProvince: "Province of origin", pickDestination: "Destination",
        keyBreakdown: "Next breakdown (or its number)", keyProvince: "Narrow the board to one province of origin",
        keyDestination: "Narrow the board to one destination", keyClear: "Back to everyone", keyHelp: "This help",
        keyQuit: "Quit", hintBreakdown: "Breakdown", hintProvince: "Province", hintDestination: "Destination",
        hintClear: "All", hintHelp: "Help", hintQuit: "Quit", helpTitle: "Board keys (read-only: nothing here writes)",
        readOnly: "read-only", nothingToPick: "nothing to choose yet",
        needsTerminal: "watch needs a terminal: run it with ssh -t (or from a terminal)")
}
