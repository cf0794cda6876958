//! Inline markup: markdown links and images, backslash escapes, emphasis,
//! and white-space runs, turned into the plain text a reader sees.
//!
//! `[text](url)` becomes `text`, `![alt](src)` disappears, `\$` becomes `$`,
//! `**bold**` / `*it*` / `_it_` lose their marks, and every run of white
//! space becomes one space. Text with none of these is returned borrowed.

use std::borrow::Cow;
use std::sync::LazyLock;

use memchr::{memchr2_iter, memchr3, memchr3_iter, memchr_iter, memmem};

use nom::bytes::complete::tag;
use nom::{IResult, Parser};

/// A markdown link or image: its bracketed text and its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Link<'a> {
    pub image: bool,
    pub text: &'a str,
    pub url: &'a str,
}

/// How far ahead an `_` that opens emphasis looks for its closer.
const EMPHASIS_WINDOW: usize = 400;

/// Longest nesting of brackets or parentheses followed inside a link; deeper
/// input is taken as plain text, so the work per byte stays bounded.
const MAX_NESTING: usize = 8;

/// The content of a balanced `open ... close` group, after `open`. Returns
/// the content and the rest after `close`.
fn balanced(open: u8, close: u8) -> impl Fn(&str) -> IResult<&str, &str> {
    move |input: &str| {
        // Every byte looked for is ASCII, and no byte of a longer character
        // is: the text is read byte by byte, not decoded.
        let bytes = input.as_bytes();
        let mut depth = 0usize;
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if b == b'\\' {
                // The escaped character's first byte is skipped; any later
                // ones match nothing below.
                i += 2;
                continue;
            }
            if b == open {
                depth += 1;
                if depth > MAX_NESTING {
                    break;
                }
            } else if b == close {
                if depth == 0 {
                    return Ok((&input[i + 1..], &input[..i]));
                }
                depth -= 1;
            } else if open == b'(' && matches!(b, b'\n' | b'[' | b']') {
                // A link target never holds a bracket or a line break: stop
                // there, so an unclosed `(` costs a few bytes, not the rest
                // of the input.
                break;
            }
            i += 1;
        }
        Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::TakeUntil,
        )))
    }
}

/// Pandoc's attributes after a link, an image or a span: `{.class}`,
/// `{#id .class key="value"}`. Returns the rest after the closing brace.
///
/// ```text
/// attributes := "{" ("." | "#" | key "=") [^{}\n]{0,120} "}"
/// ```
fn attributes(input: &str) -> IResult<&str, &str> {
    const LONGEST: usize = 120;
    let (rest, _) = tag("{").parse(input)?;
    let end = rest
        .as_bytes()
        .iter()
        .take(LONGEST)
        .position(|&b| matches!(b, b'}' | b'{' | b'\n'))
        .filter(|&at| rest.as_bytes()[at] == b'}');
    let inner = end.map(|at| &rest[..at]);
    match inner {
        Some(inner) if inner.starts_with(['.', '#']) || inner.contains('=') => {
            Ok((&rest[inner.len() + 1..], inner))
        }
        _ => Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Tag,
        ))),
    }
}

/// `[text](url)` or `![alt](src)`, with any pandoc attributes after it
/// (`{.img-responsive}`), which a reader never sees.
pub(crate) fn link(input: &str) -> IResult<&str, Link<'_>> {
    let (rest, bang) = nom::combinator::opt(tag("!")).parse(input)?;
    let (rest, _) = tag("[").parse(rest)?;
    let (rest, text) = balanced(b'[', b']')(rest)?;
    let (rest, _) = tag("(").parse(rest)?;
    let (rest, url) = balanced(b'(', b')')(rest)?;
    let rest = attributes(rest).map_or(rest, |(after, _)| after);
    Ok((
        rest,
        Link {
            image: bang.is_some(),
            text,
            url,
        },
    ))
}

