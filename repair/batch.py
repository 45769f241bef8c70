"""The check/fix loop over a batch of files: one bad file never stops the others."""

from __future__ import annotations

import dataclasses
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from . import config as config_mod
from . import engine, files
from .report import FileResult, render
from .report.diff import unified

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


@dataclass(frozen=True)
class Options:
    """What one worker needs to process one file: picklable for -j."""

    mode: str  # check | fix
    unsafe_fixes: bool = False
    diff: bool = False
    encoding: str | None = None
    overrides: tuple[tuple[str, object], ...] = ()  # CLI flags over the config
    config_file: str | None = None
    isolated: bool = False
    cache: bool = True  # use the result cache (repair/cache.py); off when the grammar pass runs


@dataclass
class Outcome:
    path: str
    result: FileResult | None = None
    error: str | None = None
    messages: list[str] = field(default_factory=list)  # one-line warnings (a pass that failed …)
    diff: str = ""
    wrote: bool = False
    changed: bool = False  # fix produced different text (written, diffed or sent to stdout)


_config_cache: dict[str, config_mod.Config] = {}


def config_for(path: str, options: Options) -> config_mod.Config:
    """The file's config: --config, or the nearest one walking up from the file, then CLI flags."""
    if options.isolated:
        base = config_mod.Config()
    elif options.config_file:
        key = options.config_file
        base = _config_cache.get(key) or config_mod.load(Path(options.config_file))
        _config_cache[key] = base
    else:
        folder = str(Path(path).resolve().parent) if path != files.STDIN else os.getcwd()
        base = _config_cache.get(folder)
        if base is None:
            base = _config_cache[folder] = config_mod.discover(Path(folder))
    return base.replace(**dict(options.overrides)) if options.overrides else base


def process(path: str, options: Options) -> Outcome:
    try:
        cfg = config_for(path, options)
        source = files.read(path, options.encoding)
    except files.InputError as e:
        return Outcome(path, error=str(e))
    except config_mod.ConfigError as e:
        return Outcome(path, error=str(e))
    text = source.text
    try:
        return _process_text(path, text, cfg, options)
    except Exception as e:  # noqa: BLE001 - a pass marked the failure fatal (e.g. no grammar server with --grammar=on)
        if not getattr(e, "fatal", False):
            raise
        return Outcome(path, error=f"{path}: {e}")


def _process_text(path: str, text: str, cfg, options: Options) -> Outcome:
    key = None
    if options.cache and path != files.STDIN:
        from . import cache

        key = cache.key(text, cfg, f"{options.mode}:{options.unsafe_fixes}:{path}")
        findings = cache.get(key)
        if findings is not None:  # only results that needed no change are cached
            fixed = text if options.mode == "fix" else None
            return Outcome(path, FileResult(path, text, findings, fixed))
    outcome = _run_passes(path, text, cfg, options)
    if key is not None and not outcome.messages and not outcome.changed:
        from . import cache

        cache.put(key, outcome.result.findings)
    return outcome


def _run_passes(path: str, text: str, cfg, options: Options) -> Outcome:
    if options.mode == "check":
        res = engine.check(text, cfg, path)
        return Outcome(path, FileResult(path, text, res.findings), messages=res.errors)
    res = engine.fix(text, cfg, path, unsafe_fixes=options.unsafe_fixes)
    out = Outcome(path, FileResult(path, res.text, res.remaining, res.text, res.applied, res.not_converged))
    out.messages = list(res.errors)
    if res.not_converged:
        out.messages.append(f"{path}: fixes did not converge after {res.rounds} rounds: {', '.join(res.not_converged)}")
    if res.text != text:
        out.changed = True
        if options.diff:
            out.diff = unified(os.path.relpath(path) if path != files.STDIN else path, text, res.text)
        elif path != files.STDIN:
            try:
                files.write_atomic(path, res.text, options.encoding)
                out.wrote = True
            except OSError as e:
                return Outcome(path, error=f"{path}: cannot write: {e.strerror}")
    return out


