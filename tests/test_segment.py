"""Segmentation: lines or hard-wrapped paragraphs, and sentences including glued ones."""
import pytest

from cleanpress.segment import LINES, PARAGRAPHS, blocks, is_hard_wrapped, sentences

WRAPPED = (
    "The harbour council voted on Tuesday evening to rebuild the old sea\n"
    "wall that has protected the fishing quarter since 1911, ending a debate\n"
    "that has divided the town for more than a decade.\n"
    "\n"
    "Engineers told the council that the existing wall has lost about a\n"
    "third of its height to erosion and that a severe winter storm could\n"
    "breach it in several places.\n"
)


def test_lines_are_blocks_by_default():
    bs, layout = blocks("Title\nFirst paragraph.\n\nSecond paragraph.\n")
    assert layout == LINES
    assert [b.text for b in bs] == ["Title", "First paragraph.", "Second paragraph."]
    assert [b.line for b in bs] == [1, 2, 4]


def test_hard_wrapped_text_is_detected_and_paragraphs_are_blocks():
    assert is_hard_wrapped(WRAPPED)
    bs, layout = blocks(WRAPPED)
    assert layout == PARAGRAPHS
    assert len(bs) == 2
    assert bs[0].flat.startswith("The harbour council") and bs[0].flat.endswith("a decade.")
    assert WRAPPED[bs[1].start:bs[1].end] == bs[1].text


MENU = "Home\nWorld\nPolitics\nBusiness\nScience\nSport\nCulture\nOpinion\nVideo\nPodcasts\nNewsletters\nSearch\n"


def test_wrapped_prose_under_a_menu_of_short_lines_is_still_hard_wrapped():
    # As lynx and w3m write a page: the menu a line per item, the article wrapped.
    text = MENU + "\n" + WRAPPED + "\nShare\nTweet\nEmail\n"
    assert is_hard_wrapped(text)
    bs, layout = blocks(text)
    assert layout == PARAGRAPHS
    assert [b.flat for b in bs[:3]] == ["Home", "World", "Politics"]
    assert bs[12].flat.startswith("The harbour council") and bs[12].flat.endswith("a decade.")


def test_wrapped_lines_that_go_on_with_a_name_count_as_wrapped():
    # Four of the seven wraps go on with a capital; each of them holds a word that would not fit.
    text = ("Spain beat Argentina in the Davis Cup final on\n"
            "Tuesday night after Rafael Nadal and Roberto Bautista\n"
            "Agut won their singles matches in front of a home\n"
            "crowd in Madrid that had waited for a title since\n"
            "Spain last won it in Seville, when the same players\n"
            "carried the side through the rounds against France,\n"
            "Germany and Serbia in Madrid and Valencia over a long\n"
            "season.\n")
    assert is_hard_wrapped(text)


def test_headlines_near_the_width_are_not_hard_wrapped():
    # A stack of long headlines, each beginning with a capital, over line-per-paragraph text.
    text = ("Council votes to rebuild the harbour wall after a decade of debate\n"
            "Engineers warn that the old wall could be breached in a winter storm\n"
            "Fishing quarter residents welcome the decision but question the cost\n"
            "Mayor says the work will begin in spring and last two full seasons\n"
            "The council voted on Tuesday evening. The vote was close.\n")
    assert not is_hard_wrapped(text)


def test_one_sentence_per_line_is_not_hard_wrapped():
    text = "Kremlin spokesman confirmed the talks.\nLater, the White House confirmed the time.\n\nAnother paragraph.\n"
    assert not is_hard_wrapped(text)


def test_a_stack_of_short_lines_between_blank_lines_stays_separate_blocks():
    text = WRAPPED + "\nBy Maria Ortega\nUpdated 3 hours ago\n"
    bs, layout = blocks(text)
    assert layout == PARAGRAPHS
    assert [b.text for b in bs[-2:]] == ["By Maria Ortega", "Updated 3 hours ago"]


def test_crlf_line_endings():
    bs, _ = blocks("One line.\r\nTwo line.\r\n")
    assert [b.text for b in bs] == ["One line.", "Two line."]


def split(text):
    return [text[s:e] for s, e in sentences(text)]


def test_glued_sentences_are_split():
    assert split("Talks start late on Thursday Moscow time.Later, the White House confirmed the time.") == [
        "Talks start late on Thursday Moscow time.", "Later, the White House confirmed the time."]


@pytest.mark.parametrize("text", [
    "The U.S. Army said so.",
    "Growth was 3.5 percent in May.",
    "Bring fruit, e.g. apples and pears.",
    "He lives at No. 5 Main Street.",
    "The book by J. R. R. Tolkien sold well.",
    "See www.Example.com for details.",
    "Mail jane.Doe@example.com today.",
    "Mr. Smith met Dr. Jones.",
    "It uses Node.js and runs fast.",
])
def test_no_split_inside(text):
    assert split(text) == [text]


def test_ordinary_sentences():
    assert split("It rained. Then it stopped! Did it? “Yes,” she said.") == [
        "It rained.", "Then it stopped!", "Did it?", "“Yes,” she said."]
