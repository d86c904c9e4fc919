import Foundation

/// A value shared between the pipeline's queues, behind a lock. The lock is `NSLock` (a pthread
/// mutex), which ThreadSanitizer understands: with `Synchronization.Mutex` it reported accesses
/// under the same lock as races, so the sanitized test run could not be clean.
final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: Value

    init(_ value: Value) {
        storage = value
    }

    /// Runs `body` with the value, holding the lock.
    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&storage)
    }

    /// A copy of the value.
    var value: Value {
        withLock { $0 }
    }
}
