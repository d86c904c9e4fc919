#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard error and standard output, written with `write(2)` straight to the descriptors, so
/// that a line is never interleaved with another thread's.
public enum Terminal {
    /// Whether standard error is a terminal, where a progress display makes sense.
    public static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    /// Writes `text` to standard error.
    public static func error(_ text: String) {
        write(Array(text.utf8), to: STDERR_FILENO)
    }

    /// Writes `bytes` to standard output.
    public static func output(_ bytes: [UInt8]) {
        write(bytes, to: STDOUT_FILENO)
    }

    /// Writes all of `bytes`, giving up silently when the stream is closed: a message that
    /// cannot be shown must not stop the run.
    private static func write(_ bytes: [UInt8], to descriptor: Int32) {
        var offset = 0
        while offset < bytes.count {
            let written = try? SystemCall.retrying("write", path: "") {
                bytes.withUnsafeBytes { raw in systemWrite(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset) }
            }
            guard let written, written > 0 else { return }
            offset += written
        }
    }
}

/// `write(2)`, under a name that the `Terminal.write` above does not hide.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
