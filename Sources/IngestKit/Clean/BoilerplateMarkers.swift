/// Tokens of tag names, `class`, `id` and `role` values that mark an element as not the
/// article, with the kind of boilerplate each one means. Data, not code: extend the tables
/// without touching `MainContentSelector`.
///
/// Tokens are whole words of the attribute value (`share-bar` gives `share` and `bar`), so a
/// marker never matches inside a longer word (`ad` does not match `header` or `download`).
enum BoilerplateMarkers {
    /// Markers that hold wherever the element stands.
    static let strong: [String: BoilerplateKind] = table([
        .navigation: [
            "nav", "navbar", "navigation", "navi", "menu", "menubar", "submenu", "megamenu", "breadcrumb",
            "breadcrumbs", "pagination", "pager", "skiplink", "skiplinks", "sitemap", "toolbar", "search",
            "searchform", "suche", "topbar", "jumplinks", "prev", "next", "previous",
        ],
        .cookie: [
            "cookie", "cookies", "cookiebanner", "cookienotice", "cookieconsent", "consent", "gdpr", "cmp",
            "onetrust", "usercentrics", "didomi",
        ],
        .social: [
            "share", "shares", "sharing", "sharebar", "shariff", "social", "socialmedia", "addthis",
            "sociallinks", "socials", "teilen", "sharedaddy", "tweet", "twitter", "facebook", "instagram",
            "pinterest", "whatsapp",
        ],
        .related: [
            "related", "relatedposts", "relatedarticles", "recommended", "recommendations", "outbrain",
            "taboola", "trending", "mostread", "mostpopular", "popular", "readmore", "morearticles",
            "weiterlesen", "empfehlungen", "recent", "teasers",
        ],
        .promotion: [
            "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit",
            "adsense", "dfp", "anzeige", "werbung", "sponsor", "sponsored", "promo", "promotion",
            "newsletter", "subscribe", "subscription", "paywall", "donate", "spenden", "abo", "cta", "signup",
        ],
        .legal: [
            "footer", "copyright", "imprint", "impressum", "legal", "disclaimer", "contentinfo", "colophon", "disclosure",
        ],
        .author: [
            "author", "byline", "authorbox", "authorbio", "autorbox", "bio",
        ],
        .contact: [
            "contact", "kontakt",
        ],
        .tags: [
            "tags", "tagcloud", "taglist", "schlagworte", "schlagwoerter",
        ],
        .other: [
            "aside", "sidebar", "complementary", "comment", "comments", "commentlist", "kommentar",
            "kommentare", "disqus", "respond", "modal", "popup", "overlay", "lightbox", "dialog",
            "alertdialog", "login", "signin", "sronly", "visuallyhidden", "screenreader", "form", "figcaption",
            "caption", "embed", "embedded", "button", "notice", "widgets", "widgettitle", "textwidget",
            "nocontent", "noprint", "metadata", "postmetadata", "credit", "credits", "noscript",
        ],
    ])

    /// Beginnings of tokens that are markers in any compound (`promocard`, `sidebarleft`,
    /// `newsletterbox`, `commentform`, `kommentarmodul`): words no article container starts with,
    /// but for `prefixExceptions`.
    static let prefixes: [(prefix: String, kind: BoilerplateKind)] = [
        ("promo", .promotion), ("newsletter", .promotion), ("advert", .promotion), ("paywall", .promotion),
        ("cookie", .cookie), ("consent", .cookie), ("breadcrumb", .navigation), ("sidebar", .other),
        ("related", .related), ("social", .social), ("footer", .legal), ("comment", .other), ("kommentar", .other),
    ]

    /// Words that begin with a prefix marker but name an article's genre, never a widget
    /// (an opinion piece classed `commentary`).
    static let prefixExceptions: Set<String> = ["commentary", "commentaries", "commentator", "commentators"]

    /// Markers of the page's own header: they hold only outside the article, since an
    /// article's `header` carries its title.
    static let weak: [String: BoilerplateKind] = table([
        .navigation: ["header", "masthead", "banner", "siteheader", "pageheader"],
    ])

    /// Markers never misused for a wrapper of the article: they hold even on an element that
    /// holds most of the page's text (a long comment thread under a short article).
    static let definite: Set<String> = [
        "comment", "comments", "commentlist", "kommentar", "kommentare", "disqus", "respond",
        "cookie", "cookies", "cookiebanner", "cookienotice", "cookieconsent", "consent",
    ]

    /// Markers of comment threads, and beginnings of their compounds (`commentlist`,
    /// `kommentarbereich`): under an article they are boilerplate, but on a page with no article
    /// outside them (a forum topic, a question and its answers) the thread is the content.
    static let thread: Set<String> = ["comment", "comments", "commentlist", "kommentar", "kommentare", "respond", "disqus"]
    static let threadPrefixes: [String] = ["comment", "kommentar"]

    /// Words that turn the token after them into a statement about the element's surroundings
    /// (`has-sidebar`, `no-comments`, `with-ads`): that token is not a marker.
    static let modifiers: Set<String> = [
        "has", "no", "with", "without", "hide", "show", "enable", "enabled", "disable", "disabled", "mit", "ohne",
    ]

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

    private static func table(_ groups: [BoilerplateKind: [String]]) -> [String: BoilerplateKind] {
        var table: [String: BoilerplateKind] = [:]
        for (kind, tokens) in groups {
            for token in tokens { table[token] = kind }
        }
        return table
    }
}
