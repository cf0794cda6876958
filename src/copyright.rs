//! Copyright notices:
//! `Copyright The Example Times Limited 2023. All rights reserved.`,
//! `© 2019 Example News & Media Limited or its affiliated companies.`,
//! `(c) Copyright Example Wire 2017. Click For Restrictions`,
//! `Copyright © 2015 BBC.`, `©2023 Example L.P.`
//!
//! ```text
//! notice := marker+ (year ("-" year)? holder | holder year?) ("." rest)?
//! marker := "Copyright" | "©" | "(c)" | "(C)"
//! ```

use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while_m_n};
use nom::character::complete::satisfy;
use nom::character::complete::{char as chr, one_of, space0};
use nom::combinator::{not, opt, recognize};
use nom::multi::many1;
use nom::sequence::terminated;
use nom::{IResult, Parser};

/// A parsed notice: its holder (a sub-slice) and year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Notice<'a> {
    pub holder: Option<&'a str>,
    pub year: Option<u16>,
}

fn marker(i: &str) -> IResult<&str, &str> {
    recognize(many1((
        alt((
            terminated(tag_no_case("copyright"), not(satisfy(char::is_alphabetic))),
            tag("©"),
            tag_no_case("(c)"),
        )),
        space0,
    )))
    .parse(i)
}

fn year(i: &str) -> IResult<&str, u16> {
    let (rest, digits) = take_while_m_n(1, 4, |c: char| c.is_ascii_digit())(i)?;
    let value = digits.parse::<u16>().unwrap_or(0);
    // A range `2015-2023` (or `1996 - 2026`) keeps its last year.
    if let Ok((rest, (_, last))) = (alt((chr('-'), chr('–'))), year_digits).parse(rest) {
        return Ok((rest, last));
    }
    if let Ok((rest, (_, last))) = (alt((tag(" - "), tag(" – "))), year_digits).parse(rest) {
        return Ok((rest, last));
    }
    Ok((rest, value))
}

fn year_digits(i: &str) -> IResult<&str, u16> {
    let (rest, digits) = take_while_m_n(4, 4, |c: char| c.is_ascii_digit())(i)?;
    Ok((rest, digits.parse::<u16>().unwrap_or(0)))
}

/// The end of the holder: the first sentence end (`. ` or a `.` glued to a
/// capital, as in `Network.A Warner Media Company`), or the end of text.
fn holder_end(s: &str) -> usize {
    // A footer's links after a bullet (`© 2025 Example • Privacy Policy`).
    let s = &s[..crate::scan::find_str(s, " • ").unwrap_or(s.len())];
    let bytes = s.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'.' || b == b'|' {
            let next = bytes.get(i + 1).copied();
            let initial =
                i >= 2 && bytes[i - 1].is_ascii_uppercase() && matches!(bytes[i - 2], b' ' | b'.');
            // A company's abbreviation is part of its name (`Example Inc.`).
            let word = s[..i].rsplit(' ').next().unwrap_or("");
            let abbreviation = [
                "Inc", "Ltd", "Co", "Corp", "Bros", "Pty", "Plc", "Kft", "Zrt", "Nyrt",
            ]
            .iter()
            .any(|a| word.eq_ignore_ascii_case(a));
            // (So is one in dotted letters: `d.o.o.`, `S.p.A.`, `N.V.`.)
            let dotted = word.contains('.')
                && word.split('.').all(|part| {
                    (1..=2).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic)
                });
            let prev_upper_initial = initial || abbreviation || dotted;
            // A suffix that closes a company's name closes the holder
            // before another sentence (`Example Pty Ltd. All times AEDT`).
            // (So does a legal form in dotted letters: `Example A.Ş. Tüm
            // hakları saklıdır`.)
            const DOTTED_FORMS: &[&str] = &[
                "A.Ş", "A.S", "S.A", "N.V", "B.V", "S.p.A", "S.r.l", "S.R.L", "d.o.o", "S.L", "a.s",
            ];
            let closes_name = (["Ltd", "Inc", "Plc"].contains(&word)
                || DOTTED_FORMS.contains(&word))
                && next == Some(b' ')
                && bytes.get(i + 2).is_some_and(u8::is_ascii_uppercase);
            if closes_name {
                return i + 1;
            }
            let ends = match next {
                None => !prev_upper_initial,
                Some(b' ') => !prev_upper_initial || b == b'|',
                Some(c) => c.is_ascii_uppercase() && b == b'.' && !prev_upper_initial,
            };
            if ends {
                return i;
            }
        }
    }
    s.len()
}

