/// How far workers have got at one language level: tests recorded and passed at that level, and
/// passed results in cohorts of programs that teach it. Either can meet a job order's requirement.
public struct LanguageLevelTally: Hashable, Sendable {
    public var level: LanguageLevel
    /// Language tests recorded at this level (every attempt).
    public var tests: Int
    public var testsPassed: Int
    /// Passed results in cohorts of the programs teaching this level.
    public var cohortPasses: Int
}

extension TerpaduState {
    /// Every level with a test recorded or a program teaching it, in the order levels are listed.
    public func languageLevels() -> [LanguageLevelTally] {
        var tests: [LanguageLevel: (Int, Int)] = [:]
        for t in cycle.languageTests {
            guard let level = LanguageLevel(rawValue: t.level) else { continue }
            let (n, passed) = tests[level] ?? (0, 0)
            tests[level] = (n + 1, passed + (t.passed != 0 ? 1 : 0))
        }
        var passes: [LanguageLevel: Int] = [:]
        let programs = reference.data.programs
        for (c, cohort) in cohorts.enumerated() where c < counters.cohortPassed.count {
            guard cohort.program >= 0, cohort.program < programs.count, let level = programs[cohort.program].languageLevel
            else { continue }
            passes[level, default: 0] += Int(counters.cohortPassed[c])
        }
        let taught = Set(programs.compactMap(\.languageLevel))
        return LanguageLevel.allCases.compactMap { level in
            guard tests[level] != nil || taught.contains(level) else { return nil }
            return LanguageLevelTally(level: level, tests: tests[level]?.0 ?? 0, testsPassed: tests[level]?.1 ?? 0,
                                      cohortPasses: passes[level] ?? 0)
        }
    }
}
