"""Evidence for a person's gender from their name, and the word lists it rests on.

- `lexicon()`: the word lists of rules/pronouns.toml [lexicon] (honorifics, gendered nouns,
  kinship, speech verbs, name particles …);
- first names from gender-guesser (Jörg Michael's name dictionary, GNU FDL data; GPLv3 code),
  read once into a compact lookup cached on disk, so a run pays the 0.3 s parse only once. Names
  it does not know or calls androgynous ("Akosua", "Mei") are looked up in nomquamgender's name
  statistics (MIT; the share of women among a name's bearers), cached the same way; both are
  optional (rules/names/README.md); the project's own list covers names both miss;
- the country a text is set in (rules/countries.toml), for first names whose gender depends on it
  ("Andrea" is a man in Italy).

Used by entities.py, which finds the people of a document and attaches this evidence to them.
"""

from __future__ import annotations

import bisect
import functools
import marshal
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from . import rules as rules_mod
from . import textre

FEMALE, MALE = "female", "male"
# gender-guesser verdict → (gender, weight of the evidence)
LEXICON_WEIGHTS = {"female": (FEMALE, 0.9), "male": (MALE, 0.9), "mostly_female": (FEMALE, 0.6), "mostly_male": (MALE, 0.6)}
APOSTROPHES = ("’s", "'s", "’", "'")
# a first name that is male in some countries and female in others: below the pass's "medium"
# (0.55), so alone it never gives more than a suggestion
COUNTRY_DEPENDENT_WEIGHT = 0.5


@dataclass(frozen=True, slots=True)
class Evidence:
    gender: str  # female | male
    weight: float  # how far this alone is trusted, 0..1
    reason: str  # "first name ‘Ksenia’ (gender-guesser: female)"


@functools.lru_cache(maxsize=65536)
def bare_name(text: str) -> tuple[str, bool]:
    """A token without its possessive ending: ("Palyuga", True) for "Palyuga’s"."""
    for a in APOSTROPHES:
        if text.endswith(a) and len(text) > len(a) + 1:
            return text[: -len(a)], True
    return text, False


# --- word lists (rules/pronouns.toml [lexicon]) -------------------------------------------------


@functools.cache
def lexicon() -> dict:
    data = rules_mod.read_toml(rules_mod.rules_dir() / "pronouns.toml")["lexicon"]
    out = {k: frozenset(v) for k, v in data.items() if not v or isinstance(v[0], str)}
    out["surname_suffixes_female"] = tuple(sorted(((s, w) for s, w in data["surname_suffixes_female"]), key=lambda x: -len(x[0])))
    out["surname_suffixes_male"] = tuple(sorted(((s, w) for s, w in data["surname_suffixes_male"]), key=lambda x: -len(x[0])))
    out["honorifics"] = {**{h: FEMALE for h in data["honorifics_female"]}, **{h: MALE for h in data["honorifics_male"]}, **{h: None for h in data["honorifics_neutral"]}}
    out["noun_gender"] = {**{n: FEMALE for n in data["nouns_female"]}, **{n: MALE for n in data["nouns_male"]}}
    out["kinship"] = out["kinship_female"] | out["kinship_male"]
    # the gendered nouns, and the kinship nouns' possessives ("father’s"): the words a relation starts from
    out["relation_words"] = out["noun_gender"].keys() | {w + s for w in out["kinship"] for s in ("’s", "'s")}
    out["kin_address"] = dict(data["kin_address"])  # "mam" → "mother"
    out["given_names"] = out["given_names_female"] | out["given_names_male"]
    out["given_name_endings_female"] = tuple(data["given_name_endings_female"])
    out["given_name_endings_male"] = tuple(data["given_name_endings_male"])
    out["later_given_names_female"] = frozenset(data["later_given_names_female"])
    for gender in (FEMALE, MALE):
        out[f"korean_final_syllables_{gender}"] = frozenset(data[f"korean_final_syllables_{gender}"])
        # (longest first: the first that ends the given name decides)
        out[f"chinese_final_syllables_{gender}"] = tuple(sorted(data[f"chinese_final_syllables_{gender}"], key=len, reverse=True))
    out["surname_not_slavic_endings"] = tuple(data["surname_not_slavic_endings"])
    out["surname_female_to_male"] = tuple(tuple(pair) for pair in data["surname_female_to_male"])
    out["surname_suffixes"] = tuple(s for s, _ in out["surname_suffixes_female"] + out["surname_suffixes_male"])
    out["subject_verbs"] = out["speech_verbs"] | out["lone_name_verbs"]
    out["lone_subject_verbs"] = out["subject_verbs"] | out["irregular_pasts"]  # "Maria bought a car."
    out["kinship_converse"] = frozenset((rel, back) for rel, backs in data["kinship_converse"] for back in backs)
    for gender in (FEMALE, MALE):
        out[f"balinese_openings_{gender}"] = frozenset(tuple(pair) for pair in data[f"balinese_openings_{gender}"])
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
ALMOST_ALWAYS = 0.85  # the weight of a name the statistics give almost always to one sex
STATISTICS_WEIGHTS = {"F": (FEMALE, ALMOST_ALWAYS), "M": (MALE, ALMOST_ALWAYS), "f": (FEMALE, 0.6), "m": (MALE, 0.6)}
STATISTICS_MIN_SOURCES, STATISTICS_MIN_COUNT = 5, 100  # below that a share is noise…
# …unless it is unanimous: a name of 10 to 99 bearers, ≥ 97 % of one gender, counts as "mostly"
# ("Ruwan", a Sinhala man's name: 19 bearers in 10 sources, all men)
STATISTICS_MIN_COUNT_UNANIMOUS = 10
# A name both sexes bear often, one a little more than the other ("Augustine": 65 % men over
# 59,000 bearers; gender-guesser, from French data, calls it a woman's): not evidence on its own,
# but enough to dispute a name source that says the other sex outright. Counted only for names of
# many bearers, where the share is no accident of a few registers.
STATISTICS_LEAN_MIN_COUNT = 1000
STATISTICS_LEAN_WEIGHT = 0.4  # against gender-guesser's 0.9: 0.5 left, below the pass's "medium"
STATISTICS_LEANS = {"w": FEMALE, "n": MALE}


