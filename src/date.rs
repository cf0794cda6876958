//! Resolving a `published` timestamp to a [`jiff`] value.
//!
//! [`Article::published`] keeps the timestamp exactly as printed
//! (`6 HOURS AGO`, `Updated 3:45 PM ET, Mon August 28, 2023`). This module
//! turns that text into a value you can sort, compare and store: an instant
//! when the text pins one down, a civil date-time when it prints no time
//! zone, a date when it prints no time.
//!
//! Relative and partial forms need to know *when* the article was seen:
//! `6 HOURS AGO` is six hours before the moment it was read, and
//! `March 18 at 3:57 PM` is in the year of that moment. That moment is the
//! `reference` you pass, usually the crawl or download time of the page.
//!
//! ```
//! use jiff::{tz::TimeZone, Timestamp};
//! use newswire::date::{resolve, Resolved};
//!
//! // When the page was fetched.
//! let fetched = "2023-08-29T12:00:00Z".parse::<Timestamp>()?.to_zoned(TimeZone::UTC);
//!
//! let r = resolve("Updated 3:45 PM ET, Mon August 28, 2023", &fetched).unwrap();
//! assert_eq!(r, Resolved::Instant("2023-08-28T19:45:00Z".parse()?));
//!
//! let r = resolve("6 HOURS AGO", &fetched).unwrap();
//! assert_eq!(r, Resolved::Instant("2023-08-29T06:00:00Z".parse()?));
//!
//! let r = resolve("April 28, 2019 at 6:01 am", &fetched).unwrap();
//! assert_eq!(r, Resolved::DateTime(jiff::civil::datetime(2019, 4, 28, 6, 1, 0, 0)));
//!
//! let r = resolve("28 August 2023", &fetched).unwrap();
//! assert_eq!(r, Resolved::Date(jiff::civil::date(2023, 8, 28)));
//!
//! assert_eq!(resolve("Markets", &fetched), None);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # What is understood
//!
//! | printed | resolves to |
//! |---|---|
//! | `28 August 2023`, `JAN. 13, 2017`, `Sept. 25, 2018`, `Wed, Nov 20 2019`, `3rd March 2020` | [`Resolved::Date`] |
//! | `08.04.2015` (day first), `04/08/2015` (month first, as US sites print it, unless the first number is over 12), `2015-04-08`, `21.dez.2018` | [`Resolved::Date`] |
//! | `April 28, 2019 at 6:01 am`, `08.04.2015 12:46`, `16 November 2017 • 2:15pm` | [`Resolved::DateTime`] |
//! | `Thu 3 Jan 2019 02.00 EST`, `Updated 3:45 PM ET, Mon August 28, 2023`, `2019-01-03T02:00:00Z`, `Updated 2010 GMT (0410 HKT) March 14, 2021` | [`Resolved::Instant`] |
//! | `6 HOURS AGO`, `an hour ago`, `1 day ago`, `5 mins ago`, `just now`, `vor 2 Stunden`, `hace 3 horas`, `před 2 hodinami` | [`Resolved::Instant`]: the reference minus the amount |
//! | `Yesterday`, `Today`, `Yesterday at 3:45 PM` | [`Resolved::Date`] / [`Resolved::DateTime`] on the reference's calendar |
//!
//! Month names may be English, French, German, Spanish or Portuguese
//! (`28 de agosto de 2023`, `3. Januar 2019`).
//!
//! Odd and partial input:
//!
//! - No year printed (`March 18 at 3:57 PM`): the year of the reference,
//!   or the year before when that date would be more than a day after the
//!   reference (an article seen on 2 January and dated `Dec 30`).
//! - A time with no date (`3:45 PM ET`): the reference's date, in the
//!   printed zone when there is one.
//! - Several timestamps joined (`Published 28 August 2023 Updated 6 HOURS
//!   AGO`): the first one is resolved.
//! - Words before the timestamp such as `Published`, `Updated`, `Last
//!   modified on`, `Date:`, `at`, `on`, `•` are skipped; any other unknown
//!   word before it gives `None`, and one after it ends it.
//! - A month and year with no day (`August 2023`), a weekday alone, a bare
//!   year, or a date that does not exist (`31 June 2023`) give `None`.
//!
//! # Time zones
//!
//! Newsrooms print abbreviations, not IANA names, so each is read as a
//! fixed UTC offset (no time zone database is needed):
//!
//! | printed | offset |
//! |---|---|
//! | `UTC`, `GMT`, `UT`, `Z`, `WET` | +00:00 |
//! | `BST`, `WEST`, `CET`, `MEZ` | +01:00 |
//! | `CEST`, `MESZ`, `EET` | +02:00 |
//! | `EEST`, `MSK` | +03:00 |
//! | `IST` (India) | +05:30 |
//! | `WIB`, `ICT` | +07:00 |
//! | `HKT`, `SGT`, `AWST`, `PHT` | +08:00 |
//! | `JST`, `KST` | +09:00 |
//! | `ACST` / `ACDT` | +09:30 / +10:30 |
//! | `AEST` / `AEDT` | +10:00 / +11:00 |
//! | `NZST` / `NZDT` | +12:00 / +13:00 |
//! | `EST` / `EDT`, `CST` / `CDT`, `MST` / `MDT`, `PST` / `PDT` (US) | −05/−04, −06/−05, −07/−06, −08/−07 |
//! | `AKST` / `AKDT`, `HST` | −09/−08, −10 |
//! | `ET`, `CT`, `MT`, `PT` | standard or daylight time by the US rule for the printed date |
//! | `+0100`, `-05:00`, `GMT+1`, `UTC+05:30` | as printed |
//!
//! `CST` and `IST` have other readings (China, Ireland, Israel); the table
//! picks the one English-language news sites use most.

use jiff::civil::{Date, DateTime, Time, Weekday};
use jiff::tz::{Offset, TimeZone};
use jiff::{Timestamp, Zoned};
use nom::branch::alt;
use nom::bytes::complete::{tag_no_case, take_while1, take_while_m_n};
use nom::character::complete::{char as chr, digit1, one_of};
use nom::combinator::{all_consuming, map_res, opt, value};
use nom::sequence::preceded;
use nom::{IResult, Parser};
use std::fmt;

