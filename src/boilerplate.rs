//! Site chrome: the sharing, sign-up, advertising, listen, read-more,
//! related-article and print-footer lines that scraped and converted pages
//! carry. A line is chrome when it *is* one of these labels (not when it
//! merely mentions one), so body prose is never taken for chrome.

use memchr::{memchr, memchr2_iter, memchr_iter};

use crate::inline;
use crate::lines::{trim_by, trim_start_by};
use crate::scan::{
    ends_with_ci, more_words_than, phrase, starts_with_ci, word_count, Holds, PhraseIndex,
    SuffixIndex, WordList,
};

/// [`LABELS`] indexed for a quick miss.
static LABEL_LIST: WordList = WordList::new(LABELS);

/// [`RELATED_LABELS`] indexed: each is chrome on its own line too.
static RELATED_LIST: WordList = WordList::new(RELATED_LABELS);

/// [`OPENINGS`] grouped by first byte.
static OPENING_INDEX: PhraseIndex<{ OPENINGS.len() }> = PhraseIndex::new(OPENINGS);

/// Whole-line labels, compared without case and without a trailing colon.
const LABELS: &[&str] = &[
    "follow",
    "threads",
    "bluesky",
    "share",
    "republish",
    "close extra sharing options",
    "listen to this article",
    "save",
    "tweet",
    "email",
    "e-mail",
    "more",
    "print",
    "comments",
    "comment",
    "advertisement",
    "advertising",
    "ad",
    "sponsored",
    "sponsored content",
    "supported by",
    "continue reading the main story",
    "continue reading",
    "read more",
    "read now",
    "read next",
    "read also",
    "recommended",
    "related",
    "keep reading",
    "related articles",
    "related coverage",
    "related content",
    "related stories",
    "related topics",
    "most read",
    "most popular",
    "most viewed",
    "listen",
    "listen to this article",
    "subscribe",
    "sign up",
    "sign in",
    "log in",
    "login",
    "register",
    "follow us",
    "share this article",
    "share this story",
    "share this",
    "share this page",
    "share on facebook",
    "share on twitter",
    "share on linkedin",
    "share on reddit",
    "share on whatsapp",
    "share via email",
    "share via e-mail",
    "image",
    "video",
    "photo",
    "gallery",
    "close",
    "menu",
    "search",
    "home",
    "skip to main content",
    "skip to content",
    "copy link",
    "submit",
    "view photo",
    "view photos",
    "view comments",
    "show comments",
    "hide comments",
    "just watched",
    "must watch",
    "top post",
    "bookmark it",
    "bookmark",
    "reuse content",
    "more about",
    "click here",
    "facebook",
    "twitter",
    "linkedin",
    // A telex's start and end of message.
    "zczc",
    "nnnn",
    // A script's printout of an empty field.
    "null",
    "undefined",
    "whatsapp",
    "telegram",
    // Messaging apps' share buttons in Japan, Korea and China.
    "line",
    "kakaotalk",
    "wechat",
    "weibo",
    "reddit",
    "pinterest",
    "messenger",
    "flipboard",
    "copy",
    "link",
    "embed",
    "reprints",
    "order reprints",
    "reader comments",
    "share this story",
    "replay",
    "play video",
    "watch",
    "next",
    "previous",
    "topics",
    "tags",
    "newsletter",
    "sign up for our newsletter",
    "get the newsletter",
    "back to top",
    "top",
    "expand",
    "collapse",
    "loading",
    "loading...",
    "see more",
    "show more",
    "view more",
    "enlarge",
    "enlarge this image",
    "click to enlarge",
    "open this photo in gallery",
    "view image in fullscreen",
    "view full image",
    "toggle caption",
    "hide caption",
    "image caption",
    "media caption",
    "image source",
    "image copyright",
    "more on this story",
    "around the web",
    "promoted stories",
    "you may also like",
    "print this article",
    "email to a friend",
    "delen",
    "opslaan",
    "font size",
    "text size",
    "a+",
    "a-",
    "aa",
    // An audio player's label and share buttons in other languages.
    "versão em áudio",
    "ouvir",
    "écouter l'article",
    "écouter l’article",
    "écouter",
    "courriel",
    "compartir",
    // A text-size control's options and its sample.
    "small",
    "medium",
    "large",
    "abc",
    "mail",
    "pin",
    "slideshow",
    "google+",
    "view gallery",
    // French, German, Spanish, Portuguese, Czech
    "partager",
    "lire aussi",
    "lire la suite",
    "voir aussi",
    "à lire aussi",
    "teilen",
    "mehr zum thema",
    "weiterlesen",
    "compartir",
    "compartilhe",
    "compartilhar",
    "copiar link",
    "ouvir o texto",
    "diminuir fonte",
    "aumentar fonte",
    "tópicos relacionados",
    "leia mais",
    "související",
    "sdílet",
    "accueil",
    "envoyer",
    "sur le même sujet",
    "auch auf heise online",
    "sdílet článek",
    // Advertising markers, in the languages of Europe's large markets.
    "anzeige",
    "werbung",
    "publicidad",
    "publicité",
    "PUBLICITÉ",
    "publicite",
    "pubblicità",
    "PUBBLICITÀ",
    "pubblicita",
    "publicidade",
    "reklama",
    "reklame",
    "advertentie",
    "annons",
    "annonse",
    "publicitat",
    "mainos",
    "hirdetés",
    "HIRDETÉS",
    "skip advertisement",
    "story continues below advertisement",
    "story continues below",
    "(story continues below)",
    "article continues below",
    "article continues below advertisement",
    "article continues after advertisement",
    "continue reading below",
    "scroll to continue with content",
    // Share, save and gift buttons.
    "gift this article",
    "gift article",
    "gift",
    "copy link copied",
    "link copied",
    "copied",
    "copiar enlace",
    "copier le lien",
    "link kopieren",
    "artikel teilen",
    "beitrag teilen",
    "merken",
    "condividi",
    "partilhar",
    "save article",
    "save for later",
    "show caption",
    // Correction links and section labels of link boxes.
    "report an error",
    "report a correction",
    "report a typo",
    "suggest a correction",
    "submit a correction",
    "fehler melden",
    "trending now",
    "latest stories",
    "latest news",
    "most shared",
    "editor's picks",
    "editor’s picks",
    "don't miss",
    "don’t miss",
    // WordPress's share and like widgets, and more share buttons.
    "like this",
    "like loading",
    "like loading...",
    "share options",
    "share full article",
    "share via",
    "social sharing",
    // Listen and copy-link buttons in other languages.
    "écouter cet article",
    "Écouter cet article",
    "écouter l'article",
    "Écouter l'article",
    "écouter l’article",
    "Écouter l’article",
    "ascolta articolo",
    "ascolta l'articolo",
    "ascolta l’articolo",
    "artikel anhören",
    "escuchar artículo",
    "escuchar noticia",
    "ouvir artigo",
    "lien copié",
    "copia link",
    "link copiato",
    "enlace copiado",
    "link kopiert",
    // A site's footer and an e-mail's header and footer.
    "contact us",
    "site index",
    "site information navigation",
    "view this email in your browser",
    "view this email in a browser",
    "view in browser",
    "view online",
    // A site's navigation headings.
    "section navigation",
    "search & section navigation",
    // A press release's release line.
    "for immediate release",
    // Caption buttons and audio players.
    "license photo",
    "listen to this article",
    "open this article in the audio player",
    // A read-later app's link to the page.
    "view original",
    "read original",
    // A page's table of contents.
    "contents",
    "table of contents",
    // Comment buttons and paywall labels.
    "leave a comment",
    "leave your comment",
    "for subscribers",
    "copy",
    "unsubscribe",
    "update preferences",
    "manage preferences",
    "start a conversation",
    "post comment",
    "post a comment",
    // Turkish: the rest of the story under an ad, a label over related
    // stories, the share button; Vanguard's label over its share row.
    // Postmedia's labels between the paragraphs and around the comments.
    "article content",
    "join the conversation",
    "share this article in your social network",
    // A button that asks a chatbot for a summary.
    "summarize this article with ai",
    "summarize this article",
    "summarise this article",
    "summarize with ai",
    "ai summary",
    "haberin devamı",
    "haberle ilgili daha fazlası",
    "paylaş",
    "kindly share this story",
];

/// Openings of chrome lines (compared without case).
const OPENINGS: &[&str] = &[
    // Skip links, glued to the next one when a page is copied (`Skip to
    // contentSkip to site index`).
    "skip to content",
    "skip to main content",
    "skip to navigation",
    // A site's subscription prompt and its comment box's notices.
    "stay informed with",
    "don't miss out on the latest",
    "don’t miss out on the latest",
    "for feedback, complaints",
    "commenting for this story is",
    "commenting is closed",
    "comments for this story are closed",
    "disclaimer & comment rules",
    "if you have a facebook account",
    // A story's filing under its site's categories.
    "categories:",
    // GOV.UK's page footer.
    "is this page useful",
    "all content is available under the open government licence",
    // A search engine's cached copy of the page, and its toolbar.
    "this is google's cache of",
    "this is google’s cache of",
    "full version text-only version",
    "tip: to quickly find your search term",
    // Promotions, sign-up boxes, trust and affiliate notices, reaction
    // widgets and player notes.
    "for more insights like these",
    "by signing up, you",
    "(catch all the",
    "want to join the conversation",
    "text ad:",
    "copy link url",
    "republish our articles",
    "thank you for your interest in republishing",
    "why you can trust",
    "please use chrome browser",
    "read more from",
    "if you buy something from",
    "with your current subscription",
    "how does this make you feel",
    "share or comment on this article",
    "want your company's news featured",
    "want your company’s news featured",
    // Related stories set on one line with their label.
    "related news:",
    "related story:",
    "related article:",
    "you may also be interested in",
    "you might also be interested in",
    "you may also like",
    "you might also like",
    // A reading time with its label.
    "estimated reading time",
    // A contributor's line under the byline (`I write about oceans …`).
    "i write about",
    // An e-edition's print footer.
    "printed and distributed by pressreader",
    // Reader notices and the footer of a newsletter e-mail.
    "story continues after",
    "story continues below",
    "article continues after",
    "article continues below",
    "continue reading below",
    "thank you for subscribing",
    "thanks for subscribing",
    "we use your sign-up",
    "opinions expressed by",
    "get email alert",
    "click the alert icon",
    "our mailing address is",
    "want to change how you receive",
    "you can update your preferences",
    "update your preferences",
    "support our nonprofit newsroom",
    "follow me on ",
    "ftc: we use",
    "legal disclaimer",
    "read this story on",
    // Audio players, summary buttons and embed widgets.
    "this audio is generated",
    "this is read by an automated voice",
    "read a summary of this article",
    "copy/paste the article video embed link",
    // Notices asking readers to report an error.
    "spotted an error",
    "spotted a mistake",
    "if you spot an error",
    "if you have spotted an error",
    "found an error",
    "did you find an error",
    "pokud jste v článku zaznamenali chybu",
    "haben sie einen fehler entdeckt",
    "vous avez repéré une erreur",
    "vous avez repéré une faute",
    "¿has visto un error",
    "encontrou um erro",
    // Live-blog promotions (`Revivez le direct du vote …`).
    "revivez le direct",
    "revivez notre direct",
    "suivez le direct",
    "suivez notre direct",
    "suivez en direct",
    "read more:",
    "read more about",
    "read more at",
    "read more on",
    "read more here",
    "related:",
    "see also:",
    "also read:",
    "more:",
    "sign up to",
    "sign up for",
    "subscribe to",
    "subscribe for",
    "follow us on",
    "follow @",
    "share on ",
    "share via ",
    "lire aussi :",
    "lire aussi:",
    "les også:",
    "läs också:",
    "læs også:",
    "lue myös:",
    "llegeix també:",
    // Pitches for the site's app and channels, and for its readers'
    // support (`Readers like you are keeping these stories free`).
    "download the latest",
    "stay up to date with the latest news",
    // Postmedia's ad slot and sign-in prompt; a tabloid's call for tips.
    "this advertisement has not loaded yet",
    "register for free to save this article",
    "postmedia is committed to maintaining",
    // A blog's comment form.
    "your email address will not be published",
    "leave a reply",
    // A phone's share sheet (`Check out this article from Example News:
    // Title https://…`).
    "check out this article from",
    "got a story? ",
    "Διαβάστε επίσης:",
    "Ακολουθήστε το ",
    "readers like you",
    "our journalists work hard",
    // Romanian `Citește și:`, with a comma below or a cedilla.
    "citește și",
    "citeşte şi",
    "lire :",
    "voir aussi :",
    "read:",
    "[read:",
    "most read from",
    "click here",
    "unlock the editor",
    "listen to this",
    "more about ",
    "reuse content",
    "kommentare lesen",
    "forum zum thema",
    "purchase licensing rights",
    "video duration",
    "keep reading",
    "image copyright",
    "media playback is",
    "you can follow",
    "get our",
    "download the",
    "this article is more than",
    "from the section",
    "from: ",
    "advertisement ·",
    "advertisement -",
    "continue reading the main story",
    "image[",
    "enter your email",
    "sign upenter",
    "sign up enter",
    "leia também",
    "veja também",
    "mehr zum thema",
    "zur startseite",
    "more from",
    "watch:",
    "watch more",
    "view comments",
    "comments (",
    "share this with",
    "this story has been shared",
    "tópicos relacionados",
    "your video will play",
    "powered by",
    "you must login",
    "you must log in",
    "you must be logged in",
    "log in to comment",
    "create an account to comment",
    "sign in to comment",
    "we’re interested in your feedback",
    "we're interested in your feedback",
    "tell us what you think",
    "order reprints",
    "today’s paper",
    "today's paper",
    "the opinions expressed",
    "comments are closed",
    "view comments",
    "topics:",
    "tags:",
    "tagged:",
    "keywords:",
    // Pitches after the story.
    "keep up to date with",
    "download our app",
    "track latest news live on",
    "do you have a story to share",
    "únete a nuestro canal",
    "support independent journalism",
    "donate using",
    "you may republish this article",
    "was this email forwarded",
    "read the story on",
    "next:",
    "previous:",
    "our journalism needs your support",
    "enjoying this article?",
    "if you purchase a product",
    "filed under:",
    "all share services",
    "url source:",
    "markdown content:",
    "published time:",
    "lesen sie auch:",
    "baca juga:",
    "baca juga :",
    "lihat juga:",
    "simak juga:",
    "lee también:",
    "leggi anche:",
    "video now:",
    "watch now:",
    "click to share",
    "click to email",
    "click to print",
    "read the full story",
    "read the full article",
    "read full story",
    "read full article",
    "you are receiving this",
    "you're receiving this",
    "you’re receiving this",
    "you received this email",
    "to unsubscribe",
    "read time:",
    "get latest ",
    "you can read diverse opinions",
    "this article is an opinion",
    "más información:",
    "te puede interesar:",
    "thanks for reading",
    "thank you for reading",
];

