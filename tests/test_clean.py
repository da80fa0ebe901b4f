"""clean(): the canonical text of a page, and the edits that explain it."""
import json
from pathlib import Path

import pytest
from helpers import CASES, SAMPLES, gold_problems

import cleanpress
from cleanpress import Config, clean, replay

GOLDS = sorted(SAMPLES.glob("*.gold.json"))
GOLDEN = sorted((CASES / "clean").glob("*.in.txt"))


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.stem)
def test_samples_match_their_gold(gold_path: Path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (SAMPLES / gold["source"]).read_text(encoding="utf-8")
    out = clean(text).text
    assert gold_problems(gold, out) == []
    if gold.get("unchanged"):
        assert out == text


@pytest.mark.parametrize("case", GOLDEN, ids=lambda p: p.name.replace(".in.txt", ""))
def test_golden_cases(case: Path):
    expected = case.with_name(case.name.replace(".in.txt", ".out.txt")).read_text(encoding="utf-8")
    assert clean(case.read_text(encoding="utf-8")).text == expected


@pytest.mark.parametrize("ignore", [(), ("CP1",), ("CP2",), ("CP3",), ("CP205",), ("CP118",)], ids=repr)
@pytest.mark.parametrize("case", GOLDEN, ids=lambda p: p.name.replace(".in.txt", ""))
def test_a_cleaned_page_is_its_own_clean_text(case: Path, ignore: tuple[str, ...]):
    # Whole pages of every kind, with a rule family turned off as a user may: cleaning the output
    # again changes nothing (the property tests try random text, which seldom has a body).
    config = Config(ignore=ignore)
    once = clean(case.read_text(encoding="utf-8"), config).text
    assert clean(once, config).text == once


def test_founding_sample_edits_explain_every_removal():
    text = (SAMPLES / "sputnik-biden-putin-call.txt").read_text(encoding="utf-8")
    result = clean(text)
    by_line = {e.line: e for e in result.edits}
    assert by_line[1].code == "CP113"  # the URL
    assert by_line[3].code == "CP301"  # the title's second copy
    assert by_line[5].code == by_line[6].code == by_line[8].code == "CP112"
    assert by_line[7].code == "CP305"  # the body glued into one line
    assert by_line[9].code == "CP101"  # Subscribe
    dup = by_line[4]  # the summary the lead repeats behind its dateline
    assert dup.code in ("CP303", "CP304") and dup.similarity >= 0.8
    kept = text[dup.duplicate_of[0]:dup.duplicate_of[1]]
    assert kept.startswith("WASHINGTON (Sputnik) - US President Joe Biden")
    assert result.metadata == {
        "url": "https://sputniknews.com/20211230/biden-and-putin-to-hold-call-on-thursday-ahead-of-january-talks-on-ukraine-1091910582.html",
        "published": "2021-12-30T09:31+0000"}


def test_a_time_inside_a_sentence_stays():
    text = (SAMPLES / "sputnik-biden-putin-call.txt").read_text(encoding="utf-8")
    assert '"3:30 PM [20:30 GMT] THE PRESIDENT holds a phone call' in clean(text).text


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")) + GOLDEN, ids=lambda p: p.name)
def test_replaying_the_edits_gives_the_output(path: Path):
    text = path.read_text(encoding="utf-8")
    result = clean(text)
    assert replay(text, result.edits) == result.text
    for edit in result.edits:
        assert edit.code in cleanpress.RULES
        assert edit.reason
        assert text.count("\n", 0, edit.start) + 1 == edit.line


def test_removed_text_can_be_recovered():
    text = "Subscribe\nThe council approved the budget on Monday, officials said.\n"
    result = clean(text)
    assert [t for _, t in result.removed(text)] == ["Subscribe\n"]


def test_clean_text_is_left_alone():
    text = "A short note.\n"
    assert clean(text).text == text
    assert clean("").text == ""


def test_select_and_ignore_by_code_prefix():
    text = "Subscribe\nAdvertisement\nThe council approved the budget on Monday, officials said.\n"
    assert "CP105" not in clean(text, Config(ignore=("CP105",))).counts()
    assert "Advertisement" in clean(text, Config(ignore=("CP1", "CP2"))).text
    only_ads = clean(text, Config(select=("CP105",))).text
    assert "Subscribe" in only_ads and "Advertisement" not in only_ads


def test_keep_pattern_wins_over_every_rule():
    text = "Subscribe to our journal's RSS feed for updates.\nThe council approved the budget on Monday.\n"
    cfg = Config(keep=(r"^Subscribe to our journal's RSS feed",))
    assert clean(text, cfg).text == text


def test_extra_chrome_pattern():
    text = "Lies mehr bei Example\nDer Rat hat den Haushalt am Montag beschlossen, sagte die Sprecherin.\n"
    result = clean(text, Config(extra_chrome=(r"^Lies mehr bei .*$",)))
    assert [e.code for e in result.edits] == ["CP199"]


def test_bad_extra_pattern_is_a_config_error():
    with pytest.raises(cleanpress.ConfigError, match="extra_chrome"):
        Config(extra_chrome=("(unclosed",))


def test_threshold_is_validated():
    with pytest.raises(cleanpress.ConfigError, match="near_duplicate_threshold"):
        Config(near_duplicate_threshold=1.5)


def test_unknown_rule_code_is_an_error_with_a_suggestion():
    with pytest.raises(cleanpress.ConfigError, match="CP101"):
        Config(select=("CP1O1",))


def test_subheadings_and_short_paragraphs_of_the_article_stay():
    text = (
        "The regional train network will add forty new services from June, the operator said on Monday, "
        "after a year of record passenger numbers.\n"
        "What changes\n"
        "Trains will run every half hour on the coastal line, and the last train from the capital will leave "
        "at midnight instead of eleven.\n"
        "It is a start.\n"
        "Fares will rise by two percent in January, the first increase since 2019, the operator added in its "
        "statement to shareholders.\n"
    )
    assert clean(text).text == text


def test_a_sentence_that_mentions_subscribing_stays():
    text = ("Readers who subscribe before Friday will get the first issue free, the publisher said.\n"
            "Share prices of the company rose 4% after the announcement on Tuesday morning in London.\n")
    assert clean(text).text == text


def test_a_report_button_under_an_embedded_post_does_not_end_the_article():
    # "Report" alone is a comment's button (CP115) but also follows embedded posts inside an
    # article: it goes, and the article goes on after it; a comment author line still ends it.
    paras = [
        "The label that owns most of her music says she will be allowed to play her old songs at the "
        "awards on Sunday, after a week of public argument.",
        "Two senators criticised the company and the effect that big businesses can have when they buy "
        "the work of artists, in posts shared thousands of times.",
        "The company has twice denied doing anything wrong, and said in a statement that it never had "
        "the right to stop her from performing live anywhere.",
        "The organisers of the awards said that any final agreement would have to be made directly "
        "with her management team, and not with the label itself.",
    ]
    text = "\n".join([paras[0], paras[1], "Image Copyright @senator @senator", "Report", paras[2], paras[3]]) + "\n"
    r = clean(text)
    assert all(p in r.text for p in paras)
    assert "Report" not in r.text.splitlines()
    comments = "\n".join([paras[0], paras[1], "jdoe says:", paras[2], paras[3]]) + "\n"
    assert clean(comments).text == "\n".join(paras[:2]) + "\n"


def test_a_list_item_is_never_taken_for_the_title():
    # Inscriptis writes list items with "* ": the last item of a list before the article (here an
    # edition picker after the share buttons) is not its title, while a headline before it is.
    body = ("The regional train network will add forty new services from June, the operator said on "
            "Monday, after a year of record passenger numbers on every line.\n"
            "Fares will rise by two percent in January, the first increase since 2019, the operator "
            "added in its statement to shareholders on Monday evening.\n")
    page = "* Facebook\n* Twitter\n* Pick Your Edition Here\n" + body
    assert clean(page).text == body
    titled = "Forty New Trains for the Regional Network\n* Facebook\n* Twitter\n" + body
    assert clean(titled).text == "Forty New Trains for the Regional Network\n" + body


def test_a_copy_of_the_title_in_a_most_read_list_does_not_move_the_article():
    # The article begins after the headline that repeats the page's title (the golden case
    # teasers-above-the-headline); a copy of the title in a "Most read" list after the article,
    # with teasers after it, is not that headline: the article stays.
    article = ("The council approved a new flood barrier for the river district on Tuesday, after two winters "
               "in which the river burst its banks and flooded the old town.\n"
               "Work on the barrier will begin in the spring and should take two years, the council's engineer "
               "said, and the riverside path will stay open during the works.\n")
    teasers = ("Ferry Timetable Changes From Next Month The ferry operator said that sailings to the islands "
               "will leave half an hour earlier from next month because of works at the pier.\n"
               "School Choir Wins Regional Contest The school choir won the regional contest for the third "
               "year in a row on Saturday, and its teachers said they were proud of the singers.\n")
    page = ("Council Approves Flood Barrier | Harbour Gazette\nHome\nNews\n" + article
            + "Most Read\nCouncil Approves Flood Barrier\n" + teasers)
    out = clean(page).text
    assert out.endswith(article) and "Ferry" not in out


_SHORT_ARTICLE = (
    "The council approved a new flood barrier for the river district on Tuesday, after two winters in "
    "which the river burst its banks and flooded the old town.\n"
    "Work on the barrier will begin in the spring and should take two years, the council's engineer said, "
    "and the riverside path will stay open during the works.\n"
    "Residents welcomed the decision but asked the council to plant trees along the new wall and to keep "
    "the steps down to the water that children use in the summer.\n")
_READERS = [
    "I have lived by the river for thirty years and I have never seen the water as high as it was last "
    "winter, so this is good news for all of us who live in the old town.",
    "Two years of works on the path is a long time, and I hope that the council will keep the cafés open "
    "while they build it, because they have had a hard year as it is.",
    "The barrier is welcome, but the council should also clear the drains in the streets behind the market, "
    "which flood every time it rains for more than an hour or two.",
    "Does anyone know whether the cycle lane on the far bank will be closed while the barrier is being "
    "built? I ride along it every day to get to work in the town centre.",
    "My house was flooded twice and the insurance company has doubled what I pay, so I hope that they will "
    "take the new barrier into account when they set the price for next year.",
    "It is a shame that it took two floods and a petition with four thousand names on it before the council "
    "listened to the people who live in the river district.",
    "The engineer said two years, but the new bridge was meant to take one year and it took three, so I will "
    "believe it when I see the barrier standing in the river.",
    "Will the old stone wall along the quay be kept? It is one of the oldest things in the town and it would "
    "be a pity to lose it for the sake of a concrete barrier.",
]


@pytest.mark.parametrize("opener", ["Leave a Reply", "4 thoughts on “Council approves flood barrier”",
                                    "[ 4 comments ]", "Top Rated Comments"])
def test_comments_that_outweigh_a_short_article_are_not_its_body(opener):
    # Readers write more than the article: read by weight alone, the comments were the body.
    comments = "".join(f"reader{n}\n{c}\n" for n, c in enumerate(_READERS))
    page = "Council approves flood barrier\n" + _SHORT_ARTICLE + opener + "\n" + comments
    assert clean(page).text == "Council approves flood barrier\n" + _SHORT_ARTICLE


def test_a_comment_authors_line_opens_the_comments_when_no_heading_does():
    # "Name on <date> said:" stands only under an article: the first one opens the comments,
    # and the readers' prose after it, however long, is not the body.
    comments = ("Jane Miller on November 20, 2018 at 4:47 pm said:\n" + _READERS[0] + "\n"
                "Tom (Riverside) on November 21, 2018 at 9:02 am said:\n" + "\n".join(_READERS[1:]) + "\n")
    page = "Council approves flood barrier\n" + _SHORT_ARTICLE + comments
    assert clean(page).text == "Council approves flood barrier\n" + _SHORT_ARTICLE


def test_a_comments_button_above_the_article_does_not_end_it():
    # "Comments" in a share bar is a link to the comments, not the heading that opens them.
    page = "Facebook\nTwitter\nComments\nEmail\n" + _SHORT_ARTICLE
    assert clean(page).text == _SHORT_ARTICLE


def test_a_numbered_list_goes_on_past_the_shop_links_between_its_items():
    # A link line under each product is chrome, but the list it interrupts is the article's.
    intro = ("Black Friday is here, and the shops have cut their prices on the toys and films that we grew "
             "up with in the eighties, so here are the offers that caught our eye this year.\n")
    items = [f"{n}) {name}\n" for n, name in enumerate(
        ["Lego Star Wars Bomber", "Polistil Racing Track", "Blade Runner Final Cut", "Ghostbusters Collection",
         "Indiana Jones Collection"], 1)]
    page = intro + "".join(f"{item}http://amzn.to/2iJF{n}\n" for n, item in enumerate(items)) + "Cookie Policy\n"
    assert clean(page).text == intro + "".join(items)


_LONG_ARTICLE = [
    "At least a hundred people were killed in the protests that spread to twenty cities over the weekend, "
    "according to reports that the rights group said it had checked with witnesses on the ground.",
    "Video footage shows the security forces using water cannon and tear gas to break up the crowds, and in "
    "several towns the police fired on people who had blocked the roads with their cars.",
    "The authorities must end this crackdown at once and show respect for human life, the group's director "
    "for the region said in a statement that was published on Tuesday morning.",
    "The government has blamed the unrest on foreign enemies and said that order had been restored in most "
    "places, while the internet stayed cut off across much of the country for a fourth day.",
]
_TOP_STORIES = [
    "Actor dies aged 96", "The French actor died on Thursday at the age of 96, a newspaper reported.",
    "Relics found near the lake", "Relics of the ancient kingdom have been found near the lake by farmers.",
    "Ministry signs supply deal", "The work will be done in two countries and should end next September.",
    "Travellers pick the mountains", "The mountains were named the most popular spot for travellers this year.",
    "Museum to sell old props", "The sale next month includes copies of the props used in the famous show.",
]


def test_the_body_ends_where_a_teaser_list_thins_out_after_a_section_heading():
    # Each teaser's summary is a sentence of prose: together they outweigh the "Top stories"
    # heading, and the body ran on through them.
    page = "\n".join(_LONG_ARTICLE + ["Top stories"] + _TOP_STORIES) + "\n"
    r = clean(page)
    assert r.text == "\n".join(_LONG_ARTICLE) + "\n"
    assert "behind the section heading on line 5" in next(e.reason for e in r.edits if e.line == 6)


def test_the_body_ends_where_a_teaser_list_thins_out_after_a_wall_of_tags_and_share_buttons():
    # No heading opens the teasers: the article's tags and its share buttons, four link-like or
    # chrome lines in a row, stand where a heading would.
    wall = ["Protests", "Internet", "Facebook", "Twitter"]
    page = "\n".join(_LONG_ARTICLE + wall + _TOP_STORIES) + "\n"
    r = clean(page)
    assert r.text == "\n".join(_LONG_ARTICLE) + "\n"
    assert "behind the run of links and chrome that begins on line 5" in next(e.reason for e in r.edits
                                                                             if e.line == 9)


def test_three_links_in_a_row_do_not_cut_the_teasers_off_an_article():
    # Fewer than four are a byline and its credits, or a subheading: no wall.
    page = "\n".join(_LONG_ARTICLE + ["Protests", "Internet", "Elections"] + _TOP_STORIES) + "\n"
    assert all(t in clean(page).text for t in _TOP_STORIES[1::2])


_CARDS = [
    ("Mayor defends the new budget", "Jane Roe", "Tuesday November 19, 2019",
     "The mayor told the council that the cuts would not touch schools or the fire service this year."),
    ("Why the bridge is still closed", "Sam Lee", "Tuesday November 19, 2019",
     "Engineers found more cracks in the old steel frame, and repairs could take until the spring."),
    ("Farmers count the cost of the dry summer", "Ann Park", "Monday November 18, 2019",
     "Yields fell by a third in the east of the county, where no rain fell for ten weeks in a row."),
    ("New library opens its doors", "Tom Ng", "Monday November 18, 2019",
     "Hundreds of readers queued in the rain on Saturday morning to be the first to borrow a book."),
    ("Rail fares to rise in January", "Jane Roe", "Monday November 18, 2019",
     "Season tickets will cost three percent more from the new year, the rail company said on Monday."),
    ("Storm brings down trees across the west", "Sam Lee", "Sunday November 17, 2019",
     "Roads were closed and thousands of homes were left without power after the storm passed overnight."),
]


def test_the_body_ends_where_teaser_cards_begin_each_with_a_date():
    # Headline, author, date and a line of summary, card after card: no heading opens them, and
    # their summaries outweigh what a heading could hold back. Their dates come at a steady beat.
    page = "\n".join(_LONG_ARTICLE + [line for card in _CARDS for line in card]) + "\n"
    r = clean(page)
    assert r.text == "\n".join(_LONG_ARTICLE) + "\n"
    assert "teaser cards (a headline and a line of summary, card after card), from line 5 on" in next(
        e.reason for e in r.edits if e.line == 8)
    # Fewer cards do not outweigh the article, but the body is not extended over the first
    # card's headline either.
    page = "\n".join(_LONG_ARTICLE + [line for card in _CARDS[:4] for line in card]) + "\n"
    assert clean(page).text == "\n".join(_LONG_ARTICLE) + "\n"


def test_the_body_ends_where_teaser_cards_begin_without_dates():
    # A kicker, a headline, its source and a line of summary, card after card: the summaries
    # come at a steady beat, and none is longer than a sentence or two.
    kickers = ["Budget day", "Closed again", "Dry spell", "Open doors", "Dearer trains", "Stormy night"]
    sources = ["citylab.com Cities", "News", "aeon.co Nature", "Books", "cnn.com Travel", "Weather Video"]
    cards = [(kicker.upper(), headline, f"{n} diggs {source}", summary)
             for n, (kicker, source, (headline, _, _, summary)) in enumerate(zip(kickers, sources, _CARDS), 2)]
    page = "\n".join(_LONG_ARTICLE + ["Subscribe"] + [line for card in cards for line in card]) + "\n"
    r = clean(page)
    assert r.text == "\n".join(_LONG_ARTICLE) + "\n"
    assert "teaser cards (a headline and a line of summary, card after card), from line 6 on" in next(
        e.reason for e in r.edits if e.line == 9)


def test_a_shopping_list_under_the_article_stays():
    # The same beat (brand, product and price, shop link, a line on the product): right under
    # the article's own paragraphs, the list is the article's.
    brands = ["Sonos", "Apple", "Nintendo", "Fossil", "Wyze", "Ring"]
    products = [(brand, f"{brand} Model {n} for ${n}99", "See it now: Amazon", line)
                for n, (brand, (_, _, _, line)) in enumerate(zip(brands, _CARDS), 1)]
    page = "\n".join(_LONG_ARTICLE + [line for p in products for line in p]) + "\n"
    assert all(p[3] in clean(page).text for p in products)
    # Set apart by an ad marker, it stays when each product has more than a line.
    reviews = [(brand, name, shop, f"{line} {_LONG_ARTICLE[n % 4]}") for n, (brand, name, shop, line)
               in enumerate(products)]
    page = "\n".join(_LONG_ARTICLE + ["Advertisement"] + [line for p in reviews for line in p]) + "\n"
    assert all(p[3] in clean(page).text for p in reviews)


def test_a_live_blog_keeps_every_entry_between_its_timestamps():
    # Entries of a live blog are dated too, but run to different lengths, as dense as the top.
    entries = [["09:31 GMT", "Talks begin",
                "The two delegations sat down at nine in the morning, an hour later than planned, after a "
                "row over who would sit where at the long table in the old palace."],
               ["10:05 GMT", "First statement",
                "The foreign minister said that the talks had begun in a good spirit and that both sides "
                "wanted a deal on the border before the winter set in.",
                "He would not say whether the question of the river, which both sides claim, was on the "
                "table this morning, and took no questions from the press."],
               ["10:40 GMT", "Crowds gather",
                "Several hundred people have gathered outside the palace gates, some of them waving flags, "
                "while the police watch from the far side of the square."],
               ["11:15 GMT", "Talks break for lunch",
                "The talks broke for lunch a little after eleven, and a spokesman said that they would go on "
                "into the evening if there was a need for it.",
                "Neither side has yet said what was agreed in the first two hours, and the press has been "
                "asked to wait in the courtyard until the afternoon session ends."]]
    page = "\n".join(_LONG_ARTICLE + [line for e in entries for line in e]) + "\n"
    out = clean(page).text
    assert all(line in out for e in entries for line in e[1:])


def test_a_timeline_of_dated_paragraphs_stays_with_the_article():
    # Each date heads its own paragraph, with no headline or byline of its own: not a card.
    timeline = [x for card in _CARDS for x in (card[2], card[3])]
    page = "\n".join(_LONG_ARTICLE + timeline) + "\n"
    assert all(c[3] in clean(page).text for c in _CARDS)


def test_the_links_of_a_related_box_inside_the_article_go_and_the_article_goes_on():
    related = ["More from World", "Protests spread to the capital", "Internet cut for a fourth day"]
    more = ["Witnesses in the south said that the shops had stayed closed since Saturday, and that long "
            "queues had formed outside the few petrol stations that were still open in the towns."]
    r = clean("\n".join(_LONG_ARTICLE[:2] + related + _LONG_ARTICLE[2:] + more) + "\n")
    assert r.text == "\n".join(_LONG_ARTICLE + more) + "\n"
    assert [(e.line, e.code) for e in r.edits] == [(3, "CP114"), (4, "CP204"), (5, "CP204")]
    assert "related box under the heading on line 3" in r.edits[1].reason


def test_a_box_of_kickers_and_headlines_inside_the_article_goes():
    # A tabloid's "Most read" box: a kicker in capitals over each headline, six stories.
    box = ["Most read in world news"] + [line for kicker, (headline, *_) in zip(
        ["BUDGET DAY", "CLOSED AGAIN", "DRY SPELL", "OPEN DOORS", "DEARER TRAINS", "STORMY NIGHT"], _CARDS)
        for line in (kicker, headline)]
    r = clean("\n".join(_LONG_ARTICLE[:2] + box + _LONG_ARTICLE[2:]) + "\n")
    assert r.text == "\n".join(_LONG_ARTICLE) + "\n"
    assert [e.code for e in r.edits] == ["CP114"] + ["CP204"] * 12


def test_the_links_of_a_box_right_above_the_article_go():
    # "Most Popular" and its headlines stand between the byline and the first paragraph: the
    # article's prose, adding up, took the headlines in, but the heading above says what they are.
    popular = ["Most Popular", "Protests spread to the capital", "Internet cut for a fourth day",
               "Relics found near the lake"]
    r = clean("\n".join(["By Jane Roe"] + popular + _LONG_ARTICLE) + "\n")
    assert r.text == "\n".join(_LONG_ARTICLE) + "\n"
    assert [e.code for e in r.edits] == ["CP110", "CP114", "CP204", "CP204", "CP204"]
    assert "related box under the heading on line 2" in r.edits[2].reason


def test_a_short_article_is_not_cut_in_two_at_a_read_also_box():
    # Two paragraphs, the box, two more: the heading of a "Read also" box in mid-article weighs
    # less than one that opens what follows an article, and the article's second half stays.
    box = ["Read also", "Protests spread to the capital", "Internet cut for a fourth day"]
    short = [p[:150].rsplit(" ", 1)[0] + "." for p in _LONG_ARTICLE]
    r = clean("\n".join(short[:2] + box + short[2:]) + "\n")
    assert r.text == "\n".join(short) + "\n"
    # Under "Most read" the same lines are what follows the article.
    r = clean("\n".join(short[:2] + ["Most read"] + box[1:] + short[2:]) + "\n")
    assert r.text == "\n".join(short[:2]) + "\n"


def test_the_paragraph_after_a_related_links_box_stays_and_cleaning_again_keeps_it():
    # One paragraph after the box is enough; and once cleaned, the box's link gone (or, with the
    # chrome rules ignored, its heading left), the heading still weighs as a box's does.
    box = ["Related Links", "European Space Agency website"]
    page = "\n".join(_LONG_ARTICLE[:3] + box + _LONG_ARTICLE[3:] + ["Report Error", "Top Video"]) + "\n"
    assert clean(page).text == "\n".join(_LONG_ARTICLE) + "\n"
    config = Config(ignore=("CP1",))
    once = clean(page, config).text
    assert "Related Links" in once and _LONG_ARTICLE[3] in once
    assert clean(once, config).text == once


def test_a_line_that_ends_like_a_sentence_under_a_related_heading_is_the_articles_own():
    # A scraper can put a "More in ..." heading anywhere; what follows it that reads as the
    # article's own lead-in stays, and so does all after it.
    lead_in = ["More in Politics", "Here are the highlights:", "Talks resume"]
    out = clean("\n".join(_LONG_ARTICLE[:2] + lead_in + _LONG_ARTICLE[2:]) + "\n").text
    assert all(line in out for line in lead_in[1:])


_HEADLINES = [f"* {h}" for h in (
    "Storm closes schools across the north", "Council votes to keep the old library open",
    "Police search for the owner of a lost parrot", "Rail strike called off after late talks",
    "Museum finds a lost painting in its cellar", "Farmers warn of a poor harvest this year",
    "City marathon draws a record field of runners", "New bridge opens two years late",
    "Bakery wins the county prize for its bread", "Lottery winner gives half to charity",
    "School choir sings at the royal wedding", "Old mill to become a block of flats")]


def test_the_body_does_not_begin_with_a_long_list_of_headlines_above_the_article():
    # Bulleted headlines in sentence case read as plain lines, each worth a little: twelve of them
    # added up to part of the body, in front of the article.
    page = "\n".join(_HEADLINES + ["By Jane Roe", *_LONG_ARTICLE]) + "\n"
    assert clean(page).text == "\n".join(_LONG_ARTICLE) + "\n"


def test_a_long_menu_of_plain_lines_is_not_the_body_of_a_one_paragraph_article():
    # Each menu line counts a little; sixty of them outweighed the one paragraph the page has,
    # behind a blog's archive of months.
    menu = [f"{'CONSELHO' if n % 2 else 'Secretaria de'} {n}" for n in range(60)]
    archive = [f"{month} ({n})" for n, month in enumerate(["Janeiro", "Fevereiro", "Março", "Abril", "Maio",
                                                           "Junho", "Julho", "Agosto"], 3)]
    article = ("The city's home care team said on Friday that thieves broke into two of its five cars "
               "overnight and took the medical kits kept in them.")
    r = clean("\n".join(menu + archive + [article, "Facebook Twitter"]) + "\n")
    assert r.text == article + "\n"


def test_teasers_whose_headline_runs_into_the_summary_are_not_the_article():
    # Extractors glue a teaser card's headline to its summary ("SteakhouseA party of six"): the
    # summaries read as prose, and above a short article they outweighed it.
    teasers = [
        "Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six left the steakhouse "
        "without paying their bill after a fight broke out among them on Saturday night.",
        "Michigan To Mail Redistricting Panel Applications To 250,000The state of Michigan will mail "
        "250,000 applications encouraging voters to apply to serve on the new commission.",
        "DNR Seeks Tips About Bull Elk Poached In Northern MichiganMichigan Department of Natural "
        "Resources officers are seeking information about a bull elk that was shot and left.",
        "Mayor Says Health Benefits Move Won't Stand In WarrenWarren's mayor says it was underhanded "
        "for the council to grant itself health benefits for life, and he will veto it.",
    ]
    article = ["ST. JOSEPH, Mich. (AP) — Michigan health authorities are reporting a sixth death linked "
               "to a rare virus spread by mosquitoes.",
               "County officials said on Monday that the victim was one of two people who caught the "
               "virus this autumn, and that the other is recovering at home."]
    r = clean("\n".join(["Latest Headlines", *teasers, "November 19, 2019 at 9:45 am", *article]) + "\n")
    assert r.text == "\n".join(article) + "\n"


def test_a_latest_news_list_whose_items_run_headline_dateline_and_summary_together_is_not_the_article():
    # inscriptis writes a "latest news" box as list items, each a headline, a dateline and a
    # summary on one line: they read as prose, and beside a short article they outweighed it.
    teasers = [
        "* Indian-origin man pleads guilty to fraud scheme in US NEW YORK: An Indian-origin man has pleaded "
        "guilty to theft and embezzlement in a scheme to make loans illegally, prosecutors said on Monday.",
        "* UN regrets new US position on legality of settlements UNITED NATIONS: The Secretary General has "
        "regretted the decision of the United States, his spokesman told reporters on Tuesday.",
        "* Internet in the valley after local officials feel it is fit to do so: minister NEW DELHI: The "
        "minister said on Wednesday that the connection would be restored once officials agreed.",
        "* Schools and colleges reopen; attendance 98pc, says government NEW DELHI: All schools and colleges "
        "are now open in the region, the government told parliament on Wednesday.",
    ]
    article = ["Nearly 150 people returned home on Wednesday after being deported, officials at the airport said.",
               "Some said they felt dejected that they could not realise their dream after several attempts."]
    r = clean("\n".join(["Latest News", *teasers, *article]) + "\n")
    assert r.text == "\n".join(article) + "\n"


def test_a_numbered_list_at_the_head_of_an_article_stays():
    items = [f"{n}. {h[2:]}" for n, h in enumerate(_HEADLINES, 1)]
    out = clean("\n".join(items + _LONG_ARTICLE) + "\n").text
    assert all(i in out for i in items)


def test_the_caption_beside_a_photo_credit_goes_and_a_caption_with_its_own_credit_spares_its_neighbour():
    caption = "Shoppers queue for fuel at a station in the south of the country on Friday."
    r = clean("\n".join(_LONG_ARTICLE[:2] + [caption, "Photo: Jane Roe / Reuters"] + _LONG_ARTICLE[2:]) + "\n")
    assert [(e.line, e.code) for e in r.edits] == [(3, "CP203"), (4, "CP109")]
    # The credit in the caption's own brackets: the caption is the credit's block, and the
    # paragraph after it (short enough to be a caption) is the article's.
    short = "The price of petrol tripled overnight on Friday, officials said."
    page = "\n".join(_LONG_ARTICLE[:2] + [caption[:-1] + " (AP Photo/Jane Roe)", short] + _LONG_ARTICLE[2:]) + "\n"
    r = clean(page)
    assert [(e.line, e.code) for e in r.edits] == [(3, "CP109")]


def test_a_lead_after_its_dateline_and_a_sentence_after_a_credit_label_are_no_captions():
    # The caption before the credit is too long to be taken for one; the lead after it opens
    # with its dateline.
    caption = ("Sheikh Mohammed bin Rashid Al Maktoum, the country's vice president and prime minister, passes "
               "the new passenger jet at the air show in the desert on the first morning of the show.")
    lead = "DUBAI, United Arab Emirates — The airline finalized a deal on Wednesday to buy 30 of the new jets."
    r = clean("\n".join([caption, "Jane Roe | Bloomberg | Getty Images", lead] + _LONG_ARTICLE) + "\n")
    assert lead in r.text
    # "Image: <a sentence>" is the caption with its label: the short paragraph before it stays.
    short = "His first match in charge will be away to West Ham on Saturday."
    label = "Image: Jose Mourinho, left, has replaced Mauricio Pochettino as manager of the club"
    r = clean("\n".join(_LONG_ARTICLE[:2] + [short, label] + _LONG_ARTICLE[2:]) + "\n")
    assert short in r.text and label not in r.text


def test_an_embedded_posts_signature_stays_with_the_post():
    # "— Name (@handle) date" says who wrote the quoted post: the article's, not its byline.
    post = ["Sharing my full letter on the sentencing of the man convicted of threatening my life.",
            "— Rep. Ilhan Omar (@Ilhan) November 19, 2019"]
    page = "\n".join(["By Jane Roe | November 19, 2019"] + _LONG_ARTICLE[:2] + post + _LONG_ARTICLE[2:]) + "\n"
    assert clean(page).text == "\n".join(_LONG_ARTICLE[:2] + post + _LONG_ARTICLE[2:]) + "\n"


def test_a_bullet_with_no_item_goes_without_splitting_the_article():
    # inscriptis writes an empty list item as "*" alone, between an article's paragraphs too.
    r = clean("\n".join(_LONG_ARTICLE[:2] + ["*"] + _LONG_ARTICLE[2:]) + "\n")
    assert r.text == "\n".join(_LONG_ARTICLE) + "\n"
    assert [(e.line, e.code, e.reason) for e in r.edits] == [(3, "CP111", "a bullet with no item after it")]


def test_captions_between_the_first_paragraph_and_the_rest_do_not_split_the_article():
    lead = "The hunter fell ill a week after he ate the rabbit, and doctors confirmed the plague on Sunday."
    captions = ["The hospital where the patients were treated Credit: EPA",
                "The rabbit was caught in the hills near the town Credit: Getty",
                "Health workers check travellers at the station (AP Photo/Jane Roe)"]
    r = clean("\n".join([lead, *captions, *_LONG_ARTICLE]) + "\n")
    assert r.text == "\n".join([lead, *_LONG_ARTICLE]) + "\n"


def test_an_inline_related_box_does_not_cut_the_article_it_sits_in():
    # The article goes on after the box, as dense as before it.
    more = [
        "Witnesses in the south said that the shops had stayed closed since Saturday, and that long queues "
        "had formed outside the few petrol stations that were still open in the towns.",
        "The price of petrol tripled overnight on Friday, which was the spark for the first protests in "
        "the south of the country, before they spread to the capital and to the north.",
        "Officials said that the money saved by the rise would go to the poorest families, and that the "
        "first payments would be made to them before the end of the month.",
    ]
    related = ["Related articles", "Protests spread to the capital", "Internet cut for a fourth day"]
    page = "\n".join(_LONG_ARTICLE + related + more) + "\n"
    out = clean(page).text
    assert all(p in out for p in _LONG_ARTICLE + more)
    # A wall of links in mid-article (tags, a share bar) cuts nothing either.
    wall = ["Protests", "Internet", "Facebook", "Twitter", "Email"]
    out = clean("\n".join(_LONG_ARTICLE + wall + more) + "\n").text
    assert all(p in out for p in _LONG_ARTICLE + more)


def test_the_article_begins_after_its_headline_even_when_a_teaser_repeats_the_headline():
    # The teaser list above the article holds the article's own teaser, headline and summary
    # glued: the headline alone is then a copy contained in it (CP304), and gone, but the
    # article still begins where it stood.
    title = "Deportees return home from US with shattered dreams"
    teasers = [
        "Court orders new inquiry into the bridge collapse NEW DELHI: The high court on Tuesday ordered a new "
        "inquiry into the collapse of the bridge that killed twelve people last month.",
        f"{title} NEW DELHI: Their American dream shattered and their savings gone, nearly 150 Indians "
        "returned home on Wednesday on a special flight.",
        "Schools reopen after the long strike ends NEW DELHI: All schools in the state opened again on "
        "Monday after teachers agreed to end the strike that had lasted for three weeks.",
        "Cleric warns government its days are numbered KARACHI: A leading cleric told a rally on Sunday that "
        "the government would fall before the end of the year, and called for new elections.",
    ]
    article = [
        "NEW DELHI: Their American dream shattered and their savings gone, nearly 150 Indians returned home on "
        "Wednesday on a special flight, after being deported by the authorities in the United States.",
        "This was the fourth time I have been deported, said one of them, a 24-year-old from Punjab, who "
        "had spent most of his family's savings on the journey.",
    ]
    page = "\n".join([f"{title} | India Post", "Home", "World", *teasers, title, "November 20", *article]) + "\n"
    r = clean(page)
    assert r.text == "\n".join(article) + "\n"
    assert "above the headline on line 8" in next(e.reason for e in r.edits if e.line == 5)


COMMENTED = (CASES / "clean" / "comments-are-cut.in.txt").read_text(encoding="utf-8")
SIDEBAR = ("Comments are closed.\nRecent Posts\nWhy you might get a letter from us this season.\n"
           "What are standout charities?\nOur recent visit to Burkina Faso.\n")


def test_readers_comments_go_as_their_own_rule_and_ignoring_it_keeps_them():
    result = clean(COMMENTED)
    comments = [COMMENTED[e.start:e.end] for e in result.edits if e.code == "CP205"]
    assert [c.split(",")[0].split(".")[0] for c in comments] == [
        "This is great news for everyone who works late shifts at the airport", "About time"]
    kept = clean(COMMENTED, Config(ignore=("CP205",))).text
    assert kept.endswith("since taxis at night cost several times as much.\n"
                         "This is great news for everyone who works late shifts at the airport, finally a cheap way home.\n"
                         "About time. I have been waiting for this for years and years, and I will use it every week.\n")
    assert "says:" not in kept and "Leave a Reply" not in kept  # author lines and the heading still go
    assert clean(kept, Config(ignore=("CP205",))).text == kept


def test_a_sidebar_after_the_comments_is_no_comment():
    text = COMMENTED + SIDEBAR
    codes = {text[e.start:e.end].strip(): e.code for e in clean(text).edits}
    assert codes["Why you might get a letter from us this season."] == "CP202"
    assert codes["About time. I have been waiting for this for years and years, and I will use it every week."] == "CP205"
    kept = clean(text, Config(ignore=("CP205",))).text
    assert "About time." in kept and "standout charities" not in kept


def test_a_forum_threads_replies_are_comments_and_ignoring_cp205_keeps_the_thread():
    thread = (CASES / "clean" / "forum-thread-first-post.in.txt").read_text(encoding="utf-8")
    replies = [thread[e.start:e.end].split(".")[0] for e in clean(thread).edits if e.code == "CP205"]
    assert replies == ["Change the oil before you lay it up, not in spring", "Then run pink antifreeze through the raw "
                       "water intake until it comes out of the exhaust", "Don't forget the fresh water tank and the "
                       "water heater", "Thanks, that's exactly what I needed"]
    kept = clean(thread, Config(ignore=("CP205",))).text
    assert kept.splitlines()[2:] == [r + "." if not r.endswith(".") else r for r in [
        "Change the oil before you lay it up, not in spring. Old oil holds acids that sit on the bearings all winter",
        "Then run pink antifreeze through the raw water intake until it comes out of the exhaust",
        "Don't forget the fresh water tank and the water heater. Drain both and pump antifreeze through every faucet "
        "until it runs pink", "Thanks, that's exactly what I needed. I will do the oil change this weekend"]]
    assert "Post by" not in kept and "Re:" not in kept and clean(kept, Config(ignore=("CP205",))).text == kept


def test_a_discourse_topics_replies_are_comments_under_its_summary():
    # Discourse prints a summary under a topic's first post ("created", "last reply", counts):
    # the replies after it are comments, kept whole by ignoring CP205, without their counters.
    topic = (CASES / "clean" / "forum-topic-on-discourse.in.txt").read_text(encoding="utf-8")
    replies = [topic[e.start:e.end].split(".")[0] for e in clean(topic).edits if e.code == "CP205"]
    assert replies == ["That smell means the starter is hungry", "Thanks, I will try feeding it more often and report back",
                       "Mark is right"]
    kept = clean(topic, Config(ignore=("CP205",))).text
    assert [line.split(".")[0] for line in kept.splitlines()[3:]] == replies
    assert "Likes" not in kept and "last reply" not in kept and clean(kept, Config(ignore=("CP205",))).text == kept


def test_a_product_page_keeps_its_name_and_description_and_its_reviews_are_comments():
    # A shop's widgets (CP118: stock, "Add to Cart"; CP111: the rating) and its prices stand
    # between the product's name and its description: the name is the title, and "Customer
    # Reviews" opens the reviews, so that ignoring CP205 keeps what the buyer wrote.
    page = (CASES / "clean" / "shop-product-page-with-widgets-and-reviews.in.txt").read_text(encoding="utf-8")
    result = clean(page)
    lines = result.text.splitlines()
    assert lines[0] == "Lodge 10.25 Inch Cast Iron Skillet, Pre-Seasoned"
    assert lines[1].startswith("The Lodge 10.25 inch skillet is seasoned")
    assert not {"$24.90", "In stock", "Add to Cart", "4.7 out of 5 stars", "Qty"} & set(lines)
    widgets = {page[e.start:e.end].strip() for e in result.edits if e.code == "CP118"}
    assert {"Save 29%", "In stock", "Add to Cart", "Ships in 1-2 business days", "SKU: L8SK3"} <= widgets
    prices = {page[e.start:e.end].strip(): e.code for e in result.edits if page[e.start:e.end].startswith("$")}
    assert prices == {"$24.90": "CP201", "$34.95": "CP201", "$29.90": "CP202", "$49.90": "CP202"}
    review = "I have used this skillet every day for a year. It only gets better with use."
    assert [page[e.start:e.end].strip() for e in result.edits if e.code == "CP205"] == [review]
    assert review in clean(page, Config(ignore=("CP205",))).text


def test_a_deals_article_keeps_its_items_around_their_prices_and_buy_buttons():
    # A "Buy Now" under each item of a deals article goes (CP118), and it and the price weigh
    # nothing: the items stay in the body with their prices, as with the widgets deselected.
    deals = (("Apple AirPods", "139.00", "More than 24 hours of listening time with the charging case, which you "
              "charge with the Lightning connector.", "Double-tap to play or skip forward, and the H1 chip connects "
              "faster to your devices."),
             ("Beats Solo3 Headphones", "164.99", "Up to 40 hours of battery life make these your everyday "
              "headphones, and five minutes of charging give three hours of playback.", "Comes with a carrying case, "
              "a remote talk cable and a universal USB charging cable."),
             ("Powerbeats Pro", "199.95", "Totally wireless earphones with up to nine hours of listening time and "
              "more than a day with the case.", "Sweat and water resistance to handle tough training, with adjustable "
              "ear hooks for a secure fit."),
             ("Apple AirPods Pro", "234.98", "Active noise cancellation for immersive sound, and a transparency mode "
              "for hearing the world around you.", "Three sizes of soft, tapered silicone tips give a customizable "
              "fit that seals in the sound."))
    items = "".join(f"{name}\n* {one}\n* {two}\n{name} (Latest Model)\n${price}\nAvailable from Amazon\n"
                    "BGR may receive a commission\nBuy Now\n"
                    for name, price, one, two in deals)
    page = ("The best early Black Friday deals on Apple devices\n"
            "Black Friday is going to be huge for all sorts of products, and people tend to be particularly "
            "interested in deals on Apple devices, since Apple products are typically so pricey.\n"
            "AirPods dropped to an all-time low on Amazon at just $139, and even the brand new AirPods Pro are "
            "discounted right now. Check out our picks for the best early deals below.\n"
            "Don't Miss:\n" + items +
            "Follow @BGRDeals on Twitter to keep up with the latest and greatest deals.\n")
    result = clean(page)
    assert "Apple AirPods Pro (Latest Model)" in result.text
    assert "* Up to 40 hours of battery life make these your everyday headphones" in result.text
    assert "Buy Now" not in result.text and "$139.00\nAvailable from Amazon" in result.text
    without = clean(page, Config(ignore=("CP118",))).text
    assert [line for line in without.splitlines() if line != "Buy Now"] == result.text.splitlines()


def test_a_readme_keeps_its_name_its_example_and_the_prose_after_its_feature_list():
    # A repository page: the file list above the README and its sidebar go; the README keeps
    # its name (a one-word title its first sentence opens with), the example of code under it
    # (lines of code are no menu's items, and the number it prints goes as CP111 without
    # splitting it), and the section after its feature list of short title-cased lines.
    page = (CASES / "clean" / "github-repository-page-with-its-readme.in.txt").read_text(encoding="utf-8")
    result = clean(page)
    lines = result.text.splitlines()
    assert lines[:3] == ["Requests", "Requests is a simple, yet elegant, HTTP library.", ">>> import requests"]
    assert "Chunked HTTP Requests" in lines and "Cloning the repository" in lines
    assert lines[-1] == "git config --global fetch.fsck.badTimezone ignore"
    assert not {"README.md", "Update README badges", "52.1k stars", "Python 99.7%"} & set(lines)
    assert [e.code for e in result.edits if page[e.start:e.end].strip() == "200"] == ["CP111"]


def test_a_list_in_mid_article_does_not_end_the_article():
    # Short title-cased lines weigh less than nothing each (they may be a menu), but a list that
    # leaves the article's run of prose above zero, with no chrome or heading in it, is the
    # article's own: the paragraph after it stays.
    intro = ("Our tool is ready for the demands of building robust and reliable applications, and it "
             "grows with them over the years that follow. It has been used in production by many teams "
             "since its first release, and it supports the features that those teams asked for most:")
    items = ["Connection Pooling", "International Domains", "Cookie Persistence", "Digest Authentication",
             "Content Decompression", "File Uploads", "Proxy Support", "Connection Timeouts", "Streaming Downloads"]
    after = ("When you clone the repository, you may need to add a flag to avoid an error about a bad "
             "commit, as the documentation explains at some length.")
    lead = ("The library lets you send requests extremely easily. There is no need to add query strings "
            "to your addresses by hand, or to encode the data of your forms yourself.")
    text = "\n".join([lead, intro, *items, after]) + "\n"
    assert clean(text).text == text
    # Chrome between the list and the paragraph after it (a subscribe box) ends the article.
    boxed = "\n".join([lead, intro, *items, "Subscribe to our newsletter", after])
    assert after not in clean(boxed).text


def test_a_dictionary_entry_keeps_its_headword_that_the_page_title_names():
    # "serendipity" is one word in small letters, far above the first paragraph (the wiki's
    # languages and tabs between): the <title> names it before the site's name, so it is the
    # title. A kicker before a colon in the <title> names nothing ("Fact Check: Is …").
    page = (CASES / "clean" / "dictionary-entry-with-a-lower-case-headword.in.txt").read_text(encoding="utf-8")
    lines = clean(page).text.splitlines()
    assert lines[0] == "serendipity" and lines[1].startswith("Coined by Horace Walpole")
    kicker = page.replace("serendipity - Wiktionary, the free dictionary", "serendipity: a word and its story")
    assert clean(kicker).text.splitlines()[0].startswith("Coined by Horace Walpole")


def test_a_documentation_page_keeps_its_one_word_title_and_cleaning_again_keeps_it():
    # "Quickstart¶" is named by the <title> before the site's name; in the output it is the
    # first line, right above the body, and cleaning the output again keeps it.
    page = (CASES / "clean" / "documentation-page-with-a-one-word-title.in.txt").read_text(encoding="utf-8")
    out = clean(page).text
    assert out.splitlines()[:2] == ["Quickstart", "Eager to get started? This page gives a good introduction "
                                    "in how to get started with Requests."]
    assert clean(out).text == out
    # A word over a menu's item is no title: only right above the body.
    menu = "Quickstart\nInstallation\n" + out.split("\n", 1)[1]
    assert clean(menu).text.startswith("Eager to get started?")


def test_a_line_of_code_is_no_title_and_a_number_it_printed_is_judged_the_same_when_cleaned_again():
    # Found by fuzzing: ">>> r.json()" was taken for the title and its second copy went, which
    # left a number kept (its rule ignored) under a paragraph instead of a line of code.
    page = "\n".join([
        "Opening Bell: a story", "Fact Check", "Requests is available on PyPI:", "Share this article",
        "Quickstart", "Share this article", ">>> r.json()", "Requests is available on PyPI:",
        "Requests is a simple, yet elegant, HTTP library.",
        "Requests is one of the most downloaded packages today, and many thousands of projects depend on it.",
        "The company raised its full-year revenue outlook after a record quarter on every measure it tracks.",
        "Requests", "International Domains", "Connection Pooling",
        "Harwich is a town in Essex, England, and one of the Haven ports on the coast of the North Sea.",
        ">>> r.json()", "200", "7821", "Streaming Downloads", "International Domains",
        "Multi-part File Uploads"]) + "\n"
    for config in (Config(), Config(ignore=("CP1",)), Config(ignore=("CP111",))):
        result = clean(page, config)
        assert not any(e.code == "CP301" for e in result.edits)
        assert clean(result.text, config).text == result.text


def test_a_forum_threads_replies_after_numbered_post_heads_are_comments():
    # XenForo and vBulletin print each post's head (name, rank, "Joined", "Messages", "#2"): the
    # second post number opens the replies, as phpBB's second author line does; the heads stand
    # in the first post too and end nothing, so the question keeps its title.
    page = (CASES / "clean" / "forum-thread-with-post-numbers-and-member-heads.in.txt").read_text(encoding="utf-8")
    reply = "Skip the flaxseed oil. It flakes off after a few months."
    result = clean(page)
    assert result.text.splitlines()[0] == "Best way to season a carbon steel pan?"
    assert reply not in result.text
    assert any(e.code == "CP205" and page[e.start:e.end].startswith(reply) for e in result.edits)
    thread = clean(page, Config(ignore=("CP205",))).text.splitlines()
    assert thread[-1] == "Bacon works too, but it takes longer to build a good layer."
    assert not {"#1", "#2", "Joined", "Click to expand...", "Well-known member"} & set(thread)


def test_a_travellers_review_under_filter_reviews_is_a_comment():
    # "Filter reviews" opens the reviews; the reviewer's name, home, contribution count and
    # title stand between the counter and the review, as an author line and a date do.
    page = (CASES / "clean" / "hotel-page-with-a-travellers-review.in.txt").read_text(encoding="utf-8")
    review = "We stayed two nights in October and loved every minute."
    result = clean(page)
    assert result.text.splitlines()[:2] == ["The Riverside Inn", "A family-run inn on the River Avon, five minutes' "
                                            "walk from the Roman Baths. Each of our twelve rooms has a view of the "
                                            "water, and breakfast is made with produce from local farms."]
    assert [e.code for e in result.edits if page[e.start:e.end].startswith(review)] == ["CP205"]
    assert review in clean(page, Config(ignore=("CP205",))).text


def test_a_paragraph_of_two_sentences_over_a_photo_credit_is_no_caption():
    # A listicle's item ends with a paragraph, then the item's photo and its credit: a paragraph
    # of several sentences and more words than a caption runs to stays. A caption of one
    # sentence over its credit still goes.
    page = (CASES / "clean" / "listicle-with-numbered-items-and-photo-credits.in.txt").read_text(encoding="utf-8")
    item = "The trail passes three alpine lakes in under two miles, each framed by peaks."
    assert item in clean(page).text
    caption = page.replace(item + " Go early: the parking lot at Bear Lake fills by 7 a.m. in summer.",
                           "Hikers pass the first of three lakes on the Emerald Lake Trail.")
    assert "Hikers pass the first" not in clean(caption).text


def test_an_issue_threads_comments_after_the_first_are_comments_and_the_issue_keeps_its_title():
    # GitHub heads each comment "commented Nov 3, 2026" under the author's name: the first is
    # the issue's own text (the body), the second opens the replies, as a forum's second post
    # head does.
    page = (CASES / "clean" / "issue-tracker-thread-with-its-comments.in.txt").read_text(encoding="utf-8")
    reply = "I can reproduce this on 2.3.1 but not on 2.2.0, so it looks like a regression."
    result = clean(page)
    lines = result.text.splitlines()
    assert lines[0] == "Memory leak when iterating over large files #4521"
    assert lines[-1] == "Version 2.3.1, Python 3.12, Ubuntu 24.04."
    assert [e.code for e in result.edits if page[e.start:e.end].startswith(reply)] == ["CP205"]
    thread = clean(page, Config(ignore=("CP205",))).text.splitlines()
    assert thread[-1] == "Thanks, pinning 2.2.0 works for now." and "👍 4" not in thread


def test_a_read_also_heading_is_judged_by_what_follows_it_in_the_blocks_kept():
    # Found by fuzzing: under "Related Stories" stood a copy of the paragraph above, so the
    # heading looked like a box in mid-article and weighed as chrome; the copy went, and in the
    # output (its rule ignored, the heading stays) a sentence follows it that is no prose: the
    # heading ends the article there, in the first cleaning as in the second.
    lead = "Serendipity is the happy accident of finding something good while looking for something else entirely."
    page = "\n".join([lead, "Related Stories", lead, "Requests is a simple, yet elegant, HTTP library.",
                      "The company raised its full-year revenue outlook after a record quarter on every measure "
                      "it tracks."]) + "\n"
    config = Config(ignore=("CP1",))
    out = clean(page, config).text
    assert clean(out, config).text == out


def test_a_heading_that_shares_no_word_with_the_pages_title_is_not_the_title():
    # The page's first line is its <title>, about what the body is about; the headline of a
    # teaser between the menus and the article is not the article's title.
    body = ["Doctors offered to give free flu shots to migrants held at the border, warning that an "
            "epidemic could spread through the crowded detention centres this winter.",
            "The government declined the offer, saying that migrants already receive the care they need "
            "and that vaccines are given to those who are held for longer periods.",
            "Three children have died in detention since last year, according to the doctors' letter."]
    page = "\n".join(["Doctors offer to give free flu shots to detained migrants - Los Angeles Times", "Home",
                      "News", "Politics", "Sports", "Entertainment", "Subscribe",
                      "'Comes down to one guy': All eyes turn to Gordon Sondland", "Nov. 20, 2019", *body]) + "\n"
    lines = clean(page).text.splitlines()
    assert lines == body
    # A heading that is the article's is kept.
    own = page.replace("'Comes down to one guy': All eyes turn to Gordon Sondland", "Doctors offer free flu shots")
    assert clean(own).text.splitlines()[0] == "Doctors offer free flu shots"


def test_a_heading_above_the_body_that_stays_is_the_title_whatever_the_first_line_says():
    # Found by fuzzing, with CP2 ignored: the heading above the body shares no word with the
    # page's first line, so it was no title the first time; but it stays (its rule ignored), and
    # cleaning the output, whose first line is a menu item, took it for the title and removed
    # its copy. A heading that stays is the title both times.
    lead = "Requests is one of the most downloaded packages today, and many thousands of projects depend on it."
    page = "\n".join([lead, "Streaming Downloads", "Connection Pooling", "Automatic honoring of .netrc", "Requests",
                      lead, "Automatic honoring of .netrc", "When you clone the repository, you may need to add a "
                      "flag to avoid an error about a bad commit."]) + "\n"
    config = Config(ignore=("CP2",))
    out = clean(page, config).text
    assert clean(out, config).text == out
