"""Known MT confusions: a reviewed lexicon of wrong senses, each flagged only where its context
makes it wrong.

MT picks the wrong sense of a source word and the sentence stays grammatical ("shot in the back
by the sigils", where the source meant killers), so no grammar checker sees it. The lexicon is
data, reviewed like code: `rules/lexicon/*.toml` (family settings in `rules/lexicon.toml`) plus
an optional project file named by `config.lexicon`, in the same format and under the same
self-test. One `[[entry]]` each:

    key = "sigils"                     # rule id `lexicon.sigils`: what users select or ignore
    forms = { sigils = "killers", sigil = "killer" }   # wrong form → correction; a list gives
                                       # the fix first and alternatives after it
    context = ["shot", "kill*"]        # one must occur near the form ("*" = any ending)
    window = 8                         # words either side; default: the form's sentence
    unless = ["magic"]                 # any of these in the form's sentence (or window) cancels it
    unless_document = ["occult"]       # any of these anywhere in the text cancels it (register)
    not_before = ["minister"]          # the word right after the form cancels it
    not_after = ["the"]                # the word right before the form cancels it
    anywhere = true                    # instead of `context`: a multi-word calque wrong anywhere
    capitalised = true                 # also match capitalised mid-sentence (titles, institutions)
    languages = ["ru", "uk"]           # source languages where the confusion arises
    confidence = 0.95                  # → applicability (thresholds in rules/lexicon.toml)
    note = "why it is a confusion and why the context makes it wrong"
    examples = [{ text = "...", fixed = "..." }]        # each: exactly one finding, that fix
    good = ["..."]                                       # each: no finding

A project entry with the key of a built-in one replaces it (to retune context or confidence).
Forms are matched as whole words, case-insensitively, but not capitalised mid-sentence (a name or
a title: "Deputy Smith") unless the entry says `capitalised = true`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import weakref
from dataclasses import dataclass
from pathlib import Path

from .. import rules as rules_mod
from ..document import Document
from ..model import Applicability, Example, Finding, Rule

NAME = "lexicon"
CATEGORY = "accuracy/mistranslation"
ENTRY_KEYS = {
    "key", "forms", "context", "window", "unless", "unless_document", "not_before", "not_after",
    "anywhere", "capitalised", "languages", "confidence", "note", "examples", "good",
}


class LexiconError(ValueError):
    fatal = True  # a broken lexicon file must stop the run, not silently lose its checks


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: entries are loaded once
class Entry:
    key: str
    forms: dict[tuple[str, ...], tuple[str, ...]]  # wrong words → corrections (fix first)
    context: tuple[tuple[str, ...], ...]  # each term as words; "*" ending = prefix
    window: int | None
    unless: tuple[tuple[str, ...], ...]
    unless_document: tuple[tuple[str, ...], ...]
    not_before: frozenset[str]
    not_after: frozenset[str]
    anywhere: bool
    capitalised: bool
    languages: tuple[str, ...]
    confidence: float
    note: str
    rule: Rule
    where: str


@dataclass(frozen=True)
class Settings:
    safe_at: float
    unsafe_at: float
    languages: dict[str, str]  # code → name, for explanations and validation


# --- loading and validation ------------------------------------------------------------------


@functools.cache
def settings() -> Settings:
    data = rules_mod.read_toml(rules_mod.rules_dir() / "lexicon.toml").get("lexicon", {})
    return Settings(float(data["safe_at"]), float(data["unsafe_at"]), dict(data["languages"]))


def applicability_for(confidence: float) -> Applicability:
    s = settings()
    if confidence >= s.safe_at:
        return Applicability.SAFE
    if confidence >= s.unsafe_at:
        return Applicability.UNSAFE
    return Applicability.DISPLAY


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(phrase.lower().split())


def _terms(raw, where: str, field: str) -> tuple[tuple[str, ...], ...]:
    if not isinstance(raw, list) or not all(isinstance(t, str) and t.strip() for t in raw):
        raise LexiconError(f"{where}: '{field}' must be a list of words or phrases")
    return tuple(_words(t) for t in raw)


def parse_entry(raw: dict, where: str) -> Entry:
    key = raw.get("key")
    if not isinstance(key, str) or not key or not all(c.islower() or c.isdigit() or c == "-" for c in key):
        raise LexiconError(f"{where}: entry key {key!r} must be lower-case letters, digits and '-'")
    where = f"{where}: {key}"
    unknown = set(raw) - ENTRY_KEYS
    if unknown:
        raise LexiconError(f"{where}: unknown field(s) {sorted(unknown)}")
    for field in ("forms", "languages", "confidence", "note", "examples", "good"):
        if field not in raw:
            raise LexiconError(f"{where}: missing '{field}'")
    forms: dict[tuple[str, ...], tuple[str, ...]] = {}
    if not isinstance(raw["forms"], dict) or not raw["forms"]:
        raise LexiconError(f"{where}: 'forms' must map each wrong form to its correction")
    for wrong, right in raw["forms"].items():
        right = [right] if isinstance(right, str) else right
        if not isinstance(right, list) or not right or not all(isinstance(r, str) and r for r in right):
            raise LexiconError(f"{where}: correction of {wrong!r} must be a word or a list of words")
        if wrong.lower() in (r.lower() for r in right):
            raise LexiconError(f"{where}: {wrong!r} is its own correction")
        forms[_words(wrong)] = tuple(right)
    anywhere = bool(raw.get("anywhere", False))
    context = _terms(raw.get("context", []), where, "context")
    if anywhere and context:
        raise LexiconError(f"{where}: 'anywhere' and 'context' exclude each other")
    if not anywhere and not context:
        raise LexiconError(f"{where}: needs a 'context' (a bare word list fires on correct text)")
    if anywhere and any(len(f) < 2 for f in forms):
        raise LexiconError(f"{where}: only multi-word calques may fire 'anywhere'")
    window = raw.get("window")
    if window is not None and (not isinstance(window, int) or window < 1):
        raise LexiconError(f"{where}: 'window' must be a positive number of words")
    langs = raw["languages"]
    known = settings().languages
    if not isinstance(langs, list) or not langs or any(code not in known for code in langs):
        raise LexiconError(f"{where}: 'languages' must list codes from {sorted(known)}")
    confidence = raw["confidence"]
    if not isinstance(confidence, (int, float)) or not 0 < confidence <= 1:
        raise LexiconError(f"{where}: 'confidence' must be a number in (0, 1]")
    note = raw["note"]
    if not isinstance(note, str) or len(note.split()) < 6:
        raise LexiconError(f"{where}: 'note' must say why (a sentence, not a word)")
    examples = raw["examples"]
    if not isinstance(examples, list) or not examples or not all(isinstance(e, dict) and "text" in e for e in examples):
        raise LexiconError(f"{where}: needs 'examples', each with 'text' and 'fixed'")
    good = raw["good"]
    if not isinstance(good, list) or not good or not all(isinstance(g, str) for g in good):
        raise LexiconError(f"{where}: needs 'good' texts that must stay untouched")
    first_wrong, first_right = next(iter(raw["forms"].items()))
    first_right = first_right if isinstance(first_right, str) else first_right[0]
    rule = Rule(
        id=f"{NAME}.{key}",
        category=CATEGORY,
        summary=f"‘{first_wrong}’ where the context calls for ‘{first_right}’: a known MT confusion",
        applicability=applicability_for(float(confidence)),
        explanation=note.strip(),
        source=NAME,
        bad=tuple(Example(e["text"], e.get("fixed")) for e in examples),
        good=tuple(good),
    )
    return Entry(
        key=key,
        forms=forms,
        context=context,
        window=window,
        unless=_terms(raw.get("unless", []), where, "unless"),
        unless_document=_terms(raw.get("unless_document", []), where, "unless_document"),
        not_before=frozenset(w.lower() for w in raw.get("not_before", [])),
        not_after=frozenset(w.lower() for w in raw.get("not_after", [])),
        anywhere=anywhere,
        capitalised=bool(raw.get("capitalised", False)),
        languages=tuple(langs),
        confidence=float(confidence),
        note=note.strip(),
        rule=rule,
        where=where,
    )


def load_file(path: Path, shown: str | None = None) -> list[Entry]:
    """The entries of one lexicon file; `shown` is how messages name the file."""
    try:
        import tomllib  # (a project's lexicon only: the built-in one is read from its compiled copy)

        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise LexiconError(f"{path}: {e}") from None
    return entries_from(data, shown or str(path))


def entries_from(data: dict, shown: str) -> list[Entry]:
    """Validated entries from a lexicon file's parsed TOML."""
    unknown = set(data) - {"entry"}
    if unknown:
        raise LexiconError(f"{shown}: unknown top-level key(s) {sorted(unknown)}; entries are [[entry]] tables")
    entries = [parse_entry(raw, shown) for raw in data.get("entry", [])]
    seen: set[str] = set()
    for e in entries:
        if e.key in seen:
            raise LexiconError(f"{shown}: duplicate entry key {e.key!r}")
        seen.add(e.key)
    return entries


