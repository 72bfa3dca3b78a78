/// What one import run did.
public struct ImportSummary: Sendable, Equatable {
    public var imported = 0
    public var replaced = 0
    public var unchanged = 0
    public var failures: [(name: String, reason: String)] = []
    public var bytes = 0
    public var seconds = 0.0
    /// Rows of each kind in the database after the run ("documents", "entities", "events"…).
    public var counts: [(kind: String, count: Int)] = []

    public init() {}
    public var failed: Int { failures.count }

    /// The one-line summary the importer prints.
    public var line: String {
        var text = "imported \(imported + replaced) (\(replaced) replaced), unchanged \(unchanged), failed \(failed)"
        text += " in " + String(format: "%.2f", seconds) + " s"
        if !counts.isEmpty { text += "; " + counts.map { "\($0.count) \($0.kind)" }.joined(separator: ", ") }
        return text
    }

    public static func == (lhs: ImportSummary, rhs: ImportSummary) -> Bool {
        lhs.imported == rhs.imported && lhs.replaced == rhs.replaced && lhs.unchanged == rhs.unchanged
            && lhs.failures.map(\.name) == rhs.failures.map(\.name)
    }
}

import Foundation
