/// Turns pretty-printed JSON into one line by dropping the white space between tokens, in one
/// pass over the bytes that knows where strings start and end (white space and escaped quotes
/// inside a string are kept). This is how `dataset.jsonl` is built from the document files
/// without decoding them.
public enum JSONCompactor {
    /// `json` without insignificant white space and without a trailing newline.
    public static func compact(_ json: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(json.count)
        var inString = false
        var escaped = false
        for byte in json {
            if inString {
                out.append(byte)
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
                continue
            case UInt8(ascii: "\""):
                inString = true
                out.append(byte)
            default:
                out.append(byte)
            }
        }
        return out
    }
}