/// A pandoc span, `[text]{.class}`: its text, and the rest after it.
fn span(input: &str) -> IResult<&str, &str> {
    let (rest, _) = tag("[").parse(input)?;
    let (rest, text) = balanced(b'[', b']')(rest)?;
    let (rest, _) = attributes(rest)?;
    Ok((rest, text))
}

/// A reference-style link, `[text][7]` (html2text prints its targets at
/// the end of the text): its text, and the rest after it.
fn reference_link(input: &str) -> IResult<&str, &str> {
    let (rest, _) = tag("[").parse(input)?;
    let (rest, text) = balanced(b'[', b']')(rest)?;
    let (rest, _) = tag("[").parse(rest)?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=4).contains(&digits) || rest.as_bytes().get(digits) != Some(&b']') {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Digit,
        )));
    }
    Ok((&rest[digits + 1..], text))
}

/// The length of a text browser's link number glued to the link's words
/// (lynx prints `[14]Jane Roe` for a link to her page): `[`, one to four
/// digits, `]`, then a letter or digit right after.
fn reference_number_len(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let digits = bytes
        .get(1..)?
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let close = 1 + digits;
    let glued = bytes
        .get(close + 1)
        .is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80);
    ((1..=4).contains(&digits) && bytes.get(close) == Some(&b']') && glued).then_some(close + 1)
}

/// True when the text holds nothing a reader would see but images, links
/// with no text, or images wrapped in links (`[![alt](src)](url)`).
pub(crate) fn is_image_line(s: &str) -> bool {
    let mut rest = crate::lines::trim_by(s, char::is_whitespace);
    // Links and images open with `!` or `[`: other text misses at once.
    if !rest.starts_with(['!', '[']) {
        return false;
    }
    let mut image = false;
    while !rest.is_empty() {
        match link(rest) {
            Ok((after, l)) => {
                let wrapped_image = !l.image && is_image_line(l.text);
                if !l.image && !wrapped_image && !l.text.trim().is_empty() {
                    return false;
                }
                image |= l.image || wrapped_image;
                rest = after.trim_start();
            }
            Err(_) => return false,
        }
    }
    image
}

/// True when the text is made only of links (and images), with at least one
/// link: a related-links line, a share button.
pub(crate) fn is_link_line(s: &str) -> bool {
    let mut rest = s.trim();
    let mut any = false;
    while !rest.is_empty() {
        rest = rest.trim_start_matches(['*', '-', '•', '|', ' ', '·']);
        if rest.is_empty() {
            break;
        }
        match link(rest) {
            Ok((after, _)) => {
                any = true;
                rest = after.trim_start();
            }
            Err(_) => return false,
        }
    }
    any
}

/// What a byte of the text can start, for [`render`]: ordinary text, a
/// space, markup or ASCII white space, or a character that may be other
/// white space.
#[derive(Debug, Clone, Copy)]
enum Class {
    /// Copied as it is.
    Text,
    /// A space: copied when it follows text, dropped after another space.
    Space,
    /// `\ [ ! ] * _`, and ASCII white space other than a space.
    Mark,
    /// One of [`SPACE_LEADS`]: the character decides.
    Lead,
}

/// The first bytes of the characters outside ASCII that
/// [`crate::lines::is_space`] accepts: U+0085 and NBSP; U+1680; U+2000 to
/// U+205F; U+3000; the byte order mark.
const SPACE_LEADS: [u8; 5] = [0xC2, 0xE1, 0xE2, 0xE3, 0xEF];

/// [`Class`] of every byte.
static CLASSES: [Class; 256] = classes();

const fn classes() -> [Class; 256] {
    let mut table = [Class::Text; 256];
    let marks = b"\\[!]*_\t\n\x0b\x0c\r";
    let mut i = 0;
    while i < marks.len() {
        table[marks[i] as usize] = Class::Mark;
        i += 1;
    }
    table[b' ' as usize] = Class::Space;
    let mut i = 0;
    while i < SPACE_LEADS.len() {
        table[SPACE_LEADS[i] as usize] = Class::Lead;
        i += 1;
    }
    table
}

