import Foundation
import Testing
@testable import M2RCKit

@Suite("Manifest, config and licence detection")
struct ManifestAndConfigTests {
    @Test("a manifest is read, sorted by repository, with relative paths resolved against its folder")
    func readsManifest() throws {
        let fixtures = try IntakeFixtures()
        defer { fixtures.remove() }
        let path = try fixtures.manifest([
            #"{"repo": "zed/tool", "url": "https://example.com/zed/tool.git", "stars": 12}"#,
            "",
            #"{"repo": "acme/lib", "url": "repos/lib", "stars": 7, "license": "MIT", "commit": "main"}"#,
        ])
        let manifest = try Manifest.load(path: path)
        #expect(manifest.entries.map(\.repo) == ["acme/lib", "zed/tool"])
        #expect(manifest.entries[0].url == fixtures.root.appendingPathComponent("repos/lib").path)
        #expect(manifest.entries[0].line == 3)
        #expect(manifest.entries[0].license == "MIT")
        #expect(manifest.entries[0].commit == "main")
        #expect(manifest.entries[1].url == "https://example.com/zed/tool.git")
    }

    @Test("bad manifest lines name the file and the line", arguments: [
        (#"{"repo": "a/b", "url": "x", "stars": 3"#, "not valid JSON"),
        (#"["a/b"]"#, "expected a JSON object"),
        (#"{"repo": "a/b", "url": "x", "stars": 3, "branch": "main"}"#, "unknown key(s) branch"),
        (#"{"repo": "ab", "url": "x", "stars": 3}"#, "owner/name"),
        (#"{"repo": "a/b", "url": "x", "stars": "3"}"#, "whole number"),
        (#"{"repo": "a/b", "url": "x", "stars": -1}"#, "whole number"),
        (#"{"repo": "a/b", "stars": 3}"#, "missing \"url\""),
        (#"{"repo": "a/b", "url": "x", "stars": 3, "license": 5}"#, "non-empty string"),
    ])
    func badLines(line: String, message: String) throws {
        let fixtures = try IntakeFixtures()
        defer { fixtures.remove() }
        let path = try fixtures.manifest([#"{"repo": "ok/one", "url": "x", "stars": 9}"#, line])
        do {
            _ = try Manifest.load(path: path)
            Issue.record("expected an error for \(line)")
        } catch {
            #expect(error.file == path)
            #expect(error.line == 2)
            #expect(error.message.contains(message), "\(error.message)")
            #expect(error.description.hasPrefix("\(path):2: "))
        }
    }

    @Test("a repository listed twice is an error naming both lines")
    func duplicates() throws {
        let fixtures = try IntakeFixtures()
        defer { fixtures.remove() }
        let path = try fixtures.manifest([
            #"{"repo": "a/b", "url": "x", "stars": 9}"#, #"{"repo": "c/d", "url": "y", "stars": 9}"#,
            #"{"repo": "a/b", "url": "z", "stars": 9}"#,
        ])
        #expect(throws: InputError(file: path, line: 3, "repository a/b is already listed on line 1")) {
            try Manifest.load(path: path)
        }
    }

    @Test("config: defaults are M2RC's, files override key by key, unknown keys and newer versions are refused")
    func config() throws {
        let defaults = BuildConfig()
        #expect(defaults.repositories.minStars == 6)
        #expect(defaults.repositories.minFiles == 10 && defaults.repositories.maxFiles == 50)
        #expect(defaults.files.maxBytes == 1_048_576)
        let fixtures = try IntakeFixtures()
        defer { fixtures.remove() }
        func write(_ text: String) throws -> String {
            let path = fixtures.root.appendingPathComponent("config-\(UUID().uuidString.prefix(6)).json").path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        let partial = try BuildConfig.load(path: try write(#"{"repositories": {"min_files": 3, "count": "all"}}"#))
        #expect(partial.repositories.minFiles == 3)
        #expect(partial.repositories.count == .all)
        #expect(partial.repositories.maxFiles == 50)
        #expect(partial.files == FileRules())

        let typo = try write(#"{"repositories": {"min_star": 3}}"#)
        #expect(throws: InputError.self) { try BuildConfig.load(path: typo) }
        do { _ = try BuildConfig.load(path: typo) } catch {
            #expect(error.message.contains("`repositories.min_star`"), "\(error.message)")
            #expect(error.message.contains("unknown key"))
        }
        let wrongType = try write(#"{"files": {"max_bytes": "big"}}"#)
        do { _ = try BuildConfig.load(path: wrongType) } catch {
            #expect(error.message.contains("`files.max_bytes`"), "\(error.message)")
        }
        let newer = try write(#"{"version": 99}"#)
        do { _ = try BuildConfig.load(path: newer) } catch {
            #expect(error.message.contains("newer"), "\(error.message)")
        }
        // The dumped config reads back as the same config.
        let dumped = try write(defaults.json())
        #expect(try BuildConfig.load(path: dumped) == defaults)
        #expect(defaults.json().contains("\"min_stars\" : 6"))
    }

    @Test("licence texts are recognised", arguments: [
        ("Permission is hereby granted, free of charge, to any person obtaining a copy ... The above copyright notice and this permission notice shall be included in all copies", "MIT"),
        ("Apache License\n Version 2.0, January 2004\n http://www.apache.org/licenses/", "Apache-2.0"),
        ("Redistribution and use in source and binary forms, with or without modification ... 3. Neither the name of the copyright holder", "BSD-3-Clause"),
        ("Redistribution and use in source and binary forms, with or without modification, are permitted", "BSD-2-Clause"),
        ("Permission to use, copy, modify, and/or distribute this software for any purpose with or without fee is hereby granted, provided that the above copyright notice and this permission notice appear in all copies.", "ISC"),
        ("This is free and unencumbered software released into the public domain.", "Unlicense"),
        ("GNU GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007", "GPL-3.0"),
        ("Boost Software License - Version 1.0 - August 17th, 2003", "BSL-1.0"),
    ])
    func licences(text: String, id: String) {
        #expect(LicenseDetection.detect(text) == id)
    }

    @Test("unknown licence text gives nil, and only root licence files are read")
    func licenceFiles() {
        #expect(LicenseDetection.detect("All rights reserved.") == nil)
        #expect(LicenseDetection.isLicenseFile("LICENSE"))
        #expect(LicenseDetection.isLicenseFile("LICENSE.md"))
        #expect(LicenseDetection.isLicenseFile("Copying.txt"))
        #expect(!LicenseDetection.isLicenseFile("docs/LICENSE"))
        #expect(!LicenseDetection.isLicenseFile("license_check.py"))
    }
}
