import Foundation

/// Reads a dataset folder's documents back from its `dataset.jsonl`, one line at a time, so a
/// dataset of any size costs one line of memory. A line that is not a document is reported by
/// its number and reason, and the lines after it are still read.
public enum DatasetReader {
    /// Why a line of `dataset.jsonl` is not a document.
    public struct LineError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The file.
        public var path: String
        /// The line's number, from 1.
        public var line: Int
        /// What is wrong with it.
        public var reason: String

        /// Creates the error of line `line` of `path`.
        public init(path: String, line: Int, reason: String) {
            self.path = path
            self.line = line
            self.reason = reason
        }

        /// `path:line: reason`, the one line a user sees.
        public var description: String { "\(path):\(line): \(reason)" }
    }

    /// Calls `body` with each line's number (from 1) and its document, or the reason it is not
    /// one, in the file's order.
    /// - Throws: `RunError` (`.input`) when `folder` has no readable `dataset.jsonl`, and what
    ///   `body` throws.
    public static func forEachDocument(
        inDataset folder: String,
        _ body: (Int, Result<Document, LineError>) throws(RunError) -> Void
    ) throws(RunError) {
        let path = OutputLayout(folder: folder).dataset
        let reader: BufferedFileReader
        do {
            reader = try BufferedFileReader(path: path)
        } catch {
            throw RunError(.input, "no readable dataset.jsonl (\(error.reason))", path: path, cause: error)
        }
        let decoder = JSONDecoder()
        var line: [UInt8] = []
        var number = 0
        while true {
            let endedWithNewline: Bool
            do {
                endedWithNewline = try reader.skipLine(keepingFirst: Int.max, into: &line)
            } catch {
                throw RunError(.input, error)
            }
            guard endedWithNewline || !line.isEmpty else { return }
            number += 1
            try body(number, document(line, number: number, path: path, decoder: decoder))
            guard endedWithNewline else { return }
        }
    }

    private static func document(_ line: [UInt8], number: Int, path: String,
                                 decoder: JSONDecoder) -> Result<Document, LineError> {
        do {
            return .success(try decoder.decode(Document.self, from: Data(line)))
        } catch let error as DecodingError {
            return .failure(LineError(path: path, line: number, reason: reason(error)))
        } catch {
            return .failure(LineError(path: path, line: number, reason: "not a document"))
        }
    }

    /// What a decoding error says, with the key path where it happened.
    private static func reason(_ error: DecodingError) -> String {
        func place(_ path: [any CodingKey]) -> String {
            path.isEmpty ? "" : " at " + path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "no `\(key.stringValue)`" + place(context.codingPath)
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "a value of another type" + place(context.codingPath)
        case .dataCorrupted(let context):
            return (context.codingPath.isEmpty ? "not JSON" : context.debugDescription) + place(context.codingPath)
        @unknown default:
            return "not a document"
        }
    }
}