def _builtin_data() -> dict[str, dict]:
    """File name → parsed TOML of every built-in lexicon file (from compiled.json when fresh:
    see repair/rules.py)."""
    out = {}
    for path in sorted((rules_mod.rules_dir() / "lexicon").glob("*.toml")):
        try:
            out[path.name] = rules_mod.read_toml(path)
        except (OSError, ValueError) as e:
            raise LexiconError(f"rules/lexicon/{path.name}: {e}") from None
    return out


@functools.cache
def builtin_entries() -> tuple[Entry, ...]:
    out: dict[str, Entry] = {}
    for name, data in sorted(_builtin_data().items()):
        shown = f"rules/lexicon/{name}"
        for e in entries_from(data, shown):
            if e.key in out:
                raise LexiconError(f"{shown}: entry key {e.key!r} already used in {out[e.key].where}")
            out[e.key] = e
    return tuple(out.values())


@functools.cache
def _project_entries(path: str) -> tuple[Entry, ...]:
    return tuple(load_file(Path(path)))


def entries_for(config) -> tuple[Entry, ...]:
    """The built-in entries, with the project's lexicon (if any) added or replacing by key."""
    builtin = builtin_entries()
    if not getattr(config, "lexicon", None):
        return builtin
    project = _project_entries(config.lexicon)
    keys = {e.key for e in project}
    return tuple(e for e in builtin if e.key not in keys) + project


