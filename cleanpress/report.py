"""The audit report: one self-contained HTML page of what ``clean`` removed, and why.

``render(pages)`` takes plain data (each document's source, text and :class:`CleanResult`) and
returns one HTML file: inline CSS, inline SVG charts and a little inline JavaScript for filters and
keyboard navigation; no network, no CDN. Without JavaScript every document is shown, statically.

What the page marks is exactly the result's edits: each ``<mark>`` carries the edit's rule code and
its ``start``/``end`` offsets into the input, and the cleaned text beside it is ``result.text``.
Every piece of input text goes through :func:`html.escape`: a page that contains markup shows it
as text.
"""
from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from .result import CleanResult, Edit
from .rules import RULES

#: Colours by rule family (Okabe-Ito, distinguishable with the common colour-vision deficiencies),
#: each with its own underline style so that colour is never the only cue.
FAMILIES = {
    "chrome": ("#E69F00", "solid", "site chrome (patterns)"),
    "boilerplate": ("#56B4E9", "dashed", "boilerplate (context)"),
    "duplicate": ("#CC79A7", "double", "duplicate"),
    "canonical": ("#009E73", "dotted", "repair inside a kept line"),
    "layout": ("#999999", "wavy", "blank lines"),
}
#: Documents shown in full; beyond this the page shows an even sample and says so.
MAX_DOCUMENTS = 2000


@dataclass(frozen=True)
class Page:
    """One document of the report."""

    source: str
    text: str
    result: CleanResult
    #: Site or folder, for the site filter.
    site: str = ""
    #: The record's line in its file (JSONL), else 1.
    line: int = 1

    @property
    def removed_share(self) -> float:
        n = len(self.text)
        return 1 - len(self.result.text) / n if n else 0.0


class Sampler:
    """Keeps an even sample of at most ``limit`` pages of a stream of unknown length, in bounded
    memory and deterministically: every page while there is room, then every second, fourth...

    >>> s = Sampler(3)
    >>> for n in range(10): s.add(n)
    >>> s.pages(), s.seen
    ([0, 2, 6], 10)
    """

    def __init__(self, limit: int = MAX_DOCUMENTS):
        self.limit, self.stride, self.seen = limit, 1, 0
        self._kept: list = []

    def add(self, page) -> None:
        if self.seen % self.stride == 0:
            self._kept.append(page)
            if len(self._kept) >= 2 * self.limit:
                self._kept = self._kept[::2]
                self.stride *= 2
        self.seen += 1

    def pages(self) -> list:
        if len(self._kept) <= self.limit:
            return list(self._kept)
        step = len(self._kept) / self.limit
        return [self._kept[int(i * step)] for i in range(self.limit)]


def _esc(s: str) -> str:
    return html.escape(s, quote=True)


def _marked(doc: int, text: str, edits: Sequence[Edit]) -> str:
    """The input text with each edit's span in a ``<mark>`` (rule code, offsets, reason), and an
    anchor where each copy that a duplicate repeats begins; everything escaped."""
    anchors = sorted({e.duplicate_of[0] for e in edits if e.duplicate_of is not None})
    out: list[str] = []
    pos, ai = 0, 0

    def plain(upto: int) -> None:
        nonlocal pos, ai
        while ai < len(anchors) and anchors[ai] <= upto:
            a = anchors[ai]
            if a >= pos:
                out.append(_esc(text[pos:a]))
                out.append(f'<span class="anchor" id="d{doc}-o{a}"></span>')
                pos = a
            ai += 1
        out.append(_esc(text[pos:upto]))
        pos = upto

    for n, e in enumerate(sorted(edits, key=lambda e: (e.start, e.end))):
        plain(e.start)
        rule = RULES[e.code]
        tip = f"{e.code} {rule.name}: {e.reason}"
        if e.replacement or e.start == e.end:
            tip += f" → {e.replacement!r}"
        link = ""
        if e.duplicate_of is not None:
            link = f'<a class="kept" href="#d{doc}-o{e.duplicate_of[0]}" title="the copy that stays">↗</a>'
        elif e.copy_of is not None:
            link = f'<span class="kept" title="first copy: {_esc(f"{e.copy_of[0]}:{e.copy_of[1]}")}">↗</span>'
        body = _esc(text[e.start:e.end]) if e.end > e.start else "⏎"
        out.append(f'<mark id="d{doc}-e{n}" class="f-{rule.family}" data-code="{e.code}" data-start="{e.start}" '
                   f'data-end="{e.end}" title="{_esc(tip)}">{body}</mark>{link}')
        pos = e.end
    plain(len(text))
    return "".join(out)


