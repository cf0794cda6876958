//! Splitting the input into lines: a nom grammar over `memchr`, no copies.
//!
//! A line ends at `\n`, `\r\n` or a lone `\r`; its content is the line with
//! surrounding white space (tabs, NBSP, form feeds, a BOM) trimmed off.

use memchr::{memchr, memchr2, memchr2_iter};

/// One line of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line<'a> {
    /// The trimmed content of the line (empty for a blank line).
    pub text: &'a str,
    /// [`Line::start`], kept in a `u32` as the input is never longer than
    /// `u32::MAX` bytes: with [`Line::terminal`], a line takes 40 bytes.
    start: u32,
    /// Width of the leading white space, in characters (a tab counts 4).
    pub indent: usize,
    /// [`Line::width`], kept in a `u32` as a line is never longer than the
    /// input (at most `u32::MAX` bytes); an indent of tabs wider than that
    /// saturates.
    width: u32,
    /// [`Line::raw_width`], kept as `width` is.
    raw_width: u32,
    /// [`scan::ends_terminal`] of `text`: the layout of a run asks it of a
    /// line several times, and the whole text's wrap width of every line.
    ///
    /// [`scan::ends_terminal`]: crate::scan::ends_terminal
    pub terminal: bool,
}

impl Line<'_> {
    /// Where `text` starts in the input.
    pub fn start(&self) -> usize {
        self.start as usize
    }

    pub fn is_blank(&self) -> bool {
        self.text.is_empty()
    }

    /// Width of the whole line up to the end of its content as printed, in
    /// characters: the targets of markdown links are not counted.
    pub fn width(&self) -> usize {
        self.width as usize
    }

    /// Width of the whole line up to the end of its content, in characters,
    /// link targets counted.
    pub fn raw_width(&self) -> usize {
        self.raw_width as usize
    }

    /// Where `text` lies in the input.
    #[cfg(test)]
    pub fn span(&self) -> crate::model::Span {
        crate::model::Span::new(self.start(), self.start() + self.text.len())
    }
}

/// True for the characters trimmed from both ends of a line: Unicode white
/// space and the byte order mark.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

/// `s` without the characters `space` accepts at its start. Text that
/// opens with an ASCII byte `space` rejects (nearly all text) costs one
/// test, inlined where it is asked (of every line).
#[inline]
pub(crate) fn trim_start_by(s: &str, space: impl Fn(char) -> bool) -> &str {
    match s.as_bytes().first() {
        Some(&b) if b.is_ascii() && !space(char::from(b)) => s,
        None => s,
        Some(_) => s.trim_start_matches(space),
    }
}

/// `s` without the characters `space` accepts at its end; one test when it
/// ends with an ASCII byte `space` rejects, inlined where it is asked.
#[inline]
pub(crate) fn trim_end_by(s: &str, space: impl Fn(char) -> bool) -> &str {
    match s.as_bytes().last() {
        Some(&b) if b.is_ascii() && !space(char::from(b)) => s,
        None => s,
        Some(_) => s.trim_end_matches(space),
    }
}

/// `s` without the characters `space` accepts at either end: `s.trim()`
/// for `char::is_whitespace`, at the cost of two byte tests for most text.
#[inline]
pub(crate) fn trim_by(s: &str, space: impl Fn(char) -> bool + Copy) -> &str {
    trim_end_by(trim_start_by(s, space), space)
}

/// Where the line that starts at `from` ends: its `\n` or `\r`, or the
/// end of the input. After a short line (`short`), the next one's first
/// bytes are looked at one by one, since a vector search costs more to set
/// up than a short line takes; lines tend to be as long as the one before.
fn line_end(bytes: &[u8], from: usize, short: bool) -> usize {
    let head_end = if short {
        (from + 16).min(bytes.len())
    } else {
        from
    };
    match bytes[from..head_end]
        .iter()
        .position(|&b| b == b'\n' || b == b'\r')
    {
        Some(at) => from + at,
        None => memchr2(b'\n', b'\r', &bytes[head_end..]).map_or(bytes.len(), |at| head_end + at),
    }
}

/// An offset into the input as a `u32`: exact, as `Parser::parse` refuses
/// an input of more than `u32::MAX` bytes (a test that saturated instead
/// would cost a branch on every line).
fn offset_u32(offset: usize) -> u32 {
    debug_assert!(
        u32::try_from(offset).is_ok(),
        "an input over u32::MAX bytes"
    );
    offset as u32
}

