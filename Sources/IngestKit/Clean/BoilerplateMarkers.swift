/// Tokens of tag names, `class`, `id` and `role` values that mark an element as not the
/// article, with the kind of boilerplate each one means: the markup vocabulary every language's
/// pages share (`nav`, `footer`, `share`), and the words of each language's table
/// (`BoilerplateWords.markupTokens`: `teilen`, `werbung`), all read on every page since the
/// page's language is not known yet. Data, not code: extend the tables without touching
/// `MainContentSelector`.
///
/// Tokens are whole words of the attribute value (`share-bar` gives `share` and `bar`), so a
/// marker never matches inside a longer word (`ad` does not match `header` or `download`).
enum BoilerplateMarkers {
    /// Markers that hold wherever the element stands.
    static let strong: [String: BoilerplateKind] = table(LexiconSet.standard.lexicons.map(\.boilerplate.markupTokens) + [[
        .navigation: [
            "nav", "navbar", "navigation", "navi", "menu", "menubar", "submenu", "megamenu", "breadcrumb",
            "breadcrumbs", "pagination", "pager", "skiplink", "skiplinks", "sitemap", "toolbar", "search",
            "searchform", "topbar", "jumplinks", "prev", "next", "previous",
        ],
        .cookie: [
            "cookie", "cookies", "cookiebanner", "cookienotice", "cookieconsent", "consent", "gdpr", "cmp",
            "onetrust", "usercentrics", "didomi",
        ],
        .social: [
            "share", "shares", "sharing", "sharebar", "shariff", "social", "socialmedia", "addthis",
            "sociallinks", "socials", "sharedaddy", "tweet", "twitter", "facebook", "instagram",
            "pinterest", "whatsapp",
        ],
        .related: [
            "related", "relatedposts", "relatedarticles", "recommended", "recommendations", "outbrain",
            "taboola", "trending", "mostread", "mostpopular", "popular", "readmore", "morearticles",
            "recent", "teasers",
        ],
        .promotion: [
            "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit",
            "adsense", "dfp", "sponsor", "sponsored", "promo", "promotion",
            "newsletter", "subscribe", "subscription", "paywall", "donate", "cta", "signup",
        ],
        .legal: [
            "footer", "copyright", "imprint", "legal", "disclaimer", "contentinfo", "colophon", "disclosure",
        ],
        .author: [
            "author", "byline", "authorbox", "authorbio", "bio", "signature",
        ],
        .contact: [
            "contact",
        ],
        .tags: [
            "tags", "tagcloud", "taglist",
        ],
        .other: [
            "aside", "sidebar", "complementary", "comment", "comments", "commentlist", "disqus", "respond", "reviews", "modal", "popup", "overlay", "lightbox", "dialog",
            "pings", "pingback", "pingbacks", "trackback", "trackbacks",
            "alertdialog", "login", "signin", "sronly", "visuallyhidden", "screenreader", "form", "figcaption",
            "caption", "embed", "embedded", "button", "notice", "widgets", "widgettitle", "textwidget",
            "nocontent", "noprint", "metadata", "postmetadata", "credit", "credits", "noscript", BlockContext.modalToken,
        ],
    ]])

    /// Beginnings of tokens that are markers in any compound (`promocard`, `sidebarleft`,
    /// `newsletterbox`, `commentform`, `kommentarmodul`): words no article container starts with,
    /// but for `prefixExceptions`.
    private static let prefixes: [(prefix: String, kind: BoilerplateKind)] = [
        ("promo", .promotion), ("newsletter", .promotion), ("advert", .promotion), ("paywall", .promotion),
        ("cookie", .cookie), ("consent", .cookie), ("breadcrumb", .navigation), ("sidebar", .other),
        ("related", .related), ("social", .social), ("footer", .legal), ("comment", .other),
    ] + LexiconSet.standard.lexicons.flatMap { lexicon in
        BoilerplateKind.allCases.flatMap { kind in (lexicon.boilerplate.markupTokenPrefixes[kind] ?? []).map { (prefix: $0, kind: kind) } }
    }

    /// Words that begin with a prefix marker but name an article's genre, never a widget
    /// (an opinion piece classed `commentary`).
    static let prefixExceptions: Set<String> = ["commentary", "commentaries", "commentator", "commentators"]
    /// `prefixes` as a table for matching tokens.
    static let prefixTable = TokenPrefixTable(prefixes.map { (prefix: $0.prefix, value: $0.kind) })

    /// Markers of the page's own header: they hold only outside the article, since an
    /// article's `header` carries its title.
    static let weak: [String: BoilerplateKind] = table([[
        .navigation: ["header", "masthead", "banner", "siteheader", "pageheader"],
    ]])

    /// Markers never misused for a wrapper of the article: they hold even on an element that
    /// holds most of the page's text (a long comment thread under a short article, the customer
    /// reviews under a product's description).
    static let definite: Set<String> = Set([
        "comment", "comments", "commentlist", "disqus", "respond", "reviews",
        "cookie", "cookies", "cookiebanner", "cookienotice", "cookieconsent", "consent",
        // A modal dialog stands over the page (a policy, a cart, a sign-up form), whatever text it holds.
        BlockContext.modalToken,
    ]).union(LexiconSet.standard.lexicons.flatMap(\.boilerplate.definiteMarkupTokens))

