/// A byte destination a `JSONLWriter` can write to: `ZstdFileWriter`, or `PlainFileWriter` for
/// uncompressed output.
protocol ByteSink: AnyObject {
    var path: String { get }
    func write(_ bytes: UnsafeRawBufferPointer) throws(ZstdError)
    func finish() throws(ZstdError)
}