use crate::model::{Article, Text};

/// A `published` timestamp resolved to a point or a day in time.
///
/// Which variant you get depends on what was printed: a time zone (or a
/// relative phrase) pins down an [`Instant`](Resolved::Instant); a date and
/// time with no zone give a wall-clock [`DateTime`](Resolved::DateTime); a
/// date alone gives a [`Date`](Resolved::Date). `Display` prints the value
/// in ISO 8601 (`2023-08-28T19:45:00Z`, `2019-04-28T06:01:00`, `2023-08-28`).
///
/// ```
/// use jiff::tz::TimeZone;
/// use newswire::date::{resolve, Resolved};
///
/// let seen = jiff::civil::date(2019, 1, 3).at(12, 0, 0, 0).to_zoned(TimeZone::UTC)?;
/// let r = resolve("Thu 3 Jan 2019 02.00 EST", &seen).unwrap();
/// assert_eq!(r.to_string(), "2019-01-03T07:00:00Z");
/// // A wall-clock value becomes an instant once you say where it was printed.
/// let r = resolve("08.04.2015 12:46", &seen).unwrap();
/// assert_eq!(r, Resolved::DateTime(jiff::civil::datetime(2015, 4, 8, 12, 46, 0, 0)));
/// let z = r.to_zoned(TimeZone::fixed(jiff::tz::offset(2)))?;
/// assert_eq!(z.timestamp().to_string(), "2015-04-08T10:46:00Z");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Resolved {
    /// A point in time: the text printed a time and a time zone
    /// (`Thu 3 Jan 2019 02.00 EST`), or was relative to the reference
    /// (`6 HOURS AGO`).
    Instant(Timestamp),
    /// A wall-clock date and time with no time zone printed
    /// (`April 28, 2019 at 6:01 am`).
    DateTime(DateTime),
    /// A day with no time printed (`28 August 2023`, `Yesterday`).
    Date(Date),
}

impl Resolved {
    /// The value as a zoned date-time in `tz`: an instant is shown in `tz`,
    /// a wall-clock date-time is taken to be in `tz`, and a date becomes the
    /// first moment of that day in `tz`. Fails only when the result is out
    /// of `jiff`'s range.
    pub fn to_zoned(self, tz: TimeZone) -> Result<Zoned, jiff::Error> {
        match self {
            Resolved::Instant(ts) => Ok(ts.to_zoned(tz)),
            Resolved::DateTime(dt) => dt.to_zoned(tz),
            Resolved::Date(d) => d.to_zoned(tz),
        }
    }
}

impl fmt::Display for Resolved {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Resolved::Instant(ts) => ts.fmt(f),
            Resolved::DateTime(dt) => dt.fmt(f),
            Resolved::Date(d) => d.fmt(f),
        }
    }
}

impl Article<'_> {
    /// The [`published`](Article::published) timestamp resolved against
    /// `reference` (when the article was seen); `None` when there is no
    /// timestamp or its text is not understood (the text is still in
    /// [`published`](Article::published)). See [`resolve`].
    ///
    /// ```
    /// use jiff::{tz::TimeZone, Timestamp};
    /// use newswire::date::Resolved;
    ///
    /// let text = "Harbour talks resume\n\nAna Lind 6 HOURS AGO\n\nTalks resumed on Monday.\n";
    /// let article = newswire::parse(text)?;
    /// assert_eq!(article.published().unwrap(), "6 HOURS AGO");
    ///
    /// let fetched = "2023-08-29T12:00:00Z".parse::<Timestamp>()?.to_zoned(TimeZone::UTC);
    /// assert_eq!(
    ///     article.published_at(&fetched),
    ///     Some(Resolved::Instant("2023-08-29T06:00:00Z".parse()?)),
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg_attr(docsrs, doc(cfg(feature = "jiff")))]
    pub fn published_at(&self, reference: &Zoned) -> Option<Resolved> {
        self.published()
            .and_then(|t| resolve(t.as_str(), reference))
    }
}

impl Text<'_> {
    /// Resolves this text as a timestamp against `reference`; see
    /// [`resolve`]. Meant for [`Article::published`] and
    /// [`Dateline::date`](crate::Dateline::date) (`Aug 28` in
    /// `ROTTERDAM, Aug 28 (Reuters) -`).
    ///
    /// ```
    /// use jiff::tz::TimeZone;
    /// use newswire::date::Resolved;
    ///
    /// let text = "Port talks resume\n\nROTTERDAM, Aug 28 (Reuters) - Talks resumed on Monday.\n";
    /// let article = newswire::parse(text)?;
    /// let date = article.dateline().unwrap().date().unwrap();
    /// assert_eq!(date, "Aug 28");
    ///
    /// let seen = jiff::civil::date(2023, 8, 29).to_zoned(TimeZone::UTC)?;
    /// assert_eq!(date.resolve_timestamp(&seen), Some(Resolved::Date(jiff::civil::date(2023, 8, 28))));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg_attr(docsrs, doc(cfg(feature = "jiff")))]
    pub fn resolve_timestamp(&self, reference: &Zoned) -> Option<Resolved> {
        resolve(self.as_str(), reference)
    }
}

