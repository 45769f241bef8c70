"""Grammar, spelling and style findings from a local LanguageTool server.

The document goes to the server in batches of whole paragraphs, several at a time; each match
comes back with UTF-16 offsets into its batch, which are mapped to code points and shifted to the
document. `rules/languagetool.toml` decides each finding's category and how far its first
suggestion may be trusted. Batches already checked with the same settings are answered from
memory, so the later rounds of `fix` only send the paragraphs a fix changed.

Which server: `languagetool-url` in the config, else MT_REPAIR_LANGUAGETOOL_URL, else the one
`mt-repair server start` runs for this user. With `grammar = "auto"` and no server the pass is
skipped (said once per process on stderr); with "on" a server is started, and a failure to do so
fails the file.
"""

from __future__ import annotations

import functools
import os
import sys
import threading
from collections import OrderedDict

from .. import rules
from ..languagetool import server
from ..languagetool.client import CheckOptions, Client, LanguageToolError, LanguageToolUnavailable
from ..languagetool.offsets import Utf16Map
from ..model import Applicability, Finding, Rule, Severity

NAME = "grammar"
FAMILY = "languagetool"
BATCH_CHARS = 4000  # paragraphs are packed into requests of about this many characters
WORKERS = 4  # requests in flight for one document
MAX_SUGGESTIONS_SHOWN = 5
CONFIDENCE = {Applicability.SAFE: 0.9, Applicability.UNSAFE: 0.7, Applicability.DISPLAY: 0.5}


class GrammarUnavailable(RuntimeError):
    """`grammar = "on"` and no server could be reached or started: the file fails."""

    fatal = True


# --- the data in rules/languagetool.toml ------------------------------------------------------


@functools.cache
def policy() -> dict:
    data = rules.read_toml(rules.rules_dir() / "languagetool.toml")
    app = data.get("applicability", {})
    return {
        "categories": data.get("categories", {}),
        "rule_categories": data.get("rule-categories", {}),
        "safe": frozenset(app.get("safe", ())),
        "display": frozenset(app.get("display", ())),
        "quote_pairing": frozenset(app.get("quote-pairing-rules", ())),
        "display_categories": frozenset(app.get("display-categories", ())),
        "display_issue_types": frozenset(app.get("display-issue-types", ())),
        "spelling_categories": frozenset(app.get("spelling-categories", ())),
        "info_categories": frozenset(app.get("info-categories", ())),
    }


def category_of(rule_id: str, category_id: str) -> str:
    p = policy()
    return p["rule_categories"].get(rule_id) or p["categories"].get(category_id, "fluency/grammar")


def applicability_of(rule_id: str, category_id: str, issue_type: str) -> Applicability:
    p = policy()
    if rule_id in p["safe"]:
        return Applicability.SAFE
    if rule_id in p["display"] or category_id in p["display_categories"] or issue_type in p["display_issue_types"]:
        return Applicability.DISPLAY
    return Applicability.UNSAFE


# --- finding the server ------------------------------------------------------------------------

_told_skipped = False
NO_SERVER = ("no LanguageTool server is running (start one with `mt-repair server start`, "
             "or pass --grammar=on to start it, --grammar=off to silence this)")
_clients: dict[str, Client] = {}


def _skip(reason: str) -> list:
    global _told_skipped
    if not _told_skipped:
        _told_skipped = True
        print(f"mt-repair: grammar pass skipped: {reason}", file=sys.stderr)
    return []


_found_url: str | None = None  # the user's server, found once per process (forgotten if it stops answering)


def _server_url(config) -> str | None:
    global _found_url
    explicit = config.languagetool_url or os.environ.get("MT_REPAIR_LANGUAGETOOL_URL")
    if explicit:
        return explicit
    if _found_url is None:
        state = server.running()
        if state is None and config.grammar == "on":
            try:
                state = server.start(language=config.language)
            except server.ServerError as e:
                raise GrammarUnavailable(f"grammar = on, but no LanguageTool server could be started: {e}") from None
        _found_url = state.url if state else None
    return _found_url


