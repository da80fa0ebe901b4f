"""``clean()``: one document in, canonical text and its edits out.

Data flows one way: segment into blocks -> recognise chrome by pattern -> remove duplicates ->
find the body and the title in what the copies left -> judge the rest by context -> turn decisions
into edits. Each stage only adds decisions for blocks still kept, so every removed block carries
the first reason found.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple, Protocol

import regex

from . import boilerplate, canonical, chrome, duplicates, markup, segment
from .config import DEFAULT, Config
from .features import features
from .learned import Verdict
from .result import CleanResult, Edit, replay
from .rules import RULES
from .stopwords import ALL


#: Chrome that dates what follows it: stray timestamps and dated bylines.
_DATED = frozenset({"CP110", "CP112"})
#: The most words of a caption of several sentences (one sentence may run to forty).
CAPTION_WORDS = 24


class _Removal(NamedTuple):
    code: str
    reason: str
    of: int | None = None
    similarity: float | None = None
    elsewhere: tuple[str, int] | None = None


@lru_cache(maxsize=16)
def _matcher(extra: tuple[str, ...], keep: tuple[str, ...]) -> chrome.ChromeMatcher:
    return chrome.ChromeMatcher(extra, keep)


class Known(Protocol):
    """What a corpus knows of blocks (see :mod:`cleanpress.learned`): whether a block (white
    space folded) recurs across the corpus (CP116) or copies a paragraph of an earlier document
    (CP306), or None."""

    def judge(self, flat: str) -> Verdict | None: ...


def clean(text: str, config: Config = DEFAULT, known: Known | None = None) -> CleanResult:
    """Clean one scraped page; ``known`` adds what the rest of a corpus says (CP116, CP306).

    >>> r = clean("Home | World | Politics\\nMarkets rallied on Tuesday after the central bank "
    ...           "signalled that it would hold rates, traders said.\\nSubscribe\\n")
    >>> print(r.text, end="")
    Markets rallied on Tuesday after the central bank signalled that it would hold rates, traders said.
    >>> [e.code for e in r.edits]
    ['CP104', 'CP101']
    """
    blocks, layout = segment.blocks(text)
    repairs = _repairs(text, blocks, config) if config.canonical else {}
    # Decisions are taken on the canonical text of each block, so that two copies that differ
    # only in mojibake or spacing are duplicates, and cleaning the output decides the same way.
    flats = [" ".join(_repaired(text, b, repairs[b.index]).split()) if b.index in repairs else b.flat
             for b in blocks]
    lines = [b.line for b in blocks]
    matcher = _matcher(config.extra_chrome, config.keep)
    pinned = {i for i, f in enumerate(flats) if matcher.kept(f)} if config.keep else set()
    # Rules judge what markup says (Markdown links and images, lynx's link marks): the text of
    # a link, not its URL; the blocks that stay are written as they came.
    raw = flats
    readings = {i: r for i, f in enumerate(flats) if (r := markup.read(f)) is not None}
    if readings:
        flats = [readings[i].text if i in readings else f for i, f in enumerate(flats)]
    matches = [matcher.match(f) for f in flats]
    for i, r in readings.items():
        if r.images_only:
            matches[i] = chrome.Match("CP117", False)
    removals: dict[int, _Removal] = {}

    def can_remove(i: int, code: str) -> bool:
        return i not in removals and i not in pinned and config.wants(code)

    def remove(i: int, r: _Removal) -> None:
        if can_remove(i, r.code):
            removals[i] = r

    for i, fixes in repairs.items():
        if not flats[i]:  # nothing left but invisible or control characters: the line goes
            code = fixes[0][1].code
            remove(i, _Removal(code, f"{RULES[code].summary}; nothing else on the line"))

    if config.chrome_patterns:
        for i, m in enumerate(matches):
            if m is not None:
                remove(i, _chrome_removal(m.code))

    if known is not None:
        for i, f in enumerate(raw):
            if matches[i] is None and i not in removals and (v := known.judge(f)) and config.wants(v.code):
                if v.barrier:  # blocks that recur on a site's pages are chrome: barriers for the body
                    matches[i] = chrome.Match("CP116", False)
                remove(i, _Removal(v.code, v.reason, elsewhere=v.elsewhere))

    # A block gone as chrome is a barrier whatever its features: they are not computed (None).
    feats = [features(f, ALL) if matches[i] is None or i not in removals else None
             for i, f in enumerate(flats)]
    kinds, values = boilerplate.classify(flats, feats, matches, {i: r.link_share for i, r in readings.items()},
                                         removals)
    dated = [m is not None and m.code in _DATED for m in matches]
    doc = _Doc(blocks, flats, feats, matches, kinds, values, lines, boilerplate.list_numbers(flats), dated,
               frozenset(i for i, m in enumerate(matches) if m is not None and m.opens_answers),
               boilerplate.code_lines(flats, kinds),
               any(k == boilerplate.SECTION and m is not None and m.read_also for k, m in zip(kinds, matches)))
    view = list(range(len(blocks)))
    # Judge the kept blocks again, as cleaning the output would, until a round over exactly the
    # kept blocks removes nothing: the output is its own clean text (clean(clean(x)) == clean(x)).
    # The first round sees the chrome as barriers; the output will not have it. One more round
    # is the rule; a page whose rounds keep finding a new title (share buttons left in with CP2
    # ignored) needs more, and each round that goes on removes a block, so they end. A page with
    # too many candidate copies to compare pair by pair is searched again in the next round, in
    # full once few enough are left, as its output would be.
    search = True
    for _ in range(len(blocks) + 1):
        search = not _decide(doc, view, config, removals, remove, can_remove, search)
        kept = [i for i in view if i not in removals]
        if kept == view:
            break
        view = kept

    edits = [_edit(text, blocks[i], r, blocks) for i, r in removals.items()]
    edits += [Edit.made(f.code, f.start, f.end, f.reason, replacement=f.replacement, line=line)
              for i, fixes in repairs.items() if i not in removals for line, f in fixes]
    edits += _layout_edits(text, blocks, removals, config)
    edits.sort(key=lambda e: (e.start, e.end))
    metadata = _metadata(raw, removals) if config.extract_metadata else {}
    return CleanResult(replay(text, edits), tuple(edits), metadata, layout)


@dataclass(frozen=True)
class _Doc:
    """A document's blocks and what is known of each, by block index."""

    blocks: list
    flats: list[str]
    #: Features of each block; None for a block already removed as chrome.
    feats: list
    matches: list
    kinds: list[str]
    #: What each block adds to a body of text that holds it (:func:`boilerplate.value`).
    values: list[float]
    lines: list[int]
    #: The item number of each block that is an item of a numbered list, else None.
    numbers: list
    #: Whether each block is a stray timestamp or a dated byline (the date of a teaser card).
    dated: list
    #: The headings over a Q&A page's answers ("47 Answers"; see boilerplate.over_answers).
    answers: frozenset
    #: The lines of code (see boilerplate.is_code): no menu's items.
    code: frozenset
    #: Whether the page has a "read also" heading (see boilerplate.inline_boxes), whose weight
    #: depends on what follows it.
    read_also: bool
    #: The body and title found for each sequence of blocks asked about.
    bodies: dict = field(default_factory=dict)


