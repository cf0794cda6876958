//! The parsed article and its values.
//!
//! Every value borrows from the input (`'a`) and remembers the byte ranges it
//! was read from. Plain text is a [`Cow<'a, str>`]: borrowed when the source
//! needed no rewriting, owned when it did (a resolved escape, an unwrapped
//! link, a joined hard wrap or page break). Every type has an `into_owned`
//! that gives a `'static` copy, for keeping values after the input is gone.

use std::borrow::Cow;
use std::fmt;
use std::iter::FusedIterator;
use std::ops::Range;

/// A byte range of the input: `start..end`, both on char boundaries.
///
/// Every value of an [`Article`] knows the span(s) it was read from, so you
/// can highlight it in the source or check what the parser took.
///
/// ```
/// let text = "Harbour talks resume\n\nBy Ana Lind\n\nTalks resumed on Monday after a week of strikes.\n";
/// let article = newswire::parse(text)?;
/// let span = article.byline().unwrap().spans()[0];
/// // The byline's span covers its `By ` marker.
/// assert_eq!(&text[span.range()], "By Ana Lind");
/// assert_eq!((span.start, span.len()), (22, 11));
/// # Ok::<(), newswire::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The span as a `Range`, ready to slice the input with.
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub const fn is_empty(self) -> bool {
        self.end == self.start
    }

    /// True when the two spans share at least one byte.
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

impl From<Span> for Range<usize> {
    fn from(span: Span) -> Self {
        span.range()
    }
}

/// The spans of one value: one range in the common case (no allocation),
/// several when the value was joined from pieces (a hard-wrapped paragraph,
/// a paragraph split by a page break, a byline spread over lines).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Spans {
    One(Span),
    Many(Box<[Span]>),
}

impl Spans {
    pub(crate) fn from_vec(mut spans: Vec<Span>) -> Spans {
        if spans.len() == 1 {
            Spans::One(spans.pop().unwrap_or_default())
        } else {
            Spans::Many(spans.into_boxed_slice())
        }
    }

    pub(crate) fn as_slice(&self) -> &[Span] {
        match self {
            Spans::One(span) => std::slice::from_ref(span),
            Spans::Many(spans) => spans,
        }
    }

    pub(crate) fn cover(&self) -> Span {
        let spans = self.as_slice();
        match (spans.first(), spans.last()) {
            (Some(first), Some(last)) => Span::new(first.start, last.end),
            _ => Span::default(),
        }
    }
}

/// A text value: the plain text a reader sees, and where it came from.
///
/// `Text` dereferences to `str`, prints with `Display` and compares with
/// `&str`. Its source spans include the markers that belong to it (the `# `
/// of a heading, the `- ` of a list item, the `[` and `](url)` of a link).
///
/// The text is borrowed from the input when it could be sliced out as it
/// was printed (`Harbour talks resume`), and owned when it had to be
/// rewritten: `\$40bn` becomes `$40bn`, `[cranes](#)` becomes `cranes`, a
/// hard-wrapped or page-broken paragraph is joined into one line.
///
/// ```
/// let text = "Harbour talks resume\n\nThe \\$40bn port of Veldan reopened on Monday after a week of strikes.\n";
/// let article = newswire::parse(text)?;
///
/// let headline = article.headline().unwrap();
/// assert_eq!(headline, "Harbour talks resume");
/// assert!(headline.is_borrowed());
/// assert_eq!(headline.span().range(), 0..20);
///
/// // An escape was resolved: the text is a copy, the span is the source.
/// let paragraph = article.body()[0].text();
/// assert!(paragraph.starts_with("The $40bn port"));
/// assert!(!paragraph.is_borrowed());
/// assert!(text[paragraph.span().range()].starts_with("The \\$40bn port"));
/// # Ok::<(), newswire::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Text<'a> {
    pub(crate) text: Cow<'a, str>,
    pub(crate) spans: Spans,
}

impl<'a> Text<'a> {
    pub(crate) fn new(text: Cow<'a, str>, spans: Spans) -> Self {
        Text { text, spans }
    }

    /// A value for `part`, a sub-slice of this value's plain text: borrowed
    /// with an exact span when this value is a plain slice of the input,
    /// otherwise a copy that keeps this value's spans.
    pub(crate) fn sub(&self, part: &str) -> Text<'a> {
        let whole: &str = &self.text;
        let start = crate::scan::offset_in(whole, part);
        let end = start + part.len();
        // A part from elsewhere gets a copy (never a panic).

