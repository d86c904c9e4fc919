import Dispatch

/// What hands a run the last manifest's entries one at a time, in the manifest's order:
/// `ManifestReader` itself, or `ManifestReadAhead` reading it on a thread of its own.
protocol ManifestEntries: AnyObject {
    /// The next entry, `nil` after the last one.
    /// - Throws: `RunError` (`.output`) where the manifest cannot be read further.
    func next() throws(RunError) -> Manifest.Entry?
}

extension ManifestReader: ManifestEntries {}

/// Reads a manifest on a thread of its own, a few batches ahead of the run that walks it: in a
/// run where nothing changed, walking the input folder and parsing the manifest are each about
/// half of the time, and this way they take a core each. At most `batchesAhead` batches of
/// `batchSize` entries wait, so memory stays bounded whatever the manifest's size. Entries
/// come out in the manifest's order, and an error where the reader met it. When the reader is
/// released before the end, the thread stops at its next batch.
final class ManifestReadAhead: ManifestEntries {
    /// A batch read, with how reading ended after it, if it did.
    private struct Batch: Sendable {
        var entries: [Manifest.Entry]
        var ending: Ending?
    }

    private enum Ending: Sendable {
        case end
        case failure(RunError)
    }

    /// What the reading thread and the reader share.
    private final class Channel: Sendable {
        let batches = Locked<[Batch]>([])
        let stopped = Locked(false)
        /// Signalled once per batch pushed.
        let ready = DispatchSemaphore(value: 0)
        /// Signalled once per batch taken (or to wake the thread that should stop).
        let room: DispatchSemaphore

        init(batchesAhead: Int) {
            // Made empty and then given its room: libdispatch stops the process when a
            // semaphore goes while below the value it was made with, as a stopped read leaves it.
            room = DispatchSemaphore(value: 0)
            for _ in 0..<batchesAhead { room.signal() }
        }
    }

    /// Hands the manifest reader to the reading thread, which alone uses it.
    private struct ReaderTransfer: @unchecked Sendable {
        let reader: ManifestReader
    }

    private let channel: Channel
    private var current: [Manifest.Entry] = []
    private var position = 0
    private var ending: Ending?

    /// Starts reading `reader`'s entries on another thread.
    init(_ reader: ManifestReader, batchSize: Int = 1024, batchesAhead: Int = 4) {
        let channel = Channel(batchesAhead: batchesAhead)
        self.channel = channel
        let transfer = ReaderTransfer(reader: reader)
        DispatchQueue.global().async {
            Self.read(transfer.reader, batchSize: batchSize, into: channel)
        }
    }

    deinit {
        channel.stopped.withLock { $0 = true }
        channel.room.signal()
    }

    func next() throws(RunError) -> Manifest.Entry? {
        while position == current.count {
            switch ending {
            case .end: return nil
            case .failure(let error): throw error
            case nil: break
            }
            channel.ready.wait()
            let batch = channel.batches.withLock { $0.removeFirst() }
            channel.room.signal()
            (current, position, ending) = (batch.entries, 0, batch.ending)
        }
        defer { position += 1 }
        return current[position]
    }

    /// The reading thread: batches of entries until the end, an error, or a stop.
    private static func read(_ reader: ManifestReader, batchSize: Int, into channel: Channel) {
        while true {
            channel.room.wait()
            if channel.stopped.value { return }
            var batch = Batch(entries: [])
            batch.entries.reserveCapacity(batchSize)
            do throws(RunError) {
                while batch.entries.count < batchSize {
                    guard let entry = try reader.next() else {
                        batch.ending = .end
                        break
                    }
                    batch.entries.append(entry)
                }
            } catch {
                batch.ending = .failure(error)
            }
            let ended = batch.ending != nil
            channel.batches.withLock { $0.append(batch) }
            channel.ready.signal()
            if ended { return }
        }
    }
}
