/// Runs the per-article stages, Decode -> Parse -> Clean -> Extract, on one source: a pure
/// function of the source's bytes and identity, shared by `ingest` and `ingest extract`.
public enum ArticleProcessor {
    /// The version written into every document and the manifest. A change of the pipeline's
    /// output bumps it, so an incremental run knows to rebuild.
    public static let pipelineVersion = "0.19.0"

    /// Turns one source into its document. `sha256` is the digest of the source's bytes when the
    /// caller has it already (it is computed otherwise).
    /// - Throws: `SourceFailure` (with the source's display path) when the source cannot be read
    ///   as an article.
    public static func process(_ source: Source, sha256: String? = nil) throws(SourceFailure) -> Document {
        let (article, encoding) = try clean(source)
        let language = LanguageDetector.detect(article)
        let items = ItemExtractor.extract(article, language: language)
        return Document(
            id: DocumentID.make(for: source),
            source: Document.SourceInfo(
                path: source.displayPath, url: source.url, format: source.format,
                sha256: sha256 ?? SHA256.hex(of: source.bytes), bytes: source.bytes.count,
                encoding: encoding),
            language: language,
            title: article.title,
            body: article.body,
            items: items,
            removed: article.removed,
            pipelineVersion: pipelineVersion)
    }

    /// The stages before Extract, Decode -> Parse -> Clean: the article of one source and the
    /// encoding its bytes were read in. Main-content extraction (`ingest extract --format text`)
    /// needs no more.
    /// - Throws: `SourceFailure` (with the source's display path) when the source cannot be read
    ///   as an article.
    public static func clean(_ source: Source) throws(SourceFailure) -> (article: CleanedArticle, encoding: String) {
        do throws(SourceFailure) {
            let decoded = try TextDecoder.decode(source.bytes, format: source.format, contentType: source.contentType)
            let page: ParsedPage
            switch source.format {
            case .html: page = HTMLParser.parse(utf8: decoded.utf8)
            case .text: page = PlainTextParser.parse(decoded.text)
            }
            let article = ArticleCleaner.clean(page, format: source.format)
            guard !article.body.isEmpty else {
                throw SourceFailure(.noContent, "no article text found")
            }
            return (article, decoded.encoding)
        } catch var error {
            error.path = source.displayPath
            throw error
        }
    }
}
