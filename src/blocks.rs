//! Grouping lines into units: the paragraphs, headings, list items and
//! one-line fields of the text, before any field is decided.
//!
//! Blank lines always separate units. Inside a run of non-blank lines a line
//! break is a *hard wrap* (the lines are one unit) when:
//! - the line ends in a letter and a hyphen (`anti-` / `government`), or
//! - the run is indented like wire copy (paragraphs start indented, their
//!   continuation lines do not) and the next line is not indented, or
//! - the run is hard-wrapped text and the next line's first word would not
//!   have fitted on the line (the greedy line breaker moved it down).
//!
//! Every other line break starts a new unit. Markdown structure (a list
//! marker, `#`, `>`, an image) always starts a new unit.

use std::borrow::Cow;

use crate::inline;
use crate::lines::{char_width, Line};
use crate::model::{Span, Spans, Text};
use crate::scan;

/// How a piece joins the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Glue {
    /// With one space (a hard wrap, a page break).
    Space,
    /// With nothing (a word hyphenated at the end of a line).
    Tight,
}

/// A run of text from one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Piece<'a> {
    /// The text, less any block markup stripped from it.
    pub text: &'a str,
    /// Where the line's content starts in the input.
    pub start: usize,
    /// Length of the line's content, markup included (a line is never
    /// longer than the input, which is at most `u32::MAX` bytes).
    pub len: u32,
    pub glue: Glue,
}

impl<'a> Piece<'a> {
    /// A piece of all of `line`'s content.
    fn of(line: &Line<'a>, glue: Glue) -> Self {
        Piece {
            text: line.text,
            start: line.start(),
            len: u32::try_from(line.text.len()).unwrap_or(u32::MAX),
            glue,
        }
    }

    /// The line's content, markup included (what [`Piece::span`] covers).
    pub fn line<'i>(&self, input: &'i str) -> &'i str {
        &input[self.start..self.start + self.len as usize]
    }

    /// Where the line's content lies in the input, markup included.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.start + self.len as usize)
    }
}

/// The pieces of a unit. Most units are one line, kept inline: a text of
/// many short lines costs no allocation per line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Pieces<'a> {
    One([Piece<'a>; 1]),
    Many(Vec<Piece<'a>>),
}

impl<'a> Pieces<'a> {
    /// The pieces of `part`, kept inline when there is one.
    pub fn of(part: &[Piece<'a>]) -> Self {
        match part {
            [one] => Pieces::One([*one]),
            _ => Pieces::Many(part.to_vec()),
        }
    }

    pub fn push(&mut self, piece: Piece<'a>) {
        self.push_expecting(piece, 2);
    }

    /// Appends a piece; when the pieces leave their inline slot, room is
    /// made for `expected` of them at once (more lines are expected to
    /// follow), so that a paragraph of a few lines grows its list once.
    pub fn push_expecting(&mut self, piece: Piece<'a>, expected: usize) {
        match self {
            Pieces::One([first]) => {
                let mut many = Vec::with_capacity(expected.max(2));
                many.extend([*first, piece]);
                *self = Pieces::Many(many);
            }
            Pieces::Many(pieces) => pieces.push(piece),
        }
    }
}

impl Default for Pieces<'_> {
    fn default() -> Self {
        Pieces::Many(Vec::new())
    }
}

impl<'a> std::ops::Deref for Pieces<'a> {
    type Target = [Piece<'a>];
    fn deref(&self) -> &Self::Target {
        match self {
            Pieces::One(one) => one,
            Pieces::Many(many) => many,
        }
    }
}

impl std::ops::DerefMut for Pieces<'_> {
    fn deref_mut(&mut self) -> &mut Self::Target {
        match self {
            Pieces::One(one) => one,
            Pieces::Many(many) => many,
        }
    }
}

impl<'a> Extend<Piece<'a>> for Pieces<'a> {
    fn extend<I: IntoIterator<Item = Piece<'a>>>(&mut self, iter: I) {
        for piece in iter {
            self.push(piece);
        }
    }
}

/// A unit: one or more pieces that read as one value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unit<'a> {
    pub pieces: Pieces<'a>,
    /// Indent of the first line, in characters (a `u32` keeps a unit
    /// small; an indent is never near its limit, and saturates there).
    pub indent: u32,
    /// True when a blank line (or the start of the text) comes before it.
    pub after_blank: bool,
}

impl<'a> Unit<'a> {
    fn single(line: &Line<'a>, after_blank: bool) -> Self {
        Unit {
            pieces: Pieces::One([Piece::of(line, Glue::Space)]),
            indent: u32::try_from(line.indent).unwrap_or(u32::MAX),
            after_blank,
        }
    }