/// Where a notice starts inside a legal footer, after a sentence (`This
/// material may not be redistributed. ©2025 Example Network, LLC. All
/// rights reserved.`): the `©` of a notice with a holder, a year and a
/// rights phrase.
pub(crate) fn embedded_start(text: &str) -> Option<usize> {
    let at = crate::scan::find_str(text, ". ©")? + 2;
    let notice = parse(&text[at..])?;
    let rights = rights_start(&text[at..]).is_some();
    (notice.holder.is_some() && notice.year.is_some() && rights).then_some(at)
}

/// Where the site links that follow a notice start: after its rights
/// phrase (see [`rights_end`]) or at a bullet (`© 2025 Example • Privacy
/// Policy • Terms`).
pub(crate) fn links_start(text: &str) -> Option<usize> {
    rights_end(text).or_else(|| crate::scan::find_str(text, " • "))
}

/// Where site links glued after the notice start (`… All rights
/// reserved. Terms of use. Privacy Policy.`). A legal tail (`This material
/// may not be published …`) is part of the notice and stays.
pub(crate) fn rights_end(text: &str) -> Option<usize> {
    let lower = text.to_ascii_lowercase();
    let at = crate::scan::find_str(&lower, "all rights reserved")? + "all rights reserved".len();
    let end = at + usize::from(text[at..].starts_with('.'));
    let tail = &lower[end..];
    let links = [
        "terms",
        "privacy",
        "cookie",
        "contact us",
        "about us",
        "advertise",
        "site map",
        "legal statement",
        "provided by",
        "market data",
        "disclaimer",
    ];
    (!tail.trim().is_empty() && links.iter().any(|l| tail.contains(l))).then_some(end)
}

/// The rights phrase of a notice in the languages of the larger news
/// markets (`All rights reserved`, `Riproduzione riservata`, `Tous droits
/// réservés`), compared without ASCII case.
const RIGHTS: &[&str] = &[
    "all rights reserved",
    "riproduzione riservata",
    "tutti i diritti riservati",
    "tous droits réservés",
    "tous droits reserves",
    "alle rechte vorbehalten",
    "todos los derechos reservados",
    "todos os direitos reservados",
    "Με την επιφύλαξη παντός δικαιώματος",
    "alle rechten voorbehouden",
    "wszelkie prawa zastrzeżone",
    "med ensamrätt",
    "eftertryk forbudt",
];

/// Phrases that say what group the holder belongs to (`, part of the
/// Example Network`, `, a division of Example Corp`).
const OWNERSHIP: &[&str] = &[
    ", part of ",
    ", a part of ",
    ", a division of ",
    ", a unit of ",
    ", a subsidiary of ",
    // Where the company is registered (`Example Newspapers Limited in
    // England No. 679215`).
    " in England",
    " in Scotland",
    " registered in ",
];

/// Where `needle` (ASCII or not: only ASCII letters are folded) starts
/// in `s`, ASCII case ignored.
fn find_ci(s: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (s.as_bytes(), needle.as_bytes());
    // (The first bytes are compared before the rest, which most places
    // fail.)
    hay.windows(needle.len())
        .position(|w| w[0].eq_ignore_ascii_case(&needle[0]) && w.eq_ignore_ascii_case(needle))
}

/// Where the rights phrase starts in a holder's text, at its start or
/// after a space: the holder ends there.
fn rights_start(holder: &str) -> Option<usize> {
    RIGHTS
        .iter()
        .filter_map(|r| find_ci(holder, r))
        .filter(|&at| at == 0 || holder.as_bytes()[at - 1] == b' ')
        .min()
}

/// A notice with the holder before the sign (`Nation Media Group © 2025
/// All rights reserved`): a few capitalised words, `©`, a year.
fn holder_first(text: &str) -> Option<Notice<'_>> {
    // (The sign's first byte is rare: most text is passed over with one
    // search of its first bytes.)
    let head = &text[..crate::error::floor_char_boundary(text, text.len().min(60))];
    memchr::memchr(0xc2, head.as_bytes())?;
    let at = crate::scan::find_str(head, " © ")?;
    let holder = &text[..at];
    let (rest, y) = year(&text[at + " © ".len()..]).ok()?;
    let named = (1..=5).contains(&crate::scan::word_count(holder))
        && holder
            .split(' ')
            .all(|w| crate::scan::is_capitalised(w) || w == "&");
    (named && (rest.is_empty() || rest.starts_with([' ', '.', ',']))).then_some(Notice {
        holder: Some(holder),
        year: Some(y),
    })
}

