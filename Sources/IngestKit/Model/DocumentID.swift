/// The stable identity of a document: it depends on where the article lives, not on its text,
/// so an article keeps its id when it changes.
public enum DocumentID {
    /// 16 lowercase hex digits of the SHA-256 of the source's URL, or of its path relative to
    /// the input root when it has no URL.
    public static func make(for source: Source) -> String {
        make(relativePath: source.relativePath, url: source.url)
    }

    /// The id of a source known only by its path (and URL), before its bytes are read.
    public static func make(relativePath: String, url: String? = nil) -> String {
        let key = url ?? relativePath
        return String(SHA256.hex(of: Array(key.utf8)).prefix(16))
    }

    /// Whether `text` has the shape of an id: 16 lowercase hex digits.
    public static func isWellFormed<S: StringProtocol>(_ text: S) -> Bool {
        number(utf8: text.utf8) != nil
    }
}

extension DocumentID {
    /// The number a well-formed id's 16 hex digits spell, or `nil` for anything else. Numbers
    /// order as their ids do byte-wise, and take 8 bytes where the text takes an allocation of
    /// its own: a run keeps the ids of its documents this way.
    static func number<S: StringProtocol>(_ id: S) -> UInt64? {
        number(utf8: id.utf8)
    }

    /// `number(_:)` of an id given as its UTF-8 bytes.
    static func number<Bytes: Collection<UInt8>>(utf8 bytes: Bytes) -> UInt64? {
        guard bytes.count == 16 else { return nil }
        var value: UInt64 = 0
        for byte in bytes {
            switch byte {
            case 0x30...0x39: value = value << 4 | UInt64(byte - 0x30)
            case 0x61...0x66: value = value << 4 | UInt64(byte - 0x61 + 10)
            default: return nil
            }
        }
        return value
    }

    /// The id whose digits spell `number`: 16 lowercase hex digits.
    static func text(_ number: UInt64) -> String {
        let digits = String(number, radix: 16)
        return String(repeating: "0", count: 16 - digits.utf8.count) + digits
    }
}

extension DocumentID {
    /// The number (see `number(_:)`) of the id `make(relativePath:url:)` gives.
    static func number(relativePath: String, url: String? = nil) -> UInt64 {
        // `make` gives 16 lowercase hex digits, which always spell a number.
        number(make(relativePath: relativePath, url: url)) ?? 0
    }
}
