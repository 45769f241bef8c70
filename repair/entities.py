"""People in a document and the evidence for each one's gender, found once and shared by passes.

`find_entities(doc)` (used lazily by `Document.entities`) returns an `Entities` index:

- full names: capitalised runs that start with a known first name, or follow an honorific
  ("Ms. Ivanova") or a role word ("President Vladimir Putin", "councillor Ksenia Thorstrom");
- short mentions linked to them: the surname alone, the possessive ("Palyuga’s"), the first name
  alone, and a surname misspelt by one letter;
- relations: a kinship noun with its owner ("his mother", "Thorstrom’s husband"), a person of
  their own whose gender the noun states; and definite gendered nouns ("the actress").

Gender evidence never comes from pronouns (those are what MT damages). Each piece of evidence has
a weight in [0, 1] and a reason a reviewer can read; `Entity.verdict()` combines them.
The name and grammar passes ask `entities.is_name_token(token)` / `entities.mention_at(offset)`.

First names come from gender-guesser (Jörg Michael's name dictionary, GNU FDL data; GPLv3 code),
read once into a compact lookup cached on disk, so a run pays the 0.3 s parse only once. Names it
does not know or calls androgynous ("Akosua", "Mei") are looked up in nomquamgender's name
statistics (MIT; the share of women among a name's bearers), cached the same way; both are
optional (rules/names/README.md).
"""

from __future__ import annotations

import bisect
import functools
import heapq
import itertools
import marshal
import operator
import os
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from . import rules as rules_mod
from . import textre

FEMALE, MALE = "female", "male"
_TOKEN_TEXT = operator.attrgetter("text")
# gender-guesser verdict → (gender, weight of the evidence)
LEXICON_WEIGHTS = {"female": (FEMALE, 0.9), "male": (MALE, 0.9), "mostly_female": (FEMALE, 0.6), "mostly_male": (MALE, 0.6)}
ORIGIN_APPOSITION_RE = textre.compile(r", (?:a|an) [^,.;:“”\"()]{2,70}$")  # "…, a 41-year-old doctor " + from Pasir Mas
KOREAN_GIVEN_RE = textre.compile(r"\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}$")  # "Min-ji"; not "Müller-Schmidt"
APOSTROPHES = ("’s", "'s", "’", "'")
# a first name that is male in some countries and female in others: below the pass's "medium"
# (0.55), so alone it never gives more than a suggestion
COUNTRY_DEPENDENT_WEIGHT = 0.5


# --- word lists (rules/pronouns.toml [lexicon]) -------------------------------------------------


@functools.cache
def lexicon() -> dict:
    data = tomllib.loads((rules_mod.rules_dir() / "pronouns.toml").read_text(encoding="utf-8"))["lexicon"]
    out = {k: frozenset(v) for k, v in data.items() if not v or isinstance(v[0], str)}
    out["surname_suffixes_female"] = tuple(sorted(((s, w) for s, w in data["surname_suffixes_female"]), key=lambda x: -len(x[0])))
    out["surname_suffixes_male"] = tuple(sorted(((s, w) for s, w in data["surname_suffixes_male"]), key=lambda x: -len(x[0])))
    out["honorifics"] = {**{h: FEMALE for h in data["honorifics_female"]}, **{h: MALE for h in data["honorifics_male"]}, **{h: None for h in data["honorifics_neutral"]}}
    out["noun_gender"] = {**{n: FEMALE for n in data["nouns_female"]}, **{n: MALE for n in data["nouns_male"]}}
    out["kinship"] = out["kinship_female"] | out["kinship_male"]
    out["given_names"] = out["given_names_female"] | out["given_names_male"]
    out["surname_not_slavic_endings"] = tuple(data["surname_not_slavic_endings"])
    out["surname_suffixes"] = tuple(s for s, _ in out["surname_suffixes_female"] + out["surname_suffixes_male"])
    out["subject_verbs"] = out["speech_verbs"] | out["lone_name_verbs"]
    out["kinship_converse"] = frozenset((rel, back) for rel, backs in data["kinship_converse"] for back in backs)
    return out


# --- first names: gender-guesser, cached as a compact lookup -----------------------------------

_CODES = {"female": "F", "male": "M", "mostly_female": "f", "mostly_male": "m", "andy": "?"}
_VERDICTS = {v: k for k, v in _CODES.items()}


def _cache_path(data_file: Path, prefix: str = "first-names-v2") -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "mt-repair"
    st = data_file.stat()
    return base / f"{prefix}-{st.st_size}-{int(st.st_mtime)}.marshal"


class FirstNames:
    """A sorted list of lower-cased first names and a parallel string of one-letter verdict codes:
    two objects to load instead of a 60 000-entry dict, so loading takes milliseconds. `mixed`:
    the names that are a man's name in some countries and a woman's in others (a few hundred)."""

    def __init__(self, names: list[str], codes: str, mixed: frozenset[str] = frozenset(), by_country: dict[str, str] | None = None, countries: tuple[str, ...] = ()) -> None:
        self.names, self.codes, self.mixed = names, codes, mixed
        # for the mixed names: one character per country of `countries` ("M", "F" or " ": unclear)
        self.by_country, self.countries = by_country or {}, countries

    def get(self, name: str) -> str | None:
        i = bisect.bisect_left(self.names, name)
        if i < len(self.names) and self.names[i] == name:
            return self.codes[i]
        return None

    def __len__(self) -> int:
        return len(self.names)


_MALE_SIDE, _FEMALE_SIDE = frozenset({"male", "mostly_male"}), frozenset({"female", "mostly_female"})
# gender-guesser's per-country frequency scale runs from 1 (rare) to 13 (D), logarithmic, one step
# a factor of two (10: at least 2 % of the population). A name counts for a gender in a country
# from 3 on (about 1 in 6 000 people): below that a single record ("Aino": male once, in East
# Frisia) would make a name country-dependent.
MIXED_MIN_FREQUENCY = 3


def _frequency(char: str) -> int:
    """gender-guesser's frequency character: " " → 0, "1"–"9" → 1–9, "A"–"D" → 10–13."""
    return 0 if char == " " else int(char, 16) if char in "0123456789ABCDEF" else 0


def _country_dependent(per_gender: dict[str, str]) -> bool:
    """gender-guesser keeps, per name and gender, one frequency character per country. A name
    that is a man's name in one country and a woman's in another (its commonest gender there, at
    MIXED_MIN_FREQUENCY or more: "Andrea" is male in Italy and female in Germany, "Kari" male in
    Finland and female in Norway, "Jean" male in France and female in Britain) says nothing
    reliable about its bearer's gender without knowing the country."""
    sides: set[str] = set()
    width = max(len(v) for v in per_gender.values())
    for i in range(width):
        best, best_freq = None, 0
        for gender, freqs in per_gender.items():
            freq = _frequency(freqs[i]) if i < len(freqs) else 0
            if freq > best_freq:
                best, best_freq = gender, freq
        if best_freq < MIXED_MIN_FREQUENCY:
            continue
        if best in _MALE_SIDE:
            sides.add(MALE)
        elif best in _FEMALE_SIDE:
            sides.add(FEMALE)
    return len(sides) == 2


# In one country, a name is clearly one gender's when that gender's frequency there is at least
# MIXED_MIN_FREQUENCY and the other gender's (or "andy") is at least two steps lower (four times
# rarer): "Andrea" in Italy (male 7, no female record), not "Inge" in a country listing it for both.
COUNTRY_CLEAR_MARGIN = 2


def _country_codes(per_gender: dict[str, str], n_countries: int) -> str:
    """Per country of gender-guesser's list: "M"/"F" where the name is clearly that gender's there,
    " " where it is rare, unrecorded or shared."""
    out = []
    for i in range(n_countries):
        freq = {MALE: 0, FEMALE: 0, None: 0}
        for gender, freqs in per_gender.items():
            side = MALE if gender in _MALE_SIDE else FEMALE if gender in _FEMALE_SIDE else None
            freq[side] = max(freq[side], _frequency(freqs[i]) if i < len(freqs) else 0)
        best = MALE if freq[MALE] > freq[FEMALE] else FEMALE
        other = max(freq[MALE if best == FEMALE else FEMALE], freq[None])
        clear = freq[best] >= MIXED_MIN_FREQUENCY and other <= freq[best] - COUNTRY_CLEAR_MARGIN
        out.append(("M" if best == MALE else "F") if clear else " ")
    return "".join(out)


def _build_first_names() -> tuple[str, str, str, str]:
    import gender_guesser.detector as gg

    detector = gg.Detector(case_sensitive=False)
    names = sorted(n for n in detector.names if "\n" not in n)
    mixed = [n for n in names if _country_dependent(detector.names[n])]
    countries = list(gg.Detector.COUNTRIES)
    # the countries, then one line of per-country codes per mixed name (in `mixed` order)
    per_country = "\n".join([" ".join(countries)] + [_country_codes(detector.names[n], len(countries)) for n in mixed])
    return "\n".join(names), "".join(_CODES[detector.get_gender(n)] for n in names), "\n".join(mixed), per_country