        if end > whole.len() {
            return Text::new(Cow::Owned(part.to_owned()), self.spans.clone());
        }
        match (&self.text, &self.spans) {
            (Cow::Borrowed(b), Spans::One(span)) if span.len() == b.len() => {
                let s = span.start + start;
                Text::new(
                    Cow::Borrowed(&b[start..end]),
                    Spans::One(Span::new(s, s + part.len())),
                )
            }
            _ => Text::new(Cow::Owned(part.to_owned()), self.spans.clone()),
        }
    }

    /// The plain text (also reachable through `Deref`, `AsRef<str>` and
    /// `Display`).
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The plain text as a `Cow`, borrowed from the input when no rewriting
    /// was needed.
    pub fn as_cow(&self) -> &Cow<'a, str> {
        &self.text
    }

    /// Consumes the value, giving its plain text (borrowed from the input
    /// when no rewriting was needed).
    pub fn into_cow(self) -> Cow<'a, str> {
        self.text
    }

    /// True when the plain text is a slice of the input (no copy was made).
    pub fn is_borrowed(&self) -> bool {
        matches!(self.text, Cow::Borrowed(_))
    }

    /// The byte ranges of the input this value was read from, in order:
    /// one for a value printed in one piece, several for a value joined
    /// from pieces (a hard-wrapped paragraph, a paragraph cut by a page
    /// break). Markers that belong to the value are inside them.
    pub fn spans(&self) -> &[Span] {
        self.spans.as_slice()
    }

    /// One range from the start of the first span to the end of the last
    /// (it may cover bytes between pieces that belong to other values).
    pub fn span(&self) -> Span {
        self.spans.cover()
    }

    /// A copy that no longer borrows the input.
    pub fn into_owned(self) -> Text<'static> {
        Text {
            text: Cow::Owned(self.text.into_owned()),
            spans: self.spans,
        }
    }
}

impl std::ops::Deref for Text<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

impl AsRef<str> for Text<'_> {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

impl fmt::Display for Text<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl PartialEq<str> for Text<'_> {
    fn eq(&self, other: &str) -> bool {
        self.text == other
    }
}

impl PartialEq<&str> for Text<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

impl PartialEq<Text<'_>> for &str {
    fn eq(&self, other: &Text<'_>) -> bool {
        *self == other.text
    }
}

/// An image caption and its photo credit.
///
/// From `Dock workers unload containers on Monday. Photograph: Jane Roe/Reuters`
/// the text is `Dock workers unload containers on Monday.` and the credit
/// `Jane Roe/Reuters`. A credit with no caption text gives an empty `text`.
/// Credits are recognised after `©`, `Photograph:`, `Photo:`, `Credit:`,
/// `Image:` and in parentheses or brackets (`(AP Photo/Jane Roe)`).
///
/// ```
/// let text = "Harbour talks resume\n\n\
///             Dock workers unload containers on Monday. Photograph: Jane Roe/Reuters\n\n\
///             By Ana Lind\n\n\
///             Talks resumed on Monday after a week of strikes.\n";
/// let article = newswire::parse(text)?;
/// let caption = &article.captions()[0];
/// assert_eq!(caption.text(), "Dock workers unload containers on Monday.");
/// assert_eq!(caption.credit().unwrap(), "Jane Roe/Reuters");
/// // The caption's span covers its `Photograph:` marker too.
/// assert!(text[caption.spans()[0].range()].ends_with("Photograph: Jane Roe/Reuters"));
/// # Ok::<(), newswire::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Caption<'a> {
    pub(crate) text: Text<'a>,
    pub(crate) credit: Option<Text<'a>>,
    pub(crate) spans: Spans,
}

impl<'a> Caption<'a> {
    /// What the caption says (may be empty when only a credit was printed).
    pub fn text(&self) -> &Text<'a> {
        &self.text
    }

    /// Who took or supplied the picture, without the `©` / `Photograph:` /
    /// parentheses that marked it.
    pub fn credit(&self) -> Option<&Text<'a>> {
        self.credit.as_ref()
    }

    /// The byte ranges of the whole caption, markers included.
    pub fn spans(&self) -> &[Span] {
        self.spans.as_slice()
    }

    /// A copy that no longer borrows the input.
    pub fn into_owned(self) -> Caption<'static> {
        Caption {
            text: self.text.into_owned(),
            credit: self.credit.map(Text::into_owned),
            spans: self.spans,
        }
    }
}