def _decide(doc: _Doc, view: list[int], config: Config, removals: dict, remove, can_remove,
            search: bool) -> bool:
    """Duplicates, body and title over the blocks in ``view`` (all of a document, or what is kept
    of it), as if they were the whole document. Every kind of copy is looked for when ``search``
    is set (the first round, and after a search that was not exhaustive); otherwise only title
    copies and repeats can be new (see :func:`duplicates.find_duplicates`). Returns whether the
    blocks kept need no search for copies again."""
    flats, feats, kinds, values, lines = doc.flats, doc.feats, doc.kinds, doc.values, doc.lines
    # Where these blocks repeat their head title: found before copies go, since the head copy
    # of the title is one of them.
    copy = boilerplate.title_anchor([flats[i] for i in view], [feats[i] for i in view])
    anchor = view[copy] if copy is not None else None
    whole = len(view) == len(doc.blocks)  # the first round: the page's own head

    def body_and_title(seq: list[int]):
        key = (tuple(seq), anchor)  # the same blocks give the same body and title: not redone
        if key not in doc.bodies:
            doc.bodies[key] = _body_and_title(seq)
        return doc.bodies[key]

    def _body_and_title(seq: list[int]):
        sub_kinds = [kinds[i] for i in seq]
        sub_feats = [feats[i] for i in seq]
        at = None
        if anchor is not None and anchor in seq:
            at = seq.index(anchor)
        elif anchor is not None and whole:
            # The page's own head title repeated by a block gone as a copy (a teaser that holds
            # it): the article still begins where the repeat stood.
            at = bisect_left(seq, anchor) - 1
            at = at if at >= 0 else None
        sub_values = [values[i] for i in seq]
        if doc.read_also:
            # A "read also" heading weighs as chrome while the article's prose goes on under it in
            # these blocks (its box's links gone or not), as it would in the output cleaned again.
            sub_values = boilerplate.weigh_inline_boxes(sub_kinds, [flats[i] for i in seq],
                                                        [doc.matches[i] for i in seq], sub_values)
        sub = boilerplate.body_of(sub_kinds, sub_values, at, [doc.numbers[i] for i in seq],
                                  [doc.dated[i] for i in seq], [i in doc.code for i in seq] if doc.code else ())
        if doc.answers:
            sub = boilerplate.over_answers(sub, sub_kinds, [i in doc.answers for i in seq])
        # The page's first line (its <title>) stays the reference in the first round, where it
        # may have gone as a copy of the headline; later rounds judge what is kept, as cleaning
        # the output would.
        t = boilerplate.find_title([flats[i] for i in seq], sub_feats, sub_kinds, sub,
                                   flats[0] if whole and seq and seq[0] != 0 else None,
                                   lambda j: can_remove(seq[j], "CP201"))
        body = None
        if sub:
            body = boilerplate.Body(seq[sub.start], seq[sub.end], None if sub.anchor is None else anchor,
                                    None if sub.cut is None else seq[sub.cut], sub.cut_at)
        return body, (seq[t] if t is not None else None)

    exhaustive = True
    if config.duplicates:
        # A first body and title: which copy of a duplicate to keep, which lines repeat the title.
        body, title = body_and_title(view)
        if title is not None:
            live = [i for i in view if i not in removals]
            for i in duplicates.title_copies(flats, title, live):
                remove(i, _Removal("CP301", f"copy of the title (line {lines[title]})", title, 1.0))
        live = [i for i in view if i not in removals]
        paragraphs = {i for i in live if kinds[i] == boilerplate.PROSE}
        preferred = {i for i in view if body and body.start <= i <= body.end}
        if search:
            found, exhaustive = duplicates.find_duplicates(flats, lines, live, paragraphs, preferred, config,
                                                           can_remove)
        else:
            found, exhaustive = duplicates.repeats(flats, lines, live, can_remove), True
        for i, d in found.items():
            remove(i, _Removal(d.code, d.reason, d.of, d.similarity))

    if config.boilerplate:
        # The body of what the copies (and lines of nothing but invisible characters) left; chrome
        # stays in the sequence, as the barrier it is.
        seq = [i for i in view if flats[i] and not (i in removals and removals[i].code.startswith("CP3"))]
        body, title = body_and_title(seq) if seq else (None, None)
        _judge_boilerplate(doc, view, body, title, remove, can_remove)
    return exhaustive


