/// A correctly rounded floating-point sum, as Python's `math.fsum` returns it: BLEU's log terms are summed this
/// way, and a naive sum can be one ulp off.
enum CorrectlyRoundedSum {
    /// Shewchuk's exact partials, then rounding of their sum to the nearest double (ties to even, including the
    /// half-way case that the largest partial alone would round the wrong way). Finite inputs only.
    static func sum(_ values: [Double]) -> Double {
        values.withUnsafeBufferPointer { sum($0) }
    }

    static func sum(_ values: SIMD4<Double>) -> Double {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: 4) { buffer in
            for index in 0..<4 { buffer.initializeElement(at: index, to: values[index]) }
            return sum(UnsafeBufferPointer(buffer))
        }
    }

    static func sum(_ values: UnsafeBufferPointer<Double>) -> Double {
        // Shewchuk's partials never outnumber the values.
        withUnsafeTemporaryAllocation(of: Double.self, capacity: max(1, values.count)) { buffer in
            sum(values, partials: buffer)
        }
    }

    private static func sum(_ values: UnsafeBufferPointer<Double>, partials storage: UnsafeMutableBufferPointer<Double>)
        -> Double
    {
        var partials = PartialList(storage: storage)
        for value in values {
            var x = value
            var kept = 0
            for index in partials.indices {
                var y = partials[index]
                if abs(x) < abs(y) { swap(&x, &y) }
                let high = x + y
                let low = y - (high - x)
                if low != 0 {
                    partials[kept] = low
                    kept += 1
                }
                x = high
            }
            partials.count = kept
            partials.append(x)
        }
        guard var n = partials.indices.last else { return 0 }
        var high = partials[n]
        var low = 0.0
        while n > 0 {
            let x = high
            n -= 1
            let y = partials[n]
            high = x + y
            low = y - (high - x)
            if low != 0 { break }
        }
        if n > 0 && ((low < 0 && partials[n - 1] < 0) || (low > 0 && partials[n - 1] > 0)) {
            let y = low * 2
            let x = high + y
            if y == x - high { high = x }
        }
        return high
    }
}

/// A list of at most `storage.count` doubles in caller-provided memory.
private struct PartialList {
    let storage: UnsafeMutableBufferPointer<Double>
    var count = 0

    var indices: Range<Int> { 0..<count }

    subscript(index: Int) -> Double {
        get { storage[index] }
        nonmutating set { storage[index] = newValue }
    }

    mutating func append(_ value: Double) {
        storage[count] = value
        count += 1
    }
}