/// One author of a byline.
///
/// `By Jane Roe in Beijing` gives the name `Jane Roe` and the location
/// `Beijing`; `Jane Roe, Economics Editor` the role `Economics Editor`.
///
/// ```
/// let text = "Harbour talks resume\n\n\
///             By Jane Roe in Rotterdam and Ali Khan, Economics Editor\n\n\
///             Talks resumed on Monday after a week of strikes.\n";
/// let article = newswire::parse(text)?;
/// let authors: Vec<_> = article.authors().collect();
/// assert_eq!(authors[0].name(), "Jane Roe");
/// assert_eq!(authors[0].location().unwrap(), "Rotterdam");
/// assert_eq!(authors[1].name(), "Ali Khan");
/// assert_eq!(authors[1].role().unwrap(), "Economics Editor");
/// assert!(authors[1].location().is_none());
/// # Ok::<(), newswire::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Author<'a> {
    pub(crate) name: Text<'a>,
    pub(crate) role: Option<Text<'a>>,
    pub(crate) location: Option<Text<'a>>,
}

impl<'a> Author<'a> {
    /// The author's name as printed (a desk name such as `Reuters Staff` too).
    pub fn name(&self) -> &Text<'a> {
        &self.name
    }

    /// A title or affiliation printed after the name (`CNN`, `Education editor`).
    pub fn role(&self) -> Option<&Text<'a>> {
        self.role.as_ref()
    }

    /// Where the author filed from (`Beijing` in `Jane Roe in Beijing`).
    pub fn location(&self) -> Option<&Text<'a>> {
        self.location.as_ref()
    }

    /// A copy that no longer borrows the input.
    pub fn into_owned(self) -> Author<'static> {
        Author {
            name: self.name.into_owned(),
            role: self.role.map(Text::into_owned),
            location: self.location.map(Text::into_owned),
        }
    }
}

/// Who wrote the article: the byline, with its authors in printed order.
///
/// Printed as `By Jane Roe and Ali Khan`, `Jane Roe in Beijing`, `Jane Roe,
/// Economics Editor`, or as a name on a line of its own in the header; a
/// desk or agency (`Reuters Staff`, `Associated Press`) is an author too.
/// A byline and a timestamp on one line (`Jane Roe in Beijing 6 HOURS AGO`)
/// are split into the byline and [`Article::published`].
///
/// ```
/// let text = "Harbour talks resume\n\n\
///             Jane Roe and Ali Khan in Karachi 6 HOURS AGO\n\n\
///             Talks resumed on Monday after a week of strikes.\n";
/// let article = newswire::parse(text)?;
/// let byline = article.byline().unwrap();
/// let names: Vec<&str> = byline.authors().iter().map(|a| a.name().as_str()).collect();
/// assert_eq!(names, ["Jane Roe", "Ali Khan"]);
/// // `in Karachi` belongs to the last author only.
/// assert!(byline.authors()[0].location().is_none());
/// assert_eq!(byline.authors()[1].location().unwrap(), "Karachi");
/// assert_eq!(article.published().unwrap(), "6 HOURS AGO");
/// # Ok::<(), newswire::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Byline<'a> {
    pub(crate) authors: Vec<Author<'a>>,
    pub(crate) spans: Spans,
}

impl<'a> Byline<'a> {
    /// The authors in the order printed.
    pub fn authors(&self) -> &[Author<'a>] {
        &self.authors
    }

    /// The byte ranges of the byline, its `By ` marker included.
    pub fn spans(&self) -> &[Span] {
        self.spans.as_slice()
    }

    /// A copy that no longer borrows the input.
    pub fn into_owned(self) -> Byline<'static> {
        Byline {
            authors: self.authors.into_iter().map(Author::into_owned).collect(),
            spans: self.spans,
        }
    }
}

