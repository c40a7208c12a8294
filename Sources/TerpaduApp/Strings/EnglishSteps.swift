import TerpaduCore

/// The steps in English.
enum EnglishSteps {
    static let words = StepWords(
        title: { k in
            switch k {
            case .scheduleFair: "Schedule a job fair or visit"
            case .createCohort: "Create a training cohort"
            case .createJobOrder: "Create a job order"
            case .createProgram: "Create a reintegration program"
            case .fairOutcome: "Record the fair outcome"
            case .enrollInCohort: "Enrol in a cohort"
            case .selectForOrder: "Select for a job order"
            case .enrollInProgram: "Enrol in a reintegration program"
            case .document: "Record a document"
            case .departure: "Record the departure"
            case .applyLoan: "Apply for a KUR loan"
            case .decideLoan: "Decide the loan"
            case .disburseLoan: "Record the disbursement"
            case .closeLoan: "Close the loan"
            case .openCase: "Open a protection case"
            case .checkIn: "Record a check-in"
            case .closeCase: "Close the case"
            case .returnHome: "Record the return"
            case .programOutcome: "Record the program outcome"
            case .headcount: "Record the people reached"
            case .scheduleLiteracySession: "Schedule a financial literacy session"
            case .literacy: "Record financial literacy"
            case .healthCoverage: "Record health insurance"
            case .languageTest: "Record a language test"
            }
        },
        hint: { k in
            switch k {
            case .scheduleFair, .createCohort, .createJobOrder, .createProgram: "New"
            case .fairOutcome, .programOutcome: "Outcome"
            case .enrollInCohort: "Cohort"
            case .selectForOrder: "Order"
            case .enrollInProgram: "Program"
            case .document: "Doc"
            case .departure: "Depart"
            case .applyLoan: "Loan"
            case .decideLoan: "Decide"
            case .disburseLoan: "Disburse"
            case .closeLoan, .closeCase: "Close"
            case .openCase: "Case"
            case .checkIn: "Check-in"
            case .returnHome: "Return"
            case .headcount: "Reached"
            case .scheduleLiteracySession: "Literacy"
            case .literacy: "Literacy"
            case .healthCoverage: "Insurance"
            case .languageTest: "Language"
            }
        },
        pickTitle: { k, id in
            switch k {
            case .fairOutcome: "add an attendee to \(id)"
            case .enrollInCohort: "enrol in \(id)"
            case .selectForOrder: "select for \(id)"
            case .enrollInProgram: "enrol in \(id)"
            case .literacy: "add a participant to \(id)"
            default: id
            }
        },
        field: { f in
            switch f {
            case .kind: "Kind"
            case .venue: "Venue"
            case .regency: "Regency"
            case .province: "Province"
            case .date: "Date"
            case .program: "Program"
            case .provider: "Provider"
            case .start: "Starts"
            case .end: "Ends"
            case .capacity: "Capacity"
            case .employer: "Employer"
            case .employerIsLegalEntity: "Legal-entity employer"
            case .country: "Country"
            case .job: "Job"
            case .scheme: "Scheme"
            case .agency: "Agency (P3MI)"
            case .agencyLicence: "Agency licence"
            case .quota: "Quota"
            case .certificateRequired: "Certificate required"
            case .workerCost: "Cost to worker (Rp)"
            case .contractMonths: "Contract (months)"
            case .name: "Name"
            case .village: "Village"
            case .outcome: "Outcome"
            case .cohort: "Cohort"
            case .jobOrder: "Job order"
            case .number: "Number"
            case .issued: "Issued"
            case .expiry: "Valid until"
            case .fit: "Finding (fitness)"
            case .bank: "Bank"
            case .amount: "Amount (Rp)"
            case .rate: "Rate (% a year)"
            case .tenorMonths: "Tenor (months)"
            case .approved: "Decision"
            case .repaid: "Repaid"
            case .type: "Type"
            case .mission: "Mission"
            case .opened: "Opened"
            case .summary: "Summary"
            case .wellbeing: "Wellbeing"
            case .note: "Note"
            case .resolution: "Resolution"
            case .closed: "Closed"
            case .reason: "Reason"
            case .businessStarted: "Business started"
            case .businessKind: "Kind of business"
            case .monthlyRevenue: "Revenue a month (Rp)"
            case .jobsCreated: "Jobs created"
            case .retake: "Retake (after a result)"
            case .topic: "Topic"
            case .headcount: "People reached"
            case .online: "Online"
            case .session: "Literacy session"
            case .insurer: "Scheme or insurer"
            case .policyNumber: "Policy number"
            case .validFrom: "Valid from"
            case .validTo: "Valid to"
            case .level: "Test and level"
            case .score: "Score"
            case .passed: "Passed"
            case .languageLevel: "Language level"
            }
        },
        returnReason: { r in
            switch r {
            case .contractEnded: "contract ended"
            case .leave: "leave (cuti)"
            case .earlyTermination: "contract ended early"
            case .accidentOrIllness: "accident or illness"
            case .abuse: "abuse or exploitation"
            case .warDisasterEpidemic: "war, disaster or epidemic"
            case .deportation: "deportation"
            case .death: "death"
            case .other: "other"
            }
        },
        fit: "fit", unfit: "unfit", approve: "approve", reject: "reject", repaid: "repaid in full",
        notRepaid: "not repaid (default)",
        saved: { "saved: \($0) · \($1)" },
        savedSome: { "\($0) saved, \($1) refused (listed)" },
        reportTitle: { "\($0): \($1) refused · Esc closes" },
        pickBanner: { "Pick the worker to \($0): / searches, Enter picks, n registers someone new, Esc goes back" },
        notAnID: { "\($0): \($1) is not an ID of this kind" },
        marked: { "\($0) marked" },
        workers: { "\($0) workers" },
        keyMark: "Mark or unmark the attendee (for enrolling or selecting several at once)", hintMark: "Mark",
        keyNewAttendee: "Register someone new at the fair (then added)",
        keyAddWorker: "Add a worker: pick from the Workers list", hintAdd: "Add",
        keyNewRecord: "Create a new record here", hintNew: "New",
        keyDocuments: "Documents: the checklist, each missing one a key away", hintDocuments: "Docs",
        keyRecordSelected: "Record the document under the cursor", hintRecordSelected: "Record",
        keyRecordNumbered: "Record the document with that number", hintRecordNumbered: "By number",
        documentsMissing: { "\($0) missing or not valid on departure: Enter records the one marked" },
        documentsNoneMissing: "every document the departure needs is recorded and valid",
        documentNotNeeded: "the job order does not ask for it")

    static let review = ReviewWords(
        title: "Possible duplicates", keyOpen: "Possible duplicates: judge each pair side by side", hintOpen: "Duplicates",
        keyDifferent: "Different people: both stay", hintDifferent: "Different",
        keySame: "The same person: the later record exits as a duplicate (asks first)", hintSame: "Same",
        keyOpenExisting: "Open the earlier record", keyOpenLater: "Open the later record",
        existing: "earlier", later: "later", empty: "No possible duplicates wait for review.",
        position: { "\($0) of \($1)" }, flagged: { "flagged \($0)" },
        sameTitle: "The same person?",
        sameMessage: { "\($0) will exit as a duplicate of \($1). The history of both stays. Go ahead?" },
        resolved: { "saved: \($0) resolved" })
}
