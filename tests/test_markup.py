"""Markdown and lynx output: rules judge what the markup says, and the blocks kept stay as written."""
from cleanpress import clean
from cleanpress.markup import read

PARAGRAPH = ("The harbour council voted on Tuesday evening to rebuild the old sea wall that has protected the "
             "fishing quarter since 1911, ending a debate that has divided the town for more than a decade.")
SECOND = ("Engineers told the council that the existing wall has lost about a third of its height to erosion "
          "and that a severe winter storm could breach it in several places, the [report](https://x.example/r) says.")
THIRD = ("Work will begin in the spring and is expected to last two full seasons, the mayor said on Tuesday, "
         "and the council will borrow most of the cost of it.")


def removed(text: str) -> dict[str, str]:
    """Removed block text -> rule code."""
    r = clean(text)
    return {text[e.start:e.end].strip(): e.code for e in r.edits if e.code != "CP901" and text[e.start:e.end].strip()}


def test_a_link_reads_as_its_text_and_counts_as_link_text():
    r = read("* [World](https://example.com/world)")
    assert r.text == "* World" and r.link_share == 1.0
    assert read("By [Maria Ortega](https://example.com/authors/maria) | Published 3 hours ago").text == \
        "By Maria Ortega | Published 3 hours ago"


def test_lynx_link_marks_read_as_link_text():
    r = read("[4]Home [5]World [6]Politics")
    assert r.text == "Home World Politics" and r.link_share == 1.0


def test_text_without_markup_has_no_reading():
    assert read(PARAGRAPH) is None
    assert read('"3:30 PM [20:30 GMT] THE PRESIDENT holds a phone call," it said.') is None
    assert read("#MeToo began as a hashtag.") is None


def test_chrome_patterns_see_the_link_text_not_the_url():
    text = f"* [Home](https://example.com/)\n# The harbour wall\n{PARAGRAPH}\n{SECOND}\n[Subscribe](https://example.com/subscribe)\n"
    gone = removed(text)
    assert gone["* [Home](https://example.com/)"] == "CP104"
    assert gone["[Subscribe](https://example.com/subscribe)"] == "CP101"


def test_an_image_alone_is_a_media_embed_wherever_it_stands():
    image = "![The old sea wall at low tide](https://example.com/images/wall.jpg)"
    text = f"# The harbour wall\n{PARAGRAPH}\n{image}\n{SECOND}\n{THIRD}\n"
    assert removed(text) == {image: "CP117"}
    assert removed(f"# The harbour wall\n{PARAGRAPH}\n[![logo](/l.png)](/)\n{SECOND}\n{THIRD}\n") == {
        "[![logo](/l.png)](/)": "CP117"}


def test_a_line_of_link_text_is_a_link_however_long():
    # Teasers after the article: without the markup, a long headline with a full stop reads as
    # a short paragraph and joins the body.
    teasers = ["* [Council approves a new budget for the harbour district after a long debate.](https://x.example/a)",
               "* [Residents of the fishing quarter say the floods of last winter were the worst in years.](https://x.example/b)",
               "* [The mayor opens the new ferry terminal on the north side of the bay, ahead of schedule.](https://x.example/c)"]
    text = "\n".join(["# The harbour wall", PARAGRAPH, SECOND, THIRD, *teasers]) + "\n"
    gone = removed(text)
    assert all(gone.get(t) == "CP202" for t in teasers), gone
    plain = text.replace("* [", "* ").replace("](https://x.example/a)", "").replace(
        "](https://x.example/b)", "").replace("](https://x.example/c)", "")
    assert not any(c == "CP202" for c in removed(plain).values())  # the same lines, no markup: kept


def test_a_paragraph_with_a_link_in_it_stays_as_written():
    text = f"# The harbour wall\n{PARAGRAPH}\n{SECOND}\n{THIRD}\n"
    assert clean(text).text == text


def test_lynx_list_of_links_after_the_page_goes():
    text = (f"The harbour wall\n{PARAGRAPH}\n{SECOND}\n{THIRD}\nReferences\n"
            "1. https://example.com/\n2. https://example.com/world\n")
    gone = removed(text)
    assert gone["References"] == "CP114"
    assert gone["1. https://example.com/"] == "CP113"
