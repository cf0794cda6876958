//! Timestamps printed in an article's header, absolute or relative:
//! `6 HOURS AGO`, `Updated 3:45 PM ET, Mon August 28, 2023`,
//! `Thu 3 Jan 2019 02.00 EST`, `21.dez.2018 às 12h55`, `před 2 hodinami`.
//!
//! The grammar is a sequence of date words: every word must be a month, a
//! weekday, a number, a time, a numeric date, a time zone, a relative unit,
//! or one of the words newsrooms print around them (`Published`, `Updated`,
//! `at`, `on`, `•`). A sequence is a timestamp when it also holds an anchor:
//! a time, a numeric date, a month with a number, or a relative phrase.

use nom::bytes::complete::take_while1;
use nom::character::complete::{char as chr, one_of};
use nom::combinator::{all_consuming, opt};
use nom::{IResult, Parser};

/// What one word of a timestamp is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Word {
    Month,
    Weekday,
    Number,
    Year,
    Time,
    NumericDate,
    Meridiem,
    Zone,
    RelativeUnit,
    Ago,
    Today,
    Filler,
}

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec", // French
    "janvier",
    "février",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "janv",
    "févr",
    "avr",
    "juil",
    "déc",
    // German
    "januar",
    "februar",
    "märz",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "mär",
    "okt",
    "dez",
    // Spanish and Portuguese
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "janeiro",
    "fevereiro",
    "março",
    "maio",
    "junho",
    "julho",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
    "fev",
    "abr",
    "ago",
    "set",
    "out",
    "ene",
    "dic",
];

/// Weekday names and abbreviations in the languages the grammar reads.
pub(crate) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
];

const ZONES: &[&str] = &[
    "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "gmt", "utc",
    "bst", "cet", "cest", "eet", "eest", "wet", "hkt", "ist", "jst", "kst", "sgt", "aest", "aedt",
    "acst", "awst", "nzst", "nzdt", "msk", "z",
];

const RELATIVE_UNITS: &[&str] = &[
    "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr",
    "hrs", "h", "day", "days", "week", "weeks", "month", "months", "year", "years",
    // Czech, German, French, Spanish, Portuguese
    "hodinami", "hodinou", "minutami", "minutou", "dny", "dnem", "stunden", "stunde", "minuten",
    "tagen", "heures", "heure", "jours", "horas", "hora", "minutos", "días", "dias",
];

const AGO: &[&str] = &["ago", "před", "vor", "hace", "há"];

const TODAY: &[&str] = &[
    "yesterday",
    "today",
    "now",
    "hier",
    "aujourd'hui",
    "gestern",
    "heute",
    "ayer",
    "hoy",
    "ontem",
    "hoje",
    "včera",
    "dnes",
];

/// Words printed around a timestamp that carry no date themselves.
const FILLERS: &[&str] = &[
    "published",
    "updated",
    "update",
    "last",
    "modified",
    "on",
    "at",
    "posted",
    "first",
    "date",
    "online",
    "created",
    "edited",
    "reviewed",
    "mis",
    "à",
    "a",
    "jour",
    "le",
    "la",
    "il",
    "y",
    "às",
    "de",
    "del",
    "um",
    "am",
    "den",
    "veröffentlicht",
    "aktualisiert",
    "publié",
    "publicado",
    "atualizado",
    "actualizado",
    "modifié",
    "modifiée",
    "mise",
    "geändert",
    "an",
    "the",
    "of",
    "just",
    "o'clock",
    "|",
    "•",
    "·",
    "-",
    "–",
    "—",
    ":",
    "/",
    "(",
    ")",
    ",",
    "et",
    "the",
    "hrs",
];

use crate::scan::WordList;