/// Measures a raw line: its trimmed content, indent and width. `bracket`
/// says whether the line holds a `]`, without which it holds no link target
/// to leave out of the width.
fn measure(raw: &str, start: usize, bracket: bool) -> Line<'_> {
    // An indent of spaces and tabs (wire copy's) is passed byte by byte,
    // before any other white space is looked for by character.
    let ascii_indent = raw.bytes().take_while(|&b| b == b' ' || b == b'\t').count();
    let trimmed_start = trim_start_by(&raw[ascii_indent..], is_space);
    let lead = raw.len() - trimmed_start.len();
    let text = trim_end_by(trimmed_start, is_space);
    let indent: usize = raw[..lead]
        .chars()
        .map(|c| match c {
            '\t' => 4,
            '\u{feff}' | '\u{200b}' | '\u{c}' => 0,
            _ => 1,
        })
        .sum();
    let chars = char_width(text);
    let visible = if bracket {
        visible_width(text, chars)
    } else {
        chars
    };
    let saturated = |width: usize| u32::try_from(width).unwrap_or(u32::MAX);
    Line {
        text,
        start: offset_u32(start + lead),
        indent,
        width: saturated(indent + visible),
        raw_width: saturated(indent + chars),
        terminal: crate::scan::ends_terminal(text),
    }
}

/// Width of a line of `chars` characters as printed: not counting the
/// targets of markdown links (`](https://…)`), which a reader never sees.
fn visible_width(text: &str, chars: usize) -> usize {
    let mut width = chars;
    let bytes = text.as_bytes();
    // `](` is looked for as a `]` followed by `(`: a substring search
    // would cost more to set up than most lines take.
    let mut from = 0;
    while let Some(at) = memchr(b']', &bytes[from..]).map(|at| from + at) {
        from = at + 1;
        if bytes.get(at + 1) != Some(&b'(') {
            continue;
        }
        let url = at + 2;
        let end = memchr2(b')', b' ', &bytes[url..]).map_or(bytes.len(), |e| url + e);
        width = width.saturating_sub(char_width(&text[url..end]) + 3);
        from = end;
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

/// Splits `input` into lines, in order, blank ones included. A JSON
/// record (see [`json_record_lines`]) is split into its fields' lines.
pub(crate) fn lines(input: &str) -> Vec<Line<'_>> {
    if is_json_record(input) {
        return json_record_lines(input);
    }
    if let Some(row) = crate::csv::row(input) {
        return csv_row_lines(input, &row);
    }
    // One line per line feed, and the last one; a run of blank lines is
    // kept as one (only a break matters to the units). The list starts at
    // the lines that prose of 32-byte lines would hold, not at the line
    // feeds of a run of blank lines, and grows past that for shorter lines.
    let bytes = input.as_bytes();
    let line_feeds = memchr::memchr_iter(b'\n', bytes).count();
    let mut out = Vec::with_capacity((line_feeds + 1).min(input.len() / 32 + 16));
    // The next `]` of the input: prose has few, so one search serves many
    // lines, and only a line holding one is searched for link targets.
    let mut bracket = memchr(b']', bytes);
    let mut start = 0;
    let mut short = false;
    while start < bytes.len() {
        let end = line_end(bytes, start, short);
        short = (1..16).contains(&(end - start));
        let crlf = bytes.get(end) == Some(&b'\r') && bytes.get(end + 1) == Some(&b'\n');
        let after = (end + 1 + usize::from(crlf)).min(bytes.len());
        let raw = &input[start..end];
        // A form feed starts a new page: a paragraph never runs across it
        // without a blank line.
        let after_blank = out.last().is_some_and(Line::is_blank);
        if raw.starts_with('\u{c}') && !after_blank {
            out.push(Line {
                text: "",
                start: offset_u32(start),
                indent: 0,
                width: 0,
                raw_width: 0,
                terminal: false,
            });
        }
        let has_bracket = bracket.is_some_and(|at| at < end);
        if has_bracket {
            bracket = memchr(b']', &bytes[end..]).map(|at| end + at);
        }
        let line = measure(raw, start, has_bracket);
        if !(line.is_blank() && out.last().is_some_and(Line::is_blank)) {
            out.push(line);
        }
        start = after;
    }
    out
}

/// True for a JSON object of an article's fields, as a dataset or a
/// scraper writes one (news-please's file, a JSON-lines row): `{`, a
/// quoted key and its colon first, `}` last.
fn is_json_record(input: &str) -> bool {
    let t = input.trim();
    let Some(inner) = t.strip_prefix('{').filter(|_| t.ends_with('}')) else {
        return false;
    };
    let head = inner.trim_start();
    head.starts_with('"')
        && head[1..]
            .find('"')
            .is_some_and(|close| head[1 + close + 1..].trim_start().starts_with(':'))
}

/// The lines of a JSON record: each field opens a line at its key's
/// opening quote (`"title": "Ferry fares rise"`, read as a dump's
/// `key: value`), and a string value goes on over one line per `\n`
/// escape in it, so that the story in `"text": "First paragraph.\n\n…"`
/// comes as its paragraphs. Every line is a slice of the input; the
/// string's closing quote stays on the key's line only when the value has
/// one line. Escapes other than `\n` are left for the inline grammar.
fn json_record_lines(input: &str) -> Vec<Line<'_>> {
    let bytes = input.as_bytes();
    let mut record = RecordLines {
        input,
        out: Vec::new(),
        covered: 0,
    };
    let mut i = input.find('{').map_or(bytes.len(), |at| at + 1);
    while i < bytes.len() {
        // The next key.
        let Some(key_at) = memchr(b'"', &bytes[i..]).map(|at| i + at) else {
            break;
        };
        let Some(key_end) = string_end(bytes, key_at + 1) else {
            break;
        };
        let mut j = key_end + 1;
        while j < bytes.len() && bytes[j] != b':' && bytes[j].is_ascii_whitespace() {
            j += 1;
        }
        if bytes.get(j) != Some(&b':') {
            i = key_end + 1;
            continue;
        }
        j += 1;
        while j < bytes.len() && bytes[j].is_ascii_whitespace() {
            j += 1;
        }
        match bytes.get(j) {
            Some(b'"') => {
                let Some(value_end) = string_end(bytes, j + 1) else {
                    break;
                };
                // One line per `\n` escape of the value.
                let mut from = key_at;
                let mut k = j + 1;
                while let Some(at) = memchr(b'\\', &bytes[k..value_end]).map(|at| k + at) {
                    if bytes[at + 1] == b'n' {
                        let mut to = at;
                        // (A `\r\n` pair ends its line too.)
                        if to >= 2 && &bytes[to - 2..to] == b"\\r" {
                            to -= 2;
                        }
                        record.push(from, to.max(from));
                        from = at + 2;
                        // (The escape is read.)
                        record.covered = record.covered.max(from);
                    }
                    k = at + 2;
                }
                let to = if from == key_at {
                    value_end + 1
                } else {
                    value_end
                };
                record.push(from, to);
                i = value_end + 1;
            }
            Some(_) => {
                // A number, a literal, or an array of strings (`"authors":
                // ["Jane Roe"]`): to its end, on one line.
                let end = value_end(bytes, j);
                record.push(key_at, end);
                i = end;
            }
            None => break,
        }
        // A blank line between fields keeps a story's last line apart from
        // the next key.
        record.push(i, i);
    }
    // What a record out of shape leaves unread is read as lines.
    record.push(bytes.len(), bytes.len());
    record.out
}