def _build_name_statistics(data_file: Path) -> tuple[str, str]:
    import json

    rows = json.loads(data_file.read_text(encoding="utf-8"))
    keep: dict[str, str] = {}
    for name, row in rows.items():
        sources, count, p_female = row[0], row[1], row[2]
        if sources < STATISTICS_MIN_SOURCES or count < STATISTICS_MIN_COUNT_UNANIMOUS or not name.isalpha() or "\n" in name:
            continue
        if count < STATISTICS_MIN_COUNT:
            code = "f" if p_female >= 0.97 else "m" if p_female <= 0.03 else None
        else:
            code = "F" if p_female >= 0.97 else "f" if p_female >= 0.9 else "M" if p_female <= 0.03 else "m" if p_female <= 0.1 else None
            if code is None and count >= STATISTICS_LEAN_MIN_COUNT and p_female != 0.5:
                code = "w" if p_female > 0.5 else "n"
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
    names, codes = _load_cached(data_file, "name-statistics-v3", lambda: _build_name_statistics(data_file))
    return FirstNames(names.split("\n"), codes)


def almost_always_one_sex(first: str) -> Evidence | None:
    """The statistics' evidence for a name they give almost always to one sex, else None."""
    stat = statistics_evidence(first)
    return stat if stat is not None and stat.weight >= ALMOST_ALWAYS else None


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


def statistics_lean(first: str) -> Evidence | None:
    """The name statistics' lean for a name both sexes bear often (weak; see STATISTICS_LEANS)."""
    low = first.lower()
    gender = STATISTICS_LEANS.get(_lookup(name_statistics(), low) or "")
    if gender is None or low in lexicon()["not_first_names"]:
        return None
    return Evidence(gender, STATISTICS_LEAN_WEIGHT, f"first name ‘{first}’ (borne by {'women' if gender == FEMALE else 'men'} more often than not, but by both, in nomquamgender's name statistics)")


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


def whole_given_name_verdict(name: str) -> str:
    """gender-guesser's answer for a hyphenated given name as a whole ("Min-ji", or "Minji"), not
    for its first part: the first syllable of a Korean given name says nothing of sex ("Ha-eun"
    is a girl's name, "Ha" alone mostly a man's to gender-guesser)."""
    table, low = first_names(), name.lower()
    code = table.get(low) or table.get(low.replace("-", ""))
    return _VERDICTS.get(code, "unknown") if code else "unknown"


def first_name_verdict(name: str) -> str:
    """gender-guesser's answer for a first name: female, male, mostly_female, mostly_male, andy
    or unknown. Common English words the dictionary happens to list ("The", "Even") are unknown."""
    return table_verdict(first_names(), name)