def _repairs(text: str, blocks, config: Config) -> dict[int, list]:
    """The CP4xx repairs of each block that needs any."""
    places = canonical.places_to_look(text, config.uncurl_quotes)
    if places is None:
        look = blocks
    else:  # only blocks that hold a place to look at (blocks are in text order)
        starts = [b.start for b in blocks]
        look = [blocks[n] for n in sorted({bisect_right(starts, p) - 1 for p in places}) if n >= 0]
    out = {}
    for b in look:
        fixes = canonical.block_fixes(text, b.start, b.end, b.line, config.wants, config.uncurl_quotes)
        if fixes:
            out[b.index] = fixes
    return out


def _repaired(text: str, b: segment.Block, fixes) -> str:
    return canonical.apply(b.text, [canonical.Fix(f.code, f.start - b.start, f.end - b.start, f.replacement, f.reason)
                                    for _, f in fixes])


def _judge_boilerplate(doc: _Doc, view: list[int], body, title, remove, can_remove) -> None:
    if body is None:
        # No prose to anchor on (a note, a list, a bare menu): judge by patterns alone.
        return
    comments = _comments_among(doc, view)
    for i in view:
        if i == title:
            continue
        if i < body.start:
            if can_remove(i, "CP201"):
                remove(i, _before_title(doc.lines[body.anchor]) if body.anchor is not None
                       else _OUTSIDE["CP201", _why(doc.feats[i])])
        elif i > body.end and i in comments:
            # Readers' words: their own rule, so that ignoring it keeps those the comments'
            # heading still opens once the chrome has gone.
            if can_remove(i, "CP205"):
                remove(i, _COMMENT)
        elif i > body.end and can_remove(i, "CP202"):
            remove(i, _after_cut(doc.lines[body.cut], body.cut_at) if body.cut is not None
                   else _OUTSIDE["CP202", _why(doc.feats[i])])
    inside = [i for i in view if body.start <= i <= body.end]
    # A bullet with no item ("*"), as text-mode renderers write an empty list item: it goes once
    # the body is found, where it held a list together as any short line does.
    for i in inside:
        if doc.flats[i] in _LONE_BULLETS:
            remove(i, _LONE_BULLET)
    # A box whose heading stands right above the body ("Most Popular", "More On:") and whose
    # links the body begins with: the article begins after them.
    above = bisect_left(view, body.start) - 1
    _related_boxes(doc, [view[above], *inside] if above >= 0 and doc.kinds[view[above]] == boilerplate.SECTION
                   else inside, remove)
    # A post's author under its date ("answered Sep 2, 2008 at 7:50" / "Thomas Vander Stichele"):
    # a Q&A page's answers are in the body, their authors' names are not.
    for n, i in enumerate(inside[:-1]):
        m, j = doc.matches[i], inside[n + 1]
        if m is not None and m.post_date and doc.matches[j] is None and doc.kinds[j] in (boilerplate.LINK, boilerplate.PLAIN) \
                and doc.feats[j].words <= 4 and not doc.feats[j].terminal:
            remove(j, _post_author(doc.lines[i]))
    _question_tags(doc, view, remove)
    # Captions: a block right before or after a photo credit inside the body; a caption that
    # ends with its own credit, or a credit's label before a sentence ("Image: Jose Mourinho,
    # left, has replaced …"), has none beside it. The article's lead after a dateline
    # ("DUBAI, United Arab Emirates — …") is no caption, nor is a paragraph of several
    # sentences longer than a caption of two runs (a listicle's item over the photo after it).
    for n, i in enumerate(inside):
        m = doc.matches[i]
        if m is not None and m.code == "CP109" and not m.captioned and not _sentence_after_label(doc.flats[i]):
            for j in (inside[n - 1] if n else None, inside[n + 1] if n + 1 < len(inside) else None):
                if (j is not None and doc.matches[j] is None and 4 <= doc.feats[j].words <= 40
                        and (doc.feats[j].sentence_ends <= 1 or doc.feats[j].words <= CAPTION_WORDS)
                        and not _DATELINE_LEAD(doc.flats[j])):
                    remove(j, _Removal("CP203", f"caption of the photo credited on line {doc.lines[i]}"))
                    break