/// Labels of a box of related-article links set inside or after the story.
const RELATED_LABELS: &[&str] = &[
    "related",
    // A video player's label over the video's title.
    "video",
    "related articles",
    "related stories",
    "related coverage",
    "related content",
    "read more",
    "read next",
    "recommended",
    "more on this story",
    "more from",
    "see also",
    "you may also like",
    "most read",
    "most popular",
    "sur le même sujet",
    "lire aussi",
    "à lire aussi",
    "související",
    "leia mais",
    "leia também",
    "mehr zum thema",
    "auch auf heise online",
    "keep reading",
    "more stories",
    "top stories",
    "trending",
    "you might also like",
    "más información",
    "MÁS INFORMACIÓN",
    "mas informacion",
    "más noticias",
    "MÁS NOTICIAS",
    "noticias relacionadas",
    "notícias relacionadas",
    "baca juga",
    "lihat juga",
    "simak juga",
    "te puede interesar",
    "lee también",
    "LEE TAMBIÉN",
    "lesen sie auch",
    "lesen sie mehr",
    "auch interessant",
    "leggi anche",
    "potrebbe interessarti",
    "czytaj także",
    "czytaj więcej",
    "czytaj też",
    "zobacz także",
    "also read",
    "read also",
    "also see",
    "trending stories",
    "trending now",
    "trending news",
    "popular stories",
    "recommended stories",
    "recommended for you",
    "related news",
    "la rédaction vous conseille",
    "à lire également",
    "lire également",
    "à voir aussi",
    "voir aussi",
    "ver también",
    "vea también",
    "veja também",
    "leia mais",
    // Nordic, Finnish and Catalan.
    "les også",
    "les mer",
    // Hungarian, Vietnamese and Greek.
    "kapcsolódó",
    "tin liên quan",
    "Διαβάστε επίσης",
    "läs också",
    "læs også",
    "lue myös",
    "més informació",
    "llegeix també",
];

/// Labels of a summary list set under the headline (`Key Points`).
const SUMMARY_LABELS: &[&str] = &[
    "key points",
    "key takeaways",
    "highlights",
    "story highlights",
    "in brief",
    "in short",
    "key facts",
    "at a glance",
    "story at a glance",
    "the big picture",
    "summary",
    "in summary",
    "synopsis",
    "what you need to know",
    "points clés",
    "en bref",
    "das wichtigste",
    "zusammenfassung",
    "en resumen",
    "resumo",
];

/// True for the label of a summary list under the headline.
pub(crate) fn is_summary_label(text: &str) -> bool {
    let label = text.trim().trim_end_matches([':', '.', ' ', '…']);
    SUMMARY_LABELS.iter().any(|l| l.eq_ignore_ascii_case(label))
}

/// True for a placeholder left where an image was (`Image`,
/// `Image[photo_1]`, `[PHOTO]`, newsboat's `[image 1 (link #2)]`).
pub(crate) fn is_image_label(text: &str) -> bool {
    let t = crate::scan::trim(text);
    if let Some(inner) = t.strip_prefix("[image ").and_then(|r| r.strip_suffix(")]")) {
        return inner.split_once(" (link #").is_some_and(|(n, m)| {
            [n, m]
                .iter()
                .all(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
        });
    }
    // Compared without a lower-cased copy: the only char outside ASCII that
    // lower-cases into ASCII is the Kelvin sign (to `k`), and no label here
    // holds a `k`, so ASCII case folding gives the same answer.
    [
        "image", "photo", "picture", "[image]", "[photo]", "foto", "bild",
    ]
    .iter()
    .any(|label| t.eq_ignore_ascii_case(label))
        || crate::scan::starts_with_ci(t, "image[")
        || (t.starts_with('[')
            && t.ends_with(']')
            && !t.contains(' ')
            && t.len() > 2
            && t[1..t.len() - 1]
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'))
}

/// Chrome glued after the last sentence of a value, as page footers are
/// (`… Be Lifted. Order Reprints| Today's Paper|Subscribe`): the offset
/// where it starts.
pub(crate) fn glued_tail(text: &str) -> Option<usize> {
    const TAILS: &[&str] = &["Order Reprints", "Today’s Paper", "Today's Paper"];
    let footer = TAILS
        .iter()
        .filter_map(|t| crate::scan::find_str(text, t))
        .min();
    let at = footer.or_else(|| contact_tail(text))?;
    (at > 0 && crate::scan::ends_terminal(text[..at].trim_end())).then_some(at)
}

/// Contact links glued after an author's bio (`… publications. Email
/// jane@example.com // Twitter @jane`, `… News. @ janeroe • Facebook`).
fn contact_tail(text: &str) -> Option<usize> {
    const OPENINGS: &[&str] = &["Email ", "E-mail ", "@", "Twitter"];
    crate::scan::match_starts(text, ". ")
        .map(|i| i + 2)
        .find(|&at| {
            let tail = &text[at..];
            OPENINGS.iter().any(|o| tail.starts_with(o))
                && tail.contains('@')
                && word_count(tail) <= 12
        })
}

/// Labels of a story's topic tags and of the lists of other stories
/// printed after it (`In:`, `Read more about:`, `More to Read`).
const TAG_LABELS: &[&str] = &[
    "in",
    "tags",
    "topics",
    "related topics",
    "read more about",
    "more about",
    "filed under",
    "more to read",
    "subscribers are reading",
    "what to read next",
    "more in this section",
    "explore more on these topics",
];

/// What kind of bare label closes a story, if `text` is one: the label of
/// its topic tags (`In:`, `Read more about:`), which only a story's end
/// has, or a related-links label (`More from CBS News`), which a box in
/// the middle of a story has too.
pub(crate) fn story_end_label(text: &str) -> Option<EndLabel> {
    let label = text.trim().trim_end_matches([':', '.', ' ', '…']);
    if label.len() > 40 || text.trim_end().ends_with('.') {
        return None;
    }
    if TAG_LABELS.iter().any(|l| l.eq_ignore_ascii_case(label)) {
        Some(EndLabel::Tags)
    } else if is_related_label(text) {
        Some(EndLabel::Related)
    } else {
        None
    }
}

/// The kinds of [`story_end_label`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EndLabel {
    Tags,
    Related,
}

/// True for the label of a related-links box (`Related`, `Read more`).
pub(crate) fn is_related_label(text: &str) -> bool {
    if text.len() > 80 {
        return false;
    }
    let label = text.trim().trim_end_matches([':', '.', ' ', '…']);
    // `More on Harbour News`, `More on Climate`: a site or a topic, named.
    let more_on = label
        .get(..8)
        .is_some_and(|head| head.eq_ignore_ascii_case("more on "))
        && label[8..]
            .split_whitespace()
            .all(crate::scan::is_capitalised)
        && word_count(label) <= 5;
    more_on
        || RELATED_LIST.contains(label)
        || ([
            "most read ",
            "most popular ",
            "more from ",
            "read more from ",
            "related ",
            "more stories",
            "more about ",
            "recommended ",
        ]
        .iter()
        .any(|p| starts_with_ci(label, p))
            && word_count(label) <= 5)
}

/// True when every character of the text is punctuation, symbols or white
/// space: rules (`___`, `* * *`), bullets (`•`, `□`), pipes.
fn is_punctuation_only(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| !c.is_alphanumeric())
}

/// `4 Min Read`, `11 Comments`, `653,817 VIEWS`, `1 / 5`, `75 with 51
/// posters participating`.
fn is_counter(s: &str) -> bool {
    // Every counter below opens with a number, `list` or `end`, and has at
    // most five words: other text needs no lower-cased copy.
    let opens = s.starts_with(|c: char| c.is_ascii_digit())
        || starts_with_ci(s, "list")
        || starts_with_ci(s, "end");
    if !opens || word_count(s) > 5 {
        return false;
    }
    let lower = s.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let number = |w: &str| {
        !w.is_empty()
            && w.chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    };
    match words.as_slice() {
        // A printed page's counter (`1/2`, `12/14`).
        [n] if n.split_once('/').is_some_and(|(a, b)| {
            (1..=3).contains(&a.len()) && number(a) && (1..=3).contains(&b.len()) && number(b)
        }) =>
        {
            true
        }
        [n] => number(n),
        // A list widget's labels: `list of 4 items`, `list 1 of 4`.
        ["list", "of", n, "items" | "item"] => number(n),
        ["list", a, "of", b] => number(a) && number(b),
        ["end", "of", "list"] => true,
        // A reading time in other words (`2 min Reading time`).
        [n, "min" | "mins" | "minute" | "minutes", "reading", "time"] => number(n),
        // A reader view's reading time (`6–8 minutes`).
        [n, "min" | "mins" | "minutes"] => n.split(['–', '-']).all(&number),
        [n, unit] => {
            number(n)
                && matches!(
                    *unit,
                    "comments"
                        | "comment"
                        | "shares"
                        | "share"
                        | "views"
                        | "likes"
                        | "replies"
                        | "reactions"
                        | "photos"
                        | "images"
                )
        }
        [n, "min" | "mins" | "minute" | "minutes", "read"] => number(n),
        // NZ Herald's `3 mins to read`.
        [n, "min" | "mins" | "minute" | "minutes", "to", "read"] => number(n),
        [a, "/" | "of", b] => number(a) && number(b),
        [n, "with", m, "posters", "participating"] => number(n) && number(m),
        _ => false,
    }
}

