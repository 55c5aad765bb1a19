/// Recognises the common licences from a licence file's text, for repositories whose manifest entry names none.
///
/// Each licence is known by phrases of its standard text (compared case-insensitively, with runs of white space
/// folded), checked in an order where a more specific text comes before one it contains. Not a legal
/// determination: an unrecognised text gives nil, and the repository is rejected for having no known licence.
public enum LicenseDetection {
    /// Root files that may hold the licence, by name without extension (case-insensitive).
    static let fileStems = ["license", "licence", "copying", "unlicense", "license-mit", "license-apache"]

    /// Whether a repository-relative path is a root licence file.
    public static func isLicenseFile(_ path: String) -> Bool {
        guard !path.contains("/") else { return false }
        let lowered = path.lowercased()
        let stem = lowered.split(separator: ".").first.map(String.init) ?? lowered
        return fileStems.contains(stem)
    }

    private static let signatures: [(id: String, all: [String], none: [String])] = [
        ("Apache-2.0", ["apache license", "version 2.0"], []),
        ("BSL-1.0", ["boost software license - version 1.0"], []),
        ("Unlicense", ["this is free and unencumbered software released into the public domain"], []),
        ("CC0-1.0", ["cc0 1.0 universal"], []),
        ("MIT-0", ["permission is hereby granted, free of charge",
                   "to do so.", "the software is provided \"as is\""],
         ["the above copyright notice and this permission notice shall be included"]),
        ("MIT", ["permission is hereby granted, free of charge",
                 "the above copyright notice and this permission notice shall be included"], []),
        ("0BSD", ["permission to use, copy, modify, and/or distribute this software for any purpose with or without fee is hereby granted."],
         ["provided that the above copyright notice"]),
        ("ISC", ["permission to use, copy, modify, and", "distribute this software for any purpose with or without fee",
                 "provided that the above copyright notice and this permission notice appear in all copies"], []),
        ("BSD-3-Clause", ["redistribution and use in source and binary forms", "neither the name"], []),
        ("BSD-2-Clause", ["redistribution and use in source and binary forms"], ["neither the name"]),
        ("Zlib", ["this software is provided 'as-is'", "altered source versions must be plainly marked"], []),
        ("AGPL-3.0", ["gnu affero general public license"], []),
        ("LGPL-3.0", ["gnu lesser general public license", "version 3"], []),
        ("LGPL-2.1", ["gnu lesser general public license", "version 2.1"], []),
        ("GPL-3.0", ["gnu general public license", "version 3"], []),
        ("GPL-2.0", ["gnu general public license", "version 2"], []),
        ("MPL-2.0", ["mozilla public license", "2.0"], []),
        ("EPL-2.0", ["eclipse public license - v 2.0"], []),
    ]

    /// The SPDX id of the licence whose text this is, or nil.
    public static func detect(_ text: String) -> String? {
        let folded = text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        for signature in signatures
        where signature.all.allSatisfy({ folded.contains($0) }) && !signature.none.contains(where: { folded.contains($0) }) {
            return signature.id
        }
        return nil
    }
}
