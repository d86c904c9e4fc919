/// Puts documents of other output folders (the parts of a split run) into an output folder's
/// `documents/`, each as a hard link to the part's file where the file system allows it (no
/// bytes copied, no space taken), else as a copy. A link is replaced when the part's file is
/// another file than the one linked (a run replaces a document it changes by a new file, never
/// writing into the old one, so a link never changes under the merged folder); a copy is
/// replaced when its bytes differ.
struct DocumentLinker {
    /// The folder whose `documents/` is filled.
    let layout: OutputLayout
    /// Whether hard links are still tried: the first refusal of the file system turns them off.
    private(set) var links = true

    /// A linker into `layout.documents`.
    init(into layout: OutputLayout) {
        self.layout = layout
    }

    /// Makes `documents/<id>.json` the document `id` of `part`, calling `beforeChange` first
    /// when it is not already.
    /// - Returns: whether anything changed (`false`: it already was that file, or those bytes).
    /// - Throws: `RunError` (`.output`) when the part has no such document or it cannot be put
    ///   in place, and what `beforeChange` throws.
    mutating func take(_ id: String, from part: OutputLayout,
                       beforeChange: () throws(RunError) -> Void) throws(RunError) -> Bool {
        let source = part.document(id: id)
        let target = layout.document(id: id)
        guard let sourceStatus = FileSystem.status(of: source) else {
            throw RunError(.output, "missing, though the part's dataset.jsonl has its line", path: source)
        }
        let targetStatus = FileSystem.status(of: target)
        if targetStatus?.identity == sourceStatus.identity { return false }
        if links {
            try beforeChange()
            do throws(FileSystem.HardLinkFailure) {
                try FileSystem.replaceWithHardLink(target, to: source)
                return true
            } catch {
                switch error {
                case .unsupported: links = false
                case .failed(let cause): throw RunError(.output, cause)
                }
            }
        }
        let bytes = try RunError.onOutput { () throws(SystemError) in try FileSystem.readFile(at: source) }
        if targetStatus != nil, (try? FileSystem.readFile(at: target)) == bytes { return false }
        try beforeChange()
        try RunError.onOutput { () throws(SystemError) in try atomicWrite(bytes, to: target, syncing: false) }
        return true
    }
}
