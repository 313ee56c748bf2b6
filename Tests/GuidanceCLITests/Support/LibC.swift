import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The C library's pseudo-terminal calls, looked up by name at run time.
///
/// glibc declares `posix_openpt`, `grantpt`, `unlockpt` and `ptsname_r` only
/// for X/Open or GNU sources, which Swift's Glibc module is not built with.
enum LibC {
    typealias DescriptorCall = @convention(c) (Int32) -> Int32
    typealias NameCall = @convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32

    static var posixOpenpt: DescriptorCall? { lookup("posix_openpt", as: DescriptorCall.self) }
    static var grantpt: DescriptorCall? { lookup("grantpt", as: DescriptorCall.self) }
    static var unlockpt: DescriptorCall? { lookup("unlockpt", as: DescriptorCall.self) }
    static var ptsnameR: NameCall? { lookup("ptsname_r", as: NameCall.self) }

    /// The function `name` from the program and the libraries it loaded.
    private static func lookup<Function>(_ name: String, as type: Function.Type) -> Function? {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, name) else { return nil }
        return unsafeBitCast(symbol, to: type)
    }
}
