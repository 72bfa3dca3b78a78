/// A tiny `--flag value` / `--switch` / positional parser shared by the executables.
/// Usage errors carry a message; the executables print it with their usage and exit 64.
public struct CommandLineOptions {
    public struct UsageError: Error, CustomStringConvertible {
        public let description: String
        public init(description: String) { self.description = description }
    }

    public private(set) var values: [String: String] = [:]
    public private(set) var switches: Set<String> = []
    public private(set) var positional: [String] = []

    /// `valued` names take a value (`--db PATH` or `--db=PATH`); `switches` take none.
    public init(_ arguments: [String], valued: Set<String>, switches allowedSwitches: Set<String>) throws(UsageError) {
        var index = 0
        var onlyPositional = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositional || !argument.hasPrefix("--") || argument == "-" {
                if argument.hasPrefix("-") && argument != "-" && !onlyPositional {
                    throw UsageError(description: "unknown option \(argument)")
                }
                positional.append(argument)
                continue
            }
            if argument == "--" { onlyPositional = true; continue }
            var name = String(argument.dropFirst(2))
            var inlineValue: String? = nil
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            if valued.contains(name) {
                if let inlineValue { values[name] = inlineValue; continue }
                guard index < arguments.count else { throw UsageError(description: "--\(name) needs a value") }
                values[name] = arguments[index]
                index += 1
            } else if allowedSwitches.contains(name), inlineValue == nil {
                switches.insert(name)
            } else {
                throw UsageError(description: "unknown option --\(name)")
            }
        }
    }

    public func integer(_ name: String, default defaultValue: Int, range: ClosedRange<Int>) throws(UsageError) -> Int {
        guard let text = values[name] else { return defaultValue }
        guard let value = Int(text), range.contains(value) else {
            throw UsageError(description: "--\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not \(text)")
        }
        return value
    }
}
