//! Labelled field dumps: the `key: value` lines that a converter's front
//! matter (trafilatura's `---` block), a feed entry printed by a script or
//! a dataset record put before the story text.
//!
//! ```text
//! field := key ":" (" "+ value)?
//! key   := word (" " word)?          ; letters, `_`, `-`; one of KEYS, any case
//! ```
//!
//! The key only marks the field: `title: Ferry fares rise` gives the
//! headline `Ferry fares rise`. A Factiva export writes its field codes in
//! capitals, padded to a column, with no colon (`HD     Ferry fares rise`,
//! `PD     11 June 2025`, `LP     The lead paragraph`, `TD     The text`).

use nom::bytes::complete::{tag, take_while1};
use nom::character::complete::space0;
use nom::{IResult, Parser};

/// The field a dump's key fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Headline,
    Byline,
    Published,
    Standfirst,
    /// `content:`, `body:`: the story follows (or starts here, as
    /// Factiva's `LP` and `TD`).
    Body,
    /// Factiva's `CY`: the copyright notice.
    Copyright,
    /// Metadata no field holds (`url:`, `tags:`, `language:`): chrome.
    Other,
}

/// The keys a dump is known by, lower-cased, and the field of each.
const KEYS: &[(&str, Field)] = &[
    ("title", Field::Headline),
    ("headline", Field::Headline),
    ("author", Field::Byline),
    ("authors", Field::Byline),
    ("byline", Field::Byline),
    ("creator", Field::Byline),
    ("date", Field::Published),
    ("published", Field::Published),
    ("pubdate", Field::Published),
    ("published_at", Field::Published),
    ("date_published", Field::Published),
    ("datepublished", Field::Published),
    ("description", Field::Standfirst),
    ("summary", Field::Standfirst),
    ("subtitle", Field::Standfirst),
    ("excerpt", Field::Standfirst),
    ("content", Field::Body),
    ("body", Field::Body),
    ("text", Field::Body),
    ("url", Field::Other),
    ("link", Field::Other),
    ("id", Field::Other),
    ("guid", Field::Other),
    ("hostname", Field::Other),
    ("sitename", Field::Other),
    ("site", Field::Other),
    ("source", Field::Other),
    ("language", Field::Other),
    ("lang", Field::Other),
    ("tags", Field::Other),
    ("categories", Field::Other),
    ("category", Field::Other),
    ("keywords", Field::Other),
    ("fingerprint", Field::Other),
    ("image", Field::Other),
    ("license", Field::Other),
    ("updated", Field::Other),
    ("modified", Field::Other),
    ("section", Field::Other),
    ("type", Field::Other),
    // An e-mail's headers, which stand one per line too.
    ("from", Field::Other),
    ("to", Field::Other),
    ("cc", Field::Other),
    ("sent", Field::Other),
    ("subject", Field::Other),
    ("reply-to", Field::Other),
];

/// Factiva's field codes and the field of each.
const CODES: &[(&str, Field)] = &[
    ("HD", Field::Headline),
    ("BY", Field::Byline),
    ("PD", Field::Published),
    ("CY", Field::Copyright),
    ("LP", Field::Body),
    ("TD", Field::Body),
    ("WC", Field::Other),
    ("SN", Field::Other),
    ("SC", Field::Other),
    ("LA", Field::Other),
    ("ET", Field::Other),
    ("SE", Field::Other),
    ("ED", Field::Other),
    ("PG", Field::Other),
    ("CLM", Field::Other),
    ("RF", Field::Other),
    ("ART", Field::Other),
    ("CR", Field::Other),
    ("CO", Field::Other),
    ("IN", Field::Other),
    ("NS", Field::Other),
    ("RE", Field::Other),
    ("IPD", Field::Other),
    ("PUB", Field::Other),
    ("AN", Field::Other),
];

/// A Factiva field: a code of two or three capitals, two spaces or more,
/// the value (as printed: plain text folds the spaces into one).
pub(crate) fn coded(text: &str) -> Option<(Field, &str)> {
    let (field, code) = code(text)?;
    Some((field, text[code.len()..].trim()))
}

/// The field and the code of a Factiva field line (see [`coded`]).
pub(crate) fn code(text: &str) -> Option<(Field, &'static str)> {
    let (rest, code) =
        take_while1::<_, &str, nom::error::Error<&str>>(|c: char| c.is_ascii_uppercase())(text)
            .ok()?;
    if !rest.starts_with("  ") && !rest.is_empty() {
        return None;
    }
    CODES.iter().find(|(c, _)| *c == code).map(|&(c, f)| (f, c))
}

/// The key before the colon: one or two words of letters, `_` and `-`.
fn key(input: &str) -> IResult<&str, &str> {
    let word = |i| take_while1(|c: char| c.is_ascii_alphabetic() || c == '_' || c == '-')(i);
    let (rest, first) = word(input)?;
    // A second word (`Published Time`), when a colon follows it.
    let two = (tag(" "), word, tag(":"))
        .parse(rest)
        .ok()
        .map(|(after, (_, second, _))| (after, &input[..first.len() + 1 + second.len()]));
    match two {
        Some((after, key)) => Ok((after, key)),
        None => tag(":").parse(rest).map(|(after, _)| (after, first)),
    }
}

/// A `key: value` line of a dump: the field and the value (a sub-slice of
/// `text`, empty when the value is on the lines below).
pub(crate) fn field(text: &str) -> Option<(Field, &str)> {
    if let Some(found) = coded(text) {
        return Some(found);
    }
    let (rest, key) = key(text).ok()?;
    // `key:value` with no space is a word with a colon in it (`Topic:Floods`
    // is a tag, `https:` a link).
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let (value, _) = space0::<&str, nom::error::Error<&str>>(rest).ok()?;
    let known = KEYS
        .iter()
        .find(|(k, _)| key.eq_ignore_ascii_case(k))
        .map(|&(_, f)| f)?;
    Some((known, value.trim_end()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields() {
        for (text, expected) in [
            (
                "title: Ferry fares rise",
                Some((Field::Headline, "Ferry fares rise")),
            ),
            ("Author: Ana Lind", Some((Field::Byline, "Ana Lind"))),
            (
                "published: 2025-05-14T07:00:00-04:00",
                Some((Field::Published, "2025-05-14T07:00:00-04:00")),
            ),
            ("content:", Some((Field::Body, ""))),
            (
                "url: https://example.com/a",
                Some((Field::Other, "https://example.com/a")),
            ),
            // Not a dump's key, or not a label at all.
            ("Note: the port is closed.", None),
            ("https://example.com", None),
            ("Topic:Floods", None),
            ("The title: a story", None),
            // Factiva's codes.
            (
                "HD     Ferry fares rise",
                Some((Field::Headline, "Ferry fares rise")),
            ),
            (
                "PD     11 June 2025",
                Some((Field::Published, "11 June 2025")),
            ),
            (
                "TD     The text starts.",
                Some((Field::Body, "The text starts.")),
            ),
            ("IN THE harbour", None),
            ("US     stocks", None),
        ] {
            assert_eq!(field(text), expected, "{text}");
        }
    }
}
