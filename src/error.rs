//! The crate's error type: [`Error`] (what and where) and [`ErrorKind`]
//! (what).

use std::fmt;

/// What went wrong, without the position.
///
/// [`parse`](crate::parse) fails only on [`Empty`](ErrorKind::Empty) and
/// [`TooLarge`](ErrorKind::TooLarge); any other text gives a best-effort
/// [`Article`](crate::Article). [`NoHeadline`](ErrorKind::NoHeadline) and
/// [`NoBody`](ErrorKind::NoBody) come only from a strict
/// [`Parser`](crate::Parser). New kinds may be added in a minor release, so
/// a `match` needs a `_` arm.
///
/// ```
/// use newswire::{ErrorKind, Parser};
///
/// let kind = |text: &str| Parser::new().with_strict(true).parse(text).unwrap_err().kind();
/// assert_eq!(kind("\n  \n"), ErrorKind::Empty);
/// assert_eq!(kind("Advertisement\n\nShare\n"), ErrorKind::NoHeadline);
/// assert_eq!(kind("Harbour talks resume as port strike enters second week\n"), ErrorKind::NoBody);
/// let big = Parser::new().with_max_input_len(8).parse("Harbour talks resume\n").unwrap_err();
/// assert_eq!(big.kind(), ErrorKind::TooLarge { len: 21, limit: 8 });
/// assert_eq!(big.kind().to_string(), "the input is 21 bytes, over the limit of 8 bytes");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is empty or holds only white space: there is no article.
    #[error("the input holds no article (it is empty or blank)")]
    Empty,
    /// The input is longer than the parser's size limit
    /// ([`Parser::with_max_input_len`](crate::Parser::with_max_input_len)).
    #[error("the input is {len} bytes, over the limit of {limit} bytes")]
    TooLarge {
        /// The length of the input in bytes.
        len: usize,
        /// The configured limit in bytes.
        limit: usize,
    },
    /// Strict mode: no headline was found.
    #[error("no headline found (strict mode)")]
    NoHeadline,
    /// Strict mode: no body paragraph was found.
    #[error("no body found (strict mode)")]
    NoBody,
}

/// An error from [`parse`](crate::parse) or [`Parser::parse`](crate::Parser::parse).
///
/// It owns its data (no borrow of the input, so it can outlive the text and
/// cross threads) and knows the byte offset of the input where it applies,
/// plus the 1-based line and column (in characters) of that offset.
/// `Display` gives the kind and the position.
///
/// ```
/// let err = newswire::parse("  \n\n \t\n").unwrap_err();
/// assert_eq!(err.kind(), newswire::ErrorKind::Empty);
/// assert_eq!(err.line(), 1);
/// assert_eq!(
///     err.to_string(),
///     "the input holds no article (it is empty or blank) at line 1, column 1 (byte 0)"
/// );
///
/// // A strict parser says where it looked for the body: after the headline.
/// let strict = newswire::Parser::new().with_strict(true);
/// let err = strict.parse("\nHarbour talks resume as port strike enters second week\n").unwrap_err();
/// assert_eq!(err.kind(), newswire::ErrorKind::NoBody);
/// assert_eq!((err.offset(), err.line(), err.column()), (55, 2, 55));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    offset: usize,
    line: usize,
    column: usize,
}

impl Error {
    /// Builds an error at `offset`, computing its line and column in `input`.
    pub(crate) fn at(kind: ErrorKind, input: &str, offset: usize) -> Self {
        let offset = floor_char_boundary(input, offset.min(input.len()));
        let before = &input[..offset];
        let line = memchr::memchr_iter(b'\n', before.as_bytes()).count() + 1;
        let line_start = memchr::memrchr(b'\n', before.as_bytes()).map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Error {
            kind,
            offset,
            line,
            column,
        }
    }

    /// Builds an error that applies to the whole input (offset 0), without
    /// reading it (used for the size limit, before the text is looked at).
    pub(crate) fn whole(kind: ErrorKind) -> Self {
        Error {
            kind,
            offset: 0,
            line: 1,
            column: 1,
        }
    }

    /// What went wrong.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The byte offset in the input where the error applies (0 for errors
    /// about the whole input, [`Empty`](ErrorKind::Empty) and
    /// [`TooLarge`](ErrorKind::TooLarge)).
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// The 1-based line number of [`offset`](Self::offset).
    pub fn line(&self) -> usize {
        self.line
    }

    /// The 1-based column, in characters, of [`offset`](Self::offset).
    pub fn column(&self) -> usize {
        self.column
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {}, column {} (byte {})",
            self.kind, self.line, self.column, self.offset
        )
    }
}

impl std::error::Error for Error {}

/// The largest char boundary of `s` that is at most `i`.
pub(crate) fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let input = "first\nsécond line";
        let err = Error::at(ErrorKind::NoBody, input, 6 + "séc".len());
        assert_eq!((err.line(), err.column()), (2, 4));
        assert_eq!(
            err.to_string(),
            "no body found (strict mode) at line 2, column 4 (byte 10)"
        );
    }

    #[test]
    fn offsets_inside_a_character_are_moved_back() {
        let err = Error::at(ErrorKind::Empty, "é", 1);
        assert_eq!(err.offset(), 0);
    }
}
