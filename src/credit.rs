//! Photo credits in captions: `© Jane Roe/Getty Images`,
//! `Photograph: Jane Roe/Reuters`, `(AP Photo/Jane Roe)`, `REUTERS/Jane Roe`,
//! `Photo: Jane Roe`, `Credit: Jane Roe`, `… on Monday. Jane Roe/AFP`,
//! `… in Oslo Getty Images`, `[Jane Roe/Al Jazeera]`.
//!
//! The grammar works on a caption's plain text and splits it into the
//! caption proper and the credit, without the marker that introduced it.

use crate::scan::{find_str, is_capitalised, rfind_str, starts_with_ci};

/// A caption split into its text and credit (both sub-slices of the input).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Split<'a> {
    pub text: &'a str,
    pub credit: &'a str,
}

/// Labels that introduce a credit, longest first where one is a prefix of
/// another.
const LABELS: &[&str] = &[
    "Photograph by",
    "Photographs by",
    "Photograph:",
    "Photographer:",
    "Photographs:",
    "Photo illustration by",
    "Photo illustration:",
    "Photo-Illustration:",
    "Photo-illustration:",
    "PHOTO CREDIT:",
    "Photo by",
    "Photos by",
    "Photo:",
    "Photos:",
    "Photo /",
    "PHOTO:",
    // Nation Media Group: `… on Monday. PHOTO | JANE ROE`.
    "PHOTO |",
    "Photo |",
    "Imagen:",
    "Fotografía:",
    "Crédito:",
    "Picture:",
    "Pictures:",
    // Malay Mail: `… in George Town. — Picture by Jane Roe`.
    "Picture by",
    "Pictures by",
    "Pic by",
    // Turkish: `(Fotoğraf: DHA)`; Hungarian `Fotó:`; Greek; Vietnamese
    // (`… - Ảnh: Jane Roe`).
    "Fotoğraf:",
    "Fotó:",
    "Φωτογραφία:",
    "Ảnh:",
    "Pic:",
    "Image:",
    "Images:",
    "Image source,",
    "Image credit:",
    "Image Credits:",
    "Image Credit:",
    "Image by",
    "Illustration:",
    "Illustration by",
    "Photo Credit:",
    "Photo credit:",
    "Photo credit should read",
    "Credit...",
    "Credit:",
    "CREDIT:",
    "Credits:",
    "Source:",
    "Foto:",
    "Fotos:",
    "Bild:",
    "Beeld",
    "Photo :",
    "Crédit photo :",
    "Crédit photo:",
    "Crédit :",
    "Crédits :",
    "©",
];

/// Names that credit a picture on their own when they end a caption.
const AGENCIES: &[&str] = &[
    "Getty Images",
    "Getty",
    "Shutterstock",
    "Alamy",
    "Alamy Stock Photo",
    "AFP",
    "AP",
    "Reuters",
    "REUTERS",
    "EPA",
    "PA",
    "PA Media",
    "PA Wire",
    "Bloomberg",
    "Xinhua",
    "Associated Press",
    "The Associated Press",
    "Supplied",
    "Handout",
    "File photo",
    "File Photo",
    "FILE PHOTO",
    "iStock",
    "iStockphoto",
    "Facebook",
    "Twitter",
    "Instagram",
    "YouTube",
    "Wikimedia Commons",
    "NASA",
    // News agencies that credit their pictures by name alone.
    "XINHUA",
    "Kyodo",
    "KYODO",
    "Kyodo News",
    "EFE",
    "ANSA",
    "dpa",
    "DPA",
    "ANP",
    "Yonhap",
    "TASS",
    "Anadolu Agency",
    "AAP",
    "Europa Press",
    "SUPPLIED",
    "SPA",
    "WAM",
    "APP",
    "PTI",
    "ANI",
    "Bernama",
    "BERNAMA",
    "Antara",
    "VNA",
];

/// For each byte, the agencies that end with it: bit `i` stands for
/// `AGENCIES[i]`, so a caption is compared only with the names that end
/// as it does.
const AGENCIES_BY_LAST_BYTE: [u64; 256] = bits_by_byte(AGENCIES, 0, true);

/// The agencies that end with `last`, in the order of [`AGENCIES`].
fn agencies_ending_with(last: u8) -> impl Iterator<Item = &'static str> {
    let mut bits = AGENCIES_BY_LAST_BYTE[usize::from(last)];
    std::iter::from_fn(move || {
        let i = bits.trailing_zeros() as usize;
        bits &= bits.checked_sub(1)?;
        Some(AGENCIES[i])
    })
}

fn is_agency(s: &str) -> bool {
    AGENCIES.contains(&s)
}

/// Trims separators left between a caption and its credit.
fn trim_text(s: &str) -> &str {
    s.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '|' | '-' | '–' | '—' | '(' | '[' | '*' | '_' | '/')
    })
    .trim_start()
}

fn trim_credit(s: &str) -> &str {
    let mut s = s.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '*' | '_' | ':' | ',' | '.' | '|')
    });
    // `(c) Jane Roe/Agency`: a copyright sign typed in letters.
    if let Some(rest) = s.strip_prefix("(c) ").or_else(|| s.strip_prefix("(C) ")) {
        s = rest.trim_start();
    }

    // The bracket that closed the caption's `(Photo: …)`, not one that
    // closes a bracket of the credit's own (`Ola Berg (EFE)`).
    while let Some(rest) = s.strip_suffix([')', ']']) {
        let (open, close) = if s.ends_with(')') {
            ('(', ')')
        } else {
            ('[', ']')
        };
        if s.matches(open).count() >= s.matches(close).count() {
            break;
        }
        s = rest;
    }
    s.trim_end()
}

