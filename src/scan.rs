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

/// [`phrase`] for a lexicon known at compile time: the phrases sorted by
/// first byte (ASCII case ignored, ties in list order), with the range of
/// those that open with each byte and the first eight bytes of each
/// lower-cased into a word. A line is tried against the few phrases that
/// share its first byte, each with one comparison of words before the
/// phrase is compared in full; the phrase found is the one [`phrase`]
/// finds over the list.
#[derive(Debug)]
pub(crate) struct PhraseIndex<const N: usize> {
    sorted: [&'static str; N],
    /// The first eight bytes of each phrase of `sorted`, ASCII lower-cased
    /// and read little-endian, with the mask of the bytes it has.
    heads: [(u64, u64); N],
    /// `(start, end)` into `sorted` for each lower-cased first byte.
    ranges: [(u16, u16); 256],
}

/// The first eight bytes of `bytes`, ASCII lower-cased and read
/// little-endian, zero past its end; and the mask of the bytes it has.
const fn head(bytes: &[u8]) -> (u64, u64) {
    let (mut word, mut mask, mut i) = (0, 0, 0);
    while i < 8 && i < bytes.len() {
        word |= (bytes[i].to_ascii_lowercase() as u64) << (8 * i);
        mask |= 0xff << (8 * i);
        i += 1;
    }
    (word, mask)
}

/// The last eight bytes of `bytes`, ASCII lower-cased, the last byte
/// lowest, zero before its start; and the mask of the bytes it has.
const fn tail(bytes: &[u8]) -> (u64, u64) {
    let (mut word, mut mask, mut i) = (0, 0, 0);
    while i < 8 && i < bytes.len() {
        word |= (bytes[bytes.len() - 1 - i].to_ascii_lowercase() as u64) << (8 * i);
        mask |= 0xff << (8 * i);
        i += 1;
    }
    (word, mask)
}

/// [`head`]'s word, read at once from a text of eight bytes or more.
fn head_word(bytes: &[u8]) -> u64 {
    match bytes.first_chunk::<8>() {
        Some(first) => ascii_lowercase_word(u64::from_le_bytes(*first)),
        None => head(bytes).0,
    }
}

/// [`tail`]'s word, read at once from a text of eight bytes or more.
fn tail_word(bytes: &[u8]) -> u64 {
    match bytes.last_chunk::<8>() {
        Some(last) => ascii_lowercase_word(u64::from_be_bytes(*last)),
        None => tail(bytes).0,
    }
}

/// The eight bytes of `word` ASCII lower-cased, all at once: each byte
/// from `A` to `Z` gains `0x20`.
fn ascii_lowercase_word(word: u64) -> u64 {
    const ONES: u64 = u64::MAX / 0xff;
    // The low seven bits of each byte plus a constant set the byte's high
    // bit from a threshold on, with no carry into the next byte.
    let low = word & (0x7f * ONES);
    let from_a = low + (0x80 - u64::from(b'A')) * ONES;
    let past_z = low + (0x80 - u64::from(b'Z') - 1) * ONES;
    let upper = from_a & !past_z & !word & (0x80 * ONES);
    word | (upper >> 2)
}

/// Phrases looked for at the end of a text, ASCII case ignored, with the
/// last eight bytes of each lower-cased into a word: a text is compared
/// with each phrase by one comparison of words before it is compared in
/// full.
#[derive(Debug)]
pub(crate) struct SuffixIndex<const N: usize> {
    phrases: [&'static str; N],
    /// [`tail`] of each phrase.
    tails: [(u64, u64); N],
    /// For each byte, whether a phrase ends with it, in either case: a text
    /// that ends otherwise (most do) is passed over with one lookup.
    last_bytes: [bool; 256],
}

impl<const N: usize> SuffixIndex<N> {
    pub(crate) const fn new(phrases: &[&'static str]) -> Self {
        assert!(phrases.len() == N);
        let mut copied = [""; N];
        let mut tails = [(0, 0); N];
        let mut last_bytes = [false; 256];
        let mut i = 0;
        while i < N {
            let bytes = phrases[i].as_bytes();
            assert!(!bytes.is_empty(), "an empty phrase in an index");
            copied[i] = phrases[i];
            tails[i] = tail(bytes);
            let last = bytes[bytes.len() - 1];
            last_bytes[last.to_ascii_lowercase() as usize] = true;
            last_bytes[last.to_ascii_uppercase() as usize] = true;
            i += 1;
        }
        SuffixIndex {
            phrases: copied,
            tails,
            last_bytes,
        }
    }

    /// True when `s` ends with one of the phrases, ASCII case ignored.
    pub(crate) fn ends(&self, s: &str) -> bool {
        let Some(&last) = s.as_bytes().last() else {
            return false;
        };
        if !self.last_bytes[usize::from(last)] {
            return false;
        }
        let word = tail_word(s.as_bytes());
        self.tails
            .iter()
            .zip(&self.phrases)
            .any(|(&(tail, mask), p)| word & mask == tail && ends_with_ci(s, p))
    }
}

impl<const N: usize> PhraseIndex<N> {
    pub(crate) const fn new(phrases: &[&'static str]) -> Self {
        assert!(phrases.len() == N && N < u16::MAX as usize);
        const fn key(p: &str) -> usize {
            match p.as_bytes() {
                [] => 0,
                [b, ..] => b.to_ascii_lowercase() as usize,
            }
        }
        // Insertion sort: stable, and short lists.
        let mut sorted = [""; N];
        let mut i = 0;
        while i < N {
            let mut j = i;
            while j > 0 && key(sorted[j - 1]) > key(phrases[i]) {
                sorted[j] = sorted[j - 1];
                j -= 1;
            }
            sorted[j] = phrases[i];
            i += 1;
        }
        let mut heads = [(0, 0); N];
        let mut ranges = [(0u16, 0u16); 256];
        let mut i = 0;
        while i < N {
            assert!(!sorted[i].is_empty(), "an empty phrase in an index");
            heads[i] = head(sorted[i].as_bytes());
            let k = key(sorted[i]);
            if ranges[k].1 == 0 {
                ranges[k].0 = i as u16;
            }
            ranges[k].1 = i as u16 + 1;
            i += 1;
        }
        PhraseIndex {
            sorted,
            heads,
            ranges,
        }
    }

    /// The first phrase of the list found at the start of `input`, ASCII
    /// case ignored, as [`phrase`] parses it: the rest, and the phrase as
    /// the input has it.
    pub(crate) fn parse<'a>(&self, input: &'a str) -> IResult<&'a str, &'a str> {
        self.first_match(input, starts_with_ci)
    }

