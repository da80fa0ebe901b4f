"""Canonical text: each repair fixes what it names and leaves what it must not touch."""
import json

import pytest
from helpers import CASES

from cleanpress import Config, clean, replay
from cleanpress.canonical import apply, fix_line

CANON = json.loads((CASES / "canonical.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("code,before,after", [(c, a, b) for c, v in CANON.items() for a, b in v["fix"]])
def test_repair(code, before, after):
    fixes = fix_line(before, uncurl_quotes=code == "CP409")
    assert [f.code for f in fixes] and {f.code for f in fixes} == {code}
    assert apply(before, fixes) == after


@pytest.mark.parametrize("code,text", [(c, t) for c, v in CANON.items() for t in v["keep"]])
def test_left_alone(code, text):
    assert fix_line(text) == []


def test_curly_quotes_stay_by_default():
    assert fix_line("He said “hi”") == []


def test_repairs_are_edits_that_replay_and_explain():
    text = ("CafÃ© prices rose by a third in the capital last year, the bureau said.The mayor called it\u00a0unacceptable.  \n"
            "\n\n\nPrices of bread rose\u200b too, by a tenth over the same twelve months, the bureau added")
    result = clean(text)
    assert replay(text, result.edits) == result.text
    assert result.text == ("Café prices rose by a third in the capital last year, the bureau said. The mayor called it unacceptable.\n"
                           "\nPrices of bread rose too, by a tenth over the same twelve months, the bureau added\n")
    assert {"CP401", "CP404", "CP901", "CP408"} <= set(result.counts())


def test_each_repair_can_be_turned_off_by_its_code_or_all_at_once():
    text = "It ended.The End came at ten, the council said in a statement on Monday.\u00a0\n"
    assert clean(text, Config(ignore=("CP407",))).text == "It ended.The End came at ten, the council said in a statement on Monday.\n"
    assert clean(text, Config(canonical=False)).text == text


def test_copies_that_differ_only_in_mojibake_or_spacing_are_duplicates():
    para = "The regional government approved a plan on Tuesday to build three new bridges over the café district."
    broken = para.replace("é", "Ã©").replace(" ", "\u00a0", 3)
    other = "Construction will start next spring and is expected to take four years, with the first bridge open in 2027."
    result = clean("\n".join([para, other, broken]) + "\n")
    assert result.text == "\n".join([para, other]) + "\n"
    assert [e.code for e in result.edits] == ["CP302"]


def test_a_line_of_only_invisible_characters_goes_whole():
    text = "The council approved the budget on Monday after a long debate, officials said.\n\u200b\u200b\nMore text follows here, in a second paragraph of the piece.\n"
    result = clean(text)
    assert result.text == ("The council approved the budget on Monday after a long debate, officials said.\n"
                           "More text follows here, in a second paragraph of the piece.\n")


def test_final_newline_for_text_of_several_lines_only():
    two = "The council approved the budget on Monday after a long debate.\nOfficials said the vote was close."
    assert clean(two).text == two + "\n"
    assert [e.code for e in clean(two).edits] == ["CP408"]
    one = "The council approved the budget on Monday after a long debate."
    assert clean(one).text == one
    assert clean(two + "\n\n\n").text == two + "\n"


def test_blank_lines_at_most_one_between_paragraphs():
    text = "First paragraph of the piece, long enough to read as prose.\n\n\n\nSecond paragraph of it, also prose.\n"
    assert clean(text).text == "First paragraph of the piece, long enough to read as prose.\n\nSecond paragraph of it, also prose.\n"


def test_a_repair_that_uncovers_mojibake_is_followed_by_its_repair():
    # Found by Hypothesis: the control character goes, NFC joins "a" and U+0301 into "á", and
    # "á¢¡" is mojibake of "ᢡ". Repaired in one run, cleaning the output changes nothing.
    text = "a\x0b\u0301¢¡"
    once = clean(text)
    assert once.text == "ᢡ"
    assert [e.code for e in once.edits] == ["CP401"]
    assert clean(once.text).text == once.text