/// The wire dateline that opens the first paragraph.
///
/// `ROTTERDAM, Aug 28 (Reuters) -` gives location `ROTTERDAM`, date `Aug 28`
/// and agency `Reuters`; `(CNN) —` only the agency. The dateline is taken
/// out of the first paragraph's text; its dash belongs to no value.
///
/// ```
/// let text = "Port talks resume\n\n\
///             ROTTERDAM, Aug 28 (Reuters) - Talks resumed on Monday after a week of strikes.\n";
/// let article = newswire::parse(text)?;
/// let dateline = article.dateline().unwrap();
/// assert_eq!(dateline.location().unwrap(), "ROTTERDAM");
/// assert_eq!(dateline.date().unwrap(), "Aug 28");
/// assert_eq!(dateline.agency().unwrap(), "Reuters");
/// assert_eq!(text[dateline.span().range()].trim_end(), "ROTTERDAM, Aug 28 (Reuters) -");
/// assert_eq!(article.body()[0].text(), "Talks resumed on Monday after a week of strikes.");
/// # Ok::<(), newswire::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Dateline<'a> {
    pub(crate) location: Option<Text<'a>>,
    pub(crate) date: Option<Text<'a>>,
    pub(crate) agency: Option<Text<'a>>,
    pub(crate) span: Span,
}

impl<'a> Dateline<'a> {
    /// The place (`ROTTERDAM`, `PORTLAND, Ore.`).
    pub fn location(&self) -> Option<&Text<'a>> {
        self.location.as_ref()
    }

    /// The date as printed (`Aug 28`).
    pub fn date(&self) -> Option<&Text<'a>> {
        self.date.as_ref()
    }

    /// The agency, without its parentheses (`Reuters`, `AP`).
    pub fn agency(&self) -> Option<&Text<'a>> {
        self.agency.as_ref()
    }

    /// The byte range of the dateline, its dash included.
    pub fn span(&self) -> Span {
        self.span
    }

    /// A copy that no longer borrows the input.
    pub fn into_owned(self) -> Dateline<'static> {
        Dateline {
            location: self.location.map(Text::into_owned),
            date: self.date.map(Text::into_owned),
            agency: self.agency.map(Text::into_owned),
            span: self.span,
        }
    }
}

/// The copyright notice.
///
/// `Copyright The Example Times Limited 2023. All rights reserved.` gives the
/// holder `The Example Times Limited` and the year 2023. A notice repeated
/// at every page break of a PDF conversion is kept once; the repeats go to
/// [`Article::boilerplate`].
///
/// ```
/// let text = "Harbour talks resume\n\n\
///             Talks resumed on Monday after a week of strikes.\n\n\
///             © 2015-2023 The Example Times Limited. All rights reserved.\n";
/// let article = newswire::parse(text)?;
/// let copyright = article.copyright().unwrap();
/// assert_eq!(copyright.text(), "© 2015-2023 The Example Times Limited. All rights reserved.");
/// assert_eq!(copyright.holder().unwrap(), "The Example Times Limited");
/// assert_eq!(copyright.year(), Some(2023));
/// # Ok::<(), newswire::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Copyright<'a> {
    pub(crate) text: Text<'a>,
    pub(crate) holder: Option<Text<'a>>,
    pub(crate) year: Option<u16>,
}

impl<'a> Copyright<'a> {
    /// The whole notice as plain text.
    pub fn text(&self) -> &Text<'a> {
        &self.text
    }

    /// Who holds the copyright.
    pub fn holder(&self) -> Option<&Text<'a>> {
        self.holder.as_ref()
    }

    /// The year of the notice (the last one of a range such as `2015-2023`).
    pub fn year(&self) -> Option<u16> {
        self.year
    }

    /// A copy that no longer borrows the input.
    pub fn into_owned(self) -> Copyright<'static> {
        Copyright {
            text: self.text.into_owned(),
            holder: self.holder.map(Text::into_owned),
            year: self.year,
        }
    }
}

/// What kind of body block a [`Block`] is.
///
/// New kinds may be added in a minor release, so a `match` needs a `_` arm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BlockKind {
    /// A paragraph of the story.
    Paragraph,
    /// A crosshead between paragraphs: a line of six words or fewer with no
    /// terminal punctuation (`What comes next`), or a markdown heading.
    Subhead,
    /// A block quote (`> "We are not far apart," ...` in markdown).
    Quote,
    /// An item of a list (`- Pay rise of 14 per cent`); its marker is
    /// dropped, its ordering number (`1. Finland`), if any, stays in the text.
    ListItem,
}

impl BlockKind {
    /// The name used in the JSON shape: `paragraph`, `subhead`, `quote`,
    /// `list_item`.
    pub fn as_str(self) -> &'static str {
        match self {
            BlockKind::Paragraph => "paragraph",
            BlockKind::Subhead => "subhead",
            BlockKind::Quote => "quote",
            BlockKind::ListItem => "list_item",
        }
    }
}