static MONTH_LIST: WordList = WordList::new(MONTHS);
static WEEKDAY_LIST: WordList = WordList::new(WEEKDAYS);
static ZONE_LIST: WordList = WordList::new(ZONES);
static RELATIVE_UNIT_LIST: WordList = WordList::new(RELATIVE_UNITS);
static AGO_LIST: WordList = WordList::new(AGO);
static TODAY_LIST: WordList = WordList::new(TODAY);
static FILLER_LIST: WordList = WordList::new(FILLERS);

/// True when `word` is in the list, ASCII case ignored.
fn lookup(list: &WordList, word: &str) -> bool {
    list.contains(word)
}

/// `digits` of 1 to `max` ASCII digits.
fn digits(max: usize) -> impl Fn(&str) -> IResult<&str, &str> {
    move |i: &str| {
        let (rest, d) = take_while1(|c: char| c.is_ascii_digit())(i)?;
        if d.len() > max {
            return Err(nom::Err::Error(nom::error::Error::new(
                i,
                nom::error::ErrorKind::Digit,
            )));
        }
        Ok((rest, d))
    }
}

/// `3:45`, `15.10`, `12h55`, `2:15pm`, `9:00PM`, `02.00`.
fn time(i: &str) -> IResult<&str, ()> {
    let (i, _) = digits(2).parse(i)?;
    let (i, _) = one_of(":.h").parse(i)?;
    let (i, m) = digits(2).parse(i)?;
    if m.len() != 2 {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Digit,
        )));
    }
    let (i, _) = opt((chr(':'), digits(2))).parse(i)?;
    let (i, _) = opt(meridiem).parse(i)?;
    Ok((i, ()))
}

/// `am`, `pm`, `a.m.`, `p.m.` in any case.
fn meridiem(i: &str) -> IResult<&str, ()> {
    let (i, _) = one_of("apAP").parse(i)?;
    let (i, _) = opt(chr('.')).parse(i)?;
    let (i, _) = one_of("mM").parse(i)?;
    let (i, _) = opt(chr('.')).parse(i)?;
    Ok((i, ()))
}

/// `08.04.2015`, `25/12/2015`, `2015-12-25`, `21.dez.2018`, `3.1.`.
fn numeric_date(i: &str) -> IResult<&str, ()> {
    let part = |i| -> IResult<&str, &str> { take_while1(|c: char| c.is_alphanumeric())(i) };
    let (i, a) = part(i)?;
    let (i, sep) = one_of("./-").parse(i)?;
    let (i, b) = part(i)?;
    let (i, _) = chr(sep).parse(i)?;
    let (i, c) = opt(part).parse(i)?;
    let numeric = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let ok = numeric(a) && (numeric(b) || lookup(&MONTH_LIST, b)) && c.is_none_or(numeric);
    if !ok {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((i, ()))
}

fn classify(raw: &str) -> Option<Word> {
    let word = raw
        .trim_start_matches(['(', '[', '*', '_'])
        .trim_end_matches([',', ')', ']', ';', '*', '_', ':']);
    if word.is_empty() {
        return Some(Word::Filler);
    }
    if all_consuming(time).parse(word).is_ok() {
        return Some(Word::Time);
    }
    if all_consuming(numeric_date).parse(word).is_ok() {
        return Some(Word::NumericDate);
    }
    let bare = word.trim_end_matches('.');
    if !bare.is_empty() && bare.bytes().all(|b| b.is_ascii_digit()) {
        return Some(match bare.len() {
            1 | 2 => Word::Number,
            4 => Word::Year,
            _ => return None,
        });
    }
    // `1st`, `22nd`, `3rd`, `4th`.
    let ordinal = bare.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if !ordinal.is_empty()
        && ordinal.len() <= 2
        && ordinal.bytes().all(|b| b.is_ascii_digit())
        && matches!(
            bare[ordinal.len()..].to_ascii_lowercase().as_str(),
            "st" | "nd" | "rd" | "th"
        )
    {
        return Some(Word::Number);
    }
    if all_consuming(meridiem).parse(word).is_ok() {
        return Some(Word::Meridiem);
    }
    // `ago` before the months: it is also Portuguese for August.
    let checks: [(&WordList, Word); 7] = [
        (&AGO_LIST, Word::Ago),
        (&MONTH_LIST, Word::Month),
        (&WEEKDAY_LIST, Word::Weekday),
        (&ZONE_LIST, Word::Zone),
        (&RELATIVE_UNIT_LIST, Word::RelativeUnit),
        (&TODAY_LIST, Word::Today),
        (&FILLER_LIST, Word::Filler),
    ];
    for (list, kind) in checks {
        if lookup(list, bare) || lookup(list, word) {
            return Some(kind);
        }
    }
    // A time zone offset in parentheses: `(0410 HKT)` splits into words
    // already; `+0100`, `GMT+1`.
    if (word.starts_with('+') || word.starts_with("GMT+") || word.starts_with("UTC+"))
        && word.len() <= 8
    {
        return Some(Word::Zone);
    }
    None
}

/// True when the words form a timestamp (all date words, with an anchor).
fn is_timestamp_words<'w>(words: impl Iterator<Item = &'w str>) -> bool {
    is_timestamp_kinds(words.map(|w| (w, classify(w))))
}