/// `text` without a link target an e-mail prints after it, in angle
/// brackets or in parentheses (`Sign up <https://example.com/signup>`,
/// `View this email in your browser (https://example.com/archive)`).
fn without_link_target(text: &str) -> &str {
    let target = [('>', " <"), (')', " (")]
        .into_iter()
        .find_map(|(close, open)| {
            let inner = text.strip_suffix(close)?;
            let at = inner.rfind(open)?;
            inner[at + 2..].starts_with("http").then_some(at)
        });
    match target {
        Some(at) => text[..at].trim_end(),
        None => text,
    }
}

/// A PDF page footer or header ending in its page count, perhaps after
/// the document's title (`Veldan University – Study of fares  Page 1 of
/// 2`, `Page 2 of 2`).
fn is_page_footer(s: &str) -> bool {
    // The count is the last word: text that ends in no digit is missed at
    // once.
    if !s.trim_end().ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let mut words = s.split_whitespace().rev();
    let number =
        |w: Option<&str>| w.is_some_and(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()));
    number(words.next())
        && words.next().is_some_and(|w| w.eq_ignore_ascii_case("of"))
        && number(words.next())
        && words.next().is_some_and(|w| w.eq_ignore_ascii_case("page"))
        && words.count() <= 12
}

/// A print footer or header line: a URL, perhaps with a page counter
/// (`https://example.com/story.html 1/3`).
fn is_url_line(s: &str) -> bool {
    // The address is the first word.
    let s = s.trim_start();
    let mut words = crate::scan::words(s);
    let first = words.next().unwrap_or("");
    let url = s.starts_with("http://")
        || s.starts_with("https://")
        || s.starts_with("www.")
        || is_bare_address(first)
        // A site's domain alone (a reader view's `example.org`): it holds
        // no white space, so it is the first word.
        || first.len() == s.len() && is_domain(s);
    url && words.all(|w| w.bytes().all(|b| b.is_ascii_digit() || b == b'/'))
}

/// A read-later app's source line under the title: the site's domain and
/// the reading time (`example.com · 5 min`, `example.com · 5 min read`).
fn is_source_line(s: &str) -> bool {
    let Some((domain, time)) = s.split_once(" · ") else {
        return false;
    };
    let time = time.trim_end();
    let minutes = time.split_once(' ').is_some_and(|(n, unit)| {
        !n.is_empty()
            && n.len() <= 3
            && n.bytes().all(|b| b.is_ascii_digit())
            && ["min", "mins", "minutes", "min read", "minute read"]
                .iter()
                .any(|u| unit.eq_ignore_ascii_case(u))
    });
    minutes && crate::scan::is_domain(domain)
}

/// A line of tags only (`#Omnivore`, `#ferries #harbour`), as a notes
/// app or a read-later app sets them under a clipping's title.
fn is_tag_line(s: &str) -> bool {
    s.starts_with('#')
        && s.split(' ').all(|tag| {
            tag.strip_prefix('#').is_some_and(|name| {
                name.starts_with(|c: char| c.is_alphabetic())
                    && name
                        .chars()
                        .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '/'))
            })
        })
}

/// False when `t` (holding `holds`, and no white space at its start)
/// cannot be an [`is_url_line`]: a URL line's address has a slash, or
/// opens the line with `www.`, or is the whole line (a domain alone, no
/// space in it).
fn may_be_url_line(t: &str, holds: Holds) -> bool {
    holds.any(Holds::SLASH) || t.starts_with("www.") || !crate::scan::has_space(t)
}

/// True for a notice that says what it is in its first words, however
/// long it runs: a comments policy, a mailing list's terms, a messaging
/// channel's promotion, the reproduction terms under a copyright line.
fn is_long_notice(t: &str) -> bool {
    const OPENINGS: &[&str] = &[
        "comments will be moderated",
        "you can unsubscribe",
        "simak breaking news",
        "the material on this site may not be reproduced",
        "alle rechte vorbehalten",
        "tous droits réservés",
        "todos os direitos reservados",
        "todos los derechos reservados",
        // BERNAMA's line under every story.
        "bernama news and information are also available",
        // A mailing's footer and a mail server's disclaimer.
        "you are receiving this email",
        "you received this email",
        "this email and any attachments are confidential",
        "this e-mail and any attachments are confidential",
    ];
    t.len() <= 800
        && t.as_bytes()
            .first()
            .is_some_and(|&b| matches!(b | 0x20, b'a' | b'b' | b'c' | b's' | b't' | b'y'))
        && OPENINGS.iter().any(|o| starts_with_ci(t, o))
}

/// [`is_chrome`]'s label lists for a line that opens with a capital
/// outside ASCII (`À lire aussi`, `Écouter l'article`), which the lists'
/// ASCII case folding does not reach: the line is read again with that
/// letter in lower case.
fn is_label_under_accented_capital(t: &str) -> bool {
    let mut chars = t.chars();
    let Some(first) = chars.next().filter(|c| c.is_uppercase()) else {
        return false;
    };
    let lowered: String = first.to_lowercase().chain(chars).collect();
    label_lists_hold(&lowered)
}

/// [`is_chrome`]'s label lists for a label in capitals with a capital
/// outside ASCII (`LEE TAMBIÉN: …`): its head, up to a colon, is read in
/// lower case.
fn is_caps_label_outside_ascii(t: &str) -> bool {
    const HEAD: usize = 32;
    let head_end =
        memchr::memchr(b':', &t.as_bytes()[..t.len().min(HEAD)]).map_or(t.len(), |c| c + 1);
    let head = &t[..crate::error::floor_char_boundary(t, head_end)];
    if head.is_ascii()
        || !head.chars().any(|c| c.is_uppercase() && !c.is_ascii())
        || head.chars().any(char::is_lowercase)
    {
        return false;
    }
    let lowered = head.to_lowercase() + &t[head.len()..];
    label_lists_hold(&lowered)
}

/// True when `t` is a label of [`is_chrome`]'s lists (`Share:`, `Related
/// »`) or opens with one (`Read more: …`), ASCII case ignored.
fn label_lists_hold(t: &str) -> bool {
    let label = t.trim_end_matches([':', '.', ' ', '»', '›', '>']);
    LABEL_LIST.contains(label) || RELATED_LIST.contains(label) || OPENING_INDEX.parse(t).is_ok()
}

/// A social handle on its own (`@jane_roe`) or a `Follow` line (`Follow
/// us on X`, `Follow Harbour News on Facebook and Twitter and never miss
/// an update!`).
fn is_handle(s: &str) -> bool {
    const NETWORKS: &[&str] = &[
        "facebook",
        "twitter",
        "instagram",
        "youtube",
        "tiktok",
        "linkedin",
        "telegram",
        "whatsapp",
        "threads",
        "bluesky",
    ];
    // A network's handles after its name (`Twitter : @example, @exampleTV`).
    let listed = || {
        s.split_once(':').is_some_and(|(network, handles)| {
            NETWORKS
                .iter()
                .any(|n| network.trim().eq_ignore_ascii_case(n))
                && handles
                    .split(',')
                    .all(|h| h.trim().starts_with('@') && !h.trim().contains(' '))
        })
    };
    (s.starts_with('@') && !s.contains(' '))
        || s.len() <= 120 && memchr(b'@', s.as_bytes()).is_some() && s.contains(": @") && listed()
        || (starts_with_ci(s, "follow ")
            && (word_count(s) <= 6 && (s.contains('@') || s.to_lowercase().contains(" on "))
                || word_count(s) <= 16 && NETWORKS.iter().any(|n| contains_ci(s, n, 0))))
}

/// True when the line (plain text `text`, raw source `raw`) is site chrome.
pub(crate) fn is_chrome(text: &str, raw: &str) -> bool {
    if inline::is_image_line(raw) {
        return true;
    }
    // (Each trim settles a text that opens with another ASCII character,
    // as most do, with one test.)
    let t = trim_start_by(trim_by(text, char::is_whitespace), |c| {
        matches!(c, '*' | '-' | '•' | '·' | '›' | ' ')
    });
    // A symbol or emoji before a promotion's words (`📬 Sign up`, `👉
    // Subscribe`, `🔗 Read more`).
    let t = trim_start_by(t, |c| is_symbol(c) || c == ' ');
    let t = trim_by(t, char::is_whitespace);
    if t.is_empty() || is_punctuation_only(t) {
        return true;
    }
    // Of single characters, a digit is a counter (likes, comments) and `X`
    // a share button; other letters are no label (the shortest labels,
    // `ad`, have two). Long text is no chrome line.
    if t.len() == 1 {
        return t.as_bytes()[0].is_ascii_digit() || t == "X";
    }
    if t.len() > 200 {
        return is_long_notice(t)
            || is_donation_pitch(t)
            || is_consent_notice(t)
            || is_affiliate_notice(t)
            || is_reader_notice(t, None)
            || crate::scan::starts_with_ci(t, "this is google")
            || t.len() <= 400 && crate::scan::starts_with_ci(t, "check out this article from")
            || is_subscription_pitch(t);
    }
    // label := LABEL (":" | "." | "»")*  |  OPENING …  |  SHORT_OPENING …
    // A plain-text e-mail prints a link's target after its words, in
    // angle brackets (`View in browser <https://…>`).
    let t = without_link_target(t);
    let label = t.trim_end_matches([':', '.', ' ', '»', '›', '>']);
    // (A cookie banner or an address's consent line opens with `We u`,
    // `This`, `Our `, `By p` or `I wo`: most lines are passed over at their
    // first four bytes.)
    let consent_opening = t.len() > 4 && {
        let mut head = [0u8; 4];
        head.copy_from_slice(&t.as_bytes()[..4]);
        head.make_ascii_lowercase();
        matches!(&head, b"we u" | b"this" | b"our " | b"by p" | b"i wo")
    };
    // A numbered ad slot (`Advertisement 2`).
    let numbered_ad = || {
        t.rsplit_once(' ').is_some_and(|(word, n)| {
            (1..=3).contains(&n.len())
                && n.bytes().all(|b| b.is_ascii_digit())
                && word.eq_ignore_ascii_case("advertisement")
        })
    };
    if label_lists_hold(t)
        || t.ends_with(|c: char| c.is_ascii_digit()) && numbered_ad()
        || is_long_notice(t)
        || t.as_bytes().first().is_some_and(|&b| b >= 0x80) && is_label_under_accented_capital(t)
        || t.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
            && t.as_bytes().get(1).is_some_and(u8::is_ascii_uppercase)
            && is_caps_label_outside_ascii(t)
        || is_short_opening(t)
        || is_player_or_source_button(t)
        || consent_opening && is_cookie_or_address_consent(t)
        || is_subscription_pitch(t)
    {
        return true;
    }
    // Most lines are no chrome and go through every check below, so a
    // check that needs a mark or the letters of a word runs only when the
    // line holds them (found in one pass over it): a page counter and a
    // jump line end with a page number, a footer row has its separators,
    // the addresses of a URL line and a player's times have slashes (or a
    // URL line opens with `www.`, or is one word), a mail header names an
    // address.
    const SHARING: u64 = Holds::needs("sharing this");
    const EARN: u64 = Holds::needs("y earn a");
    const INACCURACY: u64 = Holds::needs("inaccurac");
    const JOURNALISM: u64 = Holds::needs("journalism");
    let holds = Holds::of(t);
    // (Both notices are written in lower case after their first word: a
    // search for their rare letters passes over most lines at once, and
    // a line without all of them is not searched.)
    if holds.all(EARN) && crate::scan::find_str(t, "y earn a").is_some() && is_affiliate_notice(t)
        || holds.all(INACCURACY)
            && crate::scan::contains_anchored(t, "inaccurac", 5)
            && is_machine_text_notice(t)
    {
        return true;
    }
    is_counter(t)
        || holds.any(Holds::DIGIT) && is_page_footer(t)
        || holds.any(Holds::BRACKET) && is_placeholder_row(t)
        || may_be_url_line(t, holds) && is_url_line(t)
        || is_handle(t)
        || is_tag_line(t)
        || holds.any(Holds::MIDDLE_DOT) && is_source_line(t)
        || is_share_row(t)
        || may_be_promo(holds) && is_promo(t, holds)
        || is_image_label(t)
        || holds.any(Holds::PIPE | Holds::MIDDLE_DOT) && is_footer_row(t)
        || is_wire_status(t)
        || is_print_header(t)
        || is_home_link(label)
        || is_glued_promo(t)
        || opens_new_window(label)
        || holds.all(SHARING) && asks_to_share(t)
        || holds.all(Holds::SLASH | Holds::DIGIT) && is_player_time(t)
        || holds.any(Holds::DIGIT) && is_jump_line(t)
        || holds.any(Holds::AT) && is_mail_header(t)
        || is_running_head(t)
        || holds.any(Holds::AT) && is_post_signature(t)
        || is_reader_notice(t, Some(holds))
        || holds.all(JOURNALISM) && is_donation_pitch(t)
}