/// Resolves a timestamp as printed in an article header against
/// `reference`, the moment the article was seen (its calendar and time zone
/// are used for relative and partial forms).
///
/// Returns `None` when the text is not a timestamp this module understands;
/// see the [module docs](self) for the forms, the time zones and what
/// happens on partial input.
///
/// ```
/// use jiff::tz::TimeZone;
/// use newswire::date::{resolve, Resolved};
///
/// let seen = jiff::civil::date(2024, 1, 2).at(9, 0, 0, 0).to_zoned(TimeZone::UTC)?;
/// // No year printed, and 30 December 2024 is still to come: last year.
/// assert_eq!(resolve("Dec 30", &seen), Some(Resolved::Date(jiff::civil::date(2023, 12, 30))));
/// assert_eq!(resolve("Yesterday", &seen), Some(Resolved::Date(jiff::civil::date(2024, 1, 1))));
/// assert_eq!(resolve("4 Min Read", &seen), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "jiff")))]
pub fn resolve(text: &str, reference: &Zoned) -> Option<Resolved> {
    let words = tokenize(text);
    let mut draft = Draft::default();
    let mut depth = 0usize;
    let mut i = 0;
    while i < words.len() {
        let word = &words[i];
        // The next word that is not a filler (`28 de agosto`).
        let next = words[i + 1..]
            .iter()
            .map(|w| w.tok)
            .find(|&t| t != Tok::Filler);
        let started = draft.started();
        // An aside in parentheses after the timestamp began is the same
        // moment in another zone (`2010 GMT (0410 HKT)`): skip it.
        let aside = depth > 0 || (word.open && !word.close);
        depth = (depth + usize::from(word.open)).saturating_sub(usize::from(word.close));
        if aside && started {
            i += 1;
            continue;
        }
        if !started {
            if let Some(found) = relative(&words[i..], reference) {
                return found;
            }
        }
        let go_on = match word.tok {
            Tok::Filler | Tok::Ago | Tok::Article | Tok::Unit(_) => true,
            Tok::Restart => !started,
            Tok::Unknown | Tok::AgoPrefix | Tok::Now | Tok::Glued(..) => {
                if !started {
                    return None;
                }
                false
            }
            Tok::Weekday => !draft.has_date(),
            Tok::Month(m) => draft.month.is_none() && set(&mut draft.month, m),
            Tok::Number(n) => draft.number(n, next),
            Tok::Four(n) => draft.four(n, next),
            Tok::Clock(c) => draft.time.is_none() && set(&mut draft.time, c),
            Tok::Meridiem(pm) => {
                if let Some(c) = draft.time.as_mut().filter(|c| c.meridiem.is_none()) {
                    c.meridiem = Some(pm);
                }
                true
            }
            Tok::Zone(z) => {
                if draft.zone.is_none() && (draft.time.is_some() || !word.maybe_word) {
                    draft.zone = Some(z);
                }
                true
            }
            Tok::NumDate(y, m, d) => {
                !draft.has_date() && {
                    draft.year = y;
                    draft.month = Some(m);
                    draft.day = Some(d);
                    true
                }
            }
            Tok::Iso(y, m, d, clock, zone) => {
                !draft.has_date() && draft.time.is_none() && {
                    draft.year = Some(y);
                    draft.month = Some(m);
                    draft.day = Some(d);
                    draft.time = clock;
                    draft.zone = draft.zone.or(zone);
                    true
                }
            }
            Tok::Day(shift) => !draft.has_date() && set(&mut draft.shift, shift),
        };
        if !go_on {
            break;
        }
        i += 1;
    }
    draft.finish(reference)
}

fn set<T>(slot: &mut Option<T>, value: T) -> bool {
    *slot = Some(value);
    true
}

/// A relative timestamp at the start of `words`: `6 HOURS AGO`,
/// `an hour ago`, `vor 2 Stunden`, `5m ago`, `just now`. `Some(None)` when
/// the phrase is relative but out of range.
fn relative(words: &[Word], reference: &Zoned) -> Option<Option<Resolved>> {
    let tok = |k: usize| words.get(k).map(|w| w.tok);
    if tok(0) == Some(Tok::Now) {
        return Some(Some(Resolved::Instant(reference.timestamp())));
    }
    let (prefix, at) = match tok(0)? {
        Tok::AgoPrefix => (true, 1),
        _ => (false, 0),
    };
    let (amount, unit, after) = match (tok(at)?, tok(at + 1)) {
        (Tok::Glued(n, unit), _) => (n, unit, at + 1),
        (Tok::Number(n), Some(Tok::Unit(unit))) => (n, unit, at + 2),
        (Tok::Article, Some(Tok::Unit(unit))) => (1, unit, at + 2),
        _ => return None,
    };
    if !prefix && tok(after) != Some(Tok::Ago) {
        return None;
    }
    let n = i64::from(amount);
    let span = jiff::Span::new();
    let span = match unit {
        Unit::Second => span.try_seconds(n),
        Unit::Minute => span.try_minutes(n),
        Unit::Hour => span.try_hours(n),
        Unit::Day => span.try_days(n),
        Unit::Week => span.try_weeks(n),
        Unit::Month => span.try_months(n),
        Unit::Year => span.try_years(n),
    };
    Some(
        span.and_then(|s| reference.checked_sub(s))
            .ok()
            .map(|z| Resolved::Instant(z.timestamp())),
    )
}

/// The parts of an absolute timestamp read so far.
#[derive(Debug, Default)]
struct Draft {
    year: Option<i16>,
    month: Option<i8>,
    day: Option<i8>,
    shift: Option<i8>,
    time: Option<Clock>,
    zone: Option<Zone>,
}

impl Draft {
    fn has_date(&self) -> bool {
        self.year.is_some() || self.month.is_some() || self.day.is_some() || self.shift.is_some()
    }

    fn started(&self) -> bool {
        self.has_date() || self.time.is_some()
    }

    /// A number of one to three digits: a day, an hour before `PM`.
    fn number(&mut self, n: u16, next: Option<Tok>) -> bool {
        if matches!(next, Some(Tok::Meridiem(_))) && self.time.is_none() && n <= 12 {
            self.time = Some(Clock::hour(n as i8));
            return true;
        }
        let month_near = self.month.is_some() || matches!(next, Some(Tok::Month(_)));
        if self.day.is_none() && self.shift.is_none() && month_near && (1..=31).contains(&n) {
            self.day = Some(n as i8);
            return true;
        }
        false
    }

    /// Four digits: a year, or an `HHMM` time before a zone (`2010 GMT`).
    fn four(&mut self, n: u16, next: Option<Tok>) -> bool {
        let before_zone = matches!(next, Some(Tok::Zone(_)));
        let (h, m) = (n / 100, n % 100);
        if before_zone
            && self.time.is_none()
            && (self.year.is_some() || (self.month.is_none() && self.day.is_none()))
            && h < 24
            && m < 60
        {
            self.time = Some(Clock {
                hour: h as i8,
                minute: m as i8,
                ..Clock::default()
            });
            return true;
        }
        if self.year.is_none() && self.shift.is_none() {
            self.year = Some(n as i16);
            return true;
        }
        false
    }