def options_from_args(args) -> Options:
    overrides = {}
    for name in ("select", "extend_select", "ignore", "extensions", "grammar", "language"):
        value = getattr(args, name, None)
        if value:
            overrides[name] = value
    if overrides.get("extensions"):
        overrides["extensions"] = tuple(e if e.startswith(".") else "." + e for e in overrides["extensions"])
    return Options(
        mode=args.command,
        unsafe_fixes=args.unsafe_fixes,
        diff=getattr(args, "diff", False),
        encoding=args.encoding,
        overrides=tuple(overrides.items()),
        config_file=args.config,
        isolated=args.isolated,
        cache=not args.no_cache,
    )


def run_batch(args) -> int:
    options = options_from_args(args)
    try:
        root_cfg = config_for(args.paths[0] if args.paths else ".", options)
    except config_mod.ConfigError as e:
        print(f"mt-repair: {e}", file=sys.stderr)
        return EXIT_ERROR
    if root_cfg.grammar != "off":
        # Find or start the grammar server once, before workers fork, so that they inherit the
        # answer and "skipped" is said once per run.
        from .passes import grammar

        try:
            grammar.preflight(root_cfg)
        except grammar.GrammarUnavailable as e:
            print(f"mt-repair: {e}", file=sys.stderr)
            return EXIT_ERROR
        if grammar.server_in_use(root_cfg):
            # LanguageTool's answers depend on a server the cache key cannot see.
            options = dataclasses.replace(options, cache=False)
    paths, errors = [], []
    for item in files.iter_paths(args.paths, root_cfg.extensions, root_cfg.exclude):
        (errors if isinstance(item, files.InputError) else paths).append(str(item))
    for e in errors:
        print(f"mt-repair: {e}", file=sys.stderr)
    if files.STDIN in paths and len(paths) > 1:
        print("mt-repair: - (standard input) cannot be mixed with other paths", file=sys.stderr)
        return EXIT_ERROR

    outcomes = _run(paths, options, args.jobs, progress=not args.quiet)
    results: list[FileResult] = []
    failed = len(errors)
    for o in outcomes:
        for m in o.messages:
            print(f"mt-repair: {m}", file=sys.stderr)
        if o.error:
            failed += 1
            print(f"mt-repair: {o.error}", file=sys.stderr)
        else:
            results.append(o.result)

    if args.changed_since:
        from .changed import keep_changed_lines

        try:
            results = keep_changed_lines(results, args.changed_since)
        except ValueError as e:
            print(f"mt-repair: {e}", file=sys.stderr)
            return EXIT_ERROR

    stdin_fix = options.mode == "fix" and paths == [files.STDIN] and not options.diff
    out = sys.stderr if stdin_fix else sys.stdout
    if stdin_fix and outcomes and outcomes[0].result:
        sys.stdout.write(outcomes[0].result.text)
    if options.diff:
        sys.stdout.write("".join(o.diff for o in outcomes))
    if not args.quiet:
        report = render(args.format, results, explain=args.explain, unsafe_fixes=options.unsafe_fixes)
        if report and not (options.diff and args.format == "text"):
            out.write(report)
        if args.format == "text" and not args.no_summary:
            from .report.text import summary

            fixed_files = sum(1 for o in outcomes if o.changed)
            print(summary(results, fixed_files, failed), file=sys.stderr if options.diff else out)

    if failed:
        return EXIT_ERROR
    if args.exit_zero:
        return EXIT_CLEAN
    if options.diff and any(o.diff for o in outcomes):
        return EXIT_FINDINGS
    return EXIT_FINDINGS if any(r.findings for r in results) else EXIT_CLEAN


def _run(paths: list[str], options: Options, jobs: int, progress: bool = True) -> list[Outcome]:
    """Process every path, showing a progress bar on a terminal when the batch takes a while."""
    from .progress import Progress

    jobs = jobs or os.cpu_count() or 1
    outcomes: list[Outcome] = []
    with Progress(len(paths) if progress and files.STDIN not in paths else 0) as bar:
        if jobs <= 1 or len(paths) < 4 or files.STDIN in paths:
            for p in paths:
                outcomes.append(process(p, options))
                bar.update()
            return outcomes
        from concurrent.futures import ProcessPoolExecutor

        chunk = max(1, min(64, len(paths) // (jobs * 4)))
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for outcome in pool.map(process, paths, [options] * len(paths), chunksize=chunk):
                outcomes.append(outcome)
                bar.update()
    return outcomes