@functools.cache
def first_names() -> FirstNames:
    """Lower-cased first name → one-letter verdict code. Built from gender-guesser once and kept in
    the user cache directory (loading it takes milliseconds; parsing the dictionary takes 0.3 s)."""
    try:
        import gender_guesser
    except ImportError:  # the lexicon is optional: without it only honorifics and nouns speak
        return FirstNames([], "")
    data_file = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    names, codes, mixed, per_country = _load_cached(data_file, "first-names-v5", _build_first_names, parts=4)
    mixed_names = mixed.split("\n") if mixed else []
    lines = per_country.split("\n")
    return FirstNames(names.split("\n"), codes, frozenset(mixed_names), dict(zip(mixed_names, lines[1:])), tuple(lines[0].split()))


def _load_cached(data_file: Path, prefix: str, build, parts: int = 2) -> tuple[str, ...]:
    """The table's `parts` strings ("\n"-joined names, codes, …) from the user cache, or built from
    `data_file` by `build()` and cached."""
    path = _cache_path(data_file, prefix)
    table = None
    try:
        with open(path, "rb") as f:
            table = marshal.load(f)
    except (OSError, ValueError, EOFError, TypeError):
        pass
    if not (isinstance(table, tuple) and len(table) == parts and all(isinstance(x, str) for x in table)):
        table = build()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with open(tmp, "wb") as f:
                marshal.dump(table, f)
            os.replace(tmp, path)
        except OSError:
            pass  # a read-only home: the lookup still works, it is just rebuilt per process
    return table


# nomquamgender verdict code → (gender, weight): a name's share of women among its bearers,
# counted over many national name registers; used when gender-guesser does not know the name or
# calls it androgynous ("Mei", "Akosua").
STATISTICS_WEIGHTS = {"F": (FEMALE, 0.85), "M": (MALE, 0.85), "f": (FEMALE, 0.6), "m": (MALE, 0.6)}
STATISTICS_MIN_SOURCES, STATISTICS_MIN_COUNT = 5, 100  # below that a share is noise


def _build_name_statistics(data_file: Path) -> tuple[str, str]:
    import json

    rows = json.loads(data_file.read_text(encoding="utf-8"))
    keep: dict[str, str] = {}
    for name, row in rows.items():
        sources, count, p_female = row[0], row[1], row[2]
        if sources < STATISTICS_MIN_SOURCES or count < STATISTICS_MIN_COUNT or not name.isalpha() or "\n" in name:
            continue
        code = "F" if p_female >= 0.97 else "f" if p_female >= 0.9 else "M" if p_female <= 0.03 else "m" if p_female <= 0.1 else None
        if code:
            keep[name] = code
    names = sorted(keep)
    return "\n".join(names), "".join(keep[n] for n in names)


@functools.cache
def name_statistics() -> FirstNames:
    """Lower-cased first name → nomquamgender code (F/f female, M/m male), for names decisive in
    the statistics. The package's data file is read without importing the package (which needs
    pandas); the derived table is cached like the first names."""
    import importlib.util

    try:
        spec = importlib.util.find_spec("nomquamgender")
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        return FirstNames([], "")
    data_file = Path(list(spec.submodule_search_locations)[0]) / "name_data.json"
    if not data_file.exists():
        return FirstNames([], "")
    names, codes = _load_cached(data_file, "name-statistics-v1", lambda: _build_name_statistics(data_file))
    return FirstNames(names.split("\n"), codes)


def statistics_evidence(first: str) -> Evidence | None:
    """Gender evidence from name statistics for a first name gender-guesser cannot place."""
    low = first.lower()
    if low in lexicon()["not_first_names"]:
        return None
    code = _lookup(name_statistics(), low)
    if code not in STATISTICS_WEIGHTS:
        return None
    g, w = STATISTICS_WEIGHTS[code]
    share = "almost always" if code in "FM" else "mostly"
    return Evidence(g, w, f"first name ‘{first}’ ({share} borne by {'women' if g == FEMALE else 'men'} in nomquamgender's name statistics)")


def _fold(low: str) -> str:
    """ "siobhán" → "siobhan": the dictionaries spell many names without their accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


def _lookup(table: FirstNames, low: str) -> str | None:
    code = table.get(low)
    if code is None and "-" in low:  # "Anna-Maria": the first part decides
        code = table.get(low.split("-")[0])
    if code is None and not low.isascii():
        folded = _fold(low)
        if folded != low:
            code = _lookup(table, folded)
    return code


def first_name_verdict(name: str) -> str:
    """gender-guesser's answer for a first name: female, male, mostly_female, mostly_male, andy
    or unknown. Common English words the dictionary happens to list ("The", "Even") are unknown."""
    return _verdict(first_names(), name)


@functools.lru_cache(maxsize=65536)  # asked for every capitalised word of a text; per table
def _verdict(table: FirstNames, name: str) -> str:
    low = name.lower()
    if low in lexicon()["not_first_names"]:
        return "unknown"
    code = _lookup(table, low)
    return _VERDICTS.get(code, "unknown") if code else "unknown"


@functools.lru_cache(maxsize=4096)
def is_country_dependent(name: str) -> bool:
    """Is this first name a man's name in some countries and a woman's in others, by
    gender-guesser's per-country data ("Andrea", "Kari", "Nicola", "Jean")?"""
    low = name.lower()
    table = first_names()
    if table.get(low) is None and "-" in low:
        low = low.split("-")[0]
    if table.get(low) is None and not low.isascii():
        low = _fold(low)
    return low in table.mixed


def _capped_for_country(first: str, e: Evidence) -> Evidence:
    """Name evidence for a country-dependent first name is weak at most: its verdict is a count
    over countries, and the text's person may come from the country where the name is the other
    gender's (an Italian "Andrea", a Finnish "Kari"). Other evidence (an honorific, a gendered noun,
    kinship, surname morphology) still decides."""
    if e.weight <= COUNTRY_DEPENDENT_WEIGHT:
        return e
    return Evidence(e.gender, COUNTRY_DEPENDENT_WEIGHT, f"{e.reason}; but a man's name in some countries and a woman's in others (gender-guesser's per-country data), so weak evidence")


# --- the country a text is set in (rules/countries.toml), for country-dependent first names ------

# A country-dependent name whose gender in the person's country is clear (gender-guesser's
# per-country data) and whose country the text states: strong, as the name of a one-gender name.
COUNTRY_WEIGHT = 0.85
# the text's country read from its place names and demonyms rather than stated by a dateline:
# medium (an unsafe fix at most), since no dev text has tested it
COUNTRY_INFERRED_WEIGHT = 0.75
DATELINE_RE = textre.compile(r"\s*(\p{Lu}[\p{Lu}\p{M} .’'-]{2,40}?)(?:, (\p{Lu}[\p{L} .]{2,30}?))? ?[—–]")
# words that may stand between a demonym and the name it describes: "an Italian-born planner
# named Simone", "the Italian coach Andrea", "her Finnish colleague, Toni"
# "whose family came from Italy"; "in" only after these: "who was born in Naples", "grew up in Turin"
# where a description of the person starts after the name: in apposition, or as the predicate of a
# biography's first sentence ("María Sosa (born 1958) is an Argentine astronomer")
COUNTRY_APPOSITION_RE = textre.compile(r"(?:,| is| was) (a|an|the|his|her|their) ")
BORN_WORDS = frozenset({"born", "up", "raised"})
COUNTRY_PHRASE_STOP = frozenset("and or but with to by from for of at in on than as while who that which".split())


@functools.cache
def country_words() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(place word → country, demonym → country, country → label): names and cities (lower case,
    several words joined by spaces), demonyms; the countries are gender-guesser's."""
    data = tomllib.loads((rules_mod.rules_dir() / "countries.toml").read_text(encoding="utf-8"))["country"]
    places, demonyms, labels = {}, {}, {}
    for key, row in data.items():
        labels[key] = row["label"]
        for w in row["names"] + row["cities"]:
            places[w] = key
        for w in row["demonyms"]:
            demonyms[w] = key
    return places, demonyms, labels


@functools.cache
def _country_lookup() -> tuple[dict[str, str | None], frozenset[str]]:
    """(one-word place or demonym, also with a possessive "’s", → country, or None for the first
    word of a place written in several words; those first words ("new" of "New York"))."""
    places, demonyms, _ = country_words()
    heads = frozenset(w.split()[0] for w in places if " " in w)
    single: dict[str, str | None] = dict.fromkeys(heads)
    for w, c in list(places.items()) + list(demonyms.items()):
        if " " not in w:
            for form in (w, w + "’s", w + "'s"):
                single[form] = c
    return single, heads


def country_gender(name: str, country: str) -> str | None:
    """FEMALE / MALE where gender-guesser's per-country data makes a country-dependent first name
    clearly one gender's in `country` ("Andrea" in Italy: male), else None."""
    table = first_names()
    low = name.lower()
    if low not in table.by_country and "-" in low:
        low = low.split("-")[0]
    if low not in table.by_country and not low.isascii():
        low = _fold(low)
    codes = table.by_country.get(low)
    if codes is None or country not in table.countries:
        return None
    code = codes[table.countries.index(country)]
    return MALE if code == "M" else FEMALE if code == "F" else None