def entry_rules(config=None) -> list[Rule]:
    """Every entry as a Rule (for `mt-repair rules` and the rule self-tests)."""
    return [e.rule for e in (entries_for(config) if config else builtin_entries())]


@functools.cache
def _index(entries: tuple[Entry, ...]):
    """Forms by their first word (one-word forms) and by their first two words (longer forms),
    so that a common first word like ‘the’ costs one dictionary lookup, not a scan of forms."""
    singles: dict[str, list[tuple[Entry, tuple[str, ...]]]] = {}
    pairs: dict[tuple[str, str], list[tuple[Entry, tuple[str, ...]]]] = {}
    for e in entries:
        for form in e.forms:
            if len(form) == 1:
                singles.setdefault(form[0], []).append((e, form))
            else:
                pairs.setdefault(form[:2], []).append((e, form))
    for cands in pairs.values():
        cands.sort(key=lambda c: -len(c[1]))
    firsts = frozenset(singles) | frozenset(w for w, _ in pairs)
    return singles, pairs, firsts


# --- matching ----------------------------------------------------------------------------------


def _norm(word: str) -> str:
    return word.lower().replace("’", "'")


def _term_matches(words: list[str], i: int, term: tuple[str, ...]) -> bool:
    if i + len(term) > len(words):
        return False
    for w, t in zip(words[i : i + len(term)], term):
        if t.endswith("*"):
            if not w.startswith(t[:-1]):
                return False
        elif w != t:
            return False
    return True


@functools.lru_cache(maxsize=4096)
def _first_words(terms: tuple[tuple[str, ...], ...]) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """What a word must be for any of `terms` to start there: one of a set of words, or a word
    starting with one of some prefixes. None when a term is empty (it starts anywhere)."""
    if not all(terms):
        return None
    exact = frozenset(t[0] for t in terms if not t[0].endswith("*"))
    prefixes = tuple(t[0][:-1] for t in terms if t[0].endswith("*"))
    return exact, prefixes


def _find_term(words: list[str], lo: int, hi: int, terms, skip: range) -> str | None:
    """The first of `terms` found among words[lo:hi] outside `skip` (the form itself)."""
    firsts = _first_words(terms)
    for i in range(lo, hi):
        if i in skip:
            continue
        if firsts is not None and words[i] not in firsts[0] and not words[i].startswith(firsts[1]):
            continue  # no term starts with this word: most words, one set look-up
        for term in terms:
            if _term_matches(words, i, term) and not any(j in skip for j in range(i, i + len(term))):
                return " ".join(words[i : i + len(term)])
    return None


