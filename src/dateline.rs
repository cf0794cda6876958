//! Wire datelines that open the first paragraph:
//! `ROTTERDAM, Aug 28 (Reuters) - `, `PORTLAND, Ore., Feb 26 - `,
//! `WASHINGTON (AP) — `, `BEIJING, March 31 (Xinhua) -- `, `(CNN) — `,
//! `New Delhi (AFP) - `, `Jan 30 (Reuters) - `, `LONDON — `.
//!
//! ```text
//! dateline := place? (", " date)? (" "? "(" agency ")")? dash
//! place    := CAPS_CITY ("/" CAPS_CITY)* (", " Region){0,2}
//!           | Title City (", " Region)?            ; only before an agency
//! dash     := " - " | " -- " | " — " | " – " | " _ " | "" after an agency
//! ```

use nom::branch::alt;
use nom::bytes::complete::{tag, take_till1, take_while, take_while1, take_while_m_n};
use nom::character::complete::{char as chr, satisfy, space0, space1};
use nom::combinator::{opt, peek, recognize};
use nom::multi::many_m_n;
use nom::{IResult, Parser};

use crate::scan::{is_all_caps, is_capitalised, more_words_than, offset_in};

/// A dateline found at the start of a paragraph; all fields are sub-slices
/// of the paragraph text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found<'a> {
    pub location: Option<&'a str>,
    pub date: Option<&'a str>,
    pub agency: Option<&'a str>,
    /// Length of the dateline in bytes, dash and following spaces included.
    pub len: usize,
}

/// Labels that open a line with a colon as a dateline's city does
/// (`EXCLUSIVE: …`, `Update: …`), compared in any case: no colon dateline.
const COLON_LABELS: &[&str] = &[
    "BREAKING",
    "EXCLUSIVE",
    "UPDATE",
    "UPDATED",
    "CORRECTION",
    "CLARIFICATION",
    "WATCH",
    "READ",
    "READ MORE",
    "ALSO READ",
    "PHOTOS",
    "PHOTO",
    "VIDEO",
    "LISTEN",
    "NOTE",
    "EDITOR'S NOTE",
    "EDITOR’S NOTE",
    "WARNING",
    "ANALYSIS",
    "OPINION",
    "COMMENT",
    "LIVE",
    "FACT CHECK",
    "EXPLAINER",
    "INTERVIEW",
    "REVIEW",
    "SOURCE",
    "SOURCES",
    "CREDIT",
    "EDS",
    "TITLE",
    "HEADLINE",
    "TEXT",
    "BODY",
    "CONTENT",
    "DESCRIPTION",
    "AUTHOR",
    "AUTHORS",
    "BYLINE",
    "DATE",
    "URL",
    "LINK",
    "TAGS",
    "KEYWORDS",
    "SUMMARY",
    "BACKGROUND",
    "CONTEXT",
    "DEVELOPING",
    "TRANSCRIPT",
    "TIMELINE",
    "RECAP",
    "PREVIEW",
    "POLL",
    "QUIZ",
    "SPOTLIGHT",
    "REPORT",
    "STUDY",
    "OFFICIAL",
    "NEW",
    "JUST IN",
    "SPONSORED",
    "DISCLAIMER",
    "DISCLOSURE",
    "TRIGGER WARNING",
    "CONTENT WARNING",
    "ILLUSTRATIVE",
    "FILE",
    "FILE PHOTO",
    "PICTURED",
    "ABOVE",
    "TOP",
    "MAIN IMAGE",
    "ADVISORY",
    "URGENT",
    "FLASH",
    "SPOILER",
    "RELATED",
    "MORE",
    "SEE ALSO",
    "Q",
    "A",
];

/// Agencies whose names are written in lower case (`dpa`).
const KNOWN_AGENCIES: &[&str] = &["dpa", "tca/dpa", "afp", "apa", "sda", "ats", "ansa", "efe"];

/// A word of a place: letters, with `.`, `'`, `-` inside.
fn place_word(i: &str) -> IResult<&str, &str> {
    recognize((
        satisfy(char::is_alphabetic),
        take_while(|c: char| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-')),
    ))
    .parse(i)
}

/// Words separated by single spaces, at most five.
fn place_words(i: &str) -> IResult<&str, &str> {
    recognize((place_word, many_m_n(0, 4, (chr(' '), place_word)))).parse(i)
}

/// An upper-case city, or several joined by `/` (`SURABAYA, Indonesia/JAKARTA`
/// is read as city, region `Indonesia/JAKARTA`).
fn caps_city(i: &str) -> IResult<&str, &str> {
    // Upper-case words, as many as there are (`LA CROSSE`), at most five.
    let caps_word = |i| {
        let (rest, word) = place_word(i)?;
        if is_all_caps(word)
            || word.chars().filter(|c| c.is_alphabetic()).count() == 1
                && word.chars().all(|c| !c.is_lowercase())
        {
            Ok((rest, word))
        } else {
            Err(nom::Err::Error(nom::error::Error::new(
                i,
                nom::error::ErrorKind::Verify,
            )))
        }
    };
    let (rest, city) = recognize((caps_word, many_m_n(0, 4, (chr(' '), caps_word)))).parse(i)?;
    if is_all_caps(city) {
        Ok((rest, city))
    } else {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )))
    }
}

