import TerpaduCore

/// The record panes in English.
enum EnglishRecords {
    static let records = RecordWords(
        keyFilter: "Filter the list (names, places; every word must appear)", hintFilter: "Filter",
        keyOpenRecord: "Open the record", keySort: "Sort by the next column", keyReverse: "Reverse the sort",
        keyClear: "Clear the filter and the sort", keyOpenWorker: "Open the selected worker's card", hintWorker: "Worker",
        keyCohorts: "Show the cohorts", hintCohorts: "Cohorts", keyPassRates: "Show the pass rate of each program",
        hintPassRates: "Pass rates", keyOrders: "Show the job orders", hintOrders: "Orders",
        keyCases: "Show the protection cases (open first)", hintCases: "Cases", keyLoans: "Show the open loans",
        hintLoans: "Loans", keyLiteracy: "Show the financial literacy sessions", hintLiteracy: "Literacy",
        worker: "Worker", name: "Name", status: "Status", date: "Date", place: "Place", dates: "Dates",
        capacity: "Capacity", enrolled: "Enrolled", partOf: { "\($0) of \($1)" }, noneYet: "none yet")

    static let fairs = FairWords(
        column: { c in
            switch c {
            case .id: "ID"
            case .kind: "Kind"
            case .date: "Date"
            case .venue: "Venue"
            case .place: "Regency, province"
            case .attendees: "Came"
            case .interviewed: "Interv."
            case .shortlisted: "Short."
            case .offered: "Offered"
            }
        },
        kind: { k in
            switch k {
            case .jobFair: "job fair"
            case .canvassing: "canvassing visit"
            case .education: "legal-recruitment education"
            }
        },
        outcome: { o in
            switch o {
            case .attended: "attended"
            case .interviewed: "interviewed"
            case .shortlisted: "shortlisted"
            case .offered: "offered"
            }
        },
        venue: "Venue", regency: "Regency", employers: "Employers", jobOrders: "Job orders", funnel: "Funnel",
        attendees: "Attendees", outcomeColumn: "Got as far as")

    static let training = TrainingWords(
        column: { c in
            switch c {
            case .id: "ID"
            case .program: "Program"
            case .provider: "Provider"
            case .start: "Starts"
            case .end: "Ends"
            case .capacity: "Capacity"
            case .enrolled: "Enrolled"
            case .seatsLeft: "Seats"
            case .passRate: "Pass rate"
            }
        },
        result: { r in
            switch r {
            case .passed?: "passed"
            case .failed?: "failed"
            case nil: "awaited"
            }
        },
        program: "Program", provider: "Provider", seatsLeft: "Seats left", passRate: "Pass rate",
        passedOf: { "\($0) of \($1) passed" }, noResults: "no results yet", roster: "Roster", resultColumn: "Result",
        attendance: "Attend.", score: "Score", certificate: "Certificate", passRatesTitle: "Pass rate by program",
        cohorts: "Cohorts", results: "Results", passed: "Passed", level: "Level",
        languageLevels: "Language levels: tests recorded, and passes in cohorts that teach the level", tests: "Tests",
        testsPassed: "Passed", cohortPasses: "Cohort passes")

    static let placements = PlacementWords(
        orderColumn: { c in
            switch c {
            case .id: "ID"
            case .employer: "Employer"
            case .country: "Country"
            case .job: "Job"
            case .scheme: "Scheme"
            case .filled: "Filled"
            case .legal: "Legal"
            case .created: "Created"
            }
        },
        caseColumn: { c in
            switch c {
            case .id: "ID"
            case .worker: "Worker"
            case .name: "Name"
            case .type: "Type"
            case .mission: "Mission"
            case .opened: "Opened"
            case .state: "State"
            case .checkIns: "Check-ins"
            }
        },
        literacyColumn: { c in
            switch c {
            case .id: "ID"
            case .date: "Date"
            case .mission: "Run by"
            case .topic: "Topic"
            case .participants: "Workers"
            }
        },
        loanColumn: { c in
            switch c {
            case .id: "ID"
            case .worker: "Worker"
            case .name: "Name"
            case .bank: "Bank"
            case .amount: "Amount"
            case .status: "Status"
            case .applied: "Applied"
            }
        },
        scheme: { s in
            switch s {
            case .gToG: "G to G"
            case .pToP: "P to P"
            case .ukps: "UKPS"
            case .individual: "individual"
            }
        },
        placementStatus: { s in
            switch s {
            case .selected: "selected"
            case .departed: "departed"
            case .completed: "completed"
            case .cancelled: "cancelled"
            }
        },
        caseType: { t in
            switch t {
            case .unpaidWages: "unpaid wages"
            case .overwork: "overwork"
            case .abuse: "abuse"
            case .sexualHarassment: "sexual harassment"
            case .documentRetention: "documents held by employer"
            case .contractViolation: "contract violation"
            case .illnessOrAccident: "illness or accident"
            case .detention: "detention"
            case .trafficking: "trafficking"
            case .missingContact: "lost contact"
            case .deathAbroad: "death abroad"
            case .other: "other"
            }
        },
        resolution: { r in
            switch r {
            case .resolved: "resolved"
            case .mediated: "mediated"
            case .legalAction: "legal action"
            case .repatriated: "repatriated"
            case .referred: "referred"
            case .unresolved: "unresolved"
            }
        },
        loanStatus: { s in
            switch s {
            case .applied: "applied"
            case .approved: "approved"
            case .rejected: "rejected"
            case .disbursed: "disbursed"
            case .repaid: "repaid"
            case .defaulted: "in default"
            }
        },
        wellbeing: { w in
            switch w {
            case .well: "well"
            case .concern: "concern"
            case .urgent: "urgent"
            }
        },
        orders: "Job orders", cases: "Protection cases", loans: "Open loans", literacySessions: "Literacy sessions", online: "online",
        legalEntity: "legal entity", country: "Country", job: "Job", agency: "Channel",
        quota: "Filled", certificateRequired: "certificate required", workerCost: "Cost to worker", contract: "Contract",
        months: { $0 == 1 ? "1 month" : "\($0) months" }, created: "Created", verdict: "Legal channel",
        legal: "a legal placement channel", notLegal: "not a legal placement channel: a departure on it is refused",
        selectedWorkers: "Selected workers", placement: "Placement", selected: "Selected", departed: "Departed",
        caseTypeLabel: "Type", mission: "Mission", opened: "Opened", closed: "closed", open: "open", summary: "Summary",
        checkIns: "Check-ins while open", wellbeingColumn: "Wellbeing", note: "Note",
        bank: "Bank", amount: "Amount", rate: "Interest", perYear: { "\($0) a year" }, tenor: "Tenor",
        applied: "Applied", decided: "Decided", disbursed: "Disbursed")

    static let reintegration = ReintegrationWords(
        column: { c in
            switch c {
            case .id: "ID"
            case .kind: "Kind"
            case .name: "Name"
            case .place: "Village, regency"
            case .start: "Starts"
            case .end: "Ends"
            case .capacity: "Seats"
            case .enrolled: "Enrolled"
            case .outcomes: "Outcomes"
            case .businesses: "Business"
            }
        },
        kind: { $0 == .umkmIncubation ? "UMKM incubation" : "kampung migran" },
        kindLabel: "Kind", outcomes: "Outcomes", businessesStarted: "Businesses started", members: "Members",
        outcome: "Outcome", businessKind: "Business", revenue: "Revenue/month", jobsCreated: "Jobs",
        businessStarted: "business started", noBusiness: "no business", awaited: "awaited")
}