def _demonym(word: str, demonyms: dict[str, str]) -> str | None:
    """ "Italian", "Italian-born", "Italian-Scottish" (the first part: the heritage the name comes
    with) → the country."""
    low = word.lower()
    return demonyms.get(low) or ("-" in low and demonyms.get(low.split("-", 1)[0])) or None


def text_country(doc) -> tuple[str, str, float] | None:
    """(country, why, weight) for the country a text is set in: the dateline ("NAPLES, Italy —",
    "BOGOTÁ —"; COUNTRY_WEIGHT), else the country its place names and demonyms name most, at least
    twice and more than twice as often as any other (COUNTRY_INFERRED_WEIGHT: a story may name
    Italy twice and be set elsewhere). None when the text does not say or names several."""
    places, demonyms, _ = country_words()
    head = doc.text[:120]
    if m := textre.match(DATELINE_RE, head):
        for part in (m.group(2), m.group(1)):
            if part and (c := places.get(part.strip().lower())):
                return c, f"the text's dateline is ‘{m.group(0).strip(' —–')}’", COUNTRY_WEIGHT
    counts: dict[str, int] = {}
    tokens, text, lowers = doc.tokens, doc.text, doc.token_lowers
    single, heads = _country_lookup()
    # a C-speed filter first: most capitalised words are no place, demonym or hyphenated word
    for i in [i for i in doc.capitalised if lowers[i] in single or "-" in lowers[i]]:
        low = lowers[i]
        c = single.get(low)
        if low in heads and i + 1 < len(tokens):
            # two- and three-word places: "Buenos Aires", "New York", "Ho Chi Minh City"
            tok, nxt = tokens[i], tokens[i + 1]
            two = f"{low} {_bare(nxt.text)[0].lower()}" if text[tok.end : nxt.start] == " " else ""
            three = f"{two} {tokens[i + 2].lower}" if two and i + 2 < len(tokens) and text[nxt.end : tokens[i + 2].start] == " " else ""
            c = places.get(two) or places.get(three) or c
        elif c is None:
            c = _demonym(low, demonyms)  # "Italian-born"
        if c:
            counts[c] = counts.get(c, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    best, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if n >= 2 and n > 2 * second:
        return best, f"the text's place names and demonyms point there ({n} of {n + sum(k for _, k in ranked[1:])})", COUNTRY_INFERRED_WEIGHT
    return None


def person_country(doc, start: int, end: int) -> tuple[str, str, float] | None:
    """(country, why, weight) from a demonym attached to the person named at doc.text[start:end]: in the
    noun phrase before the name ("an Italian-born planner named Simone Ferri", "the Italian coach
    Andrea Conti") or in apposition after it ("Kristin Dahl, a Norwegian architect"). It beats the
    text's country: a foreigner in a story set elsewhere keeps the name's own tradition."""
    places, demonyms, _ = country_words()
    text = doc.text
    before = doc.tokens_in(max(0, start - 60), start)[-5:]
    for tok in reversed(before):
        if (c := _demonym(tok.text, demonyms)) is not None:
            return c, f"the person is called ‘{tok.text}’", COUNTRY_WEIGHT
        if not tok.text.isalpha() or tok.lower in COUNTRY_PHRASE_STOP or text[tok.end : tok.end + 2] in (". ", "; ", ": "):
            break
    end = past_age(text, end)
    if text.startswith(" (", end) and 0 < (close := text.find(")", end, end + 80)):
        end = close + 1  # "Nermin Aksoy (1931–2009) was a Turkish architect": a biography's dates
    if m := textre.match(COUNTRY_APPOSITION_RE, text, end):
        for tok in doc.tokens_in(m.start(1), m.end() + 60)[1:5]:  # after the article
            if (c := _demonym(tok.text, demonyms)) is not None:
                return c, f"the person is called ‘{tok.text}’", COUNTRY_WEIGHT
            if not tok.text.isalpha() or tok.lower in COUNTRY_PHRASE_STOP:
                break
    if text.startswith((", who ", ", whose "), end):
        # "Russo, whose family came to Scotland from Italy", "Dahl, who was born in Bergen": the
        # place after "from" / "born in" in the relative clause is where the person comes from
        clause = doc.tokens_in(end + 2, end + 120)
        for i, tok in enumerate(clause):
            origin = tok.lower == "from" or tok.lower == "in" and i > 0 and clause[i - 1].lower in BORN_WORDS
            if origin and i + 1 < len(clause):
                place = clause[i + 1]
                c = places.get(_bare(place.text)[0].lower())
                if c is not None:
                    return c, f"the person’s origin is ‘{text[tok.start:place.end]}’", COUNTRY_WEIGHT
            if text[tok.end : tok.end + 1] in (".", ";") or text[tok.end : tok.end + 2] == ", ":
                break
    return None


COUNTRY_REASON = "(gender-guesser's per-country data), and"


def rests_on_country(evidence: list[Evidence]) -> bool:
    """Is this verdict's evidence (the pieces for the winning gender) a country's verdict on a
    country-dependent first name and nothing else?"""
    return len(evidence) == 1 and COUNTRY_REASON in evidence[0].reason


def _place_country_dependent(doc, people: list) -> None:
    """A country-dependent first name ("Andrea", "Kari", "Jean") gets the verdict of its bearer's
    country where gender-guesser's data for that country is clear: the country a demonym or an
    origin attached to one of the person's mentions states ("an Italian-born planner named Simone
    Ferri", "Russo, whose family came from Italy"), else the country the text is set in. It
    replaces the pooled verdict that entities capped as weak."""
    setting = None
    for p in people:
        if p.kind != "person" or not p.first or not is_country_dependent(p.first):
            continue
        where = None
        for m in p.mentions:
            if m.is_name and (where := person_country(doc, m.lead, m.end)) is not None:
                break
        if where is None:
            if setting is None:
                setting = text_country(doc) or ("", "", 0.0)  # read once, only when such a name occurs
            where = setting if setting[0] else None
        if where is None:
            continue
        country, why, weight = where
        g = country_gender(p.first, country)
        if g is None:
            continue  # unclear there (a person's own country that does not say overrides the setting too)
        label = country_words()[2][country]
        pooled = f"first name ‘{p.first}’"
        p.evidence = [e for e in p.evidence if not e.reason.startswith(pooled)]
        p.evidence.append(Evidence(g, weight, f"{pooled}: {g} in {label} {COUNTRY_REASON} {why}"))


def listed_name_evidence(first: str) -> Evidence | None:
    """Evidence from the project's own list of given names both dictionaries miss (West, East and
    Southern African, Ethiopian: rules/pronouns.toml), for names gender-guesser cannot place."""
    if first_name_verdict(first) in LEXICON_WEIGHTS:
        return None
    low = first.lower()
    low = low if low.isascii() else _fold(low)
    lex = lexicon()
    for gender in (FEMALE, MALE):
        if low in lex[f"given_names_{gender}"]:
            return Evidence(gender, 0.85, f"first name ‘{first}’ (given to {'girls' if gender == FEMALE else 'boys'} in its naming tradition; mt-repair's name list)")
    return None


def is_first_name(word: str, verdict: str | None = None) -> bool:
    """Does a name source know this word as a first name? (`verdict`: first_name_verdict(word),
    when the caller has it already.)"""
    if (verdict or first_name_verdict(word)) != "unknown":
        return True
    low = word.lower()
    return (low if low.isascii() else _fold(low)) in lexicon()["given_names"]


# --- the values ------------------------------------------------------------------------------


# Evidence from name statistics (first names), as opposed to the text's own words for the person
NAME_STATISTIC_REASONS = ("first name ‘", "given name ‘", "second given name ‘")
TEXT_OVERRIDE_WEIGHT = 0.9
# a gendered noun the text uses of the person: in apposition, as predicate, as their relation's noun
TEXT_NOUN_REASONS = ("described as ‘", "called ‘")


def _product(values) -> float:
    out = 1.0
    for v in values:
        out *= v
    return out


@dataclass(frozen=True, slots=True)
class Evidence:
    gender: str  # female | male
    weight: float  # how far this alone is trusted, 0..1
    reason: str  # "first name ‘Ksenia’ (gender-guesser: female)"


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # the name itself (without honorific or role words, without the possessive ’s)
    end: int
    entity: int  # index into Entities.people
    kind: str  # name | surname | first | variant | kinship | noun
    lead: int  # where the mention's noun phrase starts (role words, honorific, "his" …)
    possessive: bool = False  # "Palyuga’s"
    owner_start: int = -1  # kinship: the owner word ("his", "Thorstrom’s")
    owner_end: int = -1

    @property
    def is_name(self) -> bool:
        return self.kind in ("name", "surname", "first", "variant")


@dataclass
class Entity:
    id: int
    name: str  # "Ksenia Thorstrom", "his mother"
    kind: str  # person | relation | noun
    first: str | None = None
    surname: str | None = None
    noun: str | None = None  # relation / noun entities: "mother", "actress"
    mentions: list[Mention] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)

    def verdict(self, overrides: tuple[tuple[str, str], ...] = ()) -> tuple[str | None, float, list[Evidence]]:
        """(gender, strength 0..1, the evidence used). A user override (config.name_genders)
        matching the full name, surname or first name wins outright."""
        for key, gender in overrides:
            if key in (self.name, self.surname, self.first) or key.lower() == self.name.lower():
                return gender, 1.0, [Evidence(gender, 1.0, f"configured as {gender} (name-genders: ‘{key}’)")]
        if not self.evidence:
            return None, 0.0, []
        evidence = self.evidence
        if any(e.gender == FEMALE and e.weight >= TEXT_OVERRIDE_WEIGHT and e.reason.startswith(TEXT_NOUN_REASONS) for e in evidence) and not any(
            e.gender == MALE and not e.reason.startswith(NAME_STATISTIC_REASONS) for e in evidence
        ):
            # A feminine noun the text uses of this person ("Karim is one of only a handful of
            # women …", "his daughter, Nusrat", "X, the actress") against nothing but a name
            # statistic for a man ("Nusrat": male to gender-guesser, a woman's name too in
            # Pakistan): the text wins. MT defaults to the masculine, so a feminine word in its
            # output comes from the source; a name list counts bearers elsewhere. Not an
            # honorific alone ("Ms. Huber" may be a Huber the text never names, and lands on the
            # one it did), and not the other way (MT writes "Mr. Tanaka" for "Tanaka-san").
            names = [e for e in evidence if e.gender == MALE]
            if names:
                evidence = [e for e in evidence if e.gender == FEMALE]
                others = ", ".join(e.reason.split(" (")[0] for e in names)
                note = Evidence(FEMALE, 0.0, f"the text’s own word for the person outweighs {others}, a man's name to a name source")
                evidence.sort(key=lambda e: not e.reason.startswith(TEXT_NOUN_REASONS))  # the noun first
                return FEMALE, round(1.0 - _product(1.0 - e.weight for e in evidence), 3), [evidence[0], note, *evidence[1:]]
        against = {FEMALE: 1.0, MALE: 1.0}
        for e in self.evidence:
            against[e.gender] *= 1.0 - e.weight
        f, m = 1.0 - against[FEMALE], 1.0 - against[MALE]
        gender = FEMALE if f > m else MALE if m > f else None
        if gender is None:
            return None, 0.0, list(self.evidence)
        return gender, round(abs(f - m), 3), [e for e in self.evidence if e.gender == gender]