/// One block of the body: a paragraph, subhead, quote or list item.
///
/// ```
/// use newswire::BlockKind;
///
/// let text = "Harbour talks resume\n\n\
///             Talks resumed on Monday after a week of strikes.\n\n## What comes next\n\n\
///             > \"We are not far apart,\" said Tomas Ferreira.\n\n\
///             - Pay rise of 14 per cent\n\
///             - No cranes without consultation\n\n\
///             The port handled 400 million tonnes of cargo last year.\n";
/// let article = newswire::parse(text)?;
/// let blocks: Vec<(BlockKind, &str)> =
///     article.body().iter().map(|b| (b.kind(), b.text().as_str())).collect();
/// assert_eq!(blocks, [
///     (BlockKind::Paragraph, "Talks resumed on Monday after a week of strikes."),
///     (BlockKind::Subhead, "What comes next"),
///     (BlockKind::Quote, "\"We are not far apart,\" said Tomas Ferreira."),
///     (BlockKind::ListItem, "Pay rise of 14 per cent"),
///     (BlockKind::ListItem, "No cranes without consultation"),
///     (BlockKind::Paragraph, "The port handled 400 million tonnes of cargo last year."),
/// ]);
/// assert_eq!(article.body()[1].kind().as_str(), "subhead");
/// # Ok::<(), newswire::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Block<'a> {
    pub(crate) kind: BlockKind,
    pub(crate) text: Text<'a>,
}

impl<'a> Block<'a> {
    /// Paragraph, subhead, quote or list item.
    pub fn kind(&self) -> BlockKind {
        self.kind
    }

    /// The block's plain text, without its markup (`## `, `> `, `- `).
    pub fn text(&self) -> &Text<'a> {
        &self.text
    }

    /// A copy that no longer borrows the input.
    pub fn into_owned(self) -> Block<'static> {
        Block {
            kind: self.kind,
            text: self.text.into_owned(),
        }
    }
}

/// The fields of an article, used to label spans (see [`Article::claims`]).
///
/// New fields may be added in a minor release, so a `match` needs a `_` arm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Field {
    /// [`Article::kicker`]: `Markets`.
    Kicker,
    /// [`Article::headline`]: `Ministers agree to reopen the port talks`.
    Headline,
    /// [`Article::standfirst`]: `Officials stress stability as trade
    /// volumes fall`.
    Standfirst,
    /// [`Article::captions`]: `Dock workers unload containers. Photograph:
    /// Jane Roe/Reuters`, credit included.
    Caption,
    /// [`Article::byline`]: `By Jane Roe and Ali Khan`, marker included.
    Byline,
    /// [`Article::published`]: `6 HOURS AGO`.
    Published,
    /// [`Article::dateline`]: `ROTTERDAM, Aug 28 (Reuters) -`.
    Dateline,
    /// [`Article::body`]: each paragraph, subhead, quote and list item.
    Body,
    /// [`Article::end_notes`]: `Reporting by Jane Roe; Editing by Sam Poe`.
    EndNote,
    /// [`Article::copyright`]: `Copyright The Example Times Limited 2023.`
    Copyright,
    /// [`Article::boilerplate`]: `Advertisement`, `Share this article`.
    Boilerplate,
}

impl Field {
    /// The JSON key of the field (`end_notes`, `captions`, ...).
    ///
    /// ```
    /// assert_eq!(newswire::Field::EndNote.as_str(), "end_notes");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Kicker => "kicker",
            Field::Headline => "headline",
            Field::Standfirst => "standfirst",
            Field::Caption => "captions",
            Field::Byline => "byline",
            Field::Published => "published",
            Field::Dateline => "dateline",
            Field::Body => "body",
            Field::EndNote => "end_notes",
            Field::Copyright => "copyright",
            Field::Boilerplate => "boilerplate",
        }
    }
}

