/// What one import run did.
public struct ImportSummary: Sendable, Equatable {
    public var imported = 0
    public var replaced = 0
    public var unchanged = 0
    public var failures: [(name: String, reason: String)] = []
    public var bytes = 0
    public var seconds = 0.0
    /// Wall-clock, writer-thread and process CPU seconds, and peak RSS, per stage ("store",
    /// "indexes", "finalize", "commit").
    public var phases: [ImportPhase] = []
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

    /// One line per stage, for `importer --timings`.
    public var phaseLines: [String] {
        phases.map { $0.name.padding(toLength: 9, withPad: " ", startingAt: 0)
            + String(format: "%7.2f s wall %7.2f s writer CPU %7.2f s all CPU %6.1f MB peak RSS",
                     $0.wallSeconds, $0.writerCPUSeconds, $0.processCPUSeconds, Double($0.peakRSSBytes) / 1_048_576) }
    }

    public static func == (lhs: ImportSummary, rhs: ImportSummary) -> Bool {
        lhs.imported == rhs.imported && lhs.replaced == rhs.replaced && lhs.unchanged == rhs.unchanged
            && lhs.failures.map(\.name) == rhs.failures.map(\.name)
    }
}

import Foundation

public struct ImportPhase: Sendable {
    public var name: String
    public var wallSeconds: Double
    public var writerCPUSeconds: Double
    /// CPU seconds of every thread of the process (the analysis threads as well as the writer).
    public var processCPUSeconds: Double
    /// The process's peak resident set size when the stage ended (it never decreases).
    public var peakRSSBytes: Int
}

/// Times the stages of an import on the writer thread: wall clock, that thread's CPU time, the
/// whole process's CPU time, and the peak RSS reached by the end of each stage.
struct PhaseClock {
    private(set) var phases: [ImportPhase] = []
    private var current: (name: String, wall: Double, cpu: Double, processCPU: Double)?

    /// Ends the current stage and starts `name` (nil: just end). Re-entering a stage adds to it.
    mutating func enter(_ name: String?) {
        let now = (wall: Self.clock(CLOCK_MONOTONIC), cpu: Self.clock(CLOCK_THREAD_CPUTIME_ID),
                   processCPU: Self.clock(CLOCK_PROCESS_CPUTIME_ID))
        if let current {
            let wall = now.wall - current.wall, cpu = now.cpu - current.cpu, processCPU = now.processCPU - current.processCPU
            let peak = Self.peakRSSBytes()
            if let index = phases.firstIndex(where: { $0.name == current.name }) {
                phases[index].wallSeconds += wall
                phases[index].writerCPUSeconds += cpu
                phases[index].processCPUSeconds += processCPU
                phases[index].peakRSSBytes = peak
            } else {
                phases.append(ImportPhase(name: current.name, wallSeconds: wall, writerCPUSeconds: cpu,
                                          processCPUSeconds: processCPU, peakRSSBytes: peak))
            }
        }
        current = name.map { ($0, now.wall, now.cpu, now.processCPU) }
    }

    private static func peakRSSBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024  // kilobytes on Linux
    }

    private static func clock(_ id: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(id, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