class Entities:
    """The people of a document, and an index of where each is mentioned."""

    def __init__(self, people: list[Entity]) -> None:
        self.people = people
        self.mentions = sorted((m for p in people for m in p.mentions), key=lambda m: (m.start, m.end))
        self._starts = [m.start for m in self.mentions]

    def __iter__(self):
        return iter(self.people)

    def __len__(self) -> int:
        return len(self.people)

    def mention_at(self, offset: int) -> Mention | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.mentions[i].start <= offset < self.mentions[i].end:
            return self.mentions[i]
        return None

    def is_name_token(self, token) -> bool:
        """Is this token (anything with .start) part of a person's name?"""
        m = self.mention_at(token.start)
        return m is not None and m.is_name

    def in_range(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self._starts, start)
        j = bisect.bisect_left(self._starts, end)
        return self.mentions[i:j]

    def entity(self, mention: Mention) -> Entity:
        return self.people[mention.entity]


# --- finding them ----------------------------------------------------------------------------


@functools.lru_cache(maxsize=65536)
def _bare(text: str) -> tuple[str, bool]:
    """A token without its possessive ending: ("Palyuga", True) for "Palyuga’s"."""
    for a in APOSTROPHES:
        if text.endswith(a) and len(text) > len(a) + 1:
            return text[: -len(a)], True
    return text, False


def _surname_evidence(surname: str) -> Evidence | None:
    low = surname.lower()
    lex = lexicon()
    if not low.endswith(lex["surname_suffixes"]):
        return None  # most surnames: one test in C
    for suffixes, gender in ((lex["surname_suffixes_female"], FEMALE), (lex["surname_suffixes_male"], MALE)):
        for suffix, weight in suffixes:
            if low.endswith(suffix) and len(low) >= len(suffix) + 3:
                return Evidence(gender, weight, f"surname ‘{surname}’ ends in -{suffix}")
    return None


def _runs(doc):
    """Capitalised runs of tokens: consecutive capitalised words separated by one space (or ". "
    after an initial or an honorific), with one or two lower-case particles inside ("Ludwig van
    Beethoven"). Walks the capitalised tokens only; a list of the runs."""
    text, tokens = doc.text, doc.tokens
    lex = lexicon()
    honorifics, particles = lex["honorifics"], lex["particles"]
    runs: list[list] = []
    run: list = []
    last = -2  # index of the run's last capitalised token
    for i in doc.capitalised:
        tok = tokens[i]
        if tok.text == "I":  # the pronoun, never part of a name ("in America I saw …")
            if run:
                runs.append(run)
            run, last = [], -2
            continue
        if run:
            prev = run[-1]
            if i == last + 1:
                gap = text[prev.end : tok.start]
                joined = gap == " " or (gap == ". " and (len(prev.text) == 1 or prev.lower in honorifics))
            elif i in (last + 2, last + 3):
                # one or two lower-case particles inside: "Ferreira da Silva", "Jan van der Berg"
                between = tokens[last + 1 : i]
                joined = all(p.text in particles for p in between) and all(
                    text[a.end : b.start] == " " for a, b in zip([prev, *between], [*between, tok])
                )
                if joined:
                    run.extend(between)
            else:
                joined = False
            if not joined:
                runs.append(run)
                run = []
        run.append(tok)
        last = i
    if run:
        runs.append(run)
    return runs


