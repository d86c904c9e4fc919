/// The thresholds of main-content detection, in one place. Lengths count characters without
/// white space (`BlockContext.textCharacters`).
enum MainContentSettings {
    /// An element marked as boilerplate that holds at least this share of the page's text
    /// (counted as `TextWrappers` says) is a mislabelled wrapper (a `<form>` around the whole
    /// page, a `sidebar-layout` div), not boilerplate: its marker is ignored. Definite markers
    /// (`BoilerplateMarkers.definite`, `.definiteOutsideArticle`) hold regardless.
    static let wrapperTextShare = 0.6

    /// A block whose link characters make up at least this share of its text is a link block
    /// (menus, teaser lists, tag lines): it counts against the container that holds it.
    static let linkBlockDensity = 0.5

    /// A block with at least this many characters, not a link block, is running text and
    /// counts for its containers.
    static let goodBlockCharacters = 80

    /// How much a character of boilerplate-like text (link text, short blocks) weighs against a
    /// character of running text when containers are compared.
    static let badTextWeight = 1.0

    /// How much a short block (neither running text nor a link block) weighs against its
    /// container, per character.
    static let shortBlockWeight = 0.3

    /// Inside the chosen container, a block at least this link-dense is dropped as a list of
    /// links within the article (related articles, "read also").
    static let linkBlockDensityInArticle = 0.5

    /// Blocks beside the chosen container are kept when their subtree branches off at most
    /// this many levels above it and scores at least `siblingMinimumScore` (a lead paragraph
    /// outside the body's element).
    static let siblingLevels = 5

    /// See `siblingLevels`: the least score of a subtree beside the article that is kept.
    static let siblingMinimumScore = 50.0

    /// See `siblingLevels`: on a page whose article holds less than `sectionArticleShare` of the
    /// running text, a subtree beside it is kept too when its lines outside links exceed its
    /// labels and link blocks by this many characters (`sectionScores`): the other sections of a
    /// company's page, written in short lines under their headings.
    static let siblingSectionMinimumScore = 200.0

    /// See `siblingSectionMinimumScore`: the share of the page's running text below which the
    /// article is one section of a page of sections, not the whole of an article. Also the share
    /// of the declared article's running text (`itemprop="articleBody"`, the only `<article>`)
    /// below which the densest container inside it is one of its sections, and the declared
    /// element is the article.
    static let sectionArticleShare = 0.9

    /// See `siblingSectionMinimumScore`: a line of a section shorter than this is a label (a
    /// filter's name, a button) and counts against it, like a short block against a container.
    static let sectionLineCharacters = 25

    /// When the chosen container holds fewer running-text characters than this, the cascade
    /// falls back to every block that survived the markers.
    static let minimumArticleCharacters = 500

    /// Headings at most this many blocks before the chosen container are the article's title
    /// and kept with it (news pages put the `h1` beside the body, not inside it).
    static let titleLookback = 4

    /// Blocks shorter than this are checked against `BoilerplatePhrases` (longer ones are
    /// running text that may well use such words).
    static let phraseBlockCharacters = 120

    /// A paragraph or heading of at most this many characters that is mostly digits (a date,
    /// a time stamp, a page count) is metadata, not article text.
    static let numericBlockCharacters = 30

    /// See `numericBlockCharacters`: the least share of digits that makes such a block metadata.
    static let numericBlockDigitShare = 0.4

    /// Paragraphs shorter than this after the article's last running text are prompts, credits
    /// and dates, not the article.
    static let tailBlockCharacters = 20

    /// A paragraph shorter than this between two removed blocks is removed with them (a label,
    /// a date, a credit). A sentence of its own is longer: a one-line entry of a listing, a
    /// post's short reply or a feature's line of description stays.
    static let isolatedBlockCharacters = 40

    /// Repeated cards (`RepeatedCards`): how much a character of link text inside a card counts
    /// (a teaser's title and summary are links to the item).
    static let cardLinkWeight = 0.25

    /// A card holds at least this many blocks (a title and a summary, an author and a post): a
    /// run of single links is a menu.
    static let cardMinimumBlocks = 2

    /// A link block of this many words that ends a sentence is a card's description, running
    /// text (`LinkedProse`).
    static let linkedProseMinimumWords = 13

    /// A card holds at least this many characters.
    static let cardMinimumCharacters = 40.0

    /// Siblings built alike make a run of cards from this many on.
    static let minimumCards = 3

    /// A run of cards is the page's content when its text exceeds the densest container's
    /// score by this factor.
    static let cardAdvantage = 3.0

    /// A page's `<main>` element that holds at least this share of its running text holds the
    /// content: what stands outside it is not searched.
    static let mainTextShare = 0.1

    /// An element the page declares its article's body (`itemprop="articleBody"`, or its only
    /// `<article>`) that holds at least this share of its running text ends the article: what
    /// follows it is not searched.
    /// A thread's first post, declared so, holds less than the replies after it.
    static let articleBodyTextShare = 0.5

    /// A page with no article outside its comment threads, or one that declares itself a thread,
    /// is read as a thread when that gives at least this many times the running text of the
    /// reading without the threads (a short article above a long discussion stays an article).
    static let threadAdvantage = 4.0

    /// A kept block of at least this many characters that repeats an earlier kept block word
    /// for word is a copy (for another screen size, another slide) and goes.
    static let repeatedBlockCharacters = 20

    /// A link block whose lines (list items) average at least this many characters lists
    /// titles, not menu labels: on a page without an article it is kept.
    static let titleCharacters = 25.0

    /// On a listing (below), a link block whose lines average at least this many characters (two
    /// words) lists names, of products, places or people, not menu labels: it is what the page
    /// offers. Elsewhere lists need `titleCharacters`: around an article, even a short one, the
    /// lists of short names are the site's.
    static let nameCharacters = 12.0

    /// A page with no article that holds less running text than this (a paragraph or two) and
    /// does not declare itself an article (`og:type`) is a listing: a shop's category, a
    /// directory, an index of names.
    static let listingTextCharacters = 200.0

    /// When the markers leave less than this share of the page's running text, they may have
    /// taken the content (sections of a company's page classed `promo` or `cta`): the page is
    /// read again with only the surest markers, and that reading counts when it keeps at least
    /// `strictAdvantage` times the running text.
    static let markedPageShare = 0.35

    /// See `markedPageShare`.
    static let strictAdvantage = 3.0

    /// On a page without an article, link blocks inside the element that holds all its running
    /// text are kept (the entries of an index under its introduction) when that element stands
    /// at least this deep (`html` is 1, `body` 2): a region of the page, not the page itself.
    static let textRegionDepth = 3

    /// Paragraphs cut short with an ellipsis make a run of teasers (`TeaserExcerpts`) from this
    /// many on.
    static let minimumTeasers = 3

    /// See `minimumTeasers`: the least running text, not cut short, that stands before the
    /// teasers (an article above them; on a listing the excerpts come first).
    static let teaserLeadCharacters = 500

    /// A list of links inside the article stays when a line of at least this many characters
    /// that ends with a colon announces it (`AnnouncedList`): a label ("Read more:") is shorter.
    static let announcingLineCharacters = 20

    /// A line of a member's panel beside a thread's posts (`MemberPanel`) goes when the page
    /// holds at least this many such lines alike (the same statistic, rank or link).
    static let minimumPanelLines = 2

    /// See `minimumPanelLines`: a member's rank is at most this many words (`7+ Year Member`).
    static let rankWords = 3

    /// See `minimumPanelLines`: the longest value of a member's statistic (`Jun 29, 2016`).
    static let statisticValueCharacters = 40
}