@functools.lru_cache(maxsize=65536)  # asked for every capitalised word of a text; per table
def table_verdict(table: FirstNames, name: str) -> str:
    low, lex = name.lower(), lexicon()
    if low in lex["not_first_names"]:
        return "unknown"
    if low in lex["given_names_either"]:
        return "andy"
    if low in lex["given_names_corrected_male"]:
        return "male"
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


def capped_for_country(first: str, e: Evidence) -> Evidence:
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
# "the mayor of Tartu, Kadri Tamm": an office of a place, set off right before the name
OFFICE_OF_PLACE_RE = textre.compile(r"\b(?P<noun>\p{Ll}+) of (?P<place>\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+){0,2}), \Z")


@functools.cache
def _countries() -> dict:
    return rules_mod.read_toml(rules_mod.rules_dir() / "countries.toml")["country"]


@functools.cache
def given_names_by_country() -> dict[str, dict[str, str]]:
    """first name (lower case) → {country: gender} from the `given_names` of rules/countries.toml:
    names whose gender in a naming tradition gender-guesser has no column for is not the one the
    name sources give ("Farah", a man's name in Somalia, a woman's in Arabic)."""
    out: dict[str, dict[str, str]] = {}
    for key, row in _countries().items():
        for gender in (FEMALE, MALE):
            for name in row.get("given_names", {}).get(gender, []):
                out.setdefault(name, {})[key] = gender
    return out


@functools.cache
def country_names() -> frozenset[str]:
    """The countries' own names, lower case ("sri lanka", "south africa"; no cities)."""
    return frozenset(w for row in _countries().values() for w in row["names"])


def listed_for_full_names_only(country: str) -> bool:
    """Does the country's own list of given names hold, where only the setting (not the person's
    own mention) places someone there, only for names of three words or more
    (`given_names_full_names_only` in rules/countries.toml)?"""
    return bool(_countries().get(country, {}).get("given_names_full_names_only", False))