    /// Tag names of the page's own landmarks: outside the article, such an element is the site's
    /// frame (its footer) even when it holds most of the page's text, as a footer of long legal
    /// notes under a grid of products does. Inside the article, a `footer` holds its byline or tags.
    static let definiteOutsideArticle: Set<String> = ["footer"]

    /// Markers of comment threads, and beginnings of their compounds (`commentlist`,
    /// `kommentarbereich`): under an article they are boilerplate, but on a page with no article
    /// outside them (a forum topic, a question and its answers) the thread is the content. The
    /// shared markup vocabulary, and each language's (`BoilerplateWords.threadMarkupTokens`);
    /// `form` too, since forums wrap the posts in one (to quote or moderate several at once).
    static let thread: Set<String> = Set(["comment", "comments", "commentlist", "respond", "disqus", "reviews", "form"])
        .union(LexiconSet.standard.lexicons.flatMap(\.boilerplate.threadMarkupTokens))
    private static let threadPrefixes: [String] = ["comment"] + LexiconSet.standard.lexicons.flatMap(\.boilerplate.threadMarkupTokenPrefixes)
    /// `threadPrefixes` as a table for matching tokens.
    static let threadPrefixTable = TokenPrefixTable(threadPrefixes.map { (prefix: $0, value: true) })

    /// Words that turn the token after them into a statement about the element's surroundings
    /// (`has-sidebar`, `no-comments`, `with-ads`): that token is not a marker.
    static let modifiers: Set<String> = [
        "has", "no", "with", "without", "hide", "show", "enable", "enabled", "disable", "disabled", "mit", "ohne",
    ]

    /// Marker words that, after the word named here, name something else: `w-embed` is a site
    /// builder's block of any HTML the author writes in (a table, a chart, a list), not a widget
    /// embedded from elsewhere.
    static let neutralCompounds: [String: Set<String>] = ["w": ["embed"]]

    /// Marker words that, before the word named here, name the page's content: `search-results`
    /// holds what a search found, the entries of a search page, where `search` alone is the box
    /// a query is typed into.
    static let contentCompounds: [String: Set<String>] = ["search": ["results", "result"]]

    /// Tag names of quotations: a post embedded from a social network (`<blockquote
    /// class="twitter-tweet">`) is quoted in the article as its source, so the social markers
    /// of its own element do not make it boilerplate. Share bars are never quotations.
    static let quotationElements: Set<String> = ["blockquote"]

    /// Tag names of the article itself: such an element is never boilerplate, whatever else
    /// its tokens say, and it shields the headers inside it.
    static let articleElements: Set<String> = ["article", "main"]

    /// Tokens of containers that hold the article: a page `header` inside one is the
    /// article's header.
    static let articleTokens: Set<String> = [
        "article", "main", "content", "entry", "post", "story", "articlebody", "postbody", "blogpost",
    ]

    /// What the tables above say about one token.
    struct TokenFacts: Sendable {
        /// Its kind in `strong`.
        var strong: BoilerplateKind?
        /// Its kind in `weak`.
        var weak: BoilerplateKind?
        /// Whether it is in `modifiers`.
        var isModifier = false
        /// Whether it is in `articleTokens`.
        var isArticleToken = false
        /// Whether it is in `definite`.
        var isDefinite = false
        /// Whether it is in `thread`.
        var isThread = false
        /// The tokens it makes no marker when they follow it (`neutralCompounds`).
        var neutralFollowers: Set<String>?
        /// The tokens after which it is no marker itself (`contentCompounds`).
        var contentFollowers: Set<String>?
    }

    /// Every token some table above names, with all they say about it: an element's tokens are
    /// each looked up once, where the tables one by one took a dozen lookups.
    static let facts: [String: TokenFacts] = {
        var facts: [String: TokenFacts] = [:]
        func update(_ tokens: some Sequence<String>, _ change: (inout TokenFacts) -> Void) {
            for token in tokens { change(&facts[token, default: TokenFacts()]) }
        }
        for (token, kind) in strong { update([token]) { $0.strong = kind } }
        for (token, kind) in weak { update([token]) { $0.weak = kind } }
        update(modifiers) { $0.isModifier = true }
        update(articleTokens) { $0.isArticleToken = true }
        update(definite) { $0.isDefinite = true }
        update(thread) { $0.isThread = true }
        for (token, followers) in neutralCompounds { update([token]) { $0.neutralFollowers = followers } }
        for (token, followers) in contentCompounds { update([token]) { $0.contentFollowers = followers } }
        return facts
    }()

    /// One token table from several, kinds in `BoilerplateKind.allCases` order; a token listed
    /// twice keeps its first kind.
    private static func table(_ groupsOfTables: [[BoilerplateKind: [String]]]) -> [String: BoilerplateKind] {
        var table: [String: BoilerplateKind] = [:]
        for groups in groupsOfTables {
            for kind in BoilerplateKind.allCases {
                for token in groups[kind] ?? [] where table[token] == nil { table[token] = kind }
            }
        }
        return table
    }
}
