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
    ("publish date", Field::Published),
    ("publish_date", Field::Published),
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
    ("top image", Field::Other),
    ("top_image", Field::Other),
    ("movies", Field::Other),
    ("license", Field::Other),
    ("updated", Field::Other),
    ("modified", Field::Other),
    ("section", Field::Other),
    ("type", Field::Other),
    ("domain", Field::Other),
    // A feed reader's article view (newsboat: `Feed:`, `Title:`, …).
    ("feed", Field::Other),
    ("image_url", Field::Other),
    // news-please's record (the CC-News dumps).
    ("date_publish", Field::Published),
    ("maintext", Field::Body),
    ("date_download", Field::Other),
    ("date_modify", Field::Other),
    ("source_domain", Field::Other),
    ("title_page", Field::Other),
    ("title_rss", Field::Other),
    ("localpath", Field::Other),
    ("filename", Field::Other),
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

/// The labels of a news database's export (Nexis Uni, ProQuest, NewsBank),
/// lower case, and the field of each. `credit` is a byline only when its
/// value opens with `By`; `author` is ProQuest's index form (`Roe, Jane`),
/// a byline only when no printed one is given.
const EXPORT_LABELS: &[(&str, Field)] = &[
    ("byline", Field::Byline),
    ("author/byline", Field::Byline),
    ("readability", Field::Other),
    ("record number", Field::Other),
    ("credit", Field::Byline),
    ("author", Field::Byline),
    ("highlight", Field::Standfirst),
    ("abstract", Field::Standfirst),
    ("publication date", Field::Published),
    ("copyright", Field::Copyright),
    ("full text", Field::Body),
    ("section", Field::Other),
    ("length", Field::Other),
    ("load-date", Field::Other),
    ("language", Field::Other),
    ("graphic", Field::Other),
    ("publication-type", Field::Other),
    ("subject", Field::Other),
    ("location", Field::Other),
    ("people", Field::Other),
    ("company / organization", Field::Other),
    ("publication info", Field::Other),
    ("publication title", Field::Other),
    ("first page", Field::Other),
    ("publication year", Field::Other),
    ("publisher", Field::Other),
    ("place of publication", Field::Other),
    ("country of publication", Field::Other),
    ("publication subject", Field::Other),
    ("issn", Field::Other),
    ("source type", Field::Other),
    ("language of publication", Field::Other),
    ("document type", Field::Other),
    ("proquest document id", Field::Other),
    ("document url", Field::Other),
    ("last updated", Field::Other),
    ("database", Field::Other),
];

/// A labelled field of a news database's export: the label (lower case,
/// as listed), its field and the value (`Section: NEWS; Pg. 7`,
/// `Publication date: Mar 6, 2025`, `Full text: The story …`).
///
/// ```text
/// export_field := label ":" (" " value)?   ; label: one to four words
/// ```
pub(crate) fn export_field(text: &str) -> Option<(&'static str, Field, &str)> {
    let colon = text
        .get(..40.min(text.len()))
        .and_then(|head| memchr::memchr(b':', head.as_bytes()))?;
    let label = &text[..colon];
    let rest = &text[colon + 1..];
    if !(rest.is_empty() || rest.starts_with(' ')) {
        return None;
    }
    let (name, field) = EXPORT_LABELS
        .iter()
        .find(|(l, _)| l.eq_ignore_ascii_case(label))?;
    Some((name, *field, rest.trim()))
}