def find_entities(doc) -> Entities:
    lex = lexicon()
    text = doc.text
    people: list[Entity] = []
    by_key: dict[str, int] = {}  # "thorstrom" / "ksenia thorstrom" → entity index
    taken: set[int] = set()  # token starts already inside a name mention
    tails: dict[str, int] = {}  # the last two or more words of a longer full name → its person

    def add_person(name_toks, lead: int, honorific: str | None, role: str | None, possessive: bool) -> None:
        surname_tok = name_toks[-1]
        surname, _ = _bare(surname_tok.text)
        first = name_toks[0].text if len(name_toks) >= 2 else None
        full = " ".join(t.text for t in name_toks[:-1]) + (" " if len(name_toks) > 1 else "") + surname
        key = surname.lower()
        idx = by_key.get(full.lower())
        if idx is None and key in by_key:
            other = people[by_key[key]]
            # Same surname, different first name: another member of the family.
            if not (first and other.first and other.first.lower() != first.lower()):
                idx = by_key[key]
        if idx is not None and not first and honorific and lex["honorifics"].get(honorific):
            idx = _family_member_by_honorific(people, idx, surname, lex["honorifics"][honorific])
        if idx is None:
            idx = len(people)
            people.append(Entity(idx, full, "person", first=first, surname=surname))
            by_key[full.lower()] = idx
            by_key.setdefault(key, idx)
        person = people[idx]
        if first and not person.first:
            person.first, person.name = first, full
            by_key[full.lower()] = idx
        if first and len(name_toks) >= 3 and name_toks[1].text[:1].isupper():
            # the first two words of a longer name: "Rolando Quintana" later is "Rolando Quintana
            # Ferrer" (two family names), "Nurul Aini" is "Nurul Aini Hassan" (a Malay given name
            # and the father's name)
            by_key.setdefault(f"{first} {_bare(name_toks[1].text)[0]}".lower(), idx)
        ev = person.evidence
        if first and len(name_toks) == 2 and textre.match(KOREAN_GIVEN_RE, surname):
            # family name first, then a hyphenated given name ("Kim Min-ji", "Park Sung-ho"): the
            # given name speaks, not "Kim" (which the lexicon knows as an English first name)
            verdict = first_name_verdict(surname)
            if verdict in LEXICON_WEIGHTS:
                g, w = LEXICON_WEIGHTS[verdict]
                _add(ev, Evidence(g, w, f"given name ‘{surname}’ after the family name (gender-guesser: {verdict})"))
            first = None
        if first and (middle := _vietnamese_middle(name_toks)) is not None:
            # family name first, a gendered middle name, then the given name: "Nguyen Thi Lan"
            g, word = middle
            _add(ev, Evidence(g, 0.95, f"Vietnamese middle name ‘{word}’ (marks a {'woman' if g == FEMALE else 'man'})"))
            first = None
        if first:
            verdict = first_name_verdict(first)
            mixed = is_country_dependent(first)
            if verdict in LEXICON_WEIGHTS:
                g, w = LEXICON_WEIGHTS[verdict]
                name_ev = Evidence(g, w, f"first name ‘{first}’ (gender-guesser: {verdict})")
                _add(ev, _capped_for_country(first, name_ev) if mixed else name_ev)
                if verdict.startswith("mostly") and not mixed and (stat := statistics_evidence(first)) is not None:
                    _add(ev, stat)  # a "mostly" name: the second source confirms it, or cancels it ("Kyle")
                if verdict.startswith("mostly") and not mixed and len(name_toks) >= 3 and (second := _second_given_name(name_toks[1], g)):
                    _add(ev, second)  # "María Inés Sosa": the second given name agrees
            elif (stat := statistics_evidence(first)) is not None:
                # pooled over countries too: for a country-dependent name no stronger than the lexicon's
                _add(ev, _capped_for_country(first, stat) if mixed else stat)
            elif (listed := listed_name_evidence(first)) is not None:
                _add(ev, listed)  # a name both sources miss: the project's own list
            if first.lower() not in by_key:
                by_key[first.lower()] = idx
        s_ev = _surname_evidence(surname)
        if s_ev and surname.lower().endswith(lex["surname_not_slavic_endings"]) and not any(e.gender == s_ev.gender for e in ev):
            s_ev = None  # "Ramon Villanueva": a Spanish surname, not a Slavic woman's -eva
        if s_ev and (len(name_toks) >= 2 or honorific or role):
            _add(ev, s_ev)
        if honorific and lex["honorifics"].get(honorific):
            _add(ev, Evidence(lex["honorifics"][honorific], 0.95, f"honorific ‘{honorific.capitalize()}.’"))
        if role and role in lex["noun_gender"]:
            _add(ev, Evidence(lex["noun_gender"][role], 0.9, f"called ‘{role}’"))
        kind = "name" if len(name_toks) >= 2 else "surname"
        person.mentions.append(Mention(name_toks[0].start, surname_tok.start + len(surname), idx, kind, lead, possessive))
        for k in range(2, len(name_toks)):  # "Ferreira da Silva" of "Joaquim Ferreira da Silva"
            if name_toks[-k].text[0].isupper():
                tails.setdefault(_run_text(name_toks[-k:]), idx)
        taken.update(t.start for t in name_toks)
        _apposition(doc, person, surname_tok.end)

    # 1. Full names, and honorific/role + surname.
    speakers = _lone_speakers(doc)
    listed_names = lex["given_names"]  # the project's own list (is_first_name, inlined: a hot loop)
    runs = list(_runs(doc))
    honorifics_lex, roles_lex, noun_gender_lex = lex["honorifics"], lex["roles"], lex["noun_gender"]
    verdict_of, names_table = _verdict, first_names()  # first_name_verdict, inlined: a hot loop
    places = _places(doc, runs)
    for run in runs:
        if len(run) < 2:
            # one capitalised word alone never makes a name here: an honorific needs a word after
            # it, a role word alone is no name, and a first name alone is left to step 3
            continue
        if all(t.text.isupper() and len(t.text) > 1 for t in run if t.text[0].isupper()):
            continue  # capitals throughout: a dateline or a headline ("RIO DE JANEIRO —")
        if tails and _add_tail_mention(doc, run, tails, people, taken):
            continue  # "Ferreira da Silva was born …": the compound surname of a person named before
        if places and " ".join(map(_TOKEN_TEXT, run)) in places and (_after_place_preposition(doc, run) or not _person_context(doc, run)):
            continue  # "a teacher in Belo Horizonte": a place, though "Belo" is a first name
        honorific = role = None
        start = None
        for j, tok in enumerate(run):
            low = tok.lower
            if low in honorifics_lex and j + 1 < len(run):
                honorific, start = low, j + 1
                break
            if low in roles_lex or low in noun_gender_lex:
                role = low
                continue
            if tok.text[0].islower():
                continue  # a particle ("da", "van") never opens a name
            if verdict_of(names_table, tok.text) != "unknown" or low in listed_names:
                start = j
                break
        if start is None:
            # A role word then one or two unknown words: "President Putin", "Councillor Thorstrom".
            if role and run[-1].lower not in lex["roles"] and run[-1].lower not in lex["noun_gender"]:
                k = max(j for j, t in enumerate(run) if t.lower in lex["roles"] or t.lower in lex["noun_gender"]) + 1
                if 1 <= len(run) - k <= 2:
                    start = k
            if start is None and 2 <= len(run) <= 3 and not _origin_in_apposition(doc, run) and (_person_context(doc, run) or _named_alone_as_person(doc, run, speakers)):
                start = 0  # a name the lexicon does not know: "Chidi Okafor, a nurse, said"
            if start is None:
                continue
        if start > 0 and _vietnamese_middle(run[start - 1 :]) is not None:
            start -= 1  # "Nguyen Thi Lan": the family name the lexicon does not know opens the name
        if start > 0 and len(run) - start == 1 and not honorific and not role and _person_context(doc, run):
            start = 0  # family name first, then a given name the lexicon knows: "Park Sung-ho"
        name_toks = run[start:]
        if not name_toks or _bare(name_toks[-1].text)[0].lower() in lex["not_surnames"]:
            continue
        after = doc.tokens_in(run[-1].end, run[-1].end + 20)[:1]
        if after and after[0].lower in lex["not_surnames"]:
            continue  # "the Tien Shan mountains", "the Maria Theresa hospital"
        if len(name_toks) < 2 and not honorific and not role:
            continue
        if any(t.lower in lex["roles"] or t.lower in lex["honorifics"] for t in name_toks):
            continue
        _, possessive = _bare(name_toks[-1].text)
        add_person(name_toks, run[0].start, honorific, role, possessive)

    # 2. Relations ("his mother", "Thorstrom’s husband") and definite gendered nouns ("the actress").
    #    A name in apposition ("her son, Karim,") is that relation's first name.
    _relations(doc, people)

    # 3. Short mentions: surname or first name alone, or the surname misspelt by one letter; a
    #    lone known first name that says something ("Karim said") is a person of its own.
    # A surname shared by a family ("Jonas Berg" … "his daughter, Ingrid Berg"): alone, it means
    # the first of them named (the story's subject; the others go by their first names).
    surnames: dict[str, int] = {}
    for p in sorted((p for p in people if p.surname and p.mentions), key=lambda p: p.mentions[0].start):
        surnames.setdefault(p.surname, p.id)
    firsts = {p.first: p.id for p in people if p.first}
    called_relations = {p.first for p in people if p.first and p.kind == "relation"}  # "his wife, Buppha,"
    by_shape: dict[tuple, list] = {}  # (length, first letter) → surnames, for the one-letter variants
    for name, idx in surnames.items():
        if len(name) >= 6:
            by_shape.setdefault((len(name), name[0]), []).append((name, idx))
    # Two family names (Spanish, Portuguese): "Claudio Fuentes Araya" goes by "Fuentes" alone, the
    # first of them. The word after the first name, where no name source knows it as a given name
    # ("María Inés Sosa": "Inés" is hers) and no one else is called by it. Where it is another
    # two-family-name person's last word, Spanish usage gives it to the one whose first family name
    # it is (a mother "Caridad Ferrer Valdés" is "Ferrer"; her son "Rolando Quintana Ferrer" is
    # "Quintana"); Portuguese usage puts the father's family name last, so not there.
    two_family = {}
    for p in people:
        if p.kind == "person" and p.first and p.surname and p.mentions:
            words = p.name.split()
            if len(words) >= 3 and words[0] == p.first and words[1][:1].isupper() and words[1] not in firsts and not is_first_name(words[1]):
                two_family[p.id] = words[1]
    spanish_usage = None
    for idx, middle in two_family.items():
        owner = surnames.get(middle)
        if owner is None:
            surnames[middle] = idx
        elif owner != idx and owner in two_family and people[owner].surname == middle:
            if spanish_usage is None:
                spanish_usage = (text_country(doc) or ("",))[0] != "portugal"
            if spanish_usage:
                surnames[middle] = idx
    tokens = doc.tokens
    speech_verbs = lex["speech_verbs"]
    taken.update(m.start for p in people for m in p.mentions)
    subjects = _lone_subject_names(doc, lex, people, places)
    candidates = _short_mention_candidates(doc, {*surnames, *firsts, *subjects}, {n for n, _ in by_shape}, speech_verbs)
    done = -1
    while candidates:
        i = heapq.heappop(candidates)
        if i <= done:
            continue  # pushed twice
        done = i
        tok = tokens[i]
        if tok.start in taken:
            continue
        bare, possessive = _bare(tok.text) if tok.text.endswith(APOSTROPHES) else (tok.text, False)
        end = tok.start + len(bare)
        if bare in surnames:
            idx, kind = surnames[bare], "surname"
        elif bare in firsts and (bare in called_relations or is_first_name(bare)) and not _in_run(doc, i):
            idx, kind = firsts[bare], "first"
        else:
            # (only surnames of six letters or more have variants, all listed in by_shape)
            idx = _variant(bare, by_shape) if len(bare) >= 6 and (len(bare), bare[0]) in by_shape else None
            kind = "variant"
            if idx is None:
                nxt = tokens[i + 1] if i + 1 < len(tokens) else None
                says = nxt is not None and nxt.lower in speech_verbs and text[tok.end : nxt.start] == " "
                if not says and bare not in subjects:
                    continue
                verdict = first_name_verdict(bare)
                if not is_first_name(bare, verdict):
                    continue
                idx, kind = len(people), "first"
                people.append(Entity(idx, bare, "person", first=bare))
                if verdict in LEXICON_WEIGHTS:
                    g, w = LEXICON_WEIGHTS[verdict]
                    name_ev = Evidence(g, w, f"first name ‘{bare}’ (gender-guesser: {verdict})")
                    people[idx].evidence.append(_capped_for_country(bare, name_ev) if is_country_dependent(bare) else name_ev)
                elif (listed := listed_name_evidence(bare)) is not None:
                    people[idx].evidence.append(listed)
                firsts[bare] = idx
                _push_later(doc, candidates, bare, i)  # "Karim said" makes a later lone "Karim" him
        people[idx].mentions.append(Mention(tok.start, end, idx, kind, tok.start, possessive))
    _place_country_dependent(doc, people)  # "Andrea" in Italy: once all of a person's mentions are known
    _unnamed_people(doc, people)  # after the names, to know which nouns stand in apposition to one
    for p in people:
        p.mentions.sort(key=lambda m: m.start)
    return Entities(people)


