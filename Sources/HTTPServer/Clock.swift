import Glibc

/// Clock readings in nanoseconds.
enum Clock {
    /// Monotonic time for timeouts; the coarse clock is a vDSO read, cheap enough for every loop turn.
    @inline(__always) static func monotonic() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC_COARSE, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }
    /// Precise monotonic time, for access-log durations.
    @inline(__always) static func precise() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }
    /// Wall-clock seconds, for the Date field.
    @inline(__always) static func unixSeconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME_COARSE, &now)
        return Int(now.tv_sec)
    }
}
