//! End notes: the taglines after the story.
//!
//! ```text
//! note := "("? ("Additional ")? "Reporting by" … (";" ("Writing" | "Editing") " by" …)* ")"?
//!       | names " contributed" (" to this report")? "."
//!       | "--With assistance from " … | "To contact the reporter …"
//!       | "Our Standards: …" | "Reuter" | "REUTER" | "(abc)"
//!       | author-name " is " …        ; a bio of the byline's author
//! ```

use nom::bytes::complete::take_while;
use nom::sequence::preceded;
use nom::Parser;

use crate::scan::{phrase, starts_with_ci, word_count};

/// Openings of a credit for reporting, writing or editing.
const OPENINGS: &[&str] = &[
    "reporting by",
    "additional reporting",
    "reporting and writing by",
    "reporting from",
    "writing by",
    "editing by",
    "edited by",
    "compiled by",
    "reported by",
    "research by",
    "additional research",
    "sourcing by",
    "graphics by",
    "--with assistance",
    "-- with assistance",
    "with assistance from",
    "to contact the reporter",
    "to contact the editor",
    "to contact the author",
    "our standards:",
    "this article originally appeared",
    "this article was originally published",
    "this story was originally published",
    "this story originally appeared",
    "a version of this article appears in print",
    "a version of this article appeared in print",
    "this version corrects",
    "an earlier version of this",
    "correction:",
    "clarification:",
    "editor's note:",
    "editor’s note:",
    "first published",
    "contact ",
    "source:",
    "sources:",
    "==",
];

/// Phrases that mark a contribution line wherever they stand.
const CONTRIBUTIONS: &[&str] = &[
    "contributed to this report",
    "contributed to this story",
    "contributed to this article",
    "contributed reporting",
    "contributed research",
    "also contributed",
    "first published",
];

/// True for a sign-off: `Reuter`, `REUTER`, `REUTER...`, `AFP`, `(bsc)`.
pub(crate) fn is_sign_off(text: &str) -> bool {
    let t = text.trim();
    let word = t.trim_end_matches(['.', ' ']);
    if word.eq_ignore_ascii_case("reuter") || word.eq_ignore_ascii_case("reuters") {
        return true;
    }
    // Agency initials alone on the last line: `AFP`, `UOL`, `dpa`.
    if (2..=5).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase()) {
        return true;
    }
    // An editor's initials in parentheses: `(bsc)`, `(jk/dpa)`.
    if let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        return (2..=12).contains(&inner.len())
            && inner
                .chars()
                .all(|c| c.is_lowercase() || c == '/' || c == ',');
    }
    false
}

/// True for a line that credits reporting, writing, editing or
/// contributions, or notes a correction or the print edition.
pub(crate) fn is_tagline(text: &str) -> bool {
    // "("? opening …
    let opened = preceded(
        take_while(|c| matches!(c, '(' | '[' | ' ' | '*' | '_')),
        phrase(OPENINGS),
    )
    .parse(text);
    if opened.is_ok() {
        return true;
    }
    let t = text.trim_start_matches(['(', '[', ' ', '*', '_']);
    if t.len() < 600 {
        let lower = t.to_lowercase();
        if CONTRIBUTIONS.iter().any(|c| lower.contains(c))
            || (lower.ends_with(" contributed.") && word_count(t) <= 40)
        {
            return true;
        }
    }
    false
}

/// Verbs that open a note about an author.
const BIO_VERBS: &[&str] = &[
    "is",
    "was",
    "has",
    "covers",
    "writes",
    "reports",
    "joined",
    "edits",
    "leads",
    "contributed",
    "est",
    "ist",
    "é",
];

/// True for a note about the author: it opens with one of the byline's
/// names (`Jane Roe is the paper's economics editor.`, `JANE ROE IS …`) or
/// gives contact details (`Follow him on Twitter`, an e-mail address).
pub(crate) fn is_bio(text: &str, authors: &[&str]) -> bool {
    let t = text.trim();
    if t.len() > 1000 {
        return false;
    }
    for name in authors {
        let name = name.trim();
        if name.len() < 3 {
            continue;
        }
        if starts_with_ci(t, name) && t.len() > name.len() {
            // `Jane Roe is …`, `Jane Roe covers …`, `Jane Roe Jane is …`.
            let after = t[name.len()..].split_whitespace().take(3);
            if after
                .map(str::to_lowercase)
                .any(|w| BIO_VERBS.contains(&w.as_str()))
            {
                return true;
            }
        }
    }
    let lower = t.to_lowercase();
    (lower.contains('@')
        && (lower.contains("email") || lower.contains("twitter") || lower.contains(".com")))
        && word_count(t) <= 60
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tagline_table() {
        for (line, expected) in [
            ("(Reporting by Ana Lind in Oslo; Editing by Tom Berg)", true),
            ("Additional reporting by Li Wei; Editing by Sam Poe", true),
            ("Writing by Ana Lind Editing by Tom Berg", true),
            (
                "Associated Press writer Ali Khan contributed to this report.",
                true,
            ),
            ("Mia Holt in Lima and Ken Ito in Osaka contributed.", true),
            ("--With assistance from Ola Berg.", true),
            ("Our Standards: The Example Trust Principles.", true),
            (
                "A version of this article appears in print on March 3, on Page A7.",
                true,
            ),
            (
                "The minister said reporting by the press had been unfair.",
                false,
            ),
        ] {
            assert_eq!(is_tagline(line), expected, "{line}");
        }
    }

    #[test]
    fn sign_offs_and_bios() {
        for (line, expected) in [
            ("Reuter", true),
            ("REUTER...", true),
            ("AFP", true),
            ("(bsc)", true),
            ("Markets", false),
            ("(Reuters)", false),
        ] {
            assert_eq!(is_sign_off(line), expected, "{line}");
        }
        assert!(is_bio(
            "Ana Lind is a reporter covering trade.",
            &["Ana Lind"]
        ));
        assert!(is_bio("ANA LIND IS THE POLITICAL EDITOR", &["Ana Lind"]));
        assert!(!is_bio(
            "The ministry said on Monday it would act.",
            &["Ana Lind"]
        ));
    }
}