def _comments_among(doc: _Doc, view: list[int]) -> frozenset[int]:
    """The comments among the blocks in ``view``. After the first round these are the kept
    blocks, found as cleaning the output would find them: the heading, author lines and dates
    that opened them are gone with the chrome unless their rules are ignored (``--ignore CP205``
    alone keeps readers' prose, not what was around it)."""
    found = boilerplate.comments([doc.kinds[i] for i in view], [doc.matches[i] for i in view],
                                 [doc.feats[i] for i in view], [doc.flats[i] for i in view])
    return frozenset(view[n] for n in found)


_COMMENT = _Removal("CP205", "a reader's comment, under the heading or author line that opens the comments")


@lru_cache(maxsize=64)
def _post_author(line: int) -> _Removal:
    return _Removal("CP110", f"the author's name under the post's date on line {line}")


#: The line under a Q&A page that names its question's tags ("Browse other questions tagged python
#: dictionary merge or ask your own question.").
_TAGGED = regex.compile(r"\bquestions\s+tagged\s+(.{1,200}?)(?:\s+or\s+ask\s+your\s+own\s+question\b|\W*$)",
                        regex.IGNORECASE)


def _question_tags(doc: _Doc, view: list[int], remove) -> None:
    """A Q&A page's tags over its question's menu ("python" / "dictionary" / "merge" / "Share"):
    blocks of nothing but the tags the page's "questions tagged" line names, right above a share
    button or a post's date. A word that is a tag, elsewhere, stays."""
    tags: set[str] = set()
    named = 0
    for i in view:
        if "tagged" in doc.flats[i] and (m := _TAGGED.search(doc.flats[i])):
            tags.update(m.group(1).lower().split())
            named = doc.lines[i]
    if not tags:
        return
    run: list[int] = []
    for i in view:
        words = doc.flats[i].lower().split()
        if words and all(w in tags for w in words):
            run.append(i)
            continue
        m = doc.matches[i]
        if run and m is not None and (m.code == "CP102" or m.post_date):
            for j in run:
                remove(j, _Removal("CP104", f"a tag of the question (the tags are named on line {named})"))
        run = []