    /// The first phrase of the list found at the start of `input` with
    /// case kept, as [`exact_phrase`] parses it. A phrase found so starts
    /// with the input's first byte, among the phrases indexed under it
    /// in list order.
    pub(crate) fn parse_exact<'a>(&self, input: &'a str) -> IResult<&'a str, &'a str> {
        self.first_match(input, |s, p| s.as_bytes().starts_with(p.as_bytes()))
    }

    /// The first phrase indexed under `input`'s first byte (in any case)
    /// whose head word fits and that `starts` says opens `input`.
    fn first_match<'a>(
        &self,
        input: &'a str,
        starts: impl Fn(&str, &str) -> bool,
    ) -> IResult<&'a str, &'a str> {
        let bytes = input.as_bytes();
        let first = bytes.first().map_or(0, u8::to_ascii_lowercase);
        let (start, end) = self.ranges[usize::from(first)];
        if start < end {
            let word = head_word(bytes);
            for i in usize::from(start)..usize::from(end) {
                let (head, mask) = self.heads[i];
                let p = self.sorted[i];
                if word & mask == head && starts(input, p) {
                    return Ok((&input[p.len()..], &input[..p.len()]));
                }
            }
        }
        Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Tag,
        )))
    }
}

/// The length in bytes of the longest of `words`, at compile time.
pub(crate) const fn longest(words: &[&str]) -> usize {
    let mut longest = 0;
    let mut i = 0;
    while i < words.len() {
        if words[i].len() > longest {
            longest = words[i].len();
        }
        i += 1;
    }
    longest
}

/// [`phrase`] with case kept (`By ` but not `BY ` where case matters).
pub(crate) fn exact_phrase<'p>(
    phrases: &'p [&'p str],
) -> impl Fn(&str) -> IResult<&str, &str> + 'p {
    move |input: &str| {
        // The first bytes are compared before the rest, which a call to
        // `memcmp` would compare.
        let first = input.as_bytes().first();
        for p in phrases {
            if p.as_bytes().first().is_some_and(|b| Some(b) != first) {
                continue;
            }
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

/// A word list looked up by hashing, ASCII case ignored: an
/// open-addressing table, built at compile time, of indices into the
/// words. A word's hash reads its length and three of its bytes (first,
/// middle, last, lower-cased), so a lookup costs a few instructions and one
/// comparison per word in the slot chain, whatever the list's length.
#[derive(Debug)]
pub(crate) struct WordList {
    words: &'static [&'static str],
    /// Each slot holds `1 + ` the index of a word, or 0 when empty; a word
    /// that equals an earlier one up to case has no slot of its own.
    slots: [u16; SLOTS],
    /// The length of the longest word: a longer text (a line looked up
    /// whole, most often) equals none, and is not hashed.
    longest: usize,
}

/// Table size: a power of two, at least twice the longest list's length
/// (checked when a list is built) so chains stay short.
const SLOTS: usize = 2048;

/// The slot a word's chain starts at; equal words up to ASCII case start at
/// the same slot.
const fn slot_of(word: &[u8]) -> usize {
    let n = word.len();
    if n == 0 {
        return 0;
    }
    let key = word[0].to_ascii_lowercase() as u32
        | (word[n / 2].to_ascii_lowercase() as u32) << 8
        | (word[n - 1].to_ascii_lowercase() as u32) << 16
        | (n as u32) << 24;
    (key.wrapping_mul(0x9e37_79b1) >> (32 - SLOTS.trailing_zeros())) as usize
}

/// `a.eq_ignore_ascii_case(b)`, usable in a `const fn`.
const fn eq_ci(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if !a[i].eq_ignore_ascii_case(&b[i]) {
            return false;
        }
        i += 1;
    }
    true
}

