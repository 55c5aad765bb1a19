#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Python's `round(x, digits)` on a float: the double nearest to the correctly rounded decimal, ties (exact
/// halves of the binary value) to even, so `round(2.675, 2)` is 2.67 because 2.675 is stored as 2.67499…
/// C's `printf("%.*f")` rounds the exact binary value the same way, and reading its text back gives the double.
public enum PythonRounding {
    public static func round(_ value: Double, digits: Int) -> Double {
        guard value.isFinite else { return value }
        let text = withUnsafeTemporaryAllocation(of: CChar.self, capacity: 400) { buffer -> String in
            _ = withVaList([Int32(digits), value]) { vsnprintf(buffer.baseAddress!, buffer.count, "%.*f", $0) }
            return String(cString: buffer.baseAddress!)
        }
        return Double(text) ?? value
    }
}