/// A capitalised place (`New Delhi`, `Ore.`, `South Africa`).
fn title_place(i: &str) -> IResult<&str, &str> {
    let (rest, place) = recognize((place_words, opt((chr('/'), place_words)))).parse(i)?;
    let ok = place
        .split([' ', '/'])
        .all(|w| is_capitalised(w) || matches!(w, "de" | "da" | "do" | "la" | "el" | "al" | "of"));
    if ok {
        Ok((rest, place))
    } else {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )))
    }
}

/// `Aug 28`, `Feb. 26`, `March 1`, `28 Aug`, `10 mars`, `3. März`: a
/// word and a day that the timestamp grammar reads as a date (so the
/// months of every language it knows), perhaps with the year.
fn date(i: &str) -> IResult<&str, &str> {
    let month = |i| recognize((take_while1(|c: char| c.is_alphabetic()), opt(chr('.')))).parse(i);
    // (With its ordinal's letters: `18th November, 2025`.)
    let day = |i| {
        recognize((
            take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
            opt(alt((tag("st"), tag("nd"), tag("rd"), tag("th")))),
        ))
        .parse(i)
    };
    // German puts a period after the day: `3. März`.
    let (rest, day_month) = alt((
        recognize((month, space1, day)),
        recognize((day, opt(chr('.')), space1, month)),
    ))
    .parse(i)?;
    if !crate::timestamp::is_timestamp(day_month) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    // A press release adds the year: `Feb. 1, 2017`; Ethiopian papers
    // after a slash: `November 27/2026`.
    let year = (
        alt((tag(", "), tag("/"))),
        take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
    );
    let (rest, _) = opt(year).parse(rest)?;
    Ok((rest, &i[..i.len() - rest.len()]))
}

/// A press-release wire slug between slashes: `/Kyodo JBN-AsiaNet/`.
fn slug_agency(i: &str) -> IResult<&str, &str> {
    let (rest, _) = chr('/').parse(i)?;
    let (rest, name) = take_till1(|c| c == '/' || c == '\n')(rest)?;
    let (rest, _) = chr('/').parse(rest)?;
    if name.len() <= 40 && is_capitalised(name) {
        Ok((rest, name))
    } else {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )))
    }
}

/// Wires that sign a dateline with their name and no parentheses (`SYDNEY,
/// June 12 AAP - `).
const BARE_AGENCIES: &[&str] = &[
    "AAP", "AP", "AFP", "UPI", "PTI", "IANS", "ANI", "EFE", "ANSA", "Kyodo", "GNA",
];

/// A wire's name with no parentheses, as AAP prints it: one of
/// [`BARE_AGENCIES`], a dash after it.
fn bare_agency(i: &str) -> IResult<&str, &str> {
    let (rest, name) = take_while1(|c: char| c.is_ascii_alphabetic())(i)?;
    if BARE_AGENCIES.contains(&name) && dash(rest).is_ok() {
        Ok((rest, name))
    } else {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )))
    }
}

/// `(Reuters)`, `(AP)`, `(Reuters Breakingviews)`: the content of the
/// parentheses.
fn agency(i: &str) -> IResult<&str, &str> {
    let (rest, _) = chr('(').parse(i)?;
    let (rest, name) = take_till1(|c| c == ')' || c == '(' || c == '\n')(rest)?;
    let (rest, _) = chr(')').parse(rest)?;
    let words = name.split_whitespace().count();
    let known = KNOWN_AGENCIES.iter().any(|a| a.eq_ignore_ascii_case(name));
    let ok = (1..=3).contains(&words)
        && (known
            || name
                .split_whitespace()
                .all(|w| is_capitalised(w) || w.chars().all(|c| c.is_lowercase()) && w.len() <= 3)
                && is_capitalised(name))
        && name.len() <= 30
        && !name.chars().any(|c| c.is_ascii_digit());
    if ok {
        Ok((rest, name))
    } else {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )))
    }
}

