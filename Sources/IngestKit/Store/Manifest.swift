/// What the last run knew about each source: the record that makes nightly runs incremental.
/// Written to `manifest.json`, one entry per source path, sorted byte-wise by path, one compact
/// entry per line (`ManifestWriter`) and read back line by line (`ManifestReader`), so that a
/// run never holds more than a few entries of it. It holds nothing that differs from machine to
/// machine: what the quick check needs of this machine's files (`SourceStamp`) is kept beside it.
///
/// ```json
/// {"format":2,"sources":[
/// {"path":"Input/000_x.txt","id":"…","sha256":"…","status":"ok","code":null,"reason":null,"pipelineVersion":"0.19.0","datasetLineBytes":9120},
/// {"path":"Input/001_y.html","id":"…","sha256":"…","status":"failed","code":"no-text","reason":"…","pipelineVersion":"0.19.0","datasetLineBytes":null}
/// ]}
/// ```
public enum Manifest {
    /// The version of this file's layout: 2 since the quick check's stamps left it (1 was
    /// pretty-printed, with each source's size and modification time).
    public static let formatVersion = 2

    /// Why a manifest of the first layout is not read: the run that meets one processes every
    /// source again, once, and writes the current layout.
    static let olderLayoutReason = "written by ingest 0.3 or older (format 1, which held this machine's file times), "
        + "to be rewritten in format 2"

    /// How one source fared.
    public enum Status: String, Sendable {
        /// Its document was written.
        case ok
        /// It could not become a document; `reason` says why.
        case failed
    }

    /// One source's record.
    public struct Entry: Sendable, Equatable {
        /// The source's display path (`Input/000_x.txt`).
        public var path: String
        /// Its document id.
        public var id: String
        /// SHA-256 of its bytes when last read; `nil` when they could not be read.
        public var sha256: String?
        /// Whether its document was written.
        public var status: Status
        /// How it failed (the report's failure code), for a failed source.
        public var code: SourceFailure.Code?
        /// Why it failed, for a failed source.
        public var reason: String?
        /// The pipeline version that produced the record.
        public var pipelineVersion: String
        /// The size of the document's line in `dataset.jsonl`, its newline included: where each
        /// line of the last dataset stands follows from these, so that the next run copies the
        /// lines it keeps without reading the file to find them. `nil` for a failure (and in a
        /// manifest written before the field existed).
        public var datasetLineBytes: Int?
        /// Where the record starts in its archive, for a page archived in a WARC file
        /// (`WARCRecordAddress.offset`); `nil` for a file. Written only when set, so the entries
        /// of files keep their layout.
        public var offset: Int?
        /// What this machine saw of the source when the entry was made, for the quick check:
        /// kept beside the manifest (`.source-stamps`), never in it. `nil` when the stamps
        /// were lost or do not match the manifest: the source is then hashed.
        public var stamp: SourceStamp?

        /// Creates an entry.
        public init(path: String, id: String, sha256: String?, status: Status, code: SourceFailure.Code? = nil,
                    reason: String? = nil, pipelineVersion: String, datasetLineBytes: Int? = nil,
                    offset: Int? = nil, stamp: SourceStamp? = nil) {
            self.path = path
            self.id = id
            self.sha256 = sha256
            self.status = status
            self.code = code
            self.reason = reason
            self.pipelineVersion = pipelineVersion
            self.datasetLineBytes = datasetLineBytes
            self.offset = offset
            self.stamp = stamp
        }
    }
}

extension Manifest.Entry {
    /// The failure this entry records, reported for the source at `path` as it was when
    /// recorded; `nil` for a document, or a failure recorded without its code.
    public func failure(at path: String) -> SourceFailure? {
        guard status == .failed, let code else { return nil }
        return SourceFailure(code, reason ?? code.rawValue, path: path)
    }
}

extension Manifest.Entry {
    /// The entry as `manifest.json` holds it: its stamp is not part of it.
    var json: JSONValue {
        var fields: [(String, JSONValue)] = [
            ("path", .string(path)),
            ("id", .string(id)),
            ("sha256", .optionalString(sha256)),
            ("status", .string(status.rawValue)),
            ("code", .optionalString(code?.rawValue)),
            ("reason", .optionalString(reason)),
            ("pipelineVersion", .string(pipelineVersion)),
            ("datasetLineBytes", datasetLineBytes.map(JSONValue.integer) ?? .null),
        ]
        if let offset { fields.append(("offset", .integer(offset))) }
        return .object(fields)
    }
}