@functools.cache
def country_words() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(place word → country, demonym → country, country → label): names and cities (lower case,
    several words joined by spaces), demonyms; the countries are gender-guesser's, and a few
    naming traditions it has no column for."""
    data = _countries()
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
    heads = frozenset(w.split()[0] for w in [*places, *demonyms] if " " in w)
    single: dict[str, str | None] = dict.fromkeys(heads)
    for w, c in list(places.items()) + list(demonyms.items()):
        if " " not in w:
            for form in (w, w + "’s", w + "'s"):
                single[form] = c
    return single, heads


def country_gender(name: str, country: str) -> str | None:
    """FEMALE / MALE where gender-guesser's per-country data makes a country-dependent first name
    clearly one gender's in `country` ("Andrea" in Italy: male), or the country's own list of
    given names does ("Farah" in Somalia: male), else None."""
    table = first_names()
    low = name.lower()
    if (listed := given_names_by_country().get(low)) is not None and country in listed:
        return listed[country]
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


def _called(words, demonyms: dict[str, str]) -> tuple[str, str, float] | None:
    """(country, why, weight) where the words, one or two tokens, are a nationality the person is
    called by ("Italian", "Italian-born", "Sri Lankan"); else None."""
    if len(words) == 2:
        c = demonyms.get(f"{words[0].lower} {words[1].lower}")
    else:
        c = _demonym(words[0].text, demonyms) if words else None
    return None if c is None else (c, f"the person is called ‘{' '.join(w.text for w in words)}’", COUNTRY_WEIGHT)


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
            two = f"{low} {bare_name(nxt.text)[0].lower()}" if text[tok.end : nxt.start] == " " else ""
            three = f"{two} {tokens[i + 2].lower}" if two and i + 2 < len(tokens) and text[nxt.end : tokens[i + 2].start] == " " else ""
            c = places.get(two) or places.get(three) or demonyms.get(two) or c  # (and "South African")
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
    if (office := textre.search(OFFICE_OF_PLACE_RE, text, max(0, start - 60), start)) is not None and (
        office["noun"] in lexicon()["roles"] or office["noun"] in lexicon()["person_nouns"]
    ) and (c := places.get(office["place"].lower())) is not None:
        return c, f"the person is the {office['noun']} of {office['place']}", COUNTRY_WEIGHT
    before = doc.tokens_in(max(0, start - 60), start)[-5:]
    for k in range(len(before) - 1, -1, -1):
        tok = before[k]
        if (k > 0 and (found := _called(before[k - 1 : k + 1], demonyms))) or (found := _called(before[k : k + 1], demonyms)):
            return found  # "the Sri Lankan coach", "the Italian coach"
        if not tok.text.isalpha() or tok.lower in COUNTRY_PHRASE_STOP or text[tok.end : tok.end + 2] in (". ", "; ", ": "):
            break
    end = past_age(text, end)
    if text.startswith(" (", end) and 0 < (close := text.find(")", end, end + 80)):
        end = close + 1  # "Nermin Aksoy (1931–2009) was a Turkish architect": a biography's dates
    if m := textre.match(COUNTRY_APPOSITION_RE, text, end):
        words = doc.tokens_in(m.start(1), m.end() + 60)[1:6]  # after the article
        for k, tok in enumerate(words[:4]):
            if (found := _called(words[k : k + 2], demonyms)) or (found := _called(words[k : k + 1], demonyms)):
                return found  # "a Sri Lankan lawyer", "a Norwegian architect"
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
                c = places.get(bare_name(place.text)[0].lower())
                if c is not None:
                    return c, f"the person’s origin is ‘{text[tok.start:place.end]}’", COUNTRY_WEIGHT
            if text[tok.end : tok.end + 1] in (".", ";") or text[tok.end : tok.end + 2] == ", ":
                break
    return None


COUNTRY_REASON = "(gender-guesser's per-country data), and"
COUNTRY_LIST_REASON = "(mt-repair's list of the country's given names: rules/countries.toml), and"


def rests_on_country(evidence: list[Evidence]) -> bool:
    """Is this verdict's evidence (the pieces for the winning gender) a country's verdict on a
    country-dependent first name and nothing else?"""
    return len(evidence) == 1 and (COUNTRY_REASON in evidence[0].reason or COUNTRY_LIST_REASON in evidence[0].reason)


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
    if (marked := gendered_ending(low)) is not None:
        gender, ending = marked
        return Evidence(gender, 0.85, f"first name ‘{first}’ (a {'woman' if gender == FEMALE else 'man'}'s name in -{ending}; mt-repair's name list)")
    return None


def later_name_evidence(word: str) -> Evidence | None:
    """A woman's name as a later word of a full name whose first word says nothing ("Tshering
    Yangzom", "Kalengada Dechamma"): a listed second name, or a woman's ending. Women only: a
    later word may be a father's name ("Sittana Babiker Hamid")."""
    low = word.lower()
    low = low if low.isascii() else _fold(low)
    if low in lexicon()["later_given_names_female"] or (gendered_ending(low) or ("",))[0] == FEMALE:
        return Evidence(FEMALE, 0.85, f"given name ‘{word}’ (a woman's in its naming tradition; mt-repair's name list)")
    return None


def gendered_ending(low: str) -> tuple[str, str] | None:
    """(gender, ending) where a lower-cased given name of seven letters or more ends as only one
    sex's names do (rules/pronouns.toml given_name_endings_*): "qudratullah", "tömörbaatar"."""
    if len(low) > 6:
        low = low if low.isascii() else _fold(low)
        lex = lexicon()
        for gender in (FEMALE, MALE):
            for ending in lex[f"given_name_endings_{gender}"]:
                if low.endswith(ending):
                    return gender, ending
    return None


def is_first_name(word: str, verdict: str | None = None) -> bool:
    """Does a name source know this word as a first name? (`verdict`: first_name_verdict(word),
    when the caller has it already.)"""
    if (verdict or first_name_verdict(word)) != "unknown":
        return True
    low = word.lower()
    low = low if low.isascii() else _fold(low)
    if low in lexicon()["given_names"] or gendered_ending(low) is not None:
        return True
    # a name the statistics give almost always to one sex ("Fatou met Ousmane at the bus stop"):
    # a first name as surely as gender-guesser's are
    return almost_always_one_sex(word) is not None


AGE_RE = textre.compile(r", \d{1,3}(?=, )")  # "Grace Muriuki, 47, a farmer": the age between


def past_age(text: str, end: int) -> int:
    """Where a name's apposition may start: after an age in commas ("Muriuki, 47, a farmer")."""
    if text.startswith(", ", end) and text[end + 2 : end + 3].isdigit() and (m := textre.match(AGE_RE, text, end)):
        return m.end()
    return end
