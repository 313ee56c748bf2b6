extension String {
    /// Whether some UTF-8 byte of the text passes `test`: what `utf8.contains(where:)` answers, read from the
    /// string's bytes in place, which is many times faster than stepping through the UTF-8 view.
    func hasUTF8Byte(where test: (UInt8) -> Bool) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ $0.contains(where: test) }) { return found }
        return utf8.contains(where: test)
    }

    /// Whether every UTF-8 byte of the text passes `test` (true for empty text): what `utf8.allSatisfy(_:)` answers, read in place.
    func allUTF8Bytes(_ test: (UInt8) -> Bool) -> Bool {
        !hasUTF8Byte { !test($0) }
    }
}
