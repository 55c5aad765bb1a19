// The standard library's `withUnsafeBytes` and `withUTF8` rethrow untyped errors; these wrappers keep
// `ZstdError` typed through them.

/// Calls `body` with the bytes of `array`.
func withBytes<R>(of array: [UInt8], _ body: (UnsafeRawBufferPointer) throws(ZstdError) -> R) throws(ZstdError) -> R {
    try array.withUnsafeBytes { buffer in Result { () throws(ZstdError) in try body(buffer) } }.get()
}

/// Calls `body` with the UTF-8 bytes of `string` (no copy for native strings).
func withBytes<R>(of string: String, _ body: (UnsafeRawBufferPointer) throws(ZstdError) -> R) throws(ZstdError) -> R {
    var string = string
    return try string.withUTF8 { buffer in
        Result { () throws(ZstdError) in try body(UnsafeRawBufferPointer(buffer)) }
    }.get()
}