def _bar_chart(counts: Counter) -> str:
    if not counts:
        return "<p>No edits.</p>"
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    top = rows[0][1]
    h = 22 * len(rows) + 10
    bars = []
    for n, (code, c) in enumerate(rows):
        colour = FAMILIES[RULES[code].family][0]
        w = max(2, int(360 * c / top))
        y = 5 + 22 * n
        bars.append(f'<text x="0" y="{y + 15}">{code} {_esc(RULES[code].name)}</text>'
                    f'<rect x="230" y="{y}" width="{w}" height="16" fill="{colour}"><title>{code}: {c}</title></rect>'
                    f'<text x="{236 + w}" y="{y + 14}">{c}</text>')
    return (f'<svg class="chart" role="img" aria-label="Edits by rule code" width="680" height="{h}" '
            f'viewBox="0 0 680 {h}">{"".join(bars)}</svg>')


def _histogram(shares: Sequence[float]) -> str:
    bins = [0] * 10
    for s in shares:
        bins[min(int(max(s, 0.0) * 10), 9)] += 1
    top = max(bins) or 1
    bars = []
    for n, c in enumerate(bins):
        hgt = int(140 * c / top)
        x = 40 + n * 60
        bars.append(f'<rect x="{x}" y="{150 - hgt}" width="52" height="{hgt}" fill="#0072B2">'
                    f'<title>{n * 10}-{n * 10 + 10}% removed: {c} documents</title></rect>'
                    f'<text x="{x + 26}" y="{145 - hgt}" text-anchor="middle">{c}</text>'
                    f'<text x="{x + 26}" y="168" text-anchor="middle">{n * 10}%</text>')
    return ('<svg class="chart" role="img" aria-label="Histogram of the share of each document removed" '
            f'width="660" height="180" viewBox="0 0 660 180">{"".join(bars)}</svg>')