fn class(b: u8) -> Class {
    CLASSES[usize::from(b)]
}

/// True when the character at the start of `s` is white space.
fn starts_with_space(s: &str) -> bool {
    s.chars().next().is_some_and(crate::lines::is_space)
}

/// The end of the run of text from `start` that [`plain`] copies as it
/// is: no markup, and no white space but single spaces after text
/// (`after_space` says whether what comes before `start` is no text).
fn text_run_end(bytes: &[u8], start: usize, mut after_space: bool) -> usize {
    let mut i = start;
    while let Some(&b) = bytes.get(i) {
        match class(b) {
            Class::Text => after_space = false,
            Class::Space if !after_space => after_space = true,
            _ => break,
        }
        i += 1;
    }
    i
}

/// Finds two spaces in a row; built once, as a search set up per call
/// would cost more than most texts take to scan.
static DOUBLE_SPACE: LazyLock<memmem::Finder<'static>> =
    LazyLock::new(|| memmem::Finder::new("  "));

/// True when `s` needs no rewriting to be plain text. Prose seldom holds
/// any of what [`render`] rewrites, so each kind is looked for over the
/// whole text with `memchr` (a few instructions per 32 bytes), and only
/// what is found is looked at; a short text is read once byte by byte.
fn is_plain(s: &str) -> bool {
    if s.len() <= SHORT {
        is_plain_short(s)
    } else {
        is_plain_long(s)
    }
}

/// [`is_plain`] with a search over the whole text for each kind of mark.
fn is_plain_long(s: &str) -> bool {
    let bytes = s.as_bytes();
    let marked = bytes.first() == Some(&b' ')
        || bytes.last() == Some(&b' ')
        || memchr3(b'\\', b'[', b'*', bytes).is_some()
        || memchr3(b'_', b'\t', b'\n', bytes).is_some()
        || memchr3(b'\r', 0x0b, 0x0c, bytes).is_some()
        || memchr_iter(b']', bytes).any(|at| bytes.get(at + 1) == Some(&b'('))
        || DOUBLE_SPACE.find(bytes).is_some();
    let [a, b, c, d, e] = SPACE_LEADS;
    !marked
        && (s.is_ascii()
            || !memchr3_iter(a, b, c, bytes)
                .chain(memchr2_iter(d, e, bytes))
                .any(|at| starts_with_space(&s[at..])))
}

/// Texts up to this length are read byte by byte by [`is_plain_short`]:
/// each `memchr` call of [`is_plain`] has a set-up cost that a short
/// line (a byline, a label) does not repay.
const SHORT: usize = 64;

/// [`is_plain`] in one pass over the bytes of a short text.
fn is_plain_short(s: &str) -> bool {
    let bytes = s.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    !bytes.iter().enumerate().any(|(i, &b)| {
        let next = bytes.get(i + 1).copied();
        match b {
            b'\\' | b'[' | b'*' | b'_' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => true,
            b']' => next == Some(b'('),
            b' ' => next == Some(b' '),
            // A lead byte starts a character.
            _ => matches!(class(b), Class::Lead) && starts_with_space(&s[i..]),
        }
    })
}

/// The plain text of `raw`, borrowed when nothing needed rewriting.
pub(crate) fn plain(raw: &str) -> Cow<'_, str> {
    let trimmed = crate::lines::trim_by(raw, crate::lines::is_space);
    if is_plain(trimmed) {
        return Cow::Borrowed(trimmed);
    }
    let mut out = String::with_capacity(trimmed.len());
    render(trimmed, &mut out, 0);
    let end = out.trim_end().len();
    out.truncate(end);
    Cow::Owned(out)
}

/// [`crate::scan::word_count`] of a text [`plain`] returned: its only
/// white space is single ASCII spaces between words (none at either end,
/// no other space character), so its words are its spaces and one, and
/// the spaces are counted with a vector search.
pub(crate) fn plain_word_count(plain: &str) -> usize {
    let words = if plain.is_empty() {
        0
    } else {
        memchr::memchr_iter(b' ', plain.as_bytes()).count() + 1
    };
    debug_assert_eq!(words, crate::scan::word_count(plain), "{plain:?}");
    words
}

