"""The CLI contract other tools rely on: exit codes, JSON keys and offsets, stdin, --diff, batches."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from repair.cli import main

ROOT = Path(__file__).resolve().parent.parent
JSON_KEYS = {
    "path", "rule", "category", "severity", "message", "source", "start", "end", "line", "column",
    "end_line", "end_column", "text", "replacement", "applicability", "confidence", "explanation",
}


def run(args, capsys, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8"))))
    code = main(["--isolated" if a == "@iso" else a for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "clean.txt").write_text("A clean sentence.\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_text("Two  spaces and a comma , here.\n", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "note.md").write_text("Why now ?\n", encoding="utf-8")
    (sub / "ignored.rst").write_text("Two  spaces.\n", encoding="utf-8")
    return tmp_path


def test_check_clean_file_exits_0(folder, capsys):
    code, out, err = run(["check", "@iso", "--grammar=off", str(folder / "clean.txt")], capsys)
    assert code == 0
    assert out.splitlines() == ["1 file checked; 0 findings remaining."]


def test_check_findings_exit_1_and_text_format(folder, capsys):
    code, out, _ = run(["check", "@iso", "--grammar=off", "--no-summary", str(folder / "bad.txt")], capsys)
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith(f"{folder / 'bad.txt'}:1:4: spacing.double-space ")
    assert "(safe fix)" in lines[0]
    assert len(lines) == 2


def test_directory_recursion_uses_extensions(folder, capsys):
    code, out, _ = run(["check", "@iso", "--grammar=off", "--format=json", str(folder)], capsys)
    paths = {Path(f["path"]).name for f in json.loads(out)}
    assert paths == {"bad.txt", "note.md"}
    code, out, _ = run(["check", "@iso", "--grammar=off", "--format=json", "--extensions=rst", str(folder)], capsys)
    assert {Path(f["path"]).name for f in json.loads(out)} == {"ignored.rst"}


def test_json_keys_offsets_and_positions(tmp_path, capsys):
    text = "Line one.\r\n😀 emoji then  two spaces.\n"
    p = tmp_path / "e.txt"
    p.write_bytes(text.encode("utf-8"))
    code, out, _ = run(["check", "@iso", "--grammar=off", "--format=json", str(p)], capsys)
    assert code == 1
    (item,) = json.loads(out)
    assert JSON_KEYS <= set(item)
    assert item["text"] == text[item["start"] : item["end"]] == "  "
    assert (item["line"], item["column"]) == (2, 13)  # the emoji is one code point
    assert (item["end_line"], item["end_column"]) == (2, 15)
    assert item["replacement"] == " " and item["applicability"] == "safe"
    assert 0 <= item["confidence"] <= 1 and item["explanation"]


def test_fix_writes_in_place_and_second_run_is_clean(folder, capsys):
    code, _, _ = run(["fix", "@iso", "--grammar=off", str(folder)], capsys)
    assert code == 0
    assert (folder / "bad.txt").read_text(encoding="utf-8") == "Two spaces and a comma, here.\n"
    assert (folder / "sub" / "note.md").read_text(encoding="utf-8") == "Why now?\n"
    assert (folder / "sub" / "ignored.rst").read_text(encoding="utf-8") == "Two  spaces.\n"
    code, _, _ = run(["fix", "@iso", "--grammar=off", str(folder)], capsys)
    assert code == 0


def test_fix_exit_1_when_findings_remain(tmp_path, capsys):
    p = tmp_path / "glued.txt"
    p.write_text("The leader NavalnyFirst was  jailed.\n", encoding="utf-8")
    code, _, _ = run(["fix", "@iso", "--grammar=off", "--no-summary", str(p)], capsys)
    assert code == 1  # the display-only suggestion remains
    assert p.read_text(encoding="utf-8") == "The leader NavalnyFirst was jailed.\n"


def test_fix_diff_writes_nothing(folder, capsys):
    before = (folder / "bad.txt").read_bytes()
    code, out, _ = run(["fix", "@iso", "--grammar=off", "--diff", str(folder / "bad.txt")], capsys)
    assert code == 1
    assert (folder / "bad.txt").read_bytes() == before
    assert out.startswith("--- a/") and "\n-Two  spaces and a comma , here.\n+Two spaces and a comma, here.\n" in out


def test_check_stdin(capsys, monkeypatch):
    code, out, _ = run(["check", "@iso", "--grammar=off", "--format=json", "-"], capsys, "a  b\n", monkeypatch)
    assert code == 1
    assert json.loads(out)[0]["path"] == "-"


def test_fix_stdin_writes_repaired_text_to_stdout(capsys, monkeypatch):
    code, out, err = run(["fix", "@iso", "--grammar=off", "-"], capsys, "a  b , c\r\nx", monkeypatch)
    assert out == "a b, c\r\nx"
    assert code == 0


def test_bad_files_are_named_and_the_batch_goes_on(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("a  b\n", encoding="utf-8")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("café  au lait\n".encode("latin-1"))
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02  \x00")
    code, _, err = run(["fix", "@iso", "--grammar=off", str(latin1), str(tmp_path / "missing.txt"), str(binary), str(good)], capsys)
    assert code == 2
    assert good.read_text(encoding="utf-8") == "a b\n"
    assert latin1.read_bytes() == "café  au lait\n".encode("latin-1")  # never rewritten
    assert binary.read_bytes() == b"\x00\x01\x02  \x00"
    errors = [line for line in err.splitlines() if line.startswith("mt-repair: ")]
    assert any(str(latin1) in e and "not valid UTF-8" in e for e in errors)
    assert any("missing.txt" in e and "no such file" in e for e in errors)
    assert any(str(binary) in e and "binary" in e for e in errors)


def test_explicit_encoding_reads_and_writes_that_encoding(tmp_path, capsys):
    p = tmp_path / "latin1.txt"
    p.write_bytes("café  au lait\n".encode("latin-1"))
    code, _, _ = run(["fix", "@iso", "--grammar=off", "--encoding=latin-1", str(p)], capsys)
    assert code == 0
    assert p.read_bytes() == "café au lait\n".encode("latin-1")


def test_symlink_loop_is_reported_once(tmp_path, capsys):
    d = tmp_path / "d"
    d.mkdir()
    (d / "a.txt").write_text("x  y\n", encoding="utf-8")
    os.symlink(d, d / "loop")
    code, out, err = run(["check", "@iso", "--grammar=off", "--format=json", str(d)], capsys)
    assert code == 2
    assert len(json.loads(out)) == 1
    assert "directory loop" in err


def test_rules_lists_and_explains(capsys):
    code, out, _ = run(["rules"], capsys)
    assert code == 0
    assert any(line.startswith("spacing.double-space ") for line in out.splitlines())
    code, out, _ = run(["rules", "spacing.double-space"], capsys)
    assert code == 0 and "## Examples" in out and "corrected:" in out
    code, _, err = run(["rules", "no.such-rule"], capsys)
    assert code == 2 and "no rule" in err


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as e:
        main(["check", "--format=nope"])
    assert e.value.code == 2


def test_console_script_and_module_entry_points(tmp_path):
    p = tmp_path / "x.txt"
    p.write_text("a  b\n", encoding="utf-8")
    exe = Path(sys.executable).parent / "mt-repair"
    for cmd in ([str(exe)], [sys.executable, "-m", "repair"]):
        proc = subprocess.run([*cmd, "check", "--isolated", "--grammar=off", str(p)], capture_output=True, text=True)
        assert proc.returncode == 1, proc.stderr
        assert "spacing.double-space" in proc.stdout


def test_test_lexicon_runs_a_project_lexicon_self_test(tmp_path, capsys):
    good = tmp_path / "good.toml"
    good.write_text(
        '[[entry]]\nkey = "cabinet-office"\nforms = { cabinet = "office" }\ncontext = ["doctor*"]\n'
        'languages = ["ru"]\nconfidence = 0.7\nnote = "Russian ‘кабинет’ is an office or a surgery."\n'
        'examples = [{ text = "The doctor saw him in her cabinet.", fixed = "The doctor saw him in her office." }]\n'
        'good = ["The cabinet met on Monday."]\n',
        encoding="utf-8",
    )
    assert main(["test-lexicon", str(good)]) == 0
    assert "1 entries, 0 problems" in capsys.readouterr().out
    bad = tmp_path / "bad.toml"
    bad.write_text(good.read_text(encoding="utf-8").replace('fixed = "The doctor saw him in her office."', 'fixed = "wrong"'), encoding="utf-8")
    assert main(["test-lexicon", str(bad)]) == 1


def test_parallel_jobs_give_the_same_results_as_serial(tmp_path, capsys):
    texts = [
        "Anna Kowalska said he was tired.  She left , then returned.",
        "The price rose to 7,5 percent [the] The market fell.",
        "Clean text stays clean.",
        "“Quote closed wrongly.’ Why now ?",
        "A second  double space and the the repeat.",
        "Nothing here.",
    ]
    for i, text in enumerate(texts * 2):
        (tmp_path / f"f{i:02d}.txt").write_text(text + "\n", encoding="utf-8")
    outputs = []
    for jobs in ("1", "2"):
        main(["check", "--isolated", "--grammar=off", "--no-cache", "--format=json", "-j", jobs, str(tmp_path)])
        outputs.append(json.loads(capsys.readouterr().out))
    assert outputs[0] == outputs[1]
    assert len({f["path"] for f in outputs[0]}) >= 8


def _check_then_print(args: list[str], report: str, cwd=None) -> subprocess.CompletedProcess:
    """Run `check` with these arguments in a fresh interpreter, then the Python lines `report`
    (which print what the test asserts on): what start-up loads is seen only in a new process."""
    probe = f"import gc, sys\nfrom repair import cli, textre\ntry:\n    cli.main({args!r})\nexcept SystemExit:\n    pass\n{report}\n"
    return subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, cwd=cwd)


def test_a_check_that_reaches_no_server_loads_no_http_client(tmp_path):
    # start-up is what a pre-commit hook pays per call: `check` in the default grammar mode, with
    # no LanguageTool server running, must not import the HTTP stack (urllib.request and
    # http.client cost it about a fifth of its start-up)
    sample = tmp_path / "a.txt"
    sample.write_text("Anna Kowalska was elected mayor. He said he was surprised.\n", encoding="utf-8")
    out = _check_then_print(["check", str(sample)], "print(sorted(m for m in ('urllib.request', 'http.client', 'concurrent.futures') if m in sys.modules))")
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stderr


def test_a_check_of_one_short_file_compiles_only_the_patterns_it_runs(tmp_path):
    # the passes define about a hundred patterns, at nearly a millisecond each to compile; a
    # check of one short file runs a few of them, and compiles no others
    sample = tmp_path / "a.txt"
    sample.write_text("The council met on Monday.  It said little.\n", encoding="utf-8")
    report = "patterns = [p for p in gc.get_objects() if type(p) is textre.Pattern]\nprint(len(patterns), sum(p._compiled is not None for p in patterns))"
    out = _check_then_print(["check", "--isolated", "--grammar=off", "--no-cache", "-q", str(sample)], report, cwd=tmp_path)
    defined, compiled = map(int, out.stdout.split()[-2:])
    assert defined >= 50, out.stderr
    assert compiled <= defined // 4


def test_a_pattern_compiled_on_first_use_pickles_and_reports_its_errors():
    import pickle

    from repair import textre

    pattern = textre.compile(r"(?P<word>\p{Lu}\p{Ll}+) said")
    copy = pickle.loads(pickle.dumps(pattern))
    assert textre.search(copy, "Then Anna said no")["word"] == "Anna"
    assert copy.groupindex == {"word": 1}  # the compiled pattern's own attributes
    broken = textre.compile(r"(unclosed")
    with pytest.raises(textre.regex.error):
        textre.search(broken, "text")