    fn finish(self, reference: &Zoned) -> Option<Resolved> {
        // The reference's calendar day where the timestamp was printed.
        let today = match self.zone {
            Some(zone) => zone.standard().to_datetime(reference.timestamp()).date(),
            None => reference.date(),
        };
        let date = match (self.year, self.month, self.day, self.shift) {
            (None, None, None, Some(shift)) => {
                today.checked_add(jiff::Span::new().days(shift)).ok()?
            }
            (Some(y), Some(m), Some(d), None) => Date::new(y, m, d).ok()?,
            (None, Some(m), Some(d), None) => infer_year(today, m, d)?,
            (None, None, None, None) if self.time.is_some() => today,
            _ => return None,
        };
        let Some(clock) = self.time else {
            return Some(Resolved::Date(date));
        };
        let dt = date.to_datetime(clock.to_time()?);
        match self.zone {
            None => Some(Resolved::DateTime(dt)),
            Some(zone) => zone
                .offset_at(dt)
                .to_timestamp(dt)
                .ok()
                .map(Resolved::Instant),
        }
    }
}

/// `month`/`day` in the year of `today`, or the year before when that is
/// more than a day after `today`.
fn infer_year(today: Date, month: i8, day: i8) -> Option<Date> {
    let limit = today.tomorrow().ok()?;
    match Date::new(today.year(), month, day) {
        Ok(date) if date <= limit => Some(date),
        _ => Date::new(today.year().checked_sub(1)?, month, day).ok(),
    }
}

/// A time of day as printed, before `AM`/`PM` is applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Clock {
    hour: i8,
    minute: i8,
    second: i8,
    nanos: i32,
    /// `Some(true)` for PM, `Some(false)` for AM.
    meridiem: Option<bool>,
}

impl Clock {
    fn hour(hour: i8) -> Clock {
        Clock {
            hour,
            ..Clock::default()
        }
    }

    fn to_time(self) -> Option<Time> {
        let hour = match self.meridiem {
            None => self.hour,
            Some(_) if !(1..=12).contains(&self.hour) => return None,
            Some(pm) => self.hour % 12 + if pm { 12 } else { 0 },
        };
        Time::new(hour, self.minute, self.second, self.nanos).ok()
    }
}

/// A printed time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Zone {
    /// A fixed offset in seconds.
    Fixed(i32),
    /// A US zone printed without saying standard or daylight time (`ET`),
    /// with its standard offset in hours.
    Us(i8),
}

impl Zone {
    fn standard(self) -> Offset {
        match self {
            Zone::Fixed(secs) => Offset::from_seconds(secs).unwrap_or(Offset::UTC),
            Zone::Us(hours) => Offset::constant(hours),
        }
    }

    fn offset_at(self, local: DateTime) -> Offset {
        match self {
            Zone::Us(hours) if us_daylight_time(local) => Offset::constant(hours + 1),
            zone => zone.standard(),
        }
    }
}

/// True when `local` falls in US daylight saving time: from the second
/// Sunday of March to the first Sunday of November at 02:00 since 2007,
/// from the first Sunday of April to the last Sunday of October before.
fn us_daylight_time(local: DateTime) -> bool {
    let year = local.year();
    let sunday = |month: i8, nth: i8| {
        Date::new(year, month, 1)
            .and_then(|d| d.nth_weekday_of_month(nth, Weekday::Sunday))
            .map(|d| d.at(2, 0, 0, 0))
    };
    let window = if year >= 2007 {
        (sunday(3, 2), sunday(11, 1))
    } else {
        (sunday(4, 1), sunday(10, -1))
    };
    match window {
        (Ok(start), Ok(end)) => start <= local && local < end,
        _ => false,
    }
}

/// What one word of the text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    /// 1 to 3 digits, or an ordinal (`3rd`), or `3.`.
    Number(u16),
    /// 4 digits.
    Four(u16),
    Month(i8),
    Weekday,
    Clock(Clock),
    Meridiem(bool),
    Zone(Zone),
    /// A numeric date: year (if printed), month, day.
    NumDate(Option<i16>, i8, i8),
    /// An ISO 8601 date, with its time and offset if printed.
    Iso(i16, i8, i8, Option<Clock>, Option<Zone>),
    Unit(Unit),
    /// A number glued to its unit: `5h`, `30mins`.
    Glued(u16, Unit),
    Ago,
    AgoPrefix,
    /// `a`, `an` (`an hour ago`).
    Article,
    /// `Today` (0), `Yesterday` (-1).
    Day(i8),
    Now,
    /// `Updated`, `Published`, `Last modified`: starts another timestamp.
    Restart,
    Filler,
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}

#[derive(Debug)]
struct Word {
    tok: Tok,
    /// The word opens a parenthesis.
    open: bool,
    /// The word closes a parenthesis.
    close: bool,
    /// The zone abbreviation is also a common word (`et`).
    maybe_word: bool,
}

fn tokenize(text: &str) -> Vec<Word> {
    let mut words = Vec::new();
    for raw in text.split_whitespace().take(64) {
        let open = raw.starts_with(['(', '[']);
        let close = raw.ends_with([')', ']']) || raw.ends_with("),");
        let word = raw
            .trim_start_matches(['(', '[', '*', '_', '"', '“'])
            .trim_end_matches([',', ')', ']', ';', ':', '*', '_', '"', '”']);
        let word_of = |tok| Word {
            tok,
            open,
            close,
            maybe_word: word == "et",
        };
        match date_dash_clock(word) {
            Some((date, clock)) => words.extend([word_of(date), word_of(clock)]),
            None => words.push(word_of(classify(word))),
        }
    }
    words
}

/// A numeric date joined to its time by a hyphen (`2025/06/03-17:42`), as
/// its two tokens.
fn date_dash_clock(word: &str) -> Option<(Tok, Tok)> {
    let (_, (date, _, clock)) = all_consuming((numeric_date, chr('-'), clock_tok))
        .parse(word)
        .ok()?;
    Some((date, clock))
}

