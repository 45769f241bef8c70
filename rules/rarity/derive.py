"""Derive the rarity pass's word lists from wordfreq's English 'large' list (run once; the output
is committed so that mt-repair needs neither wordfreq nor its 0.26 s import at run time).

    .venv/bin/pip install wordfreq==3.1.1
    .venv/bin/python rules/rarity/derive.py

Writes, one line per frequency band, "ZIPF word word ..." (zipf × 100, words sorted):
  en-common.txt  words at zipf >= 2.0: loaded on every run to rule a word in as ordinary
  en-rare.txt.gz words at zipf 1.0-1.99: read only when a word is not common, for its figure
Zipf = log10(occurrences per billion words). Only plain words (letters, accented too, one inner
apostrophe) are kept; the pass checks hyphenated compounds part by part.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import wordfreq

HERE = Path(__file__).resolve().parent
PLAIN = re.compile(r"^[^\W\d_]+(?:'[^\W\d_]+)?$")  # letters (accents too), one inner apostrophe
COMMON_FROM = 200  # zipf 2.0, in hundredths


def main() -> None:
    bands = wordfreq.get_frequency_list("en", "large")  # band i holds words at 10^(-i/100)
    common, rare = [], []
    for i, words in enumerate(bands):
        zipf = 900 - i
        kept = sorted(w for w in words if PLAIN.match(w))
        if kept:
            (common if zipf >= COMMON_FROM else rare).append(f"{zipf} {' '.join(kept)}\n")
    (HERE / "en-common.txt").write_text("".join(common), encoding="utf-8")
    # mtime=0 keeps the file byte-identical between runs, so re-deriving shows no diff.
    with gzip.GzipFile(HERE / "en-rare.txt.gz", "wb", compresslevel=9, mtime=0) as f:
        f.write("".join(rare).encode("utf-8"))
    print(f"en-common.txt: {sum(len(l.split()) - 1 for l in common)} words; en-rare.txt.gz: {sum(len(l.split()) - 1 for l in rare)} words")


if __name__ == "__main__":
    main()