/// [`is_timestamp_words`] over words already classified.
fn is_timestamp_kinds<'w>(words: impl Iterator<Item = (&'w str, Option<Word>)>) -> bool {
    let mut anchor = false;
    let mut month = false;
    let mut number = false;
    let mut relative = false;
    let mut ago = false;
    let mut any = false;
    let mut count = 0;
    for (w, kind) in words {
        count += 1;
        let Some(kind) = kind else {
            return false;
        };
        if kind != Word::Filler {
            any = true;
        }
        match kind {
            Word::Time | Word::NumericDate | Word::Today => anchor = true,
            Word::Month => month = true,
            Word::Number | Word::Year => number = true,
            Word::RelativeUnit => relative = true,
            Word::Ago => ago = true,
            _ => {}
        }
        if word_is_article(w) && count == 1 {
            // `an hour ago`, `a day ago`
            number = true;
        }
    }
    any && (anchor || (month && number) || (ago && relative))
}

/// Longest text searched for a timestamp inside it ([`suffix_start`],
/// [`inner_range`]).
const MAX_SEARCH_LEN: usize = 300;

/// Most words a text of [`MAX_SEARCH_LEN`] bytes holds (each word but the
/// last takes a byte and a separator).
const MAX_WORDS: usize = MAX_SEARCH_LEN / 2 + 1;

/// A word with its offset and kind.
type Classified<'t> = (usize, &'t str, Option<Word>);

/// The words of `text` (at most [`MAX_SEARCH_LEN`] bytes) with their offsets
/// and kinds, each classified once, in `buf` (on the stack: no allocation).
fn classified<'t, 'b>(
    text: &'t str,
    buf: &'b mut [Classified<'t>; MAX_WORDS],
) -> &'b [Classified<'t>] {
    debug_assert!(text.len() <= MAX_SEARCH_LEN);
    let mut n = 0;
    for (at, w) in crate::scan::words_with_offsets(text).take(MAX_WORDS) {
        buf[n] = (at, w, classify(w));
        n += 1;
    }
    &buf[..n]
}

fn word_is_article(w: &str) -> bool {
    w.eq_ignore_ascii_case("an") || w.eq_ignore_ascii_case("a")
}

/// True for a word that labels a timestamp (`Published`, `Updated`).
pub(crate) fn is_label(word: &str) -> bool {
    classify(word) == Some(Word::Filler)
}

/// True when the whole text is a timestamp.
pub(crate) fn is_timestamp(text: &str) -> bool {
    let text = text.trim();
    !text.is_empty() && text.len() <= 160 && is_timestamp_words(text.split_whitespace())
}

