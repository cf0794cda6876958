//! The parsed article and its values.
//!
//! Every value borrows from the input (`'a`) and remembers the byte ranges it
//! was read from. Plain text is a [`Cow<'a, str>`]: borrowed when the source
//! needed no rewriting, owned when it did (a resolved escape, an unwrapped
//! link, a joined hard wrap or page break).

use std::borrow::Cow;
use std::fmt;
use std::iter::FusedIterator;
use std::ops::Range;

/// A byte range of the input: `start..end`, both on char boundaries.
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
/// ```
/// let article = newswire::parse("Harbour talks resume\n\nThe port of Veldan reopened on Monday after a week of strikes.\n").unwrap();
/// let headline = article.headline().unwrap();
/// assert_eq!(headline, "Harbour talks resume");
/// assert!(headline.is_borrowed());
/// assert_eq!(headline.span().range(), 0..20);
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
        debug_assert!(end <= whole.len(), "part must lie inside the value");
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

    /// The plain text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The plain text as a `Cow`, borrowed from the input when no rewriting
    /// was needed.
    pub fn as_cow(&self) -> &Cow<'a, str> {
        &self.text
    }

    /// Consumes the value, giving its plain text.
    pub fn into_cow(self) -> Cow<'a, str> {
        self.text
    }

    /// True when the plain text is a slice of the input (no copy was made).
    pub fn is_borrowed(&self) -> bool {
        matches!(self.text, Cow::Borrowed(_))
    }

    /// The byte ranges of the input this value was read from, in order.
    pub fn spans(&self) -> &[Span] {
        self.spans.as_slice()
    }

    /// One range from the start of the first span to the end of the last.
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

/// Who wrote the article.
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
/// and agency `Reuters`; `(CNN) —` only the agency.
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
/// holder `The Example Times Limited` and the year 2023.
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BlockKind {
    /// A paragraph of the story.
    Paragraph,
    /// A crosshead between paragraphs.
    Subhead,
    /// A block quote.
    Quote,
    /// An item of a list (its ordering number, if any, stays in the text).
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

/// One block of the body.
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

    /// The block's plain text.
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Field {
    /// [`Article::kicker`].
    Kicker,
    /// [`Article::headline`].
    Headline,
    /// [`Article::standfirst`].
    Standfirst,
    /// [`Article::captions`].
    Caption,
    /// [`Article::byline`].
    Byline,
    /// [`Article::published`].
    Published,
    /// [`Article::dateline`].
    Dateline,
    /// [`Article::body`].
    Body,
    /// [`Article::end_notes`].
    EndNote,
    /// [`Article::copyright`].
    Copyright,
    /// [`Article::boilerplate`].
    Boilerplate,
}

impl Field {
    /// The JSON key of the field (`end_notes`, `captions`, ...).
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

/// A parsed article. Every field is optional; see the crate docs for what
/// each holds.
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
    /// The section, topic or series label above the headline (`Markets`).
    pub fn kicker(&self) -> Option<&Text<'a>> {
        self.kicker.as_ref()
    }

    /// The title.
    pub fn headline(&self) -> Option<&Text<'a>> {
        self.headline.as_ref()
    }

    /// The dek under the headline that sums up the story.
    pub fn standfirst(&self) -> Option<&Text<'a>> {
        self.standfirst.as_ref()
    }

    /// Image captions with their credits, in order.
    pub fn captions(&self) -> &[Caption<'a>] {
        &self.captions
    }

    /// The byline, if one was printed.
    pub fn byline(&self) -> Option<&Byline<'a>> {
        self.byline.as_ref()
    }

    /// The authors of the byline (none when there is no byline).
    pub fn authors(&self) -> Authors<'_, 'a> {
        Authors {
            inner: self.byline.as_ref().map_or(&[][..], |b| &b.authors).iter(),
        }
    }

    /// The timestamp printed in the header, verbatim (`6 HOURS AGO`).
    pub fn published(&self) -> Option<&Text<'a>> {
        self.published.as_ref()
    }

    /// The wire dateline, if the first paragraph opens with one.
    pub fn dateline(&self) -> Option<&Dateline<'a>> {
        self.dateline.as_ref()
    }

    /// The story as blocks, in order.
    pub fn body(&self) -> &[Block<'a>] {
        &self.body
    }

    /// The paragraphs of the body (not subheads, quotes or list items).
    pub fn paragraphs(&self) -> Paragraphs<'_, 'a> {
        Paragraphs {
            inner: self.body.iter(),
        }
    }

    /// Taglines after the story (`Reporting by ...; Editing by ...`).
    pub fn end_notes(&self) -> &[Text<'a>] {
        &self.end_notes
    }

    /// The copyright notice.
    pub fn copyright(&self) -> Option<&Copyright<'a>> {
        self.copyright.as_ref()
    }

    /// Lines recognised as site chrome and left out of every other field.
    pub fn boilerplate(&self) -> &[Text<'a>] {
        &self.boilerplate
    }

    /// Every byte range a top-level value claims, labelled by field, in
    /// field order. No two of them overlap, and every non-blank line of the
    /// input meets at least one of them.
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

    /// A copy that no longer borrows the input.
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

/// Iterator over the authors of an article, from [`Article::authors`].
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

/// Iterator over the paragraphs of the body, from [`Article::paragraphs`].
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