/// True when `s` reads like a credit: a few capitalised words, perhaps
/// joined by `/` (`Jane Roe/Reuters`, `AP Photo/Jane Roe`).
pub(crate) fn looks_like_credit(s: &str) -> bool {
    let s = s.trim();
    if s.is_empty() || s.len() > 120 || s.ends_with(['.', '!', '?', ':']) && !s.ends_with("Inc.") {
        return false;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() > 10 {
        return false;
    }
    // Name particles (`de la`, `van der`) count for neither side.
    let particles = words.iter().filter(|w| is_particle(w)).count();
    let capitals = words
        .iter()
        .filter(|w| is_capitalised(w) || w.starts_with('/'))
        .count();
    capitals * 3 >= (words.len() - particles) * 2
}

/// For each byte, the words of `words` (as bits, bit `i` for `words[i]`)
/// whose byte at `position` it is, counted from the start or, with
/// `from_end`, from the last byte: a quick test on a place's bytes before
/// comparing words there.
const fn bits_by_byte(words: &[&str], position: usize, from_end: bool) -> [u64; 256] {
    assert!(words.len() <= 64, "one bit per word");
    let mut table = [0; 256];
    let mut i = 0;
    while i < words.len() {
        let word = words[i].as_bytes();
        let at = if from_end {
            word.len() - 1 - position
        } else {
            position
        };
        table[word[at] as usize] |= 1 << i;
        i += 1;
    }
    table
}

const LABEL_FIRST_BYTES: [u64; 256] = bits_by_byte(LABELS, 0, false);
const LABEL_SECOND_BYTES: [u64; 256] = bits_by_byte(LABELS, 1, false);

/// The bytes a label of [`LABELS`] starts with (checked when compiling).
const LABEL_STARTS: [u8; 9] = [
    b'P',
    b'I',
    b'C',
    b'S',
    b'F',
    b'B',
    "©".as_bytes()[0],
    "Φ".as_bytes()[0],
    "Ả".as_bytes()[0],
];

const _: () = {
    let mut i = 0;
    while i < 256 {
        let mut listed = false;
        let mut k = 0;
        while k < LABEL_STARTS.len() {
            listed |= LABEL_STARTS[k] as usize == i;
            k += 1;
        }
        assert!(
            listed || LABEL_FIRST_BYTES[i] == 0,
            "a label starts with a byte not in LABEL_STARTS"
        );
        i += 1;
    }
};

/// The length of the label of [`LABELS`] that starts a word at byte `at`
/// of `text` (or follows glued caption text, for `©` and `Credit`); at one
/// place, the first label in `LABELS` order.
fn label_at(text: &str, at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut labels = LABEL_FIRST_BYTES[usize::from(bytes[at])]
        & bytes
            .get(at + 1)
            .map_or(0, |&b| LABEL_SECOND_BYTES[usize::from(b)]);
    while labels != 0 {
        let label = LABELS[labels.trailing_zeros() as usize];
        labels &= labels - 1;
        // A label's first byte is never a UTF-8 continuation byte, so a
        // match starts on a char boundary.
        if !bytes[at..].starts_with(label.as_bytes()) {
            continue;
        }
        let before = text[..at].chars().next_back();
        let word_start = before.is_none_or(|c| !c.is_alphanumeric())
            || label == "©"
            || label.starts_with("Credit");
        if word_start {
            return Some(label.len());
        }
    }
    None
}

/// The last of `places` (given from the last) where [`label_at`] finds a
/// label, as its place and length, when it comes after `best`; else
/// `best`.
fn last_label(
    text: &str,
    places: impl Iterator<Item = usize>,
    best: Option<(usize, usize)>,
) -> Option<(usize, usize)> {
    places
        .take_while(|&at| best.is_none_or(|(best_at, _)| at > best_at))
        .find_map(|at| label_at(text, at).map(|len| (at, len)))
        .or(best)
}

/// The longest label of [`LABELS`], in bytes.
const LONGEST_LABEL: usize = crate::scan::longest(LABELS);

/// True for a char that [`labelled`] may drop between a label and its
/// credit, or after the credit: the `Credit` it strips, and what
/// [`trim_credit`] trims (its separators, `(c) `, closing brackets).
/// Inlined into the trims that ask it of char after char.
#[inline]
fn around_credit(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '*' | '_'
                | ':'
                | ','
                | '.'
                | '|'
                | '('
                | ')'
                | '['
                | ']'
                | 'C'
                | 'c'
                | 'r'
                | 'e'
                | 'd'
                | 'i'
                | 't'
        )
}

/// The byte from which [`labelled`] need look for labels: any label
/// (or glued `Credit`) that ends before it leaves a credit of more than
/// 150 bytes, which `labelled` refuses.
///
/// Why: let `r` be where the text ends once [`around_credit`] chars are
/// trimmed from its end, and `w` where `text[..r - 150]` ends once they
/// are trimmed too. The char just before `w` is kept by [`trim_credit`]
/// from either side, and so is the one just before `r`; a label that ends
/// before `w` thus leaves a credit from at most `w - 1` to at least `r`,
/// `r - w + 1 > 150` bytes. Labels are searched from [`LONGEST_LABEL`]
/// bytes before `w`, so that one starting there and ending after `w` is
/// found.
fn label_window(text: &str) -> usize {
    let end = text.trim_end_matches(around_credit).len();
    let Some(mut cut) = end.checked_sub(150) else {
        return 0;
    };
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text[..cut]
        .trim_end_matches(around_credit)
        .len()
        .saturating_sub(LONGEST_LABEL)
}

/// The last place at or after byte `from` where a label starts a word, as
/// its place and length, and the last `Credit` at or after `from` when
/// no label is found.
fn last_label_from(text: &str, from: usize) -> (Option<(usize, usize)>, Option<usize>) {
    // The last place where a label starts a word wins. The places that can
    // start one are found with `memchr`'s vectorised search (most captions
    // hold few such bytes), one set of first bytes after another, each
    // from the end and only after the best place so far.
    let bytes = text.as_bytes();
    let window = &bytes[from..];
    let [p, i, c, s, f, b, copyright, greek, vietnamese] = LABEL_STARTS;
    // The last `Credit`, for the glued label: the first set holds every
    // `C`, and is searched until a label is found.
    let mut last_credit = None;
    let pic = memchr::memrchr3_iter(p, i, c, window)
        .map(|at| at + from)
        .inspect(|&at| {
            if last_credit.is_none() && bytes[at..].starts_with(b"Credit") {
                last_credit = Some(at);
            }
        });
    let mut best = last_label(text, pic, None);
    let sfb = memchr::memrchr3_iter(s, f, b, window).map(|at| at + from);
    best = last_label(text, sfb, best);
    let signs = memchr::memrchr3_iter(copyright, greek, vietnamese, window).map(|at| at + from);
    best = last_label(text, signs, best);
    (best, last_credit)
}

/// A credit introduced by a label (`Photograph: …`, `© …`), anywhere after
/// the caption text.
fn labelled(text: &str) -> Option<Split<'_>> {
    labelled_from(text, label_window(text))
}

/// [`labelled`], looking for labels at and after byte `from` first, and
/// before it only for a glued `Credit`.
fn labelled_from(text: &str, from: usize) -> Option<Split<'_>> {
    let (mut best, mut last_credit) = last_label_from(text, from);
    if best.is_none() && from > 0 {
        // A glued `Credit` near the end counts only when no label comes
        // before the window; without one there is no credit short enough.
        last_credit?;
        (best, last_credit) = last_label_from(text, 0);
    }
    // NYT's glued label: `…on Monday.Credit Jane Roe/The New York Times`.
    // `CreditCredit` (a hidden label printed twice) counts as one label.
    if best.is_none() {
        if let Some(mut at) = last_credit {
            while text[..at].ends_with("Credit") {
                at -= "Credit".len();
            }
            let mut after = &text[at..];
            while let Some(rest) = after.strip_prefix("Credit") {
                after = rest;
            }
            let before = text[..at].chars().next_back();
            let after_ok =
                after.is_empty() || after.starts_with(' ') || after.starts_with(char::is_uppercase);
            if after_ok && before.is_none_or(|c| !c.is_alphabetic() || c.is_lowercase()) {
                best = Some((at, "Credit".len()));
            }
        }
    }
    let (mut at, len) = best?;
    // A longer label that ends with the one found (`Photo Credit:` for
    // `Credit:`) starts earlier.
    let end = at + len;
    if let Some(longer) = LABELS
        .iter()
        .filter(|l| l.len() > len && text[..end].ends_with(*l))
        .max_by_key(|l| l.len())
    {
        at = end - longer.len();
    }
    let mut credit = &text[end..];
    while let Some(rest) = credit.strip_prefix("Credit") {
        credit = rest;
    }
    // `… for the day. POST PHOTO: JANE ROE`: a word in capitals before
    // `PHOTO:` (the paper's, the staff's) is part of the credit, which is
    // then kept whole.
    if &text[at..end] == "PHOTO:" {
        let before = text[..at].trim_end();
        let word_at = before.rfind(' ').map_or(0, |i| i + 1);
        let word = &before[word_at..];
        let sentence_before = before[..word_at].trim_end().ends_with(['.', '!', '?']);
        if word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase()) && sentence_before {
            return Some(Split {
                text: trim_text(&text[..word_at]),
                credit: text[word_at..].trim_end(),
            });
        }
    }
    let caption = trim_text(&text[..at]);
    let credit = trim_credit(credit);
    if credit.len() > 150 {
        return None;
    }
    Some(Split {
        text: caption,
        credit,
    })
}