/// A parsed article, from [`parse`](crate::parse).
///
/// Every field is optional: bare wire copy has no headline, most web copy
/// has no dateline. Values borrow from the input text (`'a`); call
/// [`into_owned`](Article::into_owned) to keep the article longer. With the
/// `serde` feature, an `Article` serialises to the JSON shape in the crate
/// docs.
///
/// ```
/// let text = "Markets\n\n\
///             Harbour talks resume as port strike enters second week\n\n\
///             Officials stress stability as trade volumes fall for a third month\n\n\
///             By Jane Roe\n\n\
///             Updated 3:45 PM ET, Mon August 28, 2023\n\n\
///             ROTTERDAM, Aug 28 (Reuters) - Talks between the port authority and the union resumed on Monday.\n\n\
///             Advertisement\n\n\
///             The union wants a pay rise of 14 per cent over three years.\n\n\
///             Reporting by Jane Roe; Editing by Sam Poe\n";
/// let article = newswire::parse(text)?;
/// assert_eq!(article.kicker().unwrap(), "Markets");
/// assert_eq!(article.headline().unwrap(), "Harbour talks resume as port strike enters second week");
/// assert_eq!(article.standfirst().unwrap(), "Officials stress stability as trade volumes fall for a third month");
/// assert_eq!(article.authors().next().unwrap().name(), "Jane Roe");
/// assert_eq!(article.published().unwrap(), "Updated 3:45 PM ET, Mon August 28, 2023");
/// assert_eq!(article.dateline().unwrap().agency().unwrap(), "Reuters");
/// assert_eq!(article.paragraphs().count(), 2);
/// assert_eq!(article.end_notes()[0], "Reporting by Jane Roe; Editing by Sam Poe");
/// assert_eq!(article.boilerplate()[0], "Advertisement");
/// assert!(article.copyright().is_none() && article.captions().is_empty());
/// # Ok::<(), newswire::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Article<'a> {
    pub(crate) kicker: Option<Text<'a>>,
    pub(crate) headline: Option<Text<'a>>,
    pub(crate) standfirst: Option<Text<'a>>,
    pub(crate) captions: Vec<Caption<'a>>,
    pub(crate) byline: Option<Byline<'a>>,
    pub(crate) published: Option<Text<'a>>,
    pub(crate) dateline: Option<Dateline<'a>>,
    pub(crate) body: Vec<Block<'a>>,
    pub(crate) end_notes: Vec<Text<'a>>,
    pub(crate) copyright: Option<Copyright<'a>>,
    pub(crate) boilerplate: Vec<Text<'a>>,
}

