import Testing
@testable import M2RCKit

@Suite("Post-processing")
struct PostProcessingTests {
    @Test("none leaves the prediction as it is")
    func none() throws {
        let processor = PostProcessor(rule: .none, catalog: nil)
        #expect(try processor.apply("a\nb;", prompt: "", language: .java) == "a\nb;")
    }

    @Test("first-line keeps the first non-blank line, indentation included")
    func firstLine() throws {
        let processor = PostProcessor(rule: .firstLine, catalog: nil)
        #expect(try processor.apply("x = 1\ny = 2", prompt: "", language: .python) == "x = 1")
        #expect(try processor.apply("\n  \n    return x\nfoo", prompt: "", language: .python) == "    return x")
        #expect(try processor.apply("a\r\nb", prompt: "", language: .c) == "a\r")
        #expect(try processor.apply(" \n\t", prompt: "", language: .go) == "")
        #expect(try processor.apply("", prompt: "", language: .go) == "")
    }

    @Test("cceval, Java/C#/TypeScript: up to the first ; { or }, all of it when that is the first character",
          arguments: [Language.java, .csharp, .typescript])
    func bracketLanguages(language: Language) throws {
        let processor = PostProcessor(rule: .crossCodeEval, catalog: nil)
        #expect(try processor.apply("int x = 1; int y = 2;", prompt: "", language: language) == "int x = 1;")
        #expect(try processor.apply("if (ok) {\n  run();\n}", prompt: "", language: language) == "if (ok) {")
        #expect(try processor.apply("x)\n}\nfoo();", prompt: "", language: language) == "x)\n}")
        #expect(try processor.apply("foo(bar)", prompt: "", language: language) == "foo(bar)")
        // The reference's falsy-index quirk: a statement end at index 0 keeps everything.
        #expect(try processor.apply("}\nelse { y(); }", prompt: "", language: language) == "}\nelse { y(); }")
        #expect(try processor.apply(";x;", prompt: "", language: language) == ";x;")
    }

    @Test("cceval leaves the 14 languages CrossCodeEval does not have unchanged")
    func otherLanguages() throws {
        let processor = PostProcessor(rule: .crossCodeEval, catalog: nil)
        for language in Language.allCases where ![.java, .csharp, .typescript, .python].contains(language) {
            #expect(try processor.apply("a; b {\nc }", prompt: "", language: language) == "a; b {\nc }")
        }
    }

    @Test("cceval, Python: the shortest prefix before a line break that parses with the prompt without ERROR")
    func python() throws {
        let processor = PostProcessor(rule: .crossCodeEval, catalog: metricsCatalog)
        let prompt = "def area(w, h):\n    "
        #expect(try processor.apply("return w * h\n    print(w)\n", prompt: prompt, language: .python)
                == "return w * h")
        // A call spanning lines: the first line alone has an ERROR, the second closes it.
        #expect(try processor.apply("total = add(w,\n            h)\n    return total", prompt: prompt,
                                    language: .python) == "total = add(w,\n            h)")
        // Trailing whitespace before the line break is stripped.
        #expect(try processor.apply("x = 1   \ny = 2", prompt: prompt, language: .python) == "x = 1")
        // No line break after a complete statement: the whole prediction.
        #expect(try processor.apply("return w * h", prompt: prompt, language: .python) == "return w * h")
        // Never complete before the end: unchanged, not even stripped.
        #expect(try processor.apply("values = [w,\n  h,\n", prompt: prompt, language: .python)
                == "values = [w,\n  h,\n")
    }

    @Test("cceval, Python needs the grammars")
    func pythonWithoutGrammars() {
        let processor = PostProcessor(rule: .crossCodeEval, catalog: nil)
        #expect(throws: PostProcessingError.self) { try processor.apply("x\ny", prompt: "", language: .python) }
    }
}