impl WordList {
    pub(crate) const fn new(words: &'static [&'static str]) -> Self {
        Self::build(words, false)
    }

    /// [`WordList::new`] for a list looked up with case kept
    /// ([`WordList::contains_exact`]): no two of its words may be equal up
    /// to case, which the build checks.
    pub(crate) const fn new_exact(words: &'static [&'static str]) -> Self {
        Self::build(words, true)
    }

    const fn build(words: &'static [&'static str], exact: bool) -> Self {
        assert!(words.len() * 2 <= SLOTS, "word list too long for its table");
        let mut slots = [0u16; SLOTS];
        let mut i = 0;
        'words: while i < words.len() {
            let w = words[i].as_bytes();
            let mut at = slot_of(w);
            while slots[at] != 0 {
                if eq_ci(words[slots[at] as usize - 1].as_bytes(), w) {
                    assert!(!exact, "two words equal up to case in an exact list");
                    i += 1;
                    continue 'words;
                }
                at = (at + 1) % SLOTS;
            }
            slots[at] = i as u16 + 1;
            i += 1;
        }
        WordList {
            words,
            slots,
            longest: longest(words),
        }
    }

    /// The index of the first word of the list equal to `word`, ASCII case
    /// ignored.
    pub(crate) fn position(&self, word: &str) -> Option<usize> {
        if word.len() > self.longest {
            return None;
        }
        let mut at = slot_of(word.as_bytes());
        loop {
            let i = usize::from(self.slots[at]).checked_sub(1)?;
            if self.words[i].eq_ignore_ascii_case(word) {
                return Some(i);
            }
            at = (at + 1) % SLOTS;
        }
    }

    /// True when `word` is in the list, ASCII case ignored.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.position(word).is_some()
    }

    /// True when `word` is in the list with its case, for a list built
    /// with [`WordList::new_exact`]: the one word equal to it up to case
    /// is compared again with case kept.
    pub(crate) fn contains_exact(&self, word: &str) -> bool {
        self.position(word).is_some_and(|i| self.words[i] == word)
    }
}

/// Characters that end a sentence or a quotation (`. ! ? : ” " ’ ) …`).
pub(crate) fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | ':' | '”' | '"' | '’' | ')' | '…')
}

/// True when the text ends like a finished sentence. Asked of every line
/// and most values, and settled by the last byte or two: inlined where it
/// is asked.
#[inline]
pub(crate) fn ends_terminal(s: &str) -> bool {
    // The marks trimmed are ASCII, and so are most last characters: only
    // one outside ASCII (`”`, `’`, `…`) is decoded. A last byte that is
    // ASCII and no mark (nearly every text's) settles it untrimmed.
    if let Some(&last) = s.as_bytes().last() {
        if last.is_ascii() && !matches!(last, b'*' | b'_' | b' ') {
            return is_terminal(char::from(last));
        }
    }
    let rest = trim_end_bytes(s, b"*_ ");
    match rest.as_bytes().last() {
        Some(b) if b.is_ascii() => is_terminal(char::from(*b)),
        Some(_) => rest.chars().next_back().is_some_and(is_terminal),
        None => false,
    }
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
    // byte with every byte outside ASCII taken for a letter, in blocks of
    // 32 bytes that the compiler vectorises; the last bytes are padded to a
    // block with spaces, which start no word. The count is exact unless
    // the text holds a space outside ASCII (a no-break space, an em space).
    let bytes = s.as_bytes();
    let mut state = WordStarts {
        count: 0,
        after_space: true,
        seen: 0,
    };
    let mut long_blocks = bytes.chunks_exact(4 * WORD_BLOCK);
    for block in &mut long_blocks {
        state.add(block);
    }
    let mut blocks = long_blocks.remainder().chunks_exact(WORD_BLOCK);
    for block in &mut blocks {
        state.add(block);
    }
    let rest = blocks.remainder();
    if !rest.is_empty() {
        let mut last = [b' '; WORD_BLOCK];
        last[..rest.len()].copy_from_slice(rest);
        state.add(&last);
    }
    if state.seen.is_ascii() || !has_wide_space(bytes) {
        return state.count;
    }
    words_up_to(s, usize::MAX)
}

/// Bytes [`WordStarts::add`] reads at a time, or four times as many.
const WORD_BLOCK: usize = 32;

/// The words [`word_count`] has counted so far.
struct WordStarts {
    count: usize,
    /// True when the last byte read was white space (or none was read).
    after_space: bool,
    /// Every byte read, or-ed together: below 128 for ASCII.
    seen: u8,
}

impl WordStarts {
    /// Reads a block of up to 255 bytes (one word start in two bytes at
    /// most), with no branch.
    fn add(&mut self, block: &[u8]) {
        let mut starts = 0u8;
        for &b in block {
            let space = is_ascii_space(b);
            starts += u8::from(self.after_space & !space);
            self.after_space = space;
            self.seen |= b;
        }
        self.count += usize::from(starts);
    }
}

