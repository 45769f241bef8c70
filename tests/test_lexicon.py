"""The lexicon of known MT confusions: every entry's own examples (the self-test that a project
lexicon also gets), the data's hygiene, and the matching rules (context, exceptions, case)."""

from __future__ import annotations

import tomllib

import pytest

from repair import engine, rules
from repair.config import Config
from repair.document import Document
from repair.model import Applicability
from repair.passes import lexicon
from repair.rules import rules_dir

CONFIG = Config(grammar="off")
ENTRIES = lexicon.builtin_entries()


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.key)
def test_entry_examples(entry):
    assert lexicon.self_test((entry,)) == []


def test_fixes_are_not_flagged_by_any_entry():
    """No fix loops: the corrected text of every example is clean of every entry."""
    problems = [p for p in lexicon.self_test(ENTRIES) if "is flagged by" in p]
    assert problems == []


def test_files_are_sorted_with_unique_keys():
    files = sorted((rules_dir() / "lexicon").glob("*.toml"))
    assert files, "no lexicon files"
    for path in files:
        keys = [e["key"] for e in tomllib.loads(path.read_text(encoding="utf-8"))["entry"]]
        assert keys == sorted(keys), f"{path.name}: entries not sorted by key"
    all_keys = [e.key for e in ENTRIES]
    assert len(all_keys) == len(set(all_keys))


def test_coverage_and_applicability_mix():
    assert len(ENTRIES) >= 100
    langs = {code for e in ENTRIES for code in e.languages}
    assert {"ru", "uk", "es", "de", "fr", "it", "tr", "zh"} <= langs
    safe = [e for e in ENTRIES if e.rule.applicability is Applicability.SAFE]
    assert len(safe) < len(ENTRIES) / 2, "most entries should need a look (unsafe or display)"


def test_every_entry_is_a_rule_users_can_select():
    rules = lexicon.entry_rules()
    assert all(r.id == f"lexicon.{e.key}" for r, e in zip(rules, ENTRIES))
    assert all(r.category == "accuracy/mistranslation" and r.bad and r.good for r in rules)


SEED_LIKE = "The opposition leader was shot in the back by the sigils, who escaped."


def test_seed_confusion_fixed_by_default_fix():
    result = engine.fix(SEED_LIKE, CONFIG)
    assert result.text == "The opposition leader was shot in the back by the killers, who escaped."
    f = [f for f in result.applied if f.rule == "lexicon.sigils"][0]
    assert "‘shot’" in f.explanation and "Russian" in f.explanation


def test_same_word_in_an_article_about_magic_stays():
    text = "Medieval magic used sigils. A knight was shot with an arrow as the sigils burned."
    assert [f for f in lexicon.run(Document(text), CONFIG)] == []


def test_word_without_its_context_stays():
    assert lexicon.run(Document("The sigils were carved above the door."), CONFIG) == []


def test_ignore_one_entry_or_the_family():
    text = SEED_LIKE
    assert not [f for f in engine.check(text, CONFIG.replace(ignore=("lexicon.sigils",))).findings if f.rule.startswith("lexicon")]
    assert not [f for f in engine.check(text, CONFIG.replace(ignore=("lexicon",))).findings if f.rule.startswith("lexicon")]


def test_case_is_kept_and_titles_mid_sentence_are_skipped():
    found = lexicon.run(Document("Sigils shot the banker dead."), CONFIG)
    assert [f.replacement for f in found] == ["Killers"]
    # Capitalised mid-sentence is a name: "Sigils" the band.
    assert lexicon.run(Document("Fans of Sigils were shot at by police."), CONFIG) == []


def test_not_before_exception():
    assert lexicon.run(Document("The deputy prime minister addressed the Duma."), CONFIG) == []
    found = lexicon.run(Document("A deputy from the ruling party addressed the Duma."), CONFIG)
    assert [f.replacement for f in found] == ["lawmaker"]


PROJECT = '''
[[entry]]
key = "sigils"
forms = { sigils = "assassins" }
context = ["shot"]
languages = ["ru"]
confidence = 0.5
note = "This project's translators mean contract assassins, and want to review each one."
examples = [{ text = "He was shot by the sigils.", fixed = "He was shot by the assassins." }]
good = ["The sigils glowed."]

[[entry]]
key = "house-of-culture"
forms = { "house of culture" = "community arts centre" }
anywhere = true
languages = ["ru", "uk"]
confidence = 0.95
note = "Russian ‘дом культуры’ is a community arts centre; this project uses British spelling."
examples = [{ text = "A concert at the house of culture.", fixed = "A concert at the community arts centre." }]
good = ["A concert at the community arts centre."]
'''