/// [`split`] for a caption read where a caption stands (under its
/// picture): there a caption's last sentence may close with a name alone
/// in parentheses or brackets (`… on Oct. 8. (Jane Roe)`, `… file photo.
/// [Harbour News]`), which elsewhere could be any aside.
pub(crate) fn split_placed(text: &str) -> Option<Split<'_>> {
    split(text)
        .or_else(|| named_in_brackets(text))
        .or_else(|| caps_name_glued(text))
}

/// `… no centro histórico do Porto PAULO PIMENTA REIS`: a name in
/// capitals (two to four words of three letters or more) right after the
/// caption's last word in lower case, with no mark between them.
fn caps_name_glued(text: &str) -> Option<Split<'_>> {
    let trimmed = crate::scan::trim_end(text);
    if trimmed.ends_with(['.', '!', '?', ')', ']']) {
        return None;
    }
    let mut start = trimmed.len();
    for (words, (at, word, _)) in crate::scan::words_with_offsets_rev(trimmed).enumerate() {
        let caps = word.chars().count() >= 3
            && word
                .chars()
                .all(|c| c.is_uppercase() || c == '-' || c == '\'');
        if !caps {
            // The caption's last word, in lower case, ends before the name.
            let lower = word.chars().next_back().is_some_and(char::is_lowercase);
            return ((2..=4).contains(&words) && lower).then(|| Split {
                text: trimmed[..start].trim_end(),
                credit: &trimmed[start..],
            });
        }
        start = at;
    }
    None
}

/// `… sentence. (Jane Roe)`: one to five capitalised words in brackets
/// after a finished sentence.
fn named_in_brackets(text: &str) -> Option<Split<'_>> {
    let trimmed = crate::scan::trim_end(text);
    let (open, close) = match trimmed.as_bytes().last()? {
        b')' => ('(', ')'),
        b']' => ('[', ']'),
        _ => return None,
    };
    let open_at = trimmed.rfind(open)?;
    let inner = trimmed[open_at + 1..trimmed.len() - 1].trim();
    let before = trimmed[..open_at].trim_end();
    let words = crate::scan::word_count(inner);
    let named = (1..=5).contains(&words)
        && inner
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        && !inner.contains(close);
    let sentence = before.ends_with(['.', '!', '?']);
    (named && sentence && is_plausible(inner)).then_some(Split {
        text: before,
        credit: inner,
    })
}

/// A credit in parentheses or brackets that ends the caption:
/// `(AP Photo/Jane Roe)`, `(Reuters)`, `[Jane Roe/Al Jazeera]`,
/// `(Photo Jane Roe. AFP)`.
fn bracketed(text: &str) -> Option<Split<'_>> {
    let trimmed = crate::scan::trim_end(text);
    let (open, close) = match trimmed.chars().next_back()? {
        ')' => ('(', ')'),
        ']' => ('[', ']'),
        _ => return None,
    };
    let body_end = trimmed.len() - close.len_utf8();
    let open_at = trimmed[..body_end].rfind(open)?;
    let inner = trimmed[open_at + 1..body_end].trim();
    let mut credit = inner;
    for prefix in [
        "Photo by ",
        "Photo: ",
        "Photo : ",
        "Photo credit: ",
        "Photo ",
        "Credit: ",
        "Foto: ",
        "Foto : ",
        "Foto ",
        "Bild: ",
    ] {
        if starts_with_ci(credit, prefix) {
            credit = credit[prefix.len()..].trim_start();
            break;
        }
    }
    // Credits that keep their wording (`Video by Jane Roe`, `Courtesy of
    // the Roe family`).
    // (Or after the outlet's name: `Express Photo by Jane Roe`.)
    let kept = KEPT_WORDING.iter().any(|p| starts_with_ci(inner, p))
        || find_str(inner, " Photo by ").is_some_and(|at| {
            let outlet = &inner[..at];
            crate::scan::word_count(outlet) <= 3
                && outlet.split(' ').all(crate::scan::is_capitalised)
        });
    // `(Jane Roe - Anadolu Agency)`: a name, a dash and the agency.
    let dashed_agency = rfind_str(inner, " - ").is_some_and(|at| is_agency(&inner[at + 3..]));
    // `… central Seoul. [CITY GOVERNMENT]`: a source in capitals, in
    // square brackets after the caption's last sentence (JoongAng, Korea
    // Times).
    let caps_source = close == ']'
        && is_caps_name(inner, 1)
        && trimmed[..open_at].trim_end().ends_with(['.', '!', '?']);
    let strong = kept
        || caps_source
        || dashed_agency
        || inner.contains('/')
        || find_str(inner, " via ").is_some()
        || credit.len() != inner.len()
        || is_agency(inner)
        || is_for_credit(inner)
        || is_outlet_colon_name(inner);
    if !strong || inner.is_empty() || inner.len() > 150 {
        return None;
    }
    if inner.contains('/')
        && !looks_like_credit(&inner.replace('/', " "))
        && credit.len() == inner.len()
    {
        return None;
    }
    // `… in Valdecarros. ANA RUIZ (EFE)`: the photographer's name in
    // capitals before the agency belongs to the credit.
    if is_agency(inner) {
        if let Some(name_at) = caps_name_before(trimmed, open_at) {
            return Some(Split {
                text: trim_text(&trimmed[..name_at]),
                credit: &trimmed[name_at..],
            });
        }
    }
    Some(Split {
        text: trim_text(&trimmed[..open_at]),
        credit,
    })
}

/// True for ABC's credit `Outlet: Name` (`ABC Western Plains: Jane Roe`,
/// `Supplied: Jane Roe`): one to four capitalised words, a colon, and a
/// person's name. What names who is pictured (`Pictured: Jane Roe`,
/// `From left: …`) or labels a note (`Update: …`) is no credit.
fn is_outlet_colon_name(s: &str) -> bool {
    const NOT_OUTLETS: &[&str] = &[
        "Pictured",
        "Left",
        "Right",
        "From",
        "Above",
        "Below",
        "Top",
        "Bottom",
        "Inset",
        "Centre",
        "Center",
        "Clockwise",
        "Front",
        "Back",
        "Update",
        "Updated",
        "Note",
        "Correction",
        "Editor's",
        "Editor’s",
        "Watch",
        "Listen",
        "Read",
        "See",
        "Video",
        "Related",
        "Also",
    ];
    let Some((outlet, name)) = s.split_once(": ") else {
        return false;
    };
    let words = crate::scan::word_count(outlet);
    (1..=4).contains(&words)
        && outlet.split_whitespace().all(is_capitalised)
        && outlet
            .split_whitespace()
            .next()
            .is_some_and(|w| !NOT_OUTLETS.contains(&w))
        && !name.contains([',', ':'])
        && (2..=4).contains(&crate::scan::word_count(name))
        && crate::byline::is_name(name)
}

/// Openings of a credit whose words are part of it.
const KEPT_WORDING: &[&str] = &[
    "Video by ",
    "Graphic by ",
    "Illustration by ",
    "Map by ",
    "Courtesy ",
    "Photo courtesy ",
];

/// The start of a name in capitals (one to four words) that ends at byte
/// `end` of `text` and opens the text or follows a sentence:
/// `… on Monday. ANA RUIZ (EFE)` gives the offset of `ANA`.
fn caps_name_before(text: &str, end: usize) -> Option<usize> {
    let before = text[..end].trim_end();
    let start = rfind_str(before, ". ").map_or(0, |i| i + 2);
    is_caps_name(&before[start..], 1).then_some(start)
}