def preflight(config) -> None:
    """Find or start the server once before files are spread over worker processes, so that the
    workers (forked from this process) inherit the answer and "skipped" is said once per run,
    not once per worker. Raises GrammarUnavailable like the pass."""
    if config.grammar == "off" or not _family_selected(config):
        return
    if _server_url(config) is None:
        _skip(NO_SERVER)


def server_in_use(config) -> str | None:
    """The URL the pass will use for this config, or None when it will not run. Call after
    preflight (it never starts a server itself)."""
    if config.grammar == "off" or not _family_selected(config):
        return None
    return config.languagetool_url or os.environ.get("MT_REPAIR_LANGUAGETOOL_URL") or _found_url


def _forget_server() -> None:
    global _found_url
    _found_url = None


def _client(url: str) -> Client:
    client = _clients.get(url)
    if client is None:
        client = _clients[url] = Client(url, workers=WORKERS)
    return client


def _family_selected(config) -> bool:
    """False when --select names no LanguageTool rule: then the server is not asked at all."""
    if any(p.rstrip(".") == FAMILY for p in config.ignore):
        return False
    if not config.select:
        return True
    return any(p in ("ALL", "*") or p.rstrip(".") == FAMILY or p.startswith(FAMILY + ".") for p in config.select)


def _lt_ids(ids) -> tuple[str, ...]:
    """Config lists may name LanguageTool rules with or without our family prefix."""
    return tuple(sorted({i[len(FAMILY) + 1 :] if i.startswith(FAMILY + ".") else i for i in ids}))


def options_for(config) -> CheckOptions:
    return CheckOptions(
        language=config.language,
        enabled_rules=_lt_ids(config.languagetool_enable),
        disabled_rules=_lt_ids(config.languagetool_disable),
        disabled_categories=tuple(config.languagetool_disable_categories),
        picky=config.picky,
    )


# --- batches and the results cache -----------------------------------------------------------

_cache: OrderedDict = OrderedDict()
_cache_lock = threading.Lock()
CACHE_ENTRIES = 2048


def batches(doc, limit: int = BATCH_CHARS) -> list[tuple[int, int]]:
    """(start, end) spans of whole paragraphs, each about `limit` characters or one paragraph."""
    out: list[tuple[int, int]] = []
    start = end = None
    for para in doc.paragraphs:
        if start is not None and para.end - start > limit:
            out.append((start, end))
            start = None
        if start is None:
            start = para.start
        end = para.end
    if start is not None:
        out.append((start, end))
    return out


def check_texts(client: Client, texts: list[str], options: CheckOptions) -> list[list[dict]]:
    """Matches for each text; texts seen before with the same server and options come from memory."""
    keys = [(client.url, options, t) for t in texts]
    with _cache_lock:
        known = {k: _cache[k] for k in keys if k in _cache}
        for k in known:
            _cache.move_to_end(k)
    todo = [t for k, t in zip(keys, texts) if k not in known]
    fresh = dict(zip(todo, client.check_many(todo, options))) if todo else {}
    with _cache_lock:
        for t, matches in fresh.items():
            _cache[(client.url, options, t)] = matches
        while len(_cache) > CACHE_ENTRIES:
            _cache.popitem(last=False)
    return [known[k] if k in known else fresh[t] for k, t in zip(keys, texts)]


# --- the pass ----------------------------------------------------------------------------------


