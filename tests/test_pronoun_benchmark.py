"""The pronoun benchmark's simulation of the MT error (benchmarks/pronouns/run.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks" / "pronouns"))
import run as bench  # noqa: E402


@pytest.mark.parametrize(
    "marked, damaged",
    [
        # every feminine pronoun turns masculine, "her" by what follows it
        ("She said her son owed her his life.", "He said his son owed him his life."),
        ("Ana took her home.", "Ana took him home."),
        # "home" opening a compound is a noun she owns
        ("Ana opened a school in her home town.", "Ana opened a school in his home town."),
        # an object before an adverb ("asked for her instead")
        ("They asked for her instead.", "They asked for him instead."),
        # an object before how often ("asked her three times"), not a determiner
        ("Ana asked her three times.", "Ana asked him three times."),
        ("Ana asked her 20 times.", "Ana asked him 20 times."),
        # …but after a preposition the times are hers
        ("Ana spoke about her three times in prison.", "Ana spoke about his three times in prison."),
        # a caret marks a man's pronoun to turn feminine
        ("Ivan said he^ would stay.", "Ivan said she would stay."),
    ],
)
def test_the_simulated_damage(marked, damaged):
    clean, got = bench.simulate(marked)
    assert clean == marked.replace("^", "")
    assert got == damaged


def test_a_quote_whose_speaker_was_doubtful_keeps_that_speaker_as_a_rival():
    # dev/n04: 'His father … He did not want him to go into the trade. "He said a workshop is
    # cold …," he said.' — the speaker is read as the father, with his daughter as a rival; the
    # quote's "He" (the father, in the clean text) must not become a sure "She"
    from repair import engine
    from repair.config import Config

    clean, damaged = bench.simulate((bench.CORPUS / "dev" / "n04-cremona-cello-maker.txt").read_text(encoding="utf-8"))
    fixed = engine.fix(damaged, Config(grammar="off")).text
    assert '"He said a workshop is cold' in fixed and '"He said a workshop is cold' in clean


def test_a_pass_that_fails_stops_the_run_rather_than_counting_as_misses(tmp_path, monkeypatch):
    from repair.passes import pronouns

    text = tmp_path / "a.txt"
    text.write_text("Irina Volkova is a chemist. She works in Kazan.", encoding="utf-8")
    assert bench.evaluate([text], unsafe=False, show=False)["recall"] == 1.0

    def broken(doc, config):
        raise ValueError("broken on purpose")
        yield

    monkeypatch.setattr(pronouns, "run", broken)
    with pytest.raises(SystemExit, match="a.txt: pass 'pronouns' failed: ValueError: broken on purpose"):
        bench.evaluate([text], unsafe=False, show=False)


@pytest.mark.parametrize(
    "name",
    [
        "ye03-dhofar-frankincense-perfumer",  # "For Shamsa al-Mahri" … "her uncle, Musallam bin Said al-Mahri"
        "yf02-gansu-mural-conservator-obituary",  # "Qiao Gengsheng", "Qiao Yingzhi", "Ms. Qiao"
        "yf03-ryukyu-sabani-builder",  # "Mitsue Tokashiki's house"; "“…,” he said" after her
        "yg05-puntland-frankincense",  # a Somali man named Farah
        "zs03-savaneta-fishing-cooperative",  # a second "mother", named otherwise
        "zx05-triesenberg-choir-obituary",  # "His son, also named Alois"
        "ya06-car-nicobar-canoe",  # "Kuhen and Tapuk still disagree. He says …; she says …"
        "zg08-ghoom-tea-taster-obituary",  # "DARJEELING, India — Pasang Dorjee Tamang"
        "zs06-st-georges-teacher-obituary",  # "Furbert met Lovette Simmons"
        "zx02-praslin-octopus-fisherman",  # "Confait said she had wanted …, but he refused"
        "zk03-chukotka-whaleboat",  # "Tomorrow, he says, …" after a woman whose pronouns are right
        "sk37-border-gulnara",  # "The policeman stopped Gulnara … her passport"
        "yn08-halmahera-boat-builder",  # "Mrs Dodego" (his widow) in the obituary of Yohanis Dodego
        "yo03-bahia-cacao-cooperative",  # "Josefa Santana's husband, Raimundo, sat …"
        "zt08-nuoro-bakery",  # "Bonaria Cadoni is his younger sister"
        "yq01-jeolla-bamboo-weaver",  # "Kim Dong-su" and his daughter "Kim Ha-eun": "Kim" alone is his
        "yq03-odisha-painter-obituary",  # "She said her father had resisted …, but that her mother …"
        "ys05-kedah-rice-drones",  # "Aisyah Hamdan" and her father "Hamdan Yusoff": "Hamdan" alone is his
        "sr34-wedding-toast",  # "“… her husband knows how lucky he is,” Olga said of the bride"
        "wh24-robin-van-der-meulen",  # a Dutch woman named Robin, "she" throughout, and her husband
        "wh11-eirik-solvang",  # "Solvang married Kim Aasen, …, and she accompanied him"
        "xa08-niassa-lion-fences",  # "the régulo, Saide Rajabo"; his daughter's "my mother"
        "x5-01-samtskhe-javakheti-cheese-dairy",  # "… said of her daughter and Tsiklauri. “He did not sleep”"
        "x5-07-qassim-date-packing",  # "His wife, Hessa, changed his mind. “She told me …,” he said"
        "yn02-tavush-carpet-workshop",  # "His wife, Karine, … “She told me I was standing in her way,” he said"
        "x4-02-jalal-abad-forest-ranger",  # "two sons, Ermek and Talant … Ermek said his mother"
        "xd02-northumberland-shepherd-obituary",  # "her grandson, Tom Robson … Robson, 41, said his grandmother"
        "xu01-ulyanovsk-volga-ferry",  # "The girl, he said, is faster than her aunt"
        "yu07-extremadura-village-school",  # "Sánchez designs websites; Morales repairs old stone walls. … he said"
        "tp-16-market-hue",  # "Every Saturday Nguyen Van Minh and his wife, Lan, sell vegetables"
        "wr-12-nguyen-thi-hang",  # "Hằng married the architect Phạm Quốc Bảo in 1995. He designed …"
    ],
)
def test_clean_dev_texts_the_pass_once_changed_stay_as_they_are(name):
    from repair import engine
    from repair.config import Config

    clean, _ = bench.simulate((bench.CORPUS / "dev" / f"{name}.txt").read_text(encoding="utf-8"))
    assert engine.fix(clean, Config(grammar="off", select=("pronouns",))).text == clean


def test_where_women_are_all_he_a_rule_that_a_rival_contests_is_no_safe_fix():
    # q06: "Habimana said he was the strongest climber he had ever trained … Ingabire said he
    # once made his repeat the climb": the "he" is the coach's, not what the rider said of herself;
    # the complement rule's reading, contested by him, is a fix to review
    from repair import engine
    from repair.config import Config

    raw = (bench.CORPUS / "dev" / "q06-musanze-cycling-coach.txt").read_text(encoding="utf-8").replace("^", "")
    _, damaged = bench.simulate(raw)
    sentence = "Ingabire said he once made his repeat the climb"
    assert sentence in damaged
    result = engine.check(damaged, Config(grammar="off", select=("pronouns",)))
    (f,) = [f for f in result.findings if f.start == damaged.index(sentence) + len("Ingabire said ")]
    assert f.fix.edits[0].replacement == "she" and f.fix.applicability.name == "UNSAFE"


def test_recall_on_womens_pronouns_alone_leaves_out_a_mans_flipped_one(tmp_path):
    # her "she" is MT's own damage; his marked "he^" is the reverse error, flipped as a probe.
    # Restoring hers and not his makes the overall recall a half, hers alone whole.
    text = tmp_path / "a.txt"
    text.write_text("Irina Volkova is a chemist. She works in Kazan. Her brother, Oleg Volkov, said he^ visits.", encoding="utf-8")
    r = bench.evaluate([text], unsafe=False, show=False)
    assert r["womens_flipped"] == 2 and r["womens_recall"] == 1.0
    assert r["flipped"] == 3 and r["recall"] < 1.0


def test_without_the_probe_a_mans_marked_pronoun_stays_as_written(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("Irina Volkova is a chemist. She works in Kazan. Her brother, Oleg Volkov, said he^ visits.", encoding="utf-8")
    r = bench.evaluate([text], unsafe=False, show=False, probe=False)
    assert r["flipped"] == r["womens_flipped"] == 2


def test_where_women_are_all_he_a_quoted_he_with_a_man_beside_her_is_no_safe_fix_of_hers():
    # yn03: the doctor, quoted about her father ("He was angry for a month"), in a text whose
    # women are all "he": the quoted "he" is his, and a man beside her is reason enough to leave it
    from repair import engine
    from repair.config import Config

    marked = (bench.CORPUS / "dev" / "yn03-baluchistan-mobile-clinic.txt").read_text(encoding="utf-8")
    clean, damaged = bench.simulate(marked.replace("^", ""))
    fixed = engine.fix(damaged, Config(grammar="off", select=("pronouns",))).text
    quote = '"He was angry for a month,"'
    assert quote in clean and quote in fixed


def test_a_clause_hanging_from_a_reported_he_read_with_doubt_is_no_surer():
    # x21-03: "Wangbé's daughter, Madeleine, … said he had lost because he refused to buy votes":
    # the "because" clause goes on with the reported "he", itself read with her father as a rival,
    # so it is not fixed to her (it is his)
    from repair import engine
    from repair.config import Config

    marked = (bench.CORPUS / "dev" / "x21-03-mayo-kebbi-est-fianga-mayor-vote.txt").read_text(encoding="utf-8")
    clean, damaged = bench.simulate(marked.replace("^", ""))
    fixed = engine.fix(damaged, Config(grammar="off", select=("pronouns",))).text
    sentence = "said he had lost because he refused to buy votes"
    assert sentence in clean and sentence in damaged and sentence in fixed


@pytest.mark.parametrize(
    "name, opening",
    [
        ("yu04-guerrero-taxco-silver", "\n\nHe said he had made peace"),
        ("zm04-dzongu-radio", "\n\nHe said the next step"),
    ],
)
def test_a_paragraph_after_a_mans_quote_may_go_on_with_him(name, opening):
    # where women's pronouns are the only damage: "“…,” he said. ¶ He said …" after a named man's
    # quote, the "He" may be his as well as the story's woman's, so no safe fix makes it hers
    from repair import engine
    from repair.config import Config

    marked = (bench.CORPUS / "dev" / f"{name}.txt").read_text(encoding="utf-8")
    clean, damaged = bench.simulate(marked.replace("^", ""))
    fixed = engine.fix(damaged, Config(grammar="off", select=("pronouns",))).text
    assert opening in clean and opening in fixed


def test_half_damage_puts_back_some_of_the_flipped_pronouns_and_no_others():
    marked = "Irina Volkova is a chemist. She works in Kazan, and her lab is new. She said she likes it. Her brother, Oleg, said he visits."
    clean, damaged = bench.simulate(marked)
    half = bench.damage_half(clean, damaged, "a.txt")
    triples = [(c.text, d.text, h.text) for c, d, h in bench.compare(clean, damaged, half)]
    flipped = [(c, h) for c, d, h in triples if c != d]
    assert len(flipped) == 5
    assert 0 < sum(c == h for c, h in flipped) < len(flipped)  # some back as written, some still damaged
    assert all(h == d for c, d, h in triples if c == d)  # no other pronoun touched ("he visits")
    assert [h for c, h in flipped if c != h] == [d for c, d, h in triples if c != d and c != h]
    assert bench.damage_half(clean, damaged, "a.txt") == half  # the same every run