/// True when `name` is a name in capitals of `min_words` to four words.
/// The letters are looked at before the words are counted: most text
/// fails at its first lower-case letter.
fn is_caps_name(name: &str, min_words: usize) -> bool {
    crate::scan::is_all_caps(name)
        && name
            .chars()
            .all(|c| c.is_alphabetic() || " -'.".contains(c))
        && (min_words..=4).contains(&crate::scan::word_count(name))
}

/// What an outlet named in a credit does not end with.
const OUTLET_NOT_ENDING: [char; 5] = ['.', '!', '?', ':', ','];

/// True for `Jane Roe for The Washington Post`: a name (two to four
/// capitalised words) and ` for ` the outlet the photographer worked for.
/// True for a credit in words of its own, set on the line under its
/// caption: `Jane Roe for The Harbor Post`, `Courtesy of the Roe family`.
pub(crate) fn is_worded(text: &str) -> bool {
    KEPT_WORDING.iter().any(|p| text.starts_with(p)) || is_for_credit(text)
}

fn is_for_credit(s: &str) -> bool {
    // The outlet ends the text, and does not end a sentence: a text that
    // does (most captions, a paragraph's last sentence) is passed over
    // before the search.
    if s.ends_with(OUTLET_NOT_ENDING) {
        return false;
    }
    let Some(at) = find_str(s, " for ") else {
        return false;
    };
    let (name, outlet) = (&s[..at], &s[at + " for ".len()..]);
    let name_words = crate::scan::word_count(name);
    let outlet = outlet.strip_prefix("the ").unwrap_or(outlet);
    (2..=4).contains(&name_words)
        && name
            .split_whitespace()
            .all(|w| is_capitalised(w) || is_particle(w))
        && is_capitalised(outlet)
        && crate::scan::word_count(outlet) <= 6
        && !outlet.ends_with(OUTLET_NOT_ENDING)
        && looks_like_credit(outlet)
}

/// Name particles (`de la`, `van der`).
fn is_particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "la"
            | "le"
            | "van"
            | "der"
            | "den"
            | "von"
            | "da"
            | "di"
            | "del"
            | "du"
            | "dos"
            | "al"
            | "el"
            | "bin"
    )
}

/// A credit that ends the caption with no label: `REUTERS/Jane Roe`,
/// `… on Monday. Jane Roe/Getty Images`, `… in Oslo Getty Images`,
/// `… - Jane Roe/Instituto Lula`.
fn trailing(text: &str) -> Option<Split<'_>> {
    let trimmed = crate::scan::trim_end(text);
    // A slash credit: the last words, after a sentence end or a dash.
    if let Some(slash) = memchr::memrchr(b'/', trimmed.as_bytes()) {
        // The end of the last separator before the slash; each ends with a
        // space.
        let before = &trimmed[..slash];
        // (A full stop after a lone capital ends an initial, not a
        // sentence: `Helen H. Richardson / The Harbor Post`.)
        let start = memchr::memrchr_iter(b' ', before.as_bytes())
            .map(|space| space + 1)
            .find(|&end| {
                [". ", " - ", " – ", " — ", " | ", "  "]
                    .iter()
                    .any(|sep| before[..end].ends_with(sep))
                    && !ends_with_initial(&before[..end])
            })
            .unwrap_or(0);
        let credit = &trimmed[start..];
        let before_slash = &trimmed[start..slash];
        let upper_wire = before_slash
            .rsplit(' ')
            .next()
            .is_some_and(|w| w == "REUTERS");
        if upper_wire {
            let at = rfind_str(&trimmed[..slash], "REUTERS").unwrap_or(start);
            return Some(Split {
                text: trim_text(&trimmed[..at]),
                credit: &trimmed[at..],
            });
        }
        // `Jane Roe / The Harbor Times`: a name, a spaced slash and an
        // outlet make the whole line a credit.
        let spaced = before.ends_with(' ') && trimmed[slash + 1..].starts_with(' ');
        if start == 0 && spaced && looks_like_credit(credit) && crate::byline::is_name(before_slash)
        {
            return Some(Split { text: "", credit });
        }
        // `Jane Two Feathers/Plains Public Media`: a name of up to four
        // capitalised words before the slash, and nothing else on the line.
        let named = (2..=4).contains(&crate::scan::word_count(before_slash))
            && before_slash.split_whitespace().all(is_capitalised);
        if start == 0 && named && looks_like_credit(credit) {
            return Some(Split { text: "", credit });
        }
        if start == 0 && crate::scan::word_count(credit) > 4 && find_str(credit, "://").is_none() {
            // Glued with no separator (`… in Paris Jane Roe/Reuters`): the
            // credit is the slashed word and the name word before it.
            let token_start = trimmed[..slash].rfind(' ').map_or(0, |i| i + 1);
            let name_start = trimmed[..token_start.saturating_sub(1)]
                .rfind(' ')
                .map_or(0, |i| i + 1);
            let name_word = &trimmed[name_start..token_start];
            // A name glued to the caption's last full stop, as a page's
            // markup leaves it once its tags are gone (`… on June
            // 9.JANE ROE/THE HARBOR POST`).
            let after_stop = memchr::memrchr(b'.', name_word.as_bytes())
                .filter(|&dot| {
                    dot > 0
                        && name_word.as_bytes()[dot - 1].is_ascii_lowercase()
                            | name_word.as_bytes()[dot - 1].is_ascii_digit()
                        && is_capitalised(&name_word[dot + 1..])
                })
                .map(|dot| name_start + dot + 1);
            let at = if let Some(glued) = after_stop {
                glued
            } else if is_capitalised(name_word) {
                name_start
            } else {
                token_start
            };
            let credit = &trimmed[at..];
            if at > 0 && looks_like_credit(credit) {
                return Some(Split {
                    text: trim_text(&trimmed[..at]),
                    credit,
                });
            }
        } else if looks_like_credit(credit) && find_str(credit, "://").is_none() {
            return Some(Split {
                text: trim_text(&trimmed[..start]),
                credit,
            });
        }
    }
    // A credit after a bullet (`… off 104 balls • Harbour Cricket`), as a
    // sports site sets it: one bullet, a caption of some words before it.
    // (Found by the bullet's last byte, `A2`: the curly quotes and dashes of
    // a caption open with its first, `E2`, and end otherwise.)
    if let Some(at) = crate::scan::rfind_anchored(trimmed, " • ", 3) {
        let (head, credit) = (&trimmed[..at], &trimmed[at + " • ".len()..]);
        let words = crate::scan::word_count(credit);
        if (1..=4).contains(&words)
            && crate::scan::word_count(head) >= 6
            && find_str(head, " • ").is_none()
            && credit.split(' ').all(is_capitalised)
            && looks_like_credit(credit)
        {
            return Some(Split {
                text: trim_text(head),
                credit,
            });
        }
    }
    // A known agency name glued after the caption text; a one-word name
    // only after a finished sentence (`… on Tuesday. XINHUA`).
    let last = trimmed.as_bytes().last().copied().unwrap_or(0);
    for agency in agencies_ending_with(last) {
        let Some(before) = trimmed.strip_suffix(agency) else {
            continue;
        };
        let glued = a_phrase(agency) && (before.is_empty() || before.ends_with([' ', '.']));
        if !(glued || before.ends_with(". ")) {
            continue;
        }
        // `… on Tuesday. AFP via Getty Images`: who sent the picture
        // through the agency belongs to the credit.
        let at = before
            .strip_suffix(" via ")
            .and_then(|sender| {
                let start = rfind_str(sender, ". ").map_or(0, |i| i + 2);
                let name = &sender[start..];
                let short = crate::scan::word_count(name) <= 5;
                (short && looks_like_credit(name)).then_some(start)
            })
            .unwrap_or(before.len());
        return Some(Split {
            text: trim_text(&trimmed[..at]),
            credit: &trimmed[at..],
        });
    }
    // An agency after a dash that follows a finished sentence (`… on
    // Sunday. — APP`).
    if let Some(split) = dashed_after_sentence(trimmed) {
        return Some(split);
    }
    // After a finished sentence: `… Jane Roe for The Washington Post`,
    // `… Courtesy of the Roe family`, `… off the island. JANE ROE` (a
    // photographer's name in capitals, as print sets it).
    // A courtesy and an outlet end no sentence, and a name in capitals
    // holds no lower-case letter: a text whose last word ends a sentence
    // in lower case (most paragraphs) is passed over before the search.
    if ends_sentence_in_lower_case(trimmed) {
        return None;
    }
    // The last sentence end, found with `memrchr` on its `.`: a `str`
    // search would set up a two-way searcher on each call.
    let start = rfind_str(trimmed, ". ").map(|i| i + 2)?;
    let credit = &trimmed[start..];
    let courtesy = KEPT_WORDING[4..].iter().any(|p| credit.starts_with(p))
        && !crate::scan::ends_terminal(credit);
    // `caps_name_before(trimmed, trimmed.len())` would find the same
    // sentence end.
    // (Or an agency's initials alone: `… aquest dilluns. ACN`.)
    let initials =
        (2..=5).contains(&credit.len()) && credit.bytes().all(|b| b.is_ascii_uppercase());
    let caps_name = is_caps_name(credit, 2) || initials;
    // (Or a name and a Creative Commons licence, as The Conversation
    // credits: `… comfort zone. Jane Roe, CC BY-ND`.)
    let licensed = || {
        credit.rsplit_once(", ").is_some_and(|(name, licence)| {
            (licence.starts_with("CC BY") || licence.starts_with("CC0"))
                && licence.len() <= 16
                && crate::scan::word_count(name) <= 6
        })
    };
    (courtesy || caps_name || licensed() || is_for_credit(credit)).then(|| Split {
        text: trim_text(&trimmed[..start]),
        credit,
    })
}

