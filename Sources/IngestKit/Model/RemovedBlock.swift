/// Why a block is not part of the article.
public enum BoilerplateKind: String, Sendable, Hashable, CaseIterable {
    case booking
    case contact
    case staff
    case author
    case related
    case tags
    case promotion
    case imageRequest = "image-request"
    case navigation
    case cookie
    case legal
    case social
    case other
}

/// A piece of the source that Clean took out of the article, with the reason.
public struct RemovedBlock: Sendable, Equatable {
    /// Why it was removed.
    public var kind: BoilerplateKind
    /// Its text (a list's items joined by line breaks, a front matter's lines as written); the
    /// document shows it normalized on one line (`RemovedBlock.json`).
    public var text: String

    /// Creates a removed block.
    public init(kind: BoilerplateKind, text: String) {
        self.kind = kind
        self.text = text
    }
}
