/// Where a record lies in a WARC archive, enough to read it again without reading the records
/// before it.
public struct WARCRecordAddress: Sendable, Equatable {
    /// How the record's offset is to be read.
    public enum Kind: String, Sendable, Equatable {
        /// An uncompressed archive: the offset is in the file.
        case plain
        /// A gzip member starts with the record: the offset is the member's, in the file.
        case member
        /// The record lies inside a larger gzip member (one member for the whole file): the
        /// offset is in the decompressed stream.
        case inflated
    }

    /// The archive's display path (`Input/crawl.warc.gz`), as documents and messages show it.
    public var archive: String
    /// Where the record starts (see `kind`).
    public var offset: Int
    /// How `offset` is to be read.
    public var kind: Kind

    /// Creates an address.
    public init(archive: String, offset: Int, kind: Kind) {
        self.archive = archive
        self.offset = offset
        self.kind = kind
    }
}
