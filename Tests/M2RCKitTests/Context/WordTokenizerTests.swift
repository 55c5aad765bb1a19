import Testing
@testable import M2RCKit

@Suite("Retrieval word tokens")
struct WordTokenizerTests {
    @Test("word tokens are the \\w runs of code, case kept", arguments: [
        ("def total_price(self, items):", ["def", "total_price", "self", "items"]),
        ("    return sum(i.price * 2 for i in items)  # EUR",
         ["return", "sum", "i", "price", "2", "for", "i", "in", "items", "EUR"]),
        ("const x2 = a->b + 0x1F;", ["const", "x2", "a", "b", "0x1F"]),
        ("let café = naïve²;", ["let", "café", "naïve²"]),
        ("e\u{301}t\u{e9}", ["e", "t\u{e9}"]),
        ("", []),
        ("(){};", []),
    ])
    func runs(text: String, expected: [String]) {
        #expect(WordTokenizer.tokens(of: text) == expected)
    }

    @Test("NLTK's contraction rules that change \\w runs", arguments: [
        ("// we don't retry", ["we", "do", "n", "t", "retry"]),
        ("# it can't be, isn't it?", ["it", "ca", "n", "t", "be", "is", "n", "t", "it"]),
        ("don'tx", ["don", "tx"]),
        ("# we cannot stop", ["we", "can", "not", "stop"]),
        ("CANNOT", ["CAN", "NOT"]),
        ("cannot_retry", ["cannot_retry"]),
        ("gonna gotta gimme lemme", ["gon", "na", "got", "ta", "gim", "me", "lem", "me"]),
        ("wanna go", ["wan", "na", "go"]),
        ("wanna_go", ["wanna_go"]),
        ("as 'tis said", ["as", "t", "is", "said"]),
        ("x'tis", ["x", "tis"]),
        ("it's", ["it", "s"]),
    ])
    func contractions(text: String, expected: [String]) {
        #expect(WordTokenizer.tokens(of: text) == expected)
    }

    @Test("blank lines are Python's: str.strip() leaves nothing")
    func blankLines() {
        var text = Array("a\n \t\n\u{a0}\u{3000}\n\r\nb\r\n\u{1c}\n".utf8)
        let lines = text.withUnsafeMutableBufferPointer { buffer in
            TextLines.nonBlank(UnsafeBufferPointer(buffer)).map { String(decoding: buffer[$0.range], as: UTF8.self) }
        }
        #expect(lines == ["a", "b\r"])
    }

    @Test("the query's lines are the last non-blank ones, scanning back")
    func lastLines() {
        var text = Array("one\n\ntwo\n   \nthree\nfour(".utf8)
        let last = text.withUnsafeMutableBufferPointer { buffer in
            TextLines.lastNonBlank(UnsafeBufferPointer(buffer), count: 3).map {
                String(decoding: buffer[$0], as: UTF8.self)
            }
        }
        #expect(last == ["two", "three", "four("])
    }
}
