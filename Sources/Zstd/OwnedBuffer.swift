/// A fixed-size heap buffer freed with its owner. A class rather than a pointer property, so that a
/// reader or writer whose initializer throws half-way still frees it.
final class OwnedBuffer {
    /// Typed as bytes, so that copies out of it take the standard library's memcpy paths.
    let elements: UnsafeMutableBufferPointer<UInt8>

    var bytes: UnsafeMutableRawBufferPointer { UnsafeMutableRawBufferPointer(elements) }

    init(count: Int) {
        elements = .allocate(capacity: count)
    }

    deinit {
        elements.deallocate()
    }
}
