/// Which time zone the computer is set to, decided from what the environment and `/etc/localtime` say.
///
/// Foundation's `TimeZone.current` decides the same way but first builds a dictionary of the whole
/// environment (about 0.7 million instructions, a tenth of the first prompt). This does only the common
/// case itself: no `TZ` or `TZFILE` variable and `/etc/localtime` a link into the zone database. Every other
/// case is left to Foundation, so the answer is always the one `TimeZone.current` would give.
public enum LocalTimeZoneName {
    /// The zone database folder Foundation looks for in the link (`TZDIR` on Linux), with its closing slash.
    public static let zoneFolder = "/usr/share/zoneinfo/"

    /// The zone name to use, or nil when Foundation must decide (`TZ` or `TZFILE` is set, or the link says nothing usable).
    ///
    /// - Parameters:
    ///   - tz: the value of `TZ`, nil when unset (set but empty still counts as set, as in Foundation).
    ///   - tzFile: the value of `TZFILE`, the same way.
    ///   - link: where `/etc/localtime` points, nil when it is not a link or cannot be read.
    public static func name(tz: String?, tzFile: String?, link: String?) -> String? {
        guard tz == nil, tzFile == nil, let link else { return nil }
        let bytes = Array(link.utf8), folder = Array(zoneFolder.utf8)
        guard bytes.count > folder.count else { return nil }
        for start in 0...(bytes.count - folder.count) where bytes[start..<(start + folder.count)].elementsEqual(folder) {
            let name = bytes[(start + folder.count)...]
            guard name.first != UInt8(ascii: "/") else { return nil }
            return String(decoding: name, as: UTF8.self)
        }
        return nil
    }
}
