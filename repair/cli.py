"""Argument parsing and the batch loop; everything else is a call into the package."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

from . import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _csv(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip())


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", default=["."], help="files or folders; - reads standard input")
    p.add_argument("--format", choices=("text", "json", "github", "rdjson", "rdjsonl", "sarif"), default="text")
    p.add_argument("--select", type=_csv, help="only these rule ids or prefixes (comma-separated)")
    p.add_argument("--ignore", type=_csv, help="leave out these rule ids or prefixes")
    p.add_argument("--extend-select", type=_csv, help="also these rules, e.g. suppress.unused")
    p.add_argument("--extensions", type=_csv, help="file extensions read in folders (default .txt,.md)")
    p.add_argument("--config", help="a mt-repair.toml or pyproject.toml; default: found by walking up")
    p.add_argument("--isolated", action="store_true", help="ignore every configuration file")
    p.add_argument("--grammar", choices=("auto", "on", "off"), help="LanguageTool pass (default auto)")
    p.add_argument("--language", help="en-US, en-GB, … (LanguageTool's variant)")
    p.add_argument("--encoding", help="read files in this encoding instead of refusing non-UTF-8")
    p.add_argument("--unsafe-fixes", action="store_true", help="also apply (fix) or count (check) unsafe fixes")
    p.add_argument("--explain", action="store_true", help="text format: print each finding's evidence")
    p.add_argument("--changed-since", metavar="REF", help="report only lines added or changed since a git revision")
    p.add_argument("--no-cache", action="store_true", help="do not read or write the result cache")
    p.add_argument("--exit-zero", action="store_true", help="exit 0 even when findings remain")
    p.add_argument("--no-summary", action="store_true", help="text format: no summary line")
    p.add_argument("-j", "--jobs", type=int, default=0, help="files processed in parallel (default: cores)")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mt-repair", description="Find and repair machine-translation damage in English text."
    )
    parser.add_argument("--version", action="version", version=f"mt-repair {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    check = sub.add_parser("check", help="report findings")
    _add_common(check)
    fix = sub.add_parser("fix", help="apply safe fixes in place")
    _add_common(fix)
    fix.add_argument("--diff", action="store_true", help="print a unified diff; write nothing")

    golden = sub.add_parser("golden", help="compare seeds/ through the pipeline with golden/")
    golden.add_argument("--update", action="store_true", help="rewrite golden/ for review in git")
    golden.add_argument("--root", default=None, help="folder holding seeds/ and golden/")

    rules = sub.add_parser("rules", help="list the rules, or explain one")
    rules.add_argument("rule", nargs="?")
    rules.add_argument("--format", choices=("text", "json"), default="text")

    lexicon = sub.add_parser("test-lexicon", help="validate lexicon files and run their examples")
    lexicon.add_argument("files", nargs="*", help="project lexicon files (default: the built-in lexicon)")

    server = sub.add_parser("server", help="the local LanguageTool server")
    server.add_argument("action", choices=("start", "stop", "status", "setup"))
    server.add_argument("--port", type=int, default=None)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if argv is None:  # a process of our own, not a library caller's
        # The analysis makes many long-lived small objects (tokens, spans); the default
        # collection threshold would scan them again and again, freeing nothing.
        gc.freeze()
        gc.set_threshold(20_000, 50, 100)
    try:
        if args.command in ("check", "fix"):
            from .batch import run_batch

            return run_batch(args)
        if args.command == "golden":
            from .golden import run_golden

            return run_golden(Path(args.root) if args.root else None, update=args.update)
        if args.command == "rules":
            return _rules(args)
        if args.command == "test-lexicon":
            from .passes.lexicon import main as lexicon_main

            return lexicon_main(args.files)
        if args.command == "server":
            from .languagetool.server import cli_main

            return cli_main(args.action, port=args.port)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    return EXIT_ERROR


def _rules(args) -> int:
    import json

    from .rules import RuleError, all_rules

    try:
        rules = all_rules()
    except RuleError as e:
        print(f"mt-repair: {e}", file=sys.stderr)
        return EXIT_ERROR
    if args.rule:
        matches = [r for r in rules.values() if r.id == args.rule] or [
            r for r in rules.values() if r.id.startswith(args.rule.rstrip(".") + ".")
        ]
        if not matches:
            print(f"mt-repair: no rule {args.rule!r} (see `mt-repair rules`)", file=sys.stderr)
            return EXIT_ERROR
    else:
        matches = list(rules.values())
    if args.format == "json":
        print(json.dumps([_rule_dict(r) for r in matches], ensure_ascii=False, indent=2))
        return EXIT_CLEAN
    if not args.rule:
        width = max(len(r.id) for r in matches)
        for r in matches:
            print(f"{r.id:<{width}}  {r.category:<24}  {r.applicability.value:<7}  {r.summary}")
        return EXIT_CLEAN
    for r in matches:
        print(_explain_rule(r))
    return EXIT_CLEAN


def _rule_dict(r) -> dict:
    return {
        "id": r.id,
        "category": r.category,
        "applicability": r.applicability.value,
        "severity": r.severity.value,
        "summary": r.summary,
        "explanation": r.explanation,
        "examples": [{"text": e.text, "fixed": e.fixed} for e in r.bad],
        "good": list(r.good),
    }


def _explain_rule(r) -> str:
    out = [f"# {r.id}", "", r.summary, "", f"Category: {r.category}", f"Fix safety: {r.applicability.value}"]
    if r.explanation:
        out += ["", "## Why", r.explanation]
    if r.bad:
        out += ["", "## Examples"]
        for e in r.bad:
            out.append(f"  flagged:   {e.text!r}")
            if e.fixed is not None:
                out.append(f"  corrected: {e.fixed!r}")
    if r.good:
        out += ["", "## Left alone"] + [f"  {g!r}" for g in r.good]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.exit(main())
