"""What a corpus teaches about its blocks: lines that recur across documents (CP116), and
paragraphs that copy those of earlier documents (CP306, :class:`FirstSeen`).

A menu entry, a footer or a share prompt no pattern knows still gives itself away by recurring
on page after page of a site, while a sentence of an article occurs once or a few times. So, like
CCNet and Dolma, but near-duplicate aware and explained:

1. ``block_keys`` reduces each block of a document to a key: its words, lower-cased, digits
   folded to 0 ("Comments (12)" and "Comments (3)" are one block), hashed to 8 bytes.
2. ``Learner`` counts, over a first pass of the corpus, in how many documents of each site a key
   occurs, and across how many sites.
3. ``Learned`` keeps the keys that reach the thresholds: in at least ``min_docs`` documents of
   one site (a site being the host of the document's URL, or its folder), or on at least
   ``min_sites`` different sites. A few repeats (an article quoting another) cannot reach them.
   Blocks that recur on a site's own pages bound the body of its documents as chrome does;
   a word that recurs only across sites ("Staff", "Business") goes but bounds nothing: it is a
   menu entry there, and can head a list inside an article here.

Only counts are kept: 8-byte keys, never the text. The views (``SiteView``, ``CopiesView``) are
what :func:`cleanpress.clean` takes as ``known``: plain lookups, the library reads no files.
"""
from __future__ import annotations

import hashlib
import os
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable
from urllib.parse import urlsplit

import regex

from .features import tokens
from .segment import blocks

#: Defaults measured on the AEB pages (181 pages of 126 sites). Keys on six or more sites remove
#: 3,062 chrome lines the rules leave and 2 content lines ("All...", "Disclaimer") on the
#: html-text pages; four sites removed 4,034 and 4 (a "STAFF" subheading twice), and learning
#: then lowered F1 on the inscriptis pages.
MIN_DOCS = 5
MIN_SITES = 6
_DIGITS = regex.compile(r"\d+")
_LETTER = regex.compile(r"\p{L}")


def key_of(flat: str) -> bytes | None:
    """The key of a block (white space folded): its words with every number made 0. None for a
    block without a letter: numbers alone ("$164.99", "12:30", "3-1") would all share one key
    and "recur" on every site, while saying nothing of the block.

    >>> key_of("Comments (12)") == key_of("comments: 3")
    True
    >>> key_of("$164.99"), key_of("12:30")
    (None, None)
    """
    words = " ".join(tokens(flat))
    if not _LETTER.search(words):
        return None
    return hashlib.blake2b(_DIGITS.sub("0", words).encode("utf-8", "surrogatepass"), digest_size=8).digest()


def block_keys(text: str) -> set[bytes]:
    """The distinct keys of a document's blocks."""
    found, _ = blocks(text)
    return {k for b in found if (k := key_of(b.flat)) is not None}


def site_of(url: object, source: str) -> str:
    """The site of a document: its URL's host without ``www.``, else the folder of its file.

    >>> site_of("https://www.example.com/a/b", "x.jsonl"), site_of(None, "crawl/bbc/p1.txt")
    ('example.com', 'crawl/bbc')
    """
    if isinstance(url, str) and "//" in url:
        host = (urlsplit(url.strip()).hostname or "").lower()
        if host:
            return host[4:] if host.startswith("www.") else host
    return os.path.dirname(source) or "."


@dataclass
class Learner:
    """Counts of keys per site over the first pass."""

    per_site: dict[str, Counter] = field(default_factory=dict)
    docs_per_site: Counter = field(default_factory=Counter)

    def add(self, site: str, keys: Iterable[bytes]) -> None:
        self.per_site.setdefault(site, Counter()).update(keys)
        self.docs_per_site[site] += 1

    def learn(self, min_docs: int = MIN_DOCS, min_sites: int = MIN_SITES) -> Learned:
        sites: Counter = Counter()
        for counts in self.per_site.values():
            sites.update(counts.keys())
        common = {k: n for k, n in sites.items() if n >= min_sites}
        local = {site: {k: n for k, n in counts.items() if n >= min_docs}
                 for site, counts in self.per_site.items()}
        return Learned(common, {s: t for s, t in local.items() if t}, dict(self.docs_per_site))


@dataclass(frozen=True)
class Learned:
    """The keys that are boilerplate: on many sites, or in many documents of one site."""

    common: dict[bytes, int]
    local: dict[str, dict[bytes, int]]
    docs_per_site: dict[str, int]

    def __len__(self) -> int:
        return len(self.common) + sum(map(len, self.local.values()))

    def view(self, site: str) -> SiteView:
        return SiteView(self, site)

    def reason(self, site: str, key: bytes | None) -> str | None:
        """Why the block with ``key`` is boilerplate on ``site``, or None."""
        if key is None:
            return None
        n = self.local.get(site, {}).get(key)
        if n is not None:
            return f"repeated in {n} of {self.docs_per_site[site]} documents of {site}"
        n = self.common.get(key)
        if n is not None:
            return f"repeated on {n} sites of the corpus"
        return None


