/// The layout of `.source-stamps`: a first line `ingest source stamps 1`, then one line per
/// entry of `manifest.json`, in the manifest's order, `<id> <size> <modified> <sha256>`, or
/// `<id> -` for an entry without a stamp. The id ties each line to its entry: stamps that do not
/// follow the manifest (a file left by another run, or damaged) are dropped from the first line
/// that disagrees, and those sources are hashed instead, which is always safe.
enum SourceStampFile {
    /// The first line of the file.
    static let header = Array("ingest source stamps 1\n".utf8)

    /// The line of `entry`'s stamp.
    static func line(of entry: Manifest.Entry) -> [UInt8] {
        var line = Array(entry.id.utf8)
        if let stamp = entry.stamp {
            line.append(contentsOf: " \(stamp.size) \(stamp.modified) \(stamp.sha256)\n".utf8)
        } else {
            line.append(contentsOf: " -\n".utf8)
        }
        return line
    }

    /// Reads the stamps beside a manifest's entries, one line per entry; once a line disagrees
    /// with its entry, or the file cannot be read, it gives no more stamps.
    final class Reader {
        private var file: BufferedFileReader?
        private var line: [UInt8] = []

        /// Opens the stamps at `path`; a missing or unreadable file gives no stamps.
        init(path: String) {
            file = try? BufferedFileReader(path: path)
            guard let file, (try? file.skipLine(keepingFirst: header.count, into: &line)) == true,
                  line + [UInt8(ascii: "\n")] == header else {
                self.file = nil
                return
            }
        }

        /// The stamp of the next entry, whose id is `id`; `nil` when it has none.
        func stamp(forEntryWithID id: String) -> SourceStamp? {
            guard let file, (try? file.skipLine(keepingFirst: Int.max, into: &line)) == true else {
                self.file = nil
                return nil
            }
            let fields = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
            guard fields.first?.elementsEqual(id.utf8) == true else {
                self.file = nil
                return nil
            }
            guard fields.count == 4, let size = Self.count(fields[1]) else { return nil }
            return SourceStamp(size: size, modified: String(decoding: fields[2], as: UTF8.self),
                               sha256: String(decoding: fields[3], as: UTF8.self))
        }

        /// The count the decimal digits `digits` spell; `nil` for anything else.
        private static func count(_ digits: ArraySlice<UInt8>) -> Int? {
            guard !digits.isEmpty, digits.count <= 18 else { return nil }
            var value = 0
            for digit in digits {
                guard (0x30...0x39).contains(digit) else { return nil }
                value = value * 10 + Int(digit - 0x30)
            }
            return value
        }
    }
}