class _View:
    """The document's tokens as lower-case words, with sentence bounds, computed once per pass run."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.tokens = doc.tokens
        # Each token's lower-cased text, normalised as _norm does. A token lower-cased on its own
        # equals its slice of the lower-cased text except for a capital sigma, whose lower case
        # depends on the letters around it (σ or final ς): there, slice the lower-cased text.
        text = doc.text
        lower = text.lower() if "Σ" in text else None
        if lower is not None and len(lower) == len(text):
            words = [lower[t.start : t.end] for t in self.tokens]
        else:
            words = doc.token_lowers
        if "’" in text:
            words = list(map(str.replace, words, itertools.repeat("’"), itertools.repeat("'")))
        self.words = words
        self.sentence_starts = [s.start for s in doc.sentences]
        self._doc_words: set[str] | None = None

    def document_has(self, terms, skip: range) -> bool:
        """Whether any term occurs anywhere in the text outside `skip`. One-word terms are looked
        up in the document's vocabulary (answers cached), longer ones scanned for."""
        if self._doc_words is None:
            self._doc_words = set(self.words)
            self._answers: dict[tuple[str, ...], bool] = {}
        for term in terms:
            if len(term) > 1:
                if _find_term(self.words, 0, len(self.words), (term,), skip):
                    return True
                continue
            if term not in self._answers:
                t = term[0]
                self._answers[term] = (
                    any(map(str.startswith, self._doc_words, itertools.repeat(t[:-1])))
                    if t.endswith("*")
                    else t in self._doc_words
                )
            # The form itself may be the only occurrence ("sigils" is not evidence against itself).
            if self._answers[term] and _find_term(self.words, 0, len(self.words), (term,), skip):
                return True
        return False

    def sentence_of(self, offset: int):
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        return self.doc.sentences[i] if i >= 0 else None

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        starts = self.doc.token_starts
        return bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)

    def is_sentence_start(self, i: int) -> bool:
        sent = self.sentence_of(self.tokens[i].start)
        return (self.token_range(sent.start, sent.end)[0] if sent else i) == i

    def is_name_position(self, i: int) -> bool:
        """Capitalised and not the first word of its sentence: a name or a title."""
        return self.tokens[i].text[:1].isupper() and not self.is_sentence_start(i)

    def contiguous(self, i: int, n: int) -> bool:
        text = self.doc.text
        return all(
            text[self.tokens[j].end : self.tokens[j + 1].start] in (" ", "\u00a0")
            for j in range(i, i + n - 1)
        )


def find(doc: Document, entries: tuple[Entry, ...]) -> list[Finding]:
    view = _View(doc)
    singles, pairs, _ = _index(entries)
    words = view.words
    out: list[Finding] = []
    free = 0  # first token not inside an earlier match
    # Only where a one-word form or the first two words of a longer one stand can anything match.
    single_at = itertools.compress(itertools.count(), map(singles.__contains__, words))
    pair_at = itertools.compress(itertools.count(), map(pairs.__contains__, zip(words, words[1:])))
    for i in sorted({*single_at, *pair_at}):
        if i < free:
            continue
        longer = pairs.get((words[i], words[i + 1])) if i + 1 < len(words) else None
        for entry, form in (longer or []) + singles.get(words[i], []):
            n = len(form)
            if tuple(words[i : i + n]) != form or not view.contiguous(i, n):
                continue
            finding = _check(view, entry, form, i)
            if finding is not None:
                out.append(finding)
                free = i + n
                break
    return out


def _check(view: _View, entry: Entry, form: tuple[str, ...], i: int) -> Finding | None:
    words, tokens, doc = view.words, view.tokens, view.doc
    n = len(form)
    if not entry.capitalised and view.is_name_position(i):
        return None
    if i > 0 and words[i - 1] in entry.not_after:
        return None
    if i + n < len(words) and words[i + n] in entry.not_before:
        return None
    sent = view.sentence_of(tokens[i].start)
    s_lo, s_hi = view.token_range(sent.start, sent.end) if sent else (0, len(words))
    if entry.window is not None:
        lo, hi = max(0, i - entry.window), min(len(words), i + n + entry.window)
    else:
        lo, hi = s_lo, s_hi
    skip = range(i, i + n)
    evidence = None
    if not entry.anywhere:
        evidence = _find_term(words, lo, hi, entry.context, skip)
        if evidence is None:
            return None
    # Exceptions look at the whole sentence even when the context is a narrow window: a word
    # that cancels the finding cancels it wherever it stands in the sentence.
    if entry.unless and _find_term(words, min(lo, s_lo), max(hi, s_hi), entry.unless, skip):
        return None
    if entry.unless_document and view.document_has(entry.unless_document, skip):
        return None
    start, end = tokens[i].start, tokens[i + n - 1].end
    matched = doc.text[start:end]
    at_start = view.is_sentence_start(i)
    corrections = [_match_case(matched, c, at_start) for c in entry.forms[form]]
    replacement = corrections[0]
    if i > 0 and words[i - 1] in ("a", "an"):
        # "an evacuator" → "a tow truck": the article goes with the new word's first sound.
        article = tokens[i - 1]
        wanted = _article_for(replacement, article.text)
        if wanted != article.text:
            replacement = wanted + doc.text[article.end : start] + replacement
            start = article.start
    return Finding.of(
        entry.rule,
        doc.text,
        start,
        end,
        replacement=replacement,
        message=_message(matched, corrections),
        explanation=_explanation(entry, evidence),
        confidence=entry.confidence,
    )