/// True for a plea to the reader to fund the site's journalism (`Support
/// our independent journalism: become a monthly donor`, `Together we
/// build journalism that is independent … help us by making a
/// donation.`): it names journalism, asks for support or a donation, and
/// speaks to the reader.
fn is_donation_pitch(t: &str) -> bool {
    // (A search for the rare `j` passes over most text at once; the words
    // are counted last.)
    contains_ci(t, "journalism", 0)
        && (contains_ci(t, "donat", 0)
            || contains_ci(t, "donor", 0)
            || starts_with_ci(t, "support ")
            || contains_ci(t, "support our", 0))
        && [" you", " us", "your", "Become ", "become "]
            .iter()
            .any(|w| crate::scan::find_str(t, w).is_some())
        && !more_words_than(t, 70)
}

/// True for a social post's signature as an embed prints it under the
/// post: `— Jane Roe (@janeroe) June 12, 2025`.
fn is_post_signature(t: &str) -> bool {
    let Some(rest) = ["— ", "– ", "- ", "-- "]
        .iter()
        .find_map(|d| t.strip_prefix(d))
    else {
        return false;
    };
    let Some((_, after)) = rest.split_once("(@") else {
        return false;
    };
    after
        .split_once(") ")
        .is_some_and(|(handle, date)| !handle.contains(' ') && crate::timestamp::is_timestamp(date))
}

/// True for a notice to the reader about the site rather than the story:
/// an embedded post's text (`… pic.twitter.com/…`), a prompt to follow the
/// site on Google News, a pitch for stories by e-mail, the comments
/// policy (`You can leave comments on our stories …`). `holds`, when
/// known, is [`Holds::of`] the text.
fn is_reader_notice(t: &str, holds: Option<Holds>) -> bool {
    const LEAVE_COMMENTS: u64 = Holds::needs("leave comments");
    // Each check opens with what is cheapest to rule out: the first words,
    // or a vector search for a word in lower case.
    if t.len() > 600 {
        return false;
    }
    let prompt = || {
        (starts_with_ci(t, "add ") || starts_with_ci(t, "follow "))
            && !more_words_than(t, 15)
            && contains_ci(t, "google news", 0)
            || starts_with_ci(t, "like ")
                && !more_words_than(t, 30)
                && contains_ci(t, "on facebook", 10)
    };
    // A pitch for the site's app (`Get your news on the go. Download the
    // latest Example App for Android and iOS now.`).
    // (The rare `w` is searched for first; the words are counted last.)
    const DOWNLOAD: u64 = Holds::needs("download");
    let app = || {
        t.len() <= 200
            && holds.is_none_or(|h| h.all(DOWNLOAD))
            && contains_ci(t, "download", 2)
            && (contains_ci(t, " app ", 1) || contains_ci(t, " app.", 1) || ends_with_ci(t, " app"))
            && (contains_ci(t, "android", 0)
                || contains_ci(t, "ios", 0)
                || contains_ci(t, "app store", 4))
            && !more_words_than(t, 25)
    };
    let by_email = || {
        (starts_with_ci(t, "get ") || starts_with_ci(t, "receive "))
            && !more_words_than(t, 12)
            && ends_with_ci(t.trim_end_matches(['.', '!', ' ']), "by email")
    };
    // A post's text ends with its picture's link; the comments policy
    // says so in its first sentence: only those ends of the text are
    // searched, so a long paragraph costs no more than a short one.
    let window = |from: usize, to: usize| {
        let from = crate::error::floor_char_boundary(t, from);
        let to = crate::error::floor_char_boundary(t, to.min(t.len()));
        &t[from..to.max(from)]
    };
    // (Neither fits in a line of a few words.)
    let long = t.len() >= 40;
    let may_link = long && holds.is_none_or(|h| h.any(Holds::SLASH));
    let may_comment = long && holds.is_none_or(|h| h.all(LEAVE_COMMENTS));
    prompt()
        || by_email()
        || app()
        || may_link
            && crate::scan::contains_anchored(
                window(t.len().saturating_sub(40), t.len()),
                "pic.twitter.com/",
                15,
            )
        || may_comment
            && crate::scan::contains_anchored(window(0, 100), "leave comments", 3)
            && !more_words_than(t, 60)
}

/// A page number as print sets it: one to three digits, perhaps after a
/// section letter (`14`, `A6`, `B12`).
fn is_page_number(w: &str) -> bool {
    let digits = w.trim_start_matches(|c: char| c.is_ascii_uppercase());
    (w.len() - digits.len() <= 1)
        && (1..=3).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
}

/// A print jump line: `(Continued on Page 14)`, `Continued from Page A1`,
/// `See BRIDGE, Page A6`, `Please see FLOOD, A6`: the jump's words, a
/// story's keyword in capitals, then a page (with `Page` before it unless
/// it has a section letter).
pub(crate) fn is_jump_line(t: &str) -> bool {
    if t.len() > 60 {
        return false;
    }
    let t = t.trim_start_matches('(').trim_end_matches([')', '.', ' ']);
    let Ok((rest, _)) = phrase(&[
        "continued on ",
        "continued from ",
        // A jump's second half, under its head: `FROM PAGE 3`.
        "from ",
        "see ",
        "please see ",
        "turn to ",
    ])(t) else {
        return false;
    };
    let mut words = rest.split_whitespace().rev();
    let Some(page) = words.next().filter(|w| is_page_number(w)) else {
        return false;
    };
    let mut labelled = page.starts_with(|c: char| c.is_ascii_uppercase());
    for (i, w) in words.enumerate() {
        let w = w.trim_end_matches(',');
        if i == 0 && w.eq_ignore_ascii_case("page") {
            labelled = true;
        } else if !(w.eq_ignore_ascii_case("on")
            || w.len() > 1 && w.bytes().all(|b| b.is_ascii_uppercase())
            || i > 3)
        {
            return false;
        }
    }
    labelled
}

/// A mail header that names an address (`To: reader@example.com`,
/// `Reply-To: desk@example.com`).
fn is_mail_header(t: &str) -> bool {
    let Ok((rest, _)) = phrase(&["to:", "cc:", "bcc:", "reply-to:", "sender:"])(t) else {
        return false;
    };
    rest.contains('@') && !more_words_than(rest, 6)
}

/// A print running head: a page number, the paper's name in capitals and
/// the date (`A4 THE EXAMPLE DISPATCH TUESDAY, MARCH 4, 2025`, `12 THE
/// EXAMPLE SENTINEL, Thursday, October 3, 1968`); with no page number the
/// name opens with `THE`.
fn is_running_head(t: &str) -> bool {
    // The paper's name, the date, then the page number: `Harbour News
    // Tuesday, October 15, 2024 3`. (Closed by a digit: most lines are
    // passed over at their last byte.)
    if t.ends_with(|c: char| c.is_ascii_digit()) && t.len() <= 90 {
        if let Some((head, page)) = t.rsplit_once(' ') {
            if is_page_number(page) && page.bytes().all(|b| b.is_ascii_digit()) {
                if let Some(at) = crate::timestamp::suffix_start(head) {
                    let name = head[..at].trim_end_matches([',', ' ', '|', '-', '—']);
                    // (`Times of Malta | MONDAY, NOVEMBER 30, 2026 | 5`.)
                    let named = (1..=4).contains(&word_count(name))
                        && name
                            .split(' ')
                            .all(|w| crate::scan::is_capitalised(w) || matches!(w, "of" | "the"))
                        && !crate::scan::ends_terminal(name);
                    if named && crate::timestamp::is_timestamp(&head[at..]) {
                        return true;
                    }
                }
            }
        }
    }
    // The page number, the date, then the paper's name: `16 Lunedì 30
    // Novembre 2026 Il Sole 24 Ore`.
    if let Some((_, rest)) = t.split_once(' ').filter(|(page, _)| {
        t.len() <= 90 && is_page_number(page) && page.bytes().all(|b| b.is_ascii_digit())
    }) {
        // (The longest date of up to seven words opens the rest.)
        let date_end = memchr::memchr_iter(b' ', rest.as_bytes())
            .take(7)
            .filter(|&space| crate::timestamp::is_timestamp(&rest[..space]))
            .last();
        if let Some(end) = date_end {
            let name = rest[end..].trim();
            let named = (2..=5).contains(&word_count(name))
                && !crate::timestamp::is_timestamp(name)
                && name.split(' ').all(|w| {
                    crate::scan::is_capitalised(w) || w.bytes().all(|b| b.is_ascii_digit())
                })
                && !crate::scan::ends_terminal(name);
            if named {
                return true;
            }
        }
    }
    // (Opened by a page number or `THE`: most lines are passed over at
    // their first bytes.)
    let bytes = t.as_bytes();
    let opening = bytes.first().is_some_and(u8::is_ascii_digit)
        || bytes.get(1).is_some_and(u8::is_ascii_digit)
        || t.starts_with("THE");
    if !opening {
        return false;
    }
    // (The page's section in capitals may close it: `… 2025 NEWS`.)
    if let Some((head, section)) = t.rsplit_once(' ') {
        let section_word =
            (2..=12).contains(&section.len()) && section.bytes().all(|b| b.is_ascii_uppercase());
        if section_word
            && head.ends_with(|c: char| c.is_ascii_digit())
            && is_running_head_line(head)
        {
            return true;
        }
    }
    is_running_head_line(t)
}

/// [`is_running_head`] of a line that ends with its date.
fn is_running_head_line(t: &str) -> bool {
    // The first word is a page number (a digit first or second) or `THE`.
    let bytes = t.as_bytes();
    let opening = bytes[0].is_ascii_digit()
        || bytes.get(1).is_some_and(u8::is_ascii_digit)
        || t.starts_with("THE");
    if t.len() > 90 || !opening || !bytes[0].is_ascii_alphanumeric() {
        return false;
    }
    let mut words = t.split(' ');
    let first = words.next().unwrap_or("");
    let paged = is_page_number(first);
    if !paged && first != "THE" {
        return false;
    }
    let caps = |w: &str| {
        w.bytes()
            .all(|b| b.is_ascii_uppercase() || matches!(b, b'&' | b'.' | b'\'' | b'-'))
    };
    // (Or the page last, after its section: `THE GLEANER, TUESDAY,
    // DECEMBER 8, 2026 NEWS A5`.)
    let t = match t.rsplit_once(' ') {
        Some((head, page)) if !paged && is_page_number(page) => match head.rsplit_once(' ') {
            Some((rest, section)) if caps(section) && section.len() > 1 => rest,
            _ => head,
        },
        _ => t,
    };
    let Some(at) = crate::timestamp::suffix_start(t) else {
        return false;
    };
    let name = t[..at].trim_end_matches([',', ' ', '|', '-', '—']);
    let name = if paged {
        name[first.len()..].trim_start()
    } else {
        name
    };
    (2..=6).contains(&word_count(name))
        && name
            .split_whitespace()
            .all(|w| caps(w.trim_end_matches(',')))
}

