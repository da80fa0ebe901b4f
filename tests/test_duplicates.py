"""Duplicates inside a document: exact, near (MinHash), contained, glued; and the survivor rule."""
import json
import subprocess
import sys
import zlib

import numpy as np
import pytest
from datasketch import MinHash

from cleanpress import Config, clean
from cleanpress.minhash import lean, shingle_hashes, signatures, word_hashes

P1 = ("The regional government approved a plan on Tuesday to build three new bridges over the river, "
      "officials said after a long meeting.")
P2 = ("Construction will start next spring and is expected to take four years, with the first bridge "
      "open to traffic in 2027.")
P3 = ("Residents of the eastern districts, who now drive forty minutes to reach the centre, welcomed "
      "the news at a meeting on Wednesday.")


def codes(result):
    return [(e.line, e.code) for e in result.edits]


def test_exact_duplicate_paragraph_is_kept_once():
    text = "\n".join([P1, P2, P3, P2]) + "\n"
    r = clean(text)
    assert r.text == "\n".join([P1, P2, P3]) + "\n"
    assert codes(r) == [(4, "CP302")]
    assert r.edits[0].similarity == 1.0


def test_near_duplicate_with_a_word_changed_is_found_with_minhash():
    edited = P2.replace("four years", "five years")
    r = clean("\n".join([P1, P2, P3, edited]) + "\n")
    assert codes(r) == [(4, "CP303")]
    assert 0.7 <= r.edits[0].similarity < 1.0


def test_threshold_is_configurable():
    edited = P2.replace("four years", "five years").replace("next spring", "in the autumn")
    text = "\n".join([P1, P2, P3, edited]) + "\n"
    assert clean(text, Config(near_duplicate_threshold=0.99)).text == text


def test_teaser_contained_in_the_lead_goes_and_the_fuller_copy_stays():
    teaser = "The regional government approved a plan on Tuesday to build three new bridges over the river."
    lead = "RIVERTON (News) - " + P1
    r = clean("\n".join([teaser, lead, P2, P3]) + "\n")
    assert r.text == "\n".join([lead, P2, P3]) + "\n"
    assert codes(r)[0][1] in ("CP303", "CP304")


def test_pull_quote_repeated_from_a_paragraph_goes():
    quote = "Residents of the eastern districts, who now drive forty minutes to reach the centre"
    r = clean("\n".join([P1, P2, quote, P3]) + "\n")
    assert r.text == "\n".join([P1, P2, P3]) + "\n"
    assert codes(r) == [(3, "CP304")]


def test_block_glued_from_later_paragraphs_goes_and_the_paragraphs_stay():
    glued = (P1 + P2 + P3).replace(". ", ".")
    r = clean("\n".join([glued, P1, P2, P3]) + "\n")
    assert r.text == "\n".join([P1, P2, P3]) + "\n"
    assert codes(r) == [(1, "CP305")]
    assert "glued copy of 3 blocks" in r.edits[0].reason


def test_survivor_is_deterministic_and_keeps_article_order():
    text = "\n".join([P1, P2, P1, P3]) + "\n"
    first = clean(text)
    assert first.text == "\n".join([P1, P2, P3]) + "\n"
    assert all(clean(text) == first for _ in range(3))


def test_short_repeated_list_items_are_structure_not_duplicates():
    text = "\n".join([P1, "Eat every 2-3 hours", P2, "Eat every 2-3 hours", P3]) + "\n"
    assert clean(text).text == text


def test_a_question_asked_of_every_guest_is_structure_not_a_duplicate():
    question = "What inspired you to start cooking for an audience, and what do you cook at home?"
    answers = ["— It began with the dinners I cooked for friends every Sunday, and went on from there.",
               "— My grandmother taught me to bake bread, and I wanted to share her recipes with everyone.",
               "— I moved abroad for work, missed the food of home and started writing down what I made."]
    intro = "We asked three food bloggers how they started, and what they like to cook on a weekday evening.\n"
    text = intro + "".join(f"{question}\n{a}\n" for a in answers)
    assert clean(text).text == text
    # Asked twice, it is a headline and its copy.
    twice = intro + "".join(f"{question}\n{a}\n" for a in answers[:2])
    assert [c for _, c in codes(clean(twice))] == ["CP302"]