def render(pages: Sequence[Page], title: str = "cleanpress report", total: int | None = None) -> str:
    """The report of ``pages`` as one HTML document. ``total``: documents in the run, when
    ``pages`` is a sample of them."""
    total = len(pages) if total is None else total
    bytes_in = sum(len(p.text.encode("utf-8", "surrogatepass")) for p in pages)
    bytes_out = sum(len(p.result.text.encode("utf-8", "surrogatepass")) for p in pages)
    counts: Counter = Counter(e.code for p in pages for e in p.result.edits)
    shares = [p.removed_share for p in pages]
    order = sorted(range(len(pages)), key=lambda i: (-shares[i], i))
    sites = sorted({p.site for p in pages})
    legend = "".join(f'<li><mark class="f-{f}">{_esc(label)}</mark></li>' for f, (_, _, label) in FAMILIES.items())
    notice = ""
    if total > len(pages):
        notice = (f'<p class="notice">This report shows {len(pages)} of {total} documents, evenly spaced '
                  f"over the input; the figures above the list are for those shown.</p>")

    def doc_link(i: int) -> str:
        return f'<li><a href="#doc{i}">{_esc(pages[i].source)}:{pages[i].line}</a> — {shares[i]:.0%} removed</li>'

    docs = []
    for i, p in enumerate(pages):
        codes = sorted({e.code for e in p.result.edits})
        docs.append(
            f'<section class="doc" id="doc{i}" tabindex="-1" data-codes="{" ".join(codes)}" '
            f'data-site="{_esc(p.site)}" data-removed="{shares[i]:.4f}">'
            f"<h3>{_esc(p.source)}:{p.line} <small>{len(p.result.edits)} edits, {shares[i]:.0%} removed"
            f"{(', ' + _esc(p.site)) if p.site else ''}</small></h3>"
            f'<div class="panes"><div><h4>Input, removals marked</h4><pre class="orig">'
            f"{_marked(i, p.text, p.result.edits)}</pre></div>"
            f'<div><h4>Clean text</h4><pre class="clean">{_esc(p.result.text)}</pre></div></div></section>')

    code_options = "".join(f'<option value="{c}">{c} {_esc(RULES[c].name)}</option>' for c in sorted(counts))
    site_options = "".join(f'<option value="{_esc(s)}">{_esc(s)}</option>' for s in sites if s)
    marks_css = "".join(
        f".f-{f}{{background:{c}33;border-bottom:3px {style} {c}}}" for f, (c, style, _) in FAMILIES.items())
    share = 1 - bytes_out / bytes_in if bytes_in else 0.0
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>{_esc(title)}</title>
<style>
body{{font:15px/1.45 system-ui,sans-serif;margin:1.5em;color:#111;background:#fff}}
h1{{margin:0 0 .3em}} .figures{{display:flex;gap:2em;flex-wrap:wrap}} .figures div{{font-size:1.3em}}
.figures small{{display:block;font-size:.7em;color:#555}} .chart text{{font-size:12px;fill:#111}}
.legend{{list-style:none;padding:0;display:flex;gap:1em;flex-wrap:wrap}}
mark{{color:inherit}} {marks_css}
.panes{{display:grid;grid-template-columns:1fr 1fr;gap:1em}}
pre{{white-space:pre-wrap;word-break:break-word;background:#fafafa;border:1px solid #ddd;padding:.6em;
max-height:32em;overflow:auto;font:13px/1.4 ui-monospace,monospace}}
.doc{{border-top:2px solid #333;margin-top:1.5em}} .doc:focus{{outline:3px solid #0072B2}}
.notice{{background:#fff3cd;padding:.5em}} .filters{{position:sticky;top:0;background:#fff;padding:.5em 0;
border-bottom:1px solid #ddd;z-index:1}} .kept{{text-decoration:none;margin-left:.2em}} [hidden]{{display:none}}
</style></head><body>
<h1>{_esc(title)}</h1>
<div class="figures">
<div>{len(pages)}<small>documents</small></div>
<div>{bytes_in / 1e6:.2f} MB<small>in</small></div>
<div>{bytes_out / 1e6:.2f} MB<small>out</small></div>
<div>{share:.1%}<small>removed</small></div>
<div>{sum(counts.values())}<small>edits</small></div>
</div>
{notice}
<h2>Legend</h2><ul class="legend">{legend}</ul>
<p>Hover a marked span for its rule code and reason; ↗ leads to the copy of a duplicate that stays.
Keys: <kbd>j</kbd>/<kbd>k</kbd> next and previous document.</p>
<h2>Edits by rule code</h2>{_bar_chart(counts)}
<h2>Share of each document removed</h2>{_histogram(shares)}
<h2>Lost the most (over-cleaning?)</h2><ol>{"".join(doc_link(i) for i in order[:10])}</ol>
<h2>Lost the least</h2><ol>{"".join(doc_link(i) for i in order[::-1][:10])}</ol>
<h2>Documents</h2>
<div class="filters" id="filters" hidden>
<label>Rule <select id="f-code"><option value="">any</option>{code_options}</select></label>
<label>Site <select id="f-site"><option value="">any</option>{site_options}</select></label>
<label>Removed more than <input id="f-min" type="number" min="0" max="100" value="0" size="4">%</label>
<span id="f-count"></span>
</div>
{"".join(docs)}
<script>
(function(){{
  var docs=[].slice.call(document.querySelectorAll('.doc'));
  var f=document.getElementById('filters'); f.hidden=false;
  var code=document.getElementById('f-code'), site=document.getElementById('f-site'), min=document.getElementById('f-min');
  var count=document.getElementById('f-count');
  function apply(){{
    var n=0, m=parseFloat(min.value||'0')/100;
    docs.forEach(function(d){{
      var ok=(!code.value||(' '+d.dataset.codes+' ').indexOf(' '+code.value+' ')>=0)
        &&(!site.value||d.dataset.site===site.value)&&(m===0||parseFloat(d.dataset.removed)>m);
      d.hidden=!ok; if(ok) n++;
    }});
    count.textContent=n+' of '+docs.length+' documents';
  }}
  [code,site,min].forEach(function(e){{e.addEventListener('input',apply);e.addEventListener('change',apply);}});
  apply();
  document.addEventListener('keydown',function(ev){{
    if(ev.target.tagName==='INPUT'||ev.target.tagName==='SELECT') return;
    if(ev.key!=='j'&&ev.key!=='k') return;
    var shown=docs.filter(function(d){{return !d.hidden;}}); if(!shown.length) return;
    var cur=shown.indexOf(document.activeElement.closest?document.activeElement.closest('.doc'):null);
    var next=ev.key==='j'?Math.min(cur+1,shown.length-1):Math.max(cur-1,0);
    shown[next].focus(); shown[next].scrollIntoView();
  }});
}})();
</script>
</body></html>
"""