fn classify(word: &str) -> Tok {
    if word.is_empty() {
        return Tok::Filler;
    }
    let whole = |p: fn(&str) -> IResult<&str, Tok>| all_consuming(p).parse(word).ok().map(|r| r.1);
    if let Some(tok) = whole(iso)
        .or_else(|| whole(clock_tok))
        .or_else(|| whole(numeric_date))
        .or_else(|| whole(offset_zone))
    {
        return tok;
    }
    if let Ok((_, pm)) = all_consuming(meridiem).parse(word) {
        return Tok::Meridiem(pm);
    }
    let bare = word.trim_end_matches('.');
    if let Some(tok) = all_consuming(number).parse(word).ok().map(|r| r.1) {
        return tok;
    }
    if let Ok((_, n)) = all_consuming(digits(4, 4)).parse(bare) {
        return Tok::Four(n);
    }
    if let Ok((_, tok)) = all_consuming(glued).parse(bare) {
        return tok;
    }
    let lower = bare.to_lowercase();
    let lower = lower.as_str();
    if AGO.contains(&lower) {
        return Tok::Ago;
    }
    if let Some(m) = month(lower) {
        return Tok::Month(m);
    }
    if crate::timestamp::WEEKDAYS.contains(&lower) {
        return Tok::Weekday;
    }
    if let Some(z) = zone(lower) {
        return Tok::Zone(z);
    }
    if let Some(u) = unit(lower) {
        return Tok::Unit(u);
    }
    if let Some(&(_, shift)) = DAYS.iter().find(|(w, _)| *w == lower) {
        return Tok::Day(shift);
    }
    match lower {
        "a" | "an" => Tok::Article,
        "now" => Tok::Now,
        "před" | "vor" | "hace" | "há" => Tok::AgoPrefix,
        _ if RESTARTS.contains(&lower) => Tok::Restart,
        _ if FILLERS.contains(&lower) => Tok::Filler,
        _ => Tok::Unknown,
    }
}

type Res<'a, T> = IResult<&'a str, T>;

/// `min` to `max` ASCII digits as a number.
fn digits(min: usize, max: usize) -> impl FnMut(&str) -> Res<'_, u16> {
    move |i| {
        map_res(
            take_while_m_n(min, max, |c: char| c.is_ascii_digit()),
            str::parse,
        )
        .parse(i)
    }
}

/// `am`, `pm`, `a.m.`, `P.M.`: `true` for PM.
fn meridiem(i: &str) -> Res<'_, bool> {
    let (i, pm) = alt((value(false, one_of("aA")), value(true, one_of("pP")))).parse(i)?;
    let (i, _) = (opt(chr('.')), one_of("mM"), opt(chr('.'))).parse(i)?;
    Ok((i, pm))
}

/// `3:45`, `02.00`, `12h55`, `23:59:59.5`, `2:15pm`, `3pm`.
fn clock(i: &str) -> Res<'_, Clock> {
    let (i, hour) = digits(1, 2).parse(i)?;
    let (i, minute) = opt(preceded(one_of(":.h"), digits(2, 2))).parse(i)?;
    let (i, second) = match minute {
        Some(_) => opt(preceded(chr(':'), digits(2, 2))).parse(i)?,
        None => (i, None),
    };
    let (i, frac) = match second {
        Some(_) => opt(preceded(one_of(".,"), digit1)).parse(i)?,
        None => (i, None),
    };
    let (i, merid) = opt(meridiem).parse(i)?;
    if minute.is_none() && merid.is_none() {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    let nanos = frac.map_or(0, |f: &str| {
        f.bytes()
            .chain(std::iter::repeat(b'0'))
            .take(9)
            .fold(0i32, |n, b| n * 10 + i32::from(b - b'0'))
    });
    Ok((
        i,
        Clock {
            hour: hour as i8,
            minute: minute.unwrap_or(0) as i8,
            second: second.unwrap_or(0) as i8,
            nanos,
            meridiem: merid,
        },
    ))
}

fn clock_tok(i: &str) -> Res<'_, Tok> {
    clock.map(Tok::Clock).parse(i)
}

/// `3`, `28`, `3.` (German), `1st`, `22nd`, `3rd`, `4th`, `120`.
fn number(i: &str) -> Res<'_, Tok> {
    let (i, n) = digits(1, 3).parse(i)?;
    let (i, _) = opt(alt((
        tag_no_case("st"),
        tag_no_case("nd"),
        tag_no_case("rd"),
        tag_no_case("th"),
        tag_no_case("."),
    )))
    .parse(i)?;
    Ok((i, Tok::Number(n)))
}

/// `5h`, `30m`, `2d`, `10mins`, `3hrs`: a relative amount and unit in one word.
fn glued(i: &str) -> Res<'_, Tok> {
    let (rest, n) = digits(1, 4).parse(i)?;
    let (rest, word) = take_while1(|c: char| c.is_ascii_alphabetic()).parse(rest)?;
    let word = word.to_ascii_lowercase();
    let unit = match word.as_str() {
        "s" => Some(Unit::Second),
        "m" => Some(Unit::Minute),
        "h" => Some(Unit::Hour),
        "d" => Some(Unit::Day),
        "w" => Some(Unit::Week),
        "y" => Some(Unit::Year),
        other => unit(other),
    };
    match unit {
        Some(unit) => Ok((rest, Tok::Glued(n, unit))),
        None => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        ))),
    }
}

/// `+0100`, `-05:00`, `GMT+1`, `UTC+05:30`, `GMT-5`.
fn offset_zone(i: &str) -> Res<'_, Tok> {
    let (i, prefix) = opt(alt((tag_no_case("gmt"), tag_no_case("utc")))).parse(i)?;
    let (i, sign) = one_of("+-").parse(i)?;
    let (i, (hours, minutes)) = if prefix.is_some() {
        (digits(1, 2), opt(preceded(opt(chr(':')), digits(2, 2)))).parse(i)?
    } else {
        let (i, (h, _, m)) = (digits(2, 2), opt(chr(':')), digits(2, 2)).parse(i)?;
        (i, (h, Some(m)))
    };
    let secs = i32::from(hours) * 3600 + i32::from(minutes.unwrap_or(0)) * 60;
    let secs = if sign == '-' { -secs } else { secs };
    if hours > 18 || minutes.unwrap_or(0) >= 60 {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((i, Tok::Zone(Zone::Fixed(secs))))
}