_LONE_BULLETS = frozenset("*•·▪►▸")
_LONE_BULLET = _Removal("CP111", "a bullet with no item after it")


#: A lead that opens with its dateline: a place in capitals, maybe a country or an agency, a dash.
_DATELINE_LEAD = regex.compile(r"\p{Lu}{2,}[\p{Lu}\s.'’-]*(?:,\s*[\p{L} .]{1,40}?)?\s*(?:\([^()]{1,30}\)\s*)?"
                               r"[—–-]\s").match


def _sentence_after_label(flat: str) -> bool:
    """A credit's label before a sentence of eight words or more, function words among them: the
    caption itself ("Image: Jose Mourinho, left, has replaced Mauricio Pochettino as manager")."""
    words = flat.partition(":")[2].lower().split()
    return len(words) >= 8 and sum(w.strip(",.;") in ALL for w in words) >= 0.2 * len(words)


def _related_boxes(doc: _Doc, inside: list[int], remove) -> None:
    """The links of a related box inside the body (CP204), see :func:`boilerplate.boxes`."""
    for heading, links in boilerplate.boxes(doc.kinds, doc.flats, inside):
        for j in links:
            remove(j, _box_link(doc.lines[heading]))


@lru_cache(maxsize=64)
def _box_link(line: int) -> _Removal:
    return _Removal("CP204", f"link in the related box under the heading on line {line}")


_WHYS = ("short, not prose", "few function words", "prose outside the main run of text")


def _why(f) -> str:
    if f.weight < 70:
        return _WHYS[0]
    if f.stop_density < 0.2:
        return _WHYS[1]
    return _WHYS[2]


# Removals are plain data: one per rule and reason serves every block that has them.
_OUTSIDE = {(code, why): _Removal(code, f"{where} the body of the text: {why}")
            for code, where in (("CP201", "before"), ("CP202", "after")) for why in _WHYS}


