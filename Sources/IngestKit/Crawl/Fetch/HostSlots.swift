/// The right to send a request: at most `perHost` requests in flight to one origin and `total`
/// to all, and at least `delay` between the starts of two requests to one origin. A request
/// that cannot start waits its turn; a slot freed goes first to a request for the same origin.
actor HostSlots {
    private struct Origin {
        var active = 0
        var nextStart: ContinuousClock.Instant?
        var waiting: [CheckedContinuation<Void, Never>] = []
    }

    private let perHost: Int
    private let total: Int
    private let delay: Duration
    private var origins: [String: Origin] = [:]
    private var active = 0

    /// Slots for the limits of `policy`.
    init(_ policy: FetchPolicy) {
        perHost = max(1, policy.perHostConnections)
        total = max(1, policy.totalConnections)
        delay = policy.perHostDelay
    }

    /// Runs `body` holding a slot for `origin`, once its turn and its delay have come.
    /// - Throws: `.cancelled` when the calling task was cancelled while it waited, else what
    ///   `body` throws.
    func withSlot<Result: Sendable>(
        _ origin: String, _ body: @Sendable () async throws(PageFetchError) -> Result
    ) async throws(PageFetchError) -> Result {
        if canStart(origin) {
            take(origin)
        } else {
            // `release` takes the slot for this request before it resumes it.
            await withCheckedContinuation { origins[origin, default: Origin()].waiting.append($0) }
        }
        let now = ContinuousClock.now
        let start = max(now, origins[origin]?.nextStart ?? now)
        origins[origin, default: Origin()].nextStart = start + delay
        if start > now { try? await Task.sleep(until: start, clock: .continuous) }
        defer { release(origin) }
        if Task.isCancelled { throw .cancelled }
        return try await body()
    }

    private func canStart(_ origin: String) -> Bool {
        active < total && (origins[origin]?.active ?? 0) < perHost
    }

    private func take(_ origin: String) {
        origins[origin, default: Origin()].active += 1
        active += 1
    }

    private func release(_ origin: String) {
        origins[origin, default: Origin()].active -= 1
        active -= 1
        let next = origins[origin].map { !$0.waiting.isEmpty } == true && canStart(origin)
            ? origin : origins.first { !$0.value.waiting.isEmpty && canStart($0.key) }?.key
        guard let next, let waiter = origins[next]?.waiting.first else { return }
        origins[next]?.waiting.removeFirst()
        take(next)
        waiter.resume()
    }
}
