//! Splitting the input into lines: a nom grammar over `memchr`, no copies.
//!
//! A line ends at `\n`, `\r\n` or a lone `\r`; its content is the line with
//! surrounding white space (tabs, NBSP, form feeds, a BOM) trimmed off.

use memchr::memchr2;
use nom::IResult;

use crate::model::Span;

/// One line of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line<'a> {
    /// The trimmed content of the line (empty for a blank line).
    pub text: &'a str,
    /// Where `text` lies in the input.
    pub span: Span,
    /// Width of the leading white space, in characters (a tab counts 4).
    pub indent: usize,
    /// Width of the whole line up to the end of its content, in characters.
    pub width: usize,
}

impl Line<'_> {
    pub fn is_blank(&self) -> bool {
        self.text.is_empty()
    }
}

/// True for the characters trimmed from both ends of a line: Unicode white
/// space and the byte order mark.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

/// One raw line and the rest of the input after its line ending.
fn raw_line(input: &str) -> IResult<&str, &str> {
    match memchr2(b'\n', b'\r', input.as_bytes()) {
        None => Ok(("", input)),
        Some(i) => {
            let bytes = input.as_bytes();
            let ending = if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
            Ok((&input[i + ending..], &input[..i]))
        }
    }
}

/// Measures a raw line: its trimmed content, indent and width.
fn measure(raw: &str, start: usize) -> Line<'_> {
    let trimmed_start = raw.trim_start_matches(is_space);
    let lead = raw.len() - trimmed_start.len();
    let text = trimmed_start.trim_end_matches(is_space);
    let indent: usize = raw[..lead]
        .chars()
        .map(|c| match c {
            '\t' => 4,
            '\u{feff}' | '\u{200b}' | '\u{c}' => 0,
            _ => 1,
        })
        .sum();
    let content_start = start + lead;
    Line {
        text,
        span: Span::new(content_start, content_start + text.len()),
        indent,
        width: indent + visible_width(text),
    }
}

/// Width of a line as printed: characters, not counting the targets of
/// markdown links (`](https://…)`), which a reader never sees.
fn visible_width(text: &str) -> usize {
    let mut width = char_width(text);
    let mut rest = text;
    while let Some(at) = rest.find("](") {
        let url = &rest[at + 2..];
        let end = url.find([')', ' ']).unwrap_or(url.len());
        width = width.saturating_sub(char_width(&url[..end]) + 3);
        rest = &url[end..];
    }
    width
}

/// Number of characters of `s` (cheap for ASCII).
pub(crate) fn char_width(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Splits `input` into lines, in order, blank ones included.
pub(crate) fn lines(input: &str) -> Vec<Line<'_>> {
    // One line per line feed, and the last one: the list is sized by the
    // lines, not the bytes (lone `\r` endings and form feeds may grow it).
    let mut out = Vec::with_capacity(memchr::memchr_iter(b'\n', input.as_bytes()).count() + 1);
    let mut rest = input;
    while !rest.is_empty() {
        let start = input.len() - rest.len();
        // `raw_line` cannot fail: it takes the whole rest when there is no
        // line ending.
        let Ok((after, raw)) = raw_line(rest) else {
            break;
        };
        // A form feed starts a new page: a paragraph never runs across it
        // without a blank line.
        if raw.starts_with('\u{c}') {
            out.push(Line {
                text: "",
                span: Span::new(start, start),
                indent: 0,
                width: 0,
            });
        }
        out.push(measure(raw, start));
        rest = after;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_every_line_ending() {
        let input = "\u{feff}Title\r\n\r\n  \tBody\u{a0}\rlast";
        let lines = lines(input);
        let texts: Vec<&str> = lines.iter().map(|l| l.text).collect();
        assert_eq!(texts, ["Title", "", "Body", "last"]);
        for line in &lines {
            assert_eq!(&input[line.span.range()], line.text);
        }
        assert_eq!(lines[2].indent, 6);
    }

    #[test]
    fn a_trailing_newline_adds_no_line() {
        assert_eq!(lines("a\nb\n").len(), 2);
        assert!(lines("").is_empty());
    }

    #[test]
    fn widths_count_characters() {
        let lines = lines("  Zürich");
        assert_eq!((lines[0].indent, lines[0].width), (2, 8));
    }
}
