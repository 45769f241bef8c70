"""The grammar pass and the LanguageTool plumbing without a server: offsets, the rule policy,
batching, the server's state records and what happens when no server answers.

The matches below are RECORDED responses of LanguageTool 6.8's /v2/check (trimmed to the fields
mt-repair reads), for the text in RECORDED_TEXT. The integration tests
(test_languagetool_integration.py) run the same paths against the real server.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repair import engine
from repair.config import Config
from repair.document import Document
from repair.languagetool import provision, server
from repair.languagetool.client import CheckOptions, Client, LanguageToolError, LanguageToolUnavailable
from repair.languagetool.offsets import Utf16Map
from repair.model import CATEGORIES, Applicability
from repair.passes import grammar

RECORDED_TEXT = "Mood 😀 today. He go to the the market and bought a apple from Zvenyhorodka."
RECORDED = [
    {"message": "The pronoun ‘He’ is usually used with a third-person or a past tense verb.", "offset": 18, "length": 2,
     "replacements": [{"value": "goes"}, {"value": "went"}],
     "rule": {"id": "HE_VERB_AGR", "description": "Agreement error: Non-third person/past tense verb with 'he/she/it' or a pronoun",
              "issueType": "grammar", "category": {"id": "GRAMMAR", "name": "Grammar"}}},
    {"message": "Possible typo: you repeated a word.", "offset": 24, "length": 7, "replacements": [{"value": "the"}],
     "rule": {"id": "ENGLISH_WORD_REPEAT_RULE", "description": "Word repetition (e.g. 'will will')", "issueType": "duplication",
              "category": {"id": "MISC", "name": "Miscellaneous"}}},
    {"message": "Use “an” instead of ‘a’ if the following word starts with a vowel sound, e.g. ‘an article’, ‘an hour’.",
     "offset": 50, "length": 1, "replacements": [{"value": "an"}],
     "rule": {"id": "EN_A_VS_AN", "description": "Use of 'a' vs. 'an'", "issueType": "misspelling",
              "category": {"id": "MISC", "name": "Miscellaneous"}}},
    {"message": "Possible spelling mistake found.", "offset": 63, "length": 12, "replacements": [],
     "rule": {"id": "MORFOLOGIK_RULE_EN_US", "description": "Possible spelling mistake", "issueType": "misspelling",
              "category": {"id": "TYPOS", "name": "Possible Typo"}}},
]


def _findings(text=RECORDED_TEXT, matches=RECORDED, base=0, allowed=frozenset()):
    doc = Document(text)
    umap = Utf16Map(text[base:])
    return [f for m in matches if (f := grammar.to_finding(doc, m, base, umap, allowed))]


# --- offsets ---------------------------------------------------------------------------------


def _u16(text: str, cp: int) -> int:
    return len(text[:cp].encode("utf-16-le")) // 2


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_every_utf16_offset_maps_back_to_its_code_point(text):
    m = Utf16Map(text)
    for cp in range(len(text) + 1):
        assert m.to_code_point(_u16(text, cp)) == cp


def test_a_span_covering_an_emoji_keeps_its_length():
    text = "go 😀😀 now"
    m = Utf16Map(text)
    start, end = m.span(_u16(text, 3), _u16(text, 5) - _u16(text, 3))
    assert text[start:end] == "😀😀"


def test_recorded_matches_after_an_emoji_land_on_their_words():
    found = {f.rule: f for f in _findings()}
    assert found["languagetool.HE_VERB_AGR"].text == "go"
    assert found["languagetool.ENGLISH_WORD_REPEAT_RULE"].text == "the the"
    assert found["languagetool.EN_A_VS_AN"].text == "a"
    assert found["languagetool.MORFOLOGIK_RULE_EN_US"].text == "Zvenyhorodka"


def test_batch_offsets_are_shifted_to_the_document():
    prefix = "First paragraph 😀.\n\n"
    text = prefix + RECORDED_TEXT
    found = {f.rule: f for f in _findings(text, base=len(prefix))}
    assert found["languagetool.HE_VERB_AGR"].text == "go"
    assert found["languagetool.HE_VERB_AGR"].start == text.index(" go ") + 1


# --- the policy in rules/languagetool.toml ---------------------------------------------------


def test_findings_carry_family_source_category_and_applicability():
    found = {f.rule: f for f in _findings()}
    agr = found["languagetool.HE_VERB_AGR"]
    assert (agr.source, agr.category, agr.applicability) == ("languagetool", "fluency/grammar", Applicability.UNSAFE)
    assert agr.replacement == "goes" and "“went”" in agr.explanation
    assert found["languagetool.EN_A_VS_AN"].applicability is Applicability.SAFE
    assert found["languagetool.ENGLISH_WORD_REPEAT_RULE"].category == "fluency/repetition"
    spelling = found["languagetool.MORFOLOGIK_RULE_EN_US"]
    assert spelling.category == "fluency/spelling" and spelling.applicability is None


def test_spelling_with_a_suggestion_is_display_only():
    match = dict(RECORDED[3], replacements=[{"value": "Zvenigorod"}])
    (f,) = _findings(matches=[match])
    assert f.fix.applicability is Applicability.DISPLAY and f.replacement == "Zvenigorod"


def test_policy_maps_into_project_categories_only():
    p = grammar.policy()
    assert set(p["categories"].values()) | set(p["rule_categories"].values()) <= set(CATEGORIES)
    assert p["safe"], "the safe allowlist is empty"
    assert grammar.category_of("SOME_NEW_RULE", "SOME_NEW_CATEGORY") == "fluency/grammar"
    assert grammar.applicability_of("SOME_NEW_RULE", "GRAMMAR", "grammar") is Applicability.UNSAFE
    assert grammar.applicability_of("SOME_STYLE_RULE", "STYLE", "style") is Applicability.DISPLAY


def test_spelling_on_a_persons_name_is_not_reported():
    text = "Councillor Ksenia Thorstrom said the vote was rigged."
    doc = Document(text)
    start = text.index("Thorstrom")
    match = {"message": "Possible spelling mistake found.", "offset": start, "length": len("Thorstrom"),
             "replacements": [{"value": "Thor strom"}], "rule": RECORDED[3]["rule"]}
    known = doc.entities.mention_at(start)
    assert known is not None and known.is_name, "the entity analysis no longer knows this name"
    assert grammar.to_finding(doc, match, 0, Utf16Map(text)) is None


CONTINUED_QUOTE = "“We will rebuild the bridge,” the mayor said. “The money is there.\n\n“The council voted for it.”"
UNPAIRED_QUOTES_RULE = {"id": "EN_UNPAIRED_QUOTES", "description": "Unpaired quotes", "issueType": "typographical",
                        "category": {"id": "PUNCTUATION", "name": "Punctuation"}}  # recorded, LanguageTool 6.8


def test_unpaired_quote_on_a_quotation_running_into_the_next_paragraph_is_not_reported():
    opening = CONTINUED_QUOTE.index("“The money")
    match = {"message": "Unpaired symbol: ‘”’ seems to be missing", "offset": opening, "length": 1,
             "replacements": [], "rule": UNPAIRED_QUOTES_RULE}
    assert not _findings(CONTINUED_QUOTE, [match])
    unclosed = "The mayor said “the money is there. The council voted for it."
    match = dict(match, offset=unclosed.index("“"))
    (f,) = _findings(unclosed, [match])
    assert f.text == "“" and f.category == "fluency/punctuation"


def test_spelling_on_an_allowed_word_is_not_reported():
    assert not _findings(matches=[RECORDED[3]], allowed={"zvenyhorodka"})


def test_options_take_rule_ids_with_or_without_the_family_prefix():
    cfg = Config(languagetool_disable=("languagetool.HE_VERB_AGR", "EN_A_VS_AN"), picky=True, language="en-GB")
    params = grammar.options_for(cfg).params()
    assert params["disabledRules"] == "EN_A_VS_AN,HE_VERB_AGR"
    assert params["level"] == "picky" and params["language"] == "en-GB"


@pytest.mark.parametrize(
    "select, ignore, asked",
    [((), (), True), (("languagetool",), (), True), (("languagetool.EN_A_VS_AN",), (), True),
     (("spacing",), (), False), ((), ("languagetool",), False), (("ALL",), (), True)],
)
def test_server_asked_only_when_a_languagetool_rule_can_be_reported(select, ignore, asked):
    assert grammar._family_selected(Config(select=select, ignore=ignore)) is asked


# --- batching ----------------------------------------------------------------------------------


def test_batches_are_whole_paragraphs_within_the_limit():
    paras = [f"Paragraph {i} " + "word " * (i * 7) for i in range(12)]
    text = "\n\n".join(paras) + "\n"
    doc = Document(text)
    spans = grammar.batches(doc, limit=120)
    starts = {p.start for p in doc.paragraphs}
    ends = {p.end for p in doc.paragraphs}
    assert all(s in starts and e in ends for s, e in spans)
    assert sum(text[s:e].count("Paragraph") for s, e in spans) == len(paras)
    for s, e in spans:
        assert e - s <= 120 or text[s:e].count("Paragraph") == 1, "a batch over the limit holds more than one paragraph"


# --- no server ------------------------------------------------------------------------------------


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_client_says_clearly_when_nothing_answers():
    with pytest.raises(LanguageToolUnavailable, match="no LanguageTool server answers"):
        Client(f"http://127.0.0.1:{_closed_port()}").check("text", CheckOptions())


def test_a_server_that_never_answers_ends_the_document_after_the_first_timeout():
    calls = []

    class Counting(Client):
        def check(self, text, options):
            calls.append(text)
            return super().check(text, options)

    with socket.socket() as silent:  # accepts connections (the kernel does), never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(16)
        client = Counting(f"http://127.0.0.1:{silent.getsockname()[1]}", timeout=0.3, workers=2)
        with pytest.raises(LanguageToolError, match="TimeoutError"):
            client.check_many([f"text {i}" for i in range(12)], CheckOptions())
        client._pool.shutdown(wait=True)  # whatever was still queued has run (or was cancelled)
    assert len(calls) <= 4, f"{len(calls)} requests sent to a server that had stopped answering"


def test_auto_without_a_server_skips_once_with_one_line(monkeypatch, capsys):
    monkeypatch.setattr(grammar, "_told_skipped", False)
    monkeypatch.setattr(grammar, "_found_url", None)
    for _ in range(3):
        assert engine.check("He go home.", Config(grammar="auto")).findings == []
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "grammar pass skipped" in err and "mt-repair server start" in err


def test_preflight_says_it_once_for_the_whole_run(monkeypatch, capsys):
    monkeypatch.setattr(grammar, "_told_skipped", False)
    monkeypatch.setattr(grammar, "_found_url", None)
    grammar.preflight(Config(grammar="auto"))
    grammar.preflight(Config(grammar="off", select=("languagetool",)))
    assert grammar.run(Document("He go home."), Config(grammar="auto")) == []
    assert capsys.readouterr().err.count("grammar pass skipped") == 1


def test_on_with_a_dead_server_fails_the_file_and_writes_nothing(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("He go  home.\n", encoding="utf-8")
    (tmp_path / "mt-repair.toml").write_text(f'languagetool-url = "http://127.0.0.1:{_closed_port()}"\n', encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "repair", "fix", "--grammar=on", str(p)],
                          capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert proc.returncode == 2
    errors = [ln for ln in proc.stderr.splitlines() if "a.txt" in ln]
    assert len(errors) == 1 and "no LanguageTool server answers" in errors[0]
    assert p.read_text(encoding="utf-8") == "He go  home.\n"


# --- server records ----------------------------------------------------------------------------------


def _dead_pid() -> int:
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


@pytest.mark.parametrize("pid", ["dead", "not-languagetool"])
def test_a_stale_record_is_dropped(tmp_path, pid):
    pid = _dead_pid() if pid == "dead" else os.getpid()
    server._write_state(tmp_path, server.State(pid=pid, port=_closed_port(), started=0, log="x", jars="y"))
    assert server.running(tmp_path) is None
    assert server.read_state(tmp_path) is None


def test_status_reports_a_stale_record(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("MT_REPAIR_STATE_DIR", str(tmp_path))
    server._write_state(tmp_path, server.State(pid=_dead_pid(), port=1, started=0, log="x", jars="y"))
    assert server.cli_main("status") == 1
    assert "stale" in capsys.readouterr().out
    assert server.cli_main("status") == 1
    assert "no LanguageTool server running" in capsys.readouterr().out


def test_a_busy_port_is_refused_before_anything_starts(tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(server.ServerError, match=f"port {port} .* in use"):
            server.start(port=port, folder=tmp_path, quiet=True)
    assert server.read_state(tmp_path) is None


def test_stop_without_a_server_is_harmless(tmp_path):
    assert server.stop(tmp_path) is None


# --- provisioning -------------------------------------------------------------------------------------


def test_setup_skips_maven_when_the_jars_are_there(tmp_path, monkeypatch):
    monkeypatch.setenv("MT_REPAIR_LANGUAGETOOL_JARS", str(tmp_path))
    for name in ("languagetool-server-6.8.jar", "languagetool-core-6.8.jar", "language-en-6.8.jar"):
        (tmp_path / name).write_bytes(b"")
    assert not provision.jars_ready(), "a folder without the stamp counts as provisioned"
    (tmp_path / provision.STAMP).write_text(provision.pom_hash(), encoding="ascii")
    assert provision.jars_ready()
    monkeypatch.setattr(provision.shutil, "which", lambda name: pytest.fail(f"looked for {name}"))
    assert provision.setup(quiet=True) == tmp_path


def test_a_changed_pom_means_the_jars_are_fetched_again(tmp_path, monkeypatch):
    monkeypatch.setenv("MT_REPAIR_LANGUAGETOOL_JARS", str(tmp_path))
    for name in ("languagetool-server-6.7.jar", "languagetool-core-6.7.jar", "language-en-6.7.jar"):
        (tmp_path / name).write_bytes(b"")
    (tmp_path / provision.STAMP).write_text("0" * 64, encoding="ascii")
    assert not provision.jars_ready()