/// Appends the plain text of `s` to `out`, collapsing white space; `out`
/// never gets a leading space or two spaces in a row.
fn render(s: &str, out: &mut String, depth: usize) {
    let mut i = 0;
    let mut underscore_open = false;
    let bytes = s.as_bytes();
    while i < s.len() {
        // Runs of text are copied whole; what ends one is looked at below.
        let end = text_run_end(bytes, i, out.is_empty() || out.ends_with(' '));
        if end > i {
            out.push_str(&s[i..end]);
            i = end;
            continue;
        }
        let b = bytes[i];
        match b {
            b'\\' => {
                if let Some(&next) = bytes.get(i + 1) {
                    if next.is_ascii_punctuation() {
                        out.push(next as char);
                        i += 2;
                        continue;
                    }
                    // A markdown hard break (`Jane Roe\` at a line's end),
                    // its line joined to the next with a space.
                    if next == b' ' {
                        i += 1;
                        continue;
                    }
                    // A JSON record's escape: `\u2014`, a surrogate pair.
                    if next == b'u' {
                        if let Some((c, len)) = unicode_escape(&s[i..]) {
                            // (An escaped space, `\u2028`, is white space
                            // like any other.)
                            if crate::lines::is_space(c) {
                                if !out.is_empty() && !out.ends_with(' ') {
                                    out.push(' ');
                                }
                            } else {
                                out.push(c);
                            }
                            i += len;
                            continue;
                        }
                    }
                }
                // (At the text's end, a hard break too.)
                if i + 1 < s.len() {
                    out.push('\\');
                }
                i += 1;
            }
            b'[' | b'!' if depth < MAX_NESTING => {
                if let Ok((rest, l)) = link(&s[i..]) {
                    if !l.image {
                        render(l.text, out, depth + 1);
                    }
                    i = s.len() - rest.len();
                } else if let Ok((rest, text)) = span(&s[i..]).or_else(|_| reference_link(&s[i..]))
                {
                    render(text, out, depth + 1);
                    i = s.len() - rest.len();
                } else if let Some(len) = reference_number_len(&s[i..]) {
                    i += len;
                } else {
                    out.push(b as char);
                    i += 1;
                }
            }
            // The target of a link whose text began on an earlier line
            // (`… pressure](/world/story)`): not something a reader sees.
            b']' if bytes.get(i + 1) == Some(&b'(') => match balanced(b'(', b')')(&s[i + 2..]) {
                Ok((rest, _)) => i = s.len() - rest.len(),
                Err(_) => {
                    out.push(']');
                    i += 1;
                }
            },
            b'*' | b'_' => {
                let run = bytes[i..].iter().take_while(|&&c| c == b).count();
                let before = s[..i].chars().next_back();
                let after = s[i + run..].chars().next();
                let closes_later = || {
                    // An `_` opener counts only when a closer follows soon
                    // (`@jane_` keeps its underscore). The window bounds
                    // the work per byte.
                    let window_end = crate::error::floor_char_boundary(
                        s,
                        s.len().min(i + run + EMPHASIS_WINDOW),
                    );
                    let window = &s[i + run..window_end.max(i + run)];
                    window.match_indices('_').any(|(j, _)| {
                        let at = i + run + j;
                        let prev = s[..at].chars().next_back();
                        prev.is_some_and(|c| !c.is_whitespace())
                            && s[at + 1..]
                                .chars()
                                .next()
                                .is_none_or(|c| !c.is_alphanumeric())
                    })
                };
                let emphasis = is_emphasis(b, before, after)
                    && (b == b'*' || underscore_open || closes_later());
                if b == b'_' && emphasis {
                    let opening = before.is_none_or(|c| !c.is_alphanumeric());
                    underscore_open = opening && !underscore_open;
                }
                if emphasis {
                    i += run;
                } else {
                    out.push_str(&s[i..i + run]);
                    i += run;
                }
            }
            _ => {
                let c = s[i..].chars().next().unwrap_or(' ');
                if crate::lines::is_space(c) {
                    if !out.is_empty() && !out.ends_with(' ') {
                        out.push(' ');
                    }
                } else {
                    out.push(c);
                }
                i += c.len_utf8();
            }
        }
    }
}