/// [`SHORT_OPENINGS`] grouped by first byte.
static SHORT_OPENING_INDEX: PhraseIndex<{ SHORT_OPENINGS.len() }> =
    PhraseIndex::new(SHORT_OPENINGS);

/// Openings of share and save buttons (`Share to X`, `Compartir en
/// Facebook`, `Partager sur LinkedIn`), compared without case: chrome only
/// on a line of a few words, as a sentence may open the same way.
const SHORT_OPENINGS: &[&str] = &[
    "share to ",
    "share with ",
    "share by ",
    "compartir en ",
    "compartir por ",
    "compartir vía ",
    "partager sur ",
    "partager par ",
    "partager via ",
    "teilen auf ",
    "teilen per ",
    "teilen via ",
    "auf facebook teilen",
    "condividi su ",
    "condividi via ",
    "compartilhar no ",
    "compartilhar via ",
    "compartilhe no ",
    "partilhar no ",
    "udostępnij na ",
    "send to ",
    "post to ",
    "email this",
    "gift this",
    "save this",
    "save to ",
    "print this",
    "copy the link",
    "copy link to",
];

/// A video button (`Watch CBS News`, `Watch Live`) or a search engine's
/// source button (`Add Harbour News on Google`, `Add as a preferred
/// source`).
fn is_player_or_source_button(t: &str) -> bool {
    // The openings are tested first: they settle nearly every line before
    // its words are counted.
    let button = starts_with_ci(t, "watch ") && !more_words_than(t, 3)
        || starts_with_ci(t, "add ")
            && (ends_with_ci(t, " on google") || ends_with_ci(t, "preferred source"));
    button && !more_words_than(t, 6) && !crate::scan::ends_terminal(t)
}

/// A line of at most six words that opens with a [`SHORT_OPENINGS`] entry.
fn is_short_opening(t: &str) -> bool {
    SHORT_OPENING_INDEX.parse(t).is_ok() && !more_words_than(t, 6)
}

/// A footer row of links or contact details separated by `|` or `·`
/// (`Subscribe | Terms of Service | Privacy Policy`, `Unsubscribe | Update
/// preferences`, `The Example Courier · 100 Harbor St · Ashford, VA
/// 23000`): two items or more, each a few words with no sentence, one of
/// them a legal or subscription link or a street address.
fn is_footer_row(t: &str) -> bool {
    let bytes = t.as_bytes();
    let separator = if memchr(b'|', bytes).is_some() {
        '|'
    } else if has_middle_dot(bytes) {
        '·'
    } else {
        return false;
    };
    let (mut items, mut legal) = (0, false);
    for item in t.split(separator) {
        let item = item.trim();
        if item.is_empty() {
            continue;
        }
        if more_words_than(item, 5) || crate::scan::ends_terminal(item) {
            return false;
        }
        items += 1;
        legal |= contains_ci(item, "privacy", 3)
            || contains_ci(item, "terms of", 7)
            || contains_ci(item, "cookie", 3)
            || contains_ci(item, "datenschutz", 10)
            || contains_ci(item, "impressum", 2)
            || contains_ci(item, "unsubscribe", 4)
            || contains_ci(item, "preferences", 3)
            || item.eq_ignore_ascii_case("contact us")
            || item.eq_ignore_ascii_case("about us")
            || item.eq_ignore_ascii_case("site map")
            || item.eq_ignore_ascii_case("sitemap")
            || item.eq_ignore_ascii_case("accessibility")
            || item.eq_ignore_ascii_case("report error")
            || item.eq_ignore_ascii_case("report an error")
            || item.eq_ignore_ascii_case("submit a news tip")
            || item.eq_ignore_ascii_case("corrections and clarifications")
            || is_street_address(item);
    }
    items >= 2 && legal
}

/// True when the text holds `·` (U+00B7, bytes `C2 B7`): its second byte
/// found with `memchr`, as a `str` search for a character would set up a
/// searcher first.
fn has_middle_dot(bytes: &[u8]) -> bool {
    memchr_iter(0xb7, bytes).any(|at| at > 0 && bytes[at - 1] == 0xc2)
}

/// A street address: a number, then a name ending with a street word
/// (`100 Harbor St`, `1 Example Plaza`, `250 West 43rd Street`).
fn is_street_address(item: &str) -> bool {
    const STREETS: &[&str] = &[
        "st",
        "street",
        "ave",
        "avenue",
        "rd",
        "road",
        "blvd",
        "boulevard",
        "dr",
        "drive",
        "lane",
        "ln",
        "way",
        "pl",
        "place",
        "plaza",
        "sq",
        "square",
    ];
    let mut words = item.split_whitespace();
    let number = words.next().is_some_and(|w| {
        w.as_bytes()[0].is_ascii_digit()
            && w.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    });
    let last = item
        .rsplit(' ')
        .next()
        .unwrap_or("")
        .trim_end_matches(['.', ',']);
    number && word_count(item) >= 3 && STREETS.iter().any(|s| s.eq_ignore_ascii_case(last))
}

/// Labels of a related link printed on one line with the linked headline
/// (`Also Read: Potholes return on Ring Road`, `Lire aussi  Grève SNCF :
/// ce qui change`), compared without case.
const GLUED_RELATED: &[&str] = &[
    "also read",
    "read also",
    "also see",
    "see also",
    "read more",
    "related",
    "trending",
    "lire aussi",
    "à lire aussi",
    "voir aussi",
    "leggi anche",
    "lesen sie auch",
    "lee también",
    "leia também",
    "veja também",
];

/// [`GLUED_RELATED`] grouped by first byte.
static GLUED_RELATED_INDEX: PhraseIndex<{ GLUED_RELATED.len() }> = PhraseIndex::new(GLUED_RELATED);

/// A related-link label with the linked headline after it on the same
/// line: a separator (`:`, `|`, a dash, `»` or white space), then a
/// capitalised headline of at most 20 words that is no sentence (it may
/// end with `?`, not with `.` or `!`).
fn is_glued_promo(t: &str) -> bool {
    let Ok((rest, _)) = GLUED_RELATED_INDEX.parse(t) else {
        return false;
    };
    let after = rest.trim_start_matches([':', '|', '-', '–', '—', '»', '›', ' ', '\u{a0}']);
    // A separator there must be, and then a headline.
    if after.len() == rest.len() || more_words_than(after, 20) {
        return false;
    }
    let starts = after.chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '“' | '"' | '‘' | '\'' | '«')
    });
    let end = after.trim_end_matches(['”', '"', '’', '»', ' ']);
    starts && !end.ends_with(['.', '!'])
}

/// A link's note that it opens a new window, closing a line of a few
/// words (`Click to share on Facebook (Opens in new window)`).
fn opens_new_window(t: &str) -> bool {
    const NOTES: &[&str] = &[
        "(opens in new window)",
        "(opens in a new window)",
        "(opens in new tab)",
        "(opens in a new tab)",
        "opens new tab",
    ];
    static ENDINGS: SuffixIndex<{ NOTES.len() }> = SuffixIndex::new(NOTES);
    short_and_ends_with(t, &ENDINGS, 15)
}

/// True when `t` has at most `words` words and ends with one of
/// `endings`, ASCII case ignored.
fn short_and_ends_with<const N: usize>(t: &str, endings: &SuffixIndex<N>, words: usize) -> bool {
    endings.ends(t) && !more_words_than(t, words)
}

/// A call to share the article (`Help keep family & friends informed by
/// sharing this article`).
fn asks_to_share(t: &str) -> bool {
    // Every call holds `sharing this `: other text is missed with one
    // `memchr` for its `g`.
    if !contains_ci(t, "sharing this ", 6) {
        return false;
    }
    // The link shared may follow (`… sharing this article
    // example.com/news/flood/1049`).
    let t = match t.rsplit_once(' ') {
        Some((call, last)) if is_bare_address(last) || last.starts_with("https://") => call,
        _ => t,
    };
    let t = t.trim_end_matches(['.', '!', ' ', ':']);
    const CALLS: &[&str] = &[
        "sharing this article",
        "sharing this story",
        "sharing this page",
    ];
    static ENDINGS: SuffixIndex<{ CALLS.len() }> = SuffixIndex::new(CALLS);
    short_and_ends_with(t, &ENDINGS, 14)
}

/// An audio or video player's position and length (`00:00/04:12`,
/// `0:00 / 7:48`).
fn is_player_time(t: &str) -> bool {
    let clock = |s: &str| {
        let s = s.trim();
        let mut parts = 0;
        for part in s.split(':') {
            parts += 1;
            if !(1..=2).contains(&part.len()) || !part.bytes().all(|b| b.is_ascii_digit()) {
                return false;
            }
        }
        (2..=3).contains(&parts)
    };
    // The position opens the text with a digit, perhaps after the
    // player's button (`Listen 00:00 / 04:12`).
    let t = ["Listen ", "Play ", "Watch "]
        .iter()
        .find_map(|b| t.strip_prefix(b))
        .unwrap_or(t);
    t.len() <= 24
        && t.as_bytes()[0].is_ascii_digit()
        && memchr(b'/', t.as_bytes()).is_some_and(|at| clock(&t[..at]) && clock(&t[at + 1..]))
}

/// A web address with no scheme, as a share box prints it: a host with a
/// dot and a top-level domain of letters, then a path
/// (`example.com.au/news/flood-peak/104987654`).
fn is_bare_address(word: &str) -> bool {
    word.split_once('/')
        .is_some_and(|(host, _path)| is_domain(host))
}

/// A domain name: lower-case top-level label of two letters or more after
/// a name of letters, digits, dots and dashes (`example.com`,
/// `abc.net.au`).
fn is_domain(host: &str) -> bool {
    let Some((name, tld)) = host.rsplit_once('.') else {
        return false;
    };
    !name.is_empty()
        && !name.starts_with('.')
        && !name.ends_with('.')
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        && tld.len() >= 2
        && tld.bytes().all(|b| b.is_ascii_lowercase())
}

/// Words of a wire service's status line: the version of a story
/// (`1ST LEAD`, `REFILE`, `UPDATE 2`, `CORRECTED`, `WRAPUP 1`).
const STATUS_WORDS: &[&str] = &[
    "REFILE",
    "URGENT",
    "CORRECTED",
    "CORRECTION",
    "WRAPUP",
    "UPDATE",
    "LEAD",
    "RPT",
    "REPEAT",
    "FLASH",
    "BULLETIN",
    "ADVISORY",
    "WRITETHRU",
    "EXTRA",
    "KORREKTUR",
];

/// A wire status line: upper-case status words, numbers and ordinals
/// (`1ST LEAD`, `REFILE-UPDATE 2-`), with at least one status word.
fn is_wire_status(t: &str) -> bool {
    // Status words, numbers and ordinals are written in capitals and
    // digits.
    let status_bytes =
        |b: &u8| b.is_ascii_uppercase() || b.is_ascii_digit() || matches!(b, b' ' | b'-');
    if t.len() > 30
        || !t.as_bytes()[0].is_ascii_uppercase() && !t.as_bytes()[0].is_ascii_digit()
        || !t.as_bytes().iter().all(status_bytes)
    {
        return false;
    }
    // A telex's routing line: the agency's code glued to the message's
    // number, then codes and numbers (`WAM0417 3 ECO 0412`).
    let routing = t.split(' ').next().is_some_and(|code| {
        let letters = code.bytes().take_while(u8::is_ascii_uppercase).count();
        let digits = code.len() - letters;
        letters >= 3 && digits >= 3 && code[letters..].bytes().all(|b| b.is_ascii_digit())
    }) && t
        .split(' ')
        .skip(1)
        .any(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()));
    if routing {
        return true;
    }
    let mut status = false;
    for word in t.split([' ', '-']).filter(|w| !w.is_empty()) {
        let digits = word.bytes().take_while(u8::is_ascii_digit).count();
        let ordinal = digits > 0 && matches!(&word[digits..], "" | "ST" | "ND" | "RD" | "TH");
        let keyword = STATUS_WORDS.contains(&word);
        if !ordinal && !keyword {
            return false;
        }
        status |= keyword;
    }
    status
}

