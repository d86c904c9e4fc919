/// What the last run knew about each source: the record that makes nightly runs incremental.
/// Written to `manifest.json`, one entry per source path, sorted byte-wise by path, entry by
/// entry (`ManifestWriter`) and read back the same way (`ManifestReader`), so that a run never
/// holds more than a few entries of it.
///
/// ```json
/// {
///   "format": 1,
///   "sources": [
///     { "path": "Input/000_x.txt", "id": "…", "sha256": "…", "bytes": 10491,
///       "modified": "1764030000.123456789", "status": "ok", "code": null, "reason": null,
///       "pipelineVersion": "0.1.0", "datasetLineBytes": 9120 }
///   ]
/// }
/// ```
public enum Manifest {
    /// The version of this file's layout.
    public static let formatVersion = 1

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
        /// Its size when last seen, for the quick check before hashing.
        public var bytes: Int?
        /// Its modification time when last seen (`seconds.nanoseconds`), for the quick check.
        public var modified: String?
        /// Whether its document was written.
        public var status: Status
        /// How it failed (the report's failure code), for a failed source.
        public var code: IngestError.Code?
        /// Why it failed, for a failed source.
        public var reason: String?
        /// The pipeline version that produced the record.
        public var pipelineVersion: String
        /// The size of the document's line in `dataset.jsonl`, its newline included: where each
        /// line of the last dataset stands follows from these, so that the next run copies the
        /// lines it keeps without reading the file to find them. `nil` for a failure (and in a
        /// manifest written before the field existed).
        public var datasetLineBytes: Int?

        /// Creates an entry.
        public init(path: String, id: String, sha256: String?, bytes: Int?, modified: String?, status: Status,
                    code: IngestError.Code? = nil, reason: String? = nil, pipelineVersion: String,
                    datasetLineBytes: Int? = nil) {
            self.path = path
            self.id = id
            self.sha256 = sha256
            self.bytes = bytes
            self.modified = modified
            self.status = status
            self.code = code
            self.reason = reason
            self.pipelineVersion = pipelineVersion
            self.datasetLineBytes = datasetLineBytes
        }
    }
}

extension Manifest.Entry {
    /// The failure this entry records, reported for the source at `path` as it was when
    /// recorded; `nil` for a document, or a failure recorded without its code.
    public func failure(at path: String) -> IngestError? {
        guard status == .failed, let code else { return nil }
        return IngestError(code, reason ?? code.rawValue, path: path)
    }
}
