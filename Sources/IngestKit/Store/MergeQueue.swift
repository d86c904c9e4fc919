/// The current heads of several sorted inputs, the first in order on top: a binary heap of one
/// key per input, for joining `N` sorted files in one pass (a k-way merge) at a cost of
/// `log N` comparisons a line, holding one key per input. Equal keys come out in the order of
/// their inputs, so the result never depends on how the heap happened to be built.
struct MergeQueue<Key> {
    /// One input's head.
    struct Head {
        var key: Key
        /// Which input it is the head of.
        var input: Int
    }

    private var heap: [Head] = []
    private let precedes: (Key, Key) -> Bool

    /// An empty queue whose keys are ordered by `precedes`.
    init(by precedes: @escaping (Key, Key) -> Bool) {
        self.precedes = precedes
    }

    /// Adds the head `key` of input `input`.
    mutating func insert(_ key: Key, from input: Int) {
        heap.append(Head(key: key, input: input))
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard comesFirst(heap[child], heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the first head; `nil` when the queue is empty.
    mutating func popFirst() -> Head? {
        guard !heap.isEmpty else { return nil }
        heap.swapAt(0, heap.count - 1)
        let first = heap.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < heap.count, comesFirst(heap[left], heap[smallest]) { smallest = left }
            if right < heap.count, comesFirst(heap[right], heap[smallest]) { smallest = right }
            guard smallest != parent else { break }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
        return first
    }

    private func comesFirst(_ first: Head, _ second: Head) -> Bool {
        if precedes(first.key, second.key) { return true }
        if precedes(second.key, first.key) { return false }
        return first.input < second.input
    }
}