@lru_cache(maxsize=64)
def _before_title(line: int) -> _Removal:
    return _Removal("CP201", f"before the body of the text: above the headline on line {line}, which repeats "
                             "the page's title")


_CUT_AT = {"heading": "behind the section heading on line {}, where the prose thins out into teasers",
           "wall": "behind the run of links and chrome that begins on line {}, where the prose thins out into "
                   "teasers",
           "cards": "teaser cards (a headline and a line of summary, card after card), from line {} on"}


@lru_cache(maxsize=64)
def _after_cut(line: int, at: str) -> _Removal:
    return _Removal("CP202", "after the body of the text: " + _CUT_AT[at].format(line))


@lru_cache(maxsize=None)
def _chrome_removal(code: str) -> _Removal:
    return _Removal(code, RULES[code].summary)


def _past_cr(text: str, pos: int) -> int:
    """``pos``, or just after a carriage return there."""
    return pos + 1 if text.startswith("\r", pos) else pos


def _past_newline(text: str, pos: int) -> int:
    """Just after the line terminator (``\r\n``, ``\n`` or a last ``\r``) at ``pos``, if any."""
    pos = _past_cr(text, pos)
    return pos + 1 if text.startswith("\n", pos) else pos


def _edit(text: str, b: segment.Block, r: _Removal, blocks) -> Edit:
    end = b.end  # the line terminator goes with the block (inlined _past_newline: once per block)
    if text.startswith("\r", end):
        end += 1
    if text.startswith("\n", end):
        end += 1
    dup = (blocks[r.of].start, blocks[r.of].end) if r.of is not None else None
    return Edit.made(r.code, b.start, end, r.reason, duplicate_of=dup, similarity=r.similarity, line=b.line,
                copy_of=r.elsewhere)


def _layout_edits(text: str, blocks, removals, config: Config) -> list[Edit]:
    """Blank lines: at most one between kept blocks, none at the ends (CP901); with canonical
    repairs on, a kept blank line holds no spaces (CP405) and text of several lines ends in one
    newline (CP408). Blank lines are the lines between blocks."""
    kept = [b for b in blocks if b.index not in removals]
    edits: list[Edit] = []
    first = kept[0].start if kept else len(text)
    last = kept[-1].end if kept else 0
    seen_kept = False
    blank_before = False
    pos, lineno = 0, 1  # where the next blank line would start
    for b in [*blocks, None]:
        gap_end = b.start if b is not None else len(text)
        while pos < gap_end:
            nl = text.find("\n", pos, gap_end)
            e = gap_end if nl < 0 else nl
            if e > pos and text[e - 1] == "\r":
                e -= 1
            s, end = pos, _past_newline(text, e)
            if s < first or s > last or blank_before or not seen_kept:
                edits.append(Edit.made("CP901", s, end, RULES["CP901"].summary, line=lineno))
            else:
                blank_before = True
                if config.canonical and e > s and config.wants("CP405"):
                    edits.append(Edit.made("CP405", s, e, "white space on a blank line", line=lineno))
            pos, lineno = end, lineno + 1
        if b is None:
            break
        if b.index not in removals:
            seen_kept, blank_before = True, False
        pos, lineno = _past_newline(text, b.end), b.line + b.text.count("\n") + 1
    if config.canonical and kept and config.wants("CP408"):
        tail = kept[-1]
        if "\n" in text[:tail.end] or len(kept) > 1:
            end = _past_cr(text, tail.end)
            if not text.startswith("\n", end):
                edits.append(Edit.made("CP408", end, end, RULES["CP408"].summary, replacement="\n",
                                  line=tail.line + tail.text.count("\n")))
    return edits


def _metadata(flats, removals) -> dict[str, str]:
    meta: dict[str, str] = {}
    for i, r in sorted(removals.items()):
        if r.code == "CP113" and "url" not in meta and flats[i].startswith(("http://", "https://")):
            meta["url"] = flats[i]
        elif r.code == "CP112" and "published" not in meta and chrome.ISO_DATE.fullmatch(flats[i]):
            meta["published"] = flats[i]
    return meta
