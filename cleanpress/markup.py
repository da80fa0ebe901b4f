"""What a block says once the markup of a text-mode browser or a Markdown converter is read.

Scrapers that write Markdown (html2text, trafilatura's Markdown, Reader-style services) and
text-mode browsers (``lynx -dump``) keep what a plain-text scraper loses: which words are links.
A menu item is ``* [World](https://example.com/world)``, a share bar ``[Facebook](…) [Twitter](…)``,
a photo ``![The old sea wall](…/wall.jpg)``, a heading ``## What happens next``; in lynx's output
a link is ``[12]World``, and the page ends with a numbered list of the links' URLs. Rules judge
the text (``World``, ``What happens next``), not the URL, and a block that is mostly link text
reads as a link, whatever its length: the link density that DOM-based extractors rely on.

Only the decisions see this reading; a block that stays is written as it came, markup and all.
"""
from __future__ import annotations

import re
from typing import NamedTuple

# A URL in Markdown: no white space, balanced parentheses once ("…/Foo_(bar)"), an optional title.
_TARGET = r"\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'))?\)"
#: ``![alt](url)`` (an image), alone or inside a link (a linked image: ``[![alt](img)](url)``).
_IMAGE = re.compile(r"!\[[^\]]*\]" + _TARGET)
#: ``[text](url)`` or ``[text][ref]``: a link and its text.
_LINK = re.compile(r"\[([^\[\]]*)\](?:" + _TARGET + r"|\[[^\]]*\])")
#: lynx's link markers: ``[12]World``.
_LYNX_MARK = re.compile(r"\[\d+\](?=\S)")
#: An entry of lynx's list of links after the page: ``12. https://example.com/world``.
_LYNX_REFERENCE = re.compile(r"\d+\.\s+((?:https?|ftp|file|mailto):\S+)")
#: An ATX heading's marks: ``## What happens next ##``.
_HEADING = re.compile(r"^#{1,6}\s+|\s+#+\s*$")
#: Strong emphasis around words: ``**bold**`` (``__bold__`` would take ``__init__`` apart).
_EMPHASIS = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
#: Bullets before an item, kept: the rules know them.
_BULLET = re.compile(r"^[*+-]\s+")
_SPACE = re.compile(r"\s+")


class Reading(NamedTuple):
    """A block's text as a reader sees it, and what its markup says."""

    #: The text: link text for links, no images, no heading marks, white space folded.
    text: str
    #: Share of the text's letters and digits that are link text (0.0 to 1.0).
    link_share: float
    #: The block is nothing but images (and bullets or separators between them).
    images_only: bool


def _letters(s: str) -> int:
    return sum(c.isalnum() for c in s)


def read(flat: str) -> Reading | None:
    """The reading of a block (white space folded) that holds markup, else None.

    >>> read("* [World](https://example.com/world)")
    Reading(text='* World', link_share=1.0, images_only=False)
    >>> read("![The old sea wall](https://example.com/wall.jpg)")
    Reading(text='', link_share=0.0, images_only=True)
    >>> read("## What happens next")
    Reading(text='What happens next', link_share=0.0, images_only=False)
    >>> read("Work began in [March](https://example.com/march), the mayor said.").link_share < 0.2
    True
    >>> read("12. https://example.com/world").text
    'https://example.com/world'
    >>> read("The council voted on Tuesday.") is None
    True
    """
    if "[" not in flat and not flat.startswith("#") and "**" not in flat:
        if flat[:1].isdigit() and (ref := _LYNX_REFERENCE.fullmatch(flat)):
            return Reading(ref.group(1), 1.0, False)  # a bare URL, as CP113 knows it
        return None
    images = False
    text = flat
    if "![" in text:
        text, n = _IMAGE.subn("", text)
        images = n > 0
    links: list[str] = []

    def anchor(m: re.Match[str]) -> str:
        links.append(m.group(1))
        return m.group(1)

    text = _LINK.sub(anchor, text)
    parts = _LYNX_MARK.split(text)
    if len(parts) > 1:
        # lynx marks where a link begins, not where it ends: its first word is link text.
        links.extend(w.split(None, 1)[0] for w in parts[1:] if w)
        text = "".join(parts)
    if text.startswith("#"):
        text = _HEADING.sub("", text)
    if "**" in text:
        text = _EMPHASIS.sub(r"\1", text)
    text = _SPACE.sub(" ", text).strip()
    if text == flat and not links:
        return None
    letters = _letters(_BULLET.sub("", text))
    images_only = images and not letters
    share = min(1.0, sum(map(_letters, links)) / letters) if letters else 0.0
    return Reading("" if images_only else text, share, images_only)