/// Whether a run of `*` or `_` between `before` and `after` is an emphasis
/// mark: it touches text on at least one side, and an `_` is not inside a
/// word (`snake_case` keeps its underscore).
fn is_emphasis(mark: u8, before: Option<char>, after: Option<char>) -> bool {
    let solid = |c: Option<char>| c.is_some_and(|c| !c.is_whitespace());
    if !solid(before) && !solid(after) {
        return false;
    }
    if mark == b'_' {
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        return !(word(before) && word(after));
    }
    true
}

/// The character of a JSON `\uXXXX` escape at the start of `s` (two of
/// them for a surrogate pair), and the escape's length in bytes.
fn unicode_escape(s: &str) -> Option<(char, usize)> {
    let unit = |s: &str| -> Option<u32> {
        let hex = s.strip_prefix("\\u")?.get(..4)?;
        hex.bytes()
            .all(|b| b.is_ascii_hexdigit())
            .then(|| u32::from_str_radix(hex, 16).ok())
            .flatten()
    };
    let high = unit(s)?;
    if (0xD800..0xDC00).contains(&high) {
        let low = unit(&s[6..]).filter(|low| (0xDC00..0xE000).contains(low))?;
        let c = char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))?;
        return Some((c, 12));
    }
    Some((char::from_u32(high)?, 6))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_long_plain_tests_agree() {
        for s in [
            "By Jane Roe",
            " lead",
            "trail ",
            "two  spaces",
            "a\u{a0}b",
            "a\u{2003}b",
            "déjà vu",
            "\u{feff}bom",
            "x](y)",
            "x] (y)",
            "a\\b",
            "a_b",
            "a*b",
            "[a",
            "tab\tin",
            "cr\r",
            "ff\u{c}",
            "",
        ] {
            assert_eq!(is_plain_short(s), is_plain_long(s), "{s:?}");
        }
    }

    #[test]
    fn plain_text_table() {
        for (raw, expected, borrowed) in [
            ("Plain words here.", "Plain words here.", true),
            // Pandoc attributes and spans, lynx link numbers.
            (
                "[6:14 pm on 5 March 2025]{.updated}",
                "6:14 pm on 5 March 2025",
                false,
            ),
            (
                "See [the port](/port){.link} now",
                "See the port now",
                false,
            ),
            ("![Alt](/a.jpg){.img-responsive}", "", false),
            ("By [14]Jane Roe", "By Jane Roe", false),
            (
                "said the [Energy Secretariat][10] on Monday",
                "said the Energy Secretariat on Monday",
                false,
            ),
            ("[a][b] stays", "[a][b] stays", false),
            (
                "Costs rose [12] per cent",
                "Costs rose [12] per cent",
                false,
            ),
            ("A footnote[3].", "A footnote[3].", false),
            ("The word {sic} stays", "The word {sic} stays", true),
            ("worth \\$700bn", "worth $700bn", false),
            ("with [China](#) on", "with China on", false),
            ("**Bold** and *it* and _it_", "Bold and it and it", false),
            ("snake_case stays", "snake_case stays", false),
            (
                "Follow @jane_ on Twitter",
                "Follow @jane_ on Twitter",
                false,
            ),
            ("an _italic_ word", "an italic word", false),
            ("a  b\t c\u{a0}d", "a b c d", false),
            ("![alt](src.png) caption", "caption", false),
            ("[![logo](a.png)](b) About", "About", false),
            ("[unclosed (link", "[unclosed (link", false),
            ("2 * 3", "2 * 3", false),
            ("[nested [brackets]](u)", "nested [brackets]", false),
            ("the talks resume](/world/talks)", "the talks resume", false),
            // Characters outside ASCII that are no white space, some opening
            // with the bytes white space opens with.
            (
                "Café — déjà vu, l’été «°»",
                "Café — déjà vu, l’été «°»",
                true,
            ),
            ("中文 😀 Ω\u{2122}", "中文 😀 Ω\u{2122}", true),
            ("\u{feff}\u{a0}Talks resume\u{200b}", "Talks resume", true),
            ("a\u{a0}b", "a b", false),
            ("a\u{feff}b\u{3000}c\u{2003}d\u{85}e", "a b c d e", false),
            ("a \u{a0} b", "a b", false),
            ("Wow! Great ]x", "Wow! Great ]x", true),
            ("\\_escaped\\_ underscores", "_escaped_ underscores", false),
            (
                "Kessling \\u2014 a JSON escape",
                "Kessling — a JSON escape",
                false,
            ),
            ("a pair \\ud83d\\ude00 here", "a pair 😀 here", false),
            ("Jane Roe\\ Headquarters\\", "Jane Roe Headquarters", false),
            ("a lone \\ud83d here", "a lone \\ud83d here", false),
            (
                "see [the talks](/world/talks) — now",
                "see the talks — now",
                false,
            ),
            (
                "line\nbreak\tand\u{b}feed\u{c}here\r",
                "line break and feed here",
                false,
            ),
            ("", "", true),
        ] {
            let got = plain(raw);
            assert_eq!(got, expected, "{raw:?}");
            assert_eq!(matches!(got, Cow::Borrowed(_)), borrowed, "{raw:?}");
        }
    }

    #[test]
    fn white_space_opens_with_a_lead_byte() {
        for c in (0..=0x10_ffff).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let first = c.encode_utf8(&mut buf).as_bytes()[0];
            if crate::lines::is_space(c) {
                let marked = matches!(class(first), Class::Lead | Class::Mark | Class::Space);
                assert!(marked, "{c:?}");
                assert!(c == ' ' || !is_plain(&format!("a{c}b")), "{c:?}");
            }
        }
    }

    #[test]
    fn image_and_link_lines() {
        assert!(is_image_line("![](images/x.png)"));
        assert!(is_image_line("[![a](b)](c) ![d](e)"));
        assert!(!is_image_line("![a](b) text"));
        assert!(!is_image_line("[](mailto:desk@example.com)"));
        assert!(!is_image_line("Talks resume"));
        assert!(!is_image_line(""));
        assert!(is_image_line("\u{a0} ![a](b) "));
        assert!(is_link_line("* [Share on Facebook](https://x)"));
        assert!(!is_link_line("Read [this](x) now"));
    }

    #[test]
    fn link_table() {
        for (input, expected) in [
            ("[text](url) after", Some((false, "text", "url", " after"))),
            ("![é](ü.png)", Some((true, "é", "ü.png", ""))),
            ("[a \\] b](u)", Some((false, "a \\] b", "u", ""))),
            ("[\\é](u)", Some((false, "\\é", "u", ""))),
            ("[a [b] c](u(1))", Some((false, "a [b] c", "u(1)", ""))),
            ("[a](b\nc)", None),
            ("[a](b[c)", None),
            ("[unclosed", None),
            ("text", None),
        ] {
            let got = link(input)
                .ok()
                .map(|(rest, l)| (l.image, l.text, l.url, rest));
            assert_eq!(got, expected, "{input:?}");
        }
    }

    #[test]
    fn emphasis_window_ends_on_a_character() {
        let text = format!("_a{}", "é".repeat(300));
        assert!(plain(&text).ends_with('é'));
    }

    #[test]
    fn deep_brackets_do_not_recurse() {
        let deep = "[".repeat(10_000);
        assert_eq!(plain(&deep), deep.as_str());
    }
}