    /// The text of the last piece.
    pub fn last(&self) -> &'a str {
        self.pieces.last().map_or("", |p| p.text)
    }

    /// The raw text of the unit: borrowed for one piece, joined otherwise.
    pub fn raw(&self) -> Cow<'a, str> {
        join_pieces(&self.pieces)
    }

    /// The unit as a value (plain text and spans).
    pub fn to_text(&self) -> Text<'a> {
        pieces_text(&self.pieces)
    }

    /// The spans of all pieces.
    pub fn spans(&self) -> Spans {
        pieces_spans(&self.pieces)
    }

    /// Appends the pieces of `next` (a page-break continuation).
    pub fn append(&mut self, next: Unit<'a>) {
        let mut pieces = next.pieces.iter().copied();
        if let Some(mut first) = pieces.next() {
            first.glue = glue_between(self.last(), first.text);
            self.pieces.push(first);
        }
        self.pieces.extend(pieces);
    }
}

/// Joins the texts of pieces with their glue.
pub(crate) fn join_pieces<'a>(pieces: &[Piece<'a>]) -> Cow<'a, str> {
    match pieces {
        [] => Cow::Borrowed(""),
        [one] => Cow::Borrowed(one.text),
        many => {
            let mut s = String::with_capacity(many.iter().map(|p| p.text.len() + 1).sum());
            for (i, p) in many.iter().enumerate() {
                if i > 0 && p.glue == Glue::Space {
                    s.push(' ');
                }
                s.push_str(p.text);
            }
            Cow::Owned(s)
        }
    }
}

/// The spans of pieces; no allocation for one.
fn pieces_spans(pieces: &[Piece<'_>]) -> Spans {
    match pieces {
        [one] => Spans::One(one.span()),
        many => Spans::from_vec(many.iter().map(Piece::span).collect()),
    }
}

/// A value made of pieces: the plain text of their join, and their spans.
pub(crate) fn pieces_text<'a>(pieces: &[Piece<'a>]) -> Text<'a> {
    let text = match join_pieces(pieces) {
        Cow::Borrowed(s) => inline::plain(s),
        Cow::Owned(mut s) => {
            // The join is already a copy: keep it when it needs no more
            // rewriting than a trim, rather than copying it again.
            let kept = match inline::plain(&s) {
                Cow::Borrowed(b) => {
                    let range = scan::offset_in(&s, b)..scan::offset_in(&s, b) + b.len();
                    match s.get(range.clone()) {
                        Some(part) if part.as_ptr() == b.as_ptr() => Ok(range),
                        _ => Err(b.to_owned()),
                    }
                }
                Cow::Owned(o) => Err(o),
            };
            match kept {
                Ok(range) => {
                    s.truncate(range.end);
                    s.drain(..range.start);
                    Cow::Owned(s)
                }
                Err(o) => Cow::Owned(o),
            }
        }
    };
    Text::new(text, pieces_spans(pieces))
}

/// Conjunctions after which a line-end hyphen is a suspended hyphen
/// (`pro-` / `and anti-war`), so the lines join with a space.
const SUSPENDING_CONJUNCTIONS: &[&str] = &["and", "or", "und", "oder", "et", "ou", "y", "o", "e"];

/// How a line ending in `prev` joins a line starting `next`.
pub(crate) fn glue_between(prev: &str, next: &str) -> Glue {
    if ends_in_word_hyphen(prev) {
        let first_word = next.split_whitespace().next().unwrap_or("");
        if !SUSPENDING_CONJUNCTIONS.contains(&first_word) {
            return Glue::Tight;
        }
    }
    Glue::Space
}

/// True for a line ending in a letter and a hyphen (`anti-`).
fn ends_in_word_hyphen(s: &str) -> bool {
    s.strip_suffix('-')
        .and_then(|rest| rest.chars().next_back())
        .is_some_and(char::is_alphabetic)
}

/// True for a line of a field dump (`key: value`, or a Factiva code padded
/// to a column: `HD     Title`); its marks are looked for first, among the
/// first bytes.
fn is_dump_field(text: &str) -> bool {
    let head = &text.as_bytes()[..text.len().min(24)];
    // Two spaces in a row among a few bytes: a pair of bytes at a time
    // costs less than setting up a substring search.
    let coded = text.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        && head.windows(2).any(|pair| pair == b"  ");
    (coded || memchr::memchr(b':', head).is_some()) && crate::dump::field(text).is_some()
}

/// True for a line that is a whole timestamp or a short byline with its
/// marker in any case (`By Jane Roe`, `by: Jane Roe, Ali Khan`).
fn is_header_line(text: &str) -> bool {
    // Timestamps and bylines are short but not tiny (`Yesterday`, `By A
    // Li`); wrapped body lines are not worth the grammar.
    if text.len() > 64 || text.len() < 5 {
        return false;
    }
    crate::timestamp::is_timestamp(text)
        || (crate::byline::strip_marker(text).is_some()
            && scan::word_count(text) <= 8
            && crate::byline::parse(text).is_some_and(|p| p.prefixed))
}

/// The heading level a setext underline gives the line above it: 1 for
/// `===`, 2 for `---`.
pub(crate) fn setext_level(text: &str) -> Option<u8> {
    let level = match text.as_bytes().first()? {
        b'=' => 1,
        b'-' => 2,
        _ => return None,
    };
    let mark = text.as_bytes()[0];
    (text.len() >= 3 && text.bytes().all(|b| b == mark)).then_some(level)
}

