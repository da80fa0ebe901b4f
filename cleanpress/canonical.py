"""Canonical text: the CP4xx rules, small repairs inside the lines that stay.

Two copies of an article scraped from two sites should come out identical where their words are.
Each repair is an edit with its own code, so ``--explain`` and ``--report`` count it and replay
reproduces it:

- ``CP401`` mojibake and encoding repair, by ftfy (``CafÃ©`` -> ``Café``), conservative: quotes,
  ligatures, full-width forms and HTML entities are left as the author wrote them;
- ``CP402`` Unicode NFC (a decomposed ``é`` composed);
- ``CP403`` no-break and other odd spaces to a plain space;
- ``CP404`` zero-width spaces, word joiners, stray byte-order marks and soft hyphens removed
  (zero-width joiners and non-joiners stay: emoji and several scripts need them);
- ``CP405`` trailing white space stripped;
- ``CP406`` control characters removed (tabs and line breaks stay);
- ``CP407`` a space put back between glued sentences (``time.Later`` -> ``time. Later``) where
  segmentation is sure: not in ``U.S.``, ``3.5``, ``e.g.``, ``Node.js``, URLs, e-mail addresses
  or file names;
- ``CP408`` one final newline for text of several lines;
- ``CP409`` curly quotes straightened, only when asked (``uncurl_quotes``);
- ``CP410`` a text-mode browser's link numbers removed (lynx and w3m print ``[17]report`` for a
  link): only where a word begins, so a footnote after a word (``in 1950.[3]``) and a list
  number before a space (``[1] First``) stay;
- ``CP411`` a heading's edit link or permalink sign removed (MediaWiki prints ``History[edit]``,
  ``Geschichte[Bearbeiten | Quelltext bearbeiten]``; Sphinx and MkDocs ``Installation¶``): only
  at the end of a line of a few words that is not a sentence, or alone on its line.

Blank lines are the layout rule ``CP901``: at most one between paragraphs, none at the ends.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

from .segment import sentences

ODD_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
INVISIBLE = "\u200b\u2060\ufeff\u00ad"
CURLY = {"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"'}

_TRAILING = regex.compile(rf"[ \t{ODD_SPACES}{INVISIBLE}\x00-\x08\x0b-\x1f\x7f-\x9f]+$")
_CONTROL = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Characters that need a closer look, one by one.
_SUSPECT = regex.compile(rf"[{ODD_SPACES}{INVISIBLE}\x00-\x08\x0b-\x1f\x7f-\x9f‘’‚‛“”„‟]")
# A sentence end glued to the next sentence: a word of two letters or more, punctuation, then a
# capitalised word ("time.Later").
_GLUE = regex.compile(r"\p{Ll}{2}[.!?]['\"”’)\]]*\p{Lu}\p{Ll}")
# UTF-8 read as Latin-1 or Windows-1252 leaves a lead byte (Â..ô) before a continuation byte
# (U+0080..U+00BF, or what Windows-1252 makes of 0x80..0x9F): only such lines go to ftfy.
_MOJIBAKE_HINT = regex.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
# A line that may need a repair other than NFC or uncurling: an odd, invisible or control
# character, glue, trailing space, a mojibake hint.
_NEEDS_LOOK = regex.compile(
    rf"[{ODD_SPACES}{INVISIBLE}\x00-\x08\x0b-\x1f\x7f-\x9f]|\p{{Ll}}{{2}}[.!?]['\"”’)\]]*\p{{Lu}}\p{{Ll}}|[ \t]$|"
    + _MOJIBAKE_HINT.pattern)
_ASCII_GLUE = re.compile(r"[a-z]{2}[.!?]['\")\]]*[A-Z][a-z]")
# lynx's number before a link's first word: at the line's start or after a space, an opening
# bracket or quotation mark, and before a word ("[17]report"; not "[1] First", "[1]: http…", nor
# a citation after a word and a space: "per shift [1], even"). The bracket comes first and the
# character before it is looked at behind it: a pattern that opens with a literal is found by a
# fast scan for it, one that opens with a look-behind is tried at every character (45 times as
# slow over a page).
_LINK_MARK = re.compile(r"\[(?<![^\s(\"“‘'«]\[)\d{1,4}\](?=[\w\"“‘'(«])")


# A heading's link, at the end of its line: a wiki's section-edit link (MediaWiki's "editsection"
# and "editsource" labels in the languages its wikis are most read in), or the permalink sign of
# documentation generators (Sphinx, MkDocs). It opens with the bracket or the sign, for a fast scan.
_EDIT_LABEL = (r"edit(?:\s+source)?|(?:quelltext\s+)?bearbeiten|modifier(?:\s+le\s+(?:wiki)?code)?|"
               r"editar(?:\s+(?:código(?:-fonte|\s+fuente)?|fonte))?|править(?:\s+код)?|"
               r"modifica(?:\s+wikitesto)?|(?:brontekst\s+)?bewerken|edytuj(?:\s+kod)?|"
               r"編集|ソースを編集|编辑(?:源代码)?|편집|원본\s+편집")
_HEADING_LINK = regex.compile(
    rf"(?:\[\s*(?:{_EDIT_LABEL})(?:\s*\|\s*(?:{_EDIT_LABEL}))?\s*\]|¶)(?=[ \t\r]*$)",
    regex.IGNORECASE | regex.MULTILINE)
#: Words a heading before its link has at most.
HEADING_WORDS = 12


def _has_heading_link(text: str) -> bool:
    return ("[" in text or "¶" in text) and _HEADING_LINK.search(text) is not None


def without_heading_link(line: str) -> str:
    """``line`` without the edit link or permalink sign that ends it, if it is a heading's
    ("Quickstart¶" -> "Quickstart")."""
    fix = _heading_link(line)
    return line if fix is None else line[:fix.start]


def _heading_link(line: str) -> Fix | None:
    """The edit link or permalink sign that ends ``line``, with the spaces before it, if the
    rest of the line is a heading (a few words, no sentence's end) or nothing."""
    m = _HEADING_LINK.search(line) if "[" in line or "¶" in line else None
    if m is None:
        return None
    head = line[:m.start()].rstrip(" \t")
    if head.endswith((".", "!", "?", ":", ";", ",")) or len(head.split()) > HEADING_WORDS:
        return None
    return Fix("CP411", len(head), m.end(), "", "heading link removed")


def _marked(line: str) -> bool:
    return ("[" in line and _LINK_MARK.search(line) is not None) or _has_heading_link(line)


# A token that is an address or a file name, where a dot before a capital is not a sentence end.
_ADDRESS = regex.compile(r"(?i:https?://|www\.)|@|\.[a-z0-9]{1,5}$|\.\w+\.")


_SUMMARY = {"CP402": "Unicode NFC", "CP403": "odd space made plain", "CP404": "invisible character removed",
            "CP405": "trailing white space", "CP406": "control character removed",
            "CP407": "space put back between glued sentences", "CP409": "curly quote straightened",
            "CP410": "link number removed", "CP411": "heading link removed"}


@dataclass(frozen=True)
class Fix:
    """One repair inside a line: ``line[start:end]`` becomes ``replacement``."""

    code: str
    start: int
    end: int
    replacement: str
    reason: str


@lru_cache(maxsize=1)
def _ftfy_config(uncurl: bool):
    from ftfy import TextFixerConfig

    # Encoding repair only: everything that would change what the author wrote is off.
    return TextFixerConfig(
        unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False,
        fix_character_width=False, uncurl_quotes=uncurl, fix_line_breaks=False, fix_surrogates=False,
        remove_control_chars=False, normalization=None, explain=True)


def _mojibake(line: str) -> tuple[str, str] | None:
    """The line with its encoding repaired and the steps taken, or None when it needs none."""
    import ftfy

    fixed = ftfy.fix_and_explain(line, _ftfy_config(False))
    if fixed.text == line:
        return None
    steps = ", ".join(f"{a} {p}" for a, p in (fixed.explanation or []))
    return fixed.text, steps


def fix_line(line: str, wants=lambda code: True, uncurl_quotes: bool = False) -> list[Fix]:
    """The repairs of one line (without its line break), sorted and non-overlapping.

    >>> [(f.code, f.replacement) for f in fix_line("Talks end late on Thursday Moscow time.Later, it said. ")]
    [('CP407', ' '), ('CP405', '')]
    >>> [(f.code, f.reason) for f in fix_line("CafÃ© prices rose")]
    [('CP401', 'mojibake repaired (encode latin-1, decode utf-8)')]
    >>> fix_line("The U.S. economy grew 3.5% (e.g. in Node.js), see www.Example.com.")
    []
    """
    if line.isascii():
        # The common case, kept cheap: control characters, trailing space, glue, link marks.
        if line.isprintable() and not line.endswith(" ") and not _ASCII_GLUE.search(line) and not _marked(line):
            if "\t" not in line or not line.endswith("\t"):
                return []
    elif not _NEEDS_LOOK.search(line) and unicodedata.is_normalized("NFC", line) and not (
            uncurl_quotes and any(c in CURLY for c in line)) and not _marked(line):
        return []
    fixes = _fixes_but_encoding(line, wants, uncurl_quotes)
    text = apply(line, fixes) if fixes else line
    # A repair can uncover another: a removed control character joins two sentences, brings a
    # combining mark to a new base, or leaves a line whose encoding can now be repaired ("a",
    # U+000B, U+0301, "¢¡" is "á¢¡" once the control character goes and NFC joins the mark, and
    # that is mojibake of "ᢡ"). Repair until nothing changes, so that cleaning the output again
    # finds nothing more to do. A repaired encoding is one edit over the line; otherwise what
    # the first round could not place is one edit over the span that changed.
    steps: list[str] = []
    later: list[str] = []
    for _ in range(4):
        before = text
        if wants("CP401") and _MOJIBAKE_HINT.search(text) and (repaired := _mojibake(text)) is not None:
            text, step = repaired
            steps.append(step)
        if wants("CP402") and not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
            later.append("CP402")
        more = _fixes_but_encoding(text, wants, uncurl_quotes)
        if more:
            later += [f.code for f in more]
            text = apply(text, more)
        if text == before:
            break
    if steps:
        return [Fix("CP401", 0, len(line), text, f"mojibake repaired ({'; '.join(steps)})")]
    if later:
        head = len(_common_prefix(line, text))
        tail = len(_common_prefix(line[head:][::-1], text[head:][::-1]))
        return [Fix(later[0], head, len(line) - tail, text[head:len(text) - tail],
                    f"{_SUMMARY[later[0]]} after {', '.join(sorted({f.code for f in fixes}))}")]
    return fixes


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    return a[:n]


def _fixes_but_encoding(line: str, wants, uncurl_quotes: bool) -> list[Fix]:
    fixes = _char_fixes(line, wants, uncurl_quotes) if not line.isascii() or _CONTROL.search(line) else []
    if wants("CP407") and _GLUE.search(line):
        taken = {f.start for f in fixes}
        fixes += [Fix("CP407", p, p, " ", "space put back between glued sentences")
                  for p in _glue_points(line) if p not in taken]
    if "[" in line and wants("CP410"):
        fixes += [Fix("CP410", m.start(), m.end(), "", "link number removed") for m in _LINK_MARK.finditer(line)]
    if wants("CP411") and (link := _heading_link(line)) is not None:
        fixes.append(link)
    trailing = _TRAILING.search(line)
    if trailing and wants("CP405"):
        fixes = [f for f in fixes if f.start < trailing.start()]
        fixes.append(Fix("CP405", trailing.start(), len(line), "", "trailing white space"))
    return sorted(fixes, key=lambda f: (f.start, f.end))


def _char_fixes(line: str, wants, uncurl_quotes: bool) -> list[Fix]:
    fixes: list[Fix] = []
    if _SUSPECT.search(line):
        for m in _SUSPECT.finditer(line):
            c, p = m.group(), m.start()
            if c in ODD_SPACES and wants("CP403"):
                fixes.append(Fix("CP403", p, p + 1, " ", f"U+{ord(c):04X} to a plain space"))
            elif c in INVISIBLE and wants("CP404"):
                fixes.append(Fix("CP404", p, p + 1, "", f"invisible U+{ord(c):04X} removed"))
            elif c in CURLY:
                if uncurl_quotes and wants("CP409"):
                    fixes.append(Fix("CP409", p, p + 1, CURLY[c], "curly quote straightened"))
            elif wants("CP406"):
                fixes.append(Fix("CP406", p, p + 1, "", f"control character U+{ord(c):04X} removed"))
    if wants("CP402") and not unicodedata.is_normalized("NFC", line):
        for m in _GRAPHEME.finditer(line):
            g = m.group()
            nfc = unicodedata.normalize("NFC", g)
            if nfc != g and not any(f.start < m.end() and m.start() < f.end for f in fixes):
                fixes.append(Fix("CP402", m.start(), m.end(), nfc, "Unicode NFC"))
    return fixes


# A glued sentence opens with a capital and a small letter, after one that closed with two small
# letters and its punctuation. Matched in place (pos, endpos): slicing the line at every sentence
# made a line of many sentences cost its length squared.
_OPENS = regex.compile(r"\p{Lu}\p{Ll}")
_CLOSES = regex.compile(r"\p{Ll}{2}[.!?]['\"”’)\]]*$")
_GRAPHEME = regex.compile(r"\X")


def _glue_points(line: str) -> list[int]:
    """Where a space belongs between glued sentences."""
    points = []
    for s, _ in sentences(line)[1:]:
        if s == 0 or line[s - 1].isspace():
            continue
        left = line.rfind(" ", 0, s) + 1
        right = line.find(" ", s)
        token = line[left:len(line) if right < 0 else right]
        # A sentence has words before its last one: "Mixi.Media News" opening a line is a name.
        if left == 0:
            continue
        if not _ADDRESS.search(token) and _OPENS.match(line, s) and _CLOSES.search(line, left, s):
            points.append(s)
    return points


def apply(line: str, fixes: list[Fix]) -> str:
    """The line with ``fixes`` applied.

    >>> apply("Moscow time.Later", fix_line("Moscow time.Later"))
    'Moscow time. Later'
    """
    out, pos = [], 0
    for f in fixes:  # in order, as fix_line gives them: one pass, not a copy of the line per fix
        out += (line[pos:f.start], f.replacement)
        pos = max(pos, f.end)
    out.append(line[pos:])
    return "".join(out)


# What :data:`_NEEDS_LOOK` asks of a line, asked of a whole text at once, in pieces that each
# scan fast, and only when the text holds the characters a piece needs.
# One character class (a fast scan in C; an alternation beside it is tried at every character):
# a carriage return is kept as a place only where it ends no line (:func:`places_to_look`).
_DOC_ODD = re.compile(rf"[{ODD_SPACES}{INVISIBLE}\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\r]")
_DOC_TRAILING = re.compile(r"[ \t]\r?$", re.MULTILINE)
# The glue, found from its punctuation (rare) rather than from every lower-case letter.
_DOC_GLUE = regex.compile(r"(?<=\p{Ll}{2})[.!?]['\"”’)\]]*\p{Lu}\p{Ll}")
# Where it may be, letters of any case for the cased ones, opening with the punctuation: the
# standard library's engine scans for that fast, and each place is then asked of _DOC_GLUE.
_DOC_GLUE_NEAR = re.compile(r"[.!?](?<=[^\W\d_]{2}[.!?])['\"”’)\]]*[^\W\d_]{2}")
_DOC_MOJIBAKE = re.compile(_MOJIBAKE_HINT.pattern)


def places_to_look(text: str, uncurl_quotes: bool = False) -> list[int] | None:
    """Offsets in ``text`` near which a line may need a repair, found in a few passes over the
    whole text; a line holding none of them needs none. None when every line must be looked at
    (the text is not NFC, or quotes are to be uncurled and it has curly ones).

    >>> places_to_look("Fine line.\\nTrailing space \\nGlued end.Next one")
    [25, 36]
    """
    places: list[int] = []
    if not text.isascii():
        if not unicodedata.is_normalized("NFC", text):
            return None
        if uncurl_quotes and any(c in text for c in CURLY):
            return None
        places += [m.start() for m in _DOC_MOJIBAKE.finditer(text)]
    # Every odd, invisible or control character is unprintable; so are tabs and line breaks.
    if not text.replace("\n", "").isprintable():
        places += [p for m in _DOC_ODD.finditer(text)
                   if text[(p := m.start())] != "\r" or text[p + 1:p + 2] not in ("\n", "")]
    if " \n" in text or " \r" in text or "\t" in text or text.endswith(" "):
        places += [m.start() for m in _DOC_TRAILING.finditer(text)]
    places += [p for m in _DOC_GLUE_NEAR.finditer(text) if _DOC_GLUE.match(text, p := m.start())]
    if "[" in text:
        places += [m.start() for m in _LINK_MARK.finditer(text)]
    if "[" in text or "¶" in text:
        places += [m.start() for m in _HEADING_LINK.finditer(text)]
    return sorted(places)


def block_fixes(text: str, start: int, end: int, first_line: int, wants=lambda code: True,
                uncurl_quotes: bool = False) -> list[tuple[int, Fix]]:
    """The repairs of ``text[start:end]`` (one block, maybe several lines), as
    ``(line number, fix)`` with fix offsets into ``text``."""
    out = []
    pos, lineno = start, first_line
    while pos <= end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        line_end = stop - 1 if stop > pos and text[stop - 1] == "\r" else stop
        for f in fix_line(text[pos:line_end], wants, uncurl_quotes):
            out.append((lineno, Fix(f.code, pos + f.start, pos + f.end, f.replacement, f.reason)))
        if nl < 0:
            break
        pos, lineno = nl + 1, lineno + 1
    return out
