/// The version of m2rc, recorded in every release it builds.
public enum M2RCVersion {
    public static let current = "0.1.0"
}
