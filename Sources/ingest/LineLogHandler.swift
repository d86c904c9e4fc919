import Logging

/// A swift-log handler that writes each event as one line, `ingest: <level>: <message>`, through
/// `write` (the progress display, which clears its own line first). Control characters in the
/// message (a newline in a file name, say) are written as escapes, so that one event is always
/// one line and a hostile file name cannot forge another.
struct LineLogHandler: LogHandler {
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]
    private let label: String
    private let write: @Sendable (String) -> Void

    /// A handler for the command `label` (`ingest`) at `level`, writing through `write`.
    init(label: String, level: Logger.Level, write: @escaping @Sendable (String) -> Void) {
        self.label = label
        logLevel = level
        self.write = write
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        write("\(label): \(event.level): \(Self.escapingControlCharacters(event.message.description))")
    }

    /// `text` with each control character (below U+0020, and U+007F) written as `\n`, `\t`,
    /// `\r` or `\u{…}`.
    static func escapingControlCharacters(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            case "\r": escaped += "\\r"
            case _ where isControl(scalar): escaped += "\\u{\(String(scalar.value, radix: 16))}"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F
    }
}