/// True when `s` ends with `.`, `!` or `?` and its last word (after its
/// last space) holds a lower-case ASCII letter. No credit that
/// [`trailing`] finds after a sentence end is then the last sentence: a
/// courtesy and an outlet end no sentence, and a name in capitals holds no
/// lower-case letter.
fn ends_sentence_in_lower_case(s: &str) -> bool {
    s.ends_with(['.', '!', '?'])
        && s.bytes()
            .rev()
            .take_while(|&b| b != b' ')
            .any(|b| b.is_ascii_lowercase())
}

/// True when `s` (ending with `. `) ends with an initial: a lone capital
/// and its full stop.
fn ends_with_initial(s: &str) -> bool {
    let word = s.trim_end_matches([' ', '.']);
    let last = word.rsplit(' ').next().unwrap_or(word);
    s.trim_end().ends_with('.') && last.len() == 1 && last.bytes().all(|b| b.is_ascii_uppercase())
}

const _: () = assert!(
    "—".as_bytes()[0] == "–".as_bytes()[0] && " — ".len() == " – ".len(),
    "the two dashes start with one byte and are as long"
);

/// `… on Sunday. — APP`: a dash after a finished sentence, then one to
/// three capitalised words that end the caption.
fn dashed_after_sentence(text: &str) -> Option<Split<'_>> {
    // The words after the dash end the text and end no sentence: a text
    // that ends one (most captions and paragraphs) is passed over before
    // the search.
    if crate::scan::ends_terminal(text) {
        return None;
    }
    // The last spaced dash of either kind; both start with the same byte,
    // so one search from the end finds it.
    let bytes = text.as_bytes();
    let dash_at = memchr::memrchr_iter("—".as_bytes()[0], bytes).find(|&at| {
        let after = &bytes[at..];
        at > 0
            && bytes[at - 1] == b' '
            && (after.starts_with("— ".as_bytes()) || after.starts_with("– ".as_bytes()))
    })?;
    let at = dash_at - 1;
    let (before, credit) = (&text[..at], text[at + " — ".len()..].trim());
    let words = crate::scan::word_count(credit);
    let finished = before.ends_with(['.', '!', '?']);
    (finished
        && (1..=3).contains(&words)
        && credit.split_whitespace().all(is_capitalised)
        && !crate::scan::ends_terminal(credit))
    .then(|| Split {
        text: before.trim_end(),
        credit,
    })
}

/// True for an agency name of several words, or `Getty`, which may be
/// glued to the caption text before it.
fn a_phrase(agency: &str) -> bool {
    agency.len() > 2 && agency.contains(' ') || agency == "Getty"
}

/// True when the line opens with a credit label (`Photograph: Jane Roe`).
pub(crate) fn starts_with_label(text: &str) -> bool {
    // Only the labels that open with the line's first two bytes are
    // compared (every label has two bytes or more).
    let bytes = text.as_bytes();
    let (Some(&first), Some(&second)) = (bytes.first(), bytes.get(1)) else {
        return false;
    };
    let mut labels =
        LABEL_FIRST_BYTES[usize::from(first)] & LABEL_SECOND_BYTES[usize::from(second)];
    while labels != 0 {
        let label = LABELS[labels.trailing_zeros() as usize];
        labels &= labels - 1;
        if text.starts_with(label) {
            return true;
        }
    }
    false
}

/// True when the line ends with a credit label whose credit is on the next
/// line (`… in Rotterdam. Photograph:`). Asked of every line of a run, so
/// the test that passes over nearly every line is inlined where it is
/// asked, and only the rest is a call.
#[inline]
pub(crate) fn ends_with_label(text: &str) -> bool {
    // A line that ends with an ASCII byte other than white space, `:` or
    // `,` (nearly every line) ends so once trimmed: it is passed over
    // before the trim.
    let passed_over = text
        .as_bytes()
        .last()
        .is_some_and(|&b| b.is_ascii() && !char::from(b).is_whitespace() && b != b':' && b != b',');
    !passed_over && ends_with_label_trimmed(text)
}

/// [`ends_with_label`] for a line that may end with white space, `:`, `,`
/// or a character outside ASCII.
fn ends_with_label_trimmed(text: &str) -> bool {
    let t = text.trim_end();
    let last = match t.as_bytes().last() {
        Some(&b @ (b':' | b',')) => b,
        _ => return false,
    };
    // Only the labels that end with that byte are compared (their bits).
    let mut labels = LABEL_LAST_BYTES[usize::from(last)];
    while labels != 0 {
        let l = LABELS[labels.trailing_zeros() as usize];
        labels &= labels - 1;
        if t.ends_with(l) && t[..t.len() - l.len()].ends_with([' ', '.']) {
            return true;
        }
    }
    false
}

/// For each byte, the labels of [`LABELS`] (as bits, bit `i` for
/// `LABELS[i]`) that end with it.
const LABEL_LAST_BYTES: [u64; 256] = bits_by_byte(LABELS, 0, true);

/// Splits a caption's plain text into text and credit; `None` when it
/// carries no credit this grammar knows.
pub(crate) fn split(text: &str) -> Option<Split<'_>> {
    // `(c) Jane Roe/AGENCY FOTO`: a copyright sign typed in letters opens a
    // credit line.
    if let Some(rest) = text
        .strip_prefix("(c) ")
        .or_else(|| text.strip_prefix("(C) "))
    {
        let credit = rest.trim();
        if looks_like_credit(credit) && is_plausible(credit) {
            return Some(Split { text: "", credit });
        }
    }
    undated(text)
        .or_else(|| agency_photo(text))
        .or_else(|| dated(text))
}

