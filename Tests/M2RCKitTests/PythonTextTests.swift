import Testing
@testable import M2RCKit

@Suite("Python string semantics")
struct PythonTextTests {
    @Test("strip and split use Python's whitespace set, scalar by scalar")
    func whitespace() {
        #expect(PythonText.strip("  foo(bar)  ") == "foo(bar)")
        #expect(PythonText.strip("\u{1C}x\u{1F}") == "x")  // Swift's isWhitespace misses these
        #expect(PythonText.strip("\r\n\tx\r\n") == "x")
        #expect(PythonText.strip(" \u{3000} ") == "")
        #expect(PythonText.split("a  b\tc\r\nd\u{1D}e") == ["a", "b", "c", "d", "e"])
        #expect(PythonText.split("   ") == [])
        #expect(PythonText.split("") == [])
        #expect(PythonText.strip("\u{200B}x") == "\u{200B}x")  // a zero-width space is not whitespace
    }

    @Test("lines split on \\n only and keep empty lines and carriage returns")
    func lines() {
        #expect(PythonText.lines("a\r\n\nb\n") == ["a\r", "", "b", ""])
        #expect(PythonText.lines("") == [""])
        #expect(PythonText.lines("é\nx") == ["é", "x"])
    }
}