/// Parses a notice; `None` when `text` does not start with a copyright
/// marker followed by something.
pub(crate) fn parse(text: &str) -> Option<Notice<'_>> {
    // Every marker opens with `C`, `c`, `©` or `(`, or a rights phrase
    // before it (`ALL RIGHTS RESERVED © Copyright Example`): most text
    // misses here.
    let whole = text;
    let text = match text.as_bytes().first() {
        Some(b'A' | b'a') => text
            .get(..RIGHTS[0].len())
            .filter(|head| head.eq_ignore_ascii_case(RIGHTS[0]))
            .map_or(text, |_| text[RIGHTS[0].len()..].trim_start()),
        _ => text,
    };
    // The rights phrase alone, then the terms (`All rights reserved. This
    // material … may not be reproduced …`): a notice with no holder or
    // year.
    if text.len() < whole.len() && text.starts_with('.') && whole.len() <= 600 {
        let terms = text[1..].trim_start();
        let forbids = crate::scan::find_str(terms, " may not be ").is_some()
            || crate::scan::find_str(terms, " must not be ").is_some();
        if terms.is_empty() || forbids {
            return Some(Notice {
                holder: None,
                year: None,
            });
        }
    }
    // (A marker's first form is compared before the parser is set to work:
    // `Chief executive …`, `(Reuters) …` open with none. ASCII case is all
    // the parser's Unicode folding can ignore here: the one character
    // outside ASCII that lowers into it is the Kelvin sign, to `k`.)
    let opens_marker = crate::scan::starts_with_ci(text, "copyright")
        || text.starts_with('©')
        || crate::scan::starts_with_ci(text, "(c)");
    if !opens_marker {
        return holder_first(whole);
    }
    let (rest, _) = marker(text).ok()?;
    if rest.is_empty() || text.len() > 600 {
        return None;
    }
    // `© 2025, Example`, `Copyright 2025. Example Media Limited.`
    let (after_year, leading_year) = match (year, opt(one_of(",."))).parse(rest) {
        Ok((r, (y, _))) if r.starts_with(' ') || r.is_empty() => (r.trim_start(), Some(y)),
        _ => (rest, None),
    };
    let mut holder_raw = &after_year[..holder_end(after_year)];
    // `Example Inc. All rights reserved`, `© RIPRODUZIONE RISERVATA`: the
    // rights line, in any language, is not the holder.
    if let Some(at) = rights_start(holder_raw) {
        holder_raw = &holder_raw[..at];
    }
    // `Example Today, part of the Example Network`: what the holder
    // belongs to is not part of its name.
    if let Some(at) = OWNERSHIP
        .iter()
        .filter_map(|p| find_ci(holder_raw, p))
        .min()
    {
        holder_raw = &holder_raw[..at];
    }
    let mut holder = holder_raw.trim_end_matches([',', ' ']);
    // `© Crown copyright`: the word after the holder names the notice.
    if let Some(name) = holder
        .len()
        .checked_sub(" copyright".len())
        .filter(|&at| {
            holder.is_char_boundary(at) && holder[at..].eq_ignore_ascii_case(" copyright")
        })
        .map(|at| &holder[..at])
    {
        holder = name;
    }
    let mut year_value = leading_year;
    if leading_year.is_none() {
        // `The Example Times Limited 2023`
        if let Some((name, last)) = holder.rsplit_once(' ') {
            if let Ok(("", y)) = year.parse(last) {
                holder = without_month_day(name.trim_end_matches([',', ' ']));
                year_value = Some(y);
            }
        }
    }
    // `Example Ltd. 1996 - 2026`, `Example B.V. - alle rechten …`: the
    // dash of a range of years, or before the rights, is no part of the
    // name, nor is the range's first year.
    if let Some(name) = holder.strip_suffix(['-', '–', '—']).map(str::trim_end) {
        holder = match name.rsplit_once(' ') {
            Some((before, first_year))
                if year.parse(first_year).is_ok_and(|(r, _)| r.is_empty()) =>
            {
                before.trim_end_matches([',', ' '])
            }
            _ => name,
        };
    }
    // `© Jane Roe/Getty Images` with no year is a photo credit.
    if year_value.is_none() && holder.contains('/') {
        return None;
    }
    // `© Copyright by Example Media SA`: the holder named after `by`.
    if let Some(name) = holder
        .strip_prefix("by ")
        .filter(|name| name.starts_with(char::is_uppercase) && !crate::scan::is_all_caps(name))
    {
        holder = name;
    }
    // `COPYRIGHT AND PROTECTED BY APPLICABLE LAW`: words that go on the
    // notice's sentence, no holder's name.
    let continues = ["and ", "AND ", "by ", "BY ", "protected ", "PROTECTED "]
        .iter()
        .any(|w| holder.starts_with(w));
    // Nor is a sentence (`Copyright: Any unauthorized use of …`, `©
    // Copyright 2001-2025. This site is part of …`): a name has a few
    // words, and does not open with a colon or `This`.
    let sentence = holder.starts_with(':')
        || holder.starts_with("This ")
        || crate::scan::more_words_than(holder, 14);
    if holder.is_empty() || continues || sentence {
        return Some(Notice {
            holder: None,
            year: year_value,
        });
    }
    Some(Notice {
        holder: Some(holder),
        year: year_value,
    })
}

