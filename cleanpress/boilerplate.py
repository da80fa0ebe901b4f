"""Boilerplate judged by block features and context: the CP2xx rules.

Word lists cannot name most of a page's chrome: menus, teaser lists and footers use words of
their own. What they lack is prose. Each block gets a class and a value: prose (long, full of
function words, ending like a sentence) counts its length; a plain line (a list item, a table
row) counts a little; a link-like line (a menu item, a headline) and chrome count against; a
heading that opens a comments or related section counts strongly against. The body of the text
is the run of blocks with the largest total (Finn et al.'s body-text extraction, 2001, over
jusText-style block classes), or an earlier run nearly as good, extended over the lists that end
many articles. What a page's layout says adjusts it: the article begins after the headline that
repeats the page's title, and not with a long list of headlines; it ends before the heading that
opens the comments, and at a section heading, a wall of links or teaser cards where the prose
thins out into teasers; a related box inside it goes. Short blocks *inside* it stay (subheadings,
one-line paragraphs); prose *outside* it goes (teasers, comments, footers).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Container, Iterator, Sequence

import regex

from .canonical import without_heading_link
from .chrome import Match, is_price
from .features import Features, ends_like_a_sentence, tokens

PROSE, PLAIN, LINK, CHROME, SECTION, COMMENTS = "prose", "plain", "link", "chrome", "section", "comments"
#: A shop's widget (chrome.Match.inline: "Buy Now", "In stock") or a price alone
#: (chrome.is_price): it stands among the items of a deals article as much as in a shop's head and
#: menus, and neither holds a body together nor breaks it. The widget goes as chrome; the price
#: stays where it stands in the body and goes with what is around it elsewhere.
INLINE = "inline"
#: Blocks that a headline may stand over (see :func:`_over_chrome`), and that a numbered list
#: goes on past (:func:`_item_follows`).
_CHROME = frozenset({CHROME, INLINE})
#: Headings that open what follows an article: the body is not extended across them.
_HEADINGS = frozenset({SECTION, COMMENTS})
#: Short lines: the links of a box (see :func:`boxes`), a list at the body's head (:func:`trim_head`).
_BOX_ITEMS = frozenset({LINK, PLAIN})
#: Blocks that set teaser cards apart from an article (see :func:`undated_cards`).
_APART = frozenset({CHROME, SECTION, COMMENTS})
#: Blocks that make a wall (see :func:`cut_at_thinning`).
_WALL = frozenset({LINK, CHROME})

#: Value of a short, link-like block (a menu item, a teaser headline), in characters of prose.
LINK_VALUE = -40.0
#: Value of any other block that is not prose (a list item, a table row, a short line): slightly
#: positive, so lists and tables inside an article hold the body together, while menus do not.
PLAIN_VALUE = 10.0
#: Value of a chrome block recognised by a pattern.
CHROME_VALUE = -80.0
#: Value of a heading that opens comments or related links: the body does not run across it
#: unless more than this much prose follows.
SECTION_VALUE = -300.0
#: Value of the heading that opens the comments under an article ("Leave a Reply", "[ 12
#: comments ]"): what follows it is readers' prose, however much of it there is.
COMMENTS_VALUE = -3000.0
#: An earlier run of prose with at least this share of the best run's value is the body.
EARLY_SHARE = 0.6
#: A run before the comments with at least this share of the best run's value is the body: the
#: comments of a short article can outweigh it.
BEFORE_COMMENTS_SHARE = 0.25
#: Value of the heading of a "read also" box in mid-article (see :func:`inline_boxes`): the
#: article goes on after it, and a short one must not be cut in two there; it weighs as chrome.
INLINE_BOX_VALUE = -80.0
#: Short lines in a row before the first paragraph that the body does not begin with (see
#: :func:`trim_head`).
HEAD_LIST = 10
#: Value of a caption that carries its own photo credit (chrome.Match.captioned): it goes, but
#: it stands between an article's paragraphs, and must not split the body as chrome would.
CAPTION_VALUE = 0.0
#: Value of a shop's widget (:data:`INLINE`): it goes, but it splits nothing.
INLINE_VALUE = 0.0
#: Most links a related box inside the body holds (see :func:`boxes`).
BOX_MAX = 16
#: Link-like blocks in a row that end the body when it is extended past its last prose.
LINK_RUN = 3
#: Least share of the best run's value that the run after the title anchor needs to be the body.
ANCHOR_SHARE = 0.15
#: After the title anchor, the first run with this share of the best run there is the article's
#: (the best one may be a teaser list further down).
AFTER_ANCHOR_SHARE = 0.3
#: See :func:`cut_at_thinning`: value per block after the heading, as a share of before it.
CUT_THINNING = 1 / 3
#: See :func:`cut_at_thinning`: how many times the value after the heading the part before holds.
CUT_MAJORITY = 2.0
#: See :func:`cut_at_thinning`: prose blocks before the heading (a short article is left whole).
CUT_MIN_PARAGRAPHS = 3
#: See :func:`teaser_cards`: dates at a steady beat that make a list of teaser cards.
CARDS = 4
#: See :func:`teaser_cards`: the blocks of one card (head, date, summary), fewest and most.
CARD_SIZE = (3, 6)
#: See :func:`cut_at_thinning`: link-like or chrome blocks in a row that open a section as a
#: heading does (tags, a share bar); fewer are a subheading or a credit inside the article.
CUT_WALL = 4


def is_prose(f: Features) -> bool:
    """A block that reads like running text: long enough, with function words and a sentence end."""
    if f.weight >= 70 and f.stop_density >= 0.2 and (f.terminal or f.sentence_ends):
        return True
    # Languages without a stop-word list (or lists of numbers and names) still count when long,
    # and so does a paragraph of two sentences in a language of few function words (Russian has
    # no articles): a menu or a headline holds no sentence end.
    return ((f.weight >= 150 and f.sentence_ends >= 1 or f.weight >= 100 and f.sentence_ends >= 2 and f.terminal)
            and f.capitalised < 0.6
            # A sentence of a language that writes its function words into its words (Turkish,
            # Finnish, Hungarian): a dozen words, few of them capitalised, a full stop.
            or f.weight >= 100 and f.words >= 12 and f.terminal and f.capitalised < 0.35)


#: A headline run into its summary with no space between, as extractors write teaser cards
#: ("… Of U of M-Dearborn Student-AthleteA 24-year-old woman …", "… Troy SteakhouseA party of
#: six …"): four or more words of a Title Case headline (capitalised, numbers, or short words
#: like "of"), then a word whose lower-case letters (or digits) run into a capital.
_GLUED_TEASER = regex.compile(r"(?:(?:[\p{Lu}\d'‘“$(]\S*|\p{Ll}{1,3})\s+){4,}\S*?(?:\p{Ll}{3}|\d{3})\p{Lu}[\p{Ll}'’]*\s")
# A list item that is a teaser's headline, its dateline and its summary run together, as a
# text-mode renderer of lists writes a "latest news" box: "* UN regrets new US position on
# settlements UNITED NATIONS: United Nations Secretary General ...". The headline has no full
# stop (a decimal point aside) and ends in a word in small letters; the dateline is a place in
# capitals with a colon, a word of three letters or more ("NEW DELHI:", not "the EU:").
_DATELINED_TEASER = regex.compile(
    r"[*•·▪-]\s+(?:[^.!?\n]|(?<=\d)\.(?=\d)){15,200}?\p{Ll}['’”]?\s+"
    r"(?:\p{Lu}{2}\s+)?\p{Lu}[\p{Lu}.'’-]{2,}(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,2}:\s+[\p{Lu}\d“\"]")


def glued_teasers(flats: Sequence[str], kinds: Sequence[str]) -> list[int]:
    """The prose blocks that are a teaser's headline and summary glued together: link-like, for
    all their prose (a menu's teasers above an article read as prose, and outweigh it).

    >>> glued_teasers(["Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six "
    ...                "left the restaurant without paying.", "Now the Agency's SciSpacE team has called."],
    ...               ["prose", "prose"])
    [0]
    >>> glued_teasers(["* UN regrets new US position on settlements UNITED NATIONS: The Secretary General "
    ...                "said on Tuesday that he regretted the decision.",
    ...                "* The rules were set by the EU: Members must report by May, officials said."],
    ...               ["prose", "prose"])
    [0]
    """
    return [i for i, (f, k) in enumerate(zip(flats, kinds))
            if k == PROSE and (_GLUED_TEASER.match(f) or (f[:1] in "*•·▪-" and _DATELINED_TEASER.match(f)))]


#: Share of a block's text that is link text from which a line that is not prose is a link
#: (a menu item, a share bar, a teaser's headline), and a paragraph is a teaser's summary.
LINKED_SHARE = 0.5
LINKED_PROSE_SHARE = 0.8


def is_linked(k: str, share: float) -> bool:
    """Whether a block of class ``k`` whose text is ``share`` link text is a link: its words are
    mostly a link's (DOM-based extractors' link density, where markup shows the links).

    >>> is_linked("plain", 1.0), is_linked("prose", 0.6), is_linked("prose", 0.9)
    (True, False, True)
    """
    return (k == PLAIN and share >= LINKED_SHARE) or (k == PROSE and share >= LINKED_PROSE_SHARE)


#: The most a block in a script without case weighs (see :attr:`Features.weight`: a Chinese or
#: Japanese character counts three) and still reads as a menu item: a dozen characters.
CASELESS_LINK_WEIGHT = 36


def is_link_like(f: Features) -> bool:
    """Short, capitalised or bulleted, no sentence end: a menu item or a headline. In a script
    without case (Chinese, Japanese, Korean), short is enough.

    >>> from cleanpress.features import features
    >>> is_link_like(features("World News")), is_link_like(features("首页")), is_link_like(features("2019"))
    (True, True, False)
    """
    return f.words <= 5 and not f.terminal and (
        f.capitalised >= 0.6 or (f.bullet and f.words <= 3) or (f.caseless and f.weight <= CASELESS_LINK_WEIGHT))


def kind(f: Features, chrome: Match | None) -> str:
    """The class of a block: prose, plain, link, chrome, inline (a shop's widget; a price alone
    is made one by :func:`classify`), section (a section-ending heading) or comments (the
    heading that opens the comments)."""
    if chrome is not None:
        if chrome.opens_comments:
            return COMMENTS
        if chrome.inline:
            return INLINE
        return SECTION if chrome.section_end else CHROME
    if is_prose(f):
        return PROSE
    return LINK if is_link_like(f) else PLAIN


_VALUES = {PLAIN: PLAIN_VALUE, LINK: LINK_VALUE, CHROME: CHROME_VALUE, INLINE: INLINE_VALUE,
           SECTION: SECTION_VALUE, COMMENTS: COMMENTS_VALUE}


def value(k: str, f: Features) -> float:
    """What a block of class ``k`` adds to a body of text that holds it."""
    if k == PROSE:
        return float(min(f.weight, 1500))
    return _VALUES[k]


#: A line of code typed at a prompt: Python's (">>> r.status_code"), IPython's, a shell's, Julia's.
_PROMPTED = re.compile(r"(?:>>>|\.\.\.|In \[\d+\]:|[$>]|julia>)\s\S")


def classify(flats: Sequence[str], feats: Sequence[Features | None], matches: Sequence[Match | None],
             link_shares: dict[int, float] | None = None, gone: Container[int] = ()) -> tuple[list[str], list[float]]:
    """The class (:func:`kind`) and value (:func:`value`) of each block of a document, with what
    its neighbours, its text or its markup say: a teaser glued to its summary is a headline
    (:func:`glued_teasers`), so is a block that is mostly link text (``link_shares``, by block,
    where markup shows links: :func:`is_linked`), a caption carrying its own credit weighs
    :data:`CAPTION_VALUE`, for it stands between an article's paragraphs, and a number printed
    under a line of code that goes (``gone``: the blocks removed so far) nothing. The heading of
    a "read also" box weighs as a section heading here: what follows it decides, in the blocks
    each search looks at (:func:`weigh_inline_boxes`)."""
    kinds = [kind(f, m) for f, m in zip(feats, matches)]
    for i, m in enumerate(matches):
        if m is None and kinds[i] != PROSE and is_price(flats[i]):
            kinds[i] = INLINE  # a deals list's price stays in the body; over a product's text it goes
        elif m is not None and i in gone and m.code == "CP111" and i and _PROMPTED.match(flats[i - 1]) \
                and flats[i].isdigit():
            # A number printed under a line of code ("200"): it goes, and splits nothing. (One
            # that stays, its rule ignored, stays a number: its line of code may go as a copy.)
            kinds[i] = INLINE
    for i in glued_teasers(flats, kinds):
        kinds[i] = LINK
    for i, share in (link_shares or {}).items():
        if is_linked(kinds[i], share):
            kinds[i] = LINK
    values = [value(k, f) for k, f in zip(kinds, feats)]
    for i, m in enumerate(matches):
        if m is not None and m.captioned:
            values[i] = CAPTION_VALUE
    return kinds, values


@dataclass(frozen=True)
class Body:
    """Blocks ``start`` to ``end`` (inclusive) hold the body of the text."""

    start: int
    end: int
    #: The block repeating the page's head title that the body was found after, if it was.
    anchor: int | None = None
    #: The block that the body was cut at, where the prose thins out, if it was: a section
    #: heading, a wall of links (see :func:`cut_at_thinning`) or teaser cards (:func:`cut_at_cards`).
    cut: int | None = None
    #: What begins at block ``cut``: "heading", "wall" or "cards".
    cut_at: str | None = None

    def __contains__(self, i: int) -> bool:
        return self.start <= i <= self.end

    def __repr__(self) -> str:
        extra = "".join(f", {k}={v}" for k, v in (("anchor", self.anchor), ("cut", self.cut), ("cut_at", self.cut_at))
                        if v is not None)
        return f"Body(start={self.start}, end={self.end}{extra})"


def find_body(values: Sequence[float], early_share: float = EARLY_SHARE,
              comments: int | None = None) -> Body | None:
    """The run of blocks with the largest total value (None when nothing is prose).

    Runs are the stretches Kadane's algorithm keeps between resets; when an earlier run comes
    within ``early_share`` of the best one, the earlier one is the body: an article's text
    comes before the footer's disclaimers and the comments, seldom after them. A run that ends
    before block ``comments`` (the heading that opens the comments) needs only
    :data:`BEFORE_COMMENTS_SHARE`.

    >>> find_body([-40, 300, -40, 200, -600, 400, -40])
    Body(start=1, end=3)
    >>> find_body([-40, 100, -600, 900, -40])
    Body(start=3, end=3)
    >>> find_body([-40, 400, -3000, 900, 400], comments=2)
    Body(start=1, end=1)
    >>> find_body([10] * 60 + [-80] * 10 + [500, -80])  # sixty menu lines outweigh the prose
    Body(start=70, end=70)
    >>> find_body([-40, -60]) is None
    True
    """
    runs: list[tuple[float, int, int]] = []
    best, cur, start = 0.0, 0.0, 0
    span = None
    for i, v in enumerate(values):
        if cur <= 0:
            if span:
                runs.append((best, *span))
            best, cur, start, span = 0.0, 0.0, i, None
        cur += v
        if cur > best:
            best, span = cur, (start, i)
    if span:
        runs.append((best, *span))
    if not runs:
        return None
    # A run of plain lines alone (a long menu, each line worth a little) is no body where a run
    # holds prose: only a page without prose has its lists for a body.
    runs = [r for r in runs if max(values[r[1]:r[2] + 1]) > PLAIN_VALUE] or runs
    top = max(r[0] for r in runs)
    before = -1 if comments is None else comments  # runs that end before the comments
    total, s, e = next(r for r in runs
                       if r[0] >= (BEFORE_COMMENTS_SHARE if r[2] < before else early_share) * top)
    return Body(s, e)


def extend(body: Body | None, kinds: Sequence[str], numbers: Sequence[int | None] = (),
           stop: int | None = None) -> Body | None:
    """Grow the body past its last prose block over lists and short lines that follow it.

    Articles often end in a list, a table or a few short lines (tour dates, results, a recipe's
    ingredients) that are not prose. They stay with the body until a chrome block or a run of
    link-like blocks (a teaser list) begins. A numbered list (``numbers``: each block's item
    number, see :func:`list_number`) that starts right after the body, or whose items the body
    holds, goes on past chrome between its items (a shop link under each product) as long as
    the next item carries the next number. It never grows past the block the body was cut at,
    nor past ``stop`` (where teaser cards begin, whose headlines read as plain lines).

    >>> kinds = ["prose", "link", "chrome", "link", "chrome", "link", "chrome", "plain"]
    >>> extend(Body(0, 0), kinds, [None, 1, None, 2, None, 3, None, None])
    Body(start=0, end=5)
    >>> extend(Body(0, 0), kinds)  # without the numbers: chrome ends it
    Body(start=0, end=0)
    """
    if body is None:
        return None
    end = body.end
    run = 0
    expect = numbers[end] + 1 if numbers and numbers[end] is not None else None  # the next item
    limit = min([len(kinds), *(x for x in (body.cut, stop) if x is not None)])  # not past a cut
    for j in range(body.end + 1, limit):
        k = kinds[j]
        if k in _HEADINGS:
            break
        n = numbers[j] if numbers else None
        # The numbered list goes on (even through an item that looks like chrome), or one starts
        # right after the body.
        if n is not None and (n == expect or (n == 1 and j == end + 1)):
            end, run, expect = j, 0, n + 1
            continue
        if k == CHROME:
            if expect is not None and _item_follows(kinds, numbers, j, expect):
                continue
            break
        run = run + 1 if k == LINK else 0
        if run >= LINK_RUN:
            break
        if k != LINK:
            end = j
            if n is not None:
                expect = n + 1
    return body if end == body.end else Body(body.start, end, body.anchor, body.cut, body.cut_at)


def cut_at_thinning(body: Body | None, kinds: Sequence[str], values: Sequence[float]) -> Body | None:
    """End the body at a section heading inside it (related, most read, top stories) where the
    prose thins out: a teaser list of headlines with a line of summary each adds up, and can
    carry the best run of prose across the heading that opens it. A wall of at least
    :data:`CUT_WALL` link-like or chrome blocks in a row (the article's tags, a share bar, a
    menu) opens what follows just as a heading does.

    The body ends before the first such heading (or wall) after at least
    :data:`CUT_MIN_PARAGRAPHS` prose blocks, when the blocks after it hold less than
    :data:`CUT_THINNING` of the value per block of those before it, and the part before holds at
    least :data:`CUT_MAJORITY` times the value of the part after. An inline "Related" box in
    mid-article has the rest of the article after it, as dense as before: it cuts nothing.

    >>> article, teasers = [500] * 4, [-40, 150] * 6
    >>> cut_at_thinning(Body(0, 16), ["prose"] * 4 + ["section"] + ["link", "prose"] * 6,
    ...                 article + [-300] + teasers)
    Body(start=0, end=3, cut=4, cut_at=heading)
    >>> cut_at_thinning(Body(0, 19), ["prose"] * 4 + ["link"] * 4 + ["link", "prose"] * 6,
    ...                 article + [-40] * 4 + teasers)
    Body(start=0, end=3, cut=4, cut_at=wall)
    """
    if body is None:
        return None
    paragraphs = 0
    for h in range(body.start + 1, body.end):
        paragraphs += kinds[h - 1] == PROSE
        if paragraphs < CUT_MIN_PARAGRAPHS:
            continue
        if kinds[h] == SECTION:
            last, at = h, "heading"
        elif (kinds[h] in _WALL and kinds[h - 1] not in _WALL and h + CUT_WALL <= body.end
              and _WALL.issuperset(kinds[h:h + CUT_WALL])):
            last, at = h + CUT_WALL - 1, "wall"  # the wall, to its last block
            while last + 1 < body.end and kinds[last + 1] in _WALL:
                last += 1
        else:
            continue
        before, after = values[body.start:h], values[last + 1:body.end + 1]
        if _thins_out(before, after) and sum(before) >= CUT_MAJORITY * sum(after):
            return Body(body.start, h - 1, body.anchor, cut=h, cut_at=at)
    return body


def _thins_out(before: Sequence[float], after: Sequence[float]) -> bool:
    """Whether the blocks ``after`` a cut hold less than :data:`CUT_THINNING` of the value per
    block of those ``before`` it (neither empty)."""
    return sum(after) / len(after) < CUT_THINNING * sum(before) / len(before)


def teaser_cards(kinds: Sequence[str], dated: Sequence[bool], start: int = 0) -> int | None:
    """Where teaser cards begin, from block ``start`` on: a headline and a byline, a date, a line
    of summary, card after card (or None). Their dates (``dated``: a stray timestamp or a dated
    byline) come at a steady beat: :data:`CARDS` dates in a row, :data:`CARD_SIZE` blocks apart
    each time, with prose between most of them, and a head of blocks that are not prose before
    the first date. A live blog's entries vary in length; a timeline's dates have no head.

    >>> card = ["plain", "link", "chrome", "prose"]
    >>> kinds = ["prose"] * 4 + card * 4
    >>> teaser_cards(kinds, [k == "chrome" for k in kinds])
    4
    >>> teaser_cards(kinds, [False] * len(kinds)) is None
    True
    """
    for _, t, size in _steady_beats([i for i in range(start, len(kinds)) if dated[i]], CARDS):
        # Most cards hold a line of summary (a short one reads as a plain line).
        if 2 * sum(PROSE in kinds[a:a + size] for a in t[:-1]) < CARDS:
            continue
        h = t[0]  # the first card's head: the blocks before its date that are not prose
        while h > max(t[0] - size + 1, start) and kinds[h - 1] != PROSE:
            h -= 1
        if h < t[0]:
            return h
    return None


def _steady_beats(marks: Sequence[int], count: int) -> Iterator[tuple[int, Sequence[int], int]]:
    """Each run of ``count`` marks in a row (block indices, in order) that come the same number
    of blocks apart, within :data:`CARD_SIZE`: (where the run starts among the marks, the run,
    the distance)."""
    for j in range(len(marks) - count + 1):
        t = marks[j:j + count]
        size = t[1] - t[0]
        if CARD_SIZE[0] <= size <= CARD_SIZE[1] and all(b - a == size for a, b in zip(t, t[1:])):
            yield j, t, size


#: See :func:`undated_cards`: summaries at a steady beat that make a list of teaser cards.
UNDATED_CARDS = 5
#: See :func:`undated_cards`: the most a card's summary weighs, a sentence or two. A product in a
#: shopping list (name, price, shop link, review) has the same beat, and a longer text.
CARD_SUMMARY = 250


def undated_cards(kinds: Sequence[str], values: Sequence[float], start: int = 0) -> int | None:
    """Where teaser cards without dates begin, from block ``start`` on: :data:`UNDATED_CARDS`
    prose blocks in a row at a steady beat, :data:`CARD_SIZE` blocks apart, each after a head of
    short lines (a kicker, a headline, a source) and none longer than :data:`CARD_SUMMARY`, set
    apart from the prose before them by chrome (a newsletter box, share buttons, an ad marker):
    a list right under an article's own paragraphs is the article's. Returns the first card's
    head, or None.

    >>> card, summary = ["plain", "link", "plain", "prose"], [10, -40, 10, 150]
    >>> undated_cards(["prose"] * 4 + ["chrome"] + card * 5, [500] * 4 + [-80] + summary * 5)
    5
    >>> undated_cards(["prose"] * 4 + card * 5, [500] * 4 + summary * 5) is None  # the article's list
    True
    >>> undated_cards(["prose"] * 4 + ["chrome"] + card * 5, [500] * 4 + [-80] + [10, -40, 10, 400] * 5) is None
    True
    """
    prose = [i for i in range(start, len(kinds)) if kinds[i] == PROSE]
    for j, t, size in _steady_beats(prose, UNDATED_CARDS):
        if any(values[i] > CARD_SUMMARY for i in t):
            continue
        head = t[0] - size + 1  # the first card's head
        before = prose[j - 1] if j else start - 1  # the last paragraph before the cards
        if head > before and not _APART.isdisjoint(kinds[before + 1:head]):
            return head
    return None


def trim_head(body: Body | None, kinds: Sequence[str], numbers: Sequence[int | None] = (),
              code: Sequence[bool] = ()) -> Body | None:
    """Begin the body after a long list at its head: :data:`HEAD_LIST` or more short lines in a
    row (plain or link-like) before its first paragraph are a list of headlines or a menu that
    the article's prose, adding up, took in (each plain line counts a little), not the article's
    own. A numbered list's items (``numbers``) and lines of code (``code``: a README's example
    over its first paragraph, see :func:`is_code`) are the article's: they are no menu's items.

    >>> trim_head(Body(0, 13), ["plain"] * 12 + ["chrome", "prose"])
    Body(start=12, end=13)
    >>> trim_head(Body(0, 13), ["plain"] * 12 + ["chrome", "prose"], list(range(1, 13)) + [None] * 2)
    Body(start=0, end=13)
    """
    if body is None:
        return None
    first = next((i for i in range(body.start, body.end + 1) if kinds[i] == PROSE), None)
    run, start = 0, body.start
    for i in range(body.start, body.start if first is None else first):
        item = kinds[i] in _BOX_ITEMS and not (numbers and numbers[i] is not None) and not (code and code[i])
        run = run + 1 if item else 0
        if run >= HEAD_LIST:
            start = i + 1
    return body if start == body.start else Body(start, body.end, body.anchor, body.cut, body.cut_at)


def cut_at_cards(body: Body | None, kinds: Sequence[str], values: Sequence[float],
                 cards: int | None) -> Body | None:
    """End the body where teaser cards begin (block ``cards``, see :func:`teaser_cards`). No
    heading need open them, and their summaries add up to more than a heading or a wall can hold
    back (see :func:`cut_at_thinning`). The body ends before the first card when there are at
    least :data:`CUT_MIN_PARAGRAPHS` prose blocks before it, and the cards hold less than
    :data:`CUT_THINNING` of the value per block of what comes before them (a live blog's prose is
    as dense as the article's).

    >>> kinds = ["prose"] * 4 + ["plain", "link", "chrome", "prose"] * 4
    >>> cut_at_cards(Body(0, 19), kinds, [500] * 4 + [10, -40, -80, 250] * 4, 4)
    Body(start=0, end=3, cut=4, cut_at=cards)
    """
    if body is None or cards is None or not body.start < cards <= body.end:
        return body
    if kinds[body.start:cards].count(PROSE) < CUT_MIN_PARAGRAPHS:
        return body
    if _thins_out(values[body.start:cards], values[cards:body.end + 1]):
        return Body(body.start, cards - 1, body.anchor, cut=cards, cut_at="cards")
    return body


#: A line of the article's own under a misplaced heading ends with a full stop or a colon; a
#: headline may ask or exclaim ("Will taxes rise in 2024?").
_ENDS_LIKE_A_LEAD_IN = re.compile(r"""[.:;…](?:["'”’»)\]]|\s)*$""").search
#: A box's headline may read as prose (function words, a colon or an initial inside: "Tow-truck
#: operators to the rescue: owner of sailboat frozen in St. Croix River gets good news") but
#: does not end like a sentence, and is at most this long.
BOX_HEADLINE = 140


def boxes(kinds: Sequence[str], flats: Sequence[str], seq: Sequence[int]) -> Iterator[tuple[int, list[int]]]:
    """The related boxes among blocks ``seq``, as (heading, links) pairs: up to :data:`BOX_MAX`
    short lines that do not end like a sentence (a headline that reads as prose, up to
    :data:`BOX_HEADLINE` characters, among them), right under a section heading ("More from
    UK", "Mehr zum Thema"), with prose after them. A line that ends with a full stop or a colon
    ("Here are the highlights:") is the article's own: no box is there.

    >>> kinds = ["prose", "section", "plain", "link", "prose"]
    >>> list(boxes(kinds, ["", "", "Taxes to rise?", "Budget Day", "The budget is set."], range(5)))
    [(1, [2, 3])]
    >>> list(boxes(kinds, ["", "", "Here is how:", "Budget Day", "The budget is set."], range(5)))
    []
    >>> teaser = "Tow-truck operators to the rescue: owner of sailboat in St. Croix River gets good news"
    >>> list(boxes(["section", "link", "prose", "prose"], ["", "Budget Day", teaser, "The lead."], range(4)))
    [(0, [1, 2])]
    """
    for n, i in enumerate(seq):
        if kinds[i] == SECTION:
            links, prose_after = _box_under(kinds, flats, seq[n + 1:n + 2 + BOX_MAX])
            if links and prose_after:
                yield i, links


def _box_under(kinds: Sequence[str], flats: Sequence[str], after: Sequence[int]) -> tuple[list[int], bool]:
    """The links of the box under a heading, among the blocks ``after`` it, and whether prose
    follows them."""
    links = []
    for j in after:
        if (kinds[j] in _BOX_ITEMS or kinds[j] == PROSE and len(flats[j]) <= BOX_HEADLINE
                and not ends_like_a_sentence(flats[j])) and not _ENDS_LIKE_A_LEAD_IN(flats[j]):
            links.append(j)
        else:
            return links, kinds[j] == PROSE
    return links, False


def inline_boxes(kinds: Sequence[str], flats: Sequence[str], matches: Sequence[Match | None]) -> list[int]:
    """The headings of "read also" boxes in mid-article ("Read also", "Related links", "Lire
    aussi", "Читайте также"; not "Most read" or "Comments", which open what follows an article):
    a box (see :func:`boxes`), or the heading alone once the box's links are gone, with the
    article's prose going on after it. Such a heading weighs
    :data:`INLINE_BOX_VALUE`, not :data:`SECTION_VALUE`, so that a short article is not cut in
    two at it; a teaser list after an article is still cut off by :func:`cut_at_thinning`."""
    # Its links, if the box still has them (cleaned once, it has not), then the article.
    return [h for h, (k, m) in enumerate(zip(kinds, matches)) if k == SECTION and m is not None and m.read_also
            and _box_under(kinds, flats, range(h + 1, min(h + 2 + BOX_MAX, len(kinds))))[1]]


def weigh_inline_boxes(kinds: Sequence[str], flats: Sequence[str], matches: Sequence[Match | None],
                       values: Sequence[float]) -> list[float]:
    """``values`` with the heading of each "read also" box in mid-article among these blocks
    (:func:`inline_boxes`) weighing :data:`INLINE_BOX_VALUE`. Judged over the blocks given, as
    cleaning the output would judge them: a copy under the heading may have gone."""
    boxed = set(inline_boxes(kinds, flats, matches))
    return [INLINE_BOX_VALUE if j in boxed else v for j, v in enumerate(values)]


def _item_follows(kinds: Sequence[str], numbers: Sequence[int | None], j: int, expect: int) -> bool:
    """Whether the run of chrome blocks from ``j`` on ends at the list item numbered ``expect``."""
    while j < len(kinds) and kinds[j] in _CHROME and numbers[j] != expect:
        j += 1
    return j < len(kinds) and numbers[j] == expect and kinds[j] not in _HEADINGS


_NUMBERED = re.compile(r"(?:[*•·-]\s+)?(\d{1,3})[.)]\s+\S")
#: What a numbered list item starts with: its number, or a bullet before it.
_ITEM_STARTS = frozenset("0123456789*•·-")


def list_numbers(flats: Sequence[str]) -> list[int | None]:
    """:func:`list_number` of each block; most start with neither a digit nor a bullet, and are
    passed over without a call."""
    return [list_number(f) if f[:1] in _ITEM_STARTS else None for f in flats]


def list_number(flat: str) -> int | None:
    """The number of a numbered list item ("3) Blade Runner", "* 12. Thriller"), or None.

    >>> list_number("3) Blade Runner (4K)"), list_number("2019. A year"), list_number("Home")
    (3, None, None)
    """
    m = _NUMBERED.match(flat) if flat[:1] in _ITEM_STARTS else None
    return int(m.group(1)) if m else None


#: What code holds and a menu's items and headlines do not: an assignment, braces, a call.
_CODE = re.compile(r"[={}]|\w\(\)|\w\.\w+\(")


def code_lines(flats: Sequence[str], kinds: Sequence[str]) -> frozenset[int]:
    """The short lines (plain or link-like) that are lines of code (:func:`is_code`)."""
    return frozenset(i for i, k in enumerate(kinds) if k in _BOX_ITEMS and is_code(flats[i]))


def is_code(flat: str) -> bool:
    """Whether a block is a line of code (see :func:`trim_head`). Asked of every short line:
    most hold none of the characters code needs, which is cheap to see.

    >>> is_code(">>> r.status_code"), is_code("x = load(path)"), is_code("r.json()"), is_code("World News")
    (True, True, True, False)
    >>> is_code("julia> 1 + 1"), is_code("In [3]: df.head()")
    (True, True)
    """
    if "=" in flat or "(" in flat or "{" in flat or "}" in flat:
        return _CODE.search(flat) is not None or _PROMPTED.match(flat) is not None
    return (flat[:1] in ">$.I" or flat.startswith("julia>")) and _PROMPTED.match(flat) is not None


def comments(kinds: Sequence[str], matches: Sequence[Match | None], feats: Sequence[Features | None],
             flats: Sequence[str]) -> frozenset[int]:
    """The blocks that are readers' comments. The comments open at a heading or an author line
    ("Leave a Reply", "jdoe says:", a forum thread's second post's "Post by jim » Mon Oct 14,
    2019 8:12 am" and the ones after it) and end at a section heading ("Related posts"), or at a
    comments heading after comments ("Leave a Reply" over the form, "Comments are closed").
    Inside, a comment is a comment-like block (:func:`_comment_like`) within
    :data:`COMMENT_GAP` blocks of a line a pattern knows (an author line, a date, a rating, a
    reply link), or right after another comment (a comment of several paragraphs)."""
    found: set[int] = set()
    inside = False
    marker = -COMMENT_GAP - 1  # the last line a pattern knows, inside the comments
    previous = False  # whether the block before was a comment
    posts = 0  # forum posts' author lines so far
    for i, kind in enumerate(kinds):
        m = matches[i]
        is_comment = False
        if m is not None and m.forum_post:
            posts += 1
            if posts > 1:
                inside, marker = True, i
        elif kind == SECTION or kind == COMMENTS and m.code == "CP114" and found:
            inside = False
        elif kind == COMMENTS:
            inside, marker = True, i
        elif inside and m is not None:
            marker = i
        elif inside and (previous or i - marker <= COMMENT_GAP) and _comment_like(kind, m, feats[i], flats[i]):
            found.add(i)
            is_comment = True
        previous = is_comment
    return frozenset(found)


#: At most this many blocks from a line a pattern knows to the comment after it: an author's
#: name (a link), a date and a rating may stand before a comment.
COMMENT_GAP = 3


def _comment_like(kind: str, match: Match | None, f: Features, flat: str) -> bool:
    """Prose, or a sentence of two words or more that no pattern knows and that is no link: what
    a reader writes (a form's one-word labels, an author's linked name, the headlines of a
    sidebar are not). A short line that ends with a comma ("Hi Alex,") is a reply's greeting."""
    return match is None and (kind == PROSE or kind == PLAIN and f.words >= 2 and f.terminal
                              or kind in (PLAIN, LINK) and flat.endswith(","))


def find_title(flats: Sequence[str], feats: Sequence[Features], kinds: Sequence[str],
               body: Body | None, page_title: str | None = None,
               goes: Callable[[int], bool] = lambda i: True) -> int | None:
    """The block that is the title: a heading shortly before the first paragraph of the body.

    A heading repeated in the head of the page (the ``<title>`` and the ``<h1>``, often with
    `` | Site`` appended) is the title; otherwise the heading just before the body, skipping
    bylines and timestamps; failing those, the name that the first paragraph opens with
    (:func:`_named_by_lead`). ``page_title``: the page's first line (its <title>), when it is
    not the first of ``flats`` (gone as a copy of the title). A heading above the body that
    shares almost no word with the page's first line, where that line is the article's <title>
    (see :func:`_strays`), is a teaser's or a box's, not the title, if it ``goes`` as a block
    before the body (if not, its rule ignored or a keep pattern pinning it, it stays in the output
    and is chosen there, with no <title> to compare it with: so it is chosen here too).
    """
    if body is None:
        return None
    head = page_title if page_title is not None else flats[0]
    found = _find_title(flats, feats, kinds, body, _norm(head), page_title is None)
    # Only a heading above the body that goes: one that stays is chosen in the output, cleaned
    # again without the <title>, and must be chosen here.
    if found is not None and 0 < found < body.start and goes(found) and _strays(head, flats[found], flats[body.start:body.end + 1]):
        return None
    return found


#: See :func:`_strays`: the least share of a title's words that an article's <title> holds.
TITLE_OVERLAP = 0.2
#: See :func:`_strays`: the least share of a <title>'s words that its article's body holds.
HEAD_IN_BODY = 0.5


def _strays(head: str, title: str, body: Sequence[str]) -> bool:
    """Whether ``title`` shares less than :data:`TITLE_OVERLAP` of its words (of three letters or
    more) with ``head``, the page's first line, when that line is the article's <title>: four
    such words or more, at least :data:`HEAD_IN_BODY` of them in the body's blocks. A menu's
    first line ("Skip to main content") says nothing of the article; a teaser's headline ("'Comes
    down to one guy': All eyes turn to Gordon Sondland") or a byline over a page whose <title>
    is "Doctors offer to give free flu shots to detained migrants" strays from it.

    >>> body = ["Doctors offered free flu shots to migrants held at the border, warning of an epidemic."]
    >>> head = "Doctors offer to give free flu shots to detained migrants - Los Angeles Times"
    >>> _strays(head, "All eyes turn to Gordon Sondland", body), _strays(head, "Doctors offer free flu shots", body)
    (True, False)
    >>> _strays("Skip to main content", "All eyes turn to Gordon Sondland", body)
    False
    """
    words = {w for w in tokens(title) if len(w) > 2}
    if not words or len(words & {w for w in tokens(head) if len(w) > 2}) >= TITLE_OVERLAP * len(words):
        return False
    # Whether the first line is the article's <title>: its headline (less the site's name after
    # the last separator) is what the body is about.
    parts = SITE_SEPARATOR.split(head)
    heads = {w for w in tokens(" ".join(parts[:-1]) if len(parts) > 1 else head) if len(w) > 2}
    if len(heads) < 4:
        return False
    text = {w for b in body for w in tokens(b)}
    return len(heads & text) >= HEAD_IN_BODY * len(heads)


def _find_title(flats: Sequence[str], feats: Sequence[Features], kinds: Sequence[str], body: Body,
                first: str, own_head: bool) -> int | None:
    """:func:`find_title` before the check against the <title>: ``first`` is the page's first
    line, folded; ``own_head`` says whether it is the first of ``flats``."""
    end = next((i for i in range(body.start, body.end + 1) if kinds[i] == PROSE), body.start)
    found = _heading_title(flats, feats, kinds, body, first, own_head, end)
    if found is None:
        found = _titled_far_up(flats, feats, kinds, body.start, end, first, own_head)
    if found is not None:
        return found
    # The lead may be a short sentence the body opens with, over a README's example.
    opening = body.start
    if opening < end and kinds[opening] == PLAIN and feats[opening].terminal and feats[opening].words >= LEAD_WORDS:
        end = opening
    found = _named_by_lead(flats, feats, kinds, end, first)
    if found is None and opening < end:
        # A name the <title> gives may stand over the body's own first lines (a dictionary's
        # "Synonyms of serendipity" over its definitions), which a lead would not open with.
        found = _named_by_lead(flats, feats, kinds, opening, first, by_lead=False)
    return found


def _heading_title(flats: Sequence[str], feats: Sequence[Features], kinds: Sequence[str],
                   body: Body, first: str, own_head: bool, end: int) -> int | None:
    lo = max(0, end - TITLE_WINDOW)
    # A question for a title reads as prose: it is the title when the page's <title> repeats it.
    for i in range(max(lo, 1 if own_head else 0), body.start):
        if kinds[i] == PROSE and flats[i].endswith("?") and feats[i].words <= 30 \
                and _site_suffixed(first, _norm(flats[i])):
            return i
    candidates = [i for i in range(lo, end) if kinds[i] in (PLAIN, LINK) and _headline(flats[i], feats[i])]
    if not candidates:
        t = _lengthening(flats, feats, kinds, lo, end, first, own_head, body.start)
        return t if t is not None else _over_chrome(flats, feats, kinds, lo, body.start)
    # A headline further up that the page's <title> opens with, chrome between it and the body
    # (a player's controls, a share bar), over the show's or the site's name the <title> ends with.
    up = _over_chrome(flats, feats, kinds, lo, body.start)
    if up is not None and _site_suffixed(first, t := _norm(flats[up])) and first.startswith(t):
        return up
    shortest = min(len(flats[i]) for i in candidates)
    # Only head blocks at least as long as a candidate can repeat it.
    head = [(j, _norm(flats[j])) for j in range(0, end) if len(flats[j]) >= shortest]
    for i in candidates:
        t = _norm(flats[i])
        if any(j != i and (h == t or _site_suffixed(h, t)) for j, h in head):
            return i
    lengthened = _lengthening(flats, feats, kinds, lo, end, first, own_head, body.start)
    if lengthened is not None:
        return lengthened
    # Otherwise the last heading before the body, with at most one other short block between.
    outside = [i for i in candidates if i < body.start]
    if not outside:
        return up
    last = outside[-1]
    between = [j for j in range(last + 1, body.start) if kinds[j] in (PLAIN, LINK)]
    return last if len(between) <= 1 else None


#: How many blocks above the first paragraph a heading is looked for in (see :func:`find_title`).
TITLE_WINDOW = 12


def _titled_far_up(flats: Sequence[str], feats: Sequence[Features], kinds: Sequence[str], start: int,
                   end: int, first: str, own_head: bool) -> int | None:
    """A headline above the blocks a heading is looked for in (:data:`TITLE_WINDOW` above the
    first paragraph, ``end``) that the page's <title> repeats, alone or with the site's name: a
    blog's byline, dates, counters and buttons take a dozen lines between its headline and its
    text. Blocks that are not chrome count up to :data:`TITLE_WINDOW` again; no prose or
    heading may stand between it and the body (``start``). ``first``: the page's first line,
    folded; ``own_head``: whether it is the first of ``flats``.

    >>> from cleanpress.features import features
    >>> flats = ["Why Pipelines Need Idempotency | by Jane Park", "Why Pipelines Need Idempotency"]
    >>> flats += ["Jane Park", "·", "Follow"] * 5 + ["Every data engineer has lived through it, and so have I."]
    >>> kinds = ["link", "link"] + ["link", "chrome", "chrome"] * 5 + ["prose"]
    >>> _titled_far_up(flats, [features(f) for f in flats], kinds, 17, 17, _norm(flats[0]), True)
    1
    """
    seen = 0
    for i in range(min(start, end - TITLE_WINDOW) - 1, -1, -1):
        k = kinds[i]
        if k in (PROSE, SECTION, COMMENTS) or seen >= TITLE_WINDOW:
            return None
        seen += k not in _CHROME
        if (i or not own_head) and k in (PLAIN, LINK) and _headline(flats[i], feats[i]) \
                and ((t := _norm(flats[i])) == first or _site_suffixed(first, t)):
            return i
    return None


#: How far above the first paragraph a name it opens with may stand (see :func:`_named_by_lead`):
#: a wiki lists its languages, tabs and tools between the two.
LEAD_NAME_REACH = 80
#: The fewest words of a sentence that opens the body as its lead (see :func:`find_title`).
LEAD_WORDS = 4


def _named_by_lead(flats: Sequence[str], feats: Sequence[Features], kinds: Sequence[str], end: int,
                   page_title: str = "", by_lead: bool = True) -> int | None:
    """The nearest short heading above the lead (``end``: the first paragraph, or a sentence the
    body opens with) that the lead opens with, a word in small letters or a bracket after it: an
    encyclopedia's, a wiki's or a README's one-word title ("Harwich" over "Harwich is a town in
    Essex, England …"), which no test of a headline's length would take from a menu item. Only
    blocks with nothing but chrome and lines of a few words (links, a wiki's tabs and languages)
    between them and the lead are looked at: a longer line between (a headline ending in a full
    stop, a byline) says the name is a menu's. A name that is the page's <title> (``page_title``,
    folded) less the site's name needs no lead and may be in small letters: a dictionary's
    headword ("serendipity" under "serendipity - Wiktionary, the free dictionary"); with
    ``by_lead`` false, only such a name is looked for.

    >>> from cleanpress.features import features
    >>> flats = ["Harwich", "12 languages", "Article", "Harwich is a town in Essex, England."]
    >>> kinds = ["link", "plain", "link", "prose"]
    >>> _named_by_lead(flats, [features(f) for f in flats], kinds, 3)
    0
    >>> _named_by_lead(["Harwich", "Harwich Town Council meets on Monday."], [features("Harwich")] * 2,
    ...                ["link", "prose"], 1) is None  # a capital after it: a longer name
    True
    >>> flats = ["Apple", "Apple unveils its new phone at last.", "Apple said on Tuesday it would sell it."]
    >>> _named_by_lead(flats, [features(f) for f in flats], ["link", "plain", "prose"], 2) is None
    True
    >>> flats = ["serendipity - wiktionary", "serendipity", "English", "Coined by Horace Walpole in 1754."]
    >>> _named_by_lead(flats, [features(f) for f in flats], ["link", "link", "link", "prose"], 3, flats[0])
    1
    """
    if end >= len(flats) or kinds[end] not in (PROSE, PLAIN):
        return None
    lead = flats[end]
    for i in range(end - 1, max(-1, end - 1 - LEAD_NAME_REACH), -1):
        k = kinds[i]
        if k in _CHROME or k == SECTION:  # a wiki's "Discussion" tab
            continue
        if k not in (PLAIN, LINK):
            return None
        name, f = flats[i], feats[i]
        if f.words > 3:
            return None  # a headline or a line of text stands between: the name is not the title
        if not f.words or f.bullet or f.terminal:
            continue
        if i and _named_by_site(page_title, without_heading_link(name).lower()):
            return i
        if by_lead and name[:1].isupper() and lead.startswith(name):
            rest = lead[len(name):len(name) + 2]
            if rest[:1] in ",(" or (rest[:1] == " " and (rest[1:2].islower() or rest[1:2] in "(,")):
                return i
    return None


#: See :func:`_named_by_site`: the most words of a site's name.
SITE_NAME_WORDS = 5
#: See :func:`_named_by_site`: the most words between a name and the site's.
NAME_GLOSS_WORDS = 3


def _named_by_site(h: str, t: str) -> bool:
    """``h`` is the name ``t``, at most :data:`NAME_GLOSS_WORDS` words more (a dictionary's
    "Definition & Meaning"), a separator that is no kicker's colon, and a site's name of at most
    :data:`SITE_NAME_WORDS` words ("serendipity - Wiktionary, the free dictionary", "serendipity
    definition & meaning - merriam-webster"; not "Fact Check: Is An 'Oxygen Bar' In Delhi …" nor
    "Fact Check - Is it true? - News Nation").

    >>> _named_by_site("serendipity definition & meaning - merriam-webster", "serendipity")
    True
    >>> _named_by_site("politics news from around the world today - the daily", "politics")
    False
    """
    if not t or not h.startswith(t) or h[len(t):len(t) + 1] not in (" ", "|", "-", "–", "—", "·"):
        return False
    rest = h[len(t):]
    sep = next((i for i, c in enumerate(rest) if c in "|–—·" or c == "-" and rest[i - 1:i] == " "), None)
    return (sep is not None and len(rest[:sep].split()) <= NAME_GLOSS_WORDS
            and len(rest[sep + 1:].split()) <= SITE_NAME_WORDS)


def _over_chrome(flats: Sequence[str], feats: Sequence[Features], kinds: Sequence[str], lo: int,
                 start: int) -> int | None:
    """A headline further up than ``lo`` with only chrome between it and the body (``start``)
    (a long share bar, a reading time, counters and dates between a headline and its text), but
    for one other short block, or two names of a few capitalised words (an author's and a
    publication's, as Medium prints them)."""

    def named(j: int) -> bool:
        return feats[j].words <= 3 and feats[j].capitalised == 1.0

    between: list[int] = []
    for i in range(lo - 1, -1, -1):
        if kinds[i] in _CHROME:
            continue
        if kinds[i] in (PLAIN, LINK) and _headline(flats[i], feats[i]):
            between += [j for j in range(lo, start) if kinds[j] in (PLAIN, LINK)]
            return i if len(between) <= 1 or (len(between) == 2 and all(map(named, between))) else None
        if kinds[i] not in (PLAIN, LINK) or len(between) == 2:
            return None
        between.append(i)
    return None


def body_of(kinds: Sequence[str], values: Sequence[float], anchor: int | None = None,
            numbers: Sequence[int | None] = (), dated: Sequence[bool] = (), code: Sequence[bool] = ()) -> Body | None:
    """The body of a sequence of blocks, given their classes and values (see :func:`value`): the
    best run of prose, cut where the prose thins out into teasers (:func:`cut_at_thinning`,
    :func:`cut_at_cards`), without a list of headlines at its head (:func:`trim_head`), extended
    over following lists (:func:`extend`).

    ``anchor`` is the block where the page repeats its head title (:func:`title_anchor`): the
    article begins after it. When the best run begins before the anchor (teasers and menus above
    the headline that read like prose), the body is the first good run after it instead, if that
    run holds at least :data:`ANCHOR_SHARE` of the value. A copy of the title in a list after the
    article (most read, related) has too little prose after it, or a section heading before it:
    it does not move the body.

    >>> body_of(["prose", "link", "prose", "link", "prose"], [600, -40, -40, -40, 200], anchor=3)
    Body(start=4, end=4, anchor=3)
    >>> body_of(["prose", "link", "prose"], [600, -40, 50], anchor=1)
    Body(start=0, end=2)
    >>> body_of(["prose", "section", "link", "prose"], [600, -300, -40, 300], anchor=2)
    Body(start=0, end=0)
    """
    comments = next((i for i, k in enumerate(kinds) if k == COMMENTS), None)
    body = cut_at_thinning(find_body(values, comments=comments), kinds, values)
    body = trim_head(body, kinds, numbers, code)
    cards = teaser_cards(kinds, dated, body.start) if dated and body else None
    if cards is None and body is not None:
        cards = undated_cards(kinds, values, body.start)
    body = extend(bridge(cut_at_cards(body, kinds, values, cards), kinds, values, cards), kinds, numbers, cards)
    if anchor is None or body is None or anchor <= body.start:
        return body
    # Behind a section heading (most read, related, tags) the copy is a list item, not a headline.
    if not _HEADINGS.isdisjoint(kinds[body.end + 1:anchor]):
        return body
    after = find_body(values[anchor + 1:], AFTER_ANCHOR_SHARE)
    if after is None:
        return body
    start, end = anchor + 1 + after.start, anchor + 1 + after.end
    if sum(values[start:end + 1]) < ANCHOR_SHARE * sum(values[body.start:body.end + 1]):
        return body
    return extend(Body(start, end, anchor), kinds, numbers)


#: See :func:`bridge`: the most short lines a list in mid-article holds.
BRIDGE_MAX = 20


def bridge(body: Body | None, kinds: Sequence[str], values: Sequence[float],
           stop: int | None = None) -> Body | None:
    """Carry the body over a list in mid-article to the prose after it.

    A README's feature list, a how-to's steps, a listicle's names: up to :data:`BRIDGE_MAX`
    short lines (plain or link-like) between two paragraphs weigh less than nothing each, and
    can hold the best run of prose (:func:`find_body`) to the paragraphs before them. The body
    goes on to the prose after such a list when no chrome or heading stands between and the
    list leaves the run's total above zero: it is still one run of text, as Kadane's algorithm
    counts it, and a longer list of teasers would have ended it. Never past the block the body
    was cut at, nor past ``stop`` (see :func:`extend`).

    >>> bridge(Body(0, 0), ["prose"] + ["link"] * 8 + ["prose"], [500] + [-40] * 8 + [200])
    Body(start=0, end=9)
    >>> bridge(Body(0, 0), ["prose"] + ["link"] * 8 + ["prose"], [300] + [-40] * 8 + [200])  # the run ends
    Body(start=0, end=0)
    >>> bridge(Body(0, 0), ["prose", "link", "chrome", "prose"], [500, -40, -80, 200])
    Body(start=0, end=0)
    """
    if body is None:
        return None
    end = body.end
    total = sum(values[body.start:end + 1])
    limit = min([len(kinds), *(x for x in (body.cut, stop) if x is not None)])  # not past a cut
    j, run = end + 1, 0.0
    while j < limit and j - end <= BRIDGE_MAX + 1:
        if kinds[j] == PROSE:
            end, total, run = j, total + run + values[j], 0.0
        elif kinds[j] in _BOX_ITEMS:
            run += values[j]
            if total + run <= 0:
                break
        else:
            break
        j += 1
    return body if end == body.end else Body(body.start, end, body.anchor, body.cut, body.cut_at)


def over_answers(body: Body | None, kinds: Sequence[str], answers: Sequence[bool]) -> Body | None:
    """A Q&A page's answers are its content as much as the question is. When the heading over
    them (``answers``: "47 Answers") follows the body with no prose or section heading between
    (only the question's buttons, dates, author, tags and "Add a comment"), the body goes on over
    the answers: to the last prose or plain block before the next section heading (the answer
    form, "Your Answer"; "Hot Network Questions"). Their chrome still goes by its patterns.

    >>> kinds = ["prose", "chrome", "link", "chrome", "prose", "chrome", "link", "prose", "section", "link"]
    >>> over_answers(Body(0, 0), kinds, [False, False, False, True] + [False] * 6)
    Body(start=0, end=7)
    >>> over_answers(Body(0, 0), kinds, [False] * 10)  # no answers: the body stays as it is
    Body(start=0, end=0)
    """
    if body is None or not any(answers):
        return body
    opener = next((j for j in range(body.end + 1, len(kinds)) if answers[j]), None)
    if opener is None or any(kinds[j] in (PROSE, SECTION) for j in range(body.end + 1, opener)):
        return body
    end = body.end
    for j in range(opener + 1, len(kinds)):
        if kinds[j] == SECTION:  # not at "Add a comment" under a post: its comments are the thread's
            break
        if kinds[j] in (PROSE, PLAIN):
            end = j
    if end == body.end:
        return body
    cut = body.cut if body.cut is not None and body.cut > end else None
    return Body(body.start, end, body.anchor, cut, body.cut_at if cut is not None else None)


def title_anchor(flats: Sequence[str], feats: Sequence[Features | None]) -> int | None:
    """Where the page repeats its head title: the first later block equal to the first block
    that is not chrome (if it is a headline), or to it without the site's name ("Title | Site").

    Many scrapes begin with the page's ``<title>`` (after its URL, say) and repeat it as the
    ``<h1>`` where the article begins, after the menus and teasers. ``feats`` is None for chrome
    blocks.

    >>> from cleanpress.features import features
    >>> page = ["Storm hits the coast | Daily News", "Home", "Storm hits the coast"]
    >>> title_anchor(page, [features(t) for t in page])
    2
    """
    head = next((i for i, f in enumerate(feats) if f is not None), None)
    if head is None or not _headline(flats[head], feats[head]):
        return None
    h = _norm(flats[head])
    most = len(h)  # a copy is the title, or the title less a site name: never longer
    for i in range(head + 1, len(flats)):
        f = flats[i]
        # Blocks are folded already: lower case is their normal form.
        if len(f) <= most and (t := f.lower()) in h and feats[i] is not None \
                and (t == h or _site_suffixed(h, t)) and _headline(f, feats[i]):
            return i
    return None


def _headline(flat: str, f: Features, fewest: int = 4) -> bool:
    """Could be the title: a few words (``fewest`` or more), not a sentence, not a list item
    ("* Share ..."), not all in brackets (a photo's credit: "(Reed Saxon / Associated Press)"),
    and no line of code (:func:`is_code`)."""
    return (fewest <= f.words <= 30 and f.weight <= 250 and not f.bullet
            and not flat.rstrip().endswith((".", ",", ":", ";"))
            and not (flat[:1] in "([" and flat.rstrip()[-1:] in ")]") and not is_code(flat))


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


def _lengthening(flats: Sequence[str], feats: Sequence[Features], kinds: Sequence[str], lo: int,
                 end: int, first: str, own_head: bool, start: int) -> int | None:
    """The heading (of two words or more) between ``lo`` and ``end`` that the page's first line,
    its <title>, lengthens by a word or two before the site's name ("Easy Banana Bread Recipe -
    Home Baking" over "Easy Banana Bread"; ``first``, normalised). When ``own_head`` (the
    page's first line is the first of ``flats``), a short heading that opens the text, with at
    most one other short block between it and the body (``start``), is the title too (a name of
    one word, right above the body): so the output, cleaned again, keeps it."""
    for i in range(lo, end):
        if i == 0 and own_head:
            continue
        if kinds[i] in (PLAIN, LINK) and _headline(flats[i], feats[i], 2) and _lengthened(first, _norm(flats[i])):
            return i
    # The page's first line itself, when no heading below is what it lengthens.
    if lo == 0 and own_head and kinds[0] in (PLAIN, LINK) and _headline(flats[0], feats[0], 1):
        between = [j for j in range(1, start) if kinds[j] in (PLAIN, LINK)]
        if len(between) <= (1 if feats[0].words >= 2 else 0):  # a name right above the body
            return 0
    return None


#: What stands between a title and a site's name or a tag: " | ", " - ", " · ", ": ".
SITE_SEPARATOR = regex.compile(r"\s[|–—-]\s|\s·\s|:\s")


def _lengthened(h: str, t: str) -> bool:
    """``h`` is the title ``t`` and at most two more words, then a site's name after a separator."""
    if not h.startswith(t + " "):
        return False
    sep = SITE_SEPARATOR.search(h, len(t))
    return sep is not None and len(h[len(t):sep.start()].split()) <= 2


def _site_suffixed(h: str, t: str) -> bool:
    """``h`` is the title ``t`` with a site name after a separator ("Title | Site", "Title - Site"),
    or before it; or a question's title as Q&A sites give it, its first tag before it and the
    site's name after ("python - How do I merge two dictionaries? - Stack Overflow")."""
    if len(h) <= len(t):
        return False
    if h.startswith(t) and h[len(t):].lstrip()[:1] in "|-–—:·•" or h.endswith(t) and h[:-len(t)].rstrip()[-1:] in "|-–—:·•":
        return True
    tagged = _TAGGED.fullmatch(h)
    return tagged is not None and tagged.group(1) == t


#: A Q&A page's <title>: one tag, the question, the site ("python - How do I …? - Stack Overflow").
_TAGGED = regex.compile(r"\S+ - (.+) - [^-]+")