/// The byte offset where a timestamp that runs to the end of `text` starts,
/// when `text` is something else followed by a timestamp
/// (`Joe Leahy in Beijing 6 HOURS AGO` gives the offset of `6`).
pub(crate) fn suffix_start(text: &str) -> Option<usize> {
    if text.len() > MAX_SEARCH_LEN {
        return None;
    }
    let mut buf = [(0, "", None); MAX_WORDS];
    let words = classified(text, &mut buf);
    (1..words.len())
        .find(|&k| is_timestamp_kinds(words[k..].iter().map(|&(_, w, kind)| (w, kind))))
        .map(|k| words[k].0)
}

/// The byte offset of a timestamp glued to the word before it
/// (`Associated PressDecember 2, 2016` gives the offset of `December`).
pub(crate) fn glued_start(text: &str) -> Option<usize> {
    if text.len() > 300 {
        return None;
    }
    let mut prev_lower = false;
    for (i, c) in text.char_indices() {
        if prev_lower && c.is_uppercase() {
            let rest = &text[i..];
            let word = rest
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            if (lookup(&MONTH_LIST, word) || lookup(&WEEKDAY_LIST, word)) && is_timestamp(rest) {
                return Some(i);
            }
        }
        prev_lower = c.is_lowercase();
    }
    None
}

/// The byte range of the longest timestamp that starts at a word of `text`
/// and is followed by more text: `(start, end)`; used to split a line that
/// holds a byline, a timestamp and a trailing remark.
pub(crate) fn inner_range(text: &str) -> Option<(usize, usize)> {
    if text.len() > MAX_SEARCH_LEN {
        return None;
    }
    let mut buf = [(0, "", None); MAX_WORDS];
    let words = classified(text, &mut buf);
    for k in 1..words.len() {
        // A slice holding a word that is no date word is no timestamp: the
        // slices from `k` can end at the first such word at the latest.
        let stop = (k..words.len())
            .find(|&i| words[i].2.is_none())
            .unwrap_or(words.len());
        for end in (k + 1..words.len().min(stop + 1)).rev() {
            let slice = &words[k..end];
            if is_timestamp_kinds(slice.iter().map(|&(_, w, kind)| (w, kind))) {
                let (last_at, last, _) = words[end - 1];
                return Some((words[k].0, last_at + last.len()));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamp_table() {
        for (text, expected) in [
            ("6 HOURS AGO", true),
            ("an hour ago", true),
            ("Yesterday", true),
            ("1 day ago", true),
            ("Updated 3:45 PM ET, Mon August 28, 2023", true),
            ("28 August 2023", true),
            (
                "Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST",
                true,
            ),
            ("JAN. 13, 2017", true),
            ("March 18 at 3:57 PM", true),
            ("21.dez.2018 às 12h55", true),
            ("08.04.2015 12:46", true),
            ("před 2 hodinami", true),
            ("Published Thursday 27 July 2017", true),
            ("Updated 2010 GMT (0410 HKT) March 14, 2021", true),
            ("16 November 2017 • 2:15pm", true),
            ("posted on April 21, 2015, at 11:29 a.m.", true),
            ("Sept. 25, 2018", true),
            ("Updated an hour ago", true),
            ("Publié le 12 mars 2026 à 08h15, modifié à 10h02", true),
            ("May", false),
            ("2015", false),
            ("4 Min Read", false),
            ("The talks resumed on March 1.", false),
            ("Markets", false),
        ] {
            assert_eq!(is_timestamp(text), expected, "{text}");
        }
    }

    #[test]
    fn suffixes_and_inner_ranges() {
        let line = "Joe Leahy in Beijing 6 HOURS AGO";
        assert_eq!(suffix_start(line).map(|i| &line[i..]), Some("6 HOURS AGO"));
        let line = "By Ana Lind March 18 at 3:57 PM Follow @ana";
        let (s, e) = inner_range(line).unwrap();
        assert_eq!(&line[s..e], "March 18 at 3:57 PM");
        assert_eq!(suffix_start("Jane Roe"), None);
    }
}
