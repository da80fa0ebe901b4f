"""Segmenting text into blocks and sentences.

A *block* is the unit that rules keep or remove: a line, or a blank-line-separated paragraph when
the text is hard-wrapped (detected, never asked for). Sentences are found inside blocks, including
sentences glued together by a lost space ("Moscow time.Later, the White House").
"""
from __future__ import annotations

import re

import regex

LINES = "lines"
PARAGRAPHS = "paragraphs"


class Block:
    """A unit of the input. ``text`` is ``source[start:end]`` (without the final newline);
    ``flat`` is the text with runs of white space folded to one space (hard wraps undone)."""

    __slots__ = ("index", "start", "end", "line", "text", "flat")

    def __init__(self, index: int, start: int, end: int, line: int, text: str):
        #: Position among the blocks of the document.
        self.index = index
        self.start = start
        self.end = end
        #: 1-based input line where the block starts.
        self.line = line
        self.text = text
        self.flat = " ".join(text.split())

    def __repr__(self) -> str:
        return f"Block({self.index}, {self.start}, {self.end}, line={self.line}, {self.text!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Block) and (self.index, self.start, self.end, self.line, self.text) == (
            other.index, other.start, other.end, other.line, other.text)

    __hash__ = None  # type: ignore[assignment]


def split_lines(text: str) -> list[tuple[int, int]]:
    """Spans of lines, without their line terminators.

    >>> split_lines("a\\nbc\\n")
    [(0, 1), (2, 4)]
    >>> split_lines("a\\r\\nb")
    [(0, 1), (3, 4)]
    """
    spans = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        spans.append((pos, end - 1 if line.endswith("\r") else end))
        pos = end + 1
    if not text or text.endswith("\n"):
        spans.pop()  # no line after the last line break
    return spans


_TERMINAL = tuple(".!?:;…\"'”’»)]。！？")


