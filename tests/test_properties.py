"""Properties that hold for any input (Hypothesis)."""
import os

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cleanpress import Config, clean, replay
from cleanpress.canonical import apply, fix_line, places_to_look
from cleanpress.features import SIMPLE_RANGES, WORD, tokens
from cleanpress.shingles import ShingleIndex

# Text built from lines that look like pages: prose, chrome, blank lines, any Unicode.
PROSE = st.sampled_from([
    "The council approved the budget on Monday after a long debate, officials said.",
    "Construction will start next spring and is expected to take four years to finish.",
    "Residents welcomed the news at a meeting on Wednesday, though some had doubts.",
    "Der Stadtrat hat am Dienstag mit großer Mehrheit ein neues Radwegenetz beschlossen.",
    "Kremlin spokesman Dmitry Peskov confirmed the talks will take place late on Thursday.",
])
CHROME = st.sampled_from(["Subscribe", "Home | World | Politics", "Advertisement", "Share", "© 2024 Example",
                          "09:31 GMT 30.12.2021", "https://example.com/a", "Most Read", "By Jane Doe", ""])
# What the body is found by: a title the page repeats, section and comments headings, a teaser,
# the items of a numbered list; and what recurs as structure (a question, a list item).
STRUCTURE = st.sampled_from(["Council approves the new budget", "Council approves the new budget | The Herald",
                             "Top stories", "Leave a Reply", "12 Comments", "Related articles",
                             "Ferry Times Change The ferry operator said that sailings will leave earlier.",
                             "1) The first item", "2) The second item", "3) The third item",
                             "What inspired you to start cooking for an audience, and what do you cook at home?",
                             "Asparagus and Eggs [1 cup asparagus, 2 poached eggs, 1 tsp. olive oil, 1 Tbsp. "
                             "grated parmesan cheese on top]",
                             # a shop's widgets and prices, a podcast's player, a wiki's one-word title,
                             # a teaser that reads as prose, Hindi prose and chrome
                             "$24.90", "Was $34.95", "Add to Cart", "In stock", "Buy Now", "4.7 out of 5 stars",
                             "Customer Reviews", "Episode 112: How tides really work | The Curious Coast Podcast",
                             "Episode 112: How tides really work", "The Curious Coast Podcast", "Pause", "1.5x",
                             "Harwich", "Harwich is a town in Essex, England, and one of the Haven ports on the coast.",
                             "Tow-truck operators to the rescue: owner of sailboat frozen in St. Croix River gets news",
                             "नगर निगम के अधिकारियों ने बताया कि पंप लगाए गए हैं। स्थिति पर नजर रखी जा रही है।",
                             "यह भी पढ़ें: मुंबई में भी भारी बारिश का अलर्ट", "विज्ञापन",
                             # a README's name, example and feature list, a dictionary's headword,
                             # a permalink sign, a paywall, a byline naming the paper, Persian
                             "Requests", "Requests is a simple, yet elegant, HTTP library.", ">>> r.status_code", "200",
                             "x = load(path)", "Connection Pooling", "Cookie Persistence", "serendipity",
                             "serendipity - Wiktionary, the free dictionary", "Quickstart¶",
                             "This article is for subscribers only.", "Tanza Loudenback, Business Insider",
                             "Why Your Data Pipeline Needs Idempotency | by Jane Park | Towards Data Science",
                             "View this post on Instagram", "5h", "اخبار مرتبط", "کد خبر: ۱۲۳۴۵۶"])
# Mojibake material, invisible and control characters: where repairs meet each other.
ODD = st.text(alphabet="ÂÃâ€™œ¡©®°±ÐÑŸ¢£ \u00a0\u200b\u00ad\x0b\x08\t aZ.e\u0301", max_size=24)
LINE = st.one_of(PROSE, CHROME, STRUCTURE, ODD, st.text(max_size=80))
PAGE = st.lists(LINE, max_size=25).map("\n".join)
ANY = st.one_of(PAGE, st.text())

