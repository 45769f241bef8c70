"""Pronoun gender benchmark: simulate the MT error on clean English text and measure the repair.

    .venv/bin/python benchmarks/pronouns/run.py            # dev and held-out figures, Markdown
    .venv/bin/python benchmarks/pronouns/run.py --show     # also every wrong or missed pronoun

Corpus: benchmarks/pronouns/corpus/{dev,heldout}/*.txt, short news stories and biographies
written for this benchmark (see README.md). Every feminine pronoun in them refers to a woman named
(or introduced by a kinship noun) in the same text; a masculine pronoun marked `^` ("He^") refers to
a named man and is flipped too (the rarer reverse error). The damaged text turns every feminine
pronoun masculine (her → his before a noun, him otherwise) and every marked masculine one
feminine; the clean text (markers removed) is the control.

Measured per set, with the pronouns pass alone (`select = pronouns`):
- recall: flipped pronouns restored to the original form by `fix`; and, in a second table, the
  same for women's pronouns alone (the damage MT itself does; a man's "she" is the rarer error,
  flipped here as a probe of precision), and recall and precision where women's pronouns are the
  only damage (the marked ones left as written: MT from a language without gendered pronouns,
  where no "she" is left at all), and the same where only half of them are damaged (MT that
  renders each sentence on its own gets some right, so the text's own "she"s stand beside the
  damage);
- precision: of the pronouns `fix` changed in the damaged text, the share now equal to the original;
- false-change rate: pronouns changed by `fix` in the clean text, over all pronouns there.
Both default `fix` (safe fixes) and `fix --unsafe-fixes` are reported.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from repair import engine  # noqa: E402
from repair.config import Config  # noqa: E402
from repair.document import Document  # noqa: E402

CORPUS = Path(__file__).resolve().parent / "corpus"
CONFIG = Config(grammar="off", select=("pronouns",))
FEMININE = {"she": "he", "herself": "himself", "hers": "his"}
MASCULINE = {"he": "she", "him": "her", "his": "her", "himself": "herself"}
PRONOUNS = set(FEMININE) | set(MASCULINE) | {"her"}
# After "her", these words mean it is an object ("told her that", "owed her his life", "accused
# her of"), not a determiner.
OBJECT_CONTEXT = set(
    """to and that in at for with as from on the a an about into back up out off over was is are were
    would will had has could before after because if when again once all every while so but or
    than by through it this what how why where who his their its my your our of not never
    alone too very down here there home now then whether until since during against
    instead today yesterday tomorrow immediately directly
    he she i you we they me us them""".split()
)

# …nor before how often ("asked her three times", "called her 20 times"), unless a preposition
# comes before her ("spoke about her three times in prison" are hers)
COUNTS = set("two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty several many".split())
PREPOSITIONS = set("about of in on at for from with during after before between through".split())

# …except where that word opens a compound noun ("her home town" is hers, "took her home" is her).
DETERMINER_COMPOUNDS = {("home", w) for w in "town city village country island region province state ground team club".split()}


def _case(original: str, word: str) -> str:
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


def simulate(marked: str) -> tuple[str, str]:
    """(clean, damaged) from a corpus text with `^` markers."""
    clean = marked.replace("^", "")
    doc = Document(marked)
    out, pos = [], 0
    toks = doc.tokens
    for i, t in enumerate(toks):
        low = t.lower
        new = None
        if low in FEMININE:
            new = FEMININE[low]
        elif low == "her":
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            follows_word = nxt is not None and marked[t.end : nxt.start] == " "
            compound = nxt is not None and i + 2 < len(toks) and (nxt.lower, toks[i + 2].lower) in DETERMINER_COMPOUNDS
            how_often = (
                nxt is not None and (nxt.lower in COUNTS or nxt.lower.isdigit()) and i + 2 < len(toks) and toks[i + 2].lower == "times"
                and not (i >= 1 and toks[i - 1].lower in PREPOSITIONS)
            )
            new = "his" if follows_word and (nxt.lower not in OBJECT_CONTEXT or compound) and not how_often else "him"
        elif low in MASCULINE and marked[t.end : t.end + 1] == "^":
            new = MASCULINE[low]
        if new is not None:
            out.append(marked[pos : t.start])
            out.append(_case(t.text, new))
            pos = t.end
    out.append(marked[pos:])
    return clean, "".join(out).replace("^", "")


def damage_half(clean: str, damaged: str, name: str) -> str:
    """The damaged text with about half of the flipped pronouns, each chosen by a hash of the file
    name and its place (the same every run), back as written: MT that renders each sentence on
    its own gets some of a woman's pronouns right, so the text's own "she"s stand beside the
    damage."""
    out, pos = [], 0
    for c, d, _ in compare(clean, damaged, damaged):
        if c.text != d.text and zlib.crc32(f"{name}:{c.start}".encode()) % 2 == 0:
            out += [damaged[pos : d.start], c.text]
            pos = d.start + len(d.text)
    out.append(damaged[pos:])
    return "".join(out)


def pronoun_tokens(text: str) -> list:
    return [t for t in Document(text).tokens]


def compare(clean: str, damaged: str, fixed: str):
    """Per pronoun position: (clean word, damaged word, fixed word)."""
    a, b, c = pronoun_tokens(clean), pronoun_tokens(damaged), pronoun_tokens(fixed)
    assert len(a) == len(b) == len(c), "a fix changed the token count"
    return [(x, y, z) for x, y, z in zip(a, b, c) if x.lower in PRONOUNS or y.lower in PRONOUNS or z.lower in PRONOUNS]


def _fixed(text: str, unsafe: bool, path: Path) -> str:
    """The fixed text; a pass that failed would pass for a miss and skew every figure, so it stops the run."""
    result = engine.fix(text, CONFIG, path.name, unsafe_fixes=unsafe)
    if result.errors:
        raise SystemExit(result.errors[0])
    return result.text


def evaluate(files: list[Path], unsafe: bool, show: bool, probe: bool = True, half: bool = False) -> dict:
    """The figures for these texts; without `probe`, the men's marked pronouns stay as written, so
    that women's pronouns are the only damage (MT from a language without gendered pronouns), and
    the clean control, the same either way, is not run; with `half` too, only half of them are
    damaged (damage_half)."""
    flipped = restored = changed = correct = clean_total = clean_changed = 0
    womens = womens_restored = 0
    for path in files:
        marked = path.read_text(encoding="utf-8")
        clean, damaged = simulate(marked if probe else marked.replace("^", ""))
        if half:
            damaged = damage_half(clean, damaged, path.name)
        fixed = _fixed(damaged, unsafe, path)
        for c, d, f in compare(clean, damaged, fixed):
            if c.text != d.text:
                flipped += 1
                restored += f.text == c.text
                if c.lower in FEMININE or c.lower == "her":
                    womens += 1
                    womens_restored += f.text == c.text
                if show and f.text != c.text:
                    print(f"  missed  {path.name}:{c.start} {d.text} (was {c.text})", file=sys.stderr)
            if f.text != d.text:
                changed += 1
                correct += f.text == c.text
                if show and f.text != c.text:
                    print(f"  WRONG   {path.name}:{c.start} {d.text} -> {f.text} (was {c.text})", file=sys.stderr)
        control = _fixed(clean, unsafe, path) if probe else clean
        for c, _, f in compare(clean, clean, control):
            clean_total += 1
            if c.text != f.text:
                clean_changed += 1
                if show:
                    print(f"  CLEAN   {path.name}:{c.start} {c.text} -> {f.text}", file=sys.stderr)
    return {
        "files": len(files),
        "flipped": flipped,
        "recall": restored / flipped if flipped else 1.0,
        "womens_flipped": womens,
        "womens_recall": womens_restored / womens if womens else 1.0,
        "changed": changed,
        "precision": correct / changed if changed else 1.0,
        "clean_pronouns": clean_total,
        "clean_changed": clean_changed,
        "false_change_rate": clean_changed / clean_total if clean_total else 0.0,
    }


def _files(name: str) -> list[Path]:
    """The texts of a set: "dev", or a file pattern inside one ("dev/j*" for set H)."""
    folder, _, pattern = name.partition("/")
    return sorted((CORPUS / folder).glob((pattern or "*").removesuffix(".txt") + ".txt"))


def _throughput(text: str) -> tuple[float, float]:
    from repair.passes import pronouns

    mb = len(text.encode("utf-8")) / 1e6
    t0 = time.process_time()
    doc = Document(text)
    doc.tokens, doc.sentences, doc.quotes, doc.token_starts
    t1 = time.process_time()
    list(pronouns.run(doc, CONFIG))
    t2 = time.process_time()
    return mb / (t2 - t1), mb / (t2 - t0)


SPEED_TEXT_BYTES = 8_000_000


def speed(sets=("dev", "heldout")) -> tuple[float, tuple, tuple]:
    """Lexicon load seconds (from the cache), and (MB/s of the pronoun pass alone — entities and
    attribution, on a Document whose shared analysis is done —, MB/s including that analysis) on
    the corpus (a pronoun every ~60 characters) and on the news articles in seeds/."""
    from repair import entities

    entities.first_names()  # make sure the cache exists
    entities.first_names.cache_clear()
    t = time.perf_counter()
    entities.first_names()
    load = time.perf_counter() - t
    texts = [simulate(p.read_text(encoding="utf-8"))[1] for name in sets for p in _files(name)]
    # tiled as one text of about SPEED_TEXT_BYTES, so that a rule quadratic in a document's length
    # shows (a fixed 40 times outgrew the regex time-out once the corpus passed 1.3 MB)
    joined = "\n\n".join(texts)
    corpus = _throughput("\n\n".join([joined] * max(1, SPEED_TEXT_BYTES // max(1, len(joined)))))
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    news = _throughput("\n\n".join(seeds * max(1, 600_000 // max(1, sum(map(len, seeds)))))) if seeds else (0.0, 0.0)
    return load, corpus, news


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", action="store_true", help="list every missed, wrong and clean-text change")
    ap.add_argument("--sets", default="dev,heldout", help="comma-separated corpus sets to run (default: dev,heldout); "
                    "tune with --sets dev so that no held-out figure or line is seen while tuning; a set may be a "
                    "file pattern inside one: --sets 'dev/j*,dev/k*'")
    args = ap.parse_args()
    sets = [s for s in args.sets.split(",") if s]
    rows = []
    for name in sets:
        files = _files(name)
        if not files:
            print(f"{name}: no texts, left out", file=sys.stderr)  # (an empty set is not a perfect score)
            continue
        for unsafe in (False, True):
            if args.show:
                print(f"{name} {'--unsafe-fixes' if unsafe else 'fix'}:", file=sys.stderr)
            r = evaluate(files, unsafe, args.show)
            r["womens_only"] = evaluate(files, unsafe, False, probe=False)
            r["womens_half"] = evaluate(files, unsafe, False, probe=False, half=True)
            rows.append((name, "fix --unsafe-fixes" if unsafe else "fix", r))
    load, corpus, news = speed(sets)
    print("| set | mode | texts | flipped | recall | changes | precision | clean pronouns | clean changed | false-change rate |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, mode, r in rows:
        print(
            f"| {name} | {mode} | {r['files']} | {r['flipped']} | {r['recall']:.3f} | {r['changed']} | {r['precision']:.3f} "
            f"| {r['clean_pronouns']} | {r['clean_changed']} | {r['false_change_rate']:.4f} |"
        )
    print("\n| set | mode | women's pronouns flipped | recall on them | the only damage: recall | changes | precision | half of them damaged: flipped | recall | changes | precision |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for name, mode, r in rows:
        w, h = r["womens_only"], r["womens_half"]
        print(
            f"| {name} | {mode} | {r['womens_flipped']} | {r['womens_recall']:.3f} | {w['recall']:.3f} | {w['changed']} | {w['precision']:.3f} "
            f"| {h['flipped']} | {h['recall']:.3f} | {h['changed']} | {h['precision']:.3f} |"
        )
    print(
        f"\nLexicon load (cached first names): {load * 1000:.1f} ms. One core, CPU time: pronoun pass (entities + "
        f"attribution) {corpus[0]:.2f} MB/s on the corpus, {news[0]:.2f} MB/s on seeds/ news; with the shared "
        f"Document analysis {corpus[1]:.2f} / {news[1]:.2f} MB/s (load average {os.getloadavg()[0]:.1f})."
    )
    print("Command: .venv/bin/python benchmarks/pronouns/run.py")
    return 0


if __name__ == "__main__":
    sys.exit(main())
