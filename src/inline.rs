//! Inline markup: markdown links and images, backslash escapes, emphasis,
//! and white-space runs, turned into the plain text a reader sees.
//!
//! `[text](url)` becomes `text`, `![alt](src)` disappears, `\$` becomes `$`,
//! `**bold**` / `*it*` / `_it_` lose their marks, and every run of white
//! space becomes one space. Text with none of these is returned borrowed.

use std::borrow::Cow;

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
fn balanced(open: char, close: char) -> impl Fn(&str) -> IResult<&str, &str> {
    move |input: &str| {
        let mut depth = 0usize;
        let mut escaped = false;
        for (i, c) in input.char_indices() {
            if escaped {
                escaped = false;
                continue;
            }
            if c == '\\' {
                escaped = true;
            } else if c == open {
                depth += 1;
                if depth > MAX_NESTING {
                    break;
                }
            } else if c == close {
                if depth == 0 {
                    return Ok((&input[i + close.len_utf8()..], &input[..i]));
                }
                depth -= 1;
            } else if open == '(' && matches!(c, '\n' | '[' | ']') {
                // A link target never holds a bracket or a line break: stop
                // there, so an unclosed `(` costs a few bytes, not the rest
                // of the input.
                break;
            }
        }
        Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::TakeUntil,
        )))
    }
}

/// `[text](url)` or `![alt](src)`.
pub(crate) fn link(input: &str) -> IResult<&str, Link<'_>> {
    let (rest, bang) = nom::combinator::opt(tag("!")).parse(input)?;
    let (rest, _) = tag("[").parse(rest)?;
    let (rest, text) = balanced('[', ']')(rest)?;
    let (rest, _) = tag("(").parse(rest)?;
    let (rest, url) = balanced('(', ')')(rest)?;
    Ok((
        rest,
        Link {
            image: bang.is_some(),
            text,
            url,
        },
    ))
}

/// True when the text holds nothing a reader would see but images, links
/// with no text, or images wrapped in links (`[![alt](src)](url)`).
pub(crate) fn is_image_line(s: &str) -> bool {
    let mut rest = s.trim();
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

/// True when `s` needs no rewriting to be plain text.
fn is_plain(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut prev_space = true;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'\\' | b'[' | b'*' | b'_' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => return false,
            b']' if bytes.get(i + 1) == Some(&b'(') => return false,
            b' ' => {
                if prev_space {
                    return false;
                }
                prev_space = true;
                continue;
            }
            // Only a character's first byte can start white space.
            0xC0.. if s[i..].chars().next().is_some_and(crate::lines::is_space) => return false,
            _ => {}
        }
        prev_space = false;
    }
    !prev_space || bytes.is_empty()
}

/// The plain text of `raw`, borrowed when nothing needed rewriting.
pub(crate) fn plain(raw: &str) -> Cow<'_, str> {
    let trimmed = raw.trim_matches(crate::lines::is_space);
    if is_plain(trimmed) {
        return Cow::Borrowed(trimmed);
    }
    let mut out = String::with_capacity(trimmed.len());
    render(trimmed, &mut out, 0);
    let end = out.trim_end().len();
    out.truncate(end);
    Cow::Owned(out)
}

/// Appends the plain text of `s` to `out`, collapsing white space; `out`
/// never gets a leading space or two spaces in a row.
fn render(s: &str, out: &mut String, depth: usize) {
    let mut i = 0;
    let mut underscore_open = false;
    let bytes = s.as_bytes();
    while i < s.len() {
        let b = bytes[i];
        match b {
            b'\\' => {
                if let Some(&next) = bytes.get(i + 1) {
                    if next.is_ascii_punctuation() {
                        out.push(next as char);
                        i += 2;
                        continue;
                    }
                }
                out.push('\\');
                i += 1;
            }
            b'[' | b'!' if depth < MAX_NESTING => {
                if let Ok((rest, l)) = link(&s[i..]) {
                    if !l.image {
                        render(l.text, out, depth + 1);
                    }
                    i = s.len() - rest.len();
                } else {
                    out.push(b as char);
                    i += 1;
                }
            }
            // The target of a link whose text began on an earlier line
            // (`… pressure](/world/story)`): not something a reader sees.
            b']' if bytes.get(i + 1) == Some(&b'(') => match balanced('(', ')')(&s[i + 2..]) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_table() {
        for (raw, expected, borrowed) in [
            ("Plain words here.", "Plain words here.", true),
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
        ] {
            let got = plain(raw);
            assert_eq!(got, expected, "{raw:?}");
            assert_eq!(matches!(got, Cow::Borrowed(_)), borrowed, "{raw:?}");
        }
    }

    #[test]
    fn image_and_link_lines() {
        assert!(is_image_line("![](images/x.png)"));
        assert!(is_image_line("[![a](b)](c) ![d](e)"));
        assert!(!is_image_line("![a](b) text"));
        assert!(!is_image_line("[](mailto:desk@example.com)"));
        assert!(is_link_line("* [Share on Facebook](https://x)"));
        assert!(!is_link_line("Read [this](x) now"));
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
