"""Configuration: found by walking up from each file, overridden by CLI flags, and an invalid
value is a one-line error (exit 2) that names the file and the key."""

from __future__ import annotations

import json

import pytest

from repair import config as config_mod
from repair.cli import main
from repair.config import Config, ConfigError, discover, from_table

BAD = "One  two , three.\n"  # spacing.double-space and spacing.before-punctuation


def rules_found(capsys) -> list[tuple[str, str]]:
    return sorted((f["path"].replace("\\", "/").split("/")[-1], f["rule"]) for f in json.loads(capsys.readouterr().out))


@pytest.fixture
def project(tmp_path, monkeypatch):
    """root/pyproject.toml ([tool.mt-repair]) ⊃ root/docs/ ⊃ root/docs/legacy/mt-repair.toml."""
    from repair import batch

    monkeypatch.setattr(batch, "_config_cache", {})
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.mt-repair]\ngrammar = "off"\nselect = ["spacing"]\n'
        'ignore = ["spacing.before-punctuation"]\n', encoding="utf-8")
    docs = tmp_path / "docs"
    (docs / "legacy").mkdir(parents=True)
    (docs / "a.txt").write_text(BAD, encoding="utf-8")
    (docs / "legacy" / "b.txt").write_text(BAD, encoding="utf-8")
    (docs / "legacy" / "mt-repair.toml").write_text('grammar = "off"\nselect = ["spacing.before-punctuation"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_nearest_config_applies_to_each_file(project, capsys):
    assert main(["check", "--format=json", "docs"]) == 1
    assert rules_found(capsys) == [("a.txt", "spacing.double-space"), ("b.txt", "spacing.before-punctuation")]


def test_cli_flags_override_the_config(project, capsys):
    main(["check", "--format=json", "--ignore", "spacing.double-space", "--select", "spacing", "docs"])
    assert rules_found(capsys) == [("a.txt", "spacing.before-punctuation"), ("b.txt", "spacing.before-punctuation")]


def test_isolated_and_explicit_config(project, capsys):
    main(["check", "--format=json", "--isolated", "--grammar=off", "--select=spacing", "docs/a.txt"])
    assert len(rules_found(capsys)) == 2
    main(["check", "--format=json", "--config", "docs/legacy/mt-repair.toml", "docs/a.txt"])
    assert rules_found(capsys) == [("a.txt", "spacing.before-punctuation")]


def test_per_file_ignores_by_glob(project, capsys):
    (project / "pyproject.toml").write_text(
        '[tool.mt-repair]\ngrammar = "off"\nselect = ["spacing"]\n\n'
        '[tool.mt-repair.per-file-ignores]\n"docs/*.txt" = ["spacing.double-space"]\n', encoding="utf-8")
    (project / "docs" / "c.md").write_text(BAD, encoding="utf-8")
    main(["check", "--format=json", str(project / "docs/a.txt"), "docs/c.md"])  # globs are relative to the config
    assert rules_found(capsys) == [("a.txt", "spacing.before-punctuation"), ("c.md", "spacing.before-punctuation"),
                                   ("c.md", "spacing.double-space")]


def test_extensions_from_config(project, capsys):
    (project / "docs" / "d.rst").write_text(BAD, encoding="utf-8")
    (project / "pyproject.toml").write_text('[tool.mt-repair]\ngrammar = "off"\nselect = ["spacing.double-space"]\n'
                                            'extensions = ["rst"]\n', encoding="utf-8")
    main(["check", "--format=json", "docs"])
    assert [name for name, _ in rules_found(capsys)] == ["d.rst"]


def test_protected_terms_are_never_changed(tmp_path):
    cfg = Config(grammar="off", select=("spacing",), protected_terms=("Brand  Name",))
    from repair import engine

    text = "We sell Brand  Name here.  Really.\n"
    assert engine.fix(text, cfg).text == "We sell Brand  Name here. Really.\n"


def test_pyproject_without_our_table_is_skipped(tmp_path):
    (tmp_path / "mt-repair.toml").write_text('language = "en-GB"\n', encoding="utf-8")
    inner = tmp_path / "pkg"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[tool.other]\nx = 1\n', encoding="utf-8")
    assert discover(inner).language == "en-GB"


def test_all_documented_keys_load(tmp_path):
    lexicon = tmp_path / "words.toml"
    lexicon.write_text("", encoding="utf-8")
    (tmp_path / "mt-repair.toml").write_text(
        """
select = ["spacing", "names"]
extend-select = ["suppress.unused"]
ignore = ["spacing.double-space"]
extra-safe = ["names.consistency"]
extra-unsafe = ["spacing.before-punctuation"]
extensions = ["txt", ".md", "rst"]
exclude = ["drafts/*"]
protected-terms = ["Gazprom"]
name-genders = ["Sasha Petrenko = female", "Kim Lee=male"]
lexicon = "words.toml"
allow-words = ["oblast"]
grammar = "off"
language = "en-GB"
report-unused-suppressions = true

[per-file-ignores]
"interviews/*.md" = ["pronouns"]
""", encoding="utf-8")
    cfg = discover(tmp_path)
    assert cfg.extensions == (".txt", ".md", ".rst")
    assert cfg.name_genders == (("Sasha Petrenko", "female"), ("Kim Lee", "male"))
    assert cfg.lexicon == str(lexicon.resolve())
    assert cfg.per_file_ignores == (("interviews/*.md", ("pronouns",)),)
    assert cfg.report_unused_suppressions and cfg.language == "en-GB"
    assert cfg.rule_enabled("suppress.unused") and cfg.rule_enabled("names.x") and not cfg.rule_enabled("spacing.double-space")
    assert not cfg.rule_enabled("pronouns.gender", "interviews/a.md") and cfg.rule_enabled("names.x", "interviews/a.md")


@pytest.mark.parametrize(
    "body, key",
    [
        ('selct = ["spacing"]', "selct"),
        ('select = "spacing"', "select"),
        ('grammar = "sometimes"', "grammar"),
        ('language = "fr-FR"', "language"),
        ('max-rounds = 0', "max-rounds"),
        ('report-unused-suppressions = "yes"', "report-unused-suppressions"),
        ('name-genders = { "Sasha Petrenko" = "f" }', "name-genders"),
        ('name-genders = ["Sasha Petrenko female"]', "name-genders"),
        ('lexicon = "missing.toml"', "lexicon"),
        ('ignore = ["spacing double"]', "ignore"),
        ('select = ["spacng"]', "select"),
        ('extra-safe = ["nosuchfamily.rule"]', "extra-safe"),
        ('[per-file-ignores]\n"*.md" = "spacing"', "per-file-ignores"),
    ],
)
def test_invalid_config_exits_2_naming_the_key(tmp_path, monkeypatch, capsys, body, key):
    from repair import batch

    monkeypatch.setattr(batch, "_config_cache", {})
    (tmp_path / "mt-repair.toml").write_text(body + "\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Fine.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "a.txt"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert f"'{key}'" in err and "mt-repair.toml" in err


def test_invalid_toml_and_a_close_match_hint(tmp_path):
    path = tmp_path / "mt-repair.toml"
    path.write_text("select = [\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        config_mod.load(path)
    path.write_bytes(b"select = [\"spacing\"]\n# caf\xe9\n")  # Latin-1, not UTF-8
    with pytest.raises(ConfigError, match="not valid TOML"):
        config_mod.load(path)
    with pytest.raises(ConfigError, match="did you mean 'protected-terms'"):
        from_table({"protected-term": ["x"]}, "pyproject.toml")
    with pytest.raises(ConfigError, match="no rule family 'spacng' \\(did you mean 'spacing'\\?\\)"):
        from_table({"ignore": ["spacng.double-space"]}, "pyproject.toml")
    assert from_table({"select": ["ALL"], "ignore": ["languagetool.EN_A_VS_AN"]}, "x").select == ("ALL",)


def test_pyproject_table_errors_name_the_table(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.mt-repair]\ngrammar = 1\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\[tool.mt-repair\] 'grammar' must be a string"):
        config_mod.load(path)
