import TerminalUI
import TerpaduCore

/// The desk in English.
enum English {
    static let strings = Strings(
        language: .en,
        format: Formatting(thousandsSeparator: ",", decimalSeparator: ".",
                           months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]),
        toolkit: .english,
        shell: ShellWords(
            product: "Terpadu", operatorRole: "operator", supervisorRole: "supervisor",
            tabs: ["Dashboard", "Workers", "Job fairs", "Training", "Placements", "Reintegration"],
            exited: "Exited",
            helpTitle: "Help · Esc closes", helpEverywhere: "Everywhere", helpThisScreen: "This screen",
            helpForm: "In a form", helpCommands: "Commands (:)",
            keyHelp: "Show this help", keyQuit: "Quit", keyNextTab: "Next tab", keyPreviousTab: "Previous tab",
            keyGoTab: "Go to tab 1–6", keyCommand: "Command line (:worker ID, :nik …, :new worker, :q)",
            keyFilter: "Search (ID, NIK prefix or name)", keyUp: "Previous row", keyDown: "Next row",
            keyPageUp: "Page up", keyPageDown: "Page down", keyFirst: "First row", keyLast: "Last row",
            keyOpen: "Open", keyBack: "Back", keySort: "Sort by the next column (again: reverse)",
            keyQuickFilter: "Quick filter",
            hintHelp: "Help", hintQuit: "Quit", hintCommand: "Cmd", hintFilter: "Search", hintOpen: "Open",
            hintBack: "Back", hintSort: "Sort",
            loading: "loading…", filtering: "searching…", matches: { "\($0) found" }, noRecords: "No records",
            readOnlyCannot: { "read-only: supervisors cannot \($0)" },
            unknownCommand: { "unknown command: \($0) (? lists the commands)" },
            commandNeeds: { "\($0) needs an argument" },
            notFound: { "not found: \($0)" },
            themeSet: { "theme \($0)" }, languageSet: "language: English",
            feedBusy: "the journal is busy (another process is writing); still following",
            feedRestoring: "the data directory is being restored; still trying",
            feedUnusable: { "the data directory cannot be read: \($0); still trying" },
            lastChange: { "last change \($0) by \($1)" },
            notSaved: { "not saved: \($0)" },
            notYet: { "\($0) is not on the desk yet; use the command line tool (terpadu help)" },
            snapshotWritten: { "snapshot written: \($0)" },
            snapshotNotHolder: "another process writes the snapshots; nothing to do",
            exported: { "exported \($0) workers (NIK masked) to \($1)" }, exporting: { "exporting: \($0)" },
            importing: { "importing: \($0) rows" }, imported: { "imported: \($0) rows saved, \($1) rejected" },
            reportLine: { "line \($0)" }, storedAs: { "stored as \"\($0)\" (the file has \"\($1)\")" },
            storedAsNothing: { "stored as nothing (the file has \"\($0)\")" },
            importSummary: { kind, accepted, rows, rejected in "\(kind): \(accepted) of \(rows) rows imported, \(rejected) rejected" },
            verbImport: "import",
            commandsHelp: [(":worker ID", "open a worker"), (":nik DIGITS", "find by NIK prefix"),
                           (":fair ID  :cohort ID  :order ID", "open a record"),
                           (":case ID  :loan ID  :program ID", "open a record"), (":new worker", "register a worker"),
                           (":import [attendance|enrollments] FILE.csv", "import a spreadsheet (workers by default)"),
                           (":export [FILE]", "export the workers (NIK masked)"),
                           (":stage  :status  :province  :destination CODE", "quick filters (all clears)"), (":snapshot", "write a snapshot now"),
                           (":theme NAME", "change the theme"), (":lang id|en", "change the language"), (":q", "quit")],
            verbRegister: "register", verbEdit: "edit", verbExport: "export", verbSnapshot: "write snapshots",
            quitConfirm: "Quit Terpadu?", yes: "Yes", no: "No", ok: "OK"),
        workers: WorkerWords(
            columns: ["ID", "Name", "NIK", "Sex", "Born", "Province", "Status", "Registered"],
            everyone: "everyone", searchHint: "ID, NIK prefix or name",
            identity: "Identity", documents: "Documents", loan: "Loan", placement: "Placement", cases: "Cases",
            departureChecklist: "Departure checklist", timeline: "Timeline",
            noDocuments: "none recorded", noLoan: "none", noPlacement: "not selected for a job order",
            openCases: { $0 == 0 ? "no open case" : $0 == 1 ? "1 open case" : "\($0) open cases" },
            expires: { "expires \($0)" }, readyToDepart: "every guard passes: departure can be recorded",
            departureNotChecked: "not checked (the worker has left the cycle)",
            departedOn: { "departed on \($0): every guard passed that day" },
            lost: { "events lost from the journal (see event \($1)): \($0)" },
            keyReveal: "Reveal the NIK (recorded in the journal)", keyEdit: "Edit the worker",
            keyNew: "Register a worker", keyStageFilter: "Filter by stage (cycles)", keyClearFilter: "Clear the search and filters",
            keyStatusFilter: "Filter by status (:status CODE, Tab completes)",
            keyProvinceFilter: "Filter by province of origin (:province CODE)",
            keyDestinationFilter: "Filter by destination (:destination ISO)",
            keyToggleSide: "Departure checklist or timeline (when both do not fit)", hintToggleSide: "Checklist/timeline",
            hintReveal: "Reveal", hintEdit: "Edit", hintNew: "New",
            revealed: "NIK revealed; the reveal is recorded in the journal",
            revealNotAllowed: "read-only: supervisors cannot reveal a NIK",
            registered: { "saved: registered \($0)" }, updated: { "saved: \($0) updated" },
            nothingChanged: "nothing changed", filterStage: { "stage: \($0)" },
            registeredOn: "Registered", version: "version", fromNIK: "from the NIK"),
        form: FormWords(
            registerTitle: "Register a worker", editTitle: { "Edit \($0)" },
            nik: "NIK", name: "Name", sex: "Sex", birthDate: "Birth date", province: "Province",
            regency: "Regency", village: "Village", phone: "Phone", education: "Education",
            keySave: "Save", keyNextField: "Next field", keyPreviousField: "Previous field", keyCancel: "Leave the form",
            hintSave: "Save", hintCancel: "Leave",
            discardTitle: "Leave the form?", discardMessage: "Your changes are not saved. Leave and lose them?",
            provinceDiffers: { "NIK: \($0) · allowed" },
            nikSays: { "NIK says \($0)" },
            possibleSamePerson: { id, name in "\(id) \(name) has this name and birth date: F2 saves anyway, :worker \(id) opens it" },
            conflict: { id, who, when, what in "\(id) was changed by \(who) at \(when) (\(what)); your changes are kept, F2 saves them" },
            bothChanged: "changed by both", fixFields: "correct the marked fields", saving: "saving…"),
        welcome: WelcomeWords(
            title: "Welcome to Terpadu",
            message: { "The data directory \($0) is empty. Start with demo data (about 2,000 workers) or empty?" },
            demo: "Demo data", empty: "Empty",
            seeding: { "building demo data: \($0) of \($1) workers" },
            seeded: { "demo data ready: \($0) workers" },
            failed: { "the data directory could not be opened: \($0)" }),
        dashboard: DashboardWords(
            stages: "Stages", thisWeek: "This week", registered: "registered", toPrePlacement: "to pre-placement",
            departed: "departed", returned: "returned", kpis: "KPIs this week",
            fast: "fast: median days to departure", cheap: "cheap: median cost to the worker",
            zeroCost: "zero-cost placements", safe: "safe: open cases per 1,000 placed",
            prosperous: "prosperous: returnees in a program", byProvince: "By province of origin",
            byDestination: "By destination", noFigure: "–",
            protection: "Protection", educationReached: { "legal-recruitment education reached \($0) people (\($1) \($1 == "1" ? "session" : "sessions"))" },
            literacyShare: { "financial literacy: \($0) of workers abroad" },
            insuredShare: { "health insurance: \($0) of workers abroad" },
            lapsing: { "lapsing within 30 days: \($0)" }),
        records: EnglishRecords.records, fairs: EnglishRecords.fairs, training: EnglishRecords.training,
        placements: EnglishRecords.placements, reintegration: EnglishRecords.reintegration, review: EnglishSteps.review, steps: EnglishSteps.words,
        stage: { s in
            switch s {
            case .preparation: "Preparation"
            case .prePlacement: "Pre-placement"
            case .placement: "Placement"
            case .postPlacement: "Post-placement"
            }
        },
        status: { s in
            switch s {
            case .registered: "registered"
            case .inTraining: "in training"
            case .certified: "certified"
            case .selected: "selected"
            case .documentsComplete: "documents complete"
            case .readyToDepart: "ready to depart"
            case .working: "working"
            case .returned: "returned"
            case .inReintegration: "in reintegration"
            case .reintegrated: "reintegrated"
            case .withdrawn: "withdrawn"
            case .unfit: "unfit"
            case .deceased: "deceased"
            }
        },
        sex: { $0 == .female ? "female" : "male" },
        document: { d in
            switch d {
            case .passport: "passport"
            case .medicalFitness: "medical fitness"
            case .psychologicalFitness: "psychological fitness"
            case .workVisa: "work visa"
            case .placementAgreement: "placement agreement"
            case .employmentContract: "employment contract"
            case .socialSecurity: "BPJS Ketenagakerjaan"
            case .orientation: "pre-departure orientation (OPP)"
            case .competencyCertificate: "competency certificate"
            }
        },
        departureGuard: { g in
            switch g {
            case .selectedForJobOrder: "selected for a job order"
            case .age: "aged 18 or over"
            case .passport: "passport valid 6 months after departure"
            case .medicalFitness: "medical fitness"
            case .psychologicalFitness: "psychological fitness"
            case .workVisa: "work visa"
            case .placementAgreement: "placement agreement"
            case .employmentContract: "employment contract"
            case .socialSecurity: "BPJS Ketenagakerjaan active"
            case .orientation: "pre-departure orientation (OPP)"
            case .competencyCertificate: "competency certificate"
            case .legalChannel: "legal placement channel"
            case .zeroCost: "zero cost for a zero-cost job"
            case .languageLevel: "language level the job order asks for"
            }
        },
        refusal: EnglishRefusals.words,
        event: EnglishEvents.words,
        field: { f in
            switch f {
            case "nik": "NIK"
            case "name": "name"
            case "sex": "sex"
            case "birthDate": "birth date"
            case "province": "province"
            case "regency": "regency"
            case "village": "village"
            case "phone": "phone"
            case "education": "education"
            case "policyNumber": "policy number"
            case "validFrom": "valid from"
            case "validTo": "valid to"
            default: StepField(rawValue: f).map { EnglishSteps.words.field($0).lowercased() } ?? f
            }
        })
}
