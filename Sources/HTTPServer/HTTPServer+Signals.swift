import Dispatch
import Glibc
import Synchronization

extension HTTPServer {
    /// Calls `shutdown()` when one of `signals` arrives (their default action is turned off), so
    /// SIGINT or SIGTERM drains in-flight requests instead of killing them. The handlers live as
    /// long as the process; call it once, before or after `start()`.
    public func shutdownOnSignals(_ signals: [Int32] = [SIGINT, SIGTERM]) {
        for number in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [self] in shutdown() }
            source.resume()
            SignalSources.keep(source)
        }
    }
}

/// Keeps signal sources alive for the life of the process.
private enum SignalSources {
    // @unchecked: a resumed dispatch source is only retained here, never touched again.
    private final class Retained: @unchecked Sendable {
        let source: any DispatchSourceSignal
        init(_ source: any DispatchSourceSignal) { self.source = source }
    }
    private static let sources = Mutex<[Retained]>([])

    static func keep(_ source: any DispatchSourceSignal) {
        let retained = Retained(source)
        sources.withLock { $0.append(retained) }
    }
}