/// The dash that ends a dateline, with the spaces around it.
fn dash(i: &str) -> IResult<&str, &str> {
    recognize((space0, dash_mark, space1)).parse(i)
}

/// A dash's marks: `-`, `--`, `—`, `–`, `_`, and EFE's `.-`.
fn dash_mark(i: &str) -> IResult<&str, &str> {
    recognize((
        alt((tag(".-"), tag("--"), tag("-"), tag("—"), tag("–"), tag("_"))),
        opt(tag("-")),
    ))
    .parse(i)
}

/// The dash after an agency, which the text may follow with no space
/// (`(Reuters) -Talks`, `--(BUSINESS WIRE)--Example Inc. said`).
fn agency_dash(i: &str) -> IResult<&str, &str> {
    // A converter may double it: `PARIS (AFP) - – More`. TASS closes its
    // slug with a full stop: `April 2. /TASS/. An ice floe`.
    // ANI closes it with a colon: `June 12 (ANI): At least`.
    let mark = |i| {
        alt((
            dash_mark,
            recognize((chr('.'), peek(chr(' ')))),
            recognize((chr(':'), peek(chr(' ')))),
            // (APP glues the text to it: `Dec 14 (APP):The authority`.)
            recognize((chr(':'), peek(satisfy(char::is_uppercase)))),
        ))
        .parse(i)
    };
    recognize((many_m_n(1, 2, (space0, mark)), space0)).parse(i)
}

/// `, Region` parts after a city.
fn regions(i: &str) -> IResult<&str, &str> {
    recognize(many_m_n(0, 2, (tag(", "), title_place_not_date))).parse(i)
}

fn title_place_not_date(i: &str) -> IResult<&str, &str> {
    if date(i).is_ok() {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    alt((caps_city, title_place)).parse(i)
}

/// The place of a dateline: an upper-case city with regions, or a
/// title-case one (accepted only when an agency follows).
fn place(i: &str) -> IResult<&str, (&str, bool)> {
    if date(i).is_ok() {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    // EFE names the country in parentheses before the date: `Valdecarros
    // (España), 9 mar`; ANI the state in parentheses and the country in
    // brackets: `Haflong (Assam) [India], June 12`.
    let country = || {
        opt((
            opt((tag(" ("), title_place, chr(')'))),
            opt((tag(" ["), title_place, chr(']'))),
            peek(chr(',')),
        ))
    };
    if let Ok((rest, p)) = recognize((caps_city, country(), regions)).parse(i) {
        return Ok((rest, (p, true)));
    }
    let (rest, p) = recognize((title_place, country(), regions)).parse(i)?;
    Ok((rest, (p, false)))
}

/// The ASCII bytes a dateline may hold before its agency or dash, but `-`
/// (which may open a dash): letters, digits, spaces, tabs and `. , '`.
static INSIDE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric()
            || matches!(b as u8, b' ' | b'\t' | b'.' | b',' | b'\'');
        b += 1;
    }
    table
};

/// Whether `head` may open with a dateline, by a look at its characters:
/// a dateline ends with an agency, a dash or a colon, and what stands
/// before is made of letters, digits, spaces, tabs and `. , ' ’ - /`. So an
/// agency (`(`, `/`), a dash (`—`, `–`, `_`, `-` before white space) or,
/// after a first word in capitals, a colon must come before the first
/// other character. Most paragraphs fail this long before the
/// grammar would.
fn may_open_dateline(head: &str) -> bool {
    let bytes = head.as_bytes();
    let mut i = 0;
    loop {
        let Some(at) = bytes[i..].iter().position(|&b| !INSIDE[usize::from(b)]) else {
            return false;
        };
        i += at;
        match bytes[i] {
            b'(' | b'/' | b'_' | b'[' => return true,
            // A colon closes only a city (`LONDON: `, `Dubai: `).
            b':' => return bytes[0].is_ascii_uppercase(),
            b'-' if matches!(bytes.get(i + 1), Some(b' ' | b'\t')) => return true,
            b'-' => i += 1,
            0x80.. => {
                let Some(c) = head[i..].chars().next() else {
                    return false;
                };
                if matches!(c, '—' | '–') {
                    return true;
                }
                if !c.is_alphabetic() && c != '’' {
                    return false;
                }
                i += c.len_utf8();
            }
            _ => return false,
        }
    }
}