/// True for an ANPA wire header line, which ends in `<` (or `=` after a
/// byline): `^Bus drivers walk off the job<`, `^By JANE ROE=`. The next
/// line never continues it.
pub(crate) fn ends_anpa_line(text: &str) -> bool {
    text.starts_with('^') && text.ends_with(['<', '='])
}

/// True for the trailer an AP wire story ends with: `AP-NY-03-10-98
/// 1842EST<`, `AP-WF-11-13-13 1509GMT`.
fn is_wire_trailer(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() >= 9
        && b.starts_with(b"AP-")
        && b[3..5].iter().all(u8::is_ascii_uppercase)
        && b[5] == b'-'
        && b[6].is_ascii_digit()
}

/// The text of an ANPA wire header line without its markers (`^…<`,
/// `^…=`). Asked of every unit, and settled by the first byte: inlined.
#[inline]
pub(crate) fn strip_anpa_markers(text: &str) -> Option<&str> {
    ends_anpa_line(text).then(|| text[1..text.len() - 1].trim())
}

/// True when the line starts with markdown block structure, so it can never
/// continue the line before it. Asked of nearly every line of a run, and
/// settled by its first byte: inlined where it is asked.
#[inline]
fn starts_structure(text: &str) -> bool {
    let b = text.as_bytes();
    match b.first() {
        // `^` opens an ANPA wire header line.
        Some(b'#' | b'>' | b'|' | b'^') => true,
        Some(b':') => is_div_fence(text),
        Some(b'A') => is_wire_trailer(text),
        Some(b'!') => b.get(1) == Some(&b'['),
        Some(b'-' | b'*' | b'+') => b.get(1) == Some(&b' '),
        Some(b'0'..=b'9') => list_number_len(text).is_some(),
        // The bullets `•`, `◦`, `□`, `▪`, `▸` and `►` all start with the
        // byte E2.
        Some(0xe2) => text.starts_with(['•', '◦', '□', '▪', '▸', '►']),
        _ => false,
    }
}

/// True for a fence of pandoc's markdown divs, opening (`::: {.perex}`)
/// or closing (`:::`): markup a reader never sees, and the end of the
/// block before it.
#[inline]
pub(crate) fn is_div_fence(text: &str) -> bool {
    text.starts_with(":::")
        && text[3..]
            .trim_start_matches(':')
            .trim_start()
            .chars()
            .next()
            .is_none_or(|c| c == '{' || c.is_alphabetic())
}

/// True when the line opens a list item (`- `, `* `, `+ `, `12. `).
fn is_list_item(text: &str) -> bool {
    matches!(text.as_bytes(), [b'-' | b'*' | b'+', b' ', ..]) || list_number_len(text).is_some()
}

/// Length of an ordered-list marker such as `12. ` at the start of `text`.
/// Asked of every unit and of lines opening with a digit: inlined.
#[inline]
pub(crate) fn list_number_len(text: &str) -> Option<usize> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let rest = &text.as_bytes()[digits..];
    (matches!(rest.first(), Some(b'.' | b')')) && rest.get(1) == Some(&b' ')).then_some(digits + 2)
}

/// Layout facts of one run of non-blank lines.
struct Run {
    /// True when a line of the run is a timestamp or a short byline.
    has_header_line: bool,
    min_indent: usize,
    /// The widest line's width.
    max_width: usize,
    mixed_indent: bool,
    /// The wrap width of the printed text (link targets not counted), when
    /// the run looks hard-wrapped that way.
    wrap_width: Option<usize>,
    /// The wrap width counting every character of the source, as converters
    /// that wrap markdown with its link targets do.
    raw_wrap_width: Option<usize>,
}

/// Widest line that can still be a hard wrap; wider lines are whole
/// paragraphs printed one per line.
const MAX_WRAP_WIDTH: usize = 160;
/// Narrowest wrap width taken for hard-wrapped text.
const MIN_WRAP_WIDTH: usize = 30;

/// The wrap width of a run measured by `width`, when it looks wrapped:
/// many lines fill the width and end mid-sentence (lines printed one per
/// paragraph mostly end a sentence).
fn wrap_width<'a>(run: &[Line<'a>], width: impl Fn(&Line<'a>) -> usize) -> Option<usize> {
    let max = run.iter().map(&width).max().unwrap_or(0);
    if run.len() < 2 || !(MIN_WRAP_WIDTH..=MAX_WRAP_WIDTH).contains(&max) {
        return None;
    }
    let inner = &run[..run.len() - 1];
    let near = inner.iter().filter(|l| width(l) * 100 >= max * 75).count();
    let finished = inner.iter().filter(|l| l.terminal).count();
    // Two full lines among more short ones are items set one per line (a
    // header block), not wrapped text.
    let enough = near >= 3 || near * 2 > inner.len();
    (near * 4 >= inner.len() && enough && finished * 2 <= inner.len()).then_some(max)
}

/// True for a short line that is site chrome on its own (`Advertising`),
/// which converters glue between the lines of a paragraph.
fn is_chrome_line(line: &Line<'_>) -> bool {
    line.text.len() <= 40
        && line.text.starts_with(char::is_uppercase)
        && !line.terminal
        && crate::boilerplate::is_chrome(line.text, line.text)
}