def test_an_item_on_every_days_menu_is_structure_but_a_caption_under_every_photo_is_a_copy():
    meal = ("Asparagus and Eggs [1 cup asparagus, 2 soft-boiled or poached eggs, ½ cup sweet potato (or 1 slice "
            "whole-grain toast), 1 tsp. olive oil, 1 Tbsp. grated parmesan cheese]")
    days = ["Monday starts the week gently, with a light breakfast and a long walk before lunch.",
            "Wednesday is the hardest day of the plan, so dinner is early and there is no snack after it.",
            "Friday ends the first week with a treat: a bowl of fruit and yoghurt in the afternoon."]
    text = "".join(f"{d}\n{meal}\n" for d in days)
    assert clean(text).text == text
    caption = ("Los Angeles Lakers forward LeBron James dunks during the first half of the game against "
               "the Oklahoma City Thunder on Tuesday.")
    gallery = "".join(f"{d}\n{caption}\n" for d in days)
    assert [c for _, c in codes(clean(gallery))] == ["CP302", "CP302"]


def test_signatures_equal_datasketch_minhash():
    words = "the quick brown fox jumps over the lazy dog again and again".split()
    sh = shingle_hashes(word_hashes(words), 3)
    ours = signatures([sh, sh[:4]], 128)
    for row, part in zip(ours, (sh, sh[:4])):
        m = MinHash(num_perm=128, hashfunc=int)
        m.update_batch([int(x) for x in part])
        assert np.array_equal(m.hashvalues, row)
    assert lean(ours[0]).jaccard(lean(ours[0])) == 1.0


def test_signatures_are_the_same_whatever_the_batches_and_for_a_document_longer_than_one():
    # Long documents are taken a batch of shingles at a time, short ones a batch of documents at
    # a time: datasketch's values either way.
    from cleanpress.minhash import BATCH_SHINGLES

    rng = np.random.default_rng(7)
    groups = [rng.integers(0, 2**32, n, dtype=np.uint32) for n in (3, 2 * BATCH_SHINGLES + 5, 1, BATCH_SHINGLES, 40)]
    ours = signatures(groups, 64)
    for row, g in zip(ours, groups):
        m = MinHash(num_perm=64, hashfunc=int)
        m.update_batch([int(x) for x in g])
        assert np.array_equal(m.hashvalues, row)


def test_word_hashes_are_stable_across_runs():
    # CRC-32, not hash(): the same on every machine and under every PYTHONHASHSEED.
    assert word_hashes(["press"]).tolist() == [zlib.crc32(b"press")] == [2110028989]


def test_permutations_are_datasketchs_own():
    from cleanpress.minhash import SCHEME, permutations

    a, b = MinHash(num_perm=64, seed=1, scheme=SCHEME).permutations
    ours = permutations(64)
    assert np.array_equal(a, ours[0]) and np.array_equal(b, ours[1])


@pytest.mark.parametrize("num_perm", [16, 64, 128])
def test_lsh_bands_and_rows_are_datasketchs_own(num_perm):
    from datasketch.lsh import _optimal_param

    from cleanpress.dedup import lsh_params

    for threshold in (0.1, 0.2, 0.3, 0.45, 0.6, 0.8, 0.9):
        assert lsh_params(threshold, num_perm) == _optimal_param(threshold, num_perm, 0.5, 0.5)