def run(doc, config):
    if config.grammar == "off" or not _family_selected(config) or not doc.text.strip():
        return []
    url = _server_url(config)
    if url is None:
        return _skip(NO_SERVER)
    spans = batches(doc)
    try:
        results = check_texts(_client(url), [doc.text[s:e] for s, e in spans], options_for(config))
    except LanguageToolUnavailable as e:
        _forget_server()  # look for (or start) a server again for the next file
        if config.grammar == "on":
            raise GrammarUnavailable(str(e)) from None
        return _skip(str(e))
    except LanguageToolError as e:
        if config.grammar == "on":
            raise GrammarUnavailable(str(e)) from None
        raise
    allowed = {w.lower() for w in config.allow_words}
    findings = []
    for (start, end), matches in zip(spans, results):
        if not matches:
            continue
        umap = Utf16Map(doc.text[start:end])
        for m in matches:
            f = to_finding(doc, m, start, umap, allowed)
            if f is not None:
                findings.append(f)
    return findings


def to_finding(doc, match: dict, base: int, umap: Utf16Map, allowed=frozenset()) -> Finding | None:
    """One LanguageTool match (JSON from /v2/check) as a finding on `doc`; None when dropped."""
    lt_rule = match["rule"]
    rule_id, category_id = lt_rule["id"], lt_rule.get("category", {}).get("id", "")
    issue_type = lt_rule.get("issueType", "")
    s, e = umap.span(match["offset"], match["length"])
    start, end = base + s, base + e
    text = doc.text[start:end]
    spelling = category_id in policy()["spelling_categories"]
    if spelling and (text.lower() in allowed or _is_person_name(doc, start, end)):
        return None
    if rule_id in policy()["quote_pairing"] and _opens_continued_quote(doc, start):
        return None
    suggestions = [r["value"] for r in match.get("replacements", ()) if "value" in r]
    applicability = applicability_of(rule_id, category_id, issue_type)
    rule = _rule(rule_id, lt_rule.get("description", rule_id), category_id, applicability)
    message = match.get("message") or rule.summary
    return Finding.of(
        rule,
        doc.text,
        start,
        end,
        replacement=suggestions[0] if suggestions else None,
        message=message,
        explanation=_explain(rule_id, lt_rule, suggestions, applicability, spelling),
        confidence=CONFIDENCE[applicability],
    )


@functools.cache
def _rule(rule_id: str, description: str, category_id: str, applicability: Applicability) -> Rule:
    severity = Severity.INFO if category_id in policy()["info_categories"] else Severity.WARNING
    return Rule(
        id=f"{FAMILY}.{rule_id}",
        category=category_of(rule_id, category_id),
        summary=description,
        applicability=applicability,
        severity=severity,
        source="languagetool",
    )


def _is_person_name(doc, start: int, end: int) -> bool:
    try:
        entities = doc.entities
    except Exception:  # noqa: BLE001 - a failing entity analysis must not lose grammar findings
        return False
    first = entities.mention_at(start)
    return (first is not None and first.is_name) or any(m.is_name for m in entities.in_range(start, end))


def _opens_continued_quote(doc, offset: int) -> bool:
    try:
        quotes = doc.quotes
    except Exception:  # noqa: BLE001 - as above
        return False
    return any(q.continues and q.start == offset and q.open_mark for q in quotes)


def _explain(rule_id, lt_rule, suggestions, applicability, spelling) -> str:
    """The rule and its trust level; the match's own message is the finding's message."""
    category = lt_rule.get("category", {}).get("name", "")
    out = [f"Found by LanguageTool’s rule {rule_id} (“{lt_rule.get('description', '').rstrip('.')}”"
           + (f", category {category})." if category else ").")]
    if len(suggestions) > 1:
        others = ", ".join(f"“{s}”" for s in suggestions[1:MAX_SUGGESTIONS_SHOWN])
        out.append(f"Other suggestions: {others}.")
    if applicability is Applicability.SAFE:
        out.append("Applied by `fix`: this rule's first suggestion is on mt-repair's list of reliable LanguageTool corrections.")
    elif spelling:
        out.append("Only shown: names and transliterated words are often missing from the spelling dictionary.")
    elif applicability is Applicability.DISPLAY:
        out.append("Only shown: a matter of style or house typography.")
    else:
        out.append("Applied only with --unsafe-fixes: LanguageTool's suggestion needs a reader's check.")
    return " ".join(out)