/// `2019-01-03`, `2019-01-03T02:00:00Z`, `2019-01-03T02:00+01:00`.
fn iso(i: &str) -> Res<'_, Tok> {
    let (i, (y, _, m, _, d)) =
        (digits(4, 4), chr('-'), digits(2, 2), chr('-'), digits(2, 2)).parse(i)?;
    let (i, time) = opt(preceded(
        one_of("Tt"),
        (
            clock,
            opt(alt((
                value(Zone::Fixed(0), one_of("Zz")),
                offset_zone.map(|t| match t {
                    Tok::Zone(z) => z,
                    _ => Zone::Fixed(0),
                }),
            ))),
        ),
    ))
    .parse(i)?;
    let (clock, zone) = time.map_or((None, None), |(c, z)| (Some(c), z));
    Ok((i, Tok::Iso(y as i16, m as i8, d as i8, clock, zone)))
}

/// `08.04.2015` (day first), `04/08/2015` (month first unless the first
/// number is over 12), `2015/04/08`, `08-04-2015`, `21.dez.2018`, `3.1.`.
fn numeric_date(i: &str) -> Res<'_, Tok> {
    let part = || take_while1(|c: char| c.is_alphanumeric());
    let (i, a) = part().parse(i)?;
    let (i, sep) = one_of("./-").parse(i)?;
    let (i, b) = part().parse(i)?;
    let (i, _) = chr(sep).parse(i)?;
    let (i, c) = opt(part()).parse(i)?;
    let fail = || nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify));
    let num = |s: &str| -> Option<u16> { all_consuming(digits(1, 4)).parse(s).ok().map(|r| r.1) };
    let year = |s: &str| -> Option<i16> {
        let n = num(s)?;
        Some(match s.len() {
            2 => 2000 + n as i16,
            4 => n as i16,
            _ => return None,
        })
    };
    let month_of = |s: &str| num(s).or_else(|| month(&s.to_lowercase()).map(|m| m as u16));
    let (y, m, d) = match (num(a), c) {
        // 2015/04/08, 2015.04.08
        (Some(_), Some(c)) if a.len() == 4 => (Some(year(a).ok_or_else(fail)?), num(b), num(c)),
        (Some(first), c) => {
            let y = match c {
                Some(c) => Some(year(c).ok_or_else(fail)?),
                None => None,
            };
            let second = month_of(b).ok_or_else(fail)?;
            let month_first = sep == '/' && first <= 12 && num(b).is_some();
            if month_first {
                (y, Some(first), Some(second))
            } else {
                (y, Some(second), Some(first))
            }
        }
        (None, _) => return Err(fail()),
    };
    match (m, d) {
        (Some(m), Some(d)) if (1..=12).contains(&m) && (1..=31).contains(&d) => {
            Ok((i, Tok::NumDate(y, m as i8, d as i8)))
        }
        _ => Err(fail()),
    }
}

fn month(word: &str) -> Option<i8> {
    MONTHS
        .iter()
        .find(|(_, names)| names.contains(&word))
        .map(|&(m, _)| m)
}

fn zone(word: &str) -> Option<Zone> {
    let h = |hours: i32| Some(Zone::Fixed(hours * 3600));
    match word {
        "utc" | "gmt" | "ut" | "z" | "wet" => h(0),
        "bst" | "west" | "cet" | "mez" => h(1),
        "cest" | "mesz" | "eet" => h(2),
        "eest" | "msk" => h(3),
        "ist" => Some(Zone::Fixed(5 * 3600 + 1800)),
        "wib" | "ict" => h(7),
        "hkt" | "sgt" | "awst" | "pht" => h(8),
        "jst" | "kst" => h(9),
        "acst" => Some(Zone::Fixed(9 * 3600 + 1800)),
        "acdt" => Some(Zone::Fixed(10 * 3600 + 1800)),
        "aest" => h(10),
        "aedt" => h(11),
        "nzst" => h(12),
        "nzdt" => h(13),
        "edt" => h(-4),
        "est" | "cdt" => h(-5),
        "cst" | "mdt" => h(-6),
        "mst" | "pdt" => h(-7),
        "pst" | "akdt" => h(-8),
        "akst" => h(-9),
        "hst" => h(-10),
        "et" => Some(Zone::Us(-5)),
        "ct" => Some(Zone::Us(-6)),
        "mt" => Some(Zone::Us(-7)),
        "pt" => Some(Zone::Us(-8)),
        _ => None,
    }
}

fn unit(word: &str) -> Option<Unit> {
    Some(match word {
        "second" | "seconds" | "sec" | "secs" | "sekunden" | "segundos" => Unit::Second,
        "minute" | "minutes" | "min" | "mins" | "minuten" | "minutos" | "minutami" | "minutou" => {
            Unit::Minute
        }
        "hour" | "hours" | "hr" | "hrs" | "stunde" | "stunden" | "hora" | "horas" | "heure"
        | "heures" | "hodinou" | "hodinami" => Unit::Hour,
        "day" | "days" | "tag" | "tagen" | "día" | "días" | "dia" | "dias" | "jour" | "jours"
        | "dnem" | "dny" => Unit::Day,
        "week" | "weeks" | "woche" | "wochen" | "semana" | "semanas" => Unit::Week,
        "month" | "months" | "monat" | "monaten" | "mes" | "meses" => Unit::Month,
        "year" | "years" | "jahr" | "jahren" | "año" | "años" | "ano" | "anos" => Unit::Year,
        _ => return None,
    })
}

