import Foundation
import Testing
@testable import GuidanceCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("SessionLock")
struct SessionLockTests {
    let id = SessionID(unchecked: "2027-02-01-k3vd")

    /// The lock file's text: "<pid> <host>\n".
    static func owner(_ store: SessionStore, _ id: SessionID) throws -> String {
        try String(contentsOf: store.lockURL(for: id), encoding: .utf8)
    }

    @Test func aSecondLockInTheSameProcessIsRefusedWithOurPID() throws {
        try StoreTestSupport.withFolder { folder in
            let store = SessionStore(folder: folder)
            let held = try store.lock(id: id)
            #expect(throws: StoreError.locked(id, pid: getpid())) { try store.lock(id: id) }
            #expect(held.isHeld)
            #expect(try Self.owner(store, id).hasPrefix("\(getpid()) "))
            #expect(StoreTestSupport.mode(store.lockURL(for: id).path) == 0o600)
            let other = try store.lock(id: SessionID(unchecked: "2027-02-01-zzzz"))  // other sessions are free
            other.release()
            held.release()
        }
    }

    @Test func releaseRemovesTheFileAndTheSessionCanBeLockedAgain() throws {
        try StoreTestSupport.withFolder { folder in
            let store = SessionStore(folder: folder)
            let first = try store.lock(id: id)
            first.release()
            #expect(!first.isHeld)
            #expect(try StoreTestSupport.names(folder) == [])
            first.release()  // a second release does nothing
            let second = try store.lock(id: id)
            #expect(second.isHeld)
            #expect(try StoreTestSupport.names(folder) == ["2027-02-01-k3vd.lock"])
            second.release()
        }
    }

    @Test func droppingTheLockReleasesIt() throws {
        try StoreTestSupport.withFolder { folder in
            let store = SessionStore(folder: folder)
            func holdBriefly() throws {
                let lock = try store.lock(id: id)
                #expect(lock.isHeld)
            }
            try holdBriefly()
            #expect(try StoreTestSupport.names(folder) == [])
            try store.lock(id: id).release()
        }
    }

    /// A lock file left by a process that died (longer or shorter than ours, or empty) is taken over, holding our line only.
    @Test(arguments: ["999999 a-host-whose-name-is-longer-than-any-this-test-runs-on\n", "9 h\n", ""])
    func aLeftoverLockFileWithoutALockDoesNotBlock(_ left: String) throws {
        try StoreTestSupport.withFolder { folder in
            let store = SessionStore(folder: folder)
            try StoreTestSupport.put(left, "2027-02-01-k3vd.lock", in: folder)
            let lock = try store.lock(id: id)
            #expect(try Self.owner(store, id) == "\(getpid()) \(SessionLock.hostName())\n")
            lock.release()
        }
    }

    /// A releaser removes the file after we opened it but before we locked it: we must lock the new file.
    @Test func aFileRemovedBetweenOpenAndLockIsNotTrusted() throws {
        try StoreTestSupport.withFolder { folder in
            let store = SessionStore(folder: folder)
            let path = store.lockURL(for: id).path
            let first = try store.lock(id: id)
            var calls = 0
            let second = try SessionLock.acquire(id: id, path: path) {
                calls += 1
                if calls == 1 { first.release() }  // the holder finishes just now
            }
            #expect(calls == 2)  // the first attempt locked a removed file and started again
            #expect(throws: StoreError.locked(id, pid: getpid())) { try store.lock(id: id) }
            second.release()
        }
    }

    /// A shell killed with SIGKILL cannot clean up, but the kernel drops its flock.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/flock")))
    func aLockHeldByAKilledProcessDoesNotBlock() throws {
        try StoreTestSupport.withFolder { folder in
            let store = SessionStore(folder: folder)
            let child = Process()
            child.executableURL = URL(fileURLWithPath: "/bin/sh")
            // The shell opens the lock file, locks it through flock(1), writes its pid and becomes `sleep`.
            child.arguments = ["-c", "exec 9<>\"$1\" && /usr/bin/flock -n 9 && echo $$ >&9 && echo locked && exec sleep 60",
                               "sh", store.lockURL(for: id).path]
            let output = Pipe()
            child.standardOutput = output
            try child.run()
            defer {
                if child.isRunning { kill(child.processIdentifier, SIGKILL) }
                child.waitUntilExit()
            }
            var said = Data()
            while !said.contains(UInt8(ascii: "\n")) {
                let more = output.fileHandleForReading.availableData
                if more.isEmpty { break }
                said.append(more)
            }
            try #require(String(decoding: said, as: UTF8.self) == "locked\n")

            #expect(throws: StoreError.locked(id, pid: child.processIdentifier)) { try store.lock(id: id) }
            #expect(kill(child.processIdentifier, SIGKILL) == 0)
            child.waitUntilExit()
            let lock = try store.lock(id: id)
            #expect(try Self.owner(store, id).hasPrefix("\(getpid()) "))
            lock.release()
        }
    }
}
