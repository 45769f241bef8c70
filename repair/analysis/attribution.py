"""Pronoun attribution: which person each pronoun of a text refers to, blind to the pronoun's
gender (in machine-translated text that gender is the suspect).

Walking the sentences in order, every person mention (doc.entities) and every already attributed
pronoun leaves a trace with a role (main subject, embedded subject, speaker of a quote,
possessive, other) that fades with distance. A pronoun's candidates are scored from those traces
plus structural rules:
- reporting clause: "“…,” he said" / "…, he said." → the quote's speaker, who is the last speaker
  or the sentence's subject; mentions inside the quote are not candidates;
- complement: "X said (that) he …" → X (inside quotes too);
- binding: "X circulated his own …" / "X describes himself" → the clause's subject, while an
  object "him" is not the subject of its own clause (nor of a "who" clause about someone);
- a sentence-initial "He" → the previous main subject (subject continuity);
- inside a quote: not the speaker; "“…,” he said of his mother" makes the mother the quote's topic;
- relations: "her father, Mykola" is Mykola, a later "his father" has the same owner, and the
  converse of a known relation is that person ("Her son, X, …" then "X said his mother …").

Where not one feminine pronoun is left in the text, the written "he" says nothing about who is
meant, so the story's protagonist (the person most often named as a subject) is the likelier
referent and a paragraph that opens with a pronoun goes back to them.

Used by the pronouns pass (repair/passes/pronouns.py), which decides what to fix. The questions
asked of the trail (whose is this clause, who spoke before) are in trace_queries.py, the word lists
in clause_words.py.
"""

from __future__ import annotations

import bisect
import operator
from dataclasses import dataclass, field

from .. import textre
from ..name_evidence import FEMALE, MALE, lexicon
from .clause_words import AUXILIARIES, CHILDREN, DIED_RE, NOT_NOUN_START, PRONOUNS, RELATIVES, SUBORDINATORS, WH_WORDS
from .trace_queries import TraceQueries


COPULAS = frozenset({"is", "are", "was", "were"})
SUBJECT_APPOSITION_RE = textre.compile(r"(?i)(?:his|her|their|its|the|\p{L}+[’']s)(?: [\p{L}-]+(?:[’']s)?){1,4},$")  # "The city's mayor,"
LEDE_DATES_RE = textre.compile(r" \([^()\n]{0,60}\b\d{4}\b[^()\n]{0,40}\)")  # " (née Dvořáková; 14 March 1924 – 2003)"
SUBJECT_QUANTIFIERS = frozenset(f"{q} of" for q in "most many all some several one few much part both half each none".split())
SUBJECT_DETERMINERS = frozenset({"his", "her", "their", "its", "the", "our", "my"})
APOSTROPHE_S = ("’s", "'s")
INTRODUCTORY_OPENERS = frozenset("in after during by since on at from until before later that this last next every throughout".split())
SUBORDINATE_OPENERS = (SUBORDINATORS - RELATIVES) | {"and", "but", "what", "how", "why"}  # "because he", "and he"
CONTENT_OPENERS = frozenset({"how", "what", "why"})  # "knew why he …" (not "whether": "did not know whether she would …" is mostly herself)
ROLE_WEIGHT = {"main": 1.0, "topic": 0.9, "speaker": 1.0, "embedded": 0.6, "other": 0.4, "poss": 0.35, "background": 0.25, "quoted": 0.15}
AFTER_DEATH = frozenset({"after", "since", "following", "until", "before"})  # "… after his death"
SPOUSE_OF = {"husband": FEMALE, "wife": MALE}  # whose spouse the noun most often names
# "the daughter of a railway engineer, Alberto Sosa, and …": parents named as the subject's origin
# (the parent may be a bare noun phrase right after "of": "the fourth child of a railway worker")
PARENTAGE_RE = textre.compile(r"\b(?:daughter|son|child|children|granddaughter|grandson)s? of\b(?P<gap>[^.;:!?“”\"]{0,120})$")
CLAUSE_WORDS = frozenset("who whom which where when while because that but after before said says".split())
SENTENCE_DECAY, PARAGRAPH_DECAY, WINDOW = 0.75, 0.85, 5
DECAY = [SENTENCE_DECAY**i for i in range(WINDOW + 1)]
PARA_DECAY = [PARAGRAPH_DECAY**i for i in range(WINDOW + 1)]
QUOTED_WEIGHT, EMBEDDED_WEIGHT = ROLE_WEIGHT["quoted"], ROLE_WEIGHT["embedded"]
SAME_SENTENCE_PRONOUN = 0.8
QUOTED_OBJECT = 0.6  # inside a quote: a person named in another role than the subject
STRUCTURAL = 3.0  # the score a structural rule gives its referent
PROTAGONIST_BOOST = 1.5
DATELINE_RE = textre.compile(r"\p{Lu}{2}[\p{Lu} .'-]*(?:, [\p{L} .]{2,30})? [—–] ")  # "RIGA — ", "LUSAKA, Zambia — "
SURVIVED = (" is survived by ", " was survived by ", " is survived ", " was survived ")
ERASED_CONFIDENCE = 0.65  # see _decide: a clear attribution in a text whose women are all "he"
OTHER_SUBJECT_FOLLOWS = 0.5  # the confidence left to "his" in "his death she": a weak attribution
RIVAL_IN_BETWEEN = 0.5  # its share of a structural score: a rival, so the fix is unsafe
RIVAL = 0.2  # a candidate scoring at least this share of the winner's is a plausible rival
SPOUSES_OF_WOMEN = frozenset({"husband", "husbands", "fiancé", "boyfriend", "widower"})  # "his husband": whose, mostly
SPOUSES_OF_MEN = frozenset({"wife", "wives", "fiancée", "girlfriend", "widow"})  # "his wife": his, mostly


@dataclass(slots=True)
class Trace:
    entity: int
    pos: int
    sentence: int
    paragraph: int
    role: str
    quote: object | None  # the top-level quote the trace is in, None outside quotes
    first: bool = False  # the entity's first mention in the text
    clause_role: str = ""  # a mention's role in its own clause, kept inside quotes too
    confidence: float = 1.0  # for a pronoun: how sure its attribution was
    attribution: object | None = None  # for a pronoun: its Attribution
    # its salience weight in _candidates (outside quotes), fixed at creation: further back, and in
    # the pronoun's own sentence
    weight_far: float = field(init=False, repr=False, compare=False, default=0.0)
    weight_near: float = field(init=False, repr=False, compare=False, default=0.0)

    def __post_init__(self) -> None:
        if self.quote is not None:
            self.weight_far = self.weight_near = QUOTED_WEIGHT
            return
        weight = ROLE_WEIGHT.get(self.role, 0.4)
        if self.first and weight < EMBEDDED_WEIGHT and self.role != "background":
            self.weight_far = self.weight_near = EMBEDDED_WEIGHT  # a person just introduced is salient
            return
        self.weight_far = weight
        # pronouns in one sentence mostly share a referent
        self.weight_near = SAME_SENTENCE_PRONOUN if self.attribution is not None and weight < SAME_SENTENCE_PRONOUN else weight


@dataclass(slots=True)
class Attribution:
    token: object
    gender: str  # the pronoun's gender as written
    slot: str
    entity: int | None = None
    confidence: float = 0.0  # against rivals of another gender than the referent's
    structural: bool = False
    rivals: list[int] = field(default_factory=list)
    reason: str = ""
    kind: str = "salience"  # report | complement | subordinate | binding | continuity | topic | salience
    quote: object | None = None
    topic: bool = False
    fresh_rival: bool = False  # a rival was introduced in this or the previous sentence
    near_rival: bool = False  # a rival is mentioned in the same sentence
    speaker_known: bool = False  # inside a quote whose speaker is known
    genders_near: set = field(default_factory=set)  # genders of every candidate in the window
    predicate: tuple[str, str] | None = None  # (gender, phrase): "he became the first woman to …"
    clause_bound: bool = False  # bound to its own clause's subject ("X edited his diaries")