def _second_given_name(tok, gender: str) -> Evidence | None:
    """A "mostly" first name ("María": gender-guesser counts the men named "José María") followed
    by a second given name of the same gender ("María Inés Sosa Etcheverry"): the pair is that
    gender's. Only as agreement: a word in second place may be a surname too ("Ana Martín"), so a
    second name of the other gender says nothing."""
    if not tok.text[:1].isupper():
        return None  # a particle: "Maria das Graças"
    verdict = first_name_verdict(tok.text)
    if verdict != gender or is_country_dependent(tok.text):
        return None
    return Evidence(gender, 0.9, f"second given name ‘{tok.text}’ (gender-guesser: {verdict})")


def _family_member_by_honorific(people: list, idx: int, surname: str, gender: str) -> int:
    """ "Mrs. Nasiri" in a text that names "Kaveh Nasiri" and then his aunt "Mahin Nasiri": an
    honorific with a surname the family shares means the member the honorific fits, not the first
    one named (whom it would give the other gender's honorific). The latest named of those the
    names call that gender; the first named when none or the first one fits."""
    if people[idx].verdict()[0] in (gender, None):
        return idx
    fitting = [p for p in people if p.kind == "person" and p.surname == surname and p.first and p.verdict()[0] == gender]
    return max(fitting, key=lambda p: p.mentions[-1].start).id if fitting else idx


def _run_text(toks) -> str:
    """The words of a name as written, without a possessive ’s on the last."""
    return " ".join(t.text for t in toks[:-1]) + (" " if len(toks) > 1 else "") + _bare(toks[-1].text)[0]


def _add_tail_mention(doc, run, tails: dict[str, int], people: list, taken: set[int]) -> bool:
    """A run that is, or ends with, the last words of a longer name met before ("Later Ferreira
    da Silva moved", after "Joaquim Ferreira da Silva") is a mention of that person, as a whole:
    its words must not be linked one by one (the daughter "Luciana Ferreira" owns "Ferreira")."""
    for s in range(len(run) - 1):
        idx = tails.get(_run_text(run[s:]))
        if idx is not None and s and is_first_name(run[s - 1].text):
            return False  # "Marisol Quintana Ferrer" after "Rolando Quintana Ferrer": his sister, a name of her own
        if idx is not None and run[s].text[0].isupper():
            last = run[-1]
            bare, possessive = _bare(last.text)
            people[idx].mentions.append(Mention(run[s].start, last.start + len(bare), idx, "surname", run[s].start, possessive))
            taken.update(t.start for t in run[s:])
            return True
    return False


def _capitals_before(doc, words) -> set[int]:
    """Indices of the capitalised tokens whose next token, in lower case, is one of `words`
    ("Adeyemi said"): whole-list operations over the capitals, no Python step per token."""
    lowers, capitalised = doc.token_lowers, doc.capitalised
    caps = capitalised if not capitalised or capitalised[-1] + 1 < len(lowers) else capitalised[:-1]
    after = map(lowers.__getitem__, map((1).__add__, caps))
    return set(itertools.compress(caps, map(words.__contains__, after)))


def _lone_subject_names(doc, lex, people, places: frozenset[str]) -> frozenset[str]:
    """Known first names the text uses on their own, as a subject or an owner, at least twice
    ("Ryan died as he lived. … Ryan's legacy …"): a person named by first name alone, though no
    full name or speech verb introduced them. Without one, every "he" of theirs goes to whoever
    was named last. Not words the lexicon keeps from first names ("Will", "May"), and not
    places ("America is", "in America"; countries and cities of rules/countries.toml)."""
    texts = doc.token_texts
    at = _capitals_before(doc, lex["subject_verbs"])  # capitals before a verb …
    # … and capitalised possessives (found by searching for the ending)
    text, ends = doc.text, doc.token_ends
    for mark in ("’s", "'s"):
        i = text.find(mark)
        while i != -1:
            k = bisect.bisect_left(ends, i + 2)
            if k < len(ends) and ends[k] == i + 2 and texts[k][:1].isupper():
                at.add(k)
            i = text.find(mark, i + 1)
    named = {p.first for p in people if p.first} | {p.surname for p in people if p.surname}
    counts: dict[str, int] = {}
    for i in at:
        bare = _bare(texts[i])[0]
        if bare not in named and bare.lower() not in lex["not_first_names"] and not _in_run(doc, i):
            counts[bare] = counts.get(bare, 0) + 1
    if not counts:
        return frozenset()
    place_words = country_words()[0]
    return frozenset(
        n for n, k in counts.items()
        if k >= 2 and n not in places and n.lower() not in place_words and is_first_name(n)
    )


def _short_mention_candidates(doc, names: set[str], variant_lengths: set[int], speech_verbs) -> list[int]:
    """The capitalised tokens step 3 of find_entities can use, as a heap of indices: a known
    surname or first name (possessive too), a word as long as a surname it may misspell, or a
    word before a speech verb. Picked out in C: most capitalised words are none of these."""
    texts, capitalised = doc.token_texts, doc.capitalised
    if not capitalised:
        return []
    cap_texts = operator.itemgetter(*capitalised)(texts) if len(capitalised) > 1 else (texts[capitalised[0]],)
    forms = {f"{n}{a}" for n in names for a in ("", "’s", "'s")}
    found = set(itertools.compress(capitalised, map(forms.__contains__, cap_texts)))
    if variant_lengths:
        lengths = variant_lengths | {n + 2 for n in variant_lengths}  # and the possessive
        found.update(itertools.compress(capitalised, map(lengths.__contains__, map(len, cap_texts))))
    found |= _capitals_before(doc, speech_verbs)
    heap = list(found)
    heapq.heapify(heap)
    return heap


def _push_later(doc, heap: list[int], name: str, after: int) -> None:
    """Add the capitalised tokens after `after` that are `name` (or its possessive) to the heap."""
    texts = doc.token_texts
    for form in (name, name + "’s", name + "'s"):
        j = after
        while True:
            try:
                j = texts.index(form, j + 1)
            except ValueError:
                break
            heapq.heappush(heap, j)


def _after_place_preposition(doc, run) -> bool:
    """ "… the hospital in Chiang Rai said": right after "in", a place, whatever follows."""
    i = bisect.bisect_left(doc.token_starts, run[0].start) - 1
    return i >= 0 and doc.tokens[i].lower in lexicon()["place_prepositions"] and doc.text[doc.tokens[i].end : run[0].start] == " "


def _origin_in_apposition(doc, run) -> bool:
    """ "Dr. Nurul Aini Hassan, a general practitioner from Pasir Mas, who …": where someone is
    from, in the apposition describing them — a place, though a "who" clause follows it."""
    i = bisect.bisect_left(doc.token_starts, run[0].start) - 1
    if i < 0 or doc.tokens[i].lower != "from" or doc.text[doc.tokens[i].end : run[0].start] != " ":
        return False
    before = doc.text[max(0, doc.tokens[i].start - 80) : doc.tokens[i].start]
    return textre.search(ORIGIN_APPOSITION_RE, before) is not None


def _places(doc, runs) -> frozenset[str]:
    """Capitalised runs that the text puts where only a place stands: right after a preposition
    of place ("in Belo Horizonte", "near Santiago de Chile"). Anywhere else in the text the same
    words name that place too, though the first word is a man's name to the lexicon."""
    preps = lexicon()["place_prepositions"]
    text, tokens, starts = doc.text, doc.tokens, doc.token_starts
    out = set()
    for run in runs:
        if len(run) < 2 or run[-1].text.endswith(APOSTROPHES):
            continue  # "in Maria Lopez’s kitchen": the person owns the place
        i = bisect.bisect_left(starts, run[0].start) - 1
        if i >= 0 and tokens[i].lower in preps and text[tokens[i].end : run[0].start] == " ":
            out.add(" ".join(t.text for t in run))
    return frozenset(out)


def _vietnamese_middle(name_toks) -> tuple[str, str] | None:
    """(gender, word) for a Vietnamese name in family-name order whose middle name states the
    gender ("Nguyen Thi Lan", "Tran Van Minh"), else None."""
    if len(name_toks) < 3 or name_toks[0].lower not in lexicon()["vietnamese_family_names"]:
        return None
    for t in name_toks[1:-1]:
        if t.lower in lexicon()["vietnamese_middle_female"]:
            return FEMALE, t.text
        if t.lower in lexicon()["vietnamese_middle_male"]:
            return MALE, t.text
    return None


