/// One thing an article names in a category: a cause, a treatment, a symptom, …
public struct Item: Sendable, Equatable {
    /// The item's name, in the article's words.
    public var name: String
    /// What the article says about it, when it says more than the name.
    public var detail: String?
    /// The cause (another item of the same article) this item answers, for treatments and
    /// prevention tied to a cause.
    public var forCause: String?
    /// The heading under which the item was found.
    public var section: String

    /// Creates an item.
    public init(name: String, detail: String? = nil, forCause: String? = nil, section: String) {
        self.name = name
        self.detail = detail
        self.forCause = forCause
        self.section = section
    }
}

/// The categories of items the pipeline extracts, in the order a document lists them.
public enum Category: String, Sendable, Hashable, CaseIterable {
    case causes
    case treatments
    case prevention
    case symptoms
    case diagnostics
    case seeADoctor
}