/// A credit at the end of the text, found by its label, its brackets or
/// its form.
fn undated(text: &str) -> Option<Split<'_>> {
    let plausible = |s: &Split<'_>| s.credit.is_empty() || is_plausible(s.credit);
    // A label inside the closing brackets (`… (Express Photo by Jane
    // Roe)`) leaves the brackets whole to the bracketed credit.
    let opens_bracket = |s: &Split<'_>| {
        s.text.bytes().filter(|&b| b == b'(').count()
            > s.text.bytes().filter(|&b| b == b')').count()
    };
    labelled(text)
        .filter(|s| plausible(s) && !opens_bracket(s))
        .or_else(|| bracketed(text).filter(plausible))
        .or_else(|| trailing(text).filter(plausible))
}

/// `… on Monday. CNA photo`: an agency (or an initialism) and `photo`
/// after the caption's last sentence.
fn agency_photo(text: &str) -> Option<Split<'_>> {
    let trimmed = crate::scan::trim_end(text);
    let head = trimmed
        .strip_suffix(" photo")
        .or_else(|| trimmed.strip_suffix(" Photo"))?;
    let at = head.rfind(' ').map_or(0, |space| space + 1);
    let agency = &head[at..];
    let initials =
        (2..=6).contains(&agency.len()) && agency.bytes().all(|b| b.is_ascii_uppercase());
    let sentence = at == 0 || head[..at].trim_end().ends_with(['.', '!', '?']);
    ((initials || is_agency(agency)) && sentence).then(|| Split {
        text: trim_text(&trimmed[..at]),
        credit: &trimmed[at..],
    })
}

/// A credit with the picture's date after it (`… Photo courtesy of the
/// Port Authority Oct. 14, 2025`, `… CNA photo Oct. 13, 2025`): the date
/// is part of the credit.
fn dated(text: &str) -> Option<Split<'_>> {
    let trimmed = crate::scan::trim_end(text);
    // A date ends with its year or day: most captions end otherwise.
    if !trimmed.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // The longest date of up to four words at the end.
    let date_at = memchr::memrchr_iter(b' ', trimmed.as_bytes())
        .take(4)
        .filter(|&space| crate::timestamp::is_timestamp(&trimmed[space + 1..]))
        .last()?;
    let head = trimmed[..date_at].trim_end();
    let found = undated(head).or_else(|| agency_photo(head))?;
    let credit_at = crate::scan::offset_in(text, found.credit);
    let ends_head = credit_at + found.credit.len() == head.len();
    (!found.credit.is_empty() && ends_head).then(|| Split {
        text: found.text,
        credit: &trimmed[credit_at..],
    })
}

/// True when a credit names someone: it holds a capitalised word (or a
/// word of a script without case), and no part of it is an address, a
/// path, a time or a `Label:value` tag. A bare URL line
/// (`example.com/news/flood-peak/104987654`), a player's `00:00/04:12` or
/// a tag (`Topic:Floods`) credits nobody.
fn is_plausible(credit: &str) -> bool {
    let named = credit
        .chars()
        .any(|c| c.is_uppercase() || c.is_alphabetic() && !c.is_lowercase());
    named
        && credit
            .split(|c: char| c.is_whitespace() || c == '/')
            .all(|part| !crate::scan::is_address_part(part))
        && !is_reporters_title(credit)
}

/// True for a name and a reporter's title after a slash (`Jane Roe/Senior
/// Staff Reporter`): a byline, where a photographer's (`JANE
/// ROE/PHOTOGRAPHER`) is a credit.
fn is_reporters_title(credit: &str) -> bool {
    let Some((_, title)) = credit.split_once('/') else {
        return false;
    };
    let title = title.trim();
    crate::scan::ends_with_ci(title, "reporter")
        || crate::scan::ends_with_ci(title, "correspondent")
        || crate::scan::ends_with_ci(title, "writer")
}

