/// Serializes a `JSONValue` by hand, byte for byte the same on every platform: keys in the
/// value's order, UTF-8 left unescaped, only `"`, `\` and control characters escaped (never
/// `/`), and, pretty-printed, two spaces of indentation, `[]` and `{}` for empty containers
/// and a trailing newline.
///
/// ```swift
/// JSONWriter.pretty(.object([("a", .array([])), ("b", .string("ü"))]))
/// // {\n  "a": [],\n  "b": "ü"\n}\n
/// ```
public enum JSONWriter {
    /// The value pretty-printed with two-space indentation, ending with a newline.
    public static func pretty(_ value: JSONValue) -> [UInt8] {
        prettyMeasuringCompact(value).bytes
    }

    /// The value pretty-printed as `pretty` writes it, and how many bytes `compact` would write
    /// for it: the pretty bytes less the white space put between tokens and the final newline,
    /// counted as they are written rather than by a second pass over the bytes.
    public static func prettyMeasuringCompact(_ value: JSONValue) -> (bytes: [UInt8], compactCount: Int) {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        var whitespace = 0
        write(value, into: &out, indent: 0, pretty: true, whitespace: &whitespace)
        out.append(UInt8(ascii: "\n"))
        return (out, out.count - whitespace - 1)
    }

    /// The value on one line, without any white space between tokens and without a newline.
    public static func compact(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        var whitespace = 0
        write(value, into: &out, indent: 0, pretty: false, whitespace: &whitespace)
        return out
    }

    /// Writes `value`, adding to `whitespace` the bytes of white space it puts between tokens.
    private static func write(_ value: JSONValue, into out: inout [UInt8], indent: Int, pretty: Bool, whitespace: inout Int) {
        switch value {
        case .null:
            out.append(contentsOf: "null".utf8)
        case .bool(let flag):
            out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .integer(let number):
            out.append(contentsOf: String(number).utf8)
        case .number(let text):
            out.append(contentsOf: text.utf8)
        case .string(let text):
            appendString(text, into: &out)
        case .array(let elements):
            guard !elements.isEmpty else {
                out.append(contentsOf: "[]".utf8)
                return
            }
            out.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                if pretty { newline(into: &out, indent: indent + 1, whitespace: &whitespace) }
                write(element, into: &out, indent: indent + 1, pretty: pretty, whitespace: &whitespace)
            }
            if pretty { newline(into: &out, indent: indent, whitespace: &whitespace) }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else {
                out.append(contentsOf: "{}".utf8)
                return
            }
            out.append(UInt8(ascii: "{"))
            for (index, (key, member)) in members.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                if pretty { newline(into: &out, indent: indent + 1, whitespace: &whitespace) }
                appendString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                if pretty {
                    out.append(UInt8(ascii: " "))
                    whitespace += 1
                }
                write(member, into: &out, indent: indent + 1, pretty: pretty, whitespace: &whitespace)
            }
            if pretty { newline(into: &out, indent: indent, whitespace: &whitespace) }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(into out: inout [UInt8], indent: Int, whitespace: inout Int) {
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
        whitespace += 1 + 2 * indent
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Appends `text` as a JSON string literal. Works on the UTF-8 bytes: every byte of a
    /// multi-byte sequence is >= 0x80 and is copied as it is, and so is each run of bytes that
    /// needs no escape, in one piece.
    static func appendString(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in bytes.indices where needsEscape(bytes[index]) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                appendEscape(of: bytes[index], into: &out)
                runStart = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    @inline(__always)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F
    }

    private static func appendEscape(of byte: UInt8, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "t"))
        case 0x08: out.append(UInt8(ascii: "b"))
        case 0x0C: out.append(UInt8(ascii: "f"))
        default:
            out.append(contentsOf: "u00".utf8)
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0xF)])
        }
    }
}