@dataclass(frozen=True)
class Verdict:
    code: str
    reason: str
    #: For a copy (CP306): the document and line of the first occurrence.
    elsewhere: tuple[str, int] | None = None
    #: The block bounds the body of the text, as chrome does (see :mod:`cleanpress.boilerplate`).
    barrier: bool = False


@dataclass(frozen=True)
class SiteView:
    """What ``learned`` says of the blocks of one site's documents (the ``known`` of ``clean``)."""

    learned: Learned
    site: str

    def judge(self, flat: str) -> Verdict | None:
        key = key_of(flat)
        why = self.learned.reason(self.site, key)
        if not why:
            return None
        # Only what recurs on this site's own pages bounds the body like chrome: a word that
        # recurs across sites ("Staff", "Business") is a menu entry there, but can head a list
        # inside an article here.
        return Verdict("CP116", why, barrier=key in self.learned.local.get(self.site, {}))


#: Fewest words of a paragraph whose copies in other documents count (as for exact copies inside
#: a document: shorter blocks repeat by design).
MIN_COPY_WORDS = 10


class FirstSeen:
    """Where each paragraph of a corpus first occurs: documents numbered in input order.

    Exact copies are found by key. With ``near`` (a :class:`cleanpress.dedup.DedupConfig`), near
    copies too: each paragraph's MinHash signature is kept, and its LSH band keys point to the
    first paragraph that had them (about 700 bytes a paragraph at 128 permutations).
    """

    def __init__(self, near=None) -> None:
        self.first: dict[bytes, tuple[int, str, int]] = {}
        self.near = near
        self.bands_rows = None
        if near is not None:
            from .dedup import lsh_params

            self.bands_rows = lsh_params(near.threshold, near.num_perm)
        self.band: dict[bytes, int] = {}
        self.sigs: list = []
        self.meta: list[tuple[int, str, int]] = []

    def add(self, doc: int, source: str, text: str, record_line: int | None = None) -> None:
        """Take in document ``doc``; its paragraphs are located by their line in ``source``, or
        for a JSONL record by ``record_line``."""
        found, _ = blocks(text)
        paragraphs = [b for b in found
                      if b.flat.count(" ") + 1 >= MIN_COPY_WORDS and len(tokens(b.flat)) >= MIN_COPY_WORDS]
        for b in paragraphs:
            k = key_of(b.flat)
            if k is not None and k not in self.first:
                self.first[k] = (doc, source, record_line or b.line)
        if self.near is not None and paragraphs:
            from .dedup import document_signatures

            for b, sig in zip(paragraphs, document_signatures([b.flat for b in paragraphs], self.near)):
                n = len(self.meta)
                self.meta.append((doc, source, record_line or b.line))
                self.sigs.append(sig)
                for k in self.band_keys(sig):
                    self.band.setdefault(k, n)

    def band_keys(self, sig) -> list[bytes]:
        from .dedup import band_keys

        return band_keys(sig, *self.bands_rows)

    def merge(self, later: FirstSeen) -> None:
        """Take in what ``later`` (built over later documents) saw first."""
        for k, v in later.first.items():
            self.first.setdefault(k, v)
        offset = len(self.meta)
        self.meta += later.meta
        self.sigs += later.sigs
        for k, n in later.band.items():
            self.band.setdefault(k, n + offset)

    def view(self, doc: int) -> CopiesView:
        return CopiesView(self, doc)


@dataclass(frozen=True)
class CopiesView:
    """The paragraphs document ``doc`` shares with an earlier document (CP306)."""

    seen: FirstSeen
    doc: int

    def judge(self, flat: str) -> Verdict | None:
        if len(flat) < 40:
            return None
        hit = self.seen.first.get(key_of(flat) or b"")
        if hit is not None and hit[0] < self.doc:
            return Verdict("CP306", "copy of a paragraph of an earlier document", (hit[1], hit[2]))
        if self.seen.near is None or len(tokens(flat)) < MIN_COPY_WORDS:
            return None
        from .dedup import document_signatures, similarity

        sig = document_signatures([flat], self.seen.near)[0]
        for n in sorted({self.seen.band[k] for k in self.seen.band_keys(sig) if k in self.seen.band}):
            doc, source, line = self.seen.meta[n]
            if doc >= self.doc:
                continue
            sim = similarity(self.seen.sigs[n], sig)
            if sim >= self.seen.near.threshold:
                return Verdict("CP306", f"near copy of a paragraph of an earlier document (similarity {sim:.2f})",
                               (source, line))
        return None


@dataclass(frozen=True)
class Views:
    """The first verdict of several views."""

    views: tuple

    def judge(self, flat: str) -> Verdict | None:
        for v in self.views:
            if (found := v.judge(flat)) is not None:
                return found
        return None
