import Foundation
import Git
import Testing

@Suite("ObjectID")
struct ObjectIDTests {
    @Test func hexRoundTripsInLowercase() throws {
        let hex = "0123456789ABCDEFfedcba9876543210aabbccdd"
        let id = try #require(ObjectID(hex: hex))
        #expect(id.description == hex.lowercased())
        #expect(id.bytes.count == 20)
        #expect(ObjectID(bytes: id.bytes) == id)
        #expect(ObjectID(id.description) == id)
    }

    @Test(arguments: ["", "abc", String(repeating: "g", count: 40), String(repeating: "a", count: 41)])
    func rejectsWhatIsNotFortyHexDigits(_ text: String) {
        #expect(ObjectID(hex: text) == nil)
    }

    @Test func ordersLikeItsHexString() throws {
        let texts = [
            "ff00000000000000000000000000000000000000", "0000000000000000000000000000000000000001",
            "00000000000000000000000000000000000000ff", "0000000000000000ff00000000000000000000ff",
            "0000000000000000000000000000000100000000",
        ]
        let ids = try texts.map { try #require(ObjectID(hex: $0)) }
        #expect(ids.sorted().map(\.description) == texts.sorted())
    }

    @Test func codableAsHexString() throws {
        let id = try #require(ObjectID(hex: "da39a3ee5e6b4b0d3255bfef95601890afd80709"))
        let data = try JSONEncoder().encode([id])
        #expect(String(decoding: data, as: UTF8.self) == #"["da39a3ee5e6b4b0d3255bfef95601890afd80709"]"#)
        #expect(try JSONDecoder().decode([ObjectID].self, from: data) == [id])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([ObjectID].self, from: Data(#"["xyz"]"#.utf8)) }
    }
}