/// True when `head` opens with a city and a date in capitals and no mark
/// after them (`KATHMANDU, DECEMBER 14 The city …`), which
/// [`may_open_dateline`] looks for no mark to find.
fn opens_with_caps_place_and_date(head: &str) -> bool {
    let bytes = head.as_bytes();
    if !bytes.first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let window = &head[..crate::error::floor_char_boundary(head, head.len().min(40))];
    let Some(comma) = crate::scan::find_str(window, ", ") else {
        return false;
    };
    let place_ok = bytes[..comma]
        .iter()
        .all(|&b| b.is_ascii_uppercase() || matches!(b, b' ' | b'.' | b'-'));
    let mut words = head[comma + 2..].splitn(4, ' ');
    let (Some(month), Some(day), Some(next)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    place_ok
        && month.len() >= 3
        && month.bytes().all(|b| b.is_ascii_uppercase() || b == b'.')
        && (1..=2).contains(&day.len())
        && day.bytes().all(|b| b.is_ascii_digit())
        && next.starts_with(char::is_uppercase)
}

/// East African papers' dateline (Mwananchi, Nation): the place and a
/// full stop, opening the story's first paragraph (`Dar es Salaam. The
/// city's water authority …`). A word or three, capitalised (`es`, `de`
/// and such between them), no title's abbreviation (`Mr.`); one word only
/// when the paragraph names the place again, since a story may open with
/// a one-word sentence.
pub(crate) fn place_with_full_stop(text: &str) -> Option<Found<'_>> {
    const ABBREVIATIONS: &[&str] = &[
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt",
        "Sgt", "Rev", "Jr", "Sr", "No", "Inc", "Co", "Corp", "Ltd", "Mt", "Ft", "Hon",
    ];
    // Words that open a greeting or a label, not a place (`Good
    // morning.`, `Breaking News.`).
    const OPENING_WORDS: &[&str] = &[
        "Good", "Hello", "Dear", "Breaking", "Update", "Updated", "Welcome", "Editor", "Note",
        "Live", "Watch", "Listen", "Read", "Photo", "Video", "Happy", "Thanks", "Thank",
    ];
    let head = &text[..crate::error::floor_char_boundary(text, text.len().min(40))];
    let dot = memchr::memchr(b'.', head.as_bytes())?;
    let place = &text[..dot];
    let rest = text[dot + 1..].strip_prefix(' ')?;
    if !rest.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let words: Vec<&str> = place.split(' ').collect();
    let connector =
        |w: &str| (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_lowercase());
    let name_word = |w: &str| {
        w.chars().count() >= 3
            && w.starts_with(|c: char| c.is_uppercase())
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
    };
    let shaped = (1..=4).contains(&words.len())
        && name_word(words[0])
        && name_word(words[words.len() - 1])
        && words.iter().all(|w| name_word(w) || connector(w))
        && !ABBREVIATIONS.contains(&words[words.len() - 1])
        && !OPENING_WORDS.contains(&words[0]);
    let named_again = crate::scan::find_str(rest, place).is_some();
    (shaped && (words.len() >= 2 || named_again)).then_some(Found {
        location: Some(place),
        date: None,
        agency: None,
        len: dot + 2,
    })
}

/// Finds a dateline at the start of `text`.
pub(crate) fn parse(text: &str) -> Option<Found<'_>> {
    let head = &text[..crate::error::floor_char_boundary(text, text.len().min(160))];
    if !may_open_dateline(head) && !opens_with_caps_place_and_date(head) {
        return None;
    }
    let found = place_first(head, text)?;
    // Agency first, then place and date: `(ANSA) - ROMA, 3 MAR - `.
    if let (None, None, Some(_)) = (found.location, found.date, found.agency) {
        let after = &head[found.len..];
        if let Some(second) = place_first(after, &text[found.len..])
            .filter(|s| s.location.is_some() && s.agency.is_none())
        {
            return Some(Found {
                location: second.location,
                date: second.date,
                len: found.len + second.len,
                ..found
            });
        }
    }
    Some(found)
}

