/// What a dataset card must say about a build that departs from M2RC's rules, worked out from the config itself so
/// the card can never forget a relaxed rule.
public enum ReleaseNotes {
    public static func differencesFromM2RC(_ config: BuildConfig) -> [String] {
        let m2rc = BuildConfig()
        var notes: [String] = []
        let rules = config.repositories
        if rules.minFiles != m2rc.repositories.minFiles || rules.maxFiles != m2rc.repositories.maxFiles
            || rules.count != m2rc.repositories.count {
            notes.append("Repositories of \(rules.minFiles) to \(rules.maxFiles) files (counting \(rules.count.rawValue)) "
                         + "were kept; M2RC keeps 10 to 50.")
        }
        if rules.minStars != m2rc.repositories.minStars {
            notes.append("Repositories needed at least \(rules.minStars) stars; M2RC requires more than 5.")
        }
        let release = config.release
        if release.validationQuota != m2rc.release.validationQuota || release.testQuota != m2rc.release.testQuota
            || release.instructQuota != m2rc.release.instructQuota {
            notes.append("Quotas per language: \(release.validationQuota) validation, \(release.testQuota) test, "
                         + "\(release.instructQuota) instruct samples; M2RC has 100, 500 and 50,000.")
        }
        if config.splits != m2rc.splits {
            notes.append("Repositories were split \(percent(config.splits.validation)) validation, "
                         + "\(percent(config.splits.test)) test, \(percent(config.splits.instruct)) instruct "
                         + "(by a seeded hash of the name).")
        }
        if config.mining.strategy != m2rc.mining.strategy {
            notes.append("Spans were drawn with the \(config.mining.strategy.rawValue) strategy; M2RC draws uniformly.")
        }
        return notes
    }

    private static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}