/// The lines of a CSV row (see [`crate::csv`]): the header, then each
/// value on lines of its own, a blank line before it. The quotes and the
/// commas between values are the row's markup; a line that holds only
/// markup (a closing quote under the story) is a line of its own.
fn csv_row_lines<'a>(input: &'a str, row: &crate::csv::Row) -> Vec<Line<'a>> {
    let mut record = RecordLines {
        input,
        out: Vec::with_capacity(row.fields.len() * 2 + 2),
        covered: 0,
    };
    record.push_lines(row.header.start, row.header.end);
    let mut claimed = row.header.end;
    for column in &row.fields {
        record.push_markup_lines(claimed, column.value.start, false);
        record.push_lines(column.value.start, column.value.start);
        record.push_lines(column.value.start, column.value.end);
        claimed = column.value.end;
    }
    record.push_markup_lines(claimed, input.len(), true);
    record.out
}

/// The lines of a JSON record as they are found, and how far they cover the
/// input: what stands between them (the record's punctuation, or text of
/// a record out of shape) gets lines of its own, so that no byte goes
/// unread.
struct RecordLines<'a> {
    input: &'a str,
    out: Vec<Line<'a>>,
    covered: usize,
}

impl<'a> RecordLines<'a> {
    /// Pushes the input's `from..to` (after any text left between the last
    /// line and `from`), one line for each line of the input it spans.
    fn push(&mut self, from: usize, to: usize) {
        let gap = &self.input.as_bytes()[self.covered.min(from)..from];
        if gap.iter().any(|&b| !b.is_ascii_whitespace()) {
            self.push_lines(self.covered, from);
        }
        self.push_lines(from, to);
        self.covered = self.covered.max(to);
    }

    /// Pushes the lines that lie wholly between `from` and `to`, the
    /// bytes of no value, when they hold more than white space; the last
    /// one only when it ends the input (`to_end`): otherwise the next
    /// value's bytes are on it.
    fn push_markup_lines(&mut self, from: usize, to: usize, to_end: bool) {
        let bytes = self.input.as_bytes();
        let breaks = memchr2_iter(b'\n', b'\r', &bytes[from..to]).map(|at| from + at);
        // (A value that ends with a line break leaves the line after it,
        // from `from` on, to the markup.)
        let mut start = (from > 0 && matches!(bytes[from - 1], b'\n' | b'\r')).then_some(from);
        for at in breaks.chain(to_end.then_some(to)) {
            if let Some(line_start) = start {
                if !self.input[line_start..at].trim().is_empty() {
                    self.push_lines(line_start, at);
                }
            }
            start = Some(at + 1);
        }
    }

