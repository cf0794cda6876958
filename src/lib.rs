#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod blocks;
mod boilerplate;
mod byline;
mod chat;
mod copyright;
mod credit;
mod csv;
#[cfg(feature = "jiff")]
#[cfg_attr(docsrs, doc(cfg(feature = "jiff")))]
pub mod date;
mod dateline;
mod document;
mod dump;
mod endnotes;
mod error;
mod inline;
mod lines;
mod model;
mod scan;
#[cfg(feature = "serde")]
mod ser;
mod timestamp;

pub use error::{Error, ErrorKind};
pub use model::{
    Article, Author, Authors, Block, BlockKind, Byline, Caption, Copyright, Dateline, Field,
    Paragraphs, Span, Text,
};

#[cfg(feature = "jiff")]
#[cfg_attr(docsrs, doc(cfg(feature = "jiff")))]
pub use date::Resolved;

/// The default size limit of [`Parser`]: 64 MiB, far above any article
/// (a long feature is about 50 KB of text), so that a stray binary or a
/// whole dump passed by mistake is refused before it is read.
pub const DEFAULT_MAX_INPUT_LEN: usize = 64 * 1024 * 1024;

/// Parses the text of one article with the default options.
///
/// Fails only when the text holds no article at all (it is empty or blank)
/// or is longer than [`DEFAULT_MAX_INPUT_LEN`]; any other text gives a
/// best-effort [`Article`] whose values borrow from `text`. The text may be
/// web copy, wire copy, or a markdown, PDF or dataset conversion, with CRLF
/// line ends, a BOM, tabs, hard wraps and page breaks. It does not panic on
/// any input.
///
/// ```
/// let text = "Markets\n\nHarbour talks resume in Veldan\n\nBy Ana Lind\n\nVELDAN, May 2 (Reuters) - Talks resumed on Monday.\n";
/// let article = newswire::parse(text)?;
/// assert_eq!(article.kicker().unwrap(), "Markets");
/// assert_eq!(article.headline().unwrap(), "Harbour talks resume in Veldan");
/// assert_eq!(article.authors().next().unwrap().name(), "Ana Lind");
/// assert_eq!(article.dateline().unwrap().agency().unwrap(), "Reuters");
/// assert_eq!(article.body()[0].text(), "Talks resumed on Monday.");
/// # Ok::<(), newswire::Error>(())
/// ```
pub fn parse(text: &str) -> Result<Article<'_>, Error> {
    Parser::new().parse(text)
}

/// A parser with options; [`parse`] uses the defaults.
///
/// A `Parser` is a small `Copy` value: build it once (in a `const` if you
/// like) and share it between threads.
///
/// ```
/// use newswire::{ErrorKind, Parser};
///
/// let parser = Parser::new().with_max_input_len(1024).with_strict(true);
/// let err = parser.parse("Advertisement\n\nShare\n").unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::NoHeadline);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Parser {
    max_input_len: usize,
    strict: bool,
}

impl Default for Parser {
    fn default() -> Self {
        Parser::new()
    }
}

impl Parser {
    /// A parser with the defaults: a limit of [`DEFAULT_MAX_INPUT_LEN`]
    /// bytes, not strict.
    ///
    /// ```
    /// const PARSER: newswire::Parser = newswire::Parser::new().with_max_input_len(1 << 20);
    /// let article = PARSER.parse("Harbour talks resume as port strike enters second week\n\nTalks resumed on Monday.\n")?;
    /// assert!(article.headline().is_some());
    /// # Ok::<(), newswire::Error>(())
    /// ```
    pub const fn new() -> Self {
        Parser {
            max_input_len: DEFAULT_MAX_INPUT_LEN,
            strict: false,
        }
    }

    /// Refuses input longer than `bytes` with [`ErrorKind::TooLarge`],
    /// before reading it. The limit is at most [`u32::MAX`] bytes (4 GiB):
    /// the parser keeps line lengths, indents and unit counts in 32 bits, so
    /// a higher limit is lowered to that.
    ///
    /// ```
    /// let parser = newswire::Parser::new().with_max_input_len(16);
    /// let err = parser.parse("Harbour talks resume\n").unwrap_err();
    /// assert_eq!(err.kind(), newswire::ErrorKind::TooLarge { len: 21, limit: 16 });
    /// // No limit above 4 GiB.
    /// let most = newswire::Parser::new().with_max_input_len(u32::MAX as usize);
    /// assert_eq!(newswire::Parser::new().with_max_input_len(usize::MAX), most);
    /// ```
    pub const fn with_max_input_len(mut self, bytes: usize) -> Self {
        self.max_input_len = if bytes > u32::MAX as usize {
            u32::MAX as usize
        } else {
            bytes
        };
        self
    }

    /// In strict mode, text with no headline ([`ErrorKind::NoHeadline`]) or
    /// no body paragraph ([`ErrorKind::NoBody`]) is an error that names the
    /// line where the parser looked for it. Use it to sort out inputs that
    /// are not articles (an index page, a bare list of links).
    ///
    /// ```
    /// let strict = newswire::Parser::new().with_strict(true);
    /// let err = strict.parse("Advertisement\n\nSign up to our newsletter\n").unwrap_err();
    /// assert_eq!(err.kind(), newswire::ErrorKind::NoHeadline);
    /// ```
    pub const fn with_strict(mut self, strict: bool) -> Self {
        self.strict = strict;
        self
    }

    /// Parses the text of one article with these options; see [`parse`].
    pub fn parse<'a>(&self, text: &'a str) -> Result<Article<'a>, Error> {
        if text.len() > self.max_input_len {
            return Err(Error::whole(ErrorKind::TooLarge {
                len: text.len(),
                limit: self.max_input_len,
            }));
        }
        let Some(first) = text.find(|c: char| !lines::is_space(c)) else {
            return Err(Error::whole(ErrorKind::Empty));
        };
        let article = document::parse(text);
        if self.strict {
            if article.headline().is_none() {
                return Err(Error::at(ErrorKind::NoHeadline, text, first));
            }
            if article.body().is_empty() {
                let after = article.headline().map_or(first, |h| h.span().end);
                return Err(Error::at(ErrorKind::NoBody, text, after));
            }
        }
        Ok(article)
    }
}
