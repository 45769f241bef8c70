"""Measure the mistranslation checks: false flags on clean text, detection on MT-damaged text,
the cost of loading their data, and their throughput.

    .venv/bin/python benchmarks/rarity/run.py

Clean text: benchmarks/rarity/clean/ (public-domain State of the Union addresses, see its
README). Damaged text: benchmarks/rarity/damaged.txt (one short document per line, the error
marked [[wrong=>intended]]). The last line printed is the one for the README.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from repair.config import Config  # noqa: E402
from repair.document import Document  # noqa: E402
from repair.passes import lexicon, rarity  # noqa: E402

MARK = re.compile(r"\[\[(.+?)=>(.+?)\]\]")
RARITY_ONLY = Config(grammar="off", ignore=("lexicon",))  # rarity without lexicon help
BOTH = Config(grammar="off")


def words(doc: Document) -> int:
    return sum(1 for t in doc.tokens if not t.text[0].isdigit())


def clean_figures() -> tuple[int, list, list]:
    n, rare_flags, lex_flags = 0, [], []
    for path in sorted((HERE / "clean").glob("*.txt")):
        doc = Document(path.read_text(encoding="utf-8"), str(path))
        n += words(doc)
        rare_flags += [(path.name, f.text) for f in rarity.run(doc, BOTH)]
        lex_flags += [(path.name, f.text, f.rule) for f in lexicon.run(doc, BOTH)]
    return n, rare_flags, lex_flags


def damaged_cases():
    for line in (HERE / "damaged.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        m = MARK.search(line)
        text = line[: m.start()] + m.group(1) + line[m.end() :]
        yield text, m.start(), m.start() + len(m.group(1)), m.group(1)


def damaged_figures() -> dict:
    cases = list(damaged_cases())
    out = {"cases": len(cases), "rare_cases": 0, "rarity": 0, "rarity_on_rare": 0, "lexicon": 0, "either": 0,
           "other_flags": 0, "words": 0, "missed": []}
    for text, start, end, wrong in cases:
        doc = Document(text)
        out["words"] += words(doc)
        is_rare = wrong.lower() not in rarity.common_words()
        r = list(rarity.run(doc, RARITY_ONLY))
        lx = lexicon.run(doc, BOTH)
        hit_r = any(f.start < end and start < f.end for f in r)
        hit_l = any(f.start < end and start < f.end for f in lx)
        out["other_flags"] += sum(1 for f in r + lx if not (f.start < end and start < f.end))
        out["rare_cases"] += is_rare
        out["rarity"] += hit_r
        out["rarity_on_rare"] += hit_r and is_rare
        out["lexicon"] += hit_l
        out["either"] += hit_r or hit_l
        if not (hit_r or hit_l):
            out["missed"].append(wrong)
    return out


LOAD_PROBE = """
import time
t0 = time.perf_counter()
import repair.engine
from repair.passes import lexicon, rarity
t1 = time.perf_counter()
lexicon.builtin_entries()
t2 = time.perf_counter()
rarity.common_words()
t3 = time.perf_counter()
print(f"{t2 - t1:.4f} {t3 - t2:.4f}")
"""


def load_costs(runs: int = 5) -> tuple[float, float]:
    """Median seconds to load the lexicon and the frequency list in a fresh interpreter."""
    lex, freq = [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", LOAD_PROBE], cwd=ROOT, capture_output=True, text=True, check=True)
        a, b = map(float, out.stdout.split())
        lex.append(a)
        freq.append(b)
    return sorted(lex)[runs // 2], sorted(freq)[runs // 2]


def throughput() -> float:
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((HERE / "clean").glob("*.txt")))
    lexicon.builtin_entries(), rarity.common_words()  # loaded already: measure the passes only
    t = time.perf_counter()
    doc = Document(text)
    doc.sentences, doc.tokens  # shared analysis, paid once by every pass together
    t_an = time.perf_counter()
    lexicon.run(doc, BOTH)  # as in the pipeline: rarity reuses the lexicon's findings
    list(rarity.run(doc, BOTH))
    t_end = time.perf_counter()
    return len(text.encode("utf-8")) / 1e6 / (t_end - t_an), len(text.encode("utf-8")) / 1e6 / (t_an - t)


def main() -> None:
    n, rare_flags, lex_flags = clean_figures()
    d = damaged_figures()
    lex_s, freq_s = load_costs()
    mbps, analysis_mbps = throughput()
    per10k = len(rare_flags) / n * 10000
    print(f"clean text: {n} words; rarity flags: {len(rare_flags)} ({per10k:.2f} per 10,000 words); lexicon findings: {len(lex_flags)}")
    for name, word in rare_flags:
        print(f"  rarity   {name}: {word}")
    for name, word, rule in lex_flags:
        print(f"  lexicon  {name}: {word} ({rule})")
    print(
        f"damaged text: {d['cases']} errors in {d['words']} words; rarity alone flags {d['rarity']} "
        f"({d['rarity_on_rare']} of the {d['rare_cases']} whose wrong word is rare); lexicon fixes {d['lexicon']}; "
        f"either {d['either']}; flags on other words: {d['other_flags']}"
    )
    print(f"  missed: {', '.join(d['missed'])}")
    print(f"load (fresh interpreter, median of 5): lexicon {lex_s * 1000:.0f} ms ({len(lexicon.builtin_entries())} entries), word list {freq_s * 1000:.0f} ms")
    print(f"throughput: lexicon + rarity passes {mbps:.1f} MB/s on an analysed Document (the shared analysis they use: {analysis_mbps:.1f} MB/s)")
    print()
    print(
        f"| rarity.implausible-word (max zipf {rarity.rules.rule(rarity.RULE_ID).data['max_zipf']}) | "
        f"{per10k:.2f} false flags per 10,000 words of clean text ({n:,} words, State of the Union 2013–2021) | "
        f"flags {d['rarity']}/{d['cases']} constructed MT sense errors ({d['rarity_on_rare']}/{d['rare_cases']} where the wrong word is rare); "
        f"with the lexicon {d['either']}/{d['cases']} | `.venv/bin/python benchmarks/rarity/run.py` |"
    )


if __name__ == "__main__":
    main()