def wrap_width(lengths: list[int]) -> int:
    """The width text is wrapped at: the longest line once the longest twentieth of the lines
    (at least one) is set aside, so that a few lines longer than the rest (a URL, a table row the
    wrapper left alone) do not set it.

    >>> wrap_width([70, 72, 68, 71, 30, 240])
    72
    """
    ranked = sorted(lengths, reverse=True)
    return ranked[min(len(ranked) - 1, max(1, len(ranked) // 20))] if ranked else 0


def is_hard_wrapped(text: str, lines: list[tuple[int, int]] | None = None) -> bool:
    """True when the prose of the text is wrapped at a fixed width (paragraphs set off by blank
    lines), as ``lynx -dump``, ``w3m``, e-mail and plain-text archives write it.

    The sign is in the lines near the width that another line follows: wrapped, they mostly stop
    mid-sentence, and the next line goes on in lower case or with a word that would not have fit.
    Shorter lines do not count either way, so a menu or a stack of headlines over a wrapped
    article does not hide it; a line-per-paragraph page, whose long lines end their sentences,
    does not qualify.

    >>> is_hard_wrapped("The cat sat on the mat by the door and\\nlooked at the dog that slept in the\\nsun.\\n\\nThen the cat went out through the\\ngarden and the dog slept on all day\\nlong.\\n")
    True
    >>> is_hard_wrapped("One sentence.\\nAnother sentence.\\n\\nA third.\\n")
    False
    """
    if lines is None:
        lines = split_lines(text)
    texts = [text[s:e].rstrip() for s, e in lines]
    width = wrap_width([len(t) for t in texts])
    if width < 30:
        return False
    near = 0.8 * width
    # No blank line is needed: a single wrapped paragraph (what cleaning leaves of a page whose
    # other paragraphs were chrome) is wrapped too, and cleaning it again must see it so.
    continuing = lower = unfit = 0
    for i in range(len(texts) - 1):
        line, nxt = texts[i], texts[i + 1].lstrip()
        if len(line) < near or not nxt:
            continue
        continuing += 1
        if line.endswith(_TERMINAL):
            continue
        first = nxt[0]
        if first.isalpha() and not first.isupper():  # lower case, or a script without case
            lower += 1
        elif len(line) + 1 + len(nxt.split(None, 1)[0]) > width:  # "… Karen" / "Khachanov …"
            unfit += 1
    # The lower-case evidence is needed: a stack of headlines near the width, each beginning
    # with a capital, does not wrap.
    return lower >= 3 and lower + unfit >= 0.6 * continuing


def blocks(text: str, layout: str | None = None) -> tuple[list[Block], str]:
    """Split ``text`` into blocks; returns the blocks and the layout used.

    Blank lines are not blocks. In ``paragraphs`` layout a block spans the lines of a paragraph.

    >>> [b.text for b in blocks("Title\\n\\nBody line.\\n")[0]]
    ['Title', 'Body line.']
    """
    spans = split_lines(text)
    if layout is None:
        layout = PARAGRAPHS if is_hard_wrapped(text, spans) else LINES
    out: list[Block] = []
    if layout == LINES:
        for lineno, (s, e) in enumerate(spans, 1):
            line = text[s:e]
            if line and not line.isspace():
                out.append(Block(len(out), s, e, lineno, line))
        return out, layout
    width = wrap_width([len(text[s:e].rstrip()) for s, e in spans])
    para: list[tuple[int, int, int]] = []
    for lineno, (s, e) in enumerate(spans + [(len(text), len(text))], 1):
        if lineno <= len(spans) and text[s:e].strip():
            para.append((lineno, s, e))
            continue
        if para:
            out.extend(_paragraph_blocks(text, para, width, len(out)))
            para = []
    return out, layout


def _paragraph_blocks(text: str, para: list[tuple[int, int, int]], width: int, first: int) -> list[Block]:
    """One block for a wrapped paragraph; one per line for a stack of short lines (a byline over
    a timestamp, a share bar over a copyright) that only sits between blank lines."""
    wrapped = all(e - s >= width * 0.6 for _, s, e in para[:-1])
    if wrapped:
        (lineno, start, _), end = para[0], para[-1][2]
        return [Block(first, start, end, lineno, text[start:end])]
    return [Block(first + n, s, e, lineno, text[s:e]) for n, (lineno, s, e) in enumerate(para)]


# Sentence boundaries -------------------------------------------------------------------------

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then either white
# space or (a glued sentence) directly an upper-case letter followed by a lower-case one.
_BOUNDARY = regex.compile(
    r"""
    (?<=[^\s.!?…][.!?…]+ ["'”’»)\]]* )   # the end of a sentence: punctuation after a word
    (?: \s+ (?=[\p{Lu}\p{Lt}\p{N}"'“‘«(\[¿¡])   # white space, then something that can open one
      | (?=\p{Lu}\p{Ll})                       # or glued: "time.Later"
    )
    """,
    regex.VERBOSE,
)
# Words after which a period does not end a sentence.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st mt ft no nos nr vs etc e.g i.e cf al fig figs approx dept est
    inc ltd co corp gov gen col lt sgt capt rep sen rev hon pres jan feb mar apr jun jul aug
    sep sept oct nov dec mon tue wed thu fri sat sun u.s u.k u.n e.u a.m p.m op ed vol pp p
    art abs bzw ca usw z.b d.h s.a sra sro srta dña av vgl nr
    """.split()
)
_LAST_WORD = regex.compile(r"([\p{L}.]+)[.]$")
_ACRONYM = regex.compile(r"(?:\p{L}\.)+\p{L}")  # "u.s", "e.g" (the last period gone)
_URLISH = regex.compile(r"(?:https?://|www\.)\S*$|\S+@\S*$", regex.IGNORECASE)


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text``.

    >>> t = "Talks start late on Thursday Moscow time.Later, the White House confirmed it."
    >>> [t[s:e] for s, e in sentences(t)]
    ['Talks start late on Thursday Moscow time.', 'Later, the White House confirmed it.']
    >>> t = "The U.S. Army met Mr. J. Smith at No. 5 Main St. at 3.5 p.m. to see www.Example.com today."
    >>> len(sentences(t))
    1
    """
    spans = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        cut = end = m.start()
        while end > start and text[end - 1].isspace():
            end -= 1
        if end == start:
            continue
        if _is_false_boundary(_head(text, start, end), text, cut, m.end()):
            continue
        spans.append((start, end))
        start = m.end()
    tail = text[start:].rstrip()
    if tail.strip():
        spans.append((start, start + len(tail)))
    return spans


#: How much of a long sentence's end is enough to judge a boundary after it (its last word).
_HEAD_TAIL = 256
_SPACE = re.compile(r"\s")


def _head(text: str, start: int, end: int) -> str:
    """The sentence ``text[start:end]``, or, when it is long, its end from a white space on: the
    boundary after it depends only on its last word, and copying whole sentences at every
    candidate boundary made a block of one long sentence cost its length squared."""
    if end - start > _HEAD_TAIL:
        tail = text[end - _HEAD_TAIL:end]
        if _SPACE.search(tail):
            return tail
    return text[start:end]


def _is_false_boundary(head: str, text: str, cut: int, nxt: int) -> bool:
    if cut == nxt:
        # Glued: the whole token around the point must not be an address ("jane.Doe@x.com").
        space = text.rfind(" ", 0, cut)  # the nearer of the space and the newline before it: a
        left = max(space, text.rfind("\n", space + 1, cut)) + 1  # newline further back is not it
        right = len(text) if (sp := text.find(" ", nxt)) < 0 else sp
        if _URLISH.search(text[left:right]) or "@" in text[left:right]:
            return True
    stripped = head.rstrip("\"'”’»)]")
    if not stripped.endswith("."):
        return False
    token = last[-1] if (last := stripped.rsplit(None, 1)) else stripped
    if _URLISH.search(token) or "@" in token:
        return True
    m = _LAST_WORD.search(token)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    # An initial ("J.") or an acronym with periods ("U.S.", "e.g.").
    if len(word) == 1 or _ACRONYM.fullmatch(word):
        return True
    return False
