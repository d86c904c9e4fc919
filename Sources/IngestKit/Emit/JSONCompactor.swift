/// Turns pretty-printed JSON into one line by dropping the white space between tokens, in one
/// pass over the bytes that knows where strings start and end (white space and escaped quotes
/// inside a string are kept). This is how `dataset.jsonl` is built from the document files
/// without decoding them.
public enum JSONCompactor {
    /// `json` without insignificant white space and without a trailing newline.
    public static func compact(_ json: [UInt8]) -> [UInt8] {
        json.withUnsafeBufferPointer { input in
            [UInt8](unsafeUninitializedCapacity: input.count) { output, count in
                count = 0
                forEachKeptRun(in: input) { run in
                    let target = UnsafeMutableBufferPointer(rebasing: output[count..<count + run.count])
                    _ = target.initialize(from: run)
                    count += run.count
                }
            }
        }
    }

    /// How many bytes `compact(json)` gives, without building them.
    public static func compactedCount(_ json: [UInt8]) -> Int {
        json.withUnsafeBufferPointer { input in
            var count = 0
            forEachKeptRun(in: input) { count += $0.count }
            return count
        }
    }

    /// Calls `body` with each run of bytes the compact form keeps, in order: everything but the
    /// white space outside strings.
    private static func forEachKeptRun(in input: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var start = 0
        var index = 0
        while index < input.count {
            switch input[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
                if start < index { body(UnsafeBufferPointer(rebasing: input[start..<index])) }
                index += 1
                start = index
            case UInt8(ascii: "\""):
                index = endOfString(in: input, openingAt: index)
            default:
                index += 1
            }
        }
        if start < index { body(UnsafeBufferPointer(rebasing: input[start..<index])) }
    }

    /// The index after the quote that closes the string opened at `opening` (the end of the
    /// input for a string that is not closed).
    private static func endOfString(in input: UnsafeBufferPointer<UInt8>, openingAt opening: Int) -> Int {
        var index = opening + 1
        while index < input.count {
            switch input[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""): return index + 1
            default: index += 1
            }
        }
        return input.count
    }
}