def _person_context(doc, run) -> bool:
    """Two or three capitalised words in a position only a person takes: followed by an
    apposition (", a …", ", the …") or a speech verb, or right after "said"."""
    lex = lexicon()
    if not 2 <= len(run) <= 3 or any(t.lower in lex["not_first_names"] for t in run):
        return False
    text = doc.text
    if past_age(text, run[-1].end) != run[-1].end:
        return True  # an age in commas after it: "Prasert Kaewmala, 81, and his wife"
    after = text[run[-1].end : run[-1].end + 12]
    nxt = doc.tokens_in(run[-1].end, run[-1].end + 20)[:1]
    if after.startswith((", a ", ", an ", ", the ", ", who ")):
        return True
    if nxt and text[run[-1].end : nxt[0].start] == " " and nxt[0].lower in lex["speech_verbs"]:
        return True
    before = doc.tokens_in(max(0, run[0].start - 60), run[0].start)[-6:]
    if before and before[-1].lower in ("said", "says", "told") and text[before[-1].end : run[0].start] == " ":
        return True
    # a role word right before ("minister Akosua Frimpong") or in apposition ("the trade minister
    # of Ghana, Akosua Frimpong,")
    if before and before[-1].lower in lex["roles"] and text[before[-1].end : run[0].start] == " ":
        return True
    if text[run[0].start - 2 : run[0].start] != ", ":
        return False
    if after.startswith(",") and any(t.lower in lex["roles"] or t.lower in lex["noun_gender"] for t in before):
        return True
    # closing the sentence in apposition to a person noun right before it: "a project led by a
    # local engineer, Pasang Lhamu Sherpa." (a name no lexicon knows, of unknown gender)
    if not (after.startswith(".") and before and before[-1].end == run[0].start - 2):
        return False
    noun = before[-1].lower
    if noun in lex["person_nouns"]:
        return True
    # an agent noun after an article ("to a local kiln master, Genzō Ueda."): -er, -or, -ist …
    return noun.endswith(AGENT_ENDINGS) and len(noun) >= 5 and any(t.lower in ("a", "an", "the") for t in before[-5:-1])


AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")


APPOSITION_OPENERS = (", a ", ", an ", ", the ", ", who ")


def _lone_speakers(doc) -> frozenset[str]:
    """Capitalised words standing alone where only a person stands: before a speech verb
    ("Adeyemi said") or an apposition ("Adeyemi, a former nurse,")."""
    lex = lexicon()
    speech, not_first = lex["speech_verbs"], lex["not_first_names"]
    tokens, text = doc.tokens, doc.text
    out = set()
    for i in _before_speech_or_apposition(doc, speech):
        tok = tokens[i]
        # a speech verb after one space, or an apposition opener (all start with a comma)
        c = text[tok.end]
        if c == " ":
            nxt = tokens[i + 1]
            if not (nxt.lower in speech and nxt.start == tok.end + 1):
                continue
        elif c != "," or not text.startswith(APPOSITION_OPENERS, tok.end):
            continue
        if tok.lower not in not_first and not _in_run(doc, i):
            out.add(_bare(tok.text)[0])
    return frozenset(out)


def _before_speech_or_apposition(doc, speech) -> list[int]:
    """The capitalised tokens, but the last, followed by a speech verb or ending where an
    apposition opener (", a ") starts, in order: found with whole-list operations and string
    searches instead of a look at every capital."""
    ends, text = doc.token_ends, doc.text
    opening: set[int] = set()  # tokens that end where an apposition opener starts
    for opener in APPOSITION_OPENERS:
        at = text.find(opener)
        while at != -1:
            k = bisect.bisect_left(ends, at)
            if k < len(ends) and ends[k] == at:
                opening.add(k)
            at = text.find(opener, at + 1)
    found = _capitals_before(doc, speech) | opening.intersection(doc.capitalised)
    found.discard(len(ends) - 1)
    return sorted(found)


def _named_alone_as_person(doc, run, speakers: frozenset[str]) -> bool:
    """ "Folake Adeyemi won …" is a person when "Adeyemi said" (or "Adeyemi, a nurse,") follows."""
    lex = lexicon()
    return 2 <= len(run) <= 3 and _bare(run[-1].text)[0] in speakers and not any(t.lower in lex["not_first_names"] for t in run)


def _in_run(doc, i: int) -> bool:
    """Is token i next to another capitalised word ("São Paulo"), so not a first name alone?"""
    tokens, text = doc.tokens, doc.text
    if i > 0 and tokens[i - 1].text[0].isupper() and text[tokens[i - 1].end : tokens[i].start] == " ":
        return True
    return i + 1 < len(tokens) and tokens[i + 1].text[0].isupper() and text[tokens[i].end : tokens[i + 1].start] == " "


def _add(evidence: list[Evidence], e: Evidence) -> None:
    if all(x.reason != e.reason for x in evidence):
        evidence.append(e)


def _variant(word: str, by_shape: dict[tuple, list]) -> int | None:
    """A surname of six letters or more misspelt by one substitution ("Thorstorm" is not one)."""
    if len(word) < 6:
        return None
    for s, idx in by_shape.get((len(word), word[0]), ()):
        if sum(a != b for a, b in zip(s, word)) == 1:
            return idx
    return None


AGE_RE = textre.compile(r", \d{1,3}(?=, )")  # "Grace Muriuki, 47, a farmer": the age between


def past_age(text: str, end: int) -> int:
    """Where a name's apposition may start: after an age in commas ("Muriuki, 47, a farmer")."""
    if text.startswith(", ", end) and text[end + 2 : end + 3].isdigit() and (m := textre.match(AGE_RE, text, end)):
        return m.end()
    return end


def _apposition(doc, person: Entity, after: int) -> None:
    """ “X, a mother of two, …” / “X, the actress” / “X is a grandmother”: a gendered noun within
    a few words of the name, in apposition or as predicate."""
    lex = lexicon()
    text = doc.text
    after = past_age(text, after)
    tail = text[after : after + 60]
    if not (tail.startswith(", ") or tail.startswith(" is ") or tail.startswith(" was ")):
        return
    words = doc.tokens_in(after, after + 60)[:6]
    if not words or words[0].lower not in ("a", "an", "the", "is", "was"):
        return
    if words[0].lower in ("is", "was"):
        if len(words) >= 3 and words[1].lower == "one" and words[2].lower == "of":
            _one_of(doc, person, words[1].start)  # "Karim, 31, is one of only a handful of women"
            return
        words = words[1:]
        if not words or words[0].lower not in ("a", "an", "the"):
            return
    for w in words[1:5]:
        if w.lower in lex["noun_gender"]:
            if w.lower in lex["nouns_title_only"]:
                return
            _add(person.evidence, Evidence(lex["noun_gender"][w.lower], 0.9, f"described as ‘{text[words[0].start:w.end]}’"))
            return
        if text[w.start - 2 : w.start] == ", ":
            return


# plural gendered nouns whose singular is not the plural without its "s" ("one of the first women")
PLURAL_NOUNS = {"women": "woman", "men": "man", "businesswomen": "businesswoman", "businessmen": "businessman", "actresses": "actress", "waitresses": "waitress", "heiresses": "heiress", "princesses": "princess", "duchesses": "duchess", "countesses": "countess", "baronesses": "baroness", "empresses": "empress", "widows": "widow", "wives": "wife", "nuns": "nun"}


def plural_noun_gender(word: str) -> str | None:
    """The gender a plural person noun states ("women", "mothers", "sons"), else None."""
    nouns = lexicon()["noun_gender"]
    return nouns.get(PLURAL_NOUNS.get(word, word.removesuffix("s") if word.endswith("s") else ""))


def _one_of(doc, person: Entity, start: int) -> None:
    """ “X is one of only a handful of women licensed as guides”, “X was one of the first women
    to …”: a plural gendered noun within the next few lower-case words (not past punctuation)."""
    text = doc.text
    words = doc.tokens_in(start, start + 80)[2:10]  # after "one of"
    for w in words:
        if not w.text.islower():
            return
        if (g := plural_noun_gender(w.lower)) is not None:
            _add(person.evidence, Evidence(g, 0.9, f"described as ‘{text[start:w.end]}’"))
            return
        if text[w.end : w.end + 1] in (",", ".", ";", ":"):
            return


COPULAS = frozenset("is was are were be been became becomes become remains remained as".split())
HAVE = frozenset("have has had having".split())