# CI runs a fixed set of examples (derandomize) so that a run is reproducible; set
# HYPOTHESIS_EXAMPLES to explore more, at random, on a developer's machine.
EXPLORE = "HYPOTHESIS_EXAMPLES" in os.environ
SETTINGS = settings(max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", "200")), deadline=None,
                    derandomize=not EXPLORE, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(ANY)
def test_never_crashes_and_replay_reproduces_the_output(text):
    result = clean(text)
    assert replay(text, result.edits) == result.text


@SETTINGS
@given(ANY)
# Found by Hypothesis: a stack of menu lines taken for a hard-wrapped paragraph, until cleaning
# removed the blank line around it and the output was judged line by line.
@example("\nHome | World | Politics\nHome | World | Politics\nCouncil approves the new budget\nSubscribe")
@example("Home | World | Politics\nHome | World | Politics\nCouncil approves the new budget\nSubscribe\n\nSubscribe")
@example("Home | World | Politics\nhttps://example.com/a\n     a000000000000000000000000\na\n\nSubscribe")
def test_idempotent(text):
    once = clean(text).text
    assert clean(once).text == once


# Readers' comments, forum posts and answers: the lines that open and mark them, and what readers write.
THREAD = st.sampled_from(["47 Answers", "Post by jim » Mon Oct 14, 2019 8:12 am", "Leave a Reply", "jdoe says:",
                          "Comments are closed.", "Hi Alex,", "12 Comments", "Reply", "Related posts", "Your Answer",
                          "March 3, 2021 at 4:12 pm", "answered Mar 3 at 4:12", "Jane Smith", "Thanks a lot",
                          "Great article, thanks for sharing this with us.", "Very helpful post.", "",
                          # XenForo's and GitHub's post heads, a hotel's reviews
                          "#1", "#2", "Joined", "Well-known member", "Click to expand...", "commented Nov 3, 2026",
                          "Filter reviews", "12 contributions"])
THREAD_PAGE = st.lists(st.one_of(THREAD, PROSE), min_size=3, max_size=25).map("\n".join)


@SETTINGS
@given(THREAD_PAGE, st.sampled_from([(), ("CP205",), ("CP114", "CP205"), ("CP2",)]))
# Found by a fuzzer: "Hi Alex," kept as a comment with CP205 ignored, under a heading that went
# as chrome; cleaning the output, with no heading, took it for a line after the body.
@example("Very helpful post.\nReply\nLeave a Reply\nHi Alex,\nJane Smith", ("CP205",))
def test_idempotent_on_threads_with_any_of_their_rules_ignored(text, ignored):
    config = Config(ignore=ignored)
    once = clean(text, config).text
    assert clean(once, config).text == once


def _lines_in_order(out: str, ins: list[str]) -> None:
    pos = 0
    for line in out.split("\n"):
        if line.strip():
            pos = ins.index(" ".join(line.split()), pos) + 1


@SETTINGS
@given(ANY)
def test_without_repairs_output_holds_only_input_lines(text):
    # Removal only: every output line is an input line (white space aside), in order.
    _lines_in_order(clean(text, Config(canonical=False)).text, [" ".join(x.split()) for x in text.split("\n")])


@SETTINGS
@given(ANY)
def test_with_repairs_output_lines_are_repaired_input_lines(text):
    ins = [" ".join(apply(x, fix_line(x.rstrip("\r"))).split()) for x in text.split("\n")]
    _lines_in_order(clean(text).text, ins)


@SETTINGS
@given(st.lists(PROSE, min_size=1, max_size=6, unique=True))
def test_distinct_paragraphs_of_prose_are_all_kept(paragraphs):
    text = "\n".join(paragraphs) + "\n"
    assert clean(text).text == text


@SETTINGS
@given(st.lists(st.one_of(PROSE, st.text(st.characters(codec=None, categories=["Cs", "L", "P", "Zs"]),
                                          min_size=40, max_size=120)), max_size=8).map("\n".join))
def test_lone_surrogates_from_json_escapes_do_not_crash(text):
    assert replay(text, clean(text).edits) == clean(text).text


@SETTINGS
@given(ANY.map(lambda t: t.replace("\n", "\r\n") if len(t) % 3 == 0 else t), st.booleans())
def test_a_line_without_a_place_to_look_needs_no_repair(text, uncurl):
    # clean() repairs only the lines that places_to_look points at: no other line may need one.
    places = places_to_look(text, uncurl)
    if places is None:
        return
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if not any(pos <= p <= end for p in places):
            assert fix_line(line[:-1] if line.endswith("\r") else line, uncurl_quotes=uncurl) == []
        pos = end + 1


@SETTINGS
@given(st.one_of(ANY, st.text(alphabet="abcXYZ019'’_- -.,K\u212a", max_size=40)))
def test_words_are_the_same_on_the_ascii_fast_path(text):
    assert tokens.__wrapped__(text) == tuple(WORD.findall(text.lower()))


def test_every_character_of_the_simple_ranges_makes_the_same_words_on_the_fast_path():
    chars = [chr(c) for a, b in SIMPLE_RANGES for c in range(a, b + 1)]
    for c in chars:
        for text in (c, f"a{c}", f"{c}a", f"x{c}y", f"-{c}", f"{c}'"):
            assert tokens.__wrapped__(text) == tuple(WORD.findall(text.lower())), hex(ord(c))


@SETTINGS
@given(st.text(alphabet=st.sampled_from([chr(c) for a, b in SIMPLE_RANGES for c in range(a, b + 1, 7)] + list(" -'’")),
               max_size=30))
def test_words_are_the_same_on_the_simple_fast_path(text):
    assert tokens.__wrapped__(text) == tuple(WORD.findall(text.lower()))


@SETTINGS
@given(st.lists(st.lists(st.sampled_from("a b c d e f".split()), max_size=8), max_size=8), st.integers(1, 3))
def test_shared_shingles_counted_at_once_equal_set_intersections(blocks, k):
    index = ShingleIndex(blocks, k)
    shingles = [{tuple(b[p:p + k]) for p in range(max(len(b) - k + 1, 1))} if b else set() for b in blocks]
    found = index.overlaps_of(list(range(len(blocks))))
    for i, mine in enumerate(shingles):
        expected = {j: len(mine & other) for j, other in enumerate(shingles) if j != i and mine & other}
        assert found[i] == expected


SENTENCE_PIECES = ["U.S.", "Mr.", "e.g.", "Dr. Smith", "word", "Another.", "www.example.com.", "jane.Doe@x.com",
                   "time.Later", "x" * 40 + ".", "\u00a0", "“Quote.”", "3.5", "No. 5", "J. R. R.", "Done!", "\n"]


@SETTINGS
@given(st.lists(st.sampled_from(SENTENCE_PIECES), max_size=60), st.sampled_from([" ", "", "  "]))
def test_a_boundary_is_judged_by_the_end_of_the_sentence_before_it(pieces, sep):
    # sentences() looks only at the tail of a long sentence; with a window of a few characters the
    # boundaries must be the ones found from the whole sentence.
    from cleanpress import segment

    text = sep.join(pieces)
    saved = segment._HEAD_TAIL
    try:
        segment._HEAD_TAIL = len(text) + 1
        whole = segment.sentences(text)
        segment._HEAD_TAIL = 8
        assert segment.sentences(text) == whole
    finally:
        segment._HEAD_TAIL = saved