/// `word_count(s) > n`, reading no further than the word after the `n`th.
pub(crate) fn more_words_than(s: &str, n: usize) -> bool {
    words_up_to(s, n + 1) > n
}

/// `s.split_whitespace().count()` counted no further than `limit` (at
/// least 1), byte by byte.
fn words_up_to(s: &str, limit: usize) -> usize {
    let bytes = s.as_bytes();
    let (mut count, mut after_space, mut i) = (0, true, 0);
    while i < bytes.len() {
        let b = bytes[i];
        // A character outside ASCII is a space or part of a word as a
        // whole: its first byte decides, and its other bytes leave the
        // state as it is (they are no space and follow no space). An
        // ASCII byte above the space, as most are, is settled by one test.
        let space = if (b' ' + 1..0x80).contains(&b) {
            false
        } else if b.is_ascii() {
            is_ascii_space(b)
        } else {
            match wide_space_len(bytes, i) {
                0 => false,
                n => {
                    i += n - 1;
                    true
                }
            }
        };
        if after_space && !space {
            count += 1;
            if count >= limit {
                break;
            }
        }
        after_space = space;
        i += 1;
    }
    count
}

/// ASCII white space as `char::is_whitespace` has it: tab to carriage
/// return, and space.
fn is_ascii_space(b: u8) -> bool {
    (b == b' ') | (b.wrapping_sub(b'\t') <= b'\r' - b'\t')
}

/// The length of the white space character outside ASCII (as
/// `char::is_whitespace` has them: U+0085, U+00A0, U+1680, U+2000 to
/// U+200A, U+2028, U+2029, U+202F, U+205F, U+3000) that starts at byte
/// `at`, or 0.
fn wide_space_len(bytes: &[u8], at: usize) -> usize {
    match bytes[at..] {
        [0xc2, 0x85 | 0xa0, ..] => 2,
        [0xe1, 0x9a, 0x80, ..]
        | [0xe2, 0x80, 0x80..=0x8a | 0xa8 | 0xa9 | 0xaf, ..]
        | [0xe2, 0x81, 0x9f, ..]
        | [0xe3, 0x80, 0x80, ..] => 3,
        _ => 0,
    }
}

/// The length of the white space character (as `char::is_whitespace` has
/// it) that starts at byte `at`, or 0.
fn space_len(bytes: &[u8], at: usize) -> usize {
    let b = bytes[at];
    if b.is_ascii() {
        usize::from(is_ascii_space(b))
    } else {
        wide_space_len(bytes, at)
    }
}

/// `s.split_whitespace()`, split byte by byte: only a byte outside ASCII
/// is looked at as the start of a character.
pub(crate) fn words(s: &str) -> impl Iterator<Item = &str> {
    let bytes = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        loop {
            if i == bytes.len() {
                return None;
            }
            match space_len(bytes, i) {
                0 => break,
                n => i += n,
            }
        }
        let start = i;
        while i < bytes.len() {
            // (An ASCII byte above the space is no white space: most bytes
            // of a word are passed with one test.)
            if !(b' ' + 1..0x80).contains(&bytes[i]) && space_len(bytes, i) > 0 {
                break;
            }
            i += 1;
        }
        Some(&s[start..i])
    })
}

/// True when the text holds a white space character outside ASCII; its
/// first bytes are found with `memchr`.
fn has_wide_space(bytes: &[u8]) -> bool {
    memchr::memchr3_iter(0xc2, 0xe2, 0xe3, bytes).any(|at| wide_space_len(bytes, at) > 0)
        || memchr::memchr_iter(0xe1, bytes).any(|at| wide_space_len(bytes, at) > 0)
}

/// `s.trim_start_matches(set)` for a set of ASCII characters, compared
/// byte by byte: a byte outside the set ends the run, and starts a
/// character as the set holds no continuation byte.
pub(crate) fn trim_start_bytes<'s>(s: &'s str, set: &[u8]) -> &'s str {
    let start = s.bytes().position(|b| !set.contains(&b)).unwrap_or(s.len());
    &s[start..]
}

/// `s.trim_end_matches(set)` for a set of ASCII characters, as
/// [`trim_start_bytes`] does it.
pub(crate) fn trim_end_bytes<'s>(s: &'s str, set: &[u8]) -> &'s str {
    let end = s
        .bytes()
        .rposition(|b| !set.contains(&b))
        .map_or(0, |i| i + 1);
    &s[..end]
}

/// `s.trim()`, at the cost of two byte tests for text that opens and
/// ends with an ASCII character other than white space.
pub(crate) fn trim(s: &str) -> &str {
    crate::lines::trim_by(s, char::is_whitespace)
}

/// `s.trim_end()`, at the cost of one byte test for text that ends with
/// an ASCII character other than white space.
pub(crate) fn trim_end(s: &str) -> &str {
    crate::lines::trim_end_by(s, char::is_whitespace)
}

/// `s.contains(' ')`, searching byte by byte: a text's first space comes
/// a word in, found before a search with `memchr` is set up.
pub(crate) fn has_space(s: &str) -> bool {
    s.bytes().any(|b| b == b' ')
}

