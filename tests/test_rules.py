"""Every chrome rule catches what it names and leaves sentences that merely mention it."""
import json

import pytest
import regex
from helpers import CASES, aeb_pages

from cleanpress import RULES
from cleanpress import chrome
from cleanpress.chrome import SYMBOL_OPENERS, ChromeMatcher, symbol_openers

CHROME = json.loads((CASES / "chrome.json").read_text(encoding="utf-8"))
MATCHER = ChromeMatcher()


def test_every_pattern_rule_has_golden_cases():
    # CP116 is learned, CP199 given by the user; CP117 is read from markup (tests/test_markup.py)
    # and has patterns for a player's stand-in text too.
    pattern_rules = {c for c, r in RULES.items() if r.family == "chrome" and c not in ("CP116", "CP199")}
    assert pattern_rules == set(CHROME)


@pytest.mark.parametrize("code,text", [(c, t) for c, v in CHROME.items() for t in v["catch"]])
def test_rule_catches(code, text):
    m = MATCHER.match(text)
    assert m is not None and m.code == code, f"{text!r} -> {m}"


@pytest.mark.parametrize("code,text", [(c, t) for c, v in CHROME.items() for t in v["keep"]])
def test_rule_keeps(code, text):
    assert MATCHER.match(text) is None


def test_the_patterns_tried_on_blocks_opening_with_a_symbol_are_all_that_can_match_them():
    # chrome.SYMBOL_OPENERS spares a run compiling every pattern; after a change to the patterns,
    # set it to what this finds.
    found = symbol_openers()
    assert SYMBOL_OPENERS == found, f"set chrome.SYMBOL_OPENERS to {sorted(found)}"


def test_a_block_is_searched_with_the_phrase_patterns_its_words_allow_and_finds_what_all_of_them_find():
    # Each CONTAINS pattern names the words a block it matches holds one of; a block is searched
    # only with the patterns of the words in it. A pattern whose words are wrong would be missed.
    assert all(needs for _, needs, _ in chrome._CONTAINS_LIST)
    everything = regex.compile("|".join(f"(?P<{name}>{p})" for name, _, p in chrome._CONTAINS_LIST),
                               regex.IGNORECASE | regex.VERSION0)
    blocks = {t for v in CHROME.values() for t in v["catch"] + v["keep"]}
    blocks |= {" ".join(line.split()) for page in aeb_pages("htmltext") for line in page["scraped_text"].splitlines()}
    found = 0
    for text in blocks:
        if len(text) <= chrome.CONTAINS_MAX:
            m, whole = chrome._contains(text, text.lower()), everything.search(text)
            assert (m and (m.lastgroup, m.span())) == (whole and (whole.lastgroup, whole.span())), text
            found += m is not None
    assert found > 50


def test_every_rule_is_documented():
    for code, rule in RULES.items():
        assert code.startswith("CP") and len(code) == 5
        assert rule.name and rule.summary and rule.example and rule.keeps


def test_readme_lists_every_rule_code():
    from helpers import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [c for c in RULES if c not in readme]
    assert not missing, f"README lacks {missing}"


def test_extra_chrome_and_keep_patterns():
    m = ChromeMatcher(extra=[r"^Lies mehr bei .*$"], keep=[r"^Subscribe to our journal's RSS feed"])
    assert m.match("Lies mehr bei Example").code == "CP199"
    assert m.kept("Subscribe to our journal's RSS feed for updates.")


def test_comment_buttons_alone_are_chrome_but_do_not_end_the_body():
    for text in ("Reply", "Report", "Like"):
        assert MATCHER.match(text).code == "CP115" and not MATCHER.match(text).section_end
    for text in ("jdoe says:", "Log in to reply", "Email (required)", "Leave a Reply"):
        assert MATCHER.match(text).section_end, text


def test_a_hindi_word_with_a_nukta_is_caught_in_either_form():
    # "पढ़ें" and "फ़रवरी" are written with the nukta apart (as Unicode normalises them) or as one
    # code point (as many pages type them, kept so with --no-canonical): both are caught.
    for apart in ("और पढ़ें", "प्रकाशित: 5 फ़रवरी 2024"):
        one = apart
        for pair, single in chrome._NUKTA_LETTERS.items():
            one = one.replace(pair, single)
        assert one != apart
        assert MATCHER.match(apart) is not None and MATCHER.match(one) is not None, one


def test_words_of_scripts_with_vowel_signs_reach_their_patterns():
    # A Hindi word's vowel signs are marks, not letters: the block's first word is keyed with
    # them, as its pattern's words are ("विज्ञापन", "संबंधित खबरें").
    assert MATCHER.match("विज्ञापन").code == "CP105"
    assert MATCHER.match("संबंधित खबरें").code == "CP114"
    # A block that opens with marks alone has no word to key: it is tried as a symbol's.
    assert MATCHER.match("\u0301") is None and MATCHER.match("\u093f\u0301 1") is None
