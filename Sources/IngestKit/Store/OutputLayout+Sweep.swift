extension OutputLayout {
    /// Removes what no source accounts for: documents that `index` does not hold (their source
    /// is gone or now fails), and the temporary files a killed run may have left in the output
    /// folder and `documents/`. `documents/` is swept by the run's first listing of it
    /// (`listing`); the output folder, which holds a few files, is listed again.
    /// - Throws: `RunError` (`.output`) when a file cannot be removed.
    func sweep(by listing: DocumentListing, keeping index: DatasetIndex) throws(RunError) {
        var doomed = listing.temporaryNames.map { FileSystem.join(documents, $0) }
        doomed += listing.documents(notIn: index).map(document(id:))
        try RunError.onOutput { () throws(SystemError) in
            try FileSystem.forEachEntry(in: folder) { entry in
                let name = String(decoding: entry.name, as: UTF8.self)
                if name.hasPrefix(AtomicFileWriter.temporaryPrefix) { doomed.append(FileSystem.join(folder, name)) }
            }
            for path in doomed {
                try FileSystem.removeFile(path)
            }
        }
    }
}
