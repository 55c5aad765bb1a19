import ArgumentParser
import Foundation
import Logging
import M2RCKit

@main
struct M2RCCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "m2rc",
        abstract: "Build and score repository-level code-completion benchmarks in the style of M2RC-Eval.",
        version: M2RCVersion.current,
        subcommands: [GrammarsCommand.self, ParseCommand.self, LabelsCommand.self, BuildCommand.self, EvaluateCommand.self]
    )

    /// Exit status contract: 0 success, 1 the work failed, 2 bad usage or bad input.
    static func main() async {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = ProcessInfo.processInfo.environment["M2RC_LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0) } ?? .info
            return handler
        }
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as CommandFailure {
            FileHandle.standardError.write(Data("m2rc: \(error.message)\n".utf8))
            Foundation.exit(error.status.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {  // ArgumentParser's 64: the contract says 2 for bad usage
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.badInput.rawValue)
            }
            exit(withError: error)
        }
    }
}

/// The exit statuses of the command-line contract.
enum ExitStatus: Int32 {
    case success = 0
    case workFailed = 1
    case badInput = 2
}

/// An error that ends the command with a message and a status from the contract.
struct CommandFailure: Error {
    let status: ExitStatus
    let message: String

    static func badInput(_ message: String) -> CommandFailure { CommandFailure(status: .badInput, message: message) }
    static func workFailed(_ message: String) -> CommandFailure { CommandFailure(status: .workFailed, message: message) }
}
