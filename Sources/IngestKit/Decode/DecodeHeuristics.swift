/// The thresholds the Decode stage's guesses rest on, in one place. Each is a judgement about
/// real files, not a law: change one, and the tests under `Tests/IngestKitTests/Decode/` say
/// what moved.
enum DecodeHeuristics {
    /// How many leading bytes are sniffed for signs of a binary file and for the NUL pattern of
    /// UTF-16 without a byte order mark. Binary formats show NUL and control bytes in their first
    /// kilobytes; a stray NUL further into a text is dropped instead.
    static let sniffWindow = 8 * 1024

    /// How many leading bytes of an HTML page are searched for a declared charset. WHATWG stops
    /// at 1024, but real pages put long scripts and styles first: in the trafilatura evaluation
    /// pages one charset declaration in eight sits past 1 KB, and all but a handful within 8 KB.
    static let declarationWindow = 8 * 1024

    /// A file whose sniffed bytes are more than this share control bytes (C0 controls other than
    /// tab, line feed, vertical tab, form feed and carriage return, and DEL) is binary. Text has
    /// next to none; random bytes have about 11 %.
    static let maximumControlShare = 0.05

    /// UTF-16 without a byte order mark: at least this share of the sniffed code units must have
    /// a NUL in their high byte (text whose markup and words are mostly Latin letters)…
    static let minimumUTF16HighNULShare = 0.5

    /// …and at most this share a NUL in their low byte, which in UTF-16 text is only U+0000 or a
    /// character of the form U+xx00.
    static let maximumUTF16LowNULShare = 0.05

    /// Bytes that are not valid UTF-8 are still read as UTF-8 (the invalid bytes one by one in
    /// the legacy code page) when the well-formed multi-byte sequences number at least this many
    /// times the invalid bytes: a UTF-8 page with a few stray Latin-1 bytes pasted in.
    static let utf8MajorityRatio = 1

    /// A page read through iconv in the charset it declares may hold bytes that are no character
    /// of it (a character cut in two by an editor, a byte pasted from elsewhere): up to this
    /// share of its bytes outside ASCII become U+FFFD, as a browser shows them. More, and the
    /// declaration is wrong for these bytes, and the page fails as undecodable instead of being
    /// shown as what another charset would make of it.
    static let maximumInvalidLegacyShare = 0.01

    /// Lead bytes of the UTF-8 sequences trusted as pasted UTF-8 inside a Latin-script legacy
    /// page, and undone when encoded twice: U+0080–U+00FF (Latin-1 letters and symbols) and
    /// U+2000–U+2FFF (dashes, quotes, bullets, €, ™). Read in a Latin code page these bytes are
    /// `Â`, `Ã` and `â`, which real text never follows with a byte 0x80–0xBF, so a well-formed
    /// sequence starting with one is UTF-8, not a coincidence. The next leads are not safe:
    /// C4 is `Ä`, and German quotes a lone `„Ä“` (C4 93, well-formed UTF-8 for `ē`); D3 AF is
    /// `ÓŻ` in ISO-8859-2.
    static let utf8FragmentLeadBytes: ClosedRange<UInt8> = 0xC2...0xC3
    /// The three-byte lead trusted alongside `utf8FragmentLeadBytes`.
    static let utf8FragmentPunctuationLead: UInt8 = 0xE2

    /// Whether `byte` leads a UTF-8 sequence trusted as a pasted fragment.
    static func isFragmentLead(_ byte: UInt8) -> Bool {
        utf8FragmentLeadBytes.contains(byte) || byte == utf8FragmentPunctuationLead
    }

    /// How many layers of doubly encoded UTF-8 `MojibakeRepair` undoes: `Ã¼` is one layer over
    /// `ü`, `ÃƒÂ¼` two. Real pages show up to two.
    static let maximumEncodingLayers = 3
}