/// A browser's print header: date, time, then the page title
/// (`3/7/25, 9:14 AM Port talks resume | Example News`).
fn is_print_header(t: &str) -> bool {
    use nom::bytes::complete::{tag, take_while_m_n};
    use nom::character::complete::{char as chr, space0};
    use nom::combinator::opt;
    use nom::Parser;
    if !t.as_bytes()[0].is_ascii_digit() {
        return false;
    }
    let digits = |m, n| take_while_m_n(m, n, |c: char| c.is_ascii_digit());
    let mut stamp = (
        digits(1, 2),
        chr('/'),
        digits(1, 2),
        chr('/'),
        digits(2, 4),
        tag(", "),
        digits(1, 2),
        chr(':'),
        digits(2, 2),
        opt((
            space0,
            nom::branch::alt((tag("AM"), tag("PM"), tag("am"), tag("pm"))),
        )),
    );
    let parsed: nom::IResult<&str, _> = stamp.parse(t);
    parsed.is_ok_and(|(rest, _)| rest.is_empty() || rest.starts_with(char::is_whitespace))
}

/// A link back to the site's front page (`The Example Times - Back to
/// homepage`).
fn is_home_link(label: &str) -> bool {
    const LINKS: &[&str] = &["back to homepage", "back to home page", "back to home"];
    static ENDINGS: SuffixIndex<{ LINKS.len() }> = SuffixIndex::new(LINKS);
    short_and_ends_with(label, &ENDINGS, 10)
}

/// A row of bracketed placeholders a converter left for widgets
/// (`[Tech Insider] [Tech Insider]`, `[]`).
fn is_placeholder_row(t: &str) -> bool {
    let mut rest = t.trim();
    if !rest.starts_with('[') {
        return false;
    }
    let mut any = false;
    while let Some(inner) = rest.strip_prefix('[') {
        let Some(close) = inner.find(']') else {
            return false;
        };
        // `[Jane Roe/Example]` is a photo credit, not a placeholder.
        if inner[..close].contains(['[', '(', '/']) {
            return false;
        }
        rest = inner[close + 1..].trim_start();
        any = true;
    }
    any && rest.is_empty() && word_count(t) <= 8
}

/// The words one of which [`is_promo`] finds in a promotion: each phrase
/// of [`SPONSOR_LABELS`] and [`SIGN_UP_CALLS`], `join our`, `newsletter`
/// and `subscribe`.
const PROMO_NEEDS: [u64; SPONSOR_LABELS.len() + SIGN_UP_CALLS.len() + 3] = {
    let mut needs = [0; SPONSOR_LABELS.len() + SIGN_UP_CALLS.len() + 3];
    let mut i = 0;
    while i < SPONSOR_LABELS.len() {
        needs[i] = Holds::needs(SPONSOR_LABELS[i]);
        i += 1;
    }
    let mut j = 0;
    while j < SIGN_UP_CALLS.len() {
        needs[i + j] = Holds::needs(SIGN_UP_CALLS[j]);
        j += 1;
    }
    let n = SPONSOR_LABELS.len() + SIGN_UP_CALLS.len();
    needs[n] = Holds::needs("join our");
    needs[n + 1] = Holds::needs("newsletter");
    needs[n + 2] = Holds::needs("subscribe");
    needs
};

/// False when a text holding `holds` cannot be a promotion: it lacks a
/// letter of each of the words [`is_promo`] looks for.
fn may_be_promo(holds: Holds) -> bool {
    PROMO_NEEDS.iter().any(|&needs| holds.all(needs))
}

/// Labels before a sponsor's name (`Our oceans series is supported by`).
const SPONSOR_LABELS: [&str; 4] = [
    "supported by",
    "sponsored by",
    "in partnership with",
    "paid for by",
];

/// [`SPONSOR_LABELS`] indexed by their last bytes.
static SPONSOR_ENDINGS: SuffixIndex<{ SPONSOR_LABELS.len() }> = SuffixIndex::new(&SPONSOR_LABELS);

/// Calls to action that close a promotion (`… Sign up here.`).
const SIGN_UP_CALLS: [&str; 9] = [
    "sign up here",
    "sign up now",
    "sign up today",
    "sign up for free",
    "subscribe here",
    "subscribe today",
    "subscribe for free",
    "register here",
    "register now",
];

/// [`SIGN_UP_CALLS`] indexed by their last bytes.
static SIGN_UP_ENDINGS: SuffixIndex<{ SIGN_UP_CALLS.len() }> = SuffixIndex::new(&SIGN_UP_CALLS);

/// A newsletter or subscription promotion (`Keep up with the Daily
/// newsletter.`, `… Subscribe`); `holds` is [`Holds::of`] the text.
fn is_promo(t: &str, holds: Holds) -> bool {
    // The shortest phrase looked for is `subscribe`. The phrases are
    // compared in ASCII case: they hold no `k`, and no `i` but before
    // another letter, so no character outside ASCII (the Kelvin sign, `İ`)
    // would match them lower-cased either.
    if t.len() < 9 {
        return false;
    }
    // A phrase searched for inside the text is searched for only when the
    // text holds its letters.
    const NEWSLETTER: u64 = Holds::needs("newsletter");
    const SUBSCRIBE_FOR_FREE: u64 = Holds::needs("subscribe for free");
    // A sponsor's label (`Our oceans series is supported by`).
    let label = t.trim_end_matches([':', ' ']);
    let sponsor = || SPONSOR_ENDINGS.ends(label);
    // A call to action that closes the promotion (`… Sign up here.`).
    let call = || SIGN_UP_ENDINGS.ends(t.trim_end_matches(['.', '!', ' ', '»', '→']));
    // `Join our WhatsApp channel`, `Subscribe for free to receive new
    // posts and support my work.`
    let join = || {
        (starts_with_ci(t, "join our ") || starts_with_ci(t, "join ") && !more_words_than(t, 14))
            && (contains_ci(t, "channel", 0)
                || contains_ci(t, "whatsapp", 0)
                || contains_ci(t, "telegram", 4)
                || contains_ci(t, "community", 8)
                || contains_ci(t, "mailing list", 6))
    };
    // Asked for twice (alone, and for a pitch): searched for once.
    let newsletter_found = std::cell::OnceCell::new();
    let newsletter = || {
        *newsletter_found.get_or_init(|| holds.all(NEWSLETTER) && contains_ci(t, "newsletter", 2))
    };
    // A newsletter's pitch and its call (`Start the day with a summary of
    // the day's stories. Sign up for our Morning Edition newsletter.`).
    let pitched = || {
        newsletter()
            && (contains_ci(t, "sign up", 2) || contains_ci(t, "subscribe", 2))
            && !more_words_than(t, 40)
    };
    // The Trust Project's badge (`Harbor News Is A Trust Project Member`).
    const TRUST_PROJECT: u64 = Holds::needs("trust project");
    let trust_badge = || {
        holds.all(TRUST_PROJECT) && contains_ci(t, "trust project", 9) && !more_words_than(t, 12)
    };
    ((sponsor()
        || call()
        || join()
        || newsletter()
        || holds.all(SUBSCRIBE_FOR_FREE) && contains_ci(t, "subscribe for free", 10)
        || ends_with_ci(t, " subscribe")
        || ends_with_ci(t, "subscribe now"))
        && word_count(t) <= 20)
        || pitched()
        || trust_badge()
}

/// True for a symbol or pictograph outside ASCII that no word holds:
/// arrows, shapes, dingbats, emoji and their variation selector.
fn is_symbol(c: char) -> bool {
    u32::from(c) >= 0x2190 && !c.is_alphanumeric() && !c.is_whitespace() && !matches!(c, '…')
}

/// True for a notice that a machine wrote or translated the text
/// (`Harbor AI is in beta. Translations may contain inaccuracies …`).
fn is_machine_text_notice(t: &str) -> bool {
    !more_words_than(t, 30) && contains_ci(t, "may contain inaccuracies", 2)
}

/// True for a site's affiliate and reuse notice, however long: `Harbor
/// may earn a portion of sales from products that are purchased through
/// our site …`, `We may earn a commission when you buy through links …`.
fn is_affiliate_notice(t: &str) -> bool {
    // The notice says so in its first words: only they are searched, so a
    // long paragraph costs no more than a short one.
    const OPENING: usize = 80;
    let opening = &t[..crate::error::floor_char_boundary(t, OPENING.min(t.len()))];
    t.len() <= 800
        && contains_ci(opening, "may earn a", 2)
        && (contains_ci(t, "portion of sales", 9) || contains_ci(t, "commission", 3))
}

/// The openings of [`is_consent_notice`], in lower case.
const CONSENT_OPENINGS: [&str; 15] = [
    "by signing up",
    // A sign-up box's consent box (`I would like to be emailed about
    // offers … Read our privacy notice.`).
    "i would like to be emailed",
    "i would like to receive",
    "by subscribing",
    "by clicking",
    "by submitting",
    "by registering",
    "by providing an email",
    "by providing your email",
    "we use your sign-up",
    "you can update your preferences",
    // A cookie banner.
    "we use cookies",
    "this website uses cookies",
    "this site uses cookies",
    "our website uses cookies",
];

/// [`CONSENT_OPENINGS`] indexed by first byte and first word: most text
/// is passed over with a lookup, and the rest compared with the openings
/// that share its first bytes.
static CONSENT_OPENING_INDEX: PhraseIndex<{ CONSENT_OPENINGS.len() }> =
    PhraseIndex::new(&CONSENT_OPENINGS);

/// True for the consent notice of a sign-up form, however long:
/// `By signing up, you acknowledge and agree to our Privacy Policy …`,
/// `By subscribing, you agree to our Terms …`, `We use your sign-up to
/// provide content in ways you've consented to …`, and a mailing list's
/// `You can update your preferences (…) or unsubscribe (…)`.
pub(crate) fn is_consent_notice(t: &str) -> bool {
    t.len() <= 600
        && CONSENT_OPENING_INDEX.parse(t).is_ok()
        && (contains_ci(t, "agree", 1)
            || contains_ci(t, "cookie", 1)
            || contains_ci(t, "privacy", 3)
            || contains_ci(t, "terms", 3)
            || contains_ci(t, "consent", 0)
            || contains_ci(t, "unsubscribe", 4))
}

/// True for a subscription pitch (`Subscribe to Harbor Plus to get
/// access to …`): the call and what it gives access to.
fn is_subscription_pitch(t: &str) -> bool {
    matches!(t.as_bytes().first(), Some(b'S' | b's'))
        && starts_with_ci(t, "subscribe to ")
        && contains_ci(t, "access", 0)
        && !more_words_than(t, 60)
}

/// True for a cookie banner (`We use cookies to …; by continuing you
/// agree …`) or the consent line under an address box (`By providing an
/// email address, I agree to the Terms of Use …`): [`is_consent_notice`]
/// for lines shorter than the long-line path that asks it.
fn is_cookie_or_address_consent(t: &str) -> bool {
    [
        "we use cookies",
        "this website uses cookies",
        "this site uses cookies",
        "our website uses cookies",
        "by providing an email",
        "by providing your email",
        "i would like to be emailed",
        "i would like to receive",
    ]
    .iter()
    .any(|o| starts_with_ci(t, o))
        && is_consent_notice(t)
}