/// What one line of a run is on its own, worked out once per line.
#[derive(Debug, Clone, Copy, Default)]
struct LineKind {
    chrome: bool,
    header: bool,
}

impl LineKind {
    fn of(line: &Line<'_>) -> Self {
        LineKind {
            chrome: is_chrome_line(line),
            header: is_header_line(line.text),
        }
    }
}

fn measure_run(run: &[Line<'_>], kinds: &[LineKind]) -> Run {
    // The run without its chrome lines; copied only when it has some.
    let content: Vec<Line<'_>>;
    let run = if kinds.iter().any(|k| k.chrome) {
        content = run
            .iter()
            .zip(kinds)
            .filter(|(_, k)| !k.chrome)
            .map(|(l, _)| *l)
            .collect();
        if content.len() >= 2 {
            &content[..]
        } else {
            run
        }
    } else {
        run
    };
    let min_indent = run.iter().map(|l| l.indent).min().unwrap_or(0);
    let indented = run.iter().filter(|l| l.indent > min_indent).count();
    let mixed_indent = indented >= 2 && indented < run.len() && run.len() > 2;
    let wrap = wrap_width(run, Line::width);
    let raw_wrap = wrap_width(run, Line::raw_width);
    Run {
        has_header_line: kinds.iter().any(|k| k.header),
        min_indent,
        max_width: run.iter().map(Line::width).max().unwrap_or(0),
        mixed_indent,
        wrap_width: wrap,
        raw_wrap_width: raw_wrap.filter(|&w| Some(w) != wrap),
    }
}

/// True when a line `prev` wide, in text wrapped at `width`, was broken
/// by the wrapper before a word `word` wide: the word did not fit, or the
/// line is nearly full and stops mid-sentence (proportional fonts make
/// character counts inexact); `prev_terminal` says whether it ends one.
fn wrapped(width: usize, prev: usize, word: usize, prev_terminal: bool) -> bool {
    let did_not_fit = prev + 1 + word > width.saturating_sub(2);
    let full = prev * 100 >= width * 60;
    let mid_sentence = prev * 100 >= width * 75 && !prev_terminal;
    (did_not_fit && full) || mid_sentence
}

/// True when the break between `prev` and `next` is a hard wrap inside one
/// paragraph; the unit so far opened with `unit_start` and has
/// `unit_lines` lines.
fn continues(
    run: &Run,
    (unit_start, unit_lines): (&Line<'_>, usize),
    (prev, prev_kind): (&Line<'_>, LineKind),
    (next, next_kind): (&Line<'_>, LineKind),
) -> bool {
    // A setext underline (`====`, `----`) belongs to the heading above it;
    // under a list item, `---` is a rule.
    if setext_level(next.text).is_some()
        && setext_level(prev.text).is_none()
        && !is_list_item(prev.text)
    {
        return true;
    }
    // A postal address under a copyright notice is no part of it.
    if next.text.starts_with(|c: char| c.is_ascii_digit())
        && prev.text.starts_with(['©', 'C', 'c'])
        && crate::copyright::parse(prev.text).is_some()
    {
        return false;
    }
    // Nor does a dated copyright notice go on from the line above it (a
    // comment form's `Required fields are marked *` over it); `© Jane Roe`
    // under a caption is its credit.
    if next.text.starts_with(['©', 'C', '('])
        && crate::copyright::parse(next.text).is_some_and(|n| n.year.is_some())
    {
        return false;
    }
    // The lines of a field dump (`title: …` / `author: …`) stand alone.
    if is_dump_field(prev.text) && is_dump_field(next.text) {
        return false;
    }
    if starts_structure(next.text)
        || is_div_fence(prev.text)
        || next_kind.chrome
        || prev_kind.chrome
        || ends_anpa_line(prev.text)
    {
        return false;
    }
    // In text not wrapped to a width, a lead-in that ends with a colon
    // ends its unit: the lines under it are the items it introduces.
    if run.wrap_width.is_none() && run.raw_wrap_width.is_none() && prev.text.ends_with(':') {
        return false;
    }
    // A site's name alone, or before its reading time (a read-later
    // app's `example.com · 5 min` under the title), is a line of its own.
    // (A domain is in lower case: most lines are passed over at their
    // first byte.)
    if next.text.starts_with(|c: char| c.is_ascii_lowercase()) {
        let (first_word, after_word) = scan::split_once_space(next.text).unwrap_or((next.text, ""));
        if (after_word.is_empty() || after_word.starts_with("· ")) && scan::is_domain(first_word) {
            return false;
        }
    }
    if ends_in_word_hyphen(prev.text) && next.text.starts_with(char::is_alphabetic) {
        return true;
    }
    // A credit label at the end of a line takes its credit from the next.
    if crate::credit::ends_with_label(prev.text) {
        return true;
    }
    // A header line (a timestamp, a short byline) stands alone even inside
    // wrapped text.
    if prev_kind.header || next_kind.header {
        return false;
    }
    if run.mixed_indent {
        // Wire copy: an indented line starts a paragraph, flush lines
        // continue it (a list item's hanging indent continues it too).
        let hanging = starts_structure(unit_start.text) && next.indent > unit_start.indent;
        if next.indent > run.min_indent && !hanging {
            return false;
        }
    }
    // A paragraph set with an indented first line (wire copy) goes on at
    // the margin, even in a run too short to show the pattern; a finished
    // sentence on a line that was not filled ends it (a one-line last
    // paragraph over a sign-off).
    let filled = match run.wrap_width {
        Some(w) => prev.width() * 100 >= w * 80,
        None => prev.width() * 100 >= run.max_width * 90,
    };
    if unit_start.indent >= run.min_indent + 2
        && next.indent == run.min_indent
        && prev.width() >= 40
        && (filled || !prev.terminal)
    {
        return true;
    }
    // A long line that does not end a sentence, followed by a line that
    // starts in lower case, goes on (`… for the shippers’` / `council.`).
    let long = prev.width() >= 40 || run.wrap_width.is_some_and(|w| prev.width() * 100 >= w * 60);
    if long && !prev.text.ends_with(['.', '!', '?']) && next.text.starts_with(char::is_lowercase) {
        return true;
    }
    // So does a short line of words that ends in a word, over one that
    // starts in lower case, in a unit's first lines: a headline set over
    // narrow print columns (`Ferry firms` / `grounded after` / `fatal
    // capsize`).
    // (Or over any line, when the short line ends in a word that needs
    // one after it: `deadline set for` / `2028 in England`.)
    const HEADLINE_LINES: usize = 4;
    if unit_lines < HEADLINE_LINES
        && unit_start.text.starts_with(char::is_uppercase)
        && prev
            .text
            .ends_with(|c: char| c.is_alphanumeric() || c == '%')
        && (next.text.starts_with(char::is_lowercase)
            || ends_in_function_word(prev.text) && next.width() < 40)
        && scan::has_space(prev.text)
        && scan::has_space(next.text)
    {
        return true;
    }
    // In wrapped text a line that stops at a comma goes on (its width can
    // mislead when a link target was on it).
    let wrapped_run = run.wrap_width.is_some() || run.raw_wrap_width.is_some();
    if wrapped_run && prev.text.ends_with(',') {
        return true;
    }
    // A line that overflows the wrap width (an unbreakable link target on
    // it) was not ended by the writer.
    if run.wrap_width.is_some_and(|w| prev.raw_width() > w + 10) {
        return true;
    }
    let word = char_width(next.text.split_whitespace().next().unwrap_or(""));
    let visible = run
        .wrap_width
        .is_some_and(|w| wrapped(w, prev.width(), word, prev.terminal));
    let raw = run
        .raw_wrap_width
        .is_some_and(|w| wrapped(w, prev.raw_width(), word, prev.terminal));
    visible || raw
}

/// True when the line's last word is one that never ends a headline or a
/// label: a preposition, an article or a conjunction (`for`, `the`, `and`).
fn ends_in_function_word(text: &str) -> bool {
    const WORDS: &[&str] = &[
        "a", "an", "the", "of", "for", "to", "in", "on", "at", "as", "by", "with", "from", "and",
        "or", "over", "after", "into",
    ];
    let last = text.rsplit(' ').next().unwrap_or("");
    WORDS.contains(&last)
}

/// Room made at once for the lines of a unit of more than one line: a
/// paragraph of hard-wrapped text seldom runs longer.
const MANY_PIECES: usize = 8;

/// Most lines a wrapped markdown link (or an aside) is followed over
/// from the line that opened it.
const MAX_LINK_LINES: usize = 6;

/// Opened minus closed square brackets and parentheses of a line (escaped
/// ones not counted): above zero, a link or aside runs on to the next line.
/// A parenthesis counts only in a link target (after `](`), so outside one
/// the line is searched for its few `\\`, `[` and `]` with `memchr3`.
fn bracket_balance(text: &str) -> i32 {
    let bytes = text.as_bytes();
    let mut balance = 0i32;
    let mut url_depth = 0i32;
    let mut i = 0;
    while i < bytes.len() {
        if url_depth == 0 {
            match memchr::memchr3(b'\\', b'[', b']', &bytes[i..]) {
                Some(at) => i += at,
                None => break,
            }
        }
        match bytes[i] {
            // The escaped byte is passed over, though an escaped `]` still
            // opens a link target when a `(` follows it.
            b'\\' => {
                i += 1;
                if bytes.get(i) == Some(&b']') && bytes.get(i + 1) == Some(&b'(') {
                    url_depth += 1;
                    i += 1;
                }
            }
            b'[' => balance += 1,
            b']' => {
                balance -= 1;
                if bytes.get(i + 1) == Some(&b'(') {
                    url_depth += 1;
                    i += 1;
                }
            }
            b'(' => url_depth += 1,
            b')' if url_depth > 0 => url_depth -= 1,
            _ => {}
        }
        i += 1;
    }
    balance + url_depth
}

/// Which lines hold one of three bytes, for lines asked about in input
/// order. The next such byte of the input is found with one search that
/// serves every line before it, where a search per line would cost more
/// than most lines take.
struct Marks<'a> {
    input: &'a [u8],
    bytes: [u8; 3],
    /// The first of the bytes at or after the start of the last line asked
    /// about (or of the input).
    next: Option<usize>,
}

impl<'a> Marks<'a> {
    /// `input` is the text the lines were split from.
    fn new(input: &'a str, bytes: [u8; 3]) -> Self {
        let input = input.as_bytes();
        Marks {
            input,
            bytes,
            next: Self::find(bytes, input),
        }
    }

    /// The first of `bytes` in `haystack`: a search for one byte when the
    /// three are one, which costs less per block of bytes than a search
    /// for three.
    fn find([a, b, c]: [u8; 3], haystack: &[u8]) -> Option<usize> {
        if a == b && b == c {
            memchr::memchr(a, haystack)
        } else {
            memchr::memchr3(a, b, c, haystack)
        }
    }

    /// True when `line`, which starts at or after the lines asked about
    /// before, holds one of the bytes.
    fn in_line(&mut self, line: &Line<'_>) -> bool {
        let start = line.start();
        if self.next.is_some_and(|at| at < start) {
            self.next = Self::find(self.bytes, &self.input[start..]).map(|at| start + at);
        }
        self.next.is_some_and(|at| at < start + line.text.len())
    }
}

/// Opened minus closed parentheses of a line.
fn paren_balance(text: &str) -> i32 {
    text.bytes().fold(0, |n, b| match b {
        b'(' => n + 1,
        b')' => n - 1,
        _ => n,
    })
}

/// The width the whole text is wrapped at, when it is hard-wrapped: the
/// width a good share of its lines reach but few exceed.
/// Where YAML front matter ends: the index of the `---` line that closes
/// it, when the text opens with a `---` line and its first line under the
/// fence is a `key:` line. Inside, each key stands alone and a block
/// scalar's indented lines (`title: |` / `  The title`) go with their
/// key; the closing fence is no heading's underline.
fn front_matter_end(lines: &[Line<'_>]) -> Option<usize> {
    const MAX_LINES: usize = 60;
    let mut nonblank = lines.iter().enumerate().filter(|(_, l)| !l.is_blank());
    let (open, first) = nonblank.next()?;
    if first.text != "---" {
        return None;
    }
    let (_, key) = nonblank.next()?;
    if !crate::dump::is_any_field(key.text) {
        return None;
    }
    lines
        .iter()
        .enumerate()
        .skip(open + 1)
        .take(MAX_LINES)
        .find(|(_, l)| l.text == "---")
        .map(|(i, _)| i)
}

fn document_wrap_width(lines: &[Line<'_>]) -> Option<usize> {
    // How many lines have each width, and how many of those end a
    // sentence: a table, not a sorted list, so that the text's length
    // costs no memory. Widths past the widest wrap (and the two columns of
    // slack the test below allows) share the last slot.
    const SLOTS: usize = MAX_WRAP_WIDTH + 4;
    let mut count = [0usize; SLOTS];
    let mut finished = [0usize; SLOTS];
    let mut total = 0;
    for line in lines.iter().filter(|l| !l.is_blank()) {
        let slot = line.width().min(SLOTS - 1);
        count[slot] += 1;
        finished[slot] += usize::from(line.terminal);
        total += 1;
    }
    if total < 8 {
        return None;
    }
    // The width of the line at `rank` in order of width.
    let width_at = |rank: usize| {
        let mut seen = 0;
        count.iter().position(|&n| {
            seen += n;
            seen > rank
        })
    };
    // The 90th percentile, or the 75th when a few long lines (page headers
    // and footers, URLs) stand above the wrapped ones; the lines that reach
    // it must be many and mostly cut mid-sentence (one paragraph per line
    // ends sentences).
    [90, 75].into_iter().find_map(|percentile| {
        let width = width_at(total * percentile / 100)?;
        if !(MIN_WRAP_WIDTH..=MAX_WRAP_WIDTH).contains(&width) {
            return None;
        }
        let near_widths = (width * 85).div_ceil(100)..=width + 2;
        let near: usize = count[near_widths.clone()].iter().sum();
        let ended: usize = finished[near_widths].iter().sum();
        (near * 4 >= total && ended * 2 <= near).then_some(width)
    })
}

/// Splits lines into units.
#[cfg(test)]
pub(crate) fn units<'a>(input: &'a str, lines: &[Line<'a>]) -> Vec<Unit<'a>> {
    let mut out = Vec::new();
    for_each_unit(input, lines, |unit| out.push(unit));
    out
}

/// Splits the lines of `input` into units and hands each to `sink`, in
/// order (the units are never all held at once).
pub(crate) fn for_each_unit<'a>(
    input: &'a str,
    lines: &[Line<'a>],
    mut sink: impl FnMut(Unit<'a>),
) {
    let document_width = document_wrap_width(lines);
    let front_matter = front_matter_end(lines);
    // The bytes `bracket_balance` counts from (a line with none has a
    // balance of zero), and closing parentheses.
    let mut brackets = Marks::new(input, [b'\\', b'[', b']']);
    let mut closers = Marks::new(input, [b')'; 3]);
    let mut balance = |line: &Line<'_>| {
        if brackets.in_line(line) {
            bracket_balance(line.text)
        } else {
            0
        }
    };
    let mut i = 0;
    let mut after_blank = true;
    while i < lines.len() {
        if lines[i].is_blank() {
            after_blank = true;
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && !lines[i].is_blank() {
            i += 1;
        }
        let run = &lines[start..i];
        // A line alone between blank lines is a unit: nothing to measure.
        if let [line] = run {
            sink(Unit::single(line, after_blank));
            after_blank = false;
            continue;
        }
        let kinds: Vec<LineKind> = run.iter().map(LineKind::of).collect();
        let mut layout = measure_run(run, &kinds);
        // Header lines set one per line (`Headline` / `Dek` / `By …` /
        // `date`) are not wrapped text, though their widths can look so:
        // with a byline or a timestamp in the run, only the whole text's
        // wrap width counts.
        if layout.has_header_line {
            layout.wrap_width = document_width;
            layout.raw_wrap_width = None;
        }
        // A short run (a two-line paragraph whose first line ends a
        // sentence) is measured against the width of the whole text.
        if layout.wrap_width.is_none() && run.len() <= 3 {
            if let Some(width) = document_width {
                let widest = run.iter().map(Line::width).max().unwrap_or(0);
                if widest * 100 >= width * 90 && widest * 100 <= width * 105 {
                    layout.wrap_width = Some(width);
                }
            }
        }
        let mut current = Unit::single(&run[0], after_blank);
        let mut unit_start = run[0];
        let mut open = balance(&run[0]);
        // Lines since a bracket was left open.
        let mut link_lines = 0;
        for (k, pair) in run.windows(2).enumerate() {
            let (prev, next) = (&pair[0], &pair[1]);
            // A markdown link wrapped over lines keeps its lines together,
            // and so does an aside whose closing parenthesis is on the next
            // line (`(Credit: Jane` / `Roe)`).
            let inside_link = (open > 0 || closers.in_line(next) && paren_balance(prev.text) > 0)
                && link_lines < MAX_LINK_LINES;
            // An image ends its unit once its brackets close: the line under
            // it is a caption or a paragraph of its own.
            let image_done = open <= 0 && current.pieces[0].text.starts_with("![");
            let at = start + k + 1;
            let in_front_matter = front_matter.is_some_and(|end| at <= end);
            let joined = if in_front_matter {
                // (A block scalar's indented lines, not a list's items.)
                at != front_matter.unwrap_or(0) && next.indent > 0 && !is_list_item(next.text)
            } else {
                inside_link
                    || continues(
                        &layout,
                        (&unit_start, current.pieces.len()),
                        (prev, kinds[k]),
                        (next, kinds[k + 1]),
                    )
            };
            if !image_done && joined {
                open = if inside_link {
                    open + balance(next)
                } else {
                    balance(next).max(0)
                };
                link_lines = if open > 0 { link_lines + 1 } else { 0 };
                // The unit can take at most the rest of the run; a few
                // lines are room enough to start with.
                let rest_of_run = run.len() - k;
                current.pieces.push_expecting(
                    Piece::of(next, glue_between(prev.text, next.text)),
                    rest_of_run.min(MANY_PIECES),
                );
            } else {
                sink(current);
                current = Unit::single(next, false);
                unit_start = *next;
                open = balance(next);
                link_lines = 0;
            }
        }
        sink(current);
        after_blank = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::lines;

    fn texts(input: &str) -> Vec<String> {
        units(input, &lines(input))
            .iter()
            .map(|u| u.to_text().as_str().to_owned())
            .collect()
    }

    #[test]
    fn unit_table() {
        let wrapped = "The harbour authority said on Monday that the eastern\nquay would reopen next week after repairs to the crane\nrails were finished.\n";
        let wire = "    By Ana Lind, Reuters\n    OSLO, May 2 - Talks on quotas were extended into\ntoday, delegates said on Friday after a long session.\n    The meeting was called to stop a slide in prices.\n";
        for (input, expected) in [
            ("One\n\nTwo\n", vec!["One", "Two"]),
            // A headline over narrow print columns.
            (
                "Ferry firms\ngrounded after\nfatal capsize\n",
                vec!["Ferry firms grounded after fatal capsize"],
            ),
            // A link opened on the tenth line of a paragraph still runs on.
            (
                "The harbour board said on Monday that the eastern quay would\nreopen next week after repairs to the crane rails were finished\nand the inspectors had signed off on the new moorings that were\nput in this winter, when the storms had closed the port for a\nweek; the board also said the old ferry ramp would be rebuilt\nin the spring with money from the state, and that the cost of\nthe work would be shared with the city, which owns the ramp and\nthe land around it, and which had asked for a bigger share of the\nfares in return, under a tool the board calls the [God\nView](https://example.com/a) of the port.\n",
                vec!["The harbour board said on Monday that the eastern quay would reopen next week after repairs to the crane rails were finished and the inspectors had signed off on the new moorings that were put in this winter, when the storms had closed the port for a week; the board also said the old ferry ramp would be rebuilt in the spring with money from the state, and that the cost of the work would be shared with the city, which owns the ramp and the land around it, and which had asked for a bigger share of the fares in return, under a tool the board calls the God View of the port."],
            ),
            (
                "First paragraph on one line.\nSecond paragraph on one line.\n",
                vec!["First paragraph on one line.", "Second paragraph on one line."],
            ),
            (
                wrapped,
                vec!["The harbour authority said on Monday that the eastern quay would reopen next week after repairs to the crane rails were finished."],
            ),
            (
                wire,
                vec![
                    "By Ana Lind, Reuters",
                    "OSLO, May 2 - Talks on quotas were extended into today, delegates said on Friday after a long session.",
                    "The meeting was called to stop a slide in prices.",
                ],
            ),
            (
                "   The drivers said they would stay out until the city came back to the\ntable with a better offer on wages and shifts.\n   ``Nobody wins when the buses stop,'' Calderone said.\nAP-NY-03-10-98 1842EST<\n",
                vec![
                    "The drivers said they would stay out until the city came back to the table with a better offer on wages and shifts.",
                    "``Nobody wins when the buses stop,'' Calderone said.",
                    "AP-NY-03-10-98 1842EST<",
                ],
            ),
            (
                "Ministers agree to reopen the port talks after strike\nOfficials stress stability as trade volumes fall\nBy Jane Roe\nMarch 3, 2025\n",
                vec![
                    "Ministers agree to reopen the port talks after strike",
                    "Officials stress stability as trade volumes fall",
                    "By Jane Roe",
                    "March 3, 2025",
                ],
            ),
            (
                "Fire forces the evacuation of villages in the hills\nThe fire, which began on Sunday afternoon, has burned 1,200 hectares and is moving north\nFirefighters work on the blaze near Valdecarros on Monday. ANA RUIZ (EFE)\nLucia Ferrer\nValdecarros\n",
                vec![
                    "Fire forces the evacuation of villages in the hills",
                    "The fire, which began on Sunday afternoon, has burned 1,200 hectares and is moving north",
                    "Firefighters work on the blaze near Valdecarros on Monday. ANA RUIZ (EFE)",
                    "Lucia Ferrer",
                    "Valdecarros",
                ],
            ),
            ("an anti-\ngovernment rally", vec!["an anti-government rally"]),
            (
                "Slurry cover\ndeadline set for\n2028 in Veldt\n\nBy Jo Hartley\n",
                vec!["Slurry cover deadline set for 2028 in Veldt", "By Jo Hartley"],
            ),
            (
                "Port traffic\ngrows by 6%\nbut rails lag\n\nBy Jo Hartley\n",
                vec!["Port traffic grows by 6% but rails lag", "By Jo Hartley"],
            ),
            ("the pro-\nand anti-war camps", vec!["the pro- and anti-war camps"]),
            ("- one\n- two\n", vec!["- one", "- two"]),
        ] {
            assert_eq!(texts(input), expected, "{input:?}");
        }
    }

    #[test]
    fn the_whole_texts_wrap_width() {
        let wrapped = "The harbour authority said on Monday that the\neastern quay would reopen next week after the\nrepairs to the crane rails were finished and\ninspectors had signed off on the new moorings\nthat were put in over the winter months while\nthe port stayed closed to the larger ships\nthat usually call there on their way north\nto the fishing grounds beyond the cape.\n";
        let footer = "3/7/25, 9:14 AM\tHarbour to reopen next week, authority says | The Veldan Courier\nhttps://www.veldancourier.example/news/2025/03/06/harbour-reopens 1/2\n";
        let width = document_wrap_width(&lines(wrapped));
        assert!(width.is_some_and(|w| (44..=47).contains(&w)), "{width:?}");
        // Page headers and footers above the wrapped lines.
        let with_footer = format!("{footer}{wrapped}");
        assert_eq!(document_wrap_width(&lines(&with_footer)), width);
        // One sentence per line is not wrapped.
        let one_per_line = "The harbour will reopen next week.\nThe quay was repaired over the winter.\nInspectors signed off on the moorings.\nThe larger ships will call again.\nFishing boats never stopped.\nThe cape route stays closed.\nThe authority thanked the crews.\nA ceremony is planned for May.\n";
        assert_eq!(document_wrap_width(&lines(one_per_line)), None);
    }

    #[test]
    fn marks_finds_the_lines_that_hold_the_bytes() {
        let input = "a [b\n\nno marks\n  x]  \n\\\nplain\n(c)\n\n[\nend";
        let lines = lines(input);
        for step in 1..=3 {
            let mut marks = Marks::new(input, [b'\\', b'[', b']']);
            for line in lines.iter().step_by(step) {
                let naive = line.text.contains(['\\', '[', ']']);
                assert_eq!(marks.in_line(line), naive, "{line:?}");
            }
        }
    }

    #[test]
    fn list_numbers() {
        assert_eq!(list_number_len("1. Finland"), Some(3));
        assert_eq!(list_number_len("2017 was"), None);
        assert_eq!(list_number_len("12) x"), Some(4));
    }
}
