/// Reads JSON tokens from a line of bytes, forward from `index`: the tokenizer under
/// `ManifestReader`. A token that runs past the line's end throws `.incomplete`.
///
/// It works on raw memory (valid only while the caller holds the line's buffer) so that the
/// bytes of a manifest of 100,000 entries are walked without a call or a check per byte.
struct JSONByteCursor {
    /// Why a step stopped.
    enum Failure: Error {
        /// The bytes ended inside a token.
        case incomplete
        /// The bytes are not what was expected; the text says what.
        case malformed(String)
    }

    /// A value the manifest reader keeps; what a manifest never holds (objects, arrays,
    /// booleans, fractions) is read over and kept as `other`.
    enum Value {
        case string(String)
        case integer(Int)
        case null
        case other
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    /// The next byte to read.
    private(set) var index: Int

    /// A cursor over `bytes` at `index`.
    init(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) {
        self.bytes = bytes
        self.index = index
    }

    /// The next byte that is not white space, not consumed.
    mutating func peek() throws(Failure) -> UInt8 {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): index += 1
            default: return bytes[index]
            }
        }
        throw .incomplete
    }

    /// Whether nothing but white space is left; consumes it.
    mutating func isAtEnd() -> Bool {
        (try? peek()) == nil
    }

    /// Consumes the white space that ends the bytes.
    mutating func expectEnd() throws(Failure) {
        guard isAtEnd() else { throw .malformed("the line goes on after its value") }
    }

    /// Consumes `byte`, after white space.
    mutating func expect(_ byte: UInt8) throws(Failure) {
        guard try peek() == byte else { throw .malformed("`\(Character(Unicode.Scalar(byte)))` was expected") }
        index += 1
    }

    /// Consumes `,` (more to come: `true`) or `end` (`false`).
    mutating func commaOrEnd(_ end: UInt8) throws(Failure) -> Bool {
        switch try peek() {
        case UInt8(ascii: ","):
            index += 1
            return true
        case end:
            index += 1
            return false
        default:
            throw .malformed("`,` or `\(Character(Unicode.Scalar(end)))` was expected")
        }
    }

    /// A string's bytes, its escapes resolved, put in `scratch` (emptied first).
    mutating func string(into scratch: inout [UInt8]) throws(Failure) {
        try expect(UInt8(ascii: "\""))
        scratch.removeAll(keepingCapacity: true)
        while true {
            let runStart = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
                index += 1
            }
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            guard index < bytes.count else { throw .incomplete }
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return
            case UInt8(ascii: "\\"):
                try escape(into: &scratch)
            default:
                throw .malformed("a control character in a string")
            }
        }
    }

    /// A string, its escapes resolved; `scratch` is the buffer it is gathered in.
    mutating func string(using scratch: inout [UInt8]) throws(Failure) -> String {
        try string(into: &scratch)
        guard scratch.withUnsafeBufferPointer(UTF8Validation.verdict) != .invalid else {
            throw .malformed("a string is not UTF-8")
        }
        return String(decoding: scratch, as: UTF8.self)
    }

    /// The next value; `scratch` is the buffer strings are gathered in.
    mutating func value(using scratch: inout [UInt8]) throws(Failure) -> Value {
        switch try peek() {
        case UInt8(ascii: "\""):
            return .string(try string(using: &scratch))
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            try skipContainer(using: &scratch)
            return .other
        case UInt8(ascii: "n"):
            try word("null")
            return .null
        case UInt8(ascii: "t"):
            try word("true")
            return .other
        case UInt8(ascii: "f"):
            try word("false")
            return .other
        default:
            return try number()
        }
    }

    private mutating func number() throws(Failure) -> Value {
        let start = index
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
                 UInt8(ascii: "e"), UInt8(ascii: "E"):
                index += 1
            default:
                guard index > start else { throw .malformed("a value was expected") }
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                return Int(text).map(Value.integer) ?? .other
            }
        }
        // A number is never the last token of the file: more digits may follow.
        throw .incomplete
    }

    private mutating func skipContainer(using scratch: inout [UInt8]) throws(Failure) {
        let close = try peek() == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
        index += 1
        if try peek() == close {
            index += 1
            return
        }
        repeat {
            if close == UInt8(ascii: "}") {
                try string(into: &scratch)
                try expect(UInt8(ascii: ":"))
            }
            _ = try value(using: &scratch)
        } while try commaOrEnd(close)
    }

    private mutating func word(_ word: StaticString) throws(Failure) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw .incomplete }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
            throw .malformed("`\(word)` was expected")
        }
        index += count
    }

    private mutating func escape(into scratch: inout [UInt8]) throws(Failure) {
        guard index < bytes.count else { throw .incomplete }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(byte)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hex4()
            if (0xD800..<0xDC00).contains(scalar) {
                try word("\\u")
                let low = try hex4()
                guard (0xDC00..<0xE000).contains(low) else { throw .malformed("a lone surrogate in a string") }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let character = Unicode.Scalar(scalar) else { throw .malformed("a lone surrogate in a string") }
            scratch.append(contentsOf: String(Character(character)).utf8)
        default:
            throw .malformed("an unknown escape in a string")
        }
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard index + 4 <= bytes.count else { throw .incomplete }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = Self.hexDigit(bytes[index]) else { throw .malformed("a bad \\u escape") }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