/// `s.split_once(' ')`, searching byte by byte: the texts split this way
/// have a short first word, found before a search with `memchr` is set up.
pub(crate) fn split_once_space(s: &str) -> Option<(&str, &str)> {
    let at = s.bytes().position(|b| b == b' ')?;
    Some((&s[..at], &s[at + 1..]))
}

/// `s.rsplit_once(' ')`, searching byte by byte: the texts split this way
/// are a few words, shorter than a search with `memrchr` takes to set up.
pub(crate) fn rsplit_once_space(s: &str) -> Option<(&str, &str)> {
    let at = s.bytes().rposition(|b| b == b' ')?;
    Some((&s[..at], &s[at + 1..]))
}

/// `s.find(needle)` for a short needle: the places holding its first byte
/// other than a space (fewer places than its spaces) are found with
/// `memchr` and compared, where `str::find` would first set up a searcher
/// that costs more than a short text takes to scan.
pub(crate) fn find_str(s: &str, needle: &str) -> Option<usize> {
    let (bytes, needle) = (s.as_bytes(), needle.as_bytes());
    let Some((k, &anchor)) = anchor_byte(needle) else {
        return Some(0);
    };
    memchr::memchr_iter(anchor, bytes)
        .filter_map(|at| at.checked_sub(k))
        .find(|&start| bytes[start..].starts_with(needle))
}

/// `s.match_indices(needle)`'s offsets for a needle that is not empty:
/// the starts of its places in `s` that do not overlap, from the left,
/// each found as [`find_str`] finds one (a `str` search would set up a
/// searcher for each text).
pub(crate) fn match_starts<'s>(s: &'s str, needle: &'s str) -> impl Iterator<Item = usize> + 's {
    debug_assert!(!needle.is_empty(), "an empty needle matches everywhere");
    let mut from = 0;
    std::iter::from_fn(move || {
        // A place ends on a char boundary: the needle is whole characters.
        let at = from + find_str(s.get(from..)?, needle)?;
        from = at + needle.len().max(1);
        Some(at)
    })
}

/// `s.contains(needle)`, with the places holding the needle's byte at
/// `anchor` (a rare one, where its first byte is common) found with
/// `memchr` and compared.
pub(crate) fn contains_anchored(s: &str, needle: &str, anchor: usize) -> bool {
    let (bytes, needle) = (s.as_bytes(), needle.as_bytes());
    memchr::memchr_iter(needle[anchor], bytes)
        .filter_map(|at| at.checked_sub(anchor))
        .any(|start| bytes[start..].starts_with(needle))
}

/// `s.rfind(needle)` for a short needle, as [`find_str`] does it.
pub(crate) fn rfind_str(s: &str, needle: &str) -> Option<usize> {
    let (bytes, needle) = (s.as_bytes(), needle.as_bytes());
    let Some((k, &anchor)) = anchor_byte(needle) else {
        return Some(s.len());
    };
    memchr::memrchr_iter(anchor, bytes)
        .filter_map(|at| at.checked_sub(k))
        .find(|&start| bytes[start..].starts_with(needle))
}

/// [`rfind_str`] with the places holding the needle's byte at `anchor`
/// (a rare one, where its first byte other than a space is common) found
/// with `memrchr` and compared, as [`contains_anchored`] does from the left.
pub(crate) fn rfind_anchored(s: &str, needle: &str, anchor: usize) -> Option<usize> {
    let (bytes, needle) = (s.as_bytes(), needle.as_bytes());
    memchr::memrchr_iter(needle[anchor], bytes)
        .filter_map(|at| at.checked_sub(anchor))
        .find(|&start| bytes[start..].starts_with(needle))
}

/// `s.split_once(needle)` for a short needle, found with [`find_str`].
pub(crate) fn split_once_str<'s>(s: &'s str, needle: &str) -> Option<(&'s str, &'s str)> {
    let at = find_str(s, needle)?;
    Some((&s[..at], &s[at + needle.len()..]))
}

/// `s.rsplit_once(needle)` for a short needle, found with [`rfind_str`].
pub(crate) fn rsplit_once_str<'s>(s: &'s str, needle: &str) -> Option<(&'s str, &'s str)> {
    let at = rfind_str(s, needle)?;
    Some((&s[..at], &s[at + needle.len()..]))
}

/// The first byte of `needle` that is no space, with its offset (the
/// first byte when all are spaces); `None` for an empty needle.
fn anchor_byte(needle: &[u8]) -> Option<(usize, &u8)> {
    let k = needle.iter().position(|&b| b != b' ').unwrap_or(0);
    needle.get(k).map(|b| (k, b))
}

