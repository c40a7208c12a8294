import Foundation
import ArgumentParser
import TerpaduStore

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp("The data directory.", valueName: "DIR"))
    var data: String?

    @Option(name: .customLong("operator"),
            help: ArgumentHelp("Who is at the keyboard, recorded with every event (else $TERPADU_OPERATOR, else $USER, else the account name).",
                               valueName: "NAME"))
    var operatorName: String?

    @Option(name: .customLong("role"),
            help: ArgumentHelp("operator (records changes) or supervisor (reads only: no apply, import, export, backup, "
                               + "snapshot create or repair); else $TERPADU_ROLE, else operator.", valueName: "ROLE"))
    var role: String?

    @Option(name: .customLong("seeds"),
            help: ArgumentHelp("The seeds folder holding reference/ (else $TERPADU_SEEDS, ./seeds, or beside the executable).",
                               valueName: "DIR"))
    var seeds: String?

    /// A role that names no role stops every command before it runs, whatever path it would take.
    func validate() throws {
        if case .failure(let e) = Role.resolve(flag: role, environment: ProcessInfo.processInfo.environment) {
            throw ValidationError(e.description)
        }
    }
}