def _match_case(matched: str, correction: str, at_sentence_start: bool) -> str:
    """Shout if the match shouts; capitalise at a sentence start; elsewhere the correction's own
    case (a capitalised title may become a lower-case common noun)."""
    if matched.isupper() and len(matched) > 1:
        return correction.upper()
    if at_sentence_start and matched[:1].isupper():
        return correction[:1].upper() + correction[1:]
    return correction


# Words starting with a vowel letter but a consonant sound, and the reverse.
_CONSONANT_SOUND = ("uni", "use", "usu", "uti", "eu", "one", "once", "ukr", "ura", "euro")
_VOWEL_SOUND = ("hour", "honest", "honour", "honor", "heir")


def _article_for(word: str, article: str) -> str:
    w = word.lower()
    vowel = (w[:1] in "aeiou" and not w.startswith(_CONSONANT_SOUND)) or w.startswith(_VOWEL_SOUND)
    wanted = "an" if vowel else "a"
    return wanted[0].upper() + wanted[1:] if article[:1].isupper() else wanted


def _message(matched: str, corrections: list[str]) -> str:
    msg = f"‘{matched}’ is a known mistranslation here: probably ‘{corrections[0]}’"
    if len(corrections) > 1:
        msg += " (or " + ", ".join(f"‘{c}’" for c in corrections[1:]) + ")"
    return msg


def _explanation(entry: Entry, evidence: str | None) -> str:
    names = settings().languages
    langs = ", ".join(names[c] for c in entry.languages)
    where = "in the same sentence" if entry.window is None else f"within {entry.window} words"
    ctx = f"Context: ‘{evidence}’ {where}." if evidence else "This phrase is a calque in any context."
    return f"{entry.note} {ctx} Known from MT out of {langs}. Lexicon entry ‘{entry.key}’ ({entry.where.split(': ')[0]})."


# --- the pass -----------------------------------------------------------------------------------

# Findings per document, so the rarity pass can leave alone a word the lexicon already explains.
_cache: "weakref.WeakKeyDictionary[Document, tuple[str | None, list[Finding]]]" = weakref.WeakKeyDictionary()


def findings_for(doc: Document, config) -> list[Finding]:
    key = getattr(config, "lexicon", None)
    hit = _cache.get(doc)
    if hit is not None and hit[0] == key:
        return hit[1]
    found = find(doc, entries_for(config))
    _cache[doc] = (key, found)
    return found


def run(doc, config):
    return list(findings_for(doc, config))


# --- self-test: the same checks for built-in and project entries --------------------------------


def self_test(entries: tuple[Entry, ...]) -> list[str]:
    """Problems with the entries' own examples: each bad example gives exactly one finding of its
    entry with the expected fix and the fixed text no longer triggers any entry; each good text
    gives no finding of its entry. Returns one line per problem (empty: all pass)."""
    from ..engine import apply_edits

    problems = []
    for entry in entries:
        alone = (entry,)
        for ex in entry.rule.bad:
            found = find(Document(ex.text), alone)
            if len(found) != 1:
                problems.append(f"{entry.where}: expected one finding in {ex.text!r}, got {len(found)}")
                continue
            fixed = apply_edits(ex.text, list(found[0].fix.edits))
            if ex.fixed is not None and fixed != ex.fixed:
                problems.append(f"{entry.where}: {ex.text!r} fixed to {fixed!r}, expected {ex.fixed!r}")
            again = find(Document(fixed), entries)
            if again:
                problems.append(f"{entry.where}: the fixed text {fixed!r} is flagged by {[f.rule for f in again]}")
        for text in entry.rule.good:
            found = find(Document(text), alone)
            if found:
                problems.append(f"{entry.where}: false alarm on good text {text!r}: {found[0].message}")
    return problems


def main(argv: list[str] | None = None) -> int:
    """`python -m repair.passes.lexicon [FILE ...]`: validate lexicon files and run their
    self-test (the built-in lexicon when no file is given). Exit 0 when all pass.
    (`python -m repair.rules --compile` refreshes rules/lexicon/compiled.json.)"""
    import sys

    paths = argv if argv is not None else sys.argv[1:]
    try:
        entries = tuple(e for p in paths for e in load_file(Path(p))) if paths else builtin_entries()
    except LexiconError as e:
        print(e, file=sys.stderr)
        return 2
    problems = self_test(entries)
    for p in problems:
        print(p)
    print(f"{len(entries)} entries, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