    /// (A line of the record never runs over a line break of the input.)
    fn push_lines(&mut self, mut from: usize, to: usize) {
        loop {
            let end =
                memchr2(b'\n', b'\r', &self.input.as_bytes()[from..to]).map_or(to, |at| from + at);
            let raw = &self.input[from..end];
            let line = measure(raw, from, raw.contains(']'));
            if !(line.is_blank() && self.out.last().is_some_and(Line::is_blank)) {
                self.out.push(line);
            }
            if end == to {
                break;
            }
            from = end + 1;
        }
    }
}

/// Where the JSON string whose content starts at `from` closes: the
/// index of its closing quote.
fn string_end(bytes: &[u8], from: usize) -> Option<usize> {
    let mut k = from;
    loop {
        let at = k + memchr2(b'"', b'\\', &bytes[k..])?;
        if bytes[at] == b'"' {
            return Some(at);
        }
        k = at + 2;
        if k > bytes.len() {
            return None;
        }
    }
}

/// Where a JSON value other than a string, starting at `from`, ends: at
/// the comma or brace that closes it, outside its brackets and strings.
fn value_end(bytes: &[u8], from: usize) -> usize {
    let mut depth = 0usize;
    let mut k = from;
    while k < bytes.len() {
        match bytes[k] {
            b'"' => match string_end(bytes, k + 1) {
                Some(end) => k = end,
                None => return bytes.len(),
            },
            b'[' | b'{' => depth += 1,
            b']' | b'}' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    return k + 1;
                }
            }
            b',' | b'}' | b'\n' if depth == 0 => return k,
            _ => {}
        }
        k += 1;
    }
    bytes.len()
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
            assert_eq!(&input[line.span().range()], line.text);
        }
        assert_eq!(lines[2].indent, 6);
    }

    #[test]
    fn a_run_of_blank_lines_is_one_break() {
        let texts: Vec<&str> = lines("a\n\n \n\t\n\u{c}\nb\n\u{c}c")
            .iter()
            .map(|l| l.text)
            .collect();
        assert_eq!(texts, ["a", "", "b", "", "c"]);
    }

    #[test]
    fn a_line_takes_forty_bytes() {
        assert!(std::mem::size_of::<Line<'static>>() <= 40);
    }

    #[test]
    fn a_trailing_newline_adds_no_line() {
        assert_eq!(lines("a\nb\n").len(), 2);
        assert!(lines("").is_empty());
    }

    #[test]
    fn widths_count_characters() {
        let lines = lines("  Zürich");
        assert_eq!((lines[0].indent, lines[0].width()), (2, 8));
    }

    #[test]
    fn measure_table() {
        // raw line, text, indent, width
        for (raw, text, indent, width) in [
            ("Talks resume", "Talks resume", 0, 12),
            ("\u{feff}\u{200b}Title\u{a0}", "Title", 0, 5),
            ("\u{a0}\u{a0}Body\t", "Body", 2, 6),
            ("\tCafé — déjà vu’", "Café — déjà vu’", 4, 19),
            ("\u{3000}Tokyo\u{2003}", "Tokyo", 1, 6),
            (
                "See [the talks](/world/talks) now",
                "See [the talks](/world/talks) now",
                0,
                18,
            ),
            ("[a](x y) and [b](z)", "[a](x y) and [b](z)", 0, 11),
            ("a ] b ](", "a ] b ](", 0, 5),
            ("\\_escaped\\_ text", "\\_escaped\\_ text", 0, 16),
            ("", "", 0, 0),
        ] {
            let line = measure(raw, 0, true);
            assert_eq!(
                (line.text, line.indent, line.width()),
                (text, indent, width),
                "{raw:?}"
            );
        }
    }

    #[test]
    fn link_targets_leave_the_width_of_every_line() {
        let input = "See [a](/x/y) now\nno link\nx ] y\n\n[b](/z) and [c](/w)\r]";
        let widths: Vec<usize> = lines(input).iter().map(Line::width).collect();
        assert_eq!(widths, [10, 7, 5, 0, 9, 1]);
    }

    #[test]
    fn trims_what_is_space_accepts() {
        for s in [
            "",
            " ",
            "a",
            " a ",
            "\u{feff}a\u{a0}",
            "é",
            "a\u{200b}",
            "\u{85}a\u{2029}",
            "—a’",
            "\u{b}a\u{c}",
            "\u{1f}a\u{7f}",
        ] {
            assert_eq!(trim_by(s, is_space), s.trim_matches(is_space), "{s:?}");
            assert_eq!(trim_by(s, char::is_whitespace), s.trim(), "{s:?}");
        }
    }
}
