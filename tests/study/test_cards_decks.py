"""Which cards entries make, what they show, and which entries decks select."""

from __future__ import annotations

import pytest

from glossary_app.study.cards import BLANK, blank_forms, card_content, directions_for
from glossary_app.study.decks import Deck, deck_entries, save_deck
from glossary_app.study.scheduler import Study
from glossary_app.study.settings import StudySettings
from tests.study.builders import build_document
from tests.study.conftest import T0

EGFR = "epidermal growth factor receptor"


def test_directions_follow_the_forms_an_entry_has():
    assert directions_for("化疗", "chemotherapy", None) == ["zh_en", "en_zh"]
    assert directions_for(None, "hazard ratio", "HR") == ["abbr_full"]  # no Chinese: no Chinese card
    assert directions_for("总生存期", None, "OS") == ["zh_en", "abbr_full"]
    assert directions_for("总生存期", "overall survival", "OS", wanted=["abbr_full", "en_zh"]) == ["abbr_full", "en_zh"]
    assert directions_for(None, None, "OS") == []


def test_deck_cards_skip_hidden_entries_and_missing_chinese(glossary):
    store, ids = glossary
    study = Study(store)
    keys = set(study.deck_cards(Deck()))
    assert (ids["hazard ratio"], "abbr_full") in keys
    assert not any(k == (ids["hazard ratio"], d) for k in keys for d in ("zh_en", "en_zh"))
    assert (ids["chemotherapy"], "abbr_full") not in keys
    store.curation.set_hidden(ids[EGFR])
    assert not any(e == ids[EGFR] for e, _ in study.deck_cards(Deck()))
    assert card_content(store, ids[EGFR], "zh_en") is None


def test_chosen_directions_limit_the_cards(glossary):
    store, ids = glossary
    study = Study(store, StudySettings(directions=["abbr_full"]))
    assert {d for _, d in study.deck_cards(Deck())} == {"abbr_full"}
    assert {d for _, d in Study(store).deck_cards(Deck(), directions=["en_zh"])} == {"en_zh"}


def test_the_answer_shows_every_form_pinyin_and_an_example(glossary):
    store, ids = glossary
    store.replace_document(build_document("/docs/other.txt", [("表皮生長因子受體", "EGF receptor", "EGFR")]))
    store.rebuild_entries()
    c = card_content(store, ids[EGFR], "en_zh")
    assert c.front == EGFR and c.prompt
    assert {t for t, _ in c.zh_forms} == {"表皮生长因子受体", "表皮生長因子受體"}
    assert set(c.en_forms) == {EGFR, "EGF receptor"} and c.abbr_forms == ["EGFR"]
    assert dict(c.zh_forms)["表皮生长因子受体"].startswith("biǎo pí")
    assert c.pinyin.startswith("biǎo pí")
    assert c.example is not None and c.example.text[c.example.start : c.example.end] in {"表皮生长因子受体", "EGFR", EGFR}
    assert c.example.lang == "zh"  # the answer's language first
    assert set(c.sources) == {"onc", "other"}


def test_the_cloze_hint_never_gives_the_answer_away(glossary):
    store, ids = glossary
    for key, direction in ((EGFR, "zh_en"), ("progression-free survival", "abbr_full"), ("overall survival", "en_zh")):
        c = card_content(store, ids[key], direction)
        assert c.hint is not None and BLANK in c.hint.cloze
        for form in [t for t, _ in c.zh_forms] + c.en_forms + c.abbr_forms:
            assert form.lower() not in c.hint.cloze.lower()
    assert card_content(store, ids[EGFR], "zh_en", cloze_hint=False).hint is None


def test_blanking_matches_whole_words_case_insensitively():
    text, n = blank_forms("OS and os, but not COST or OSX; Overall Survival 总生存期.", ["OS", "overall survival", "总生存期"])
    assert n == 4
    assert text == f"{BLANK} and {BLANK}, but not COST or OSX; {BLANK} {BLANK}."


def test_decks_select_favourites_tags_documents_and_verified(glossary):
    store, ids = glossary
    store.replace_document(build_document("/docs/second.txt", [("放疗", "radiotherapy", "RT")]))
    store.rebuild_entries()
    store.curation.set_favourite(ids[EGFR])
    store.curation.set_verified(ids["overall survival"])
    store.curation.edit(ids["chemotherapy"], tags=["drugs", "basics"])

    def en_of(deck):
        return {row[2] for row in deck_entries(store, Deck.parse(deck))}

    assert en_of("favourites") == {EGFR}
    assert en_of("verified") == {"overall survival"}
    assert en_of("tag:drugs") == {"chemotherapy"}
    assert en_of("doc:second") == {"radiotherapy"}
    assert "radiotherapy" not in en_of("doc:onc") and EGFR in en_of("doc:onc")
    assert len(en_of("all")) == 7
    save_deck(store, "My drugs", Deck.parse("tag:drugs"), T0)
    assert en_of("deck:My drugs") == {"chemotherapy"}
    assert store.study.tags() == ["basics", "drugs"]


def test_deck_parsing():
    assert Deck.parse("doc:onc") == Deck("document", "onc")
    assert str(Deck.parse("search:EGFR")) == "search:EGFR"
    assert Deck.parse("favorites") == Deck("favourites")
    with pytest.raises(ValueError):
        Deck.parse("tag:")
    with pytest.raises(ValueError):
        Deck.parse("everything")


def test_a_saved_search_deck_uses_the_searcher(glossary):
    pytest.importorskip("glossary_app.search", reason="search engine not landed")
    from glossary_app import search

    if not hasattr(search, "Searcher"):
        pytest.skip("Searcher not landed yet")
    store, ids = glossary
    save_deck(store, "EGFR things", Deck("search", "EGFR"), T0)
    got = [row[0] for row in deck_entries(store, Deck.parse("deck:EGFR things"))]
    assert got and got[0] == ids[EGFR]
