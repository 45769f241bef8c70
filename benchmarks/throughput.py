"""Speed and memory of the default pipeline (grammar off), side by side with codespell.

    .venv/bin/python benchmarks/throughput.py [--mb 4] [--files 10000] [--corpus DIR]

Reports, each as mt-repair's figure, codespell's figure on the same input in the same run, and
their ratio:
  1. throughput: MB/s of news text checked in one process (`-j 1`), whole command wall time;
  2. start-up: wall time of `check` on one small file (what a pre-commit hook pays per call),
     with the grammar pass off and in the default mode with no LanguageTool server running;
  3. a batch of many small files with the default `-j` (cores): wall time and peak RSS of the
     largest process.
The corpus is the clean news-like text kept in this repository (benchmarks/*/ corpora, seeds/),
tiled into ~5 KB files; `--corpus DIR` takes the .txt files of one folder instead (the State of
the Union addresses, `benchmarks/rarity/clean`, are real prose with few names, where the
benchmark's own stories name a person every few lines). codespell is only a yardstick for "a fast text linter people run on
every commit"; it does far less work per byte.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def corpus_texts(folder: Path | None = None) -> list[str]:
    if folder is not None:
        sources = sorted(folder.glob("*.txt"))
    else:
        sources = sorted((ROOT / "benchmarks").glob("*/**/*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
    texts = []
    for p in sources:
        try:
            texts.append(p.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            continue
    return [t for t in texts if t.strip()]


def write_corpus(folder: Path, total_bytes: int, file_bytes: int = 5000, max_files: int | None = None, source: Path | None = None) -> int:
    """Tile the corpus into files of about file_bytes; returns the bytes written."""
    texts = corpus_texts(source)
    paragraphs = [p for t in texts for p in t.split("\n\n") if p.strip()]
    written, n, i = 0, 0, 0
    while written < total_bytes and (max_files is None or n < max_files):
        chunk = []
        size = 0
        while size < file_bytes:
            para = paragraphs[i % len(paragraphs)]
            i += 1
            chunk.append(para)
            size += len(para.encode("utf-8")) + 2
        data = ("\n\n".join(chunk) + "\n").encode("utf-8")
        (folder / f"doc{n:05d}.txt").write_bytes(data)
        written += len(data)
        n += 1
    return written


# Runs a command and prints the peak RSS of its largest process: a fresh measuring process per
# command, since RUSAGE_CHILDREN keeps the maximum over every child ever waited for.
MEASURE = (
    "import resource, subprocess, sys, time; t = time.perf_counter();"
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL);"
    "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall seconds and the peak RSS (KB) of the largest process the command ran."""
    out = subprocess.run([sys.executable, "-c", MEASURE, *cmd], capture_output=True, text=True, check=True, env=env)
    wall, rss = out.stdout.split()
    return float(wall), int(rss)


def median_wall(cmd: list[str], runs: int, env: dict[str, str] | None = None) -> float:
    return statistics.median(timed(cmd, env)[0] for _ in range(runs))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=4.0, help="megabytes for the throughput run")
    ap.add_argument("--files", type=int, default=10000, help="files in the batch run (0 to skip)")
    ap.add_argument("--runs", type=int, default=7, help="runs of the start-up measurement")
    ap.add_argument("--corpus", type=Path, help="a folder whose .txt files make the corpus (default: the repository's)")
    args = ap.parse_args()
    if args.corpus is not None and not corpus_texts(args.corpus):
        print(f"{args.corpus}: no .txt files with text", file=sys.stderr)
        return 2
    mt = [str(BIN / "mt-repair"), "check", "--isolated", "--grammar=off", "--no-cache", "-q"]
    codespell = shutil.which("codespell", path=str(BIN)) or shutil.which("codespell")
    if not codespell:
        print("codespell not found: .venv/bin/pip install codespell", file=sys.stderr)
        return 2
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp, "big")
        big.mkdir()
        size = write_corpus(big, int(args.mb * 1_000_000), source=args.corpus)
        mt_wall, _ = timed([*mt, "-j", "1", str(big)])
        cs_wall, _ = timed([codespell, str(big)])
        mbs = size / 1e6
        rows.append(("throughput, one core (MB/s)", mbs / mt_wall, mbs / cs_wall))

        small = Path(tmp, "small.txt")
        small.write_text("The council met on Monday.  It said little.\n", encoding="utf-8")
        cs_start = median_wall([codespell, str(small)], args.runs)
        rows.append(("start-up, one small file (s)", median_wall([*mt, str(small)], args.runs), cs_start))
        # what the pre-commit hook pays: `check` in the default grammar mode, which looks for a
        # running LanguageTool server (none here: an empty state folder) and goes on without one
        no_server = {**os.environ, "MT_REPAIR_STATE_DIR": str(Path(tmp, "no-server"))}
        hook = [str(BIN / "mt-repair"), "check", "--isolated", "--no-cache", "-q", str(small)]
        rows.append(("start-up, default mode, no server (s)", median_wall(hook, args.runs, no_server), cs_start))

        if args.files:
            many = Path(tmp, "many")
            many.mkdir()
            write_corpus(many, 10**12, file_bytes=600, max_files=args.files, source=args.corpus)
            mt_wall, mt_rss = timed([*mt, str(many)])
            cs_wall, cs_rss = timed([codespell, str(many)])
            rows.append((f"{args.files} files, default -j (s)", mt_wall, cs_wall))
            rows.append(("peak RSS of the largest process (MB)", mt_rss / 1024, cs_rss / 1024))

    what = f"text from {args.corpus}" if args.corpus is not None else "news text"
    print(f"corpus: {size / 1e6:.1f} MB of {what}; {os.cpu_count()} cores; Python {sys.version.split()[0]}")
    print(f"| measure | mt-repair | codespell | ratio |")
    print(f"|---|---:|---:|---:|")
    for name, a, b in rows:
        print(f"| {name} | {a:.3g} | {b:.3g} | {a / b:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
