import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension TerminalInfo {
    /// The width of the terminal on standard output, 80 when it cannot be read.
    static func columns() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