/// True for a line an export prints around its fields (`Body`, `End of
/// Document`, `Document 1 of 1`, `ProQuest document link`).
pub(crate) fn is_export_line(text: &str) -> bool {
    const LINES: &[&str] = &[
        "body",
        "end of document",
        "contents",
        "proquest document link",
        "contact proquest",
        "full text",
    ];
    if LINES.iter().any(|l| l.eq_ignore_ascii_case(text)) {
        return true;
    }
    // `Document 1 of 12`
    let numbers = text
        .strip_prefix("Document ")
        .and_then(|r| r.split_once(" of "));
    numbers.is_some_and(|(n, m)| {
        [n, m]
            .iter()
            .all(|x| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// True for a `key:` line of any key (`created: 2025-06-03`), as YAML
/// front matter between `---` fences holds them.
pub(crate) fn is_any_field(text: &str) -> bool {
    key(text).is_ok_and(|(rest, _)| rest.is_empty() || rest.starts_with([' ', '\t']))
}

/// A front matter's scalar as its reader sees it: without the quotation
/// marks around it (`"Ferry fares rise"`), a note-taker's wiki link
/// (`[[Jane Roe]]`) or the brackets of a script's one-item list
/// (`['Jane Roe']`).
pub(crate) fn scalar(value: &str) -> &str {
    // A block scalar's indicator before its text (`title: |` over the
    // title's indented line).
    let value = ["|- ", ">- ", "| ", "> "]
        .iter()
        .find_map(|i| value.strip_prefix(i))
        .unwrap_or(value);
    let value = value
        .strip_prefix('[')
        .and_then(|v| v.strip_suffix(']'))
        .filter(|item| {
            item.len() >= 2
                && ['\'', '"']
                    .iter()
                    .any(|&q| item.starts_with(q) && item.ends_with(q))
                && !item[1..item.len() - 1].contains(['\'', '"', ','])
        })
        .unwrap_or(value);
    let unquoted = ['"', '\'']
        .iter()
        .find_map(|&q| value.strip_prefix(q)?.strip_suffix(q))
        .filter(|inner| !inner.is_empty())
        .unwrap_or(value);
    unquoted
        .strip_prefix("[[")
        .and_then(|v| v.strip_suffix("]]"))
        .filter(|inner| !inner.is_empty() && !inner.contains(['[', ']']))
        .unwrap_or(unquoted)
}

/// True for an outliner's block property (`tags:: [[water]]`,
/// `clipped:: [[Mar 4th, 2025]]`): a key of letters, digits, `_` and `-`,
/// two colons, then the value or nothing. Logseq and Obsidian's Dataview
/// write a page's metadata so, above the page's blocks.
///
/// ```text
/// property := key "::" (" " value)?
/// ```
pub(crate) fn is_outliner_property(text: &str) -> bool {
    let parsed: IResult<&str, &str> = (
        take_while1(|c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-'),
        tag("::"),
    )
        .parse(text)
        .map(|(rest, (key, _))| (rest, key));
    parsed.is_ok_and(|(rest, _)| rest.is_empty() || rest.starts_with(' '))
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
    if text.starts_with('"') {
        return json_field(text);
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

/// The field a key fills, any case; an unknown key's is
/// [`Field::Other`].
pub(crate) fn key_field(key: &str) -> Field {
    KEYS.iter()
        .find(|(k, _)| key.eq_ignore_ascii_case(k))
        .map_or(Field::Other, |&(_, f)| f)
}

/// A field of a JSON record, as its line starts (see `lines`): `"key":`
/// and the value, without its quotes (an array of strings keeps its
/// brackets: `["Jane Roe", "TT"]`). `null` is an empty value.
fn json_field(text: &str) -> Option<(Field, &str)> {
    let (key, rest) = text[1..].split_once('"')?;
    let value = rest.trim_start().strip_prefix(':')?.trim();
    let value = value.strip_prefix('"').unwrap_or(value);
    // (A closing quote not escaped.)
    let value = match value.strip_suffix('"') {
        Some(inner) if !inner.ends_with('\\') || inner.ends_with("\\\\") => inner,
        _ => value,
    };
    let value = if value == "null" { "" } else { value };
    // An array of one string is that string (`[ "Jane Roe" ]`).
    let value = value
        .strip_prefix('[')
        .and_then(|v| v.strip_suffix(']'))
        .map(str::trim)
        .and_then(|v| v.strip_prefix('"')?.strip_suffix('"'))
        .filter(|v| !v.contains('"'))
        .unwrap_or(value);
    Some((key_field(key), value.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outliner_properties_have_two_colons_after_one_word() {
        assert!(is_outliner_property("tags:: [[floods]], [[harbour]]"));
        assert!(is_outliner_property("clipped:: [[Jun 3rd, 2025]]"));
        assert!(is_outliner_property("public::"));
        assert!(!is_outliner_property("title: Ferry fares rise"));
        assert!(is_outliner_property("Author:: Jane Roe"));
        assert!(!is_outliner_property("Ferry fares:: rise"));
        assert!(!is_outliner_property("std::mem::take is used"));
    }

    #[test]
    fn scalars_lose_their_quotes_and_wiki_links() {
        for (value, expected) in [
            ("\"Ferry fares rise\"", "Ferry fares rise"),
            ("'Ferry fares rise'", "Ferry fares rise"),
            ("\"[[Jane Roe]]\"", "Jane Roe"),
            ("[[Jane Roe]]", "Jane Roe"),
            ("Ferry fares rise", "Ferry fares rise"),
            ("\"", "\""),
            ("\"\"", "\"\""),
            ("[[a]] and [[b]]", "[[a]] and [[b]]"),
            ("['Jane Roe']", "Jane Roe"),
            ("['Jane Roe', 'Ali Khan']", "['Jane Roe', 'Ali Khan']"),
            ("[1]", "[1]"),
        ] {
            assert_eq!(scalar(value), expected, "{value:?}");
        }
        assert!(is_any_field("created: 2025-06-03"));
        assert!(is_any_field("tags:"));
        assert!(!is_any_field("The port is closed: officials said"));
    }

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

    #[test]
    fn export_fields() {
        for (text, expected) in [
            (
                "Section: NEWS; Pg. 7",
                Some(("section", Field::Other, "NEWS; Pg. 7")),
            ),
            (
                "Byline: Ana Lind",
                Some(("byline", Field::Byline, "Ana Lind")),
            ),
            (
                "Publication date: Mar 6, 2025",
                Some(("publication date", Field::Published, "Mar 6, 2025")),
            ),
            (
                "Full text: The port reopened.",
                Some(("full text", Field::Body, "The port reopened.")),
            ),
            ("Copyright:", Some(("copyright", Field::Copyright, ""))),
            ("Section:NEWS", None),
            ("The section: a story", None),
            ("Length of the quay: 400 metres", None),
        ] {
            assert_eq!(export_field(text), expected, "{text}");
        }
        for (text, expected) in [
            ("Body", true),
            ("End of Document", true),
            ("Document 1 of 12", true),
            ("Document 1 of", false),
            ("Body of evidence", false),
        ] {
            assert_eq!(is_export_line(text), expected, "{text}");
        }
    }
}
