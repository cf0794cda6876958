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
use nom::combinator::{opt, recognize};
use nom::multi::many_m_n;
use nom::{IResult, Parser};

use crate::scan::{is_all_caps, is_capitalised};

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

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "JAN",
    "FEB",
    "MARCH",
    "APRIL",
    "MAY",
    "JUNE",
    "JULY",
    "AUG",
    "SEPT",
    "OCT",
    "NOV",
    "DEC",
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

/// `Aug 28`, `Feb. 26`, `March 1`, `28 Aug`.
fn date(i: &str) -> IResult<&str, &str> {
    let month = |i| {
        let (rest, word) = take_while1(|c: char| c.is_alphabetic())(i)?;
        if MONTHS.contains(&word) {
            let (rest, _) = opt(chr('.')).parse(rest)?;
            Ok((rest, word))
        } else {
            Err(nom::Err::Error(nom::error::Error::new(
                i,
                nom::error::ErrorKind::Verify,
            )))
        }
    };
    let day = |i| take_while1(|c: char| c.is_ascii_digit())(i);
    // A press release adds the year: `Feb. 1, 2017`.
    let year = (
        tag(", "),
        take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
    );
    recognize((alt(((month, space1, day), (day, space1, month))), opt(year))).parse(i)
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
    recognize((
        space0,
        alt((tag("--"), tag("-"), tag("—"), tag("–"), tag("_"))),
        opt(tag("-")),
        space1,
    ))
    .parse(i)
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
    if let Ok((rest, p)) = recognize((caps_city, regions)).parse(i) {
        return Ok((rest, (p, true)));
    }
    let (rest, p) = recognize((title_place, regions)).parse(i)?;
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
/// a dateline ends with an agency or a dash, and what stands before is made
/// of letters, digits, spaces, tabs and `. , ' ’ - /`. So an agency (`(`,
/// `/`) or a dash (`—`, `–`, `_`, `-` before white space) must come before
/// the first other character. Most paragraphs fail this long before the
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
            b'(' | b'/' | b'_' => return true,
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

/// Finds a dateline at the start of `text`.
pub(crate) fn parse(text: &str) -> Option<Found<'_>> {
    let head = &text[..crate::error::floor_char_boundary(text, text.len().min(160))];
    if !may_open_dateline(head) {
        return None;
    }
    let (rest, place) = opt(place).parse(head).ok()?;
    let (rest, date) = match place {
        Some(_) => opt((tag(", "), date))
            .parse(rest)
            .map(|(r, d)| (r, d.map(|(_, d)| d)))
            .ok()?,
        None => opt(date).parse(rest).ok()?,
    };
    let (rest, agency) = opt((space0, alt((agency, slug_agency))))
        .parse(rest)
        .map(|(r, a)| (r, a.map(|(_, a)| a)))
        .ok()?;
    let (rest, dashed) = match dash(rest) {
        Ok((r, d)) => (r, Some(d)),
        Err(_) => (rest, None),
    };
    // Without an agency, a dash must close the dateline; a title-case place
    // needs an agency; an agency needs text right after it.
    let upper_place = place.is_some_and(|(_, caps)| caps);
    let valid = match (agency, dashed) {
        (Some(_), _) => rest.starts_with(|c: char| c.is_uppercase() || c == '“' || c == '"'),
        (None, Some(_)) => {
            upper_place
                || (place.is_some() && date.is_some())
                || place
                    .is_some_and(|(p, _)| p.contains(", ") && rest.starts_with(char::is_uppercase))
        }
        (None, None) => false,
    };
    if !valid || (place.is_none() && agency.is_none() && date.is_none()) {
        return None;
    }
    if place.is_none() && date.is_some() && agency.is_none() {
        return None;
    }
    Some(Found {
        location: place.map(|(p, _)| p),
        date,
        agency,
        len: head.len() - rest.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
            ("Seven decades later – he", None),
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
        ];
        for (text, expected) in rows {
            let got = parse(text).map(|f| (f.location, f.date, f.agency, &text[f.len..]));
            assert_eq!(got, *expected, "{text}");
        }
    }
}
