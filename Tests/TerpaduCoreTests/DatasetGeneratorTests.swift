import Testing
@testable import TerpaduCore

@Suite("The dataset generator")
struct DatasetGeneratorTests {
    @Test("the same seed gives the same data, another seed other data")
    func sameSeedSameData() {
        let a = GeneratedSets.build(workers: 300, seed: 5)
        let b = GeneratedSets.build(workers: 300, seed: 5)
        let c = GeneratedSets.build(workers: 300, seed: 6)
        #expect(a.events == b.events)
        #expect(a.events != c.events)
    }

    @Test("every generated command is accepted and history spreads over more than twelve weeks")
    func nothingRefusedAndHistoryIsLong() throws {
        let set = GeneratedSets.build(workers: 600)
        #expect(set.report.refused == 0, "refusals: \(set.report.refusals)")
        #expect(set.state.workerCount == 600)
        let days = set.events.map { OfficeCalendar.jakarta.day(atMillis: $0.timeMillis).number }
        let first = try #require(days.dropFirst().min()), last = try #require(days.max())
        #expect(last - first > 12 * 7)
    }

    @Test("about six events per worker, every stage present, duplicates queued for review")
    func realisticShape() {
        let set = GeneratedSets.build(workers: 800)
        let perWorker = Double(set.events.count) / 800
        #expect(perWorker > 3 && perWorker < 10)
        let stages = set.state.stageCounts()
        for stage in Stage.allCases { #expect(stages[stage] > 0, "no one in \(stage)") }
        #expect(stages.exited > 0)
        #expect(stages.total == 800)
        #expect(set.state.reviewCount > 0)
        #expect(set.state.counters == set.state.recount())
    }

    @Test("the demo set fills every status a screen shows")
    func demoSetHasEveryStatus() {
        let set = GeneratedSets.build(workers: 2_000)
        let statuses = set.state.statusCounts()
        let missing = Status.allCases.filter { (statuses[$0] ?? 0) == 0 }
        #expect(missing.isEmpty, "statuses with nobody: \(missing)")
        #expect(set.state.fairCount > 0 && set.state.cohortCount > 0 && set.state.jobOrderCount > 0)
        #expect(set.state.caseCount > 0 && set.state.programCount > 0 && set.state.loanCount > 0)
    }

    @Test("the demo set holds education sessions, literacy, health coverage and language-level orders")
    func demoSetHasTheCycleRecords() {
        let set = GeneratedSets.build(workers: 2_000)
        #expect(set.report.refused == 0, "refusals: \(set.report.refusals)")
        let figures = set.state.cycleFigures(today: OfficeCalendar.jakarta.day(atMillis: set.state.lastEventMillis))
        #expect(figures.education.sessions > 0 && figures.education.registeredWorkers > 0
                && figures.education.peopleReached > figures.education.registeredAttendances)
        #expect(figures.literacySessions > 0 && figures.literacyReached.count > 0)
        #expect(figures.healthCovered.count > 0 && figures.healthCovered.count < figures.healthCovered.inPlacement)
        #expect(set.events.contains { if case .languageTestRecorded = $0.body { true } else { false } })
        #expect(set.events.contains { if case .jobOrderCreated(let j) = $0.body { j.draft.languageLevel != nil } else { false } })
    }

    @Test("generated NIKs agree with each person's sex and birth date and never repeat")
    func generatedNIKsAreValid() {
        var seen = Set<String>()
        for i in [0, 1, 39, 40, 1599, 1600, 123_456, 999_999] {
            let birth = Fixture.day(1990 + i % 10, 1 + i % 12, 1 + i % 28)
            let sex: Sex = i % 2 == 0 ? .female : .male
            let text = DatasetGenerator.nik(index: i, province: "33", birth: birth, sex: sex)
            guard case .success(let nik) = NIK.parse(text) else {
                Issue.record("\(text) does not parse")
                continue
            }
            #expect(nik.problems(sex: sex, birthDate: birth) { _ in true }.isEmpty)
            #expect(seen.insert(text).inserted)
        }
    }
}
