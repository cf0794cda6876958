//! Small character- and word-level tests shared by the field grammars.

use nom::IResult;

/// The lexicon combinator the field grammars share: a nom parser that
/// takes the first of `phrases` found at the start of the input, ASCII case
/// ignored (`Read more:`, `Reporting by`). Phrases are compared byte by
/// byte after a check of their first byte, so a miss costs a few
/// instructions per phrase.
pub(crate) fn phrase<'p>(phrases: &'p [&'p str]) -> impl Fn(&str) -> IResult<&str, &str> + 'p {
    move |input: &str| {
        let first = input.as_bytes().first().map(u8::to_ascii_lowercase);
        for p in phrases {
            if p.as_bytes().first().map(u8::to_ascii_lowercase) == first && starts_with_ci(input, p)
            {
                return Ok((&input[p.len()..], &input[..p.len()]));
            }
        }
        Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Tag,
        )))
    }
}

/// [`phrase`] with case kept (`By ` but not `BY ` where case matters).
pub(crate) fn exact_phrase<'p>(
    phrases: &'p [&'p str],
) -> impl Fn(&str) -> IResult<&str, &str> + 'p {
    move |input: &str| {
        for p in phrases {
            if let Some(rest) = input.strip_prefix(p) {
                return Ok((rest, &input[..p.len()]));
            }
        }
        Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Tag,
        )))
    }
}

/// A word list with an index for a quick miss: for each first byte (ASCII
/// lower-cased), the lengths of the entries that start with it, as bits
/// (bit 31 for 31 bytes or more).
#[derive(Debug)]
pub(crate) struct WordList {
    words: &'static [&'static str],
    index: [u32; 256],
}

impl WordList {
    pub(crate) const fn new(words: &'static [&'static str]) -> Self {
        let mut index = [0u32; 256];
        let mut i = 0;
        while i < words.len() {
            let w = words[i].as_bytes();
            if !w.is_empty() {
                index[w[0].to_ascii_lowercase() as usize] |= length_bit(w.len());
            }
            i += 1;
        }
        WordList { words, index }
    }

    /// True when `word` is in the list, ASCII case ignored. Equal words
    /// have equal lengths and the same first byte up to case, so most
    /// words miss on the index alone.
    pub(crate) fn contains(&self, word: &str) -> bool {
        if let Some(&first) = word.as_bytes().first() {
            if self.index[usize::from(first.to_ascii_lowercase())] & length_bit(word.len()) == 0 {
                return false;
            }
        }
        self.words.iter().any(|w| w.eq_ignore_ascii_case(word))
    }
}

const fn length_bit(len: usize) -> u32 {
    1 << if len < 31 { len } else { 31 }
}

/// Characters that end a sentence or a quotation (`. ! ? : ” " ’ ) …`).
pub(crate) fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | ':' | '”' | '"' | '’' | ')' | '…')
}

/// True when the text ends like a finished sentence.
pub(crate) fn ends_terminal(s: &str) -> bool {
    s.trim_end_matches(['*', '_', ' '])
        .chars()
        .next_back()
        .is_some_and(is_terminal)
}

/// The first alphabetic-or-quote character, skipping markup.
fn first_meaningful(s: &str) -> Option<char> {
    s.chars()
        .find(|c| !matches!(c, '*' | '_' | '[' | '(' | ' ' | '\\'))
}

/// True when the text starts with a lower-case letter (a continuation).
pub(crate) fn starts_lowercase(s: &str) -> bool {
    first_meaningful(s).is_some_and(char::is_lowercase)
}

/// Number of white-space separated words.
pub(crate) fn word_count(s: &str) -> usize {
    // `split_whitespace().count()`, counting the starts of words byte by
    // byte: ASCII white space is tab to carriage return and space, and
    // only a multi-byte character needs decoding.
    let ascii_space = |b: u8| matches!(b, b' ' | b'\t'..=b'\r');
    let bytes = s.as_bytes();
    if s.is_ascii() {
        let mut count = usize::from(bytes.first().is_some_and(|&b| !ascii_space(b)));
        for pair in bytes.windows(2) {
            count += usize::from(ascii_space(pair[0]) && !ascii_space(pair[1]));
        }
        return count;
    }
    let (mut count, mut in_word, mut i) = (0, false, 0);
    while i < bytes.len() {
        let (space, len) = match bytes[i] {
            b @ 0..=0x7f => (ascii_space(b), 1),
            _ => {
                let c = s[i..].chars().next().unwrap_or(' ');
                (c.is_whitespace(), c.len_utf8())
            }
        };
        if !space && !in_word {
            count += 1;
        }
        in_word = !space;
        i += len;
    }
    count
}

/// True when `s` starts with `prefix`, ignoring ASCII case.
pub(crate) fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len()
        && s.is_char_boundary(prefix.len())
        && s[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// True when every letter of `s` is upper case and it has at least two.
pub(crate) fn is_all_caps(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
}

/// True when the word starts with an upper-case letter (after any opening
/// quote or parenthesis).
pub(crate) fn is_capitalised(word: &str) -> bool {
    word.trim_start_matches(['(', '"', '“', '‘', '\''])
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// Byte offset of the start of `part` inside `whole`; `part` must be a
/// sub-slice of `whole`.
pub(crate) fn offset_in(whole: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(whole.as_ptr() as usize)
}

/// Splits on ASCII white space and returns each word with its byte offset.
pub(crate) fn words_with_offsets(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split([' ', '\u{a0}', '\t'])
        .filter(|w| !w.is_empty())
        .map(move |w| (offset_in(s, w), w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_endings() {
        for (text, expected) in [
            ("He said so.", true),
            ("“It is,” she said”", true),
            ("continue tightening", false),
            ("**Bold end.**", true),
            ("", false),
        ] {
            assert_eq!(ends_terminal(text), expected, "{text}");
        }
    }

    #[test]
    fn phrases() {
        let labels = ["read more", "share"];
        assert_eq!(phrase(&labels)("Read More: x"), Ok((": x", "Read More")));
        assert!(phrase(&labels)("Reading").is_err());
        assert_eq!(exact_phrase(&["By "])("By Jane"), Ok(("Jane", "By ")));
        assert!(exact_phrase(&["By "])("BY Jane").is_err());
    }

    #[test]
    fn case_tests() {
        assert!(starts_lowercase("restrictions on"));
        assert!(starts_lowercase("[announced](#) this"));
        assert!(!starts_lowercase("“Of course"));
        assert!(is_all_caps("PRODUCER SPLIT <PPD>"));
        assert!(!is_all_caps("Producer"));
    }
}
