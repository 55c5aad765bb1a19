/// One line of a JSON Lines file: its bytes without the line break ("\n" or "\r\n") and its 1-based
/// number in the file, so that a caller whose JSON parse fails can report "path:number".
public struct JSONLLine: Sendable, Hashable {
    /// 1-based; blank lines the reader skipped still count, so the number matches an editor's.
    public let number: Int
    public let bytes: [UInt8]

    public init(number: Int, bytes: [UInt8]) {
        self.number = number
        self.bytes = bytes
    }
}
