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
