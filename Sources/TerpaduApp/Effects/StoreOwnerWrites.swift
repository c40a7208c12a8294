import Foundation
import TerpaduCore
import TerpaduStore
import TerpaduFormats

/// The owner's writes, one at a time on their own queue: each waits for the journal as long as it
/// must, and the desk keeps reading meanwhile.
extension StoreOwner {
    func execute(_ command: Command, purpose: DeskEffect.Purpose) {
        guard let store else { return }
        queue.post(.saved(purpose, outcome(of: command, store), figures(store)))
    }

    /// A step's commands, one after another (each its own transaction, so one refusal does not undo
    /// the others), answered together.
    func executeAll(_ commands: [Command], subjects: [RecordID?], purpose: DeskEffect.Purpose) {
        guard let store else { return }
        var lines: [StepLine] = []
        for (i, command) in commands.enumerated() {
            let subject = i < subjects.count ? subjects[i] : nil
            lines.append(StepLine(subject: subject, outcome: outcome(of: command, store)))
        }
        queue.post(.stepSaved(purpose, lines, figures(store)))
    }

    private func outcome(of command: Command, _ store: Store) -> SaveOutcome {
        switch store.execute(command) {
        case .success(let events): return .saved(events)
        case .failure(.refused(let refusals, let since)):
            let lines = since.map { row in
                TimelineLine(seq: row.seq, timeMillis: row.timeMs, operatorName: row.operatorName,
                             body: (try? EventCoding.event(row))?.body, lost: nil)
            }
            return .refused(refusals.reasons, since: lines)
        case .failure(.readOnly): return .readOnly
        case .failure(.failed(let e)): return .failed("\(e)")
        }
    }

    func reveal(_ id: RecordID) {
        guard let store else { return }
        switch store.execute(.revealNIK(NIKReveal(worker: id, purpose: "desk card"))) {
        case .success:
            if let nik = store.withState({ $0.revealedNIK(id) }) {
                queue.post(.revealed(id, nik: nik.description))
            }
        case .failure(.readOnly):
            queue.post(.revealRefused("read-only"))
        case .failure(let refusal):
            queue.post(.revealRefused("\(refusal)"))
        }
    }

    /// Exports the registry with the NIK masked, as `terpadu export workers` does: recorded in the
    /// journal, then written atomically; progress on the status line.
    func exportWorkers(to requested: String?) {
        guard let store else { return }
        let stamp = ISO8601UTC.fileStamp(milliseconds: ISO8601UTC.nowMilliseconds())
        let home = ProcessInfo.processInfo.environment["HOME"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser
        let path = requested ?? home.appendingPathComponent("terpadu-workers-\(stamp).csv").path
        var lastPercent = -1
        do {
            let report = try store.export(.workers, format: .csv, reveal: false, to: .file(path: path), progress: { p in
                let percent = p.totalRows > 0 ? p.rowsDone * 100 / p.totalRows : 100
                if percent / 10 != lastPercent / 10 {
                    lastPercent = percent
                    self.queue.post(.exporting(percent: percent))
                }
            })
            queue.post(.exported(rows: report.rows, path: path))
        } catch {
            queue.post(.note(StatusNote("\(error)", .error)))
        }
    }

    func importCSV(kind name: String, path: String, language: Language) {
        guard let store else { return }
        if name == "agencies" { return loadAgencies(path, store) }
        guard let kind = ImportKind(rawValue: name) else {
            queue.post(.imported(accepted: 0, rejected: 0, report: nil, stop: name))
            return
        }
        var lastPosted = 0
        do {
            let report = try store.importCSV(kind, from: .file(path: path), batchSize: 500, progress: { p in
                if p.rowsDone - lastPosted >= 500 {
                    lastPosted = p.rowsDone
                    self.queue.post(.importing(rows: p.rowsDone))
                }
            })
            var reportPath: String?
            if !report.rejected.isEmpty || report.stop != nil {
                let target = path + ".report.txt"
                let text = ImportReportText.lines(report, language.strings).joined(separator: "\n") + "\n"
                if (try? AtomicFileWriter().write([Array(text.utf8)], to: target)) != nil { reportPath = target }
            }
            queue.post(.imported(accepted: report.accepted, rejected: report.rejected.count, report: reportPath,
                                 stop: report.stop?.description))
        } catch {
            queue.post(.imported(accepted: 0, rejected: 0, report: nil, stop: "\(error)"))
        }
    }

    func snapshot() {
        guard let store else { return }
        do {
            switch try store.writeSnapshot() {
            case .written(let info, _, _), .alreadyPresent(let info): queue.post(.snapshotWritten(info.fileName))
            case .notLockHolder: queue.post(.snapshotNotHolder)
            }
        } catch {
            queue.post(.note(StatusNote("\(error)", .error)))
        }
    }

    /// `:import agencies FILE.csv`: the licensed-agency table replaced, as `terpadu reference load
    /// agencies` does (every row checked first; nothing recorded if one is bad).
    func loadAgencies(_ path: String, _ store: Store) {
        let today = OfficeCalendar.jakarta.day(atMillis: ISO8601UTC.nowMilliseconds())
        switch AgencyTableCSV.load(path: path, into: store, today: today) {
        case .loaded(let count, _, _):
            queue.post(.imported(accepted: count, rejected: 0, report: nil, stop: nil))
        case .badRows(let problems):
            let text = problems.prefix(3).map(\.description).joined(separator: "; ")
            queue.post(.imported(accepted: 0, rejected: problems.count, report: nil, stop: text))
        case .refused(let why):
            queue.post(.imported(accepted: 0, rejected: 0, report: nil, stop: "\(why)"))
        }
    }
}
