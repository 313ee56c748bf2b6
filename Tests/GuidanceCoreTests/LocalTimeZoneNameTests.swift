import Testing
@testable import GuidanceCore

/// The computer's zone is read from the `/etc/localtime` link only when no variable overrides it, as Foundation does.
@Suite struct LocalTimeZoneNameTests {
    @Test(arguments: [
        (nil, nil, "/usr/share/zoneinfo/Europe/London", "Europe/London"),
        (nil, nil, "../usr/share/zoneinfo/America/New_York", "America/New_York"),
        (nil, nil, "/usr/share/zoneinfo/Etc/UTC", "Etc/UTC"),
        (nil, nil, "/var/db/timezone/zoneinfo/Europe/Paris", nil),
        (nil, nil, "/usr/share/zoneinfo/", nil),
        (nil, nil, "/usr/share/zoneinfo//Europe/Paris", nil),
        (nil, nil, nil, nil),
        ("Asia/Tokyo", nil, "/usr/share/zoneinfo/Europe/London", nil),
        ("", nil, "/usr/share/zoneinfo/Europe/London", nil),
        (nil, "/tmp/zone", "/usr/share/zoneinfo/Europe/London", nil),
    ] as [(String?, String?, String?, String?)])
    func zoneName(tz: String?, tzFile: String?, link: String?, expected: String?) {
        #expect(LocalTimeZoneName.name(tz: tz, tzFile: tzFile, link: link) == expected)
    }
}