/// True when `s` starts with `prefix`, ignoring ASCII case. The first
/// bytes are compared before the rest, which settles most texts.
pub(crate) fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len()
        && prefix
            .as_bytes()
            .first()
            .is_none_or(|p| p.eq_ignore_ascii_case(&s.as_bytes()[0]))
        && s.is_char_boundary(prefix.len())
        && s[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// True when `s` ends with `suffix`, ignoring ASCII case. The last bytes
/// are compared before the rest, which settles most texts.
pub(crate) fn ends_with_ci(s: &str, suffix: &str) -> bool {
    s.len() >= suffix.len()
        && suffix
            .as_bytes()
            .last()
            .is_none_or(|p| p.eq_ignore_ascii_case(&s.as_bytes()[s.len() - 1]))
        && s.is_char_boundary(s.len() - suffix.len())
        && s[s.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}

/// For each byte, whether one of `words` starts with it: a quick test
/// before comparing the words at a place.
pub(crate) const fn first_bytes(words: &[&str]) -> [bool; 256] {
    let mut table = [false; 256];
    let mut i = 0;
    while i < words.len() {
        if let Some(&first) = words[i].as_bytes().first() {
            table[first as usize] = true;
        }
        i += 1;
    }
    table
}

/// What a text holds, found in one pass over its bytes: each ASCII letter
/// (case ignored), any digit, and a few marks. A check that needs a word
/// or a mark the text lacks is skipped with one test, where its own search
/// would cost a call to `memchr` or a compare per phrase.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Holds(u64);

impl Holds {
    /// Any ASCII digit.
    pub(crate) const DIGIT: u64 = 1 << 26;
    pub(crate) const PIPE: u64 = 1 << 27;
    pub(crate) const SLASH: u64 = 1 << 28;
    pub(crate) const AT: u64 = 1 << 29;
    pub(crate) const BRACKET: u64 = 1 << 30;
    /// The second byte of `·` (U+00B7, bytes `C2 B7`), which other
    /// characters end with too: a hint, not a proof.
    pub(crate) const MIDDLE_DOT: u64 = 1 << 31;

    /// The bit of one byte (0 for bytes of no interest).
    const fn bit(b: u8) -> u64 {
        match b {
            b'a'..=b'z' => 1 << (b - b'a'),
            b'A'..=b'Z' => 1 << (b - b'A'),
            b'0'..=b'9' => Self::DIGIT,
            b'|' => Self::PIPE,
            b'/' => Self::SLASH,
            b'@' => Self::AT,
            b'[' => Self::BRACKET,
            0xb7 => Self::MIDDLE_DOT,
            _ => 0,
        }
    }

    const TABLE: [u64; 256] = {
        let mut table = [0; 256];
        let mut b = 0;
        while b < 256 {
            table[b] = Self::bit(b as u8);
            b += 1;
        }
        table
    };

    /// What `s` holds.
    pub(crate) fn of(s: &str) -> Self {
        Holds(
            s.bytes()
                .fold(0, |seen, b| seen | Self::TABLE[usize::from(b)]),
        )
    }

    /// The bits a text holding `s` has, for a check's needs computed at
    /// compile time.
    pub(crate) const fn needs(s: &str) -> u64 {
        let bytes = s.as_bytes();
        let (mut bits, mut i) = (0, 0);
        while i < bytes.len() {
            bits |= Self::bit(bytes[i]);
            i += 1;
        }
        bits
    }

    /// True when the text holds everything in `bits`.
    pub(crate) const fn all(self, bits: u64) -> bool {
        self.0 & bits == bits
    }

    /// True when the text holds something in `bits`.
    pub(crate) const fn any(self, bits: u64) -> bool {
        self.0 & bits != 0
    }
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

/// True for a bare domain name (`example.co.nz`, `www.example.com`): lower
/// case labels between dots, the last of two to six letters.
pub(crate) fn is_domain(word: &str) -> bool {
    let mut labels = word.split('.');
    let tld = word.rsplit('.').next().unwrap_or("");
    word.contains('.')
        && (2..=6).contains(&tld.len())
        && tld.bytes().all(|b| b.is_ascii_lowercase())
        && labels.all(|l| {
            !l.is_empty()
                && l.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
}

/// True when the word starts with an upper-case letter (after any opening
/// quote or parenthesis).
pub(crate) fn is_capitalised(word: &str) -> bool {
    // An ASCII letter first settles it without decoding.
    if let Some(&b) = word.as_bytes().first() {
        if b.is_ascii_alphabetic() {
            return b.is_ascii_uppercase();
        }
    }
    word.trim_start_matches(['(', '"', '“', '‘', '\''])
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// True for a word (or a part of one between slashes) that is an address
/// or a number, not a word of a name: a URL (`https://…`, `www.…`), a
/// domain (`example.com`), a path slug (`flood-peak`, `104987654`), a time
/// or duration (`04:12`), or a tag glued to its label (`Topic:Floods`).
/// Brackets and punctuation around it are ignored.
pub(crate) fn is_address_part(part: &str) -> bool {
    let p = part.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']' | ',' | ';' | '.' | '"'));
    if p.is_empty() {
        return false;
    }
    if p.contains("://") || starts_with_ci(p, "www.") {
        return true;
    }
    let bytes = p.as_bytes();
    // A number, a time or a duration: digits and no letter (a year may
    // date a credit); a dash or a bar alone is punctuation.
    if !p.chars().any(char::is_alphabetic) {
        let year = p.len() == 4 && (p.starts_with("19") || p.starts_with("20"));
        let digits = bytes.iter().filter(|b| b.is_ascii_digit()).count();
        return !year && digits >= 2;
    }
    // `Topic:Floods`: a colon between two letters.
    let glued_label = bytes
        .windows(3)
        .any(|w| w[1] == b':' && w[0].is_ascii_alphabetic() && w[2].is_ascii_alphabetic());
    // A domain: lower-case labels between dots, the last of two letters or
    // more (`example.com`, `abc.net.au`); names and initials have capitals.
    let domain = p.contains('.')
        && !p.chars().any(char::is_uppercase)
        && p.rsplit('.')
            .next()
            .is_some_and(|tld| tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_lowercase()))
        && !p.starts_with('.');
    // A slug: three lower-case words or more joined by hyphens or
    // underscores, or words and digits (`flood-peak-record`, `story_1049`);
    // `picture-alliance` and `well-known` are words.
    let joins = bytes.iter().filter(|&&b| matches!(b, b'-' | b'_')).count();
    let slug = (joins >= 2 || joins == 1 && bytes.iter().any(u8::is_ascii_digit))
        && bytes
            .iter()
            .all(|&b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'_'));
    glued_label || domain || slug
}

/// Byte offset of the start of `part` inside `whole`; `part` must be a
/// sub-slice of `whole`.
pub(crate) fn offset_in(whole: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(whole.as_ptr() as usize)
}

/// The length of the word separator (a space, a tab or a no-break space,
/// `C2 A0`) that starts at byte `at`, or 0. Words are split byte by byte:
/// `C2` only ever leads a character, so `C2 A0` is always a no-break space.
fn separator_at(bytes: &[u8], at: usize) -> usize {
    match bytes[at] {
        b' ' | b'\t' => 1,
        0xc2 if bytes.get(at + 1) == Some(&0xa0) => 2,
        _ => 0,
    }
}

/// The length of the word separator that ends at byte `end`, or 0.
fn separator_before(bytes: &[u8], end: usize) -> usize {
    match bytes[end - 1] {
        b' ' | b'\t' => 1,
        0xa0 if end >= 2 && bytes[end - 2] == 0xc2 => 2,
        _ => 0,
    }
}

/// Splits on spaces, tabs and no-break spaces and returns each word with
/// its byte offset.
pub(crate) fn words_with_offsets(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            match separator_at(bytes, i) {
                0 => break,
                n => i += n,
            }
        }
        if i == bytes.len() {
            return None;
        }
        let start = i;
        while i < bytes.len() && separator_at(bytes, i) == 0 {
            i += 1;
        }
        Some((start, &s[start..i]))
    })
}

