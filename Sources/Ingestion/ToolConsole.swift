import Foundation

/// Output of the command-line tools: lines flushed at once (so logs and scripts reading a pipe
/// see them immediately) and messages on standard error prefixed with the tool's name.
public struct ToolConsole: Sendable {
    public let name: String
    public init(name: String) { self.name = name }

    public func say(_ line: String) {
        print(line)
        fflush(nil)
    }

    public func warn(_ message: String) {
        FileHandle.standardError.write(Data("\(name): \(message)\n".utf8))
    }

    public func fail(_ message: String, status: Int32) -> Never {
        warn(message)
        exit(status)
    }
}