impl<'a> Article<'a> {
    /// The section, topic or series label printed just above the headline,
    /// or on its line (`Markets`, `EXCLUSIVE`, `Business | ...`).
    ///
    /// ```
    /// let article = newswire::parse("Analysis\n\nWhy the port strike matters\n\nTalks resumed on Monday after a week of strikes.\n")?;
    /// assert_eq!(article.kicker().unwrap(), "Analysis");
    /// # Ok::<(), newswire::Error>(())
    /// ```
    pub fn kicker(&self) -> Option<&Text<'a>> {
        self.kicker.as_ref()
    }

    /// The article's title, without a site name appended to it
    /// (`... | Reuters`, `... - BBC News` go to
    /// [`boilerplate`](Article::boilerplate)).
    ///
    /// ```
    /// let article = newswire::parse("Ministers agree to reopen the port talks - BBC News\n\nTalks resumed on Monday after a week of strikes.\n")?;
    /// assert_eq!(article.headline().unwrap(), "Ministers agree to reopen the port talks");
    /// # Ok::<(), newswire::Error>(())
    /// ```
    pub fn headline(&self) -> Option<&Text<'a>> {
        self.headline.as_ref()
    }

    /// The dek under the headline that sums up the story in a sentence or
    /// two (`Officials stress stability as trade volumes fall`).
    ///
    /// ```
    /// let text = "Harbour talks resume as port strike enters second week\n\nOfficials stress stability as trade volumes fall for a third month\n\nBy Ana Lind\n\nTalks resumed on Monday after a week of strikes.\n";
    /// let article = newswire::parse(text)?;
    /// assert_eq!(article.standfirst().unwrap(), "Officials stress stability as trade volumes fall for a third month");
    /// # Ok::<(), newswire::Error>(())
    /// ```
    pub fn standfirst(&self) -> Option<&Text<'a>> {
        self.standfirst.as_ref()
    }

    /// Image captions with their credits, in order; see [`Caption`].
    pub fn captions(&self) -> &[Caption<'a>] {
        &self.captions
    }

    /// The byline, if one was printed; see [`Byline`].
    pub fn byline(&self) -> Option<&Byline<'a>> {
        self.byline.as_ref()
    }

    /// The authors of the byline (none when there is no byline); see
    /// [`Author`].
    ///
    /// ```
    /// let article = newswire::parse("Port talks resume\n\nBy Jane Roe and Ali Khan\n\nTalks resumed on Monday after a week of strikes.\n")?;
    /// let names: Vec<String> = article.authors().map(|a| a.name().to_string()).collect();
    /// assert_eq!(names, ["Jane Roe", "Ali Khan"]);
    /// # Ok::<(), newswire::Error>(())
    /// ```
    pub fn authors(&self) -> Authors<'_, 'a> {
        Authors {
            inner: self.byline.as_ref().map_or(&[][..], |b| &b.authors).iter(),
        }
    }

    /// The timestamp printed in the header, verbatim: absolute or relative,
    /// with the words printed as part of it (`6 HOURS AGO`, `Updated 3:45 PM
    /// ET, Mon August 28, 2023`). Several timestamps in the header are
    /// joined with one space. With the `jiff` feature,
    /// `published_at` resolves it to a date or an instant.
    ///
    /// ```
    /// let article = newswire::parse("Port talks resume\n\nJane Roe in Beijing 6 HOURS AGO\n\nTalks resumed on Monday after a week of strikes.\n")?;
    /// assert_eq!(article.published().unwrap(), "6 HOURS AGO");
    /// # Ok::<(), newswire::Error>(())
    /// ```
    pub fn published(&self) -> Option<&Text<'a>> {
        self.published.as_ref()
    }

    /// The wire dateline, if the first paragraph opens with one; see
    /// [`Dateline`].
    pub fn dateline(&self) -> Option<&Dateline<'a>> {
        self.dateline.as_ref()
    }

    /// The story as blocks, in order; see [`Block`].
    pub fn body(&self) -> &[Block<'a>] {
        &self.body
    }

    /// The paragraphs of the body (not subheads, quotes or list items).
    ///
    /// ```
    /// let text = "Port talks resume\n\nTalks resumed on Monday after a week of strikes.\n\n\
    ///             What comes next\n\nThe port handled 400 million tonnes of cargo last year.\n";
    /// let article = newswire::parse(text)?;
    /// assert_eq!(article.body().len(), 3);
    /// let first_words: Vec<&str> = article
    ///     .paragraphs()
    ///     .map(|p| p.split(' ').next().unwrap())
    ///     .collect();
    /// assert_eq!(first_words, ["Talks", "The"]);
    /// # Ok::<(), newswire::Error>(())
    /// ```
    pub fn paragraphs(&self) -> Paragraphs<'_, 'a> {
        Paragraphs {
            inner: self.body.iter(),
        }
    }

    /// Taglines after the story: `Reporting by Jane Roe; Editing by Sam
    /// Poe`, `Additional reporting by Ali Khan in Karachi`, `Associated Press
    /// writer Ali Khan contributed to this report.`
    ///
    /// ```
    /// let text = "Port talks resume\n\nTalks resumed on Monday after a week of strikes.\n\n\
    ///             Additional reporting by Ali Khan in Karachi\n";
    /// let article = newswire::parse(text)?;
    /// assert_eq!(article.end_notes()[0], "Additional reporting by Ali Khan in Karachi");
    /// # Ok::<(), newswire::Error>(())
    /// ```
    pub fn end_notes(&self) -> &[Text<'a>] {
        &self.end_notes
    }

    /// The copyright notice; see [`Copyright`].
    pub fn copyright(&self) -> Option<&Copyright<'a>> {
        self.copyright.as_ref()
    }

    /// Lines recognised as site chrome and left out of every other field:
    /// `Save`, `Share this article`, `Advertisement`, `Read more: ...`, a
    /// site name after the headline, image lines.
    ///
    /// ```
    /// let text = "Port talks resume\n\nShare this article\n\nTalks resumed on Monday after a week of strikes.\n\nAdvertisement\n\nThe port handled 400 million tonnes of cargo last year.\n";
    /// let article = newswire::parse(text)?;
    /// assert_eq!(article.boilerplate(), ["Share this article", "Advertisement"]);
    /// assert_eq!(article.paragraphs().count(), 2);
    /// # Ok::<(), newswire::Error>(())
    /// ```
    pub fn boilerplate(&self) -> &[Text<'a>] {
        &self.boilerplate
    }

    /// Every byte range a top-level value claims, labelled by field, in
    /// field order. No two of them overlap, and every non-blank line of the
    /// input meets at least one of them. The `annotate` example prints an
    /// article with each line labelled this way.
    ///
    /// ```
    /// use newswire::Field;
    ///
    /// let text = "Port talks resume\n\nJane Roe in Beijing 6 HOURS AGO\n\nTalks resumed on Monday after a week of strikes.\n";
    /// let article = newswire::parse(text)?;
    /// let mut claims: Vec<(&str, &str)> = article
    ///     .claims()
    ///     .into_iter()
    ///     .map(|(field, span)| (field.as_str(), text[span.range()].trim()))
    ///     .collect();
    /// claims.sort_by_key(|&(_, s)| s.as_ptr());
    /// assert_eq!(claims, [
    ///     ("headline", "Port talks resume"),
    ///     ("byline", "Jane Roe in Beijing"),
    ///     ("published", "6 HOURS AGO"),
    ///     ("body", "Talks resumed on Monday after a week of strikes."),
    /// ]);
    /// # Ok::<(), newswire::Error>(())
    /// ```
    pub fn claims(&self) -> Vec<(Field, Span)> {
        let mut out = Vec::new();
        let mut text = |field: Field, t: &Text<'_>| {
            out.extend(t.spans().iter().map(|&s| (field, s)));
        };
        if let Some(t) = &self.kicker {
            text(Field::Kicker, t);
        }
        if let Some(t) = &self.headline {
            text(Field::Headline, t);
        }
        if let Some(t) = &self.standfirst {
            text(Field::Standfirst, t);
        }
        if let Some(t) = &self.published {
            text(Field::Published, t);
        }
        for block in &self.body {
            text(Field::Body, &block.text);
        }
        for note in &self.end_notes {
            text(Field::EndNote, note);
        }
        if let Some(c) = &self.copyright {
            text(Field::Copyright, &c.text);
        }
        for b in &self.boilerplate {
            text(Field::Boilerplate, b);
        }
        for c in &self.captions {
            out.extend(c.spans().iter().map(|&s| (Field::Caption, s)));
        }
        if let Some(b) = &self.byline {
            out.extend(b.spans().iter().map(|&s| (Field::Byline, s)));
        }
        if let Some(d) = &self.dateline {
            out.push((Field::Dateline, d.span));
        }
        out
    }

    /// A copy that no longer borrows the input, to keep after the text is
    /// dropped (or to send to another thread).
    ///
    /// ```
    /// fn headline_of(path: &str) -> Option<newswire::Article<'static>> {
    ///     let text = std::fs::read_to_string(path).ok()?;
    ///     Some(newswire::parse(&text).ok()?.into_owned())
    /// }
    /// assert!(headline_of("no/such/file.txt").is_none());
    /// ```
    pub fn into_owned(self) -> Article<'static> {
        Article {
            kicker: self.kicker.map(Text::into_owned),
            headline: self.headline.map(Text::into_owned),
            standfirst: self.standfirst.map(Text::into_owned),
            captions: self.captions.into_iter().map(Caption::into_owned).collect(),
            byline: self.byline.map(Byline::into_owned),
            published: self.published.map(Text::into_owned),
            dateline: self.dateline.map(Dateline::into_owned),
            body: self.body.into_iter().map(Block::into_owned).collect(),
            end_notes: self.end_notes.into_iter().map(Text::into_owned).collect(),
            copyright: self.copyright.map(Copyright::into_owned),
            boilerplate: self.boilerplate.into_iter().map(Text::into_owned).collect(),
        }
    }
}

/// Iterator over the authors of an article, from [`Article::authors`], in
/// printed order.
#[derive(Debug, Clone)]
pub struct Authors<'r, 'a> {
    inner: std::slice::Iter<'r, Author<'a>>,
}

impl<'r, 'a> Iterator for Authors<'r, 'a> {
    type Item = &'r Author<'a>;
    fn next(&mut self) -> Option<Self::Item> {
        self.inner.next()
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl ExactSizeIterator for Authors<'_, '_> {}
impl FusedIterator for Authors<'_, '_> {}

/// Iterator over the paragraphs of the body, from [`Article::paragraphs`]:
/// the text of each [`BlockKind::Paragraph`] block, in order.
#[derive(Debug, Clone)]
pub struct Paragraphs<'r, 'a> {
    inner: std::slice::Iter<'r, Block<'a>>,
}

impl<'r, 'a> Iterator for Paragraphs<'r, 'a> {
    type Item = &'r Text<'a>;
    fn next(&mut self) -> Option<Self::Item> {
        self.inner
            .by_ref()
            .find(|b| b.kind == BlockKind::Paragraph)
            .map(|b| &b.text)
    }
}

impl FusedIterator for Paragraphs<'_, '_> {}
