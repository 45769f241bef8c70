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
referent and a paragraph that opens with a pronoun goes back to them. Where some "she" is left but
the pass has found women clearly written "he", it reads the text a second time with the written
"he" no longer choosing among close candidates (`run(…, he_says_nothing=True)`).

Used by the pronouns pass (repair/passes/pronouns.py), which decides what to fix. The questions
asked of the trail (whose is this clause, who spoke before) are in trace_queries.py, the rules for
a pronoun outside quotes in outside_quotes.py, what is recorded per mention and pronoun in
records.py, the word lists in clause_words.py.
"""

from __future__ import annotations

import bisect
import operator

from .. import textre
from ..entities import names_alone
from ..name_evidence import FEMALE, MALE, lexicon
from .clause_words import AUXILIARIES, DIED_RE, NOT_NOUN_START, PRONOUNS, SUBORDINATORS, determiner_follows, introductory_phrase
from .outside_quotes import OutsideQuotes, add_rival
from .quotes import OPENERS, STRAIGHT
from .records import EMBEDDED_WEIGHT, PARAGRAPH_DECAY, ROLE_WEIGHT, SAME_SENTENCE_PRONOUN, SENTENCE_DECAY, STORY_FLOOR, STRUCTURAL, WINDOW, Attribution, Trace
from .trace_queries import TraceQueries


# " of his goalkeeper, " or " of his colleague " before a name: a noun phrase in apposition to the
# name after "said of"
SPOKEN_OF_NOUN_RE = textre.compile(r"(?<= (?:of|about)) (?:his|her|their|my|our|the) (?:(?!and |or )\p{Ll}[\p{Ll}-]* ){0,2}(?!and |or )\p{Ll}[\p{Ll}-]*,? $")
COPULAS = frozenset({"is", "are", "was", "were"})
PAIRED_DETERMINERS = frozenset({"his", "her", "their", "my", "our", "the", "a", "an"})  # "said of X and " + their boss
SUBJECT_APPOSITION_RE = textre.compile(r"(?i)(?:his|her|their|its|the|an?|\p{L}+[’']s)(?: [\p{L}-]+(?:[’']s)?){1,8},$")  # "The city’s mayor,", "A mechanic in Kalay,"
WHOSE_APPOSITION_RE = textre.compile(r"\bwhose(?: [\p{L}-]+){1,3},$")  # "… a rider whose mother," + a name
LEDE_DATES_RE = textre.compile(r" \([^()\n]{0,60}\b\d{4}\b[^()\n]{0,40}\)")  # " (née Dvořáková; 14 March 1924 – 2003)"
SUBJECT_QUANTIFIERS = frozenset(f"{q} of" for q in "most many all some several one few much part both half each none".split())
SUBJECT_DETERMINERS = frozenset({"his", "her", "their", "its", "the", "our", "my"})
APOSTROPHE_S = ("’s", "'s")
SPOUSE_OF = {"husband": FEMALE, "wife": MALE}  # whose spouse the noun most often names
# a name's verdict no surer than this says little: a man's name in some countries and a woman's
# in others ("Jean", "Sasha"), so the spouse the text gives its bearer says more
AMBIGUOUS_NAME_STRENGTH = 0.5
STRONG_NAME = 0.85  # the pass's "strong" gender evidence
# "the daughter of a railway engineer, Alberto Sosa, and …": parents named as the subject's origin
# (the parent may be a bare noun phrase right after "of": "the fourth child of a railway worker")
PARENTAGE_RE = textre.compile(r"\b(?:daughter|son|child|children|granddaughter|grandson)s? of\b(?P<gap>[^.;:!?“”\"]{0,120})$")
VERB_JOINED_RE = textre.compile(r"\band (?:later |then )?[a-z]+ed\b")  # ", and learned …", ", and later moved …"
CLAUSE_WORDS = frozenset("who whom which where when while because that but after before said says".split())
DECAY = [SENTENCE_DECAY**i for i in range(WINDOW + 1)]
PARA_DECAY = [PARAGRAPH_DECAY**i for i in range(WINDOW + 1)]
QUOTED_OBJECT = 0.6  # inside a quote: a person named in another role than the subject
PROTAGONIST_BOOST = 1.5
DATELINE_RE = textre.compile(r"\p{Lu}{2}[\p{Lu} .'-]*(?:, [\p{L} .]{2,30})? [—–] ")  # "RIGA — ", "LUSAKA, Zambia — "
RIVAL = 0.2  # a candidate scoring at least this share of the winner's is a plausible rival


def spouse_outweighs(verdict) -> bool:
    """Does a husband or wife the text gives a person say more than their verdict? Where no name
    says anything, where the name is each sex's in some country ("Jean"), and where a name list
    alone says "mostly" ("Camille Roussel … his wife": Camille is a man's name in France)."""
    gender, strength, evidence = verdict
    return gender is None or strength <= AMBIGUOUS_NAME_STRENGTH or strength < STRONG_NAME and names_alone(evidence)


# A quoted pronoun read with less confidence than this passes its rivals on to the pronouns after
# it in the same voice, at this share of the weight it gives its winner (on the benchmark's dev
# texts, 21 fewer wrong fixes for 32 fewer right ones; with 0.8 for both, 40 fewer wrong for 329
# fewer right)
CARRY_DOUBT_BELOW, CARRIED_RIVAL = 0.65, 0.5


class Attributor(TraceQueries, OutsideQuotes):
    def __init__(self, doc, entities, verdicts) -> None:
        self.doc, self.text, self.entities, self.verdicts = doc, doc.text, entities, verdicts
        self.lex = lexicon()
        self.speech = self.lex["speech_verbs"]
        self.past_verbs = self.lex["irregular_pasts"] | self.speech  # (a verb that ends an opening: "The judge gave Kaka")
        self.sentences = doc.sentences
        self.sent_starts = [s.start for s in self.sentences]
        self.para_starts = [p.start for p in doc.paragraphs]
        bisect_right, para_starts = bisect.bisect_right, self.para_starts  # paragraph_index, inlined
        self.para_of_sentence = [max(0, bisect_right(para_starts, st) - 1) for st in self.sent_starts]
        self.top_quotes = [q for q in doc.quotes if q.depth == 0]
        self.quote_starts = [q.start for q in self.top_quotes]
        self.inner_quotes = [q for q in doc.quotes if q.depth > 0]  # (quotes inside quotes)
        self.inner_quote_starts = [q.start for q in self.inner_quotes]
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
        self.relation_written: dict[int, str | None] = {}  # relation → the written gender of its owner word ("her": female)
        self.relation_gender: dict[int, tuple[str, str]] = {}  # person of unknown or weak gender → (gender, why) from a converse relation or spouse
        self.has_spouse: set[int] = set()  # of those, the ones given a husband or wife (it outweighs a weak name)

    @property
    def story_subject(self) -> int | None:
        """Whom the story is about by its form: the one whose death it reports, else whom an
        encyclopedia lede names; None for other texts."""
        return self.deceased if self.deceased is not None else self.article_subject

    # structure helpers
    def paragraph_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)

    def quote_at(self, pos: int, inner: bool = False):
        """The quote (top-level, or `inner`: one inside another) whose marks enclose `pos`, if any."""
        quotes, starts = (self.inner_quotes, self.inner_quote_starts) if inner else (self.top_quotes, self.quote_starts)
        i = bisect.bisect_right(starts, pos) - 1
        while i >= 0:
            q = quotes[i]
            if q.start < pos < q.end:
                return q
            if q.end <= pos and q.start < pos - 2000:
                break  # (quotes are short: none that opened this far back still runs)
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

    def run(self, pronoun_tokens, he_says_nothing: bool = False) -> list[Attribution]:
        # (he_says_nothing: the caller knows the text writes women "he", so the written "he" points
        # to no one, as where no "she" is left)
        self.no_feminine = all(PRONOUNS[t.lower][0] == MALE for t in pronoun_tokens)
        self.he_blind = he_says_nothing or self.no_feminine
        self.gender_chose = False  # did the written gender choose between close candidates?
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

    def _spouse_owner_nearby(self, read, owner_gender) -> bool:
        """Was the owner pronoun of "his husband" read past a rival in its sentence whom a name
        already gives the sex a husband's owner has ("He told the court that it was Zarmina, not
        his husband, who ordered …")? Then the husband is likelier hers than a sign of the sex of
        the one it was read as."""
        if read is None or not read.rivals:
            return False
        s = self.sentence_of(read.token.start)
        return any(tr.entity in read.rivals and tr.attribution is None and self.verdicts[tr.entity][0] == owner_gender for tr in self._sentence_traces(s))

    def _note_owner(self, m) -> int:
        """Whose relation this is ("her father, Mykola" → the person "her" refers to), so that a
        later "his father" names the same owner even where that person has left the window.
        Returns whom the mention means: its entity, or the person a converse relation names."""
        owner = self.entities.mention_at(m.owner_start)
        found = owner_read = None
        if owner is not None:
            found = owner.entity if owner.is_name else None
        else:
            for tr in reversed(self.traces[-6:]):
                a = tr.attribution
                if tr.pos == m.owner_start and a is not None and a.entity is not None and tr.quote is None:
                    if a.confidence >= 0.65 or a.structural:
                        found, owner_read = a.entity, a
                    break
        if found is None:
            return m.entity
        noun = self.text[m.start : m.end].lower()
        written = PRONOUNS.get(self.text[m.owner_start : m.owner_end].lower(), (None,))[0]
        if noun in SPOUSE_OF and spouse_outweighs(self.verdicts[found]) and written != FEMALE and not self._spouse_owner_nearby(owner_read, SPOUSE_OF[noun]):
            # "Kimaro’s husband, Joseph Kimaro," of a woman whose given name no source knows: a
            # husband is a woman's far more often than a man's (and a wife a man's). Not from a
            # written "her husband": MT's damaged form is "his husband", and where the
            # attribution picked the wrong owner, a man whose name no source knows, the pass
            # would turn his right "he"s into "she" (a wrong "his wife" owner costs less: a man's
            # "she" is fixed only where much more says so). Nor from "her wife": the text writes
            # the owner a woman, and where it is a man's "his" turned, the owner is likely wrong
            owner_kind = "woman" if SPOUSE_OF[noun] == FEMALE else "man"
            self.relation_gender.setdefault(found, (SPOUSE_OF[noun], f"{{name}} has a ‘{noun}’, far more often a {owner_kind}’s than not"))
            self.has_spouse.add(found)
        if m.entity not in self.relation_owner:
            self.relation_owner[m.entity] = found
            self.relation_noun[m.entity] = noun
            self.relation_written[m.entity] = written
        # the converse of a relation known before: "Her son, Rolando, …" then "Rolando said his
        # mother had kept teaching" — his mother is she, not a new person
        elder = self.relation_owner.get(found)
        own_name = self.entities.people[m.entity].first
        if own_name is not None and own_name != self.entities.people[elder if elder is not None else found].first:
            elder = None  # "her mother, Losaline," named otherwise than whose daughter she is: someone else
        if elder is not None and elder != found and (self.relation_noun.get(found), noun) in self.lex["kinship_converse"]:
            gender = self.lex["noun_gender"].get(noun)
            if self.verdicts[elder][0] == gender:
                return elder
            if self.verdicts[elder][0] is None and gender is not None and self._converse_tells(elder, found, gender) and not self._other_parent_beside(m, found, noun):
                # "His daughter Vilayvanh … said his mother worked …" of a woman whose name no
                # source knows: the word gives her a gender (applied after the run, by the pass);
                # not where the sentence names the other parent too ("She said her father had
                # resisted …, but that her mother had told him …": the one introduced may be either)
                reason = f"called ‘{noun}’ by the one introduced as {{name}}’s ‘{self.relation_noun[found]}’"
                self.relation_gender.setdefault(elder, (gender, reason))
                return elder
        return m.entity

    def _other_parents(self, relative: int, noun: str) -> list[str]:
        """The converse words of the relative's own relation of the other gender than `noun`
        (for a daughter's "mother": "father")."""
        gender, own = self.lex["noun_gender"].get(noun), self.relation_noun.get(relative)
        return [n for rel, n in self.lex["kinship_converse"] if rel == own and self.lex["noun_gender"].get(n) not in (None, gender)]

    def _speaks_of_both_parents(self, speaker: int, noun: str) -> bool:
        """Does the speaker, in any quote of theirs, say "my <other parent>" as well as "my <noun>",
        or tell of "her <other parent>" in the sentence that leads into it ("She said her father had
        been harder to convince. “He told my mother …”")?"""
        others = self._other_parents(speaker, noun)
        for q in self.top_quotes:
            if self.speaker.get(id(q)) != speaker:
                continue
            if any(f"my {other}" in self.text[q.start : q.end].lower() for other in others):
                return True
            first = self.sentence_of(q.start)
            while first > 0 and self.para_of_sentence[first - 1] == self.para_of_sentence[first]:
                first -= 1  # (the paragraph's first sentence: the quote may go on after "…,” she said.")
            lead = self.text[self.sentences[first].start : q.start].lstrip()
            if first > 0 and (not lead or lead[0] in OPENERS + STRAIGHT):  # (a paragraph that opens with a quote)
                before = self.sentences[first - 1]
                told = self.text[before.start : before.end].lower()
                if any(f"{owner} {other}" in told for other in others for owner in ("his", "her")):
                    return True
        return False

    def _other_parent_beside(self, m, relative: int, noun: str) -> bool:
        """Does the sentence of `m` ("her mother") speak of the other parent too ("her father")?"""
        sent = self.sentences[self.sentence_of(m.start)]
        words = self.text[sent.start : sent.end].lower()
        return any(f"{owner} {other}" in words for other in self._other_parents(relative, noun) for owner in ("his", "her", "my", "their"))

    def _converse_tells(self, elder: int, relative: int, gender: str) -> bool:
        """May the relative's word for `elder` give elder, whose name no source knows, a gender?
        Not where elder has a spouse in the text (the child's parent may be either), nor where
        the word only repeats the owner word the relative was introduced by ("Her daughter …
        her mother": it may have been said of the wrong one)."""
        married = any(n in SPOUSE_OF and self.relation_owner[e] == elder for e, n in self.relation_noun.items())
        return not married and self.relation_written.get(relative) != gender

    def _role(self, m, s: int) -> str:
        text = self.text
        sent = self.sentences[s]
        start = sent.start
        if text[start : start + 2].isupper() and (dateline := textre.match(DATELINE_RE, text, start, m.lead)):
            start = dateline.end()  # "RIGA — Valters Priedītis, who …, died": the dateline is no part of the sentence
        lead = m.lead
        if m.kind == "kinship" and (owner := self.entities.mention_at(m.owner_start)) is not None and owner.is_name:
            lead = owner.lead  # "Josefa Santana's husband, Raimundo, sat …": the phrase opens with the owner's whole name
        before = text[start : lead].strip(" “”\"'‘’«»—–-")
        if before and before[-1].islower():
            # "Dr. de Groot, who died …": the particles belong to the name ("de Groot" alone is
            # a mention that starts at "Groot")
            words = before.split()
            while words and words[-1] in self.lex["particles"]:
                words.pop()
            before = " ".join(words)
        if before and before.rstrip(".").lower() in self.lex["honorifics"] and (m.kind == "kinship" or before != text[start : m.lead].strip(" “”\"'‘’«»—–-")):
            before = ""  # "Ms. Huber's mother, Rosemarie, runs the inn": the relation opens the sentence
        elif before in ("The", "the") and m.kind == "kinship" and text[m.owner_start : m.owner_end].endswith(APOSTROPHE_S):
            before = ""  # "The couple's daughter, Loreta, …": so does the relation of a noun's owner
        if m.possessive:
            last_word = max(m.start, self.text.rfind(" ", m.start, m.end) + 1)  # (the owner of "Josefa Santana's husband" is "Santana's")
            if m.start in self.kin_at_owner or m.lead in self.kin_at_owner or last_word in self.kin_at_owner:
                return "poss"  # "Devi’s husband, Rajendra, runs a shop": the husband is the subject
            if not before or before.lower() in SUBJECT_QUANTIFIERS:
                return "topic"  # "Tamm’s first task will be …", "Most of Einar’s poems are …": their topic
            return "poss"
        if " of" in before and (parentage := textre.search(PARENTAGE_RE, before)) is not None:
            if not CLAUSE_WORDS.intersection(parentage["gap"].lower().split()) and not textre.search(VERB_JOINED_RE, parentage["gap"]):
                # (not past a verb joined on: "the daughter of a carpet merchant, and learned
                # photography from her uncle, Hossein Mokhtari": the uncle is no parentage)
                return "background"  # "She was born in Bahía Blanca, the daughter of … Alberto Sosa"
        end = m.end
        if m.kind == "kinship" and text[end : end + 2] == ", " and (named := self.entities.mention_at(end + 2)) is not None:
            if named.entity == m.entity and named.start == end + 2 and text[named.end : named.end + 2] == ", ":
                end = named.end + 1  # "when her father, Antonino Brito, lost …": the verb after the name says the role
        nxt = self.next_token(end)
        gap = text[end : nxt.start] if nxt else ""
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
        if (
            gap == " " and nxt.text.islower() and (nxt.lower not in NOT_NOUN_START or nxt.lower in AUXILIARIES)
            or gap == ", " and nxt.lower in ("who", "whom", "whose")
        ) and _subject_noun_phrase(before, self.past_verbs):
            # "Her colleague Tran Van Minh ran …", "Their student Irina Pavlenko, whom …, became":
            # a close apposition to the subject
            return "main"
        if nxt is not None and nxt.lower in self.speech and gap == " " and self._quote_closes_before(m.lead):
            return "speaker"  # "“…,” Zainab said"
        opener = before.split(maxsplit=1)[0].lower() if before else ""
        if prev is not None and prev.lower in COPULAS and gap.strip() in (",", ".", ";", "") and opener in self.lex["inversion_openers"]:
            return "main"  # "Among the first to cross was Inge Madsen, …": an inverted subject
        if verbish:
            if prev is not None and (prev.lower in SUBORDINATORS or prev.lower in self.speech):
                return "embedded"
            if textre.search(WHOSE_APPOSITION_RE, before) is not None or text.startswith("whose ", m.lead):
                # "…, a rider whose mother, Korto Blamo, worked …": a relative clause's subject
                # (named, or the relative itself: "Oksana, 11, whose father drives a lorry")
                return "embedded"
            if prev is not None and text[prev.end : m.lead].strip() in (",", "") and prev.lower not in ("and", "or"):
                # after an introductory clause ("Since …, Palyuga said") the subject is the main one,
                # and after a short phrase of time without its comma ("In the 1980s Aksoy turned to …")
                return "main" if text[prev.end : m.lead].strip() == "," or introductory_phrase(before) else "embedded"
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
        if self._owns_speaker_after_quote(m, prev):
            return
        if prev is not None and self.text[prev.end : m.lead] in (", ", " ") and (noun := textre.search(SPOKEN_OF_NOUN_RE, self.text, max(0, m.lead - 60), m.lead)) is not None:
            # "said of his goalkeeper, Lucía Ferrer", "said of his colleague Priya Nair": the name the noun stands for
            prev = self._token_before(noun.start() + 1)
        if prev is None or prev.lower not in ("of", "about"):
            return
        verb = self.prev_token(prev)
        if verb is not None and self.text[verb.end : prev.start] == " " and (speaker := self.entities.mention_at(verb.start)) is not None and speaker.is_name:
            # "said Judge Arturo Salinas of his granddaughter": the speaker named between the verb and "of"
            verb = self._token_before(speaker.lead)
            if verb is not None and self.text[verb.end : speaker.lead] != " ":
                return
        elif verb is None or self.text[verb.end : prev.start] != " ":
            return
        if verb is None or verb.lower not in self.speech:
            return
        if self._coordinated_person_after(m):
            return  # "said of her daughter and Tsiklauri": the quote is about two people, neither its topic
        for q in self._adjacent_quotes(m.start):
            self.topic[id(q)] = m.entity

    def _owns_speaker_after_quote(self, m, prev) -> bool:
        """Is the name `m` the owner of the one who speaks after a quote ("“He never gives up,”
        said Rosa's coach")? Where no one is named before the quote, it is about that owner (the
        coach speaks of Rosa); elsewhere it may be about anyone."""
        if not (m.possessive and m.is_name and prev is not None and prev.lower in self.speech and self._quote_closes_before(prev.start)):
            return False
        noun = self.next_token(m.end + 2)  # (past "'s")
        if noun is None or noun.lower not in self.lex["person_nouns"] and noun.lower not in self.lex["kinship"]:
            return False
        for q in self._adjacent_quotes(m.start)[:1]:
            if not any(o.start < q.start for o in self.entities.in_range(0, q.start)):
                self.topic.setdefault(id(q), m.entity)
        return True

    def _coordinated_person_after(self, m) -> bool:
        """Is this mention the first of a pair, "her daughter and Tsiklauri", "Ana or her son"?"""
        if m.possessive:
            return False  # ("said of Ana's son and …": the pair, if any, is of what she owns)
        conj = self.next_token(m.end)
        if conj is None or conj.lower not in ("and", "or") or self.text[m.end : conj.start] != " ":
            return False
        after = self.next_token(conj.end)
        # (another named or introduced, or a noun a determiner opens: "… and their former boss")
        return after is not None and (
            after.lower in PAIRED_DETERMINERS or any(o.lead == after.start for o in self.entities.in_range(after.start, after.start + 60))
        )

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
        story = self.story_subject
        if story is not None and story not in scores and inside_quote is None and (self.verdicts[story][0] == FEMALE or self.he_blind):
            # the woman an obituary or a biography is about stays a candidate beyond the window: a
            # chain of pronouns that lost her can pick her up again (MT's "he" for her is the
            # damage; a man's "he" far from his name is seldom in doubt, unless the text writes
            # its women "he": then he stays a candidate too)
            scores[story] = STORY_FLOOR
        return scores

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
        if (a.confidence < 0.65 or not self.he_blind and a.fresh_rival) and not (self.he_blind and a.gender == MALE):
            same = [e for e in rivals if self.verdicts[e][0] == a.gender]
            if same:
                referent = max(same, key=lambda e: scores[e])
                self.gender_chose = True
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
        # (after an opening phrase's comma, "In 1960, he …", or a semicolon, which opens a clause
        # of its own: "Farouk married Karim Mansour in 1960; he drew …")
        return prev is not None and self.text[prev.end : tok.start].strip() in (",", ";") and prev.lower not in self.speech

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
            if speaker is not None and self.verdicts[speaker][0] is None and id(tr.quote) not in self.speaker_doubtful and self.entities.people[speaker].kind == "person":
                m = self.entities.mention_at(tr.pos)
                noun = self.text[m.start : m.end].lower() if m is not None and m.kind == "kinship" else ""
                if noun in SPOUSE_OF and self.text[m.owner_start : m.owner_end].lower() == "my":
                    # “My husband said it was a rafflesia,” said by one whose name no source knows:
                    # as for "Kimaro's husband", a husband is far more often a woman's
                    owner_kind = "woman" if SPOUSE_OF[noun] == FEMALE else "man"
                    self.relation_gender.setdefault(speaker, (SPOUSE_OF[noun], f"{{name}} speaks of ‘my {noun}’, far more often a {owner_kind}’s than not"))
            elder = self.relation_owner.get(speaker) if speaker is not None else None
            if elder is None or elder == speaker:
                continue
            m = self.entities.mention_at(tr.pos)
            if m is None:
                continue
            if m.kind == "kinship" and self.text[m.owner_start : m.owner_end].lower() == "my":
                noun = self.text[m.start : m.end].lower()
            elif m.kind == "noun" and self.text[m.start : m.end].lower() in self.lex["kin_address"]:
                noun = self.lex["kin_address"][self.text[m.start : m.end].lower()]  # “Mam went very quiet”: my mother
            else:
                continue
            if (self.relation_noun.get(speaker), noun) not in self.lex["kinship_converse"]:
                continue
            gender = self.lex["noun_gender"].get(noun)
            if self.verdicts[elder][0] == gender:
                tr.entity = elder
            elif self.verdicts[elder][0] is None and gender is not None and self._converse_tells(elder, speaker, gender) and not self._speaks_of_both_parents(speaker, noun):
                # of one whose name no source knows ("His son, Siopili, …" then, quoted, “My
                # mother said …”): the word gives her a gender, as outside quotes; not where the
                # speaker speaks of the other parent too (“My mother could knock on a plank … My
                # father would argue with her”: the one introduced may be either)
                self.relation_gender.setdefault(elder, (gender, f"called ‘my {noun}’ by the one introduced as {{name}}’s ‘{self.relation_noun[speaker]}’"))
                tr.entity = elder

    # pronouns inside quotes, once every quote's speaker is known
    def _inside(self, a: Attribution, slot_index: int) -> None:
        tok, q = a.token, a.quote
        if a.slot == "her":
            a.slot = "poss" if determiner_follows(self.doc, tok) else "obj"
        s = self.sentence_of(tok.start)
        speaker = self.speaker.get(id(q))
        topic = self.topic.get(id(q))
        scores: dict[int, float] = {}
        latest: dict[int, int] = {}  # entity → the latest sentence it was seen in
        para = self.para_of_sentence[s]
        story = self.story_subject if self.story_subject is not None else self._protagonist()
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
            if same_voice and tr.attribution is not None and tr.attribution.rivals and tr.confidence < CARRY_DOUBT_BELOW:
                # a pronoun before this one in the same voice, read with doubt: its rivals stay
                # this one's (“He is younger than me and he tells me off”: if the first "He" could
                # be Zarina as well as Ruedi, so can the next), not left behind by the chain
                for e in tr.attribution.rivals:
                    if scores.get(e, 0.0) < w * CARRIED_RIVAL:
                        scores[e] = w * CARRIED_RIVAL
                        latest.setdefault(e, tr.sentence)
        if speaker is not None:
            a.speaker_known = id(q) not in self.speaker_doubtful
            scores.pop(speaker, None)  # a speaker says "I", not "he"
        if a.slot == "subj" and (died := self._died_in_opening(tok, s, q)) in scores and len(scores) > 1:
            scores[died] *= 0.1  # “When his wife died, he was back on the water two days later”
        subject = self._clause_subject(tok.start, s, q, pronouns=True) if a.slot == "obj" else None
        if subject is not None and subject.attribution is None:
            scores.pop(subject.entity, None)  # “My mother never once told him …”: not her (binding theory, as outside quotes)
        elif subject is not None and subject.entity in scores:
            # “My mother knew. He never said a word to him.”: not whoever the subject pronoun
            # was read as, though that reading may itself be wrong (as outside quotes)
            scores[subject.entity] *= 0.1
            a.rests_on_pronoun = True
        reporter = self._reported_by(tok, s) if a.slot in ("subj", "poss") else None
        if reporter is not None and reporter.quote is q and reporter.entity != speaker:
            # "My mother used to say he had married a man who …": inside the quote as outside it,
            # the subject of a speech verb speaks of themselves; only people of this sentence compete
            scores = {e: v for e, v in scores.items() if latest[e] == s}
            scores[reporter.entity] = STRUCTURAL
            a.structural = True
            a.kind = "complement"
            if reporter.attribution is not None and reporter.attribution.rivals:
                # (“He thinks he will get rich”: the one who thinks is a pronoun read with a
                # rival, and what it thinks of itself is no surer)
                for e in reporter.attribution.rivals:
                    if e != speaker:
                        add_rival(scores, e)
                a.rests_on_pronoun = True
        told = self._told_before_quote(q, speaker) if speaker is not None and a.kind != "complement" and topic is None else None
        if told is not None and told in scores:
            # “…” goes on with what its speaker told of someone just before it ("Tiwonge said her
            # mother kept singing. “She would come back from a big concert …”")
            scores[told] = STRUCTURAL
            a.structural = True
        else:
            told = None
        if self.deceased is not None and self.deceased not in scores and self.deceased != speaker and a.kind != "complement":
            # a relative quoted in an obituary speaks of the dead, named or not since many
            # sentences ("Bruno said their father went on walking the rows. “Usually he was
            # right”"): the one who died stays a candidate, at least a rival to whoever is near
            scores[self.deceased] = STORY_FLOOR
        if a.kind == "complement":
            a.reason = "it is the subject of what {name} said, inside a quote"
        elif topic is not None and topic != speaker:
            scores[topic] = STRUCTURAL
            for tr in self._sentence_traces(s):
                if tr.quote is q and tr.pos < tok.start and tr.entity not in (topic, speaker, -1) and tr.entity in scores:
                    # "“I only hope her husband knows how lucky he is,” Olga said of the bride":
                    # someone the quote names before the pronoun in its sentence may be meant
                    scores[tr.entity] = STRUCTURAL
            a.structural = a.topic = True
            a.kind = "topic"
            a.reason = "it is inside a quote about {name} (“… said of …”)"
        elif told is not None:
            a.reason = "it is inside a quote that goes on with what its speaker said of {name} just before"
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
        if subject is not None and subject.attribution is not None:
            a.confidence = min(a.confidence, max(subject.confidence, 0.5))  # no surer than the subject was read
        # (a speaker unclear enough to be doubtful already makes the quote's pronouns unsafe)
        doubt = self.speaker_doubt.get(id(q)) if speaker is not None and a.speaker_known and a.kind != "complement" and not a.topic else None
        if doubt is not None and top in doubt[0]:
            # the one left once the speaker is set aside was the speaker's rival: were it the
            # speaker, this pronoun would be the other ("He did not want him to go. “He said …,”
            # he said."), so it is no surer than the speaker was
            a.rivals = a.rivals + [speaker]
            a.confidence = min(a.confidence, doubt[1])
        # (with the speaker, where the speaker's reading had this one as its rival)
        a.genders_near = {self.verdicts[e][0] for e in (*scores, *a.rivals)}
        trace = self.traces[slot_index]
        trace.entity, trace.confidence, trace.attribution = top, a.confidence, a
        same = [e for e in rivals if self.verdicts[e][0] == a.gender] if a.confidence < 0.65 else []
        if same:
            # as outside quotes (_settle): an unsure pronoun with a rival of its written gender
            # goes on as that rival, so that doubt does not harden into certainty down the chain
            # ("My mother knew. He kept watch …": was it her, or the father the quote is about?)
            trace.entity, trace.confidence = max(same, key=lambda e: scores[e]), 0.5


def _subject_noun_phrase(before: str, verbs: frozenset[str]) -> bool:
    """Is `before` (a sentence's opening words) a bare noun phrase such as "Her colleague" or
    "The team's coach" or "The city's deputy mayor", so that a name right after it names the
    subject? Not where it ends with a verb in the past (`verbs`, or "-ed"): "The judge gave Kaka
    fifteen days" has Kaka for its object."""
    words = before.split()
    if not 2 <= len(words) <= 4 or not (words[0].lower() in SUBJECT_DETERMINERS or words[0].endswith(APOSTROPHE_S)):
        return False
    if words[-1] in verbs or words[-1].endswith("ed"):
        return False
    return all(w.islower() and w.removesuffix("’s").removesuffix("'s").isalpha() and w not in NOT_NOUN_START for w in words[1:])
