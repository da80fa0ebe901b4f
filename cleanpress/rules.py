"""The registry of rules: every edit cleanpress makes carries one of these codes.

Codes group by family, so ``select``/``ignore`` work by prefix (``"CP1"`` is all chrome patterns):

- ``CP1xx`` chrome recognised by patterns (:mod:`cleanpress.chrome`)
- ``CP2xx`` boilerplate judged by block features and context (:mod:`cleanpress.boilerplate`)
- ``CP3xx`` duplicates inside a document (:mod:`cleanpress.duplicates`)
- ``CP4xx`` repairs inside the lines that stay (:mod:`cleanpress.canonical`)
- ``CP9xx`` blank lines (:mod:`cleanpress.pipeline`)
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    family: str
    #: What the rule removes and why, for ``--explain`` and the README.
    summary: str
    #: A block the rule removes.
    example: str
    #: A block the rule must leave alone.
    keeps: str
    #: Applied unless deselected; a rule off by default applies only when ``select`` names it
    #: (or a prefix of it longer than "CP").
    default: bool = True


def _rules(*rules: Rule) -> dict[str, Rule]:
    return {r.code: r for r in rules}


RULES: dict[str, Rule] = _rules(
    Rule("CP101", "subscribe-prompt", "chrome", "subscribe, sign-up, newsletter, membership or app prompt",
         "Subscribe to our newsletter", "The paper lost 3,000 subscribers after the price rise."),
    Rule("CP102", "share-buttons", "chrome", "share and social buttons",
         "Share this: Facebook Twitter Email", "She did not share the letter with reporters."),
    Rule("CP103", "follow-us", "chrome", "follow-us prompt or bare social handle",
         "Follow us on Twitter", "Police followed the suspect on foot."),
    Rule("CP104", "navigation", "chrome", "navigation menu, breadcrumb, account link or post navigation",
         "Home | World | Politics", "Home prices rose 4% in October."),
    Rule("CP105", "advertisement", "chrome", "advertisement or sponsored-content marker",
         "ADVERTISEMENT", "The advertisement ran during the Super Bowl."),
    Rule("CP106", "related-link", "chrome", "related, read-more or recommended link",
         "READ MORE: Five things to know", "Read more books, the minister urged."),
    Rule("CP107", "cookie-notice", "chrome", "cookie or consent notice",
         "We use cookies to improve your experience.", "The bakery sells cookies."),
    Rule("CP108", "copyright", "chrome", "copyright, all-rights-reserved, licence or powered-by line",
         "© 2019 Reuters. All rights reserved.", "The copyright case went to court."),
    Rule("CP109", "media-credit", "chrome",
         "photo or video credit, or a caption that ends with its credit or is labelled",
         "Photo: John Smith/Getty Images", "The photo was taken in 1945."),
    Rule("CP110", "byline", "chrome", "byline, author or credit line",
         "By Jane Doe, Staff Writer", "By noon, the crowd had gone."),
    Rule("CP111", "social-counter", "chrome", "social counter, rating or feedback widget, error-report link, bare number or bullet",
         "Comments (3)", "3 people were injured."),
    Rule("CP112", "timestamp", "chrome", "stray timestamp, dateline or last-edited line",
         "09:31 GMT 30.12.2021", '"3:30 PM [20:30 GMT] THE PRESIDENT holds a phone call," it said.'),
    Rule("CP113", "bare-url", "chrome", "line that is only a URL or e-mail address",
         "https://example.com/news/1", "Visit https://example.com for the full report, she said."),
    Rule("CP114", "section-heading", "chrome",
         "heading of a comments, related, most-read or author section (ends the article body)",
         "You may also like", "Related reading is listed below, the author wrote."),
    Rule("CP115", "comment-meta", "chrome", "comment author or reply line, or a comment form's small print",
         "jsmith says:", "Smith says the plan will work."),
    Rule("CP116", "corpus-boilerplate", "chrome",
         "block that recurs across the corpus: in many documents of its site, or on many sites (learned)",
         "Never miss a story from The Herald (on 300 of its pages)",
         "A sentence quoted by two or three articles of the site."),
    Rule("CP117", "media-embed", "chrome",
         "image or media embed, not text (Markdown ![alt](url)), a player's stand-in text or label",
         "![The old sea wall at low tide](https://example.com/wall.jpg)",
         "The council published [the engineers' report](https://example.com/report.pdf)."),
    Rule("CP118", "shop-widget", "chrome",
         "a shop's cart or buy button (or a job board's apply button), saving, stock, quantity, delivery or "
         "stock-number line",
         "Add to Cart", "The tickets sold out within an hour, the promoter said."),
    Rule("CP199", "extra-chrome", "chrome", "matches a user-given extra-chrome pattern",
         "(configured)", "(configured)"),
    Rule("CP201", "before-body", "boilerplate", "boilerplate before the body of the text",
         "Got a news tip?", "(the body itself)"),
    Rule("CP202", "after-body", "boilerplate", "boilerplate after the body of the text",
         "Brookings: AI will heavily affect tech jobs", "(the body itself)"),
    Rule("CP203", "caption", "boilerplate", "image caption next to a photo credit",
         "Above: A coworking space in San Francisco.", "A coworking space opened in San Francisco."),
    Rule("CP204", "related-box", "boilerplate", "link in a related box inside the body or right above it",
         "More from UK / Prince Andrew: BT abandons ties with duke / (the article goes on)",
         "Here are the highlights: (a line that ends like a sentence)"),
    Rule("CP205", "comment", "boilerplate",
         "a reader's comment, under the heading that opens the comments (--ignore CP205 keeps them)",
         "Leave a Reply / jdoe says: / (this line:) About time, I have waited years for this.",
         "the article's own paragraphs above the comments heading"),
    Rule("CP301", "repeated-title", "duplicate", "another copy of the title",
         "Biden and Putin to Hold Call | Site", "the title itself, kept once"),
    Rule("CP302", "exact-duplicate", "duplicate", "exact copy of another block",
         "a paragraph printed twice", "the first full copy"),
    Rule("CP303", "near-duplicate", "duplicate", "near-duplicate of another block (MinHash)",
         "a paragraph repeated with a word changed", "the more complete copy"),
    Rule("CP304", "contained-copy", "duplicate",
         "block whose words all occur in a fuller block (summary, teaser, pull quote)",
         "a summary that the lead repeats after a dateline", "the lead"),
    Rule("CP305", "glued-copy", "duplicate",
         "block made of other blocks glued together (a collapsed copy of the article)",
         "Talks start late.Later, the White House confirmed.", "the separate paragraphs"),
    Rule("CP306", "copy-across-files", "duplicate",
         "paragraph that copies or nearly copies one of an earlier document of the corpus (off unless selected)",
         "A paragraph of b.txt that a.txt already has", "The first occurrence, in a.txt", default=False),
    Rule("CP401", "mojibake", "canonical", "mojibake or broken encoding repaired (ftfy)",
         "CafÃ© -> Café", "Café"),
    Rule("CP402", "unicode-nfc", "canonical", "Unicode normalised to NFC",
         "e + combining acute -> é", "é"),
    Rule("CP403", "odd-space", "canonical", "no-break or other odd space made a plain space",
         "10\u00a0km -> 10 km", "a tab"),
    Rule("CP404", "invisible-char", "canonical", "zero-width space, word joiner, BOM or soft hyphen removed",
         "co\u00adoperate -> cooperate", "zero-width joiners in emoji"),
    Rule("CP405", "trailing-space", "canonical", "trailing white space stripped",
         "a line ending in spaces", "spaces inside a line"),
    Rule("CP406", "control-char", "canonical", "control character removed",
         "a bell character \x07", "tabs and line breaks"),
    Rule("CP407", "glued-sentence", "canonical", "space put back between glued sentences",
         "Moscow time.Later -> Moscow time. Later", "U.S., 3.5, e.g., Node.js, www.Example.com"),
    Rule("CP408", "final-newline", "canonical", "one final newline added to text of several lines",
         "a last line without a line break", "a one-line text"),
    Rule("CP409", "curly-quote", "canonical", "curly quote straightened (only with uncurl_quotes)",
         "“quoted” -> \"quoted\"", "curly quotes, by default"),
    Rule("CP410", "link-number", "canonical", "a text-mode browser's link number removed (lynx, w3m)",
         "[17]report -> report", "a footnote after a word: in 1950.[3]"),
    Rule("CP411", "heading-link", "canonical",
         "a heading's edit link or permalink sign removed (MediaWiki's [edit], Sphinx's and MkDocs' ¶)",
         "History[edit] -> History", "Press [edit] to change it."),
    Rule("CP901", "blank-lines", "layout", "blank line left over by removals",
         "a second blank line in a row", "one blank line between paragraphs"),
)