@dataclass(slots=True)
class _Reading:
    """One pronoun outside quotes while the rules of Attributor._outside read it: its place, its
    candidates' scores, and whom a structural rule bound it to (no surer than binder_conf, the
    confidence of binder_tr where that was itself a pronoun)."""

    a: Attribution
    tok: object
    s: int
    ti: int  # tok is doc.tokens[ti]
    prev: object | None
    nxt: object | None
    first_ref: bool  # the first person the sentence refers to ("At twenty he won …")
    scores: dict[int, float]
    report_quote: object | None  # the quote it attributes ("“…,” he said"), "paren" ("…, he said,")
    binder: int | None = None
    binder_conf: float = 1.0
    binder_tr: Trace | None = None
    parallel_relation: bool = False  # owns a relation joined to the one that opened the sentence
    background: set[int] = field(default_factory=set)  # rivals named only as someone's background


class Attributor(TraceQueries):
    def __init__(self, doc, entities, verdicts) -> None:
        self.doc, self.text, self.entities, self.verdicts = doc, doc.text, entities, verdicts
        self.lex = lexicon()
        self.speech = self.lex["speech_verbs"]
        self.sentences = doc.sentences
        self.sent_starts = [s.start for s in self.sentences]
        self.para_starts = [p.start for p in doc.paragraphs]
        bisect_right, para_starts = bisect.bisect_right, self.para_starts  # paragraph_index, inlined
        self.para_of_sentence = [max(0, bisect_right(para_starts, st) - 1) for st in self.sent_starts]
        self.top_quotes = [q for q in doc.quotes if q.depth == 0]
        self.quote_starts = [q.start for q in self.top_quotes]
        self.traces: list[Trace] = []
        self.speaker: dict[int, int] = {}  # id(quote) → entity
        self.speaker_doubt: dict[int, tuple[list[int], float]] = {}  # id(quote) → (the speaker's rivals, confidence), when it had rivals
        self.speaker_doubtful: set[int] = set()  # id(quote) whose speaker is an unclear pronoun's referent
        self.topic: dict[int, int] = {}  # id(quote) → entity the quote talks about ("said of X")
        self.last_speaker: tuple[int, int] | None = None  # (entity, sentence)
        self.last_speaker_written: str | None = None  # the gender of the pronoun that named them, if one did
        self.seen: set[int] = set()
        self.subject_counts: dict[int, int] = {}  # person → times named as a subject so far
        self.lead: tuple[int | None, int, int] = (None, 0, 0)  # (the most named, their count, runner-up's)
        # kinship: "her father" → the owner word's position, and each relation's owner once known
        self.kin_at_owner = {m.owner_start: m for m in entities.mentions if m.kind == "kinship" and m.owner_start >= 0}
        self.relation_owner: dict[int, int] = {}
        self.article_subject: int | None = None  # whom an encyclopedia lede names ("X (1924–2003) was …")
        self.deceased: int | None = None  # whom an obituary's opening sentence reports dead
        self.relation_noun: dict[int, str] = {}  # relation → its kinship noun as first written ("son")
        self.relation_gender: dict[int, tuple[str, str]] = {}  # person of unknown gender → (gender, why) from a converse relation

    # structure helpers
    def paragraph_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)

    def quote_at(self, pos: int):
        i = bisect.bisect_right(self.quote_starts, pos) - 1
        while i >= 0:
            q = self.top_quotes[i]
            if q.start < pos < q.end:
                return q
            if q.end <= pos and q.start < pos - 2000:
                break
            i -= 1
        return None

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def prev_token(self, tok, skip: int = 1):
        i = bisect.bisect_left(self.doc.token_starts, tok.start) - skip
        return self.doc.tokens[i] if i >= 0 else None

    def _token_before(self, pos: int):
        """The token before the first token starting at or after `pos` (token starts are unique)."""
        i = bisect.bisect_left(self.doc.token_starts, pos)
        return self.doc.tokens[i - 1] if i >= 1 else None

    def next_token(self, pos: int):
        i = bisect.bisect_left(self.doc.token_starts, pos)
        return self.doc.tokens[i] if i < len(self.doc.tokens) else None

    def run(self, pronoun_tokens) -> list[Attribution]:
        self.no_feminine = all(PRONOUNS[t.lower][0] == MALE for t in pronoun_tokens)
        events = [(m.start, 0, m) for m in self.entities.mentions] + [(t.start, 1, t) for t in pronoun_tokens]
        events.sort(key=operator.itemgetter(0, 1))
        outside: list[Attribution] = []
        inside: list[tuple[Attribution, int]] = []
        quote_at, bisect_right, sent_starts = self.quote_at, bisect.bisect_right, self.sent_starts
        for pos, kind, item in events:
            quote = quote_at(pos)
            s = max(0, bisect_right(sent_starts, pos) - 1)  # sentence_of, inlined
            if kind == 0:
                self._mention(item, s, quote)
            elif quote is None:
                outside.append(self._outside(item, s))
            else:
                a = Attribution(item, *PRONOUNS[item.lower], quote=quote)
                inside.append((a, len(self.traces)))
                self.traces.append(Trace(-1, pos, s, self.para_of_sentence[s], "pending", quote))
        if inside:
            self._bridge_quoted_kin()
        for a, slot in inside:
            self._inside(a, slot)
        return sorted(outside + [a for a, _ in inside], key=lambda a: a.token.start)

    # mentions
    def _mention(self, m, s: int, quote) -> None:
        last = self.traces[-1] if self.traces else None
        last_m = self.entities.mention_at(last.pos) if last is not None else None
        if last_m is not None and last_m.entity == m.entity and self.text[last_m.end : m.lead] == ", ":
            return  # an apposition ("her husband, Kenji,"): the same person in the same role
        entity = m.entity
        if m.kind == "kinship" and m.owner_start >= 0:
            entity = self._note_owner(m)
        role = clause_role = self._role(m, s)
        if quote is not None:
            role = "quoted"
        first = m.entity not in self.seen  # (a converse relation is as fresh as a new person)
        self.seen.update((m.entity, entity))
        self.traces.append(Trace(entity, m.start, s, self.para_of_sentence[s], role, quote, first, clause_role=clause_role))
        if role in ("main", "speaker", "topic") and m.is_name and self.entities.people[m.entity].kind == "person":
            self._count_subject(m.entity)
            if s == 0 and role == "main" and self.deceased is None and textre.search(DIED_RE, self.text, m.end, self.sentences[0].end):
                self.deceased = m.entity  # "RIGA — Valters Priedītis, who conducted …, died on Monday"
            if s == 0 and role == "main" and textre.match(LEDE_DATES_RE, self.text, m.end):
                self.article_subject = m.entity
                # an encyclopedia lede, "Věra Horáková (née Dvořáková; 1924–2003) was a Czech
                # biochemist": the article is about her, so she counts twice. (Not any first
                # subject: "Tomás Herrera has driven his daughter to …" is a story about her.)
                self._count_subject(m.entity)
        if role == "speaker" or (role == "main" and self._attributes_quote(m)):
            self._set_speaker(m.entity, m.start, s)
        self._topic_after(m)

    def _note_owner(self, m) -> int:
        """Whose relation this is ("her father, Mykola" → the person "her" refers to), so that a
        later "his father" names the same owner even where that person has left the window.
        Returns whom the mention means: its entity, or the person a converse relation names."""
        owner = self.entities.mention_at(m.owner_start)
        found = None
        if owner is not None:
            found = owner.entity if owner.is_name else None
        else:
            for tr in reversed(self.traces[-6:]):
                a = tr.attribution
                if tr.pos == m.owner_start and a is not None and a.entity is not None and tr.quote is None:
                    if a.confidence >= 0.65 or a.structural:
                        found = a.entity
                    break
        if found is None:
            return m.entity
        noun = self.text[m.start : m.end].lower()
        if noun in SPOUSE_OF and self.verdicts[found][0] is None:
            # "Kimaro’s husband, Joseph Kimaro," of a woman whose given name no source knows: a
            # husband is a woman's far more often than a man's (and a wife a man's)
            owner_kind = "woman" if SPOUSE_OF[noun] == FEMALE else "man"
            self.relation_gender.setdefault(found, (SPOUSE_OF[noun], f"{{name}} has a ‘{noun}’, far more often a {owner_kind}’s than not"))
        if m.entity not in self.relation_owner:
            self.relation_owner[m.entity] = found
            self.relation_noun[m.entity] = noun
        # the converse of a relation known before: "Her son, Rolando, …" then "Rolando said his
        # mother had kept teaching" — his mother is she, not a new person
        elder = self.relation_owner.get(found)
        if elder is not None and elder != found and (self.relation_noun.get(found), noun) in self.lex["kinship_converse"]:
            gender = self.lex["noun_gender"].get(noun)
            if self.verdicts[elder][0] == gender:
                return elder
            if self.verdicts[elder][0] is None and gender is not None:
                # "His daughter Vilayvanh … said his mother worked …" of a woman whose name no
                # source knows: the word gives her a gender (applied after the run, by the pass)
                reason = f"called ‘{noun}’ by the one introduced as {{name}}’s ‘{self.relation_noun[found]}’"
                self.relation_gender.setdefault(elder, (gender, reason))
                return elder
        return m.entity

    def _role(self, m, s: int) -> str:
        text = self.text
        sent = self.sentences[s]
        start = sent.start
        if text[start : start + 2].isupper() and (dateline := textre.match(DATELINE_RE, text, start, m.lead)):
            start = dateline.end()  # "RIGA — Valters Priedītis, who …, died": the dateline is no part of the sentence
        before = text[start : m.lead].strip(" “”\"'‘’«»—–-")
        if before and before[-1].islower():
            # "Dr. de Groot, who died …": the particles belong to the name ("de Groot" alone is
            # a mention that starts at "Groot")
            words = before.split()
            while words and words[-1] in self.lex["particles"]:
                words.pop()
            before = " ".join(words)
        if before and before.rstrip(".").lower() in self.lex["honorifics"] and (m.kind == "kinship" or before != text[start : m.lead].strip(" “”\"'‘’«»—–-")):
            before = ""  # "Ms. Huber's mother, Rosemarie, runs the inn": the relation opens the sentence
        if m.possessive:
            if m.start in self.kin_at_owner or m.lead in self.kin_at_owner:
                return "poss"  # "Devi’s husband, Rajendra, runs a shop": the husband is the subject
            if not before or before.lower() in SUBJECT_QUANTIFIERS:
                return "topic"  # "Tamm’s first task will be …", "Most of Einar’s poems are …": their topic
            return "poss"
        if " of" in before and (parentage := textre.search(PARENTAGE_RE, before)) is not None:
            if not CLAUSE_WORDS.intersection(parentage["gap"].lower().split()):
                return "background"  # "She was born in Bahía Blanca, the daughter of … Alberto Sosa"
        nxt = self.next_token(m.end)
        gap = text[m.end : nxt.start] if nxt else ""
        prev = self._token_before(m.lead) if m.lead > 0 else None
        # "…,” said Dmitry Palyuga": inverted attribution after a quote
        if prev is not None and prev.lower in self.speech and self._quote_closes_before(prev.start):
            return "speaker"
        verbish = nxt is not None and gap.strip() in ("", ",") and (
            nxt.lower in self.speech or nxt.lower in AUXILIARIES or nxt.lower in self.lex["irregular_pasts"]
            or (nxt.text.islower() and nxt.lower.endswith(("ed", "s")) and nxt.lower not in NOT_NOUN_START)
        )
        if not before:
            return "main"
        if text[m.end : m.end + 2] == ", " and "," in before[-2:] and textre.match(SUBJECT_APPOSITION_RE, before):
            return "main"  # "Her teacher, Declan Murphy, flew …": the name is the subject's apposition
        if gap == " " and nxt.text.islower() and (nxt.lower not in NOT_NOUN_START or nxt.lower in AUXILIARIES) and _subject_noun_phrase(before):
            return "main"  # "Her colleague Tran Van Minh ran …": a close apposition to the subject
        if nxt is not None and nxt.lower in self.speech and gap == " " and self._quote_closes_before(m.lead):
            return "speaker"  # "“…,” Zainab said"
        opener = before.split(maxsplit=1)[0].lower() if before else ""
        if prev is not None and prev.lower in COPULAS and gap.strip() in (",", ".", ";", "") and opener in self.lex["inversion_openers"]:
            return "main"  # "Among the first to cross was Inge Madsen, …": an inverted subject
        if verbish:
            if prev is not None and (prev.lower in SUBORDINATORS or prev.lower in self.speech):
                return "embedded"
            if prev is not None and text[prev.end : m.lead].strip() in (",", "") and prev.lower not in ("and", "or"):
                # after an introductory clause ("Since …, Palyuga said") the subject is the main one,
                # and after a short phrase of time without its comma ("In the 1980s Aksoy turned to …")
                return "main" if text[prev.end : m.lead].strip() == "," or _introductory_phrase(before) else "embedded"
            return "main" if prev is None else "embedded"
        return "other"

    def _quote_closes_before(self, pos: int) -> bool:
        i = bisect.bisect_right(self.quote_starts, pos) - 1
        while i >= 0:
            q = self.top_quotes[i]
            if q.end <= pos:
                return self.text[q.end : pos].strip(" ,") == ""
            i -= 1
        return False

    def _attributes_quote(self, m) -> bool:
        """ “X said” right after a quote, or “X said: “…” before one."""
        nxt = self.next_token(m.end)
        if nxt is None or nxt.lower not in self.speech:
            return False
        return self._quote_closes_before(m.lead) or self.text[nxt.end : nxt.end + 4].lstrip(" ,:").startswith(("“", '"', "«"))

    def _set_speaker(self, entity: int, pos: int, s: int) -> None:
        self.last_speaker = (entity, s)
        self.last_speaker_written = None  # named, not a pronoun
        # the quote that closes right before, or the one that opens right after
        for q in self._adjacent_quotes(pos):
            self.speaker.setdefault(id(q), entity)

    def _adjacent_quotes(self, pos: int) -> list:
        out = []
        para = self.paragraph_index(pos)
        i = bisect.bisect_right(self.quote_starts, pos)
        if i - 1 >= 0 and self.top_quotes[i - 1].paragraph == para and self.top_quotes[i - 1].end <= pos:
            out.append(self.top_quotes[i - 1])
        if i < len(self.top_quotes) and self.top_quotes[i].paragraph == para:
            out.append(self.top_quotes[i])
            q = self.top_quotes[i]
            j = i + 1
            while q.continues and j < len(self.top_quotes):  # a quote running over paragraphs
                q = self.top_quotes[j]
                out.append(q)
                j += 1
        return out

    def _topic_after(self, m) -> None:
        """ “he said of his mother”: the mention after "of"/"about" that follows a speech verb."""
        prev = self._token_before(m.lead) if m.lead > 0 else None
        if prev is None or prev.lower not in ("of", "about"):
            return
        verb = self.prev_token(prev)
        if verb is None or verb.lower not in self.speech or self.text[verb.end : prev.start] != " ":
            return
        for q in self._adjacent_quotes(m.start):
            self.topic[id(q)] = m.entity

    # pronouns outside quotes
    def _candidates(self, pos: int, s: int, exclude_quote=None, inside_quote=None) -> dict[int, float]:
        scores: dict[int, float] = {}
        latest: dict[int, int] = {}  # entity → the latest sentence it was seen in
        self.cand_sentence = latest
        para = self.para_of_sentence[s]
        quoted_only = inside_quote is None
        # where no woman is "she", the written gender cannot pick the referent: the person the
        # story is about is then the likelier one
        protagonist = self._protagonist() if self.no_feminine else self.article_subject
        role_weight, decay, para_decay = ROLE_WEIGHT, DECAY, PARA_DECAY
        for tr in reversed(self.traces):
            ts = tr.sentence
            back = s - ts
            if back > WINDOW:
                break
            e = tr.entity
            if e < 0 or tr.pos >= pos:
                continue
            q = tr.quote
            if exclude_quote is not None and q is exclude_quote:
                continue
            if quoted_only:
                weight = tr.weight_near if back == 0 else tr.weight_far
            else:
                weight = role_weight.get(tr.role, 0.4)
                if tr.first and weight < EMBEDDED_WEIGHT and tr.role != "background":
                    weight = EMBEDDED_WEIGHT  # a person just introduced is salient
                elif back == 0 and tr.attribution is not None and weight < SAME_SENTENCE_PRONOUN:
                    weight = SAME_SENTENCE_PRONOUN  # pronouns in one sentence mostly share a referent
            dp = para - tr.paragraph
            w = weight * decay[back] * para_decay[dp if dp < WINDOW else WINDOW]
            if e == protagonist:
                w *= PROTAGONIST_BOOST
            if w > scores.get(e, 0.0):
                scores[e] = w
            if e not in latest:  # walking back, the first trace of e is its latest sentence
                latest[e] = ts
        return scores

    def _outside(self, tok, s: int) -> Attribution:
        r = self._reading(tok, s)
        a, ti, prev, nxt = r.a, r.ti, r.prev, r.nxt
        gender, slot, text, tokens = a.gender, a.slot, self.text, self.doc.tokens
        if r.report_quote is not None:
            self._bind_report(r)
        elif slot == "subj" and self.deceased is not None and text.startswith(SURVIVED, tok.end):
            # "He is survived by his wife …": only the dead are survived, so it is the one the
            # obituary opened with, whoever spoke last
            r.binder = self.deceased
            a.reason, a.kind = "only the dead are survived, and {name} is the one whose death the text opens with", "subordinate"
            if r.binder not in r.scores:
                r.scores[r.binder] = 0.0
        elif slot in ("subj", "poss") and prev is not None and (prev.lower in self.speech or prev.lower == "that"):
            self._bind_speech(r)
        elif slot == "poss" and prev is not None and prev.lower in ("and", "while") and tok.start in self.kin_at_owner and (opener := self._opening_relation(tok.start, s)) is not None:
            # "Her father, Shalva, was an agronomist, and her mother, Ketevan, taught Russian": a
            # relation joined to the one that opened the sentence has the same owner (the father
            # is not whose mother she is)
            r.binder = self.relation_owner[opener]
            r.scores.pop(opener, None)
            r.parallel_relation = True
            a.reason, a.kind = "it owns a relation joined to the one that opened the sentence, {name}’s", "binding"
            if r.binder not in r.scores:
                r.scores[r.binder] = 0.0
        elif (
            (opener := self._clause_opener(ti, slot)) is not None
            # (not a question a verb of knowing takes: "X understood why he would not give it up"
            # asks about someone else as often as about X)
            and not (opener.lower in CONTENT_OPENERS and ti >= 2 and tokens[ti - 2].lower in self.lex["knowing_verbs"])
            and self._subject_before(tok.start, s) is not None
        ):
            # "X left early because he was tired", "X moved, and he …": the main clause's subject
            r.binder = self._subject_before(tok.start, s)
            a.reason = f"it is the subject of a ‘{opener.lower}’ clause inside a sentence whose subject is {{name}}"
            a.kind = "subordinate"
            # (its latest mention as a subject in this sentence)
            main_tr = next((tr for tr in reversed(self._sentence_traces(s)) if tr.entity == r.binder and tr.role in ("main", "speaker")), None)
            if main_tr is not None and main_tr.attribution is not None and main_tr.attribution.rivals and opener.lower in ("and", "but"):
                # "He was already known for …, and he liked to say …": the main subject was itself
                # a pronoun read with a rival; the "and he" goes on with it, no surer
                r.binder_conf, r.binder_tr = main_tr.confidence, main_tr
        elif slot in ("poss", "refl", "pposs"):
            self._bind_possessive(r)
        elif slot == "obj":
            subj_tr = self._clause_subject(tok.start, s) or self._relative_subject(tok.start, s)
            if subj_tr is not None and subj_tr.entity in r.scores:
                # "X saw him": not X (binding theory); a pronoun subject may itself be misread
                if subj_tr.attribution is None:
                    del r.scores[subj_tr.entity]
                else:
                    r.scores[subj_tr.entity] *= 0.1
                    # …and whoever is left is no surer than the subject was read ("… and said he
                    # had stopped asking him": if that "he" is hers, "him" is not his)
                    r.binder_conf = min(r.binder_conf, max(subj_tr.confidence, 0.5))
        if slot == "subj" and r.binder is None and prev is not None and prev.lower == "whom":
            # "the architect Sedat Yıldırım, whom he later called his mentor": the one "whom"
            # stands for is the object of the clause, so not its subject
            antecedent = self._trace_just_before(prev.start, s)
            if antecedent is not None and antecedent.entity in r.scores:
                r.scores[antecedent.entity] *= 0.1
        kin = self.kin_at_owner.get(tok.start) if slot == "poss" and r.binder is None else None
        if kin is not None and self.relation_owner.get(kin.entity, kin.entity) != kin.entity:
            # "His father was in the audience": the father introduced as someone's father before
            r.binder = self.relation_owner[kin.entity]
            a.reason, a.kind = f"it owns ‘{self.entities.people[kin.entity].noun}’, introduced before as {{name}}’s", "binding"
            if r.binder not in r.scores:
                r.scores[r.binder] = 0.0
        a.genders_near = {self.verdicts[e][0] for e in r.scores}
        if r.binder is not None:
            self._weigh_binder(r)
        elif slot in ("subj", "poss") and r.first_ref:
            self._continue_subject(r)
        if slot == "poss" and gender == MALE:
            self._spouse_nouns(r)
        if slot == "poss" and nxt is not None and nxt.lower in ("death", "funeral") and prev is not None and prev.lower in AFTER_DEATH:
            # "Hanitra stopped performing after his death": whoever acts after a death is not
            # the one who died (the clause's subject, if a person, is someone else)
            subj = self._subject_before(tok.start, s)
            if subj is not None and subj in r.scores and len(r.scores) > 1:
                r.scores[subj] *= 0.1
                if r.binder == subj:
                    a.kind, a.reason, a.structural = "salience", "", False
        self._settle(a, r.scores, tok, s, None, r.background)
        self._after_settle(r)
        return a

    def _reading(self, tok, s: int) -> _Reading:
        """The pronoun's place and its candidates, before any rule has bound it; whether it
        attributes a quote ("“…,” he said": the quote; "…, he said,": "paren")."""
        gender, slot = PRONOUNS[tok.lower]
        if slot == "her":
            slot = "poss" if _determiner_follows(self.doc, tok) else "obj"
        a = Attribution(tok, gender, slot)
        text = self.text
        tokens = self.doc.tokens
        ti = bisect.bisect_left(self.doc.token_starts, tok.start)  # tok is tokens[ti]
        prev = tokens[ti - 1] if ti >= 1 else None
        nxt = tokens[ti + 1] if ti + 1 < len(tokens) else None
        sent = self.sentences[s]
        at_start = text[sent.start : tok.start].strip(" “”\"'‘’«»—–-") == ""
        # "At twenty he won …": the first person the sentence refers to, after an opening phrase
        first_ref = at_start or (
            # (trace sentences never decrease and none is after s: the last trace says it all)
            not (self.traces and self.traces[-1].sentence == s) and self.quote_at(sent.start + 1) is None
            and ti - bisect.bisect_left(self.doc.token_starts, sent.start) <= 4
            # (not inside the subject's own phrase: "The couple he rescued …" is about the couple)
            and not (prev is not None and prev.text.islower() and prev.lower not in NOT_NOUN_START and text[prev.end : tok.start] == " "
                     and self.doc.tokens[bisect.bisect_left(self.doc.token_starts, sent.start)].lower in ("the", "a", "an"))
        )
        scores = self._candidates(tok.start, s)
        report_quote = None
        if slot == "subj" and nxt is not None and nxt.lower in self.speech and text[tok.end : nxt.start] == " ":
            # "“…,” he said" / "…, he said." / "He said: “…”"
            i = bisect.bisect_right(self.quote_starts, tok.start) - 1
            if i >= 0 and self.top_quotes[i].end <= tok.start and text[self.top_quotes[i].end : tok.start].strip(" ,") == "":
                report_quote = self.top_quotes[i]
            elif prev is not None and text[prev.end : tok.start] == ", " or at_start and text[nxt.end : nxt.end + 4].lstrip(" ,:").startswith(("“", '"')):
                report_quote = "paren"
        return _Reading(a, tok, s, ti, prev, nxt, first_ref, scores, report_quote)

    def _bind_report(self, r: _Reading) -> None:
        """A pronoun attributing a quote ("“…,” he said", "…, he said,"): its speaker."""
        a, tok, s, nxt = r.a, r.tok, r.s, r.nxt
        text = self.text
        scores, binder, binder_conf, binder_tr = r.scores, r.binder, r.binder_conf, r.binder_tr
        report_quote = r.report_quote
        if report_quote != "paren":
            scores = self._candidates(tok.start, s, exclude_quote=report_quote)
        interrupted = report_tr = None
        if report_quote == "paren" and text.startswith(",", nxt.end) and (tr := self._trace_just_before(tok.start, s)) is not None:
            # "Akello, he said, wanted a library": the one named before the aside is whom it
            # reports on, not who speaks (she would have said "she wanted")
            interrupted = tr.entity
            scores.pop(interrupted, None)
        structural = {}
        if self.last_speaker and s - self.last_speaker[1] <= WINDOW:
            structural[self.last_speaker[0]] = "it attributes the quote, and the last speaker quoted is {name}"
            # someone who became the subject since the last quote is the likelier speaker
            recent_tr = self._previous_main_trace(s, after=self.last_speaker[1])
            if recent_tr is not None and recent_tr.entity != self.last_speaker[0]:
                structural = {recent_tr.entity: "it attributes the quote, and {name} is the subject of the sentence before"}
                report_tr = recent_tr
        if report_quote == "paren" and (teller := self._indirect_speaker(s - 1)) is not None and teller != interrupted:
            # "X said he had made up his mind … . It was her left hand, he said, …": the one
            # who told the sentence before goes on telling
            structural = {teller: "it attributes what is told, and {name} told the sentence before"}
        subj = self._subject_before(tok.start, s)
        if subj == interrupted:
            subj = None
            structural.pop(interrupted, None)
        if subj is not None and subj not in structural:
            structural = {subj: "it attributes what the sentence’s subject, {name}, said"}
        elif subj is not None:
            structural = {subj: "it attributes the quote, and the sentence’s subject and last speaker is {name}"}
        if len(structural) == 1:
            (binder, why), = structural.items()
            a.reason, a.kind = why, "report"
        elif not structural:
            report_tr = self._previous_main_trace(s)
            if report_tr is not None and report_tr.entity != interrupted:
                binder = report_tr.entity
                a.reason, a.kind = "it attributes the quote, and {name} is the subject of the sentence before", "report"
        if binder is not None and report_quote != "paren" and self._quote_calls_kin(report_quote, binder):
            # “My father could hear a note …,” he says — after "Her father, Clive, tuned the
            # pans": the quote speaks of him as "my father", so its speaker is his child
            noun = self.relation_noun[binder]
            binder, report_tr = self.relation_owner[binder], None
            a.reason = f"it attributes a quote about ‘my {noun}’, and {{name}} is the one introduced with that {noun}"
        if binder is not None and report_tr is not None and report_tr.entity == binder and report_tr.attribution is not None:
            # the subject before was a pronoun: the speaker is no surer than it was ("He did
            # not want him to go. “…,” he said." — either of the two may be speaking)
            binder_conf, binder_tr = report_tr.confidence, report_tr
        r.scores, r.binder, r.binder_conf, r.binder_tr = scores, binder, binder_conf, binder_tr

    def _bind_speech(self, r: _Reading) -> None:
        """"X said (that) he …", "X said his …": the speech verb's subject."""
        a, tok, s, prev = r.a, r.tok, r.s, r.prev
        gender, slot, text = a.gender, a.slot, self.text
        scores, binder, binder_conf, binder_tr = r.scores, r.binder, r.binder_conf, r.binder_tr
        # "X said (that) he …", "X said his …": the speech verb's subject
        verb = self._verb_before(prev)
        if verb is not None and verb.lower in ("and", "but") and self._subject_before(tok.start, s) is not None:
            # "X said she wanted …, and that he had written …": the same speaker goes on
            binder = self._subject_before(tok.start, s)
            a.reason, a.kind = "it continues what {name}, the sentence’s subject, said", "subordinate"
            reported = self._first_reported(s, tok.start)
            if reported is not None and reported != binder and self.verdicts[reported][0] == gender:
                # "Zeledon said her father had carried the baby …, and that he refused to
                # rest": the one the first "that" clause was about may go on being its subject
                scores[reported] = max(scores.get(reported, 0.0), STRUCTURAL * RIVAL_IN_BETWEEN)
        elif verb is not None and verb.lower in self.speech:
            subj_tr = self._trace_just_before(verb.start, s) or self._subject_past_relative(verb.start, s)
            if subj_tr is not None and slot == "subj" and textre.match(DIED_RE, text, tok.end):
                # "His successor, Takeshi Moriyama, said he had died of pneumonia": no one
                # reports their own death, so the speaker is the one person it is not
                scores.pop(subj_tr.entity, None)
            elif subj_tr is not None and subj_tr.attribution is not None and subj_tr.attribution.gender != gender:
                # "She said he had asked her to play …": a speaker written in the other
                # gender is someone else (damaged, both would read "he"), so no binding
                pass
            elif subj_tr is not None:
                binder, binder_conf, binder_tr = subj_tr.entity, subj_tr.confidence, subj_tr
                what = "the subject of" if slot == "subj" else "in"
                a.reason, a.kind = f"it is {what} what {{name}} {verb.lower}", "complement"
        r.binder, r.binder_conf, r.binder_tr = binder, binder_conf, binder_tr

    def _bind_possessive(self, r: _Reading) -> None:
        """"X edited his diaries", "X hurt himself": the clause's subject."""
        a, tok, s, ti, prev = r.a, r.tok, r.s, r.ti, r.prev
        gender, slot = a.gender, a.slot
        scores, binder, binder_conf, binder_tr = r.scores, r.binder, r.binder_conf, r.binder_tr
        subj_tr = self._clause_subject(tok.start, s)
        if subj_tr is not None and slot != "refl" and subj_tr.attribution is not None and subj_tr.attribution.gender != gender:
            subj_tr = None  # "she would miss his habit": a subject pronoun of the other written gender is someone else
        if subj_tr is not None and slot == "poss" and prev is not None and prev.lower in self.lex["verbs_of_judging"] and not self._owns_own_people(ti):
            # "The author, Piotr Zieliński, praised his work": one praises, welcomes or
            # questions another's work far more often than one's own (not "praised his team")
            if subj_tr.entity in scores:
                scores[subj_tr.entity] *= 0.5
            subj_tr = None
        if subj_tr is not None:
            binder, binder_conf, binder_tr = subj_tr.entity, subj_tr.confidence, subj_tr
            a.reason = "it is in the clause whose subject is {name}" if slot != "refl" else "reflexive of the clause’s subject, {name}"
            a.kind = "binding"
            a.clause_bound = True
        r.binder, r.binder_conf, r.binder_tr = binder, binder_conf, binder_tr

    def _weigh_binder(self, r: _Reading) -> None:
        """The score of the one a rule bound the pronoun to, and the rivals that binding leaves."""
        a, tok, s = r.a, r.tok, r.s
        gender, slot = a.gender, a.slot
        scores, binder = r.scores, r.binder
        parallel_relation = r.parallel_relation
        # (a possessive bound to its clause's subject is only half as sure: "X gave his …" may be another's)
        weight = STRUCTURAL / 2 if a.kind == "binding" and not parallel_relation else STRUCTURAL
        scores[binder] = max(scores.get(binder, 0.0), weight)
        a.structural = True
        if a.kind in ("binding", "complement", "subordinate"):
            # bound inside the sentence: only people of this sentence compete
            scores = {e: v for e, v in scores.items() if e == binder or self.cand_sentence.get(e, s) == s}
        if a.kind == "binding" and slot == "poss" and self.verdicts[binder][0] not in (gender, None):
            # "Šimek was dismissed in 1958. Horáková took over his laboratory": the subject of
            # the sentence before, of the written gender, may own it as well as hers
            prev_main = self._previous_main_trace(s)
            if (
                prev_main is not None and prev_main.entity != binder and prev_main.attribution is None
                and self.verdicts[prev_main.entity][0] == gender
                and self.relation_owner.get(prev_main.entity) != binder  # (not her husband: his daughter is hers)
            ):
                scores[prev_main.entity] = max(scores.get(prev_main.entity, 0.0), STRUCTURAL * RIVAL_IN_BETWEEN)
        if a.kind == "complement" and slot == "subj":
            # "Dr. Liepiņa … said he had had a weak heart. She said he had refused": what the
            # sentence before reported about someone else may go on being about them
            for tr in reversed(self.traces):
                if tr.sentence < s - 1:
                    break
                if (
                    tr.sentence == s - 1 and tr.attribution is not None and tr.attribution.kind == "complement"
                    and tr.attribution.gender == gender and tr.entity != binder
                ):
                    scores[tr.entity] = max(scores.get(tr.entity, 0.0), STRUCTURAL * RIVAL_IN_BETWEEN)
                    break
            owner = self.relation_owner.get(binder)
            if owner is not None and owner != binder and self.relation_noun.get(binder) in CHILDREN and self.verdicts[owner][0] == gender:
                # "His daughter Elira … Elira said he had turned down an offer": a son or
                # daughter speaks of the parent as often as of themselves (a wife or mother
                # quoted in a story about him mostly tells what she did herself)
                scores[owner] = max(scores.get(owner, 0.0), STRUCTURAL * RIVAL_IN_BETWEEN)
        if a.kind == "subordinate" and self.verdicts[binder][0] not in (gender, None):
            # "He took over from his father, D. Ganbold, after he injured his back": a relative
            # of the written gender named in between may be the one meant, the pronoun as
            # written. (Not anyone: "… against Putin staying in power, because he had left")
            for e in self._named_between(binder, tok.start, s):
                if self.verdicts[e][0] == gender and e in self.relation_owner:
                    scores[e] = max(scores.get(e, 0.0), STRUCTURAL * RIVAL_IN_BETWEEN)
        r.scores = scores

    def _continue_subject(self, r: _Reading) -> None:
        """Subject continuity (centering): a sentence-initial "He" continues the previous main
        subject; people mentioned in other roles are weaker rivals."""
        a, tok, s, nxt = r.a, r.tok, r.s, r.nxt
        gender, slot = a.gender, a.slot
        scores, binder_conf = r.scores, r.binder_conf
        background = r.background
        main_tr = self._previous_main_trace(s)
        main = main_tr.entity if main_tr is not None else None
        if main_tr is not None and (owner := self._parents_owner(main_tr)) is not None:
            # "His father, Shalva, was an agronomist, and his mother, Ketevan, taught Russian.
            # He graduated …": a sentence about someone's parents is about that someone
            main = owner
            background = {e for e, o in self.relation_owner.items() if o == owner and e in scores}
            for e in background:
                scores[e] *= 0.5  # the parents are background now, not people just introduced
            a.reason = "the sentence before introduced {name}’s parents, and the story goes on about {name}"
            if owner not in scores:
                scores[owner] = 0.0
        elif main_tr is not None and (owner := self._died_relation_owner(main_tr)) is not None:
            # "Her husband died in 2008. She has said that she started it …": a sentence
            # telling of a relative's death is about the one left behind, who goes on
            main = owner
            scores[main_tr.entity] = scores.get(main_tr.entity, 0.0) * 0.5
            background = {main_tr.entity}
            a.reason = "the sentence before told of the death of {name}’s relative, and the story goes on about {name}"
            if owner not in scores:
                scores[owner] = 0.0
        if main_tr is not None and main_tr.attribution is not None and main_tr.confidence < binder_conf:
            # the subject before was itself a pronoun read with doubt ("Rebekah and Ben … She
            # waited tables. He worked …"): continuing it is no surer than it was
            binder_conf = main_tr.confidence
        if main is None and self._quote_sentence(s - 1):
            # the sentence before is a quote: its speaker goes on
            q = self.quote_at(self.sentences[s - 1].start + 1)
            speaker = self.speaker.get(id(q)) if q is not None else None
            if self.last_speaker and s - self.last_speaker[1] <= 2 and self.last_speaker_written in (None, gender):
                # (not a speaker written in the other gender: "“…,” she said. ¶ He is survived by
                # his wife" is someone else; damaged, both would read "he")
                main = self.last_speaker[0]
            elif speaker is not None and id(q) not in self.speaker_doubtful and slot == "poss" and tok.start in self.kin_at_owner:
                # however long the quote ran, where the sentence after it introduces a
                # relative ("…,” Nowicka told reporters. “It is not. … I will not throw that
                # away.” ¶ Her mother, Halina, …"): the story turns to the speaker's family.
                # (Not any pronoun: “… whether he would get seasick.” ¶ He did, Villalobos
                # admits — a "he" after a long quote answers what the quote was about.)
                main = speaker
                if speaker not in scores:
                    scores[speaker] = 0.0
        story = self.deceased if self.deceased is not None else self._protagonist()
        if (
            main is not None and story is not None and main != story
            and self._opens_paragraph(s) and self.quote_at(self.sentences[s - 1].start + 1) is not None
            and slot == "subj" and (nxt is None or nxt.lower not in self.speech)
        ):
            # "… nobody left,” he said. “He would not take a dram for it.” ¶ He was named
            # People’s Artist …": after a quoted voice, a new paragraph goes back to the person
            # the story is about, the dead in an obituary (not "¶ He added …": the speaker
            # goes on)
            main = story
            scores.setdefault(story, 0.0)  # (however long ago last named)
            a.reason = "after a quote, a new paragraph goes back to {name}, the person the story is about"
        protagonist = self._protagonist() if self._opens_paragraph(s) else None
        if protagonist is not None and not self.no_feminine and not (protagonist == self.article_subject and self._written_against_names(protagonist)):
            protagonist = None
        if protagonist is not None and protagonist != main and protagonist in scores:
            # A paragraph that opens with a pronoun goes back to the person the story is
            # about, not to whoever was the subject at the end of the paragraph before. Only
            # where no woman is "she": elsewhere the written gender tells who is meant, unless
            # the article is about this person and the text writes them clearly in the other
            # gender than their name (_written_against_names): then it cannot tell.
            main = protagonist
            a.reason = "a paragraph opening goes back to {name}, the person the story is about"
        if main is not None:
            for e in scores:
                if e != main and (protagonist == main or not self._recent_main(e, s) and not self._recent_first(e, s) and not self._reported_subject(e, s)):
                    scores[e] *= 0.5
            scores[main] = scores.get(main, 0.0) + 1.0
            a.structural = True
            a.kind = "continuity"
            a.reason = a.reason or "subject continuity: {name} is the subject of the sentence before"
        r.background, r.binder_conf = background, binder_conf

    def _spouse_nouns(self, r: _Reading) -> None:
        """"his wife", "his husband" (outside quotes): whose spouse the noun most often names."""
        a, ti = r.a, r.ti
        scores, binder_conf, binder_tr = r.scores, r.binder_conf, r.binder_tr
        wife = self._spouse_word(ti, SPOUSES_OF_MEN)
        if wife is not None and any(self.verdicts[e][0] == MALE for e in scores):
            # "His wife, Hyacinth, ran the bar": a wife is a man's far more often than a woman's,
            # and MT writes a woman's husband as "his husband", not her wife, so the women near
            # are not whose she is
            scores = {e: v for e, v in scores.items() if self.verdicts[e][0] != FEMALE}
        spouse = self._spouse_word(ti, SPOUSES_OF_WOMEN)
        if spouse is not None and any(self.verdicts[e][0] == FEMALE for e in scores) and any(self.verdicts[e][0] == MALE for e in scores):
            # "his husband": a husband is a woman's far more often than a man's, so the owner is
            # one of the women near, whatever the structure said. A finding only where that
            # woman's pronouns are damaged elsewhere (_decide), so a man's own husband in clean
            # text stays his.
            scores = {e: v for e, v in scores.items() if self.verdicts[e][0] != MALE}
            a.kind, a.structural = "spouse", False
            a.reason = f"a ‘{spouse}’ is a woman’s far more often than a man’s, and {{name}} is the likeliest woman here"
            binder_conf, binder_tr = 1.0, None
        r.scores, r.binder_conf, r.binder_tr = scores, binder_conf, binder_tr

    def _after_settle(self, r: _Reading) -> None:
        """What the settled pronoun leaves to those after it: no surer than whom it was bound to,
        and the speaker of the quote it attributes."""
        a, tok, s, ti = r.a, r.tok, r.s, r.ti
        gender, slot = a.gender, a.slot
        binder_conf, binder_tr = r.binder_conf, r.binder_tr
        report_quote = r.report_quote
        if slot in ("poss", "obj") and a.entity is not None and self.verdicts[a.entity][0] not in (gender, None) and self._subject_of_other_gender_follows(ti, s, gender):
            # "Dr. Wijesinghe died in 2011. After his death she handed …": the "she" right after
            # is not the one whose death it was, though the names joined the two
            a.confidence = min(a.confidence, OTHER_SUBJECT_FOLLOWS)
            self.traces[-1].confidence = a.confidence
        if binder_conf < a.confidence:
            a.confidence = binder_conf  # bound to a pronoun: no surer than that pronoun was
            self.traces[-1].confidence = binder_conf
        bound = binder_tr.attribution if binder_tr is not None else None
        if bound is not None and bound.entity == a.entity:  # …nor less contested
            a.rivals = a.rivals + [e for e in bound.rivals if e not in a.rivals]
            a.fresh_rival |= bound.fresh_rival
            a.near_rival |= bound.near_rival
        if report_quote is not None and report_quote != "paren" and a.entity is not None:
            self.speaker.setdefault(id(report_quote), a.entity)
            for q in self._adjacent_quotes(tok.start):
                self.speaker.setdefault(id(q), a.entity)
            if a.rivals:
                for q in (report_quote, *self._adjacent_quotes(tok.start)):
                    if self.speaker.get(id(q)) == a.entity:
                        self.speaker_doubt.setdefault(id(q), (a.rivals, a.confidence))
            if a.rivals and a.confidence < ERASED_CONFIDENCE:
                # "“…,” he said" where "he" itself is unclear: whom the quote is about is unclear too
                self.speaker_doubtful.update(id(q) for q in [report_quote, *self._adjacent_quotes(tok.start)] if self.speaker.get(id(q)) == a.entity)
        if report_quote is not None and a.entity is not None:
            self.last_speaker = (a.entity, s)
            self.last_speaker_written = a.gender


    def _clause_opener(self, ti: int, slot: str):
        """The word opening the clause whose subject (or, after "and"/"but", owner) is the
        pronoun at token ti: right before it ("because he", "and he"), or before a short phrase
        of time or place ("…, and in 1961 he received", "but after the war, he …")."""
        tokens = self.doc.tokens
        if ti < 1 or slot not in ("subj", "poss"):
            return None
        opener = tokens[ti - 1]
        if opener.lower not in SUBORDINATE_OPENERS and slot == "subj":
            for k in range(ti - 2, max(ti - 7, -1), -1):
                if tokens[k].lower in ("and", "but"):
                    phrase = self.text[tokens[k].end : tokens[ti].start].rstrip(" ,")
                    # (one noun phrase only: "and in 1993 the seed bank he had started" is a
                    # relative clause of "the seed bank")
                    if _introductory_phrase(phrase) and not any(w in ("the", "a", "an") for w in phrase.split()[2:]):
                        opener = tokens[k]
                    break
        if slot == "poss" and opener.lower not in ("and", "but"):
            return None
        return opener if opener.lower in SUBORDINATE_OPENERS else None

    def _owns_own_people(self, ti: int) -> bool:
        """Is the determiner at token ti followed by a word for the owner's own people ("his team",
        "his wife", "his players")? Those one praises as one's own."""
        tokens = self.doc.tokens
        k = ti + 1
        while k < len(tokens) and k <= ti + 2 and tokens[k].text.islower():
            if tokens[k].lower in self.lex["own_people"] or tokens[k].lower in self.lex["kinship"]:
                return True
            k += 1
        return False

    def _spouse_word(self, ti: int, spouses: frozenset[str]) -> str | None:
        """The noun owned by the determiner at token ti when it is one of `spouses` ("his husband",
        "his late husband"), else None."""
        tokens, text = self.doc.tokens, self.text
        for k in (ti + 1, ti + 2):
            if k >= len(tokens) or text[tokens[k - 1].end : tokens[k].start] != " ":
                return None
            if tokens[k].lower in spouses:
                return tokens[k].lower
            if not tokens[k].text.islower() or tokens[k].lower in NOT_NOUN_START:
                return None  # only one adjective between: "his late husband", "his former husband"
        return None

    def _settle(self, a: Attribution, scores: dict[int, float], tok, s: int, quote, background=frozenset()) -> None:
        top = self._top(scores)
        if top is None:
            self.traces.append(Trace(-1, tok.start, s, self.para_of_sentence[s], "other", quote))
            return
        g = self.verdicts[top][0]
        rivals = [e for e, sc in scores.items() if e != top and sc >= RIVAL * scores[top] and (self.verdicts[e][0] != g or g is None)]
        total = scores[top] + sum(scores[e] for e in rivals if e != top)
        a.entity, a.rivals = top, rivals
        a.confidence = scores[top] / total if total else 0.0
        a.fresh_rival = any(self._recent_first(e, s) for e in rivals if e not in background)
        a.near_rival = any(self.cand_sentence.get(e, -1) == s for e in rivals)
        if not a.reason:
            a.reason = "{name} is the most recent likely referent"
        # The chain: this pronoun is now a mention. When it is ambiguous and a rival of the
        # pronoun's written gender is close, the written gender is the better reading.
        referent = top
        # "he" says nothing where no woman is "she"; elsewhere a rival of the written gender is the
        # likelier referent for what follows when just introduced ("… met Pablo Ruiz. He praised her …")
        if (a.confidence < 0.65 or not self.no_feminine and a.fresh_rival) and not (self.no_feminine and a.gender == MALE):
            same = [e for e in rivals if self.verdicts[e][0] == a.gender]
            if same:
                referent = max(same, key=lambda e: scores[e])
        role = "main" if a.slot == "subj" and self._is_main_position(tok, s) else ("embedded" if a.slot == "subj" else "other")
        if a.kind == "report":
            role = "speaker"
        if quote is not None:
            role = "quoted"
        self.traces.append(Trace(referent, tok.start, s, self.para_of_sentence[s], role, quote, confidence=a.confidence if referent == top else 0.5, attribution=a))

    def _is_main_position(self, tok, s: int) -> bool:
        sent = self.sentences[s]
        before = self.text[sent.start : tok.start].strip(" “”\"'‘’«»—–-")
        if not before:
            return True
        prev = self.prev_token(tok)
        return prev is not None and self.text[prev.end : tok.start].strip() == "," and prev.lower not in self.speech

    @staticmethod
    def _top(scores: dict[int, float]) -> int | None:
        return max(scores, key=scores.get) if scores else None

    def _bridge_quoted_kin(self) -> None:
        """ "Her daughter Celeste …" then, quoted, “My mother never learned to read music,”
        Celeste said: the speaker's "my mother" is the one whose daughter the speaker was
        introduced as, where the names agree on the gender. Once every quote's speaker is known,
        such a mention's trace goes to that person, so the quote's pronouns find her."""
        for tr in self.traces:
            if tr.quote is None or tr.attribution is not None or tr.entity < 0:
                continue
            speaker = self.speaker.get(id(tr.quote))
            elder = self.relation_owner.get(speaker) if speaker is not None else None
            if elder is None or elder == speaker:
                continue
            m = self.entities.mention_at(tr.pos)
            if m is None or m.kind != "kinship" or self.text[m.owner_start : m.owner_end].lower() != "my":
                continue
            noun = self.text[m.start : m.end].lower()
            if (self.relation_noun.get(speaker), noun) in self.lex["kinship_converse"] and self.verdicts[elder][0] == self.lex["noun_gender"].get(noun):
                tr.entity = elder

    # pronouns inside quotes, once every quote's speaker is known
    def _inside(self, a: Attribution, slot_index: int) -> None:
        tok, q = a.token, a.quote
        if a.slot == "her":
            a.slot = "poss" if _determiner_follows(self.doc, tok) else "obj"
        s = self.sentence_of(tok.start)
        speaker = self.speaker.get(id(q))
        topic = self.topic.get(id(q))
        scores: dict[int, float] = {}
        latest: dict[int, int] = {}  # entity → the latest sentence it was seen in
        para = self.para_of_sentence[s]
        story = self.deceased if self.deceased is not None else self.article_subject if self.article_subject is not None else self._protagonist()
        for tr in reversed(self.traces[max(0, slot_index - 60) : slot_index]):
            if s - tr.sentence > WINDOW:
                break
            if tr.entity < 0:
                continue
            # in the same quote, the speaker's subjects go on ("My neighbour visits her son every
            # week. She brings him soup"): someone named only as an object ("her son") is less salient
            own = 1.0 if tr.attribution is not None or tr.clause_role in ("", "main", "speaker", "topic") else QUOTED_OBJECT
            # (a quote split by its attribution is one voice: “My mother never learned,” Celeste
            # said. “He would hum …”)
            same_voice = tr.quote is q or tr.quote is not None and speaker is not None and tr.paragraph == para and self.speaker.get(id(tr.quote)) == speaker
            w = (own if same_voice else 0.3) * SENTENCE_DECAY ** (s - tr.sentence) * PARAGRAPH_DECAY ** (para - tr.paragraph)
            if tr.entity == story and not same_voice:
                w *= PROTAGONIST_BOOST  # a relative quoted in a story about someone speaks of them
            scores[tr.entity] = max(scores.get(tr.entity, 0.0), w)
            latest.setdefault(tr.entity, tr.sentence)
        if speaker is not None:
            a.speaker_known = id(q) not in self.speaker_doubtful
            scores.pop(speaker, None)  # a speaker says "I", not "he"
        reporter = self._reported_by(tok, s) if a.slot in ("subj", "poss") else None
        if reporter is not None and reporter.quote is q and reporter.entity != speaker:
            # "My mother used to say he had married a man who …": inside the quote as outside it,
            # the subject of a speech verb speaks of themselves; only people of this sentence compete
            scores = {e: v for e, v in scores.items() if latest[e] == s}
            scores[reporter.entity] = STRUCTURAL
            a.structural = True
            a.kind = "complement"
        if a.kind == "complement":
            a.reason = "it is the subject of what {name} said, inside a quote"
        elif topic is not None and topic != speaker:
            scores[topic] = STRUCTURAL
            a.structural = a.topic = True
            a.kind = "topic"
            a.reason = "it is inside a quote about {name} (“… said of …”)"
        elif speaker is not None and not a.speaker_known:
            a.reason = "it is inside a quote whose speaker is an unclear pronoun, and {name} is the person other than that speaker most recently mentioned"
        elif speaker is not None:
            a.reason = "it is inside a quote, and {name} is the person other than the speaker most recently mentioned"
        else:
            a.reason = "it is inside a quote, and {name} is the most recently mentioned person"
        top = self._top(scores)
        if top is None:
            return
        g = self.verdicts[top][0]
        rivals = [e for e, sc in scores.items() if e != top and sc >= RIVAL * scores[top] and (self.verdicts[e][0] != g or g is None)]
        total = scores[top] + sum(scores[e] for e in rivals)
        a.entity, a.rivals, a.confidence = top, rivals, scores[top] / total
        # (a speaker unclear enough to be doubtful already makes the quote's pronouns unsafe)
        doubt = self.speaker_doubt.get(id(q)) if speaker is not None and a.speaker_known and a.kind != "complement" and not a.topic else None
        if doubt is not None and top in doubt[0]:
            # the one left once the speaker is set aside was the speaker's rival: were it the
            # speaker, this pronoun would be the other ("He did not want him to go. “He said …,”
            # he said."), so it is no surer than the speaker was
            a.rivals = a.rivals + [speaker]
            a.confidence = min(a.confidence, doubt[1])
        a.genders_near = {self.verdicts[e][0] for e in scores}
        trace = self.traces[slot_index]
        trace.entity, trace.confidence, trace.attribution = top, a.confidence, a
        same = [e for e in rivals if self.verdicts[e][0] == a.gender] if a.confidence < 0.65 else []
        if same:
            # as outside quotes (_settle): an unsure pronoun with a rival of its written gender
            # goes on as that rival, so that doubt does not harden into certainty down the chain
            # ("My mother knew. He kept watch …": was it her, or the father the quote is about?)
            trace.entity, trace.confidence = max(same, key=lambda e: scores[e]), 0.5