const MONTHS: &[(i8, &[&str])] = &[
    (
        1,
        &[
            "january", "jan", "janvier", "janv", "januar", "enero", "ene", "janeiro", "januari",
            "gennaio", "gen", "ianuarie", "ian", "ocak", "stycznia", "ledna",
        ],
    ),
    (
        2,
        &[
            "february",
            "feb",
            "février",
            "fevrier",
            "févr",
            "fevr",
            "februar",
            "febrero",
            "fevereiro",
            "fev",
            "februari",
            "febbraio",
            "februarie",
            "şubat",
            "lutego",
            "února",
        ],
    ),
    (
        3,
        &[
            "march", "mar", "mars", "märz", "mär", "marzo", "março", "maart", "marts", "martie",
            "mart", "marca", "maret", "mac", "března",
        ],
    ),
    (
        4,
        &[
            "april", "apr", "avril", "avr", "abril", "abr", "aprile", "aprilie", "nisan",
            "kwietnia", "dubna",
        ],
    ),
    (
        5,
        &[
            "may", "mai", "mayo", "maio", "mei", "maggio", "mag", "maj", "mayıs", "maja", "května",
        ],
    ),
    (
        6,
        &[
            "june", "jun", "juin", "juni", "junio", "junho", "giugno", "giu", "iunie", "haziran",
            "czerwca", "června",
        ],
    ),
    (
        7,
        &[
            "july",
            "jul",
            "juillet",
            "juil",
            "juli",
            "julio",
            "julho",
            "luglio",
            "lug",
            "iulie",
            "temmuz",
            "lipca",
            "července",
        ],
    ),
    (
        8,
        &[
            "august", "aug", "août", "aout", "agosto", "ago", "augustus", "augusti", "ağustos",
            "sierpnia", "agustus", "ogos", "srpna",
        ],
    ),
    (
        9,
        &[
            "september",
            "sep",
            "sept",
            "septembre",
            "septiembre",
            "setiembre",
            "setembro",
            "set",
            "settembre",
            "septembrie",
            "eylül",
            "września",
            "září",
        ],
    ),
    (
        10,
        &[
            "october",
            "oct",
            "octobre",
            "oktober",
            "okt",
            "octubre",
            "outubro",
            "out",
            "ottobre",
            "ott",
            "octombrie",
            "ekim",
            "października",
            "října",
        ],
    ),
    (
        11,
        &[
            "november",
            "nov",
            "novembre",
            "noviembre",
            "novembro",
            "noiembrie",
            "kasım",
            "listopada",
            "listopadu",
        ],
    ),
    (
        12,
        &[
            "december",
            "dec",
            "décembre",
            "decembre",
            "déc",
            "dezember",
            "dez",
            "diciembre",
            "dic",
            "dezembro",
            "dicembre",
            "desember",
            "decembrie",
            "aralık",
            "grudnia",
            "disember",
            "prosince",
        ],
    ),
];

const AGO: &[&str] = &["ago"];

const DAYS: &[(&str, i8)] = &[
    ("today", 0),
    ("aujourd'hui", 0),
    ("heute", 0),
    ("hoy", 0),
    ("hoje", 0),
    ("dnes", 0),
    ("yesterday", -1),
    ("hier", -1),
    ("gestern", -1),
    ("ayer", -1),
    ("ontem", -1),
    ("včera", -1),
];

/// Words that open a timestamp; after one has begun, they start the next.
const RESTARTS: &[&str] = &[
    "published",
    "updated",
    "update",
    "modified",
    "posted",
    "edited",
    "reviewed",
    "created",
    "last",
    "first",
    "veröffentlicht",
    "aktualisiert",
    "publié",
    "publicado",
    "atualizado",
    "actualizado",
    "mis",
];