/// `place? (", " date)? agency? dash` at the start of `head`, the first
/// bytes of `text`.
fn place_first<'a>(head: &'a str, text: &'a str) -> Option<Found<'a>> {
    let (rest, place) = opt(place).parse(head).ok()?;
    let (rest, date) = match place {
        Some(_) => opt((tag(", "), date))
            .parse(rest)
            .map(|(r, d)| (r, d.map(|(_, d)| d)))
            .ok()?,
        None => opt(date).parse(rest).ok()?,
    };
    // A press release sets a dash before the agency:
    // `NEWBURY FALLS, Mass.--(BUSINESS WIRE)--`.
    // (Or after a comma: `Accra, Nov. 30, GNA - `.)
    let (rest, agency) = opt((
        space0,
        opt(alt((tag("--"), tag(". "), tag(", ")))),
        alt((agency, slug_agency, bare_agency)),
    ))
    .parse(rest)
    .map(|(r, a)| (r, a.map(|(_, _, a)| a)))
    .ok()?;
    let upper_place = place.is_some_and(|(_, caps)| caps);
    let (rest, dashed) = match agency {
        Some(_) => match agency_dash(rest) {
            Ok((r, d)) => (r, Some(d)),
            // No dash: `New Delhi, Mar 3 (PTI) Talks`, `NEW YORK (CNNMoney)
            // Talks`; a date or a city in capitals shows it is a dateline.
            Err(_) if date.is_some() || upper_place => {
                let r = rest.trim_start_matches(' ');
                (r, (r.len() < rest.len()).then_some(""))
            }
            Err(_) => (rest, None),
        },
        None => match dash(rest) {
            Ok((r, d)) => (r, Some(d)),
            Err(_) => match colon(rest, place.map(|(p, _)| p), upper_place, text) {
                Some(r) => (r, Some(":")),
                // A city and a date in capitals with no mark after them
                // (`KATHMANDU, DECEMBER 14 The city has …`).
                None if upper_place
                    && date.is_some_and(is_all_caps)
                    && rest.starts_with(' ')
                    && rest[1..].starts_with(char::is_uppercase) =>
                {
                    (&rest[1..], Some(""))
                }
                None => (rest, None),
            },
        },
    };
    // Without an agency, a dash must close the dateline; a title-case place
    // needs an agency; an agency needs text right after it.
    let valid = match (agency, dashed) {
        (Some(_), _) => rest.starts_with(|c: char| c.is_uppercase() || c == '“' || c == '"'),
        // (`colon` has checked the place before its colon.)
        (None, Some(":")) => true,
        // (A label in capitals is no place: `FILE - Workers pick tea …`.)
        (None, Some(_)) if place.is_some_and(|(p, _)| is_label(p)) => false,
        (None, Some(_)) => {
            upper_place
                || (place.is_some() && date.is_some())
                || place
                    .is_some_and(|(p, _)| p.contains(", ") && rest.starts_with(char::is_uppercase))
                || place.is_some_and(|(p, _)| is_german_city_dash(p, rest))
        }
        (None, None) => false,
    };
    // An agency's name is no place: `LUSA - Agência de Notícias …` is its
    // masthead.
    let agency_named = place.is_some_and(|(p, _)| crate::byline::is_organisation(p));
    if !valid
        || (place.is_none() && agency.is_none() && date.is_none())
        || agency_named && agency.is_none() && date.is_none()
    {
        return None;
    }
    if place.is_none() && date.is_some() && agency.is_none() {
        return None;
    }
    // `ASTANA. KAZINFORM – `: the agency's name in capitals after the
    // place and a full stop.
    if let (Some((p, true)), None, None) = (place, date, agency) {
        if let Some((city, name)) = p.split_once(". ") {
            if !name.contains(' ') && (3..=12).contains(&name.len()) && is_all_caps(name) {
                return Some(Found {
                    location: Some(city),
                    date: None,
                    agency: Some(name),
                    len: head.len() - rest.len(),
                });
            }
        }
    }
    // `JAKARTA, KOMPAS.com - `: a news site's domain after the city is
    // the agency.
    if let (Some((p, _)), None) = (place, agency) {
        if let Some((city, site)) = p.rsplit_once(", ").filter(|(_, site)| is_site_domain(site)) {
            return Some(Found {
                location: Some(city),
                date,
                agency: Some(site),
                len: head.len() - rest.len(),
            });
        }
    }
    Some(Found {
        // `Mass.--(BUSINESS WIRE)`: the dash is no part of the place.
        location: place.map(|(p, _)| p.trim_end_matches('-')),
        date,
        agency,
        len: head.len() - rest.len(),
    })
}

/// True for a label that opens a line as a dateline's city does
/// (`EXCLUSIVE`, `FILE`), in any case.
fn is_label(place: &str) -> bool {
    COLON_LABELS.iter().any(|l| l.eq_ignore_ascii_case(place))
}

/// True for a news site's domain (`KOMPAS.com`, `Tribunnews.com`): a
/// name, a full stop and a lower-case top-level domain of two to four
/// letters.
fn is_site_domain(word: &str) -> bool {
    word.rsplit_once('.').is_some_and(|(name, tld)| {
        !name.is_empty()
            && !name.contains(' ')
            && (2..=4).contains(&tld.len())
            && tld.bytes().all(|b| b.is_ascii_lowercase())
    })
}

/// The German-language dateline: a city in title case and a dash, no
/// agency (`Wien – Die Wiener Linien …`), accepted before a sentence of
/// some length that opens with a capital.
fn is_german_city_dash(place: &str, rest: &str) -> bool {
    is_title_city(place) && rest.starts_with(char::is_uppercase) && more_words_than(rest, 8)
}