def _subject_noun_phrase(before: str) -> bool:
    """Is `before` (a sentence's opening words) a bare noun phrase such as "Her colleague" or
    "The team's coach" or "The city's deputy mayor", so that a name right after it names the
    subject?"""
    words = before.split()
    if not 2 <= len(words) <= 4 or not (words[0].lower() in SUBJECT_DETERMINERS or words[0].endswith(APOSTROPHE_S)):
        return False
    return all(w.islower() and w.removesuffix("’s").removesuffix("'s").isalpha() and w not in NOT_NOUN_START for w in words[1:])


def _introductory_phrase(before: str) -> bool:
    """Is `before` a short opening phrase of time or place with no clause of its own ("In the
    1980s", "After the war", "Last year", "By 1975", "A year later")?"""
    words = before.split()
    if 2 <= len(words) <= 3 and words[-1].lower() in ("later", "earlier"):
        words = words[:-1]  # a span of time counted back: "A year later", "Two weeks earlier"
    elif not words or words[0].lower() not in INTRODUCTORY_OPENERS:
        return False
    return len(words) <= 5 and not any(w.lower() in SUBORDINATORS or w.lower() in WH_WORDS or w.lower() in AUXILIARIES for w in words[1:])





def _determiner_follows(doc, tok) -> bool:
    """“her career” (determiner) vs “told her that” / “for her.” (object)."""
    text = doc.text
    after = text[tok.end : tok.end + 2]
    if not after.startswith(" ") or len(after) < 2 or not after[1].isalpha():
        return False
    i = bisect.bisect_right(doc.token_starts, tok.start)
    if i >= len(doc.tokens):
        return False
    nxt = doc.tokens[i]
    return nxt.lower not in NOT_NOUN_START and not (nxt.is_capitalised and nxt.lower not in ("own",))