/// [`words_with_offsets`] from the last word to the first, with a flag
/// that is true for the first word.
pub(crate) fn words_with_offsets_rev(s: &str) -> impl Iterator<Item = (usize, &str, bool)> {
    let bytes = s.as_bytes();
    let first = words_with_offsets(s).next().map(|(at, _)| at);
    let mut end = bytes.len();
    std::iter::from_fn(move || {
        while end > 0 {
            match separator_before(bytes, end) {
                0 => break,
                n => end -= n,
            }
        }
        if end == 0 {
            return None;
        }
        let stop = end;
        while end > 0 && separator_before(bytes, end) == 0 {
            end -= 1;
        }
        Some((end, &s[end..stop], Some(end) == first))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn match_starts_are_match_indices() {
        let texts = [
            "",
            "a",
            "aaaa",
            "Jane Roe and Jane Roe",
            "AM PM AM",
            "é é é",
            " a  a ",
            "Roe, Jane Roe",
        ];
        let needles = ["a", "aa", "Jane Roe", "M", " a", "é", "Roe", " ", "e é"];
        for text in texts {
            for needle in needles {
                let std: Vec<usize> = text.match_indices(needle).map(|(at, _)| at).collect();
                let ours: Vec<usize> = match_starts(text, needle).collect();
                assert_eq!(ours, std, "{text:?} {needle:?}");
            }
        }
    }

    #[test]
    fn words_of_eight_bytes_are_lower_cased_as_bytes_are() {
        for text in [
            "Read More: x",
            "ÉCOUTER L’ARTICLE",
            "@[Z`az{\u{7f}",
            "AZaz09!~",
        ] {
            let bytes = text.as_bytes();
            assert_eq!(head_word(bytes), head(bytes).0, "{text}");
            assert_eq!(tail_word(bytes), tail(bytes).0, "{text}");
        }
        let every: Vec<u8> = (0..=255).collect();
        for chunk in every.chunks(8) {
            assert_eq!(head_word(chunk), head(chunk).0, "{chunk:?}");
            assert_eq!(tail_word(chunk), tail(chunk).0, "{chunk:?}");
        }
    }

    #[test]
    fn suffixes_are_found_in_either_case() {
        static ENDS: SuffixIndex<3> = SuffixIndex::new(&["sign up here", "now", "préférée"]);
        for (text, expected) in [
            ("Get the news. SIGN UP HERE", true),
            ("Subscribe now", true),
            ("now", true),
            ("ow", false),
            ("Sa source PRÉFÉRÉE", false),
            ("Sa source préférée", true),
            ("Sign up here, he said.", false),
            ("", false),
        ] {
            assert_eq!(ENDS.ends(text), expected, "{text}");
        }
    }

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
    fn wide_spaces_are_the_white_space_outside_ascii() {
        for c in ('\u{80}'..=char::MAX).filter(|c| !c.is_ascii()) {
            let mut buf = [0; 4];
            let encoded = c.encode_utf8(&mut buf).as_bytes();
            let expected = if c.is_whitespace() { encoded.len() } else { 0 };
            assert_eq!(wide_space_len(encoded, 0), expected, "{c:?}");
        }
    }

    #[test]
    fn word_counts() {
        let long = "word ".repeat(300);
        for (text, expected) in [
            ("", 0),
            ("one", 1),
            ("  two words ", 2),
            ("tab\tand\nnewline\r\n", 3),
            // Words across the 255-byte chunks of the ASCII count.
            (long.as_str(), 300),
            (&long[1..], 300),
            ("non\u{a0}breaking space", 3),
            ("em\u{2003}space", 2),
            ("déjà vu – “quoted”", 4),
            ("\u{a0}é\u{3000}\u{1680}x\u{85}y\u{202f}", 3),
            ("a\u{2028}\u{2029}b\u{205f}c\u{200a}\u{200b}d", 4),
        ] {
            assert_eq!(word_count(text), text.split_whitespace().count(), "{text}");
            assert!(words(text).eq(text.split_whitespace()), "{text}");
            for n in 0..4 {
                assert_eq!(
                    more_words_than(text, n),
                    text.split_whitespace().nth(n).is_some(),
                    "{text} {n}"
                );
            }
            assert_eq!(word_count(text), expected, "{text}");
        }
    }

    #[test]
    fn byte_trims() {
        const SET: [char; 4] = ['(', ')', '*', '_'];
        for s in ["", "()", "(@jane)", ")x(", "**é**", "_a_b_", "(“x”)", "é("] {
            assert_eq!(
                trim_start_bytes(s, b"()*_"),
                s.trim_start_matches(SET),
                "{s:?}"
            );
            assert_eq!(trim_end_bytes(s, b"()*_"), s.trim_end_matches(SET), "{s:?}");
        }
    }

    #[test]
    fn words_and_offsets() {
        const SEPARATORS: [char; 3] = [' ', '\u{a0}', '\t'];
        for s in [
            "",
            "  ",
            "one",
            " Jane\u{a0}Roe\tin  Beijing ",
            "\u{a0}à\u{a0}\u{a0}déjà vu\u{a0}",
            "em\u{2003}space \u{a0}",
        ] {
            let split: Vec<(usize, &str)> = s
                .split(SEPARATORS)
                .filter(|w| !w.is_empty())
                .map(|w| (offset_in(s, w), w))
                .collect();
            assert_eq!(words_with_offsets(s).collect::<Vec<_>>(), split, "{s:?}");
            let rev: Vec<(usize, &str, bool)> = split
                .iter()
                .enumerate()
                .rev()
                .map(|(i, &(at, w))| (at, w, i == 0))
                .collect();
            assert_eq!(words_with_offsets_rev(s).collect::<Vec<_>>(), rev, "{s:?}");
        }
    }

    #[test]
    fn finds() {
        for (s, needle) in [
            ("Jane Roe in Beijing in May", " in "),
            ("in in", "in"),
            ("Jane Roe", " in "),
            ("", " in "),
            ("abc", ""),
            ("Roe · CBC", " · "),
            ("Jane Roe for the Post for", " for "),
            ("for", " for "),
            ("  ", "  "),
            ("a  b  ", "  "),
        ] {
            assert_eq!(find_str(s, needle), s.find(needle), "{s:?} {needle:?}");
            assert_eq!(rfind_str(s, needle), s.rfind(needle), "{s:?} {needle:?}");
        }
    }

    #[test]
    fn exact_lookups() {
        static LIST: WordList = WordList::new_exact(&["AFP", "dpa", "Reuters"]);
        assert!(LIST.contains_exact("dpa"));
        assert!(!LIST.contains_exact("DPA"));
        assert!(LIST.contains("DPA"));
        assert!(!LIST.contains_exact("Reuter"));
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
    fn address_parts() {
        for (part, expected) in [
            ("https://example.com/a", true),
            ("www.example.com", true),
            ("example.com", true),
            ("abc.net.au", true),
            ("merrigal-flood-peak", true),
            ("story_1049", true),
            ("104987654", true),
            ("00:00", true),
            ("Topic:Floods", true),
            ("(example.org)", true),
            // Words of names and credits.
            ("Jane", false),
            ("Hong-Ji", false),
            ("dpa", false),
            ("picture", false),
            ("J.R.", false),
            ("L.P.", false),
            ("2019", false),
            ("Roe,", false),
            ("well-known", false),
            ("picture-alliance", false),
            ("1049", true),
            ("—", false),
            ("|", false),
            ("", false),
        ] {
            assert_eq!(is_address_part(part), expected, "{part}");
        }
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