/// `holder` without a month and day before its year (`Example Company,
/// LLC Mar 6` of `… LLC Mar 6, 2025`).
fn without_month_day(holder: &str) -> &str {
    const MONTHS: &[&str] = &[
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "January",
        "February",
        "March",
        "April",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let Some((rest, day)) = holder.rsplit_once(' ') else {
        return holder;
    };
    let Some((name, month)) = rest.rsplit_once(' ') else {
        return holder;
    };
    let is_day = (1..=2).contains(&day.len()) && day.bytes().all(|b| b.is_ascii_digit());
    let month = month.trim_end_matches('.');
    if is_day && MONTHS.contains(&month) {
        name.trim_end_matches([',', ' '])
    } else {
        holder
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notice_table() {
        for (text, holder, year) in [
            ("COPYRIGHT AND PROTECTED BY APPLICABLE LAW", None, None),
            ("© Crown copyright", Some("Crown"), None),
            ("© Copyright by Veldan Media SA", Some("Veldan Media SA"), None),
            (
                "© Copyright Veldan Star Ltd. 1996 - 2026. All rights reserved.",
                Some("Veldan Star Ltd."),
                Some(2026),
            ),
            (
                "© 2026 Veldan Media B.V. - alle rechten voorbehouden",
                Some("Veldan Media B.V."),
                Some(2026),
            ),
            (
                "All rights reserved. This material may not be reproduced or redistributed without permission from the Courier.",
                None,
                None,
            ),
            ("© 2026 Veldan Media Kft.", Some("Veldan Media Kft."), Some(2026)),
            (
                "Veldan Media Group © 2025 All rights reserved",
                Some("Veldan Media Group"),
                Some(2025),
            ),
            (
                "Copyright: Any unauthorized use or reproduction of Veldan Star content is prohibited.",
                None,
                None,
            ),
            (
                "© Copyright 2001-2025. This site is part of Veldan's local newspaper network.",
                None,
                Some(2025),
            ),
            (
                "Copyright © 2026 Veldan Media Α.Ε. Με την επιφύλαξη παντός δικαιώματος.",
                Some("Veldan Media Α.Ε."),
                Some(2026),
            ),
            (
                "© Veldan Group Newspapers Limited in England No. 679215 Registered office: 1 Quay Street.",
                Some("Veldan Group Newspapers Limited"),
                None,
            ),
            (
                "© 1996 - 2026 Veldan Productions LLC. All Rights Reserved.",
                Some("Veldan Productions LLC"),
                Some(2026),
            ),
            (
                "Copyright © 2026 Veldan Gazetecilik A.Ş. Tüm hakları saklıdır.",
                Some("Veldan Gazetecilik A.Ş."),
                Some(2026),
            ),
            (
                "© 2026 Veldan News Pty Ltd. All times AEDT (GMT +11).",
                Some("Veldan News Pty Ltd."),
                Some(2026),
            ),
            (
                "© 2025 Harbour d.o.o. All rights reserved.",
                Some("Harbour d.o.o."),
                Some(2025),
            ),
            (
                "Copyright The Example Times Limited 2023. All rights reserved.",
                Some("The Example Times Limited"),
                Some(2023),
            ),
            (
                "Copyright Example Publishing Company, LLC Mar 6, 2025",
                Some("Example Publishing Company, LLC"),
                Some(2025),
            ),
            (
                "Copyright Example Mills May 2025",
                Some("Example Mills May"),
                Some(2025),
            ),
            (
                "© 2016 Example News Network. A Example Company. All Rights Reserved.",
                Some("Example News Network"),
                Some(2016),
            ),
            (
                "© Example Media Group Limited 2017",
                Some("Example Media Group Limited"),
                Some(2017),
            ),
            (
                "Copyright 2025. Example Media Limited. All rights reserved.",
                Some("Example Media Limited"),
                Some(2025),
            ),
            (
                "(c) Copyright Example Wire 2017. Click For Restrictions",
                Some("Example Wire"),
                Some(2017),
            ),
            (
                "Copyright © 2015 BBC. The BBC is not responsible",
                Some("BBC"),
                Some(2015),
            ),
            ("©2023 Example L.P.", Some("Example L.P."), Some(2023)),
            (
                "© 2021 Example News Network.A Example Company.",
                Some("Example News Network"),
                Some(2021),
            ),
            (
                "Copyright 2010-2024 Daily Example",
                Some("Daily Example"),
                Some(2024),
            ),
            // A rights phrase in another language is no holder.
            ("© RIPRODUZIONE RISERVATA", None, None),
            ("© Tous droits réservés", None, None),
            (
                "© 2025 Exemple Presse. Tous droits réservés.",
                Some("Exemple Presse"),
                Some(2025),
            ),
            (
                "© Beispiel Zeitung Alle Rechte vorbehalten",
                Some("Beispiel Zeitung"),
                None,
            ),
            // What the holder belongs to is not its name.
            (
                "Copyright 2025 Example Today, part of the Example Network",
                Some("Example Today"),
                Some(2025),
            ),
            (
                "© 2025 Example Radio, a division of Example Media Corp.",
                Some("Example Radio"),
                Some(2025),
            ),
            (
                "© 2025 Partners of the Harbour Ltd",
                Some("Partners of the Harbour Ltd"),
                Some(2025),
            ),
            // A rights phrase before the marker; bullets and abbreviations.
            ("ALL RIGHTS RESERVED © Copyright VELDA", Some("VELDA"), None),
            (
                "© 2025 VELDA   • Disclaimer   • Privacy Policy",
                Some("VELDA"),
                Some(2025),
            ),
            (
                "Copyright© 2025, VPG PUBLISHING PVT LTD. or its affiliated companies. All rights reserved.",
                Some("VPG PUBLISHING PVT LTD. or its affiliated companies"),
                Some(2025),
            ),
        ] {
            let got = parse(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!((got.holder, got.year), (holder, year), "{text}");
        }
        let footer = "This material may not be redistributed. ©2025 Example Network, LLC. All rights reserved. Quotes displayed in real-time.";
        assert_eq!(
            embedded_start(footer).map(|at| &footer[at..at + "©2025".len()]),
            Some("©2025")
        );
        assert_eq!(embedded_start("The port said so. © is a sign."), None);
        let bullets = "© 2025 VELDA   • Disclaimer   • Privacy Policy";
        assert_eq!(
            links_start(bullets).map(|at| &bullets[..at]),
            Some("© 2025 VELDA  ")
        );
        assert_eq!(parse("Copyrighted material is"), None);
        assert_eq!(parse("© Rosa Diaz/Getty Images"), None);
        assert!(parse("The copyright law changed").is_none());
    }

    #[test]
    fn text_after_the_rights_line() {
        let text = "© 2026 Example Network. All Rights Reserved. Terms of use.";
        assert_eq!(rights_end(text).map(|i| &text[i..]), Some(" Terms of use."));
        assert_eq!(rights_end("Copyright X 2026. All rights reserved."), None);
        let legal = "Copyright 2026 Example Wire. All rights reserved. This material may not be redistributed.";
        assert_eq!(rights_end(legal), None);
    }
}
