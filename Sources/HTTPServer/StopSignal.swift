import Dispatch
import Synchronization

/// Counts running loops down to zero and lets any number of threads wait for it.
final class StopSignal: Sendable {
    private let running = Mutex(0)
    private let semaphore = DispatchSemaphore(value: 0)
    private let waiters = Mutex(0)

    func expect(_ count: Int) { running.withLock { $0 += count } }

    func signal() {
        let isLast = running.withLock { running in
            running -= 1
            return running == 0
        }
        guard isLast else { return }
        let waiting = waiters.withLock { waiting in
            defer { waiting = -1 }
            return waiting
        }
        for _ in 0..<max(waiting, 0) { semaphore.signal() }
    }

    func wait() {
        let mustWait = waiters.withLock { waiting in
            guard waiting >= 0, running.withLock({ $0 }) > 0 else { return false }
            waiting += 1
            return true
        }
        if mustWait { semaphore.wait() }
    }
}
