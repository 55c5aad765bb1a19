/// A correctly rounded floating-point sum, as Python's `math.fsum` returns it: BLEU's log terms are summed this
/// way, and a naive sum can be one ulp off.
enum CorrectlyRoundedSum {
    /// Shewchuk's exact partials, then rounding of their sum to the nearest double (ties to even, including the
    /// half-way case that the largest partial alone would round the wrong way). Finite inputs only.
    static func sum(_ values: [Double]) -> Double {
        var partials: [Double] = []
        partials.reserveCapacity(4)
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
            partials.removeSubrange(kept...)
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
