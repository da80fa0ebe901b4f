"""Duplicates inside one document: the CP3xx rules.

Survivor rule (deterministic): of two copies the more complete one stays, where it stands, so the
article keeps its order; between equally complete copies the one inside the body of the text
stays, then the earlier one.

1. Copies of the title ("Title | Site") go (CP301).
2. Exact copies of a paragraph go (CP302).
3. A paragraph glued together from other blocks (a page's collapsed copy of the article) goes
   (CP305); this runs before 4 so that the separate paragraphs survive rather than the glue.
4. Near-duplicate paragraphs (MinHash estimate of the Jaccard similarity of word shingles at or
   above the threshold) and blocks contained in a fuller paragraph (a summary repeated by the
   lead, a teaser, a pull quote) go (CP303, CP304).
5. A block repeated right after itself goes (CP302), and so does a pair of blocks repeated right
   after itself (a teaser's kicker and headline printed twice).

Paragraphs are blocks of prose: list items, table rows and headings repeat by design.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, NamedTuple, Sequence

from .boilerplate import SITE_SEPARATOR
from .config import Config
from .features import tokens
from .segment import sentences
from .shingles import Shingle, ShingleIndex

if TYPE_CHECKING:
    import numpy as np

#: Fewest words a paragraph needs before exact repeats of it count as duplicates: an interview's
#: recurring question is structure, not a duplicated paragraph. Shorter blocks count only when
#: the copies are adjacent (a scraper artifact).
MIN_EXACT_WORDS = 10
#: Copies of a question or a list item that make it the text's structure (an interview series,
#: a meal plan), not a copy.
RECURS = 3
#: Fewest words of a block that is not a paragraph for it to count as part of a glued copy.
MIN_PART_WORDS = 4
#: Share of a block's shingles found in other blocks from which it may be a copy.
SUSPECT_SHARE = 0.5
#: Fewest words of a block that can be a glued copy of others.
MIN_GLUED_WORDS = 12
#: Most suspects of a page compared pair by pair. Real pages have a few dozen (56 at most on the
#: AEB pages); a page of thousands of near-identical paragraphs (a listing, a log) would cost the
#: square of their number in time and memory (2,000 took 7 s and 390 MB, 50,000 did not finish in
#: 15 minutes). Above it, each paragraph is compared with the paragraphs kept so far instead, best
#: first (see :func:`_near_by_representatives`), and glued and contained copies are not looked for
#: (the search is not exhaustive: :class:`Found`).
MAX_COMPARED = 1000


@dataclass(frozen=True)
class Duplicate:
    code: str
    of: int
    similarity: float
    reason: str


def title_copies(flats: Sequence[str], title: int, candidates: Sequence[int]) -> list[int]:
    """Blocks among ``candidates`` that repeat the title, alone or with a site name (or a tag
    before it and the site's name after, as Q&A sites do: "python - Title - Stack Overflow").
    A title of fewer than :data:`NAME_WORDS` words (a name: "Requests") is only repeated with a
    separator between it and the site's ("Requests | PyPI"): a line that merely opens with the
    name ("Requests is a simple HTTP library.") is a sentence about it.

    >>> title_copies(["Requests", "Requests | PyPI", "Requests is a simple HTTP library."], 0, [1, 2])
    [1]
    """
    words = tokens(flats[title])
    t = " ".join(words)
    out = []
    for i in candidates:
        if i == title or not len(t) <= len(flats[i]) <= len(flats[title]) + 80:
            continue
        s = " ".join(tokens(flats[i]))
        if s == t or (len(s) > len(t) and len(s) - len(t) <= 60
                      and (s.startswith(t + " ") or s.endswith(" " + t) or 0 < s.find(" " + t + " ") <= 30)
                      and (len(words) >= NAME_WORDS or SITE_SEPARATOR.search(flats[i]))):
            out.append(i)
    return out


#: See :func:`title_copies`: a title of fewer words is a name.
NAME_WORDS = 3


class Found(NamedTuple):
    """What :func:`find_duplicates` removes, and whether it looked for every kind of copy."""

    removed: dict[int, Duplicate]
    #: False when the page had more candidate copies than :data:`MAX_COMPARED` (glued and
    #: contained copies were not looked for), or copies kept as structure (:data:`RECURS`): the
    #: blocks kept need a search of their own.
    exhaustive: bool = True


def find_duplicates(flats: Sequence[str], lines: Sequence[int], candidates: Sequence[int],
                    paragraphs: set[int], preferred: set[int], config: Config,
                    can_remove: Callable[[int, str], bool] = lambda i, code: True) -> Found:
    """Duplicates among ``candidates`` (block indices, in order).

    Exact, near and glued copies are looked for among ``paragraphs`` (blocks of prose): list
    items, table rows and headings repeat by design ("Portion: 1 cup" under every meal). Any
    candidate may be a part of a glued copy, or be contained in a paragraph (a pull quote without
    a full stop); any block repeated right after itself goes. ``preferred`` blocks win ties.
    A block that ``can_remove`` refuses (a rule not selected, a block pinned by a keep pattern)
    stays and keeps its copies company.

    Searching again among a subset of ``candidates`` (the blocks a first, exhaustive pass kept)
    finds no new copy in steps 2-4: shared shingles, suspects and pairs only shrink with the set
    of blocks. Only :func:`repeats` can find one, when removals bring two copies together. Copies
    kept as structure are the exception (fewer of them may not be): a search that kept any is
    not exhaustive.
    """
    # Only blocks that can be a copy or hold one are tokenised: paragraphs, and blocks of a few
    # words that may be a glued part or a pull quote. Menu items only meet step 5.
    toks = {i: t for i in candidates
            if (i in paragraphs or flats[i].count(" ") >= MIN_PART_WORDS - 1)
            and (t := tokens(flats[i])) and (i in paragraphs or len(t) >= MIN_PART_WORDS)}
    alive = [i for i in candidates if i in toks]
    removed: dict[int, Duplicate] = {}

    def drop(i: int, d: Duplicate) -> None:
        if can_remove(i, d.code):
            removed[i] = d

    def rank(i: int) -> tuple:
        # Higher ranks survive: more words, inside the body, earlier.
        return (len(toks[i]), i in preferred, -i)

    # 2. exact copies of a paragraph; a question asked again and again (of each guest of an
    # interview series), or an item that recurs in a plan or a list (a meal on several days'
    # menus), is the text's structure, and no copy of it goes, as exact, near or glued copy. Twice
    # is a headline and its copy; a sentence thrice is a caption under every photo of a gallery.
    groups: dict[str, list[int]] = {}
    for i in alive:
        if i in paragraphs and len(toks[i]) >= MIN_EXACT_WORDS:
            groups.setdefault(" ".join(toks[i]), []).append(i)
    recurring: set[int] = set()
    before = dict(zip(candidates[1:], candidates))  # the candidate before each
    for members in groups.values():
        # Copies right after each other are one (step 5 removes the repeats).
        apart = sum(before.get(i) not in members for i in members)
        if apart >= RECURS and all(_is_structure(flats[i]) for i in members):
            recurring.update(members)
            continue
        keep = max(members, key=rank)
        for i in members:
            if i != keep:
                drop(i, Duplicate("CP302", keep, 1.0, f"exact copy of line {lines[keep]}"))
    alive = [i for i in alive if i not in removed and i not in recurring]

    k = config.shingle_size
    ids = list(alive)
    index = ShingleIndex([toks[i] for i in ids], k)
    pos = {i: n for n, i in enumerate(ids)}

    def size(i: int) -> int:
        return index.size[pos[i]]

    # Most blocks share few shingles with any other: only those that share at least half of
    # theirs can be a copy (Jaccard 0.6 needs 60%, containment 90%), so only they are examined.
    suspect_at = [n for n, (c, sz) in enumerate(zip(index.shared_count, index.size))
                  if c and c >= SUSPECT_SHARE * sz]
    suspects = {ids[n] for n in suspect_at}
    # Only suspects long enough to be a glued copy or a near or contained copy are looked at
    # closely (a repeated menu of a few words is not).
    shortest = min(MIN_GLUED_WORDS, config.min_duplicate_words)
    examined = [n for n in suspect_at if len(toks[ids[n]]) >= shortest]
    if len(examined) > MAX_COMPARED:
        near = [i for i in alive if i in suspects and i in paragraphs and len(toks[i]) >= config.min_duplicate_words]
        for loser, keep, sim in _near_by_representatives(sorted(near, key=rank, reverse=True), toks, config,
                                                         can_remove):
            drop(loser, Duplicate("CP303", keep, sim, f"near-duplicate of line {lines[keep]} (similarity {sim:.2f})"))
        removed.update(repeats(flats, lines, [i for i in candidates if i not in removed], can_remove))
        return Found(removed, exhaustive=False)
    shared = index.overlaps_of(examined)

    def overlaps(i: int) -> dict[int, int]:
        """Shared shingle counts of suspect i (of at least ``shortest`` words) with every other
        live block."""
        return {ids[n]: c for n, c in shared[pos[i]].items() if ids[n] not in removed}

    # 3. paragraphs glued together from other blocks, longest first
    for i in sorted((i for i in suspects if i in paragraphs), key=lambda i: (-len(toks[i]), i)):
        if len(toks[i]) < MIN_GLUED_WORDS or len(sentences(flats[i])) < 2:
            continue
        parts = [j for j, c in overlaps(i).items() if len(toks[j]) < len(toks[i]) and c >= 0.5 * size(j)]
        if len(parts) < 2:
            continue
        union = set().union(*(index.distinct[pos[j]] for j in parts))
        covered = _coverage(index.ordered(pos[i]), union, k, len(toks[i]))
        if covered >= config.containment_threshold:
            parts.sort()
            shown = ", ".join(str(lines[j]) for j in parts[:6]) + (" ..." if len(parts) > 6 else "")
            drop(i, Duplicate("CP305", parts[0], round(covered, 3),
                              f"glued copy of {len(parts)} blocks (lines {shown})"))
    alive = [i for i in alive if i not in removed]

    # 4. near-duplicate paragraphs (MinHash) and blocks contained in a fuller paragraph
    pairs: dict[tuple[int, int], tuple[str, float]] = {}
    big = [i for i in alive if i in suspects and i not in removed and len(toks[i]) >= config.min_duplicate_words]
    near = [i for i in big if i in paragraphs]
    if len(near) >= 2:
        for a, b, sim in _near_pairs(near, toks, config):
            pairs[(a, b)] = ("CP303", sim)
    for small in big:
        for large, c in overlaps(small).items():
            # A block much shorter than the paragraph holding it is a teaser or a pull quote:
            # contained (CP304) says more than near-duplicate.
            cont = c / size(small)
            if (large in paragraphs and len(toks[small]) < 0.8 * len(toks[large])
                    and cont >= config.containment_threshold):
                pairs.setdefault((min(small, large), max(small, large)), ("CP304", round(cont, 3)))
    for (a, b), (code, sim) in sorted(pairs.items(), key=lambda kv: (-kv[1][1], kv[0])):
        if a in removed or b in removed:
            continue
        loser, keep = (a, b) if rank(a) < rank(b) else (b, a)
        what = "near-duplicate of" if code == "CP303" else "contained in"
        drop(loser, Duplicate(code, keep, sim, f"{what} line {lines[keep]} (similarity {sim:.2f})"))

    removed.update(repeats(flats, lines, [i for i in candidates if i not in removed], can_remove))
    # Structure depends on how many copies there are, which later rules can lower: the blocks
    # kept then need a search of their own, as cleaning the output would make.
    return Found(removed, exhaustive=not recurring)


def _is_structure(flat: str) -> bool:
    """A question, or an item that does not end like a sentence ("Asparagus and Eggs [1 cup ...]")."""
    end = flat.rstrip("\"'”’»)] ")[-1:]
    return end in ("?", "？") or end not in (".", "!", "。", "！", "…")


#: See :func:`repeats`: the words of the longer line of a pair repeated right after itself.
PAIR_WORDS = 4


def repeats(flats: Sequence[str], lines: Sequence[int], candidates: Sequence[int],
            can_remove: Callable[[int, str], bool] = lambda i, code: True) -> dict[int, Duplicate]:
    """5. Blocks among ``candidates`` repeated right after themselves (a scraper artifact), and
    pairs repeated right after themselves, when the pair holds a line of at least
    :data:`PAIR_WORDS` words (a teaser's kicker and headline, printed twice: "Business / Tribune
    renames itself Tronc / Business / Tribune renames itself Tronc"; a table's short cells that
    alternate stay).

    >>> flats = ["Business", "Tribune renames itself Tronc", "Business", "Tribune renames itself Tronc"]
    >>> sorted(repeats(flats, [1, 2, 3, 4], range(4)))
    [2, 3]
    >>> repeats(["Yes", "No", "Yes", "No"], [1, 2, 3, 4], range(4))
    {}
    """
    removed: dict[int, Duplicate] = {}
    kept: list[tuple[int, str]] = []
    for i in candidates:
        key = flats[i].lower()  # white space is folded already
        if not key:
            continue
        if kept and key == kept[-1][1]:
            prev = kept[-1][0]
            if can_remove(i, "CP302"):
                removed[i] = Duplicate("CP302", prev, 1.0, f"repeats the block before it (line {lines[prev]})")
                continue
        kept.append((i, key))
        if (len(kept) >= 4 and kept[-1][1] == kept[-3][1] and kept[-2][1] == kept[-4][1]
                and max(kept[-1][1].count(" "), kept[-2][1].count(" ")) >= PAIR_WORDS - 1
                and can_remove(kept[-1][0], "CP302") and can_remove(kept[-2][0], "CP302")):
            (a, _), (b, _) = kept[-4], kept[-3]
            for j, of in ((kept[-2][0], a), (kept[-1][0], b)):
                removed[j] = Duplicate("CP302", of, 1.0, f"repeats lines {lines[a]}-{lines[b]} right after them")
            del kept[-2:]
    return removed


def _coverage(ordered: list[Shingle], union: set[Shingle], k: int, n: int) -> float:
    """Share of a block's words covered by shingles found in ``union``."""
    covered = [False] * n
    for p, h in enumerate(ordered):
        if h in union:
            for q in range(p, min(p + k, n)):
                covered[q] = True
    return sum(covered) / n


def _near_by_representatives(ordered: list[int], toks: dict[int, tuple[str, ...]], config: Config,
                             can_remove: Callable[[int, str], bool]) -> list[tuple[int, int, float]]:
    """Near-duplicates among ``ordered`` (best first) in one pass: each block is compared with the
    blocks kept before it and goes as a copy of the most similar one, if that one reaches the
    threshold. The cost grows with the blocks times the blocks kept, not with every pair, and no
    two blocks kept are near-duplicates, so cleaning the output finds none.

    Returns ``(copy, kept block, similarity)``.
    """
    import numpy as np

    sigs = _signatures(ordered, toks, config)
    kept = np.empty_like(sigs)
    kept_ids: list[int] = []
    out = []
    for n, i in enumerate(ordered):
        if kept_ids:
            sims = (kept[:len(kept_ids)] == sigs[n]).mean(axis=1)
            best = int(np.argmax(sims))  # the first of equals: the better block
            if sims[best] >= config.near_duplicate_threshold and can_remove(i, "CP303"):
                out.append((i, kept_ids[best], round(float(sims[best]), 3)))
                continue
        kept[len(kept_ids)] = sigs[n]
        kept_ids.append(i)
    return out


def _near_pairs(ids: list[int], toks: dict[int, tuple[str, ...]], config: Config) -> list[tuple[int, int, float]]:
    """Pairs of blocks whose estimated Jaccard similarity reaches the threshold.

    Signatures are datasketch MinHashes (see :mod:`cleanpress.minhash`); a page has few blocks,
    so every pair of signatures is compared at once with numpy, which is exact where LSH banding
    would only be probable. Corpus-wide search is where banding pays.
    """
    from .minhash import similar_pairs

    sigs = _signatures(ids, toks, config)
    return [(ids[a], ids[b], round(sim, 3)) for a, b, sim in similar_pairs(sigs, config.near_duplicate_threshold)]


def _signatures(ids: list[int], toks: dict[int, tuple[str, ...]], config: Config) -> np.ndarray:
    """MinHash signatures of the word shingles of blocks ``ids``, one row each.

    Imported here, with numpy: three pages in four have no near-duplicate candidates, and a run
    over a few pages (a pre-commit hook, a page through a pipe) starts 0.1 s sooner without it.
    """
    from .minhash import shingle_hashes, signatures, word_hashes

    return signatures([shingle_hashes(word_hashes(toks[i]), config.shingle_size) for i in ids], config.num_perm)