/// A colon that closes a dateline, as South Asian and Gulf papers print
/// it (`NEW DELHI: `, `DUBAI, March 3: `, `Abu Dhabi: `): only after a
/// city that is no label (`EXCLUSIVE:`, `Update:`), in capitals or of one
/// or two capitalised words, and only before a paragraph (a headline such
/// as `OBAMA: We will act` is too short). Returns the text after the colon
/// and its space.
fn colon<'a>(rest: &'a str, place: Option<&str>, upper: bool, text: &str) -> Option<&'a str> {
    let after = rest.strip_prefix(": ")?.trim_start_matches(' ');
    // Two capitals are a country or a body (`UK:`, `EU:`) set as a label.
    let label = place.is_none_or(|p| p.len() < 3 || is_label(p));
    // (A title-case city opens a sentence, not a headline's label:
    // `Portugal: Government approves …` is a kicker and its title.)
    // A paragraph ends a sentence; a dek under a caps label need not
    // (`OVERNIGHT SERVICE: The trains would run …, the company said`).
    let rest = &text[offset_in(text, after)..];
    let city = (upper || place.is_some_and(is_title_city)) && crate::scan::ends_terminal(rest);
    let paragraph = more_words_than(rest, 8);
    (city && !label && paragraph && after.starts_with(char::is_uppercase)).then_some(after)
}

