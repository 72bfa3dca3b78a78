import Glibc

/// Renders the `Date` field (RFC 9110 §5.6.7, IMF-fixdate) for a Unix time.
enum HTTPDate {
    /// `Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n`.
    static func field(unixTime: Int) -> [UInt8] {
        var time = time_t(unixTime)
        var parts = tm()
        gmtime_r(&time, &parts)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func twoDigits(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let text = "Date: \(days[Int(parts.tm_wday)]), \(twoDigits(parts.tm_mday)) \(months[Int(parts.tm_mon)]) "
            + "\(parts.tm_year + 1900) \(twoDigits(parts.tm_hour)):\(twoDigits(parts.tm_min)):\(twoDigits(parts.tm_sec)) GMT\r\n"
        return Array(text.utf8)
    }
}

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