def test_cleaning_and_dedup_do_not_import_datasketch(tmp_path):
    # datasketch imports scipy: a second and a half and 80 MB that only the Redis index needs.
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": n, "text": f"{P1}\n{P2}\nNumber {n}.\n"}) + "\n"
                              for n in range(3)))
    code = ("import sys, runpy; sys.argv = ['cleanpress'] + sys.argv[1:]\n"
            "try:\n    runpy.run_module('cleanpress', run_name='__main__')\n"
            "except SystemExit as e:\n    assert not e.code, e.code\n"
            "assert 'datasketch' not in sys.modules, 'datasketch was imported'\n")
    for args in (["clean", str(corpus), "--select", "CP3", "-q"],
                 ["dedup", str(corpus), "-o", str(tmp_path / "out.jsonl"), "-q"]):
        run = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
        assert run.returncode == 0, run.stderr


def _listing(days) -> str:
    return "".join(f"The council met on day {d} and said that the budget was fine for now.\n" for d in days)


def test_a_page_of_more_near_identical_paragraphs_than_are_compared_pairwise_keeps_one():
    # 1,500 paragraphs that are all near-duplicates of each other: pair by pair that is a million
    # pairs; the paragraphs are compared with the ones kept instead, and the best stays.
    from cleanpress.duplicates import MAX_COMPARED

    text = _listing(range(1000, 1000 + MAX_COMPARED + 500))
    r = clean(text)
    assert r.text == _listing([1000])
    assert {e.code for e in r.edits} == {"CP303"}
    assert {e.duplicate_of for e in r.edits} == {(0, len(_listing([1000])) - 1)}
    assert clean(r.text).text == r.text


def test_above_the_pairwise_limit_each_cluster_keeps_its_best_block(monkeypatch):
    # Three clusters of near-identical paragraphs and two distinct ones, searched both ways.
    page = [P1, *[P3.replace("forty", w) for w in ("forty", "fifty", "sixty")], P2,
            *[f"The council met on day {d} and said that the budget was fine for now." for d in (1000, 1001, 1002)],
            *[P1.replace("three", w) for w in ("four", "five")]]
    text = "\n".join(page) + "\n"
    pairwise = clean(text)
    monkeypatch.setattr("cleanpress.duplicates.MAX_COMPARED", 2)
    bounded = clean(text)
    assert bounded.text == "\n".join([P1, P3, P2, page[5]]) + "\n"
    assert sorted(bounded.text.splitlines()) == sorted(pairwise.text.splitlines())
    assert clean(bounded.text).text == bounded.text


def test_a_page_searched_with_the_bound_is_searched_in_full_once_its_copies_are_gone(monkeypatch):
    # Above the limit contained copies are not looked for; once the near-duplicates are gone the
    # page is under it, and the kept blocks are searched in full, as cleaning the output would:
    # the pull quote goes in the first run, and the output is its own clean text.
    quote = "who now drive forty minutes to reach the centre, welcomed the news"
    page = [P1, *[P3.replace("forty", w) for w in ("forty", "fifty", "sixty", "seventy")], P2, quote]
    monkeypatch.setattr("cleanpress.duplicates.MAX_COMPARED", 3)
    r = clean("\n".join(page) + "\n")
    assert r.text == "\n".join([P1, P3, P2]) + "\n"
    assert [e.code for e in r.edits] == ["CP303", "CP303", "CP303", "CP304"]
    assert clean(r.text).text == r.text


def test_a_teasers_kicker_and_headline_printed_twice_go_once_but_a_tables_alternating_cells_stay():
    article = ("The merged company will own more than 260 daily papers, and its chairman told investors "
               "that he expects to cut 300 million dollars of costs within two years of the deal.")
    teaser = ["Business", "Tribune Publishing renames itself Tronc as its dispute continues"]
    r = clean("\n".join([article, *teaser, *teaser, article.replace("260", "270")]) + "\n")
    assert [(e.line, e.code) for e in r.edits if e.code == "CP302"] == [(4, "CP302"), (5, "CP302")]
    assert "repeats lines 2-3 right after them" in r.edits[0].reason
    table = ["Yes", "No", "Yes", "No"]
    assert not [e for e in clean("\n".join([article, *table]) + "\n").edits if e.code == "CP302"]
