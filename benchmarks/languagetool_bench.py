"""LanguageTool through mt-repair vs LanguageTool alone; the server's start-up time and memory.

    .venv/bin/python benchmarks/languagetool_bench.py              # starts its own server
    .venv/bin/python benchmarks/languagetool_bench.py --url http://127.0.0.1:8081   # reuse one

What is compared, on the same machine and server:
  alone     one POST of the whole text to /v2/check (urllib), the way any client would call it;
  mt-repair the grammar pass on a Document of that text: paragraph batches, requests in parallel,
            UTF-16 → code-point mapping, findings with explanations (results cache cleared).
LanguageTool caches checked sentences, so every measured text is new to the server: texts are
generated from sentence templates with random names and numbers (seeded), and the two ways take
turns so that drift in machine load hits both alike. Overhead = mt-repair time / alone time − 1.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from repair.config import Config  # noqa: E402
from repair.document import Document  # noqa: E402
from repair.languagetool import server  # noqa: E402
from repair.languagetool.client import Client  # noqa: E402
from repair.passes import grammar  # noqa: E402

TOWNS = ["Oakridge", "Millbrook", "Eastfield", "Harlow", "Kestrel Bay", "Northam", "Westmere", "Ashby"]
PEOPLE = ["Maria Lindqvist", "Tomasz Nowak", "Aisha Bello", "Kenji Watanabe", "Olena Koval", "David Reyes"]
THINGS = ["bridges", "schools", "bus routes", "clinics", "parks", "libraries", "water pipes"]
TEMPLATES = [
    "On {day}, the council of {town} approved {n} new {thing} at a cost of {m} million dollars.",
    "{person} said the plan for {town} was late, and that {n} residents had written to complain.",
    "The the committee met {n} times last year and discussed {thing} in {town}.",
    "She bought a apple and {n} oranges at the market in {town} before the vote on {thing}.",
    "According to {person}, the results was announced {n} days after the count in {town}.",
    "“We will build {n} more {thing} by {year},” {person} told reporters in {town} on {day}.",
    "Officials in {town} did not say when the {n} {thing} would reopen, a spokesman for {person} said.",
    "Critics argue that {m} million dollars for {thing} in {town} is to much for a city of {k} people.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def make_text(seed: int, chars: int) -> str:
    rnd = random.Random(seed)
    paragraphs, size = [], 0
    while size < chars:
        sentences = []
        for _ in range(rnd.randint(3, 6)):
            t = rnd.choice(TEMPLATES)
            sentences.append(t.format(day=rnd.choice(DAYS), town=rnd.choice(TOWNS), person=rnd.choice(PEOPLE),
                                      thing=rnd.choice(THINGS), n=rnd.randint(2, 9999), m=rnd.randint(2, 999),
                                      k=rnd.randint(1000, 900000), year=rnd.randint(2026, 2040)))
        paragraphs.append(" ".join(sentences))
        size += len(paragraphs[-1]) + 2
    return "\n\n".join(paragraphs) + "\n"


def alone(url: str, text: str, language: str) -> int:
    body = urllib.parse.urlencode({"language": language, "text": text}).encode()
    with urllib.request.urlopen(url.rstrip("/") + "/v2/check", body, timeout=300) as r:
        return len(json.load(r)["matches"])


class _TimedClient(Client):
    """Adds up the time spent waiting for the server, so mt-repair's own time can be told apart."""

    waited = 0.0

    def check(self, text, options):
        t0 = time.perf_counter()
        try:
            return super().check(text, options)
        finally:
            _TimedClient.waited += time.perf_counter() - t0


def through_mt_repair(config: Config, text: str, workers: int = grammar.WORKERS) -> int:
    grammar._cache.clear()
    grammar._client(config.languagetool_url).workers = workers
    findings = grammar.run(Document(text), config)
    # Count LanguageTool's own matches (before spelling on people's names is dropped), so the
    # figure compares with "alone".
    return sum(len(m) for m in grammar._cache.values()) if findings is not None else 0


def rss_mb(pid: int) -> tuple[float, float]:
    """(current, peak) resident memory of a process in MB, from /proc."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", help="use this running server (no start-up or memory figures)")
    ap.add_argument("--chars", type=int, default=20000, help="characters per text (default 20000)")
    ap.add_argument("--rounds", type=int, default=5, help="texts per way (default 5)")
    ap.add_argument("--language", default="en-US")
    args = ap.parse_args()

    folder = None
    pid = None
    if args.url:
        url = args.url
    else:
        folder = Path(tempfile.mkdtemp(prefix="mt-repair-bench-"))
        t0 = time.perf_counter()
        state = server.start(port=server.free_port(), language=args.language, folder=folder, quiet=True)
        startup = time.perf_counter() - t0
        url, pid = state.url, state.pid
        print(f"start-up: {startup:.1f} s from launch to the first answer (pipelines pre-warmed for {args.language})")
        print(f"memory after start-up: {rss_mb(pid)[0]:.0f} MB resident (heap limit {server.HEAP[4:]})")
    try:
        config = Config(grammar="on", languagetool_url=url, language=args.language)
        grammar._clients[url] = _TimedClient(url, workers=grammar.WORKERS)
        # Warm both paths (JIT, pipelines for these exact settings) on a text that is not measured.
        warm = make_text(10_000, args.chars)
        alone(url, warm, args.language)
        through_mt_repair(config, make_text(10_001, args.chars))

        ways = ("alone", "mt-repair", "mt-repair, one request at a time")
        times = {w: [] for w in ways}
        found = {w: 0 for w in ways}
        seed = 0
        own = 0.0  # time of the serial mt-repair runs not spent waiting for the server
        for r in range(args.rounds):
            order = ways if r % 2 == 0 else ways[::-1]
            for way in order:
                seed += 1
                text = make_text(seed, args.chars)
                t0 = time.perf_counter()
                if way == "alone":
                    n = alone(url, text, args.language)
                else:
                    serial = "one request" in way
                    _TimedClient.waited = 0.0
                    n = through_mt_repair(config, text, workers=1 if serial else grammar.WORKERS)
                times[way].append(time.perf_counter() - t0)
                if way != "alone" and serial:
                    own += times[way][-1] - _TimedClient.waited
                found[way] += n
        total_chars = args.rounds * args.chars
        for way in ways:
            t = sum(times[way])
            print(f"{way:>32}: {total_chars / t:6.0f} chars/s  (median {statistics.median(times[way]):.2f} s per "
                  f"{args.chars}-char text; {found[way]} LanguageTool matches)")
        for way in ways[1:]:
            overhead = sum(times[way]) / sum(times["alone"]) - 1
            print(f"overhead of {way}: {overhead * 100:+.1f} % (wall clock; target < 10 %)")
        serial = sum(times[ways[2]])
        print(f"mt-repair's own time (Document, batching, offsets, findings): {own:.2f} s of {serial:.2f} s "
              f"= {own / serial * 100:.1f} % (the rest is waiting for LanguageTool)")
        if pid:
            now, peak = rss_mb(pid)
            print(f"memory after the run: {now:.0f} MB resident, peak {peak:.0f} MB")
    finally:
        if folder is not None:
            server.stop(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