def _unnamed_people(doc, people: list[Entity]) -> None:
    """ “the head of a social media company”, “a lawyer”: people without a name, of unknown gender
    unless the noun says it. Not when a name follows ("the mayor, Edgars Liepa") or precedes in
    apposition ("Ozola, an engineer"): then the noun describes that named person."""
    lex = lexicon()
    tokens, text = doc.tokens, doc.text
    nouns = lex["person_nouns"]
    named_ends = {past_age(text, m.end) for p in people for m in p.mentions}
    latest: dict[str, int] = {}
    for i in itertools.compress(range(len(tokens)), map(nouns.__contains__, doc.token_texts)):
        if i == 0:
            continue
        tok = tokens[i]
        j = i - 1  # back over up to three lower-case modifiers to the determiner
        while j > 0 and i - j <= 3 and tokens[j].text.islower() and tokens[j].text not in ("the", "a", "an") and text[tokens[j].end : tokens[j + 1].start] == " ":
            j -= 1
        det = tokens[j]
        if det.text.lower() not in ("the", "a", "an") or text[det.end : tokens[j + 1].start] != " ":
            continue
        if text[det.start - 2 : det.start] == ", " and det.start - 2 in named_ends:
            continue  # "Ozola, an engineer,"
        if j > 0 and tokens[j - 1].text.lower() in COPULAS:
            continue  # "Orlova is a councillor": a description, not another person
        tail = text[tok.end : tok.end + 60].split(".")[0]
        m = textre.search(r"^(?: of [^,]{1,40})?,? (?:\p{Lu}\p{Ll}+)", tail)
        if m:
            continue  # "the mayor, Edgars Liepa", "the trade minister of Ghana, Akosua Frimpong"
        noun = tok.text
        idx = latest.get(noun) if det.text.lower() == "the" else None
        if idx is None:
            idx = len(people)
            people.append(Entity(idx, f"{det.text.lower()} {noun}", "noun", noun=noun))
            g = lex["noun_gender"].get(noun)
            if g:
                people[idx].evidence.append(Evidence(g, 0.95, f"noun ‘{noun}’"))
            latest[noun] = idx
        people[idx].mentions.append(Mention(tok.start, tok.end, idx, "noun", det.start))


# a capitalised indefinite determiner: the noun phrase opens its sentence
INDEFINITE_OPENERS = frozenset({"A", "An", "One"})


def _named_by_noun(doc, people: list[Entity], i: int, gender: str, phrase: str, named_at: dict) -> None:
    """ "a woman, Halyna, who …": a gendered noun with a name in apposition introduces that
    person, though the lexicon does not know the name; later, the name alone means them."""
    tokens, text = doc.tokens, doc.text
    if i + 1 >= len(tokens) or text[tokens[i].end : tokens[i + 1].start] != ", ":
        return
    name = tokens[i + 1]
    if not name.is_capitalised or name.start in named_at or text[name.end : name.end + 1] not in (",", ".") or name.lower in lexicon()["not_first_names"]:
        return
    if any(p.kind == "person" and name.text in (p.first, p.surname) for p in people):
        return
    idx = len(people)
    people.append(Entity(idx, name.text, "person", surname=name.text))
    people[idx].evidence.append(Evidence(gender, 0.9, f"called ‘{phrase}’"))
    people[idx].mentions.append(Mention(name.start, name.end, idx, "surname", name.start))


def _appositive_name(doc, tokens, i: int) -> str | None:
    """The capitalised word set off by commas right after token i ("wife, Sunee," / "wife,
    Sunee."), if there is one."""
    if i + 1 >= len(tokens):
        return None
    name = tokens[i + 1]
    if doc.text[tokens[i].end : name.start] != ", " or not name.is_capitalised:
        return None
    return name.text if doc.text[name.end : name.end + 1] in (",", ".") else None


def _relations(doc, people: list[Entity]) -> None:
    lex = lexicon()
    tokens = doc.tokens
    noun_entities: dict[tuple, int] = {}
    kin_names: dict[int, str] = {}  # a relation → the name it was given in apposition ("his wife, Buppha,")
    noun_gender = lex["noun_gender"]
    named_at = {m.start: p.id for p in people for m in p.mentions if m.kind == "name"}
    named_first = {p.first: p.id for p in people if p.kind == "person" and p.first}
    # only the tokens that are gendered nouns (nouns are lower case here: "his mother"), found in C
    for i in itertools.compress(range(len(tokens)), map(noun_gender.__contains__, doc.token_texts)):
        if i == 0:
            continue
        tok = tokens[i]
        low = tok.text
        gender = noun_gender[low]
        prev = tokens[i - 1]
        # allow one adjective between: "his late mother", "her elder sister"
        owner = prev
        if prev.lower not in ("his", "her", "their", "my", "our", "your", "the", "a", "an", "one") and not _bare(prev.text)[1] and i >= 2:
            owner = tokens[i - 2]
        if doc.text[owner.end : tok.start].count(" ") > 2:
            continue
        owner_low = owner.lower
        if low in lex["kinship"] and (owner_low in ("his", "her", "their", "my", "our", "your") or _bare(owner.text)[1]):
            key = ("kin", low)
            kind = "kinship"
        elif owner.text in INDEFINITE_OPENERS and owner is prev and not (doc.text[tok.end : tok.end + 2] == ", " and i + 1 < len(tokens) and tokens[i + 1].is_capitalised):
            # "A woman who sells dried fish said …", "One mother, who had brought her son, said …":
            # an unnamed person opening a sentence, its subject; each one someone new
            key = ("indefinite", tok.start)
            kind = "noun"
        elif owner_low in ("a", "an", "one") and owner is prev and low in lex["kinship"] and not (doc.text[tok.end : tok.end + 2] == ", " and i + 1 < len(tokens) and tokens[i + 1].is_capitalised):
            # "I have one son, and he is a dentist", "they had a daughter, who …": a relation of
            # no one named, someone new, who may be the next pronoun's referent. Only where
            # someone has them ("one son", "had a son"): "the image of a mother holding her child"
            # is no one; nor descriptions ("he is a father of two", "Amina Yusuf, a mother of
            # two,", "a son of a miner")
            if not (owner_low == "one" or i >= 2 and tokens[i - 2].lower in HAVE) or doc.text[owner.start - 2 : owner.start] == ", " or doc.text.startswith(" of ", tok.end):
                continue
            key = ("indefinite", tok.start)
            kind = "noun"
        elif owner_low in ("a", "an") and low not in lex["kinship"]:
            _named_by_noun(doc, people, i, gender, doc.text[owner.start : tok.end], named_at)
            continue
        elif owner_low == "the" and low not in lex["kinship"] and low not in lex["nouns_title_only"]:
            before = tokens[i - 3] if owner is not prev and i >= 3 else tokens[i - 2] if i >= 2 else None
            if before is not None and before.lower in COPULAS:
                continue  # "he became the first woman to …": a description, not another person
            key = ("noun", low)
            kind = "noun"
        else:
            continue
        idx = noun_entities.get(key)
        called = _appositive_name(doc, tokens, i) if kind == "kinship" else None
        if idx is not None and called is not None and kin_names.setdefault(idx, called) != called:
            # "His wife, Buppha, …" then "Prasert … and his wife, Sunee,": another man's wife,
            # named otherwise, is someone new
            idx = None
        if idx is None:
            idx = len(people)
            label = low if kind == "noun" else f"{owner.text.lower() if owner_low in ('his', 'her', 'their', 'my', 'our', 'your') else owner.text} {low}"
            people.append(Entity(idx, f"{'the' if key[0] == 'noun' else owner_low} {low}" if kind == "noun" else label, "relation" if kind == "kinship" else "noun", noun=low))
            noun_entities[key] = idx
            people[idx].evidence.append(Evidence(gender, 0.95, f"{'kinship noun' if kind == 'kinship' else 'noun'} ‘{low}’"))
            if called is not None:
                kin_names[idx] = called
        people[idx].mentions.append(Mention(tok.start, tok.end, idx, kind, owner.start, False, owner.start, owner.end))
        # "her brother, Emeka Okafor," — a named person in apposition is the one the noun describes
        # ("her husband, Dr. Amr Khalil,": past an honorific)
        k = i + 2 if i + 2 < len(tokens) and tokens[i + 1].lower in lex["honorifics"] else i + 1
        if k < len(tokens) and doc.text[tok.end : tokens[i + 1].start] == ", " and tokens[k].start in named_at:
            named = people[named_at[tokens[k].start]]
            _add(named.evidence, Evidence(gender, 0.9, f"called ‘{doc.text[owner.start:tok.end]}’"))
            if kind == "kinship" and idx == len(people) - 1 and len(people[idx].mentions) == 1 and named.id != idx:
                # one person, not two: the relation just introduced is the named one ("His father,
                # Mahmoud El-Sayed, was a teacher"), so a later "his father" means him, and no
                # second, nameless father competes with him for his pronouns
                m = people.pop().mentions[0]
                named.mentions.append(Mention(m.start, m.end, named.id, "kinship", m.lead, False, m.owner_start, m.owner_end))
                noun_entities[key] = named.id
            continue
        # "her husband, Pavel," — the relation's own name
        if kind == "kinship" and i + 1 < len(tokens) and doc.text[tok.end : tokens[i + 1].start] == ", ":
            name = tokens[i + 1]
            after = doc.text[name.end : name.end + 1]
            same = named_first.get(name.text)
            if same is not None and idx == len(people) - 1 and len(people[idx].mentions) == 1 and name.is_capitalised and after in (",", "."):
                # "her brother, Callum," and "Callum Sinclair" elsewhere: one person, not two
                m = people.pop().mentions[0]
                people[same].mentions.append(Mention(m.start, m.end, same, "kinship", m.lead, False, m.owner_start, m.owner_end))
                people[same].mentions.append(Mention(name.start, name.end, same, "first", name.start))
                _add(people[same].evidence, Evidence(gender, 0.9, f"called ‘{doc.text[owner.start:tok.end]}’"))
                noun_entities[key] = same
                continue
            if name.is_capitalised and after in (",", ".", "") and people[idx].first is None and name.lower not in lex["not_first_names"]:
                people[idx].first = name.text
                people[idx].mentions.append(Mention(name.start, name.end, idx, "first", name.start))