/// A whole line that is only a credit (`Jane Roe/Getty Images`,
/// `Photograph: Jane Roe`, `Getty Images`). A news agency's name alone
/// (`Associated Press`, `Reuters`) is not: it signs stories as often as
/// pictures, and a caption's position says which it is.
pub(crate) fn credit_only(text: &str) -> Option<&str> {
    if crate::byline::is_organisation(text.trim()) {
        return None;
    }
    if let Some(s) = split(text) {
        if s.text.is_empty() && !s.credit.is_empty() {
            return Some(s.credit);
        }
    }
    let t = text.trim();
    let slashed = t.contains('/') && !t.contains(' ') && t.len() < 60 && is_plausible(t);
    (is_agency(t) || slashed).then_some(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_placed_caption_may_close_with_a_name_in_brackets() {
        for (caption, expected) in [
            (
                "Rua das Flores, no centro histórico de Kessling ANA LIND REIS",
                Some((
                    "Rua das Flores, no centro histórico de Kessling",
                    "ANA LIND REIS",
                )),
            ),
            ("Protesters in front of the EU HQ", None),
            (
                "A van picks up a passenger on Oct. 8. (Jane Roe)",
                Some(("A van picks up a passenger on Oct. 8.", "Jane Roe")),
            ),
            (
                "Passengers board a ferry in this file photo. [Harbour News]",
                Some((
                    "Passengers board a ferry in this file photo.",
                    "Harbour News",
                )),
            ),
            ("A van picks up a passenger (right) on Oct. 8.", None),
            ("A van picks up a passenger on Oct. 8 (file photo)", None),
        ] {
            let got = split_placed(caption).map(|s| (s.text, s.credit));
            assert_eq!(got, expected, "{caption}");
        }
    }

    #[test]
    fn starts_with_label_compares_every_label_it_may() {
        let mut lines = vec![String::new(), "P".into(), "©".into(), "Ph".into()];
        for label in LABELS {
            for cut in 0..=label.len() {
                if let Some(head) = label.get(..cut) {
                    lines.push(head.to_owned());
                    lines.push(format!("{head} Jane Roe"));
                }
            }
        }
        for line in &lines {
            let naive = LABELS.iter().any(|l| line.starts_with(l));
            assert_eq!(starts_with_label(line), naive, "{line:?}");
        }
    }

    #[test]
    fn label_window_is_exact() {
        // Labels before, across and after the window's edge, with what
        // `labelled` drops around a credit between them and the end.
        let fillers = ["", "    ", "Credit", "(c) ", "...", "credited", " é "];
        let credits = [
            "Jane Roe/Reuters",
            "",
            "Ola Berg)))",
            "CreditCredit Jane Roe",
        ];
        for label in [
            "Photo: ",
            "© ",
            "Credit ",
            "Photo credit should read ",
            "Getty",
        ] {
            for filler in fillers {
                for credit in credits {
                    for pad in (100..200).step_by(3) {
                        let padding = filler.repeat(pad / filler.len().max(1));
                        for text in [
                            format!("On Monday. {label}{}{filler}{credit})", "a".repeat(pad)),
                            format!("On Monday. {label}{padding}{credit}{padding}"),
                        ] {
                            for cut in 0..6 {
                                let t = text.get(cut..).unwrap_or("");
                                assert_eq!(labelled(t), labelled_from(t, 0), "{t:?}");
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn credit_table() {
        for (caption, expected) in [
            (
                "Brown trout need cold water to spawn. Ana Lind, CC BY-ND",
                Some(("Brown trout need cold water to spawn.", "Ana Lind, CC BY-ND")),
            ),
            (
                "El pati d'una escola de Kessling, aquest dilluns. KNA",
                Some(("El pati d'una escola de Kessling, aquest dilluns.", "KNA")),
            ),
            (
                "A bus stop in Kessling. (photo credit: ANA LIND/FLASH90)",
                Some(("A bus stop in Kessling.", "ANA LIND/FLASH90")),
            ),
            (
                "Shophouses along the harbour road in Kessling. — Picture by Ana Lind",
                Some(("Shophouses along the harbour road in Kessling.", "Ana Lind")),
            ),
            (
                "Công nhân thu gom rác trên phố Hàng Bông - Ảnh: ANA LIND",
                Some(("Công nhân thu gom rác trên phố Hàng Bông", "ANA LIND")),
            ),
            (
                "Σταθμός ποδηλάτων στη Νέα Παραλία Φωτογραφία: EUROKINISSI/ANA LIND",
                Some(("Σταθμός ποδηλάτων στη Νέα Παραλία", "EUROKINISSI/ANA LIND")),
            ),
            (
                "Ivókút a Blaha Lujza téren. Fotó: Vajda Márk / Telex",
                Some(("Ivókút a Blaha Lujza téren.", "Vajda Márk / Telex")),
            ),
            (
                "Yolcular iskelede bekliyor. (Fotoğraf: DHA)",
                Some(("Yolcular iskelede bekliyor.", "DHA")),
            ),
            (
                "Helen H. Richardson / The Harbor Post via Getty Images",
                Some(("", "Helen H. Richardson / The Harbor Post via Getty Images")),
            ),
            (
                "Villagers wade through floodwater near the canal on Sunday. — APP",
                Some((
                    "Villagers wade through floodwater near the canal on Sunday.",
                    "APP",
                )),
            ),
            (
                "Tourists board a speedboat at the pier, a day after the accident. ANA LIND",
                Some((
                    "Tourists board a speedboat at the pier, a day after the accident.",
                    "ANA LIND",
                )),
            ),
            ("The harbour — the old one — reopened on Monday.", None),
            (
                "Residents watch a demonstration at a city farm on Feb. 27. [HARBOR CITY GOVERNMENT]",
                Some((
                    "Residents watch a demonstration at a city farm on Feb. 27.",
                    "HARBOR CITY GOVERNMENT",
                )),
            ),
            ("He said the vote was close. [Applause]", None),
            (
                "Ana Lind brought up her hundred off 104 balls • Harbour Cricket",
                Some(("Ana Lind brought up her hundred off 104 balls", "Harbour Cricket")),
            ),
            ("Home • News • Sport • Weather", None),
            (
                "Riders register at a centre in Kessling on Monday. PHOTO | ANA LIND",
                Some(("Riders register at a centre in Kessling on Monday.", "ANA LIND")),
            ),
            (
                "Commuters wait for a bus at the depot on Monday.     POST PHOTO: ANA LIND",
                Some((
                    "Commuters wait for a bus at the depot on Monday.",
                    "POST PHOTO: ANA LIND",
                )),
            ),
            // A credit glued to the caption's last full stop.
            (
                "The old mill site on the river at Fenwick Bay, on June 9.ANA LIND/THE HARBOR POST",
                Some((
                    "The old mill site on the river at Fenwick Bay, on June 9.",
                    "ANA LIND/THE HARBOR POST",
                )),
            ),
            (
                "The mayor speaks to reporters at city hall on Tuesday.Ola Berg/The Canadian Press",
                Some((
                    "The mayor speaks to reporters at city hall on Tuesday.",
                    "Ola Berg/The Canadian Press",
                )),
            ),
            // An agency's photo, and a credit with the picture's date.
            (
                "Volunteers clear a lot in Veldan on Monday. CNA photo",
                Some(("Volunteers clear a lot in Veldan on Monday.", "CNA photo")),
            ),
            (
                "Volunteers clear a lot in Veldan on Monday. CNA photo Oct. 13, 2025",
                Some((
                    "Volunteers clear a lot in Veldan on Monday.",
                    "CNA photo Oct. 13, 2025",
                )),
            ),
            (
                "Crews spray an alley on Tuesday. Photo courtesy of Veldan City Government Oct. 14, 2025",
                Some((
                    "Crews spray an alley on Tuesday.",
                    "Photo courtesy of Veldan City Government Oct. 14, 2025",
                )),
            ),
            ("The port reopened on Oct. 14, 2025", None),
            ("A van picks up a passenger on Oct. 8. (Jane Roe)", None),
            ("Ferries were full, the port said in a photo", None),
            (
                "(c) Ana Lind/ HARBOUR FOTO",
                Some(("", "Ana Lind/ HARBOUR FOTO")),
            ),
            ("Image Credits: Harbour Labs", Some(("", "Harbour Labs"))),
            (
                "The acting commissioner met the workers on Monday. SUPPLIED",
                Some((
                    "The acting commissioner met the workers on Monday.",
                    "SUPPLIED",
                )),
            ),
            (
                "Passengers board a train at the central station. (SPA)",
                Some(("Passengers board a train at the central station.", "SPA")),
            ),
            (
                "Commissioner for Health, Ana Lind [PHOTO CREDIT: @HarbourHealth]",
                Some(("Commissioner for Health, Ana Lind", "@HarbourHealth")),
            ),
            (
                "[Photo-Illustration: Harbor Staff; Getty Images]",
                Some(("", "Harbor Staff; Getty Images")),
            ),
            (
                "Ministers meet in Veldan on Monday © Ana Lind/Getty Images",
                Some((
                    "Ministers meet in Veldan on Monday",
                    "Ana Lind/Getty Images",
                )),
            ),
            (
                "A whale on the beach. Photograph: Tom Reyes for the Courier",
                Some(("A whale on the beach.", "Tom Reyes for the Courier")),
            ),
            (
                "Firefighters at the scene. (AP Photo/Mira Holt)",
                Some(("Firefighters at the scene.", "AP Photo/Mira Holt")),
            ),
            (
                "A trader on the floor. REUTERS/Ken Ito/File Photo",
                Some(("A trader on the floor.", "REUTERS/Ken Ito/File Photo")),
            ),
            (
                "Boats in the harbour (Reuters)",
                Some(("Boats in the harbour", "Reuters")),
            ),
            ("Credit: Jo Park", Some(("", "Jo Park"))),
            (
                "The new underpass near the quay on Wednesday. | Photo Credit: M. RAVI",
                Some(("The new underpass near the quay on Wednesday.", "M. RAVI")),
            ),
            (
                "Rescue workers at the shaft. Photo by Ana Lind/UPI |",
                Some(("Rescue workers at the shaft.", "Ana Lind/UPI")),
            ),
            (
                "Freight wagons wait at the depot (Emre Kaya - Anadolu Agency)",
                Some((
                    "Freight wagons wait at the depot",
                    "Emre Kaya - Anadolu Agency",
                )),
            ),
            (
                "Rhiannon Two Feathers/Plains Public Media",
                Some(("", "Rhiannon Two Feathers/Plains Public Media")),
            ),
            // A dash before no agency is no credit.
            ("The quay at dawn (as seen - from the ferry)", None),
            (
                "The quay at dawn. Lena Voss/Harbour Times",
                Some(("The quay at dawn.", "Lena Voss/Harbour Times")),
            ),
            (
                "Crowds gather outside Getty Images",
                Some(("Crowds gather outside", "Getty Images")),
            ),
            (
                "A worker repairs cables.Credit Lee Chang/The Daily",
                Some(("A worker repairs cables.", "Lee Chang/The Daily")),
            ),
            (
                "A protest in Lima (Photo Rosa Diaz. AFP)",
                Some(("A protest in Lima", "Rosa Diaz. AFP")),
            ),
            (
                "Debt may pass the budget in 2030.CreditCreditKim Lee/EPA, via Example",
                Some((
                    "Debt may pass the budget in 2030.",
                    "Kim Lee/EPA, via Example",
                )),
            ),
            (
                "Pipes were buried in the 1800s.CreditAna Ruiz for The Daily",
                Some(("Pipes were buried in the 1800s.", "Ana Ruiz for The Daily")),
            ),
            (
                "The cabaret at night in Lyon Ana Lind/Reuters",
                Some(("The cabaret at night in Lyon", "Ana Lind/Reuters")),
            ),
            (
                "Een volle fietsenstalling bij het station. Beeld ANP",
                Some(("Een volle fietsenstalling bij het station.", "ANP")),
            ),
            (
                "Dock workers unload containers [Kay de la Cruz/EPA]",
                Some(("Dock workers unload containers", "Kay de la Cruz/EPA")),
            ),
            (
                "A tanker fills drums in Wagholi on Sunday. (Harbour Photo by Ana Lind)",
                Some((
                    "A tanker fills drums in Wagholi on Sunday.",
                    "Harbour Photo by Ana Lind",
                )),
            ),
            (
                "Police in Fenwick, Saltmarsh and Brantholm. Picture: Ana Lind/AFP",
                Some((
                    "Police in Fenwick, Saltmarsh and Brantholm.",
                    "Ana Lind/AFP",
                )),
            ),
            (
                "Residents queue for water. Mia Soto for The Harbor Times",
                Some((
                    "Residents queue for water.",
                    "Mia Soto for The Harbor Times",
                )),
            ),
            (
                "Residents queue for water. (Mia Soto for The Harbor Times)",
                Some((
                    "Residents queue for water.",
                    "Mia Soto for The Harbor Times",
                )),
            ),
            (
                "The couple in 1962. (Courtesy of the Vale family)",
                Some(("The couple in 1962.", "Courtesy of the Vale family")),
            ),
            (
                "The couple in 1962. Courtesy of the Vale family",
                Some(("The couple in 1962.", "Courtesy of the Vale family")),
            ),
            (
                "A heron on the marsh. (Image credit: Ola Berg)",
                Some(("A heron on the marsh.", "Ola Berg")),
            ),
            (
                "Bomberos en la sierra, este lunes. LUIS MORA (EFE)",
                Some(("Bomberos en la sierra, este lunes.", "LUIS MORA (EFE)")),
            ),
            ("LUIS MORA (EFE)", Some(("", "LUIS MORA (EFE)"))),
            (
                "Fishing boats at dawn. XINHUA",
                Some(("Fishing boats at dawn.", "XINHUA")),
            ),
            (
                "Fishing boats at dawn. AFP via Getty Images",
                Some(("Fishing boats at dawn.", "AFP via Getty Images")),
            ),
            (
                "Fishing boats at dawn. Ola Berg via Getty Images",
                Some(("Fishing boats at dawn.", "Ola Berg via Getty Images")),
            ),
            (
                "Fishing boats at dawn. Crédit photo : Ola Berg / AFP",
                Some(("Fishing boats at dawn.", "Ola Berg / AFP")),
            ),
            (
                "Fishing boats at dawn. Photo credit: Ola Berg",
                Some(("Fishing boats at dawn.", "Ola Berg")),
            ),
            (
                "Fishing boats at dawn. Photo / Ola Berg",
                Some(("Fishing boats at dawn.", "Ola Berg")),
            ),
            (
                "Barcos pesqueros al amanecer. Imagen: Ola Berg (EFE)",
                Some(("Barcos pesqueros al amanecer.", "Ola Berg (EFE)")),
            ),
            (
                "FISHING BOATS AT DAWN. PHOTO: OLA BERG",
                Some(("FISHING BOATS AT DAWN.", "OLA BERG")),
            ),
            (
                "Fishing boats at dawn. Photographer: Ola Berg/Bloomberg",
                Some(("Fishing boats at dawn.", "Ola Berg/Bloomberg")),
            ),
            (
                "Fishing boats at dawn. (Photo credit should read OLA BERG/AFP via Getty Images)",
                Some(("Fishing boats at dawn.", "OLA BERG/AFP via Getty Images")),
            ),
            // Italian and other markers; ABC's `(Outlet: Name)` glued after
            // the caption; a name, a spaced slash and an outlet.
            (
                "Il molo di Norden all'alba (foto Ansa)",
                Some(("Il molo di Norden all'alba", "Ansa")),
            ),
            (
                "Le quai au petit matin (Photo : Ola Berg)",
                Some(("Le quai au petit matin", "Ola Berg")),
            ),
            (
                "Boats moored in the harbour.(Harbor News West: Ola Berg)",
                Some(("Boats moored in the harbour.", "Harbor News West: Ola Berg")),
            ),
            (
                "Boats moored in the harbour. (Supplied: Ola Berg)",
                Some(("Boats moored in the harbour.", "Supplied: Ola Berg")),
            ),
            (
                "Ola Berg / The Harbor Times",
                Some(("", "Ola Berg / The Harbor Times")),
            ),
            // Who is pictured, notes, addresses and times are no credits.
            ("The crew at the pier. (Pictured: Ola Berg)", None),
            ("The crew at the pier. (Update: Ola Berg)", None),
            ("The vote was close (Final tally: 5 to 4)", None),
            ("Source: harbortimes.example", None),
            ("harbortimes.example/news/ferry-fares-vote/1049", None),
            ("Listen to this article 00:00/04:12", None),
            // `for`, agencies and `Courtesy` inside sentences are no credit.
            (
                "The mayor thanked Mia Soto for The Harbor Times award.",
                None,
            ),
            (
                "Voters queued. Police Chief Ola Berg for the county said so.",
                None,
            ),
            ("He spoke to the crowd in Kyodo", None),
            ("Talks resumed. Courtesy calls were made.", None),
            ("The rescue crew (Reuters, AFP)", None),
            ("He said the talks would resume on Monday.", None),
            ("Creditors met on Monday.", None),
            ("Prices rose 3 per cent in the year to March.", None),
        ] {
            let got = split(caption).map(|s| (s.text, s.credit));
            assert_eq!(got, expected, "{caption}");
        }
    }

    #[test]
    fn credit_only_lines() {
        assert_eq!(credit_only("Getty Images"), Some("Getty Images"));
        assert_eq!(credit_only("Ana Lind/Reuters"), Some("Ana Lind/Reuters"));
        assert_eq!(credit_only("A long sentence about the port."), None);
        assert_eq!(credit_only("Shutterstock"), Some("Shutterstock"));
        assert_eq!(credit_only("Associated Press"), None);
        assert_eq!(credit_only("XINHUA"), None);
        assert_eq!(
            credit_only("AFP via Getty Images"),
            Some("AFP via Getty Images")
        );
        assert_eq!(credit_only("REUTERS/Ola"), Some("REUTERS/Ola"));
        // Addresses, paths and times are no credits.
        for line in [
            "harbortimes.example/news/ferry-fares-vote/1049",
            "news/2025/03/04/ferry",
            "00:00/04:12",
            "https://example.com/a/b",
            "and/or",
        ] {
            assert_eq!(credit_only(line), None, "{line}");
        }
    }
}
