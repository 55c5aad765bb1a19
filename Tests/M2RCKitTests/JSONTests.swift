import Testing
@testable import M2RCKit

@Suite("JSON reading and writing")
struct JSONTests {
    @Test("objects keep their key order both ways")
    func keyOrder() throws {
        let value = try JSONParser.parse(#"{"b": 1, "a": [true, null, -2.5e3, "x\"y\u00e9\ud83d\ude00"], "c": {}}"#)
        #expect(value.serialized() == #"{"b":1,"a":[true,null,-2500.0,"x\"yé😀"],"c":{}}"#)
        #expect(value["a"]?.arrayValue?.count == 4)
        #expect(value["b"]?.intValue == 1)
    }

    @Test("what other tools refuse is refused, with the column", arguments: [
        (#"{"a": 1,}"#, 9), (#"[1, 2,]"#, 7), ("{'a': 1}", 2), (#"{"a": 01}"#, 8), (#"{"a": .5}"#, 7),
        (#"{"a": NaN}"#, 7), ("{\"a\": \"tab\there\"}", 11), (#"{"a": 1} x"#, 10), (#""abc"#, 5), ("", 1),
        (#"{"a" 1}"#, 6), ("[1 2]", 4), (#""\x""#, 3), ("tru", 4),
    ])
    func strict(text: String, column: Int) {
        do {
            _ = try JSONParser.parse(text)
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.column == column, "\(text): \(error)")
        }
    }

    @Test("hostile nesting is refused, not a stack overflow")
    func deepNesting() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(text) }
    }

    @Test("strings escape what JSON needs and nothing else")
    func writingStrings() {
        #expect(JSONValue.string("a/b \"q\" \\ \n\t\u{01} é 中").serialized() == #""a/b \"q\" \\ \n\t\u0001 é 中""#)
        #expect(JSONValue.double(0.1).serialized() == "0.1")
        #expect(JSONValue.double(3).serialized() == "3.0")
        #expect(JSONValue.double(.nan).serialized() == "null")
        #expect(JSONValue.object([("k", .array([]))]).pretty() == "{\n  \"k\": []\n}")
    }
}
