#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard error and standard output, written with `write(2)` straight to the descriptors, so
/// that a line is never interleaved with another thread's.
enum Terminal {
    /// Whether standard error is a terminal, where a progress display makes sense.
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    /// Writes `text` to standard error.
    static func error(_ text: String) {
        write(Array(text.utf8), to: STDERR_FILENO)
    }

    /// Writes `bytes` to standard output.
    static func output(_ bytes: [UInt8]) {
        write(bytes, to: STDOUT_FILENO)
    }

    private static func write(_ bytes: [UInt8], to descriptor: Int32) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                #if canImport(Darwin)
                Darwin.write(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                #elseif canImport(Musl)
                Musl.write(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                #else
                Glibc.write(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                #endif
            }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
    }
}