/// Words printed around a timestamp that carry no date.
const FILLERS: &[&str] = &[
    "on", "at", "the", "of", "date", "online", "à", "jour", "le", "la", "de", "del", "um", "am",
    "den", "às", "o'clock", "uhr", "just", "|", "•", "·", "-", "–", "—", "/", "et", "y", "il",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn reference() -> Zoned {
        jiff::civil::date(2023, 8, 29)
            .at(12, 0, 0, 0)
            .to_zoned(TimeZone::UTC)
            .unwrap()
    }

    fn show(r: Option<Resolved>) -> String {
        match r {
            None => "none".into(),
            Some(Resolved::Instant(t)) => format!("instant {t}"),
            Some(Resolved::DateTime(dt)) => format!("datetime {dt}"),
            Some(Resolved::Date(d)) => format!("date {d}"),
        }
    }

    #[test]
    fn resolve_table() {
        let reference = reference();
        for (text, expected) in [
            // Absolute dates.
            ("28 August 2023", "date 2023-08-28"),
            ("JAN. 13, 2017", "date 2017-01-13"),
            ("Sept. 25, 2018", "date 2018-09-25"),
            ("Published Thursday 27 July 2017", "date 2017-07-27"),
            ("3rd March 2020", "date 2020-03-03"),
            ("Wed, Nov 20 2019", "date 2019-11-20"),
            ("28 de agosto de 2023", "date 2023-08-28"),
            ("am 3. Januar 2019", "date 2019-01-03"),
            ("Date: 2015-04-08", "date 2015-04-08"),
            ("08.04.2015", "date 2015-04-08"),
            ("04/08/2015", "date 2015-04-08"),
            ("25/12/2015", "date 2015-12-25"),
            ("2015/12/25", "date 2015-12-25"),
            ("Aug 28", "date 2023-08-28"),
            ("Aug 30", "date 2023-08-30"),
            ("Sep 3", "date 2022-09-03"),
            // Wall-clock date-times.
            ("March 18 at 3:57 PM", "datetime 2023-03-18T15:57:00"),
            ("April 28, 2019 at 6:01 am", "datetime 2019-04-28T06:01:00"),
            ("08.04.2015 12:46", "datetime 2015-04-08T12:46:00"),
            ("16 November 2017 • 2:15pm", "datetime 2017-11-16T14:15:00"),
            (
                "posted on April 21, 2015, at 11:29 a.m.",
                "datetime 2015-04-21T11:29:00",
            ),
            ("21.dez.2018 às 12h55", "datetime 2018-12-21T12:55:00"),
            ("12:30 AM, 1 May 2020", "datetime 2020-05-01T00:30:00"),
            ("12 PM 1 May 2020", "datetime 2020-05-01T12:00:00"),
            ("2019-01-03 02:00", "datetime 2019-01-03T02:00:00"),
            ("2025/06/03-17:42", "datetime 2025-06-03T17:42:00"),
            ("30 noiembrie 2026, 10:15", "datetime 2026-11-30T10:15:00"),
            ("Kasım 30, 2026 10:41", "datetime 2026-11-30T10:41:00"),
            ("30 listopada 2026, 08:15", "datetime 2026-11-30T08:15:00"),
            ("4 maart 2025", "date 2025-03-04"),
            // Instants.
            (
                "Updated 3:45 PM ET, Mon August 28, 2023",
                "instant 2023-08-28T19:45:00Z",
            ),
            (
                "Updated 3:45 PM ET, Mon January 9, 2023",
                "instant 2023-01-09T20:45:00Z",
            ),
            ("Thu 3 Jan 2019 02.00 EST", "instant 2019-01-03T07:00:00Z"),
            ("2019-01-03T02:00:00Z", "instant 2019-01-03T02:00:00Z"),
            (
                "2019-01-03T02:00:00.250+01:00",
                "instant 2019-01-03T01:00:00.25Z",
            ),
            (
                "Updated 2010 GMT (0410 HKT) March 14, 2021",
                "instant 2021-03-14T20:10:00Z",
            ),
            ("Aug 28 2023 10:00 BST", "instant 2023-08-28T09:00:00Z"),
            ("28.08.2023 10:00 CEST", "instant 2023-08-28T08:00:00Z"),
            ("28 Aug 2023 10:00 HKT", "instant 2023-08-28T02:00:00Z"),
            ("28 Aug 2023 10:00 PT", "instant 2023-08-28T17:00:00Z"),
            ("28 Aug 2023 10:00 IST", "instant 2023-08-28T04:30:00Z"),
            ("28 Aug 2023 10:00 GMT+2", "instant 2023-08-28T08:00:00Z"),
            ("28 Aug 2023 10:00 (+0530)", "instant 2023-08-28T04:30:00Z"),
            ("3:45 PM ET", "instant 2023-08-29T19:45:00Z"),
            // Several timestamps joined: the first.
            (
                "Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST",
                "instant 2019-01-03T07:00:00Z",
            ),
            (
                "Published Wed, Nov 20 2019 4:29 AM EST Updated an hour ago",
                "instant 2019-11-20T09:29:00Z",
            ),
            (
                "Published 28 August 2023 Updated 6 HOURS AGO",
                "date 2023-08-28",
            ),
            // Relative.
            ("6 HOURS AGO", "instant 2023-08-29T06:00:00Z"),
            ("an hour ago", "instant 2023-08-29T11:00:00Z"),
            ("Updated an hour ago", "instant 2023-08-29T11:00:00Z"),
            ("1 day ago", "instant 2023-08-28T12:00:00Z"),
            ("Published 2 weeks ago", "instant 2023-08-15T12:00:00Z"),
            ("5 mins ago", "instant 2023-08-29T11:55:00Z"),
            ("5m ago", "instant 2023-08-29T11:55:00Z"),
            ("just now", "instant 2023-08-29T12:00:00Z"),
            ("vor 2 Stunden", "instant 2023-08-29T10:00:00Z"),
            ("hace 3 horas", "instant 2023-08-29T09:00:00Z"),
            ("před 2 hodinami", "instant 2023-08-29T10:00:00Z"),
            ("Yesterday", "date 2023-08-28"),
            ("Today", "date 2023-08-29"),
            ("Yesterday at 3:45 PM", "datetime 2023-08-28T15:45:00"),
            // Not timestamps, or not enough of one.
            ("", "none"),
            ("Markets", "none"),
            ("4 Min Read", "none"),
            ("2015", "none"),
            ("May", "none"),
            ("August 2023", "none"),
            ("Monday", "none"),
            ("31 June 2023", "none"),
            ("25:61", "none"),
            ("13:00 PM 1 May 2020", "none"),
            ("The talks resumed on March 1.", "none"),
            ("6 HOURS", "none"),
            ("ago", "none"),
        ] {
            assert_eq!(show(resolve(text, &reference)), expected, "{text:?}");
        }
    }

    #[test]
    fn the_reference_zone_sets_the_calendar() {
        // 01:00 on 29 August in Hong Kong is still 28 August in UTC.
        let reference = jiff::civil::date(2023, 8, 29)
            .at(1, 0, 0, 0)
            .to_zoned(TimeZone::fixed(jiff::tz::offset(8)))
            .unwrap();
        assert_eq!(show(resolve("Yesterday", &reference)), "date 2023-08-28");
        assert_eq!(
            show(resolve("1 day ago", &reference)),
            "instant 2023-08-27T17:00:00Z"
        );
    }

    #[test]
    fn us_daylight_time_edges() {
        let at = |y, m, d, h| jiff::civil::date(y, m, d).at(h, 0, 0, 0);
        assert!(!us_daylight_time(at(2023, 3, 12, 1)));
        assert!(us_daylight_time(at(2023, 3, 12, 2)));
        assert!(us_daylight_time(at(2023, 11, 5, 1)));
        assert!(!us_daylight_time(at(2023, 11, 5, 2)));
        assert!(us_daylight_time(at(2005, 10, 29, 12)));
        assert!(!us_daylight_time(at(2005, 10, 30, 12)));
    }

    #[test]
    fn no_panic_on_odd_input() {
        let reference = reference();
        for text in [
            "999999 days ago",
            "9999 years ago",
            "00.00.0000",
            "99:99",
            "0 AM",
            "((((",
            ")))) 3:45 PM",
            "+99:99",
            "GMT+99",
            "2019-13-45T25:61:00Z",
            "29 February 2023",
            "29 Feb",
            "Feb 29 2024 12:00 ET",
        ] {
            let _ = resolve(text, &reference);
        }
        assert_eq!(
            show(resolve("Feb 29 2024 12:00 ET", &reference)),
            "instant 2024-02-29T17:00:00Z"
        );
    }
}
