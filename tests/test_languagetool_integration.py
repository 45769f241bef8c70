"""The grammar pass against a real LanguageTool server (the `languagetool_url` session fixture in
conftest.py starts one, or reuses the developer's). No stand-in for LanguageTool here."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from repair import engine
from repair.config import Config
from repair.document import Document
from repair.languagetool import server
from repair.model import Applicability
from repair.passes import grammar

pytestmark = pytest.mark.languagetool


@pytest.fixture
def cfg(languagetool_url):
    return Config(grammar="on", languagetool_url=languagetool_url)


def _lt(findings, rule=None):
    return [f for f in findings if f.source == "languagetool" and (rule is None or f.rule == f"languagetool.{rule}")]


def test_server_answers_status(languagetool_url):
    assert server.answers(languagetool_url)


def test_grammar_error_found_with_its_span(cfg):
    text = "The results was announced on Monday."
    (f,) = _lt(engine.check(text, cfg).findings, "AGREEMENT_SENT_START")
    assert (f.start, f.end, f.text) == (12, 15, "was")
    assert f.category == "fluency/grammar" and f.replacement == "were"
    assert f.applicability is Applicability.UNSAFE


def test_safe_fix_applied_and_unsafe_left_for_review(cfg):
    text = "She bought a apple at the market. The results was announced on Monday."
    res = engine.fix(text, cfg)
    assert res.text == "She bought an apple at the market. The results was announced on Monday."
    assert [f.rule for f in res.applied] == ["languagetool.EN_A_VS_AN"]
    assert _lt(res.remaining, "AGREEMENT_SENT_START"), "the unsafe finding disappeared"
    unsafe = engine.fix(text, cfg, unsafe_fixes=True)
    assert unsafe.text == "She bought an apple at the market. The results were announced on Monday."


def test_repeated_word_fixed(cfg):
    res = engine.fix("The mayor said the the budget was approved.", cfg)
    assert res.text == "The mayor said the budget was approved."


def test_spelling_on_a_proper_noun_is_display_only(cfg):
    text = "The delegation from Oblivka arrived on Tuesday."
    (f,) = _lt(engine.check(text, cfg).findings, "MORFOLOGIK_RULE_EN_US")
    assert f.text == "Oblivka" and f.category == "fluency/spelling"
    assert f.fix is None or f.fix.applicability is Applicability.DISPLAY
    assert engine.fix(text, cfg, unsafe_fixes=True).text == text


def test_a_persons_name_is_never_a_misspelling(cfg):
    text = "Councillor Ksenia Thorstrom said the budget was approved. Thorstrom voted against it."
    assert not _lt(engine.check(text, cfg).findings, "MORFOLOGIK_RULE_EN_US")


def test_quotes_news_style_and_optional_commas(cfg):
    continued = "“We will rebuild the bridge this year,” the mayor said. “The money is there.\n\n“The council voted for it.”"
    # The pass alone: in the engine the quotes pass's own finding would win the overlap anyway.
    assert not _lt(grammar.run(Document(continued), cfg), "EN_UNPAIRED_QUOTES")
    unclosed = "The mayor said “the money is there. The council voted for it in March."
    assert _lt(grammar.run(Document(unclosed), cfg), "EN_UNPAIRED_QUOTES")
    (comma,) = _lt(engine.check("They used to support the plan and now they feel cheated.", cfg).findings,
                   "COMMA_COMPOUND_SENTENCE")
    assert comma.fix.applicability is Applicability.DISPLAY


def test_emoji_before_an_error_does_not_shift_the_span(cfg):
    text = "Great day 😀🎉 for the city 𝕏. The results was announced on Monday."
    (f,) = _lt(engine.check(text, cfg).findings, "AGREEMENT_SENT_START")
    assert f.text == "was" and f.start == text.index(" was ") + 1
    assert engine.fix(text, cfg, unsafe_fixes=True).text.endswith("The results were announced on Monday.")


def test_long_document_in_many_batches_keeps_every_span(cfg):
    clean = "The council met on Tuesday to discuss the new bridge over the river near the old mill. "
    paragraphs = []
    for i in range(40):
        emoji = "🙂 " * (i % 3)
        paragraphs.append(f"{emoji}Item {i}. {clean * 2}She bought a apple at the market.")
    text = "\n\n".join(paragraphs) + "\n"
    assert len(grammar.batches(Document(text))) >= 2, "the text should need several batches"
    found = _lt(engine.check(text, cfg).findings, "EN_A_VS_AN")
    assert len(found) == 40
    assert all(f.text == "a" and text[f.start : f.start + 8] == "a apple " for f in found)


def test_config_disables_a_rule_and_picks_the_variant(languagetool_url):
    base = Config(grammar="on", languagetool_url=languagetool_url)
    text = "The results was announced. Our colour scheme is new."
    assert not _lt(engine.check(text, base.replace(languagetool_disable=("languagetool.AGREEMENT_SENT_START",))).findings,
                   "AGREEMENT_SENT_START")
    us = {f.text for f in _lt(engine.check(text, base).findings, "MORFOLOGIK_RULE_EN_US")}
    gb = _lt(engine.check(text, base.replace(language="en-GB")).findings)
    assert "colour" in us
    assert not [f for f in gb if f.text == "colour"]
    quoted = 'He said "hello" to the mayor.'
    assert not _lt(engine.check(quoted, base).findings, "EN_QUOTES")
    (picky,) = _lt(engine.check(quoted, base.replace(picky=True)).findings, "EN_QUOTES")
    assert picky.fix is None or picky.fix.applicability is Applicability.DISPLAY


def test_cli_fix_writes_the_safe_fix_and_reports_the_rest(languagetool_url, tmp_path):
    p = tmp_path / "story.txt"
    p.write_text("She bought a apple at the market.\n\nThe results was announced on Monday.\n", encoding="utf-8")
    env = dict(os.environ, MT_REPAIR_LANGUAGETOOL_URL=languagetool_url)
    proc = subprocess.run([sys.executable, "-m", "repair", "fix", "--isolated", "--grammar=auto", str(p)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert p.read_text(encoding="utf-8") == "She bought an apple at the market.\n\nThe results was announced on Monday.\n"
    assert "languagetool.AGREEMENT_SENT_START" in proc.stdout