/// True for the pitch of a newsletter sign-up box: `Your guide to the week
/// on Capitol Hill, delivered every weekday morning.`
pub(crate) fn is_newsletter_pitch(t: &str) -> bool {
    word_count(t) <= 25
        && [
            "newsletter",
            "delivered",
            "inbox",
            "sign up",
            "subscribe",
            "every morning",
            "every weekday",
            "every week",
        ]
        .iter()
        .any(|w| contains_ci(t, w, 0))
}

/// True when `s` holds `needle` (ASCII), ASCII case ignored. The places
/// holding the needle's letter at `anchor` (a rare one: fewer places to
/// compare) are found with `memchr`.
pub(crate) fn contains_ci(s: &str, needle: &str, anchor: usize) -> bool {
    let (s, needle) = (s.as_bytes(), needle.as_bytes());
    let letter = needle[anchor];
    memchr2_iter(letter.to_ascii_lowercase(), letter.to_ascii_uppercase(), s).any(|at| {
        at.checked_sub(anchor)
            .and_then(|start| s.get(start..start + needle.len()))
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
    })
}

/// A row of share labels glued or separated (`Share Tweet Email`,
/// `Facebook :Facebook`, `ShareSave`).
fn is_share_row(t: &str) -> bool {
    // Share labels are words of three letters or more.
    if t.len() < 3 || t.len() > 80 {
        return false;
    }
    // One to eight words, each a label (no list of them is kept: the
    // first word that is no label, or a ninth word, settles it).
    // A button may name what it shares (`Artikel teilen Merken`).
    const OBJECTS: &[&str] = &["artikel", "beitrag", "article", "story"];
    let is_label = |w: &str| {
        LABEL_LIST.contains(w)
            || w.eq_ignore_ascii_case("sharesave")
            || w.eq_ignore_ascii_case("sharetweet")
    };
    let is_object = |w: &str| OBJECTS.iter().any(|o| o.eq_ignore_ascii_case(w));
    // The first word settles most lines. When it is letters and digits
    // ending at an ASCII separator (or at the end), it is found byte by
    // byte and looked up before the line is split by characters.
    let bytes = t.as_bytes();
    let end = bytes
        .iter()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(bytes.len());
    let separated = bytes
        .get(end)
        .is_none_or(|&b| b.is_ascii_whitespace() || matches!(b, b'|' | b':' | b'/' | 0x0b));
    if end > 0 && separated && !is_label(&t[..end]) && !is_object(&t[..end]) {
        return false;
    }
    let (mut words, mut labels) = (0, 0);
    for w in t
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | ':' | '/' | '·' | '•'))
        .filter(|w| !w.is_empty())
    {
        words += 1;
        let label = is_label(w);
        if words > 8 || !label && !is_object(w) {
            return false;
        }
        labels += usize::from(label);
    }
    labels > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_line_is_never_passed_over() {
        for line in [
            "www.example.com",
            "www.example.com 2/3",
            "example.org",
            "Www.Example.org",
            "https://example.com/story.html 1/3",
            "http://example.com 4",
            "example.com.au/news/flood-peak/104987654",
            "example.com.au/news 12",
            "www.example.com\u{a0}3",
            "Read www.example.com",
            "plain words here",
        ] {
            let t = line.trim();
            if is_url_line(t) {
                assert!(may_be_url_line(t, Holds::of(t)), "{line:?}");
            }
        }
    }

    #[test]
    fn reader_notices_and_newsletter_footers_are_chrome() {
        for line in [
            "Story continues after the photo.",
            "Article continues below this advertisement",
            "Thank you for subscribing!",
            "Opinions expressed by Courier contributors are their own.",
            "Get email alert for articles from author",
            "Our mailing address is:",
            "Want to change how you receive these emails?",
            "Support our nonprofit newsroom: Donate (https://example.com/donate)",
            "Follow me on Mastodon.",
            "FTC: We use income earning affiliate links. More.",
            "Legal Disclaimer:",
            "Read this story on the Courier (https://example.com/ferry-fares)",
            "— Harbour News (@harbournews) June 12, 2025",
            "#WATCH | Ferries halted in Veldan as the storm nears pic.twitter.com/AbC123",
            "Add Harbour News to your Google News feed.",
            "I write about oceans, climate and the science of the polar regions.",
            "Like Opinion & Editorial on Facebook, follow @HarbourOpEd on X to receive all updates.",
            "Related news: Veldan ferry fares to rise by a third",
            "You may also be interested in: Harbour pilots strike",
            "Printed and distributed by PressReader PressReader.com +1 604 278 4604",
            "Get the biggest daily stories by email",
            "Users with a Courier account can leave comments on our stories. Read our guidelines.",
            "Open this photo in gallery:",
            "harbournews.example.com · 5 min",
            "#Omnivore",
            "Is this page useful?",
            "Subscribe to HARBOR PLUS to get access to The Harbor Post & other titles, share up to 5 gadgets.",
            "Don't miss out on the latest news and information.",
            "We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies.",
            "By providing an email address. I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.",
            "ZCZC",
            "HNA0417 3 ECO 0412",
            "Categories: Falkland Islands, Fisheries.",
            "Commenting for this story is now closed.",
            "Stay informed with The Harbor Post – your source for credible journalism.",
            "All content is available under the Open Government Licence v3.0, except where otherwise stated",
            "Contents",
            "#ferries #harbour-news",
            "This is Google's cache of https://example.com/ferry. It is a snapshot of the page as it appeared on 13 Feb 2024 07:02:51 GMT.",
            "This is Google's cache of https://example.com/news/2024/harbour-ferry-fares-rise/. It is a snapshot of the page as it appeared on 13 Feb 2024 07:02:51 GMT. The current page could have changed in the meantime. Learn more.",
            "Full version Text-only version View source",
            "LINE",
            "Open this article in the audio player",
            "Leave your comment",
            "For Subscribers",
        ] {
            assert!(is_chrome(line, line), "{line}");
        }
        let consent = "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. This may include adverts from us and third parties based on our understanding. You can unsubscribe at any time. More info in our privacy notice.";
        assert!(is_chrome(consent, consent));
        let footer = "You can update your preferences (https://example.com/profile?u=1&id=2) or unsubscribe from this list (https://example.com/unsubscribe?u=1&id=2&e=3).";
        assert!(is_chrome(footer, footer));
        for line in [
            "The story continues to unfold in the harbour town.",
            "Opinions differ on the fare rise.",
            "— and the port reopened (@noon) on Monday",
            "Add two cups of flour to the bowl.",
            "The council said it would send the results by email.",
            "#1 in the league again",
            "G7 SUMMIT OPENS IN 2025",
            "#MeToo reached the harbour town in 2018, organisers said.",
            "We use the ferry every day, said one commuter, who has lived in Veldan since 1998 and has never seen fares rise by a third in one go, and who now plans to drive to work instead of taking the boat across the estuary.",
        ] {
            assert!(!is_chrome(line, line), "{line}");
        }
    }

    #[test]
    fn glued_tails() {
        for (text, tail) in [
            (
                "Ana Lind covers trade. Email ana@example.com // Twitter @ana",
                Some("Email ana@example.com // Twitter @ana"),
            ),
            (
                "A version appears in print. Order Reprints| Today's Paper",
                Some("Order Reprints| Today's Paper"),
            ),
            (
                "Ana Lind covers trade. Follow her on Twitter @ana or email her.",
                None,
            ),
            ("Talks resume on Monday.", None),
        ] {
            assert_eq!(glued_tail(text).map(|at| &text[at..]), tail, "{text}");
        }
    }

    #[test]
    fn chrome_table() {
        for (line, expected) in [
            ("Share", true),
            ("Advertisement", true),
            ("Sign up to our morning briefing", true),
            ("Read more: Port talks collapse", true),
            ("4 Min Read", true),
            ("Revivez le direct du vote à l’Assemblée avec vos questions.", true),
            ("Spotted an error? Let us know through our corrections form.", true),
            ("The engineers found an error in the crane's software.", false),
            ("Suivez notre direct sur la grève des contrôleurs", true),
            ("Veldan University – Study of ferry fares  Page 1 of 2", true),
            ("Page 2 of 2", true),
            ("Medium", true),
            ("Email to a Friend", true),
            ("Opslaan", true),
            ("16 Lunedì 30 Novembre 2026 Il Sole 24 Ore", true),
            ("LEE TAMBIÉN: Machu Picchu estrena horarios", true),
            ("Czytaj więcej", true),
            ("[image 1 (link #2)]", true),
            ("[image 1 (link #)]", false),
            ("Next: Harbour taxi drivers strike over impounded vehicles", true),
            ("You can unsubscribe at any time. By signing up you are agreeing to our Terms of Use.", true),
            ("Comments will be moderated. Keep comments relevant to the article.", true),
            ("Alle Rechte vorbehalten. Nutzung ausschließlich für den privaten Eigengebrauch.", true),
            ("Enjoying this article? Click here to subscribe for full access.", true),
            ("À lire aussi", true),
            ("Écouter l’article", true),
            ("Baca juga: Harga beras naik di pasar induk", true),
            ("Écoles fermées jusqu'à lundi", false),
            ("Medium-sized firms will pay less, the minister said.", false),
            ("Keywords: Harbour, Ferries, Budget", true),
            ("Keywords matter to search engines, the consultant said.", false),
            ("The council met on page 1 of 2 agendas.", false),
            ("11 Comments", true),
            ("1 / 5", true),
            ("list of 4 items", true),
            ("list 1 of 4", true),
            ("end of list", true),
            ("https://example.com/port-talks.html 2/4", true),
            ("@janeroe", true),
            ("Follow @janeroe", true),
            ("Follow Harbour News on Facebook and Twitter and never miss an update!", true),
            ("Follow the money, the inspector told the committee on Tuesday.", false),
            ("![](images/page-1.png)", true),
            ("___", true),
            ("•", true),
            ("Share Tweet Email", true),
            ("Facebook :Facebook", true),
            ("Share prices fell on Monday.", false),
            ("[Example Insider] [Example Insider]", true),
            ("[Read: the talks resume]", true),
            (
                "The port reopened on Monday after a week of strikes.",
                false,
            ),
            (
                "Advertising revenue rose 4 per cent, the company said.",
                false,
            ),
            ("READ MORE: Port talks collapse", true),
            ("  ·  Tweet | Share | Email ", true),
            ("The Morning NEWSLETTER", true),
            ("Our oceans series is SUPPORTED BY:", true),
            ("Please SUBSCR\u{130}BE", false),
            ("Readers can Subscribe", true),
            ("www.example.com 1/3", true),
            ("Visit www.example.com", false),
            ("Écrivez-nous", false),
            ("Lire aussi : la grève", true),
            ("Get the WNEWSLETTER", true),
            ("newsletter", true),
            ("News letters", false),
            // Ad markers in other languages, and where the story goes on.
            ("Anzeige", true),
            ("PUBLICITÉ", true),
            ("Pubblicità", true),
            ("Reklama", true),
            ("Story continues below advertisement", true),
            ("Skip Advertisement", true),
            ("(Story continues below)", true),
            ("Die Anzeige erschien am Montag in drei Zeitungen.", false),
            ("Publicidad engañosa", false),
            // Share, save and gift buttons in general.
            ("Share to X", true),
            ("Compartir en Facebook", true),
            ("Partager sur LinkedIn", true),
            ("Artikel teilen", true),
            ("Artikel teilen Merken", true),
            ("Story", false),
            ("Article Share", true),
            ("Copy Link copied", true),
            ("Gift this article", true),
            ("X", true),
            ("3", true),
            ("A", false),
            (
                "Share to buy a home fell to its lowest level since 2019, the bank said.",
                false,
            ),
            (
                "Compartir en familia es lo que más valoran los vecinos, dijo.",
                false,
            ),
            // Link-box labels and correction links.
            ("Show Caption", true),
            ("Report an error", true),
            ("Trending", true),
            ("Top stories", true),
            ("Más información", true),
            ("Lesen Sie auch: Der Hafen bleibt zu", true),
            ("Lesen Sie auch die Stellungnahme der Stadt.", false),
            // Promotions that close with a call to action.
            (
                "Get the best of the week's port news in your inbox. Sign up here.",
                true,
            ),
            (
                "Thanks for reading The Dock Letter! Subscribe for free to receive new posts.",
                true,
            ),
            ("Join our WhatsApp channel", true),
            (
                "Join our team of volunteers, the mayor urged residents.",
                false,
            ),
            ("More than 2,000 residents rushed to sign up.", false),
            // Footer link rows with a legal link.
            (
                "Subscribe | Terms of Service | Privacy Policy | Your Privacy Choices",
                true,
            ),
            ("Contact us | Impressum", true),
            ("Port | Rail | Road", false),
            (
                "Terms of the deal were not disclosed | the firm said.",
                false,
            ),
            // Wire status lines.
            ("1ST LEAD", true),
            ("REFILE-UPDATE 2-", true),
            ("CORRECTED", true),
            ("WRAPUP 1", true),
            ("Update 2", false),
            ("LEAD POISONING", false),
            // Print headers and home links.
            ("3/7/25, 9:14 AM Port talks resume | Example News", true),
            ("12/31/2024, 23:05 Port talks resume", true),
            ("3/7/25 was the date of the vote.", false),
            ("The Example Times - Back to homepage", true),
            ("The union wants to go back to home rule.", false),
            // Related links with the linked headline on the same line.
            ("Also Read: Ferry fares frozen until April", true),
            ("Lire aussi  Grève des dockers : ce qui change", true),
            ("Read also Why the port is losing ships?", true),
            ("Related Harbour board to vote on fares", true),
            ("Also read the board's full statement.", false),
            ("Related charges were dropped on Monday.", false),
            ("Trending upward, fares rose for a third month.", false),
            // Share widgets, players and copy-link buttons.
            ("Click to share on Facebook (Opens in new window)", true),
            ("Click to email a link to a friend (Opens in new window)", true),
            ("Like this:", true),
            ("Like Loading...", true),
            ("Like this, the ferry runs twice a day.", false),
            ("Écouter cet article", true),
            ("ascolta articolo", true),
            ("Copia link", true),
            ("Lien copié", true),
            ("00:00/04:12", true),
            ("0:00 / 7:48", true),
            ("The vote was 4:12 in favour.", false),
            ("Share full article", true),
            ("Share options", true),
            (
                "Keep your friends informed by sharing this article example.com/news/ferry-fares/1049",
                true,
            ),
            ("The board plans to stop sharing this article's data.", false),
            ("example.com.au/news/ferry-fares/1049", true),
            ("and/or", false),
            ("U.S./Mexico", false),
            ("Sept./Oct.", false),
            ("Video Now: Storm damage across the county", true),
            ("Read Time: 2 min", true),
            // E-mail headers and footers, and a site footer.
            ("View this email in your browser", true),
            ("View in browser <https://link.example/view/6f2a>", true),
            ("For more insights like these, click here to try it for free", true),
            ("By signing up, you acknowledge and agree to our Privacy Policy", true),
            ("Read more from Sky News:", true),
            ("We may earn a commission from links on this page.", true),
            ("Harbor AI is in beta. Translations may contain inaccuracies—please refer to the original content.", true),
            ("📬 Sign up for the Daily Brief", true),
            ("👉 Subscribe to Harbour News | Website | X | Instagram", true),
            ("Start the day with a summary of the day’s most important and interesting stories, analysis and insights. Sign up for our Morning Edition newsletter.", true),
            ("Harbour News Is A Trust Project Member", true),
            ("(Catch all the Industry News, Banking News and Updates on The Harbour Times.)", true),
            ("The trust said the project would start in May.", false),
            ("1/2", true),
            ("1998/99", false),
            ("Join the Herald's WhatsApp Channel and get the latest news.", true),
            ("Harbor may earn a portion of sales from products that are purchased through our site as part of our Affiliate Partnerships with retailers. The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used.", true),
            ("Want to join the conversation? Please or to comment on this article.", true),
            ("TEXT AD: Grow your business with our package - Call 0809 123 4567", true),
            ("Copy Link URL Copied!", true),
            ("Follow", true),
            ("Watch Harbour News", true),
            ("Watch the harbour crews work through the night", false),
            ("Add Harbour News on Google", true),
            ("By signing up, you acknowledge and agree to our Privacy Policy and Terms of Service. You may unsubscribe at any time by following the directions at the bottom of the email or by clicking on the link provided.", true),
            ("By signing up for the scheme in 2019, the growers agreed to sell only to the cooperative, which then cut its prices twice in two years and left them with debts they say they cannot repay.", false),
            ("If you buy something from a Gazette link, we may earn a commission.", true),
            ("How does this make you feel?", true),
            ("Why you can trust Veldan News", true),
            ("License Photo", true),
            ("Listen to this article", true),
            ("This audio is generated by an AI tool.", true),
            ("Read a summary of this article on FAST.", true),
            ("Copy/paste the article video embed link below:", true),
            ("6–8 minutes", true),
            ("2 min Reading time", true),
            ("3 mins to read", true),
            ("Article content", true),
            ("Twitter : @kessling.example, @KesslingTV", true),
            (
                "BERNAMA news and information are also available on BERNAMA TV and BERNAMA Radio.",
                true,
            ),
            (
                "You are receiving this email because you set up a news alert at example.com. Manage your alerts | Unsubscribe",
                true,
            ),
            (
                "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.",
                true,
            ),
            (
                "Check out this article from Kessling News: Ferry fares rise https://example.com/fares",
                true,
            ),
            (
                "Your email address will not be published. Required fields are marked *",
                true,
            ),
            ("Advertisement 2", true),
            ("This advertisement has not loaded yet, but your article continues below.", true),
            ("Got a story? Get in touch with the news desk by email.", true),
            ("Διαβάστε επίσης: Νέες λεωφορειολωρίδες", true),
            ("Listen 00:00 / 04:12", true),
            (
                "I would like to be emailed about offers, events and updates from the Courier. Read our privacy notice.",
                true,
            ),
            ("THE KESSLING STAR, TUESDAY, DECEMBER 8, 2026 NEWS A5", true),
            ("Les også", true),
            ("Annonse", true),
            ("Lue myös: Sähköpotkulautojen yöajokielto jatkuu", true),
            (
                "Get your news on the go. Download the latest Kessling App for Android and IOS now.",
                true,
            ),
            (
                "Readers like you are keeping these stories free for everyone. Support the Courier",
                true,
            ),
            ("Summarize this article with AI", true),
            (
                "We are a voice to you. Together we build journalism that is independent and fearless. You can help us by making a donation.",
                true,
            ),
            (
                "Support the Kessling Courier’s independent journalism: not-for-profit and governed by an ethics code. Become a monthly donor.",
                true,
            ),
            (
                "The foundation said the donations would support local journalism in three counties.",
                false,
            ),
            ("Veldan Times of Kessling | MONDAY, NOVEMBER 30, 2026 | 5", true),
            ("Haberin Devamı", true),
            ("Kindly Share This Story:", true),
            ("Citește și: Cum arată noul plan de mobilitate", true),
            ("FOR IMMEDIATE RELEASE", true),
            ("Skip to contentSkip to site index", true),
            ("Search & Section Navigation", true),
            ("example.org", true),
            ("6 minutes later, the ferry sank.", false),
            ("Visit example.org for more.", false),
            ("We went there <http://x.example>, she said.", false),
            ("Read the full story on example-courier.example", true),
            (
                "You are receiving this email because you subscribed to alerts from The Example Courier.",
                true,
            ),
            ("Unsubscribe | Update preferences", true),
            ("The Example Courier · 100 Harbor St · Ashford, VA 23000", true),
            ("Jane Roe · Example News", false),
            ("Harbour · Rail · Road", false),
            ("Corrections and clarifications|Submit a news tip|Report error", true),
            ("Contact Us", true),
            ("Site Index", true),
            ("Contact the harbour master before sailing.", false),
            // Network-wide promotions and disclaimers.
            (
                "Get Latest Harbour News along with Top Headlines from around the world.",
                true,
            ),
            ("This article is an opinion. Opinions are the writer's own.", true),
            // Print furniture: jump lines and running heads.
            ("(Continued on Page 14)", true),
            ("Continued from Page A1", true),
            ("FROM PAGE 3", true),
            ("6 THE HARBOUR TIMES, TUESDAY, NOVEMBER 18, 2025 NEWS", true),
            ("Harbour News Tuesday, October 15, 2024 3", true),
            ("The port reopened on Tuesday, October 15, 2024 3", false),
            ("From the page 3 story", false),
            ("See FERRY, Page A6", true),
            ("Please see FERRY, A6", true),
            ("See you in 2", false),
            ("See the board's report on page 4 for details.", false),
            ("Continued on the same road for 3 miles.", false),
            ("12 THE EXAMPLE SENTINEL, Thursday, October 3, 1968", true),
            ("A4 THE EXAMPLE DISPATCH TUESDAY, MARCH 4, 2025", true),
            ("THE EXAMPLE DISPATCH, March 4, 2025", true),
            ("12 ferries sailed on March 4, 2025", false),
            ("FERRY FARES FROZEN, March 4, 2025", false),
            // Mail headers with an address.
            ("To: reader@example.com", true),
            ("Reply-To: desk@example.com", true),
            ("To: the harbour board", false),
            (
                "You can read diverse opinions from our Opinion contributors on the Opinion front page.",
                true,
            ),
        ] {
            assert_eq!(is_chrome(line, line), expected, "{line}");
        }
    }

    #[test]
    fn related_labels() {
        for (line, expected) in [
            ("Related", true),
            ("READ MORE:", true),
            ("Most read in Business", true),
            ("Most read stories of the week so far", false),
            ("More stories", true),
            ("Related coverage", true),
            ("Related talks resume on Monday", true),
            ("Related talks resume on Monday morning", false),
            ("The talks resume", false),
            ("Also Read", true),
            ("Trending Stories", true),
            ("La rédaction vous conseille", true),
            ("Trending stories are a distraction, he said.", false),
        ] {
            assert_eq!(is_related_label(line), expected, "{line}");
        }
    }

    #[test]
    fn openings_are_found_in_either_case() {
        for opening in OPENINGS {
            for line in [
                format!("{opening} x"),
                format!("{} x", opening.to_ascii_uppercase()),
            ] {
                let (_, found) = OPENING_INDEX.parse(&line).expect(opening);
                // The first opening of the list that the line has.
                let first = OPENINGS.iter().find(|o| starts_with_ci(&line, o)).unwrap();
                assert_eq!(found.len(), first.len(), "{opening}");
            }
        }
        assert!(OPENING_INDEX.parse("").is_err());
    }

    #[test]
    fn story_end_labels() {
        for (line, expected) in [
            ("Read more about:", Some(EndLabel::Tags)),
            ("In:", Some(EndLabel::Tags)),
            ("You Might Also Like …", Some(EndLabel::Related)),
            ("More from Harbour News", Some(EndLabel::Related)),
            ("More on Harbour News", Some(EndLabel::Related)),
            ("More on that later", None),
            ("In the harbour, the cranes stood still.", None),
        ] {
            assert_eq!(story_end_label(line), expected, "{line}");
        }
    }

    #[test]
    fn summary_labels() {
        for (line, expected) in [
            ("Key Points", true),
            ("Synopsis", true),
            ("In Summary", true),
            ("Story at a glance", true),
            ("**Story at a glance**", false),
            ("Highlights:", true),
            ("In short:", true),
            ("In short, the port is closed.", false),
            ("A story at a glance of the port", false),
        ] {
            assert_eq!(is_summary_label(line), expected, "{line}");
        }
    }
}
