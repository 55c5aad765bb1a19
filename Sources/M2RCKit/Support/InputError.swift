/// Bad input from the user: a manifest, config, dataset or prediction file that cannot be used as it is.
/// Names the file and, where there is one, the line. The command line maps it to exit status 2.
public struct InputError: Error, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let message: String

    public init(file: String, line: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { file + (line.map { ":\($0)" } ?? "") + ": " + message }
}