def test_project_lexicon_adds_and_overrides(tmp_path):
    path = tmp_path / "lexicon.toml"
    path.write_text(PROJECT, encoding="utf-8")
    cfg = CONFIG.replace(lexicon=str(path))
    project = lexicon.load_file(path)
    assert lexicon.self_test(tuple(project)) == []
    found = lexicon.run(Document("He was shot by the sigils at the house of culture."), cfg)
    assert [(f.rule, f.replacement) for f in found] == [
        ("lexicon.sigils", "assassins"),
        ("lexicon.house-of-culture", "community arts centre"),
    ]
    assert found[0].fix.applicability is Applicability.DISPLAY  # confidence 0.5


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda s: s.replace('context = ["shot"]\n', ""), "needs a 'context'"),
        (lambda s: s.replace('examples = [{ text = "He was shot by the sigils.", fixed = "He was shot by the assassins." }]\n', ""), "missing 'examples'"),
        (lambda s: s.replace('languages = ["ru"]', 'languages = ["xx"]'), "'languages'"),
        (lambda s: s.replace("confidence = 0.5", "confidence = 5"), "'confidence'"),
        (lambda s: s.replace('key = "house-of-culture"', 'key = "sigils"'), "duplicate entry key"),
        (lambda s: s.replace("anywhere = true", 'anywhere = true\nwhen = "always"'), "unknown field"),
    ],
)
def test_malformed_project_lexicon_is_rejected(tmp_path, change, message):
    path = tmp_path / "lexicon.toml"
    path.write_text(change(PROJECT), encoding="utf-8")
    with pytest.raises(lexicon.LexiconError, match=message):
        lexicon.load_file(path)


def test_self_test_reports_a_wrong_example(tmp_path):
    path = tmp_path / "lexicon.toml"
    path.write_text(PROJECT.replace('fixed = "He was shot by the assassins."', 'fixed = "He was shot."'), encoding="utf-8")
    problems = lexicon.self_test(tuple(lexicon.load_file(path)))
    assert len(problems) == 1 and "expected 'He was shot.'" in problems[0]


def test_article_follows_the_correction():
    found = lexicon.run(Document("An evacuator towed the car from the street."), CONFIG)
    assert [(f.text, f.replacement) for f in found] == [("An evacuator", "A tow truck")]


def test_multi_word_forms_do_not_match_across_punctuation():
    assert lexicon.run(Document("It was a bear. Service resumed on Monday."), CONFIG) == []
    assert [f.rule for f in lexicon.run(Document("It did the town a bear service."), CONFIG)] == ["lexicon.bear-service"]


def test_broken_project_lexicon_stops_the_run(tmp_path):
    path = tmp_path / "lexicon.toml"
    path.write_text('[[entry]]\nkey = "x"\n', encoding="utf-8")
    with pytest.raises(lexicon.LexiconError, match="missing 'forms'"):
        engine.check("Some text.", CONFIG.replace(lexicon=str(path)))


def test_command_line_self_test(tmp_path, capsys):
    path = tmp_path / "lexicon.toml"
    path.write_text(PROJECT, encoding="utf-8")
    assert lexicon.main([str(path)]) == 0
    path.write_text(PROJECT.replace('good = ["The sigils glowed."]', 'good = ["He was shot by the sigils."]'), encoding="utf-8")
    assert lexicon.main([str(path)]) == 1
    assert "false alarm" in capsys.readouterr().out


@pytest.mark.parametrize("folder", rules.COMPILED_FOLDERS)
def test_compiled_copy_is_fresh(folder):
    """rules/compiled.json and rules/lexicon/compiled.json (the fast-loading copies) match the
    TOML files; if this fails, run `.venv/bin/python -m repair.rules --compile`."""
    import json

    committed = json.loads((rules_dir() / folder / rules.COMPILED).read_text(encoding="utf-8"))
    assert committed == rules.compiled_copy(rules_dir() / folder)


def test_stale_compiled_copy_is_ignored(tmp_path, monkeypatch):
    import shutil

    root = tmp_path / "rules"
    shutil.copytree(rules_dir(), root)
    path = root / "lexicon" / "ru-uk.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('sigils = "killers"', 'sigils = "assassins"'), encoding="utf-8")
    monkeypatch.setenv("MT_REPAIR_RULES", str(root))
    lexicon.builtin_entries.cache_clear()
    try:
        entry = [e for e in lexicon.builtin_entries() if e.key == "sigils"][0]
        assert entry.forms[("sigils",)] == ("assassins",)
    finally:
        monkeypatch.undo()
        lexicon.builtin_entries.cache_clear()


@pytest.fixture
def rules_copy(tmp_path, monkeypatch):
    """A copy of rules/ that MT_REPAIR_RULES points to while the test edits it, and the settings
    it holds read afresh (and again from the real rules/ afterwards)."""
    import shutil

    root = tmp_path / "rules"
    shutil.copytree(rules_dir(), root)
    monkeypatch.setenv("MT_REPAIR_RULES", str(root))
    lexicon.settings.cache_clear()
    yield root
    monkeypatch.undo()
    lexicon.settings.cache_clear()


def test_a_rule_file_edited_since_its_compiled_copy_is_read_from_its_toml(rules_copy):
    # the compiled copy of rules/*.toml is used only while a file's hash matches: an edited rule
    # file is parsed again, not read stale
    path = rules_copy / "lexicon.toml"
    text = path.read_text(encoding="utf-8")
    assert "\nsafe_at = 0.9\n" in text
    path.write_text(text.replace("\nsafe_at = 0.9\n", "\nsafe_at = 0.95\n"), encoding="utf-8")
    assert lexicon.settings().safe_at == 0.95


@pytest.mark.parametrize("damage", ["[1, 2]", "{\"lexicon.toml\": {\"data\": {}}}", "{\"lexicon.toml\": 3}", "not json"])
def test_a_damaged_compiled_copy_is_ignored(rules_copy, damage):
    # the compiled copy is a cache: one of another shape (hand-edited, truncated) is never
    # trusted, and the TOML is parsed instead
    (rules_copy / rules.COMPILED).write_text(damage, encoding="utf-8")
    assert lexicon.settings().safe_at == 0.9