/// True for one or two capitalised words with no other capitals
/// (`Dubai`, `Abu Dhabi`), as a city is set before a colon in title case.
fn is_title_city(place: &str) -> bool {
    let mut words = 0;
    place.split(' ').all(|word| {
        words += 1;
        let mut chars = word.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
    }) && words <= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_and_a_full_stop_open_an_east_african_story() {
        let found =
            place_with_full_stop("Dar es Salaam. The city's water authority said.").unwrap();
        assert_eq!(found.location, Some("Dar es Salaam"));
        assert_eq!(found.len, "Dar es Salaam. ".len());
        assert!(place_with_full_stop("Kisumu. Kisumu's port reopened on Monday.").is_some());
        for text in [
            "Boom. The market fell on Monday.",
            "Mr. Roe said the port would reopen.",
            "Dr. Jane Roe said so.",
            "It rained. The port closed.",
            "The port closed. It rained.",
            "Kisumu. The port reopened on Monday.",
            "Good Morning. Here is the news.",
        ] {
            assert!(place_with_full_stop(text).is_none(), "{text}");
        }
    }

    #[test]
    fn agencies_after_a_full_stop_and_ordinal_days() {
        let found = parse("ASTANA. KAZINFORM – The government said.").unwrap();
        assert_eq!(
            (found.location, found.agency),
            (Some("ASTANA"), Some("KAZINFORM"))
        );
        let found = parse("ABU DHABI, 18th November, 2025 (WAM) -- The department said.").unwrap();
        assert_eq!(
            (found.location, found.date, found.agency),
            (Some("ABU DHABI"), Some("18th November, 2025"), Some("WAM"))
        );
    }

    #[test]
    fn dateline_table() {
        type Row = (
            &'static str,
            Option<(
                Option<&'static str>,
                Option<&'static str>,
                Option<&'static str>,
                &'static str,
            )>,
        );
        let rows: &[Row] = &[
            (
                "KESSLING, DECEMBER 14 The city has started fining contractors.",
                Some((
                    Some("KESSLING"),
                    Some("DECEMBER 14"),
                    None,
                    "The city has started fining contractors.",
                )),
            ),
            ("KESSLING, December 14 The city has started fining contractors.", None),
            ("Laurent Fabius a accueilli jeudi matin à Roissy un premier avion.", None),
            (
                "KESSLING, Dec 14 (KNA):The authority will launch six new routes.",
                Some((
                    Some("KESSLING"),
                    Some("Dec 14"),
                    Some("KNA"),
                    "The authority will launch six new routes.",
                )),
            ),
            (
                "Graz – Die Stadtwerke weiten den Nachtbetrieb der Straßenbahn ab Jänner auf alle Wochentage aus.",
                Some((
                    Some("Graz"),
                    None,
                    None,
                    "Die Stadtwerke weiten den Nachtbetrieb der Straßenbahn ab Jänner auf alle Wochentage aus.",
                )),
            ),
            ("Graz – Die Stadtwerke", None),
            (
                "Tesla – Der Konzern hat am Donnerstag",
                None,
            ),
            (
                "SURAKARTA, HARIANKOTA.com - Pemerintah kota akan memperluas kebijakan parkir",
                Some((
                    Some("SURAKARTA"),
                    None,
                    Some("HARIANKOTA.com"),
                    "Pemerintah kota akan memperluas kebijakan parkir",
                )),
            ),
            (
                "Bahir Dar, November 27/2026 – The regional health bureau",
                Some((
                    Some("Bahir Dar"),
                    Some("November 27/2026"),
                    None,
                    "The regional health bureau",
                )),
            ),
            ("FILE - Workers pick tea leaves at a plantation near Kericho.", None),
            (
                "Accra, Nov. 30, GNA - The ministry will",
                Some((Some("Accra"), Some("Nov. 30"), Some("GNA"), "The ministry will")),
            ),
            (
                "TOKYO, Nov. 30 Kyodo - The ministry will",
                Some((Some("TOKYO"), Some("Nov. 30"), Some("Kyodo"), "The ministry will")),
            ),
            (
                "NIGHT SERVICE: The trains would run on Fridays and Saturdays from January, the rail company said",
                None,
            ),
            (
                "ROTTERDAM, Aug 28 (Reuters) - Dock workers",
                Some((
                    Some("ROTTERDAM"),
                    Some("Aug 28"),
                    Some("Reuters"),
                    "Dock workers",
                )),
            ),
            (
                "PORTLAND, Ore., Feb 26 - The",
                Some((Some("PORTLAND, Ore."), Some("Feb 26"), None, "The")),
            ),
            (
                "WASHINGTON (AP) — The",
                Some((Some("WASHINGTON"), None, Some("AP"), "The")),
            ),
            (
                "BEIJING, March 31 (Xinhua) -- The",
                Some((Some("BEIJING"), Some("March 31"), Some("Xinhua"), "The")),
            ),
            ("(CNN) — The", Some((None, None, Some("CNN"), "The"))),
            (
                "Tehran, Iran (CNN)Iranians voted",
                Some((Some("Tehran, Iran"), None, Some("CNN"), "Iranians voted")),
            ),
            (
                "New Delhi (AFP) - The",
                Some((Some("New Delhi"), None, Some("AFP"), "The")),
            ),
            (
                "Jan 30 (Reuters) - Shares",
                Some((None, Some("Jan 30"), Some("Reuters"), "Shares")),
            ),
            (
                "LONDON — After",
                Some((Some("LONDON"), None, None, "After")),
            ),
            (
                "SOWETO, South Africa, March 2 - Black",
                Some((Some("SOWETO, South Africa"), Some("March 2"), None, "Black")),
            ),
            (
                "HONG KONG, Aug 26 (Reuters Breakingviews) - A",
                Some((
                    Some("HONG KONG"),
                    Some("Aug 26"),
                    Some("Reuters Breakingviews"),
                    "A",
                )),
            ),
            (
                "ATLANTA (AP) _ Luol",
                Some((Some("ATLANTA"), None, Some("AP"), "Luol")),
            ),
            (
                "SYDNEY, June 12 AAP - Thousands of commuters",
                Some((
                    Some("SYDNEY"),
                    Some("June 12"),
                    Some("AAP"),
                    "Thousands of commuters",
                )),
            ),
            (
                "YUZHNO-SAKHALINSK, April 2. /TASS/. An ice floe",
                Some((
                    Some("YUZHNO-SAKHALINSK"),
                    Some("April 2"),
                    Some("TASS"),
                    "An ice floe",
                )),
            ),
            ("Seven decades later – he", None),
            ("The AP - the wire - said", None),
            (
                "Mumbai, India – Twenty",
                Some((Some("Mumbai, India"), None, None, "Twenty")),
            ),
            (
                "Brenna (dpa) - Der",
                Some((Some("Brenna"), None, Some("dpa"), "Der")),
            ),
            ("The talks (which began in May) - stalled", None),
            ("US commerce secretary Gina Raimondo began", None),
            (
                "WILKES-BARRE, Pa. - The mayor",
                Some((Some("WILKES-BARRE, Pa."), None, None, "The mayor")),
            ),
            (
                "ZÜRICH, March 3 (dpa) – Die",
                Some((Some("ZÜRICH"), Some("March 3"), Some("dpa"), "Die")),
            ),
            (
                "SAN JOSÉ, Costa Rica — The",
                Some((Some("SAN JOSÉ, Costa Rica"), None, None, "The")),
            ),
            (
                "O’HARE, Ill. _ Flights",
                Some((Some("O’HARE, Ill."), None, None, "Flights")),
            ),
            // No agency or dash before the first character a dateline
            // cannot hold: no grammar is tried.
            (
                "The company said on Monday it would cut 300 jobs, citing demand.",
                None,
            ),
            ("“It is over,” she said - and left", None),
            ("Long-term plans - like this", None),
            // Press releases put a dash before the agency, and the text
            // right after the one behind it.
            (
                "VELDAN FALLS, Mass.--(BUSINESS WIRE)--Example Inc. said",
                Some((
                    Some("VELDAN FALLS, Mass."),
                    None,
                    Some("BUSINESS WIRE"),
                    "Example Inc. said",
                )),
            ),
            (
                "GENEVA, March 3 (Reuters) -Talks",
                Some((Some("GENEVA"), Some("March 3"), Some("Reuters"), "Talks")),
            ),
            // No dash after the agency: a date or a city in capitals is
            // needed.
            (
                "New Delhi, Mar 3 (PTI) Talks",
                Some((Some("New Delhi"), Some("Mar 3"), Some("PTI"), "Talks")),
            ),
            (
                "MUMBAI (IANS) Talks",
                Some((Some("MUMBAI"), None, Some("IANS"), "Talks")),
            ),
            ("Example Motors (EXM) Shares rose 4%", None),
            // Colon datelines: a city in capitals, then a paragraph.
            (
                "LONDON: Talks between the port and the union resumed on Monday.",
                Some((
                    Some("LONDON"),
                    None,
                    None,
                    "Talks between the port and the union resumed on Monday.",
                )),
            ),
            (
                "NEW DELHI, March 3: Talks between the port and the union resumed on Monday.",
                Some((
                    Some("NEW DELHI"),
                    Some("March 3"),
                    None,
                    "Talks between the port and the union resumed on Monday.",
                )),
            ),
            (
                "Abu Dhabi: Talks between the port and the union resumed on Monday.",
                Some((
                    Some("Abu Dhabi"),
                    None,
                    None,
                    "Talks between the port and the union resumed on Monday.",
                )),
            ),
            (
                "Update: Talks between the port and the union resumed on Monday.",
                None,
            ),
            (
                "Title: Talks between the port and the union resumed on Monday.",
                None,
            ),
            (
                "LUSA - Agência de Notícias de Portugal, S.A. Talks resumed.",
                None,
            ),
            (
                "Portugal: Government approves EUR48M for firebreak network in centre region",
                None,
            ),
            (
                "Veldan (Ostmark) [Norland], June 12 (ANI): Talks resumed on Monday.",
                Some((
                    Some("Veldan (Ostmark) [Norland]"),
                    Some("June 12"),
                    Some("ANI"),
                    "Talks resumed on Monday.",
                )),
            ),
            (
                "New Veldan [Norland], June 12 (ANI): Talks resumed on Monday.",
                Some((
                    Some("New Veldan [Norland]"),
                    Some("June 12"),
                    Some("ANI"),
                    "Talks resumed on Monday.",
                )),
            ),
            (
                "Illustrative: Dock workers gather at the port gates in Veldan on Monday.",
                None,
            ),
            (
                "Port Authority Officials: Talks between the port and the union resumed.",
                None,
            ),
            (
                "EXCLUSIVE: Talks between the port and the union resumed on Monday.",
                None,
            ),
            ("OBAMA: We will act", None),
            (
                "UK: Talks between the port and the union resumed on Monday.",
                None,
            ),
            (
                "PARIS (AFP) - – More than",
                Some((Some("PARIS"), None, Some("AFP"), "More than")),
            ),
            (
                "The minister said: Talks between the port and the union resumed.",
                None,
            ),
            // Months of other languages, EFE's form, and the agency first.
            (
                "PARIS, 10 mars (Reuters) - Les",
                Some((Some("PARIS"), Some("10 mars"), Some("Reuters"), "Les")),
            ),
            (
                "Valdecarros (España), 9 mar (EFE).- Unos",
                Some((
                    Some("Valdecarros (España)"),
                    Some("9 mar"),
                    Some("EFE"),
                    "Unos",
                )),
            ),
            (
                "(ANSA) - ROMA, 3 MAR - Il",
                Some((Some("ROMA"), Some("3 MAR"), Some("ANSA"), "Il")),
            ),
            (
                "BERLIN, 3. März (dpa) - Die",
                Some((Some("BERLIN"), Some("3. März"), Some("dpa"), "Die")),
            ),
            (
                "Porto Salva (AFP) - The",
                Some((Some("Porto Salva"), None, Some("AFP"), "The")),
            ),
        ];
        for (text, expected) in rows {
            let got = parse(text).map(|f| (f.location, f.date, f.agency, &text[f.len..]));
            assert_eq!(got, *expected, "{text}");
        }
    }
}
