"""Questions the pronoun attribution asks of the trail it has read so far (the Trace of every
mention and attributed pronoun, repair/analysis/attribution.py): the subject of a clause or a
sentence, the subject just before a verb, the speaker a reporting verb names, the relation a
sentence opened with, the story's protagonist. They read the trail and the text and change
nothing, but for the count of subjects behind the protagonist."""

from __future__ import annotations

import bisect
import functools
import operator
from typing import TYPE_CHECKING

from .. import textre
from ..name_evidence import FEMALE, MALE
from ..person_context import after_opening
from .clause_words import (
    ADVERBIAL_SUBORDINATORS,
    ASIDE_BREAKS,
    INTRODUCTORY_OPENERS,
    APPOSED_RE,
    APPOSITION_RE,
    AUXILIARIES_LATER,
    CLAUSE_BREAKERS,
    CLAUSE_JOINTS,
    POSSESSIVE_DETERMINERS,
    PREPOSITION_SUBORDINATORS,
    DIED_RE,
    NOT_NOUN_START,
    PARENTS,
    PRONOUNS,
    RELATIVE_HOLDING_RE,
    RELATIVE_CLAUSE_RE,
    RELATIVE_TO_OBJECT_RE,
    TIME_PHRASE_WORDS,
    adverbs_only,
)

if TYPE_CHECKING:
    from .records import Trace

APPOSED_DESCRIPTION_RE = textre.compile(r", (?:a|an|the) [^,.;:“”\"]{1,50},(?: who\b)?")  # ", a retired pastor, (who)"
ASKED_OPENERS = frozenset({"asked", "pressed", "questioned"})  # "Asked whether she would run again, Ms Chatterjee …"
OPENING_WORDS = ADVERBIAL_SUBORDINATORS | INTRODUCTORY_OPENERS | {"as", "once", "if"}  # before a sentence's subject: "When …, Lena"
# a sentence (or quote) opening with a death, its main clause's subject pronoun right after:
# "When his husband died, he was back on the water two days later"
OPENING_DEATH_RE = textre.compile(r"[“\"‘']?(?:When|After|Once|Since) (?P<who>[^,.;:!?“”\"]{1,60}?)" + DIED_RE.pattern + r"[^,.;:!?“”\"]{0,40}, $")

# the prepositions that take a "whom" ("with whom he trained"), and how many words the one it
# stands for may stand before it ("Andrés Fuentes, an astronomer at a university in Santiago whom")
WHOM_PREPOSITIONS = frozenset({"with", "to", "for", "under", "on", "of", "from", "by", "alongside", "beside", "against", "about", "after", "behind", "beneath", "among"})
WHOM_REACH = 12
WHO_AFTER_RE = textre.compile(r"\bwho\b")
ROLE_BEFORE_NAME_RE = textre.compile(r"(?:the|a|an)(?: \p{Ll}+){1,3} \Z")  # "the surgeon " + Dr Aisha Kamara
BINDING_REACH = 8  # words between a subject and "his" beyond which other people may intervene
# a closed relative clause right after a subject's mention, past a name in apposition: ", who had
# played in the Cairo orchestra, " after "Rania" or after "His aunt, Marta Silva"
CLOSED_WHO_RE = textre.compile(r"(?:, \p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,3})?, who [^,.;:!?“”\"—()]{3,80}, ")
PROTAGONIST_LEAD = 2  # named at least twice as often as anyone else: the story's protagonist
TRACE_POS = operator.attrgetter("pos")


# What "said" takes as its object before "to" and the one spoken to ("said a word to him", "said
# nothing to her"), where otherwise a speech verb opens a clause ("felt God speak to him")
WORDS_SAID = frozenset({"a", "an", "anything", "goodbye", "hello", "little", "much", "nothing", "something", "sorry", "thanks", "the"})


class TraceQueries:
    """Mixed into the Attributor, whose state (traces, doc, text, entities, sentences, speech
    verbs, relation owners and nouns, verdicts, subject counts) these methods read."""

    def _traces_before(self, pos: int):
        """The traces before `pos`, nearest first. The trail is in text order, so a bisection
        finds where to start: after the pass (quoted pronouns are read last) a walk back from the
        trail's end would cross the whole document for each question."""
        traces = self.traces
        if not traces or traces[-1].pos < pos:
            return reversed(traces)  # (during the pass, the usual question: all of the trail so far)
        return map(traces.__getitem__, range(bisect.bisect_left(traces, pos, key=TRACE_POS) - 1, -1, -1))

    def _trace_at(self, pos: int, s: int) -> Trace | None:
        """The trace of sentence s at `pos` that was read as someone, if any."""
        return next((tr for tr in self._sentence_traces(s) if tr.pos == pos and tr.entity >= 0), None)

    def _trace_just_before(self, pos: int, s: int) -> Trace | None:
        """The mention or pronoun directly before `pos` (only spaces between): a verb's subject."""
        for tr in self._traces_before(pos):
            if tr.sentence != s or tr.entity < 0:
                return None
            m = self.entities.mention_at(tr.pos)
            end = m.end if m is not None else self.next_token(tr.pos).end
            between = self.text[end:pos]
            if between.strip() in ("", ",", "’s", "'s") or adverbs_only(between) or textre.match(APPOSITION_RE, between):
                return tr
            return None
        return None

    def _described_after(self, tr: Trace) -> bool:
        """Does a relative clause follow the mention at tr in its sentence, before anyone else is
        named ("the daughter of Sipho Dlamini, a bus driver who ran a boxing gym"; not "… of Gul
        Mohammad, a fisherman, and his wife, Bibi Sabza, who …", hers)?"""
        m = self.entities.mention_at(tr.pos)
        end = m.end if m is not None else tr.pos
        stop = self.sentences[tr.sentence].end
        other = next((n for n in self.entities.in_range(end, stop) if n.entity != tr.entity and (n.is_name or n.kind == "kinship")), None)
        return textre.search(WHO_AFTER_RE, self.text, end, other.lead if other is not None else stop) is not None

    def _whom_antecedent(self, whom, s: int) -> int | None:
        """The person a "whom" clause is about: the one named last before it (and a preposition
        that takes it: "with whom", "to whom"), in the same sentence, outside quotes, with no
        clause break between ("Andrés Fuentes, an astronomer at a university in Santiago whom",
        "the cellist Marek Zieliński, for whom"); else None."""
        before = self.prev_token(whom)
        point = before.start if before is not None and before.lower in WHOM_PREPOSITIONS else whom.start
        for tr in self._traces_before(point):
            if tr.sentence != s or tr.quote is not None:
                return None
            if tr.entity < 0:
                continue
            m = self.entities.mention_at(tr.pos)
            end = m.end if m is not None else self.next_token(tr.pos).end
            between = self.text[end:point]
            return tr.entity if len(between.split()) <= WHOM_REACH and not any(c in between for c in ";:()“”\"") else None
        return None

    def _mention_led_at(self, pos: int):
        """The mention whose phrase (past an honorific, a role or an owner) starts at `pos`, else
        None."""
        m = next(iter(self.entities.in_range(pos, pos + 60)), None)
        return m if m is not None and m.lead == pos else None

    def _open_relative_antecedent(self, pos: int, s: int) -> int | None:
        """The one a "who" clause still open at the aside at `pos` is about: no comma or other
        break between "who" and the aside's comma ("Choi Min-ho, a professor …, who has written
        a book about his wife's work without, he says, understanding it"; not "Park, who married
        Choi in 2001, has written, she says, …", where the clause closed before the verb, nor
        "… and who, he says, changed her mind", where the aside tells what the clause says of its
        subject)."""
        who = self.text.rfind(" who", self.sentences[s].start, pos)
        while who != -1 and self.text[who + 4 : who + 5] not in (" ", ","):
            who = self.text.rfind(" who", self.sentences[s].start, who)  # ("whom", "whose")
        if who == -1 or pos - 2 <= who + 4 or any(c in self.text[who : pos - 2] for c in "," + ASIDE_BREAKS):
            return None
        return self._whom_antecedent(self.next_token(who + 1), s)

    def _subject_past_relative(self, pos: int, s: int) -> Trace | None:
        """The subject of the verb at `pos` when a relative clause stands between them: "A woman
        who sells dried fish near the main gate said he …", "One mother, who had brought her son
        from a village, said he …". Only where the sentence opens with that subject, the clause
        starts right after it with "who" and ends at the verb. (Someone named inside the clause
        is no subject of the verb, but stays a rival of the pronoun.)"""
        first = None
        for tr in self._traces_before(pos):
            if tr.sentence != s:
                break
            if tr.quote is not None:
                return None
            first = tr
        if first is None or first.entity < 0 or first.role != "main":
            return None
        m = self.entities.mention_at(first.pos)
        if m is None:
            return None
        end = m.end
        clause = self.text[end:pos]
        if not clause.startswith((" who ", ", who ")) or any(c in clause for c in ";:“”\"()—"):
            return None
        if clause.startswith(", ") != clause.rstrip().endswith(","):
            return None  # the commas of a non-restrictive clause come in pairs
        return first

    def _opening_relation(self, pos: int, s: int) -> int | None:
        """The relation (with a known owner) that opens sentence s as its subject, if one does."""
        first = None
        for tr in reversed(self.traces):
            if tr.sentence < s:
                break
            if tr.pos < pos and tr.quote is None and tr.pos not in self.kin_at_owner:
                first = tr  # (not the owner's "His" of "His father, …": the relation is the subject)
        if first is None or first.role != "main":
            return None
        m = self.entities.mention_at(first.pos)
        if m is None or m.kind != "kinship" or m.entity not in self.relation_owner:
            return None
        return m.entity

    def _main_trace_of(self, entity: int | None, s: int, pos: int) -> Trace | None:
        """The trace of `entity` as a main subject in sentence s before pos, if any."""
        return next((tr for tr in self._sentence_traces(s) if tr.entity == entity and tr.pos < pos and tr.role == "main"), None) if entity is not None else None

    def _parents_owner(self, main_tr: Trace) -> int | None:
        """Whose parents the sentence of main_tr introduced as its subjects ("His father, …, and his
        mother, …"): both parents, one owner."""
        parent = self._parent_relation(main_tr)
        owner = self.relation_owner.get(parent) if parent is not None else None
        if owner is None:
            return None
        for tr in reversed(self.traces):
            if tr.sentence < main_tr.sentence:
                break
            other = self._parent_relation(tr) if tr.sentence == main_tr.sentence else None
            if other is not None and other != parent and self.relation_owner.get(other) == owner:
                return owner
        return None

    def _she_of_a_parent(self, owner: int, sentence: int, gender: str) -> int | None:
        """For a "she" after a sentence about a man's parents, one of them a woman ("…, and his
        mother, Fumiko, kept the kiln running. She refused …"), that parent: MT seldom writes a
        man "she", so she is the one the story goes on with, not him. Else None."""
        if gender != FEMALE or self.verdicts[owner][0] != MALE:
            return None
        return next(
            (
                tr.entity for tr in self._sentence_traces(sentence)
                if self.relation_owner.get(tr.entity) == owner and self.relation_noun.get(tr.entity) in PARENTS and self.verdicts[tr.entity][0] == FEMALE
            ),
            None,
        )

    def _died_relation_owner(self, main_tr: Trace) -> int | None:
        """Whose relative the subject of main_tr is, where the words right after it (past an
        apposition, or in it) tell of its death ("Her husband died in 2008", "Ghukasyan's wife,
        Siranush, a schoolteacher, died that day"); else None."""
        m = self.entities.mention_at(main_tr.pos)
        if m is None or m.kind != "kinship":
            return None
        apposed = textre.match(APPOSED_RE, self.text, m.end)
        who = self.text.find(" who ", m.end, apposed.end()) if apposed else -1
        if not textre.match(DIED_RE, self.text, apposed.end() if apposed else m.end) and not (
            who != -1 and textre.match(DIED_RE, self.text, who + 4)
        ):  # ("Bernasconi's husband, Piero, a stonemason who died in 2011, had rebuilt …")
            return None
        owner = self.relation_owner.get(m.entity)
        return owner if owner is not None and owner != m.entity else None

    def _owner_named_with(self, main_tr: Trace) -> int | None:
        """Whose relative the subject of main_tr is, where that owner is mentioned (by name or
        pronoun) before it in its sentence ("Mogapi's own daughter, Neo, …"); else None."""
        m = self.entities.mention_at(main_tr.pos)
        owner = self.relation_owner.get(m.entity) if m is not None and m.kind == "kinship" else None
        if owner is None or owner == m.entity:
            return None
        named = any(tr.entity == owner and tr.pos < main_tr.pos for tr in self._sentence_traces(main_tr.sentence))
        return owner if named else None

    def _parent_relation(self, tr: Trace) -> int | None:
        """The relation a trace mentions as someone's father or mother ("his father", "her mum")."""
        m = self.entities.mention_at(tr.pos)
        return m.entity if m is not None and m.kind == "kinship" and self.text[m.start : m.end].lower() in PARENTS else None

    def _verb_before(self, prev):
        """The word a pronoun after `prev` (a speech verb or "that") hangs from: the speech verb,
        past "that" and an adverb ("said later that he"); else the word before "that"."""
        verb = prev if prev.lower in self.speech else self.prev_token(prev)
        if verb is not None and verb.lower not in self.speech and (verb.lower.endswith("ly") or verb.lower in AUXILIARIES_LATER):
            verb = self.prev_token(verb)
        back = verb
        for _ in range(3):  # "said on Sunday that he", "said in 2019 that he"
            if back is None or not (back.lower in TIME_PHRASE_WORDS or back.text.isdigit()):
                break
            back = self.prev_token(back)
            if back is not None and back.lower in self.speech:
                return back
        return verb

    def _reported_by(self, tok, s: int) -> Trace | None:
        """The subject of the speech verb right before tok ("X said he", "X said that his …")."""
        prev = self._token_before(tok.start)
        if prev is None or prev.lower not in self.speech and prev.lower != "that":
            return None
        verb = self._verb_before(prev)
        if verb is None or verb.lower not in self.speech:
            return None
        tr = self._trace_just_before(verb.start, s)
        return tr if tr is not None and tr.entity >= 0 else None

    def _relative_subject(self, pos: int, s: int, clause=RELATIVE_TO_OBJECT_RE) -> Trace | None:
        """The person a "who" clause ending at `pos` is about: "a young teacher, Sunna Ólafsdóttir,
        who later helped him find a publisher" — the clause's subject, so "him" is someone else.
        (`clause`: how the text from the name to `pos` reads; longer for a clause that opens
        inside the "who" clause, "…, a mechanic who ran a garage in Sillery until he retired".)"""
        for tr in self._traces_before(pos):
            if tr.sentence != s or tr.entity < 0 or tr.quote is not None:
                return None
            m = self.entities.mention_at(tr.pos)
            if m is None:
                if tr.attribution is not None and tr.attribution.slot == "obj":
                    continue  # ("a harpist who took her with him": past the object pronoun)
                return None
            return tr if textre.match(clause, self.text[m.end : pos]) else None
        return None

    def _inner_clause_subject(self, after: int, pos: int, s: int) -> tuple[Trace, bool] | None:
        """The named subject of a "that" clause, or of a clause after ", and" or ", but", of
        sentence s opened after `after`, the last subject before `pos`, and whether "that" opened
        it: "The court found that Naserian Sankale, 67, had been the occupant since her husband
        died", "Zainab took it, and Amara sulked until …" — a clause inside it is about its
        subject."""
        for tr in self._traces_before(pos):
            if tr.sentence != s or tr.pos <= after:
                return None
            if tr.entity < 0 or tr.quote is not None:
                continue
            m = self.entities.mention_at(tr.pos)
            if m is not None and self.text[max(0, m.lead - 5) : m.lead] == "that " and self._verb_takes_that(m.lead - 5):
                return tr, True  # (whatever role the trail gave it: "that Naserian Sankale, 67, had been")
            if m is not None and tr.role in ("main", "embedded") and self._coordinate_subject(after, m.lead, (", and ", ", but "), 0):
                return tr, False
            if tr.role in ("main", "embedded", "speaker"):
                return None
        return None

    def _coordinate_subject(self, start: int, lead: int, joints: tuple[str, ...] = CLAUSE_JOINTS, words: int = 2) -> bool:
        """Does the mention led at `lead` open a clause joined by one of `joints` (", and",
        ", though", "; " …) after `start` ("Youssef sells phones, and his sister Nour repairs
        them"), with at most `words` words of its own before it?"""
        cut = -1
        for joint in joints:
            at = self.text.rfind(joint, start, lead)
            if at >= 0:
                cut = max(cut, at + len(joint))
        return cut >= 0 and len(self.text[cut:lead].split()) <= words

    def _inner_pronoun_subject(self, after: int, pos: int, s: int, gender: str) -> Trace | None:
        """The subject pronoun of the written gender that opens a clause of sentence s between
        `after` (its subject) and `pos` ("Omar's grandmother cooks while he peels onions and …"),
        as a trace, else None."""
        for tr in self._sentence_traces(s):
            a = tr.attribution
            if after < tr.pos < pos and a is not None and a.gender == gender and a.slot == "subj" and tr.quote is None and tr.entity >= 0:
                # (not one of two subjects, "so that he and his sister could skate", nor one
                # after a semicolon, itself a main clause's)
                return tr if self.text[a.token.end : pos].strip() and ";" not in self.text[after:pos] else None
        return None

    def _verb_takes_that(self, that: int) -> bool:
        """Is the "that" at `that` a verb's ("argued that", "found on Monday that"), not a
        noun's ("a ladder that his son held", "the painted ladder that")? A reporting verb or a
        past tense right before it, or before a phrase of time of words, days and years only."""
        tokens = self.doc.tokens
        k = bisect.bisect_left(self.doc.token_starts, that) - 1
        while k >= 0 and (tokens[k].lower in TIME_PHRASE_WORDS or tokens[k].text.isdigit()):
            k -= 1  # ("found on Monday that", "ruled in 2019 that")
        if k < 0 or not tokens[k].text.islower():
            return False
        return self._past(tokens[k].lower)

    def _past(self, word: str) -> bool:
        """Is the lower-case word a past tense ("moved", "sent") or a speech verb?"""
        return word in self.past_verbs or word.endswith("ed") and not word.endswith("eed")

    def _relative_owner(self, pos: int, s: int) -> Trace | None:
        """The person a "who" clause holding the possessive at `pos` is about, past an object
        pronoun in it: "a fishing skipper, Arne Solberg, who took her out on his boat"."""
        owners = set()  # whom the possessives skipped were read as
        written = PRONOUNS.get(self.next_token(pos).lower, (None,))[0]
        for tr in self._traces_before(pos):
            if tr.sentence != s or tr.entity < 0 or tr.quote is not None:
                return None
            m = self.entities.mention_at(tr.pos)
            if m is None:
                if tr.attribution is not None and tr.attribution.slot in ("obj", "poss"):
                    if tr.attribution.slot == "poss":
                        owners.add(tr.entity)
                        if tr.attribution.gender != written:
                            return None  # ("who joined his class … against the wishes of her family": two people)
                    continue
                return None
            # (past a possessive read as the same person: "who sent all four of his daughters …
            # against the advice of his brothers"; not one read as someone else: "Teresa Vidal,
            # who catalogued his manuscripts after his death")
            return tr if owners <= {tr.entity} and textre.match(RELATIVE_HOLDING_RE, self.text[m.end : pos]) else None
        return None

    def _clause_subject(self, pos: int, s: int, quote=None, pronouns=False) -> Trace | None:
        """The nearest subject before `pos` in the same clause of the same sentence, outside
        quotes or, given one, inside that quote ("My mother never once told him"; with
        `pronouns`, a subject pronoun there too: "He never said a word to him"). A verb phrase
        joined by "and"/"but" keeps the subject ("She returned … and founded … in her town")."""
        mentioned: set[int] = set()  # people mentioned between the subject and `pos`
        end = pos  # where the clause's words before `pos` end (before a relative clause it skips)
        for tr in self._traces_before(pos):
            if tr.entity < 0 and tr.sentence == s and (word := self.next_token(tr.pos)) is not None and PRONOUNS.get(word.lower, (None, "subj"))[1] in ("obj", "poss", "her"):
                continue  # an object or owner read as no one ("chased him down the street and held him"), no subject
            if tr.sentence != s or tr.entity < 0:
                return None
            if tr.pos >= end:
                mentioned.add(tr.entity)
                continue  # inside the relative clause skipped
            if tr.quote is quote and (
                tr.role in ("main", "embedded", "speaker") if quote is None
                else tr.clause_role == "main" or pronouns and tr.attribution is not None and tr.attribution.slot == "subj"
            ):
                rel = self._token_before(tr.pos)
                if end == pos and rel is not None and rel.lower == "whom" and ", " in self.text[tr.pos : pos]:
                    # "Zeinab Rifaat, a schoolteacher whom Nasr married in 1935, accompanied him":
                    # the subject of a closed "whom" clause is not the main clause's
                    end = rel.start
                    mentioned.add(tr.entity)
                    continue
                if end == pos and (m := self.entities.mention_at(tr.pos)) is not None and (closed := textre.match(CLOSED_WHO_RE, self.text, m.end)) is not None and closed.end() <= pos:
                    # "his aunt Rania, who had played in the Cairo orchestra, gave him her old
                    # instrument": the subject's clause goes on past the relative clause
                    between = self.doc.tokens_in(closed.end(), end)
                else:
                    between = self.doc.tokens_in(tr.pos, end)[1:]
                # (the subject itself again in between is no one else: "he had tested the chair
                # himself for a week in his office")
                others = bool(mentioned - {tr.entity})
                reach = BINDING_REACH * (2 if self.doc.text[pos:pos + 4].lower() in ("hims", "hers") or not others else 1)
                if len(between) > reach or any(self._breaks_clause(between, i) for i in range(len(between))):
                    return None
                # a speech verb opens a new clause unless a preposition follows ("said of his …",
                # "insisted on approving every line himself")
                for k, t in enumerate(between):
                    if t.lower in self.speech:
                        nt = self.next_token(t.end)
                        if t.lower in ("told", "tells", "asked", "asks") or nt is not None and nt.start == pos:
                            continue  # "he told reporters outside his office", "he warned him": an object follows
                        said = between[k + 1 : -1]
                        if between[-1].lower == "to" and 1 <= len(said) <= 2 and said[0].lower in WORDS_SAID and all(w.text.islower() for w in said):
                            continue  # "he never said a word to him": the one spoken to, not a new clause
                        if nt is None or nt.lower not in ("of", "about", "to", "in", "with", "on"):
                            return None
                if any(c in self.text[tr.pos : pos] for c in ";:“”\"—()"):
                    return None
                return tr
            mentioned.add(tr.entity)
        return None

    def _breaks_clause(self, tokens, i: int) -> bool:
        """Does tokens[i] open another clause? Not an "and" joining a verb phrase to the same
        subject, nor the adverb "once" ("never once", "at once", "once sent")."""
        low = tokens[i].lower
        if low not in CLAUSE_BREAKERS or self._joins_verb_phrase(tokens, i):
            return False
        if low in PREPOSITION_SUBORDINATORS and (nt := self.next_token(tokens[i].end)) is not None and nt.lower in POSSESSIVE_DETERMINERS:
            # "Lahlou arranged all of her songs until his death": a preposition there, no clause
            return False
        if low == "once" and (nt := self.next_token(tokens[i].end)) is not None and nt.text.islower() and self._past(nt.lower):
            return False  # "Marco once sent out a risotto without asking him": the adverb, before its verb
        return not (low == "once" and i and tokens[i - 1].lower in ("never", "at"))

    def _joins_verb_phrase(self, tokens, i: int) -> bool:
        """Is tokens[i] an "and"/"but" that joins a second verb to the same subject ("and founded",
        "and took")?"""
        if tokens[i].lower not in ("and", "but") or i + 1 >= len(tokens) or i == 0:
            return False
        if self.text[tokens[i - 1].end : tokens[i].start].strip():
            return False  # ", and …" starts a new clause more often than not
        nxt = tokens[i + 1]
        if self.text.startswith(",", tokens[i].end):
            # past an aside: "took over his laboratory and, according to colleagues, continued …"
            for j in range(i + 2, min(i + 7, len(tokens))):
                if "," in self.text[tokens[j - 1].end : tokens[j].start]:
                    nxt = tokens[j]
                    break
            else:
                return False
        if not nxt.text.islower() or nxt.lower in NOT_NOUN_START:
            return False
        if nxt.lower.endswith("ed") or nxt.lower in self.speech or nxt.lower in self.lex["irregular_pasts"]:
            return True
        # a present joined to the subject's own present ("X teaches physics … and spends …"):
        # the first lower-case word is the subject's verb
        first = next((t for t in tokens[:i] if t.text.isalpha() and t.text.islower()), None)
        return first is not None and _present_s(first.lower) and _present_s(nxt.lower)

    def _subject_of_other_gender_follows(self, ti: int, s: int, gender: str) -> bool:
        """Is token ti followed within three words of its sentence by a subject pronoun of the
        other written gender ("his death she")?"""
        end = self.sentences[s].end
        for tok in self.doc.tokens[ti + 1 : ti + 4]:
            if tok.start >= end:
                return False
            form = PRONOUNS.get(tok.lower)
            if form is not None:
                return form[1] == "subj" and form[0] != gender
        return False

    def _named_between(self, entity: int, pos: int, s: int) -> dict[int, bool]:
        """The people mentioned in sentence s after `entity`'s mention there and before pos, each
        with whether a kinship noun mentioned them ("her grandfather") or they were named as
        company ("went through the medicines with Lars Berg")."""
        out: dict[int, bool] = {}
        for tr in reversed(self.traces):
            if tr.sentence < s or tr.entity == entity:
                break
            if tr.pos < pos and tr.entity >= 0 and tr.attribution is None:
                m = self.entities.mention_at(tr.pos)
                company = m is not None and (before := self._token_before(m.lead)) is not None and before.lower == "with"
                out[tr.entity] = out.get(tr.entity, False) or (m is not None and m.kind == "kinship") or company
        return out

    def _later_subject_pronoun(self, main_tr: Trace, gender: str, main: int) -> bool:
        """Is there, later in main_tr's sentence, a subject pronoun of this written gender read
        as someone other than `main`, or read as `main` though main's names say otherwise and a
        rival of that gender stood beside it?"""
        other_gender = not self.he_blind and self.verdicts[main][0] not in (None, gender)
        for tr in self._sentence_traces(main_tr.sentence):
            a = tr.attribution
            if tr.pos > main_tr.pos and a is not None and a.slot == "subj" and a.gender == gender and tr.quote is None and (
                tr.entity not in (main, -1) or other_gender and any(self.verdicts[e][0] == gender for e in a.rivals)
            ):
                return True
        return False

    def _subject_before(self, pos: int, s: int) -> int | None:
        """The first main subject (or speaker) of sentence s before pos, outside quotes."""
        found = self._subject_trace_before(pos, s)
        return found.entity if found is not None else None

    def _subject_trace_before(self, pos: int, s: int):
        """The trace of _subject_before: a name, or a pronoun as it was read."""
        found = None
        for tr in reversed(self.traces):
            if tr.sentence < s:
                break
            if tr.sentence == s and tr.pos < pos and tr.entity >= 0 and tr.quote is None and tr.role in ("main", "speaker"):
                found = tr  # keep going back: the first one in the sentence
        return found

    def _quote_sentence(self, s: int) -> bool:
        """Is sentence s inside a quote from start to end?"""
        if s < 0:
            return False
        sent = self.sentences[s]
        q = self.quote_at(sent.start + 1)
        return q is not None and q.start <= sent.start + 1 and q.end >= sent.end - 1

    def _recent_first(self, entity: int, s: int) -> bool:
        for tr in reversed(self.traces):
            if s - tr.sentence > 1:
                return False
            if tr.entity == entity and tr.first:
                return True
        return False

    def _opens_paragraph(self, s: int) -> bool:
        return s > 0 and self.para_of_sentence[s] != self.para_of_sentence[s - 1]

    @functools.cached_property
    def most_named(self) -> int | None:
        """The person the text names most often (by name, anywhere in it), at least
        PROTAGONIST_LEAD times as often as anyone else; else None. (Counted once per text: in a
        long one, counting at each pronoun that asks grew with the square of its length.)"""
        counts = sorted((sum(m.is_name for m in p.mentions), p.id) for p in self.entities.people)
        if not counts:
            return None
        (best, e), second = counts[-1], counts[-2][0] if len(counts) > 1 else 0
        return e if best >= PROTAGONIST_LEAD * max(second, 1) else None

    def _protagonist(self) -> int | None:
        """The person named as a subject most often so far, when at least PROTAGONIST_LEAD times
        as often as anyone else: the one the story is about (not merely talked about: “Putin’s
        party”, “against Putin” do not count)."""
        return self.lead[0] if self.lead[1] >= PROTAGONIST_LEAD * self.lead[2] else None

    def _count_subject(self, entity: int) -> None:
        n = self.subject_counts[entity] = self.subject_counts.get(entity, 0) + 1
        best, best_n, second_n = self.lead
        if entity == best:
            self.lead = (best, n, second_n)
        elif n > best_n:
            self.lead = (entity, n, best_n)
        else:
            self.lead = (best, best_n, max(second_n, n))

    def _reported_subject(self, entity: int, s: int) -> bool:
        """Is entity the subject of what someone said, or of a clause of time, cause or concession,
        in the sentence before ("Oyunchimeg says her father still watches every session. He …",
        "She took over the yard when her father lost the sight in one eye. ¶ He still comes …")?
        Then a "He" may go on about them as well."""
        for tr in reversed(self.traces):
            if tr.sentence < s - 1:
                return False
            if tr.sentence == s - 1 and tr.entity == entity and tr.role == "embedded" and tr.quote is None:
                m = self.entities.mention_at(tr.pos)
                prev = self._token_before(m.lead if m is not None else tr.pos)  # ("says his father": before "his")
                return prev is not None and (prev.lower in self.speech or prev.lower in ADVERBIAL_SUBORDINATORS)
        return False

    def _recent_main(self, entity: int, s: int) -> bool:
        for tr in reversed(self.traces):
            if s - tr.sentence > 2:
                return False
            if tr.entity == entity and tr.role in ("main", "speaker") and tr.quote is None:
                return True
        return False

    def _previous_main_trace(self, s: int, after: int = -1) -> Trace | None:
        """The first main subject of the sentence right before s (further back, salience decides)."""
        found = None
        for tr in self._traces_before(self.sentences[s].start):
            if s - tr.sentence > 1 or tr.sentence <= after:
                break
            if tr.role in ("main", "speaker", "topic") and tr.entity >= 0 and tr.quote is None:
                found = tr
        return found

    def _introduced_since_speaker(self, pos: int, s: int) -> Trace | None:
        """The one person a paragraph after the last quote's introduces and names before pos,
        outside quotes, and no one else ("… ¶ The pumps are kept running by Ibrahima Diallo, a
        mechanic from Podor. One of the pumps is older than he is. “I can keep it alive,” he
        said"): the likelier speaker than the last one quoted, whatever the role of the name."""
        para = self.para_of_sentence[s]
        if self.para_of_sentence[self.last_speaker[1]] == para:
            return None
        found = None
        for tr in self._traces_before(pos):
            if tr.paragraph != para:
                break
            if tr.attribution is not None or tr.entity < 0:
                continue
            if tr.quote is not None or found is not None and tr.entity != found.entity:
                return None
            found = tr
        return found if found is not None and found.first and self.entities.people[found.entity].kind == "person" else None

    def _names_no_one(self, s: int) -> bool:
        """Does sentence s, outside quotes, name no one and have no person for its main subject
        ("By his own admission, his list is getting shorter.")?"""
        return all(tr.quote is not None or tr.attribution is not None and tr.role != "main" for tr in self._sentence_traces(s))

    def _named_after_opening(self, tok, s: int) -> int | None:
        """The one named right after the comma that closes a sentence's opening clause or phrase,
        where tok is inside it ("When she arrived at five, Lena found …", "Before his first race,
        Diego …", "Speaking for the first time since her team separated the twins, the surgeon Dr
        Aisha Kamara …"): the main clause's subject, whom the pronoun goes before; else None."""
        k = bisect.bisect_left(self.doc.token_starts, self.sentences[s].start)
        first = self.doc.token_lowers[k] if k < len(self.doc.tokens) else ""
        # (a participle opens such a phrase as well: "Speaking …, Dr Kamara said", "Asked whether
        # she would run again, Ms Chatterjee smiled")
        j = after_opening(self.doc, k, OPENING_WORDS | ({first} if first.endswith("ing") and len(first) > 5 or first in ASKED_OPENERS else set()))
        if j is None or self.doc.tokens[j].start < tok.start:
            return None
        start = self.doc.tokens[j].start
        # the name may follow its honorific or a role ("Dr Hana Novak", "the surgeon Dr Aisha Kamara")
        m = next(iter(self.entities.in_range(start, start + 40)), None)
        if m is not None and (start in (m.lead, m.start) or m.is_name and textre.match(ROLE_BEFORE_NAME_RE, self.text, start, m.lead) is not None):
            return m.entity
        return None

    def _introduced_before(self, s: int) -> int | None:
        """The one person sentence s - 1 names for the first time, in apposition ("…, a lawyer
        who …"), outside quotes, where it names no one else, in the same paragraph; else None."""
        if s == 0 or self._opens_paragraph(s):
            return None
        found = None
        for tr in self._sentence_traces(s - 1):
            if tr.quote is not None or tr.entity < 0:
                return None
            if found is not None and tr.entity != found:
                return None
            m = self.entities.mention_at(tr.pos) if tr.attribution is None else None
            if m is None or not tr.first or not self.text.startswith((", a ", ", an "), m.end):
                return None
            found = tr.entity
        return found

    def _quote_calls_kin(self, quote, entity: int) -> bool:
        """Does the quote say "my <noun>" for the noun that introduced `entity` as someone's
        relative ("Her father, Clive, …" and “My father could hear …”)?"""
        noun = self.relation_noun.get(entity)
        owner = self.relation_owner.get(entity)
        if noun is None or owner is None or owner == entity:
            return False
        said = self.text[quote.start : quote.end].lower()
        at = said.find(f"my {noun}")
        while at != -1:
            after = said[at + len(noun) + 3 : at + len(noun) + 4]
            if (at == 0 or not said[at - 1].isalpha()) and not after.isalpha():
                return True
            at = said.find(f"my {noun}", at + 1)
        return False

    def _quote_names(self, quote, entity: int) -> bool:
        """Does the quote, or the one that goes on right after its attribution, call `entity` by
        name (“Nimco told me …,” he said)? A speaker does not: the name is someone spoken of
        or to."""
        if self.entities.people[entity].kind != "person":
            return False
        for q in self._quote_and_sequel(quote):
            for m in self.entities.in_range(q.start, q.end):
                if m.entity == entity and m.is_name and self.quote_at(m.start, inner=True) is None:
                    return True
        return False  # (not in a quote inside it: “Then she said, ‘Chokri, you are both stubborn’” is his)

    def _quote_says(self, quote, subject: str) -> bool:
        """Does the quote, or the one that goes on right after its attribution, speak of someone
        as the subject pronoun `subject` (“She told me I was too old,” he said)? (Not in a quote
        inside it. Only the subject pronoun: a "her" is as often a man's "his" written wrong, the
        rarer MT damage the benchmark's probe also makes, where it makes a sound speaker doubtful
        for nothing.)"""
        return any(
            t.lower == subject and self.quote_at(t.start, inner=True) is None
            for q in self._quote_and_sequel(quote) for t in self.doc.tokens_in(q.start, q.end)
        )

    def _quote_and_sequel(self, quote) -> list:
        """The quote, and the one that goes on right after its attribution in the same paragraph
        ("“…,” he said. “Nimco told me …”"): one voice."""
        i = bisect.bisect_right(self.quote_starts, quote.start)
        if i < len(self.top_quotes) and self.top_quotes[i].start - quote.end < 40 and self.text.count("\n", quote.end, self.top_quotes[i].start) == 0:
            return [quote, self.top_quotes[i]]
        return [quote]

    def _died_in_opening(self, tok, s: int, quote=None) -> int | None:
        """The person whose death the clause opening the sentence (or the quote) tells, where tok
        is the subject pronoun right after it: "When his husband died, he was back …" (the one
        who died does not act after it), else None."""
        start = max(self.sentences[s].start, quote.start if quote is not None else 0)
        found = textre.match(OPENING_DEATH_RE, self.text, start, tok.start) if tok.start - start <= 110 else None
        if found is None:
            return None
        for tr in self._traces_before(tok.start):  # (nearest first: the phrase's head, "his husband", not its owner)
            if tr.pos < found.start("who"):
                break
            if tr.pos < found.end("who") and tr.entity >= 0:
                return tr.entity
        return None

    def _sentence_traces(self, s: int) -> list[Trace]:
        """The traces of sentence s so far, in text order (read back from its end: after the pass,
        for a quoted pronoun, from the trail's middle, as _traces_before does)."""
        out = []
        for tr in self._traces_before(self.sentences[s].end):
            if tr.sentence < s:
                break
            if tr.sentence == s:
                out.append(tr)
        out.reverse()
        return out

    def _first_reported(self, s: int, pos: int) -> int | None:
        """The person named (not a pronoun) as the subject right after the first speech verb of
        sentence s, before pos ("Zeledon said her father had …"), else None."""
        for tr in self._sentence_traces(s):
            if tr.pos < pos and tr.entity >= 0 and tr.quote is None and tr.attribution is None:
                m = self.entities.mention_at(tr.pos)
                if self._reported_from(m.lead if m is not None else tr.pos):
                    return tr.entity
        return None

    def _reported_from(self, pos: int) -> bool:
        """Does a speech verb or "that" stand right before `pos` (a reported clause's subject)?"""
        prev = self._token_before(pos)
        return prev is not None and (prev.lower in self.speech or prev.lower == "that")

    def _reported_pronoun(self, s: int, pos: int) -> Trace | None:
        """The trace of a subject pronoun right after a speech verb or "that" of sentence s, the
        last before pos, outside quotes ("Madeleine said he had lost because …"), else None."""
        found = None
        for tr in self._sentence_traces(s):
            if tr.pos < pos and tr.entity >= 0 and tr.quote is None and tr.attribution is not None and tr.attribution.slot == "subj" and self._reported_from(tr.pos):
                found = tr
        return found

    def _indirect_speaker(self, s: int) -> int | None:
        """The person named right before a speech verb in sentence s, outside quotes ("Teodoro
        Almonte, said he had …", "Kumari said", "Rajabo, 61, said", "Mukhin, who said"), else None."""
        for tr in self._sentence_traces(s):
            if tr.quote is not None or tr.entity < 0 or tr.attribution is not None:
                continue
            m = self.entities.mention_at(tr.pos)
            if m is None:
                continue
            end, nxt = m.end, self.next_token(m.end)
            if nxt is not None and nxt.text.isdigit() and self.text[end : nxt.start] == ", " and self.text.startswith(", ", nxt.end):
                end, nxt = nxt.end, self.next_token(nxt.end)  # (past an age: "Rajabo, 61, said")
            if nxt is not None and nxt.lower == "who" and self.text[end : nxt.start] == ", ":
                end, nxt = nxt.end, self.next_token(nxt.end)  # ("… by Sergei Mukhin, who said the budget …")
            elif (apposed := textre.match(APPOSED_DESCRIPTION_RE, self.text, end)) is not None:
                # ("… by Lahtaw Naw Din, a retired pastor, who said …", "Thang Hu Lian, 60, a former
                # contractor, said he …")
                end, nxt = apposed.end(), self.next_token(apposed.end())
            if nxt is not None and nxt.lower in self.speech and self.text[end : nxt.start] in (" ", ", "):
                return tr.entity
        return None

    def _teller_before_quote(self, quote) -> int | None:
        """The person named as the subject of the speech verb in the sentence right before a quote
        that opens a sentence of its own in the same paragraph ("X, who …, said she … . “…”"),
        else None. Across a paragraph break the quote is as often someone else's (dev)."""
        qs = self.sentence_of(quote.start)
        if qs == 0:
            return None
        sent, before = self.sentences[qs], self.sentences[qs - 1]
        if self.text[sent.start : quote.start].strip() or self._opens_paragraph(qs):
            return None
        for tok in self.doc.tokens_in(before.start, before.end):
            if tok.lower in self.speech and self.quote_at(tok.start) is None:
                tr = self._trace_just_before(tok.start, qs - 1) or self._subject_past_relative(tok.start, qs - 1)
                return tr.entity if tr is not None and tr.attribution is None and tr.quote is None else None
        return None

    def _told_before_quote(self, quote, speaker: int) -> int | None:
        """The one the quote's own speaker told of in the sentence right before it, where the
        quote opens a sentence of its own ("His daughter Tiwonge said her mother had kept singing.
        ¶ “She would come back …,” Tiwonge said"): the subject right after the speech verb (or its
        "that"), else None. Not where someone else is named after that subject in the sentence."""
        qs = self.sentence_of(quote.start)
        if qs == 0 or self.text[self.sentences[qs].start : quote.start].strip():
            return None
        told = None
        for tr in self._sentence_traces(qs - 1):
            if tr.quote is not None or tr.entity < 0:
                continue
            if told is not None:
                if tr.entity not in (told, speaker) and tr.attribution is None:
                    return None  # someone named after ("… had taught him and his brother, Adalberto"): the quote may be of them
                continue
            if tr.entity == speaker or tr.attribution is not None and tr.attribution.slot != "subj":
                continue
            m = self.entities.mention_at(tr.pos) if tr.attribution is None else None
            teller = self._reported_by(self.next_token(m.lead if m is not None else tr.pos), qs - 1)
            if teller is None:
                continue
            if teller.entity != speaker and teller.attribution is None:
                # (a teller written as a pronoun may be the speaker, whatever that pronoun was
                # read as: in a damaged text it is often the speaker's own "he")
                return None
            told = tr.entity
        return told

    def _names_a_speaker(self, s: int, gender: str | None = None) -> bool:
        """Does sentence s name someone right before a speech verb, anywhere in it ("He did,
        Villalobos admits"), or, given the gender of a pronoun in it, set off a speaker pronoun of
        the other gender ("He changed his mind, she said, …")?"""
        sent = self.sentences[s]
        if gender is not None and any(self._aside_speaker(tok) and PRONOUNS[tok.lower][0] != gender for tok in self.doc.tokens_in(sent.start, sent.end)):
            return True
        for m in self.entities.in_range(sent.start, sent.end):
            nxt = self.next_token(m.end) if m.is_name else None
            if nxt is not None and nxt.lower in self.speech and self.text[m.end : nxt.start] == " ":
                return True
        return False

    def _aside_speaker(self, tok) -> bool:
        """Is tok a "he" or "she" set off as an aside with its speech verb ("…, she said, …")?"""
        if tok.lower not in ("he", "she") or self.text[tok.start - 2 : tok.start] != ", ":
            return False
        verb = self.next_token(tok.end)
        return verb is not None and verb.lower in self.speech and self.text[tok.end : verb.start] == " " and self.text.startswith(",", verb.end)

    def _written_she(self, entity: int, sentence: int, gender: str) -> bool:
        """Is this masculine pronoun kept from `entity` because the sentence wrote that person
        "she" or "her" only ("Ulyana … her classmates …, he said")? Not where the text writes
        women "he" (he_blind): then the written gender points to no one. (A yes is noted in
        gender_chose: a second reading without it may be needed.)"""
        if gender != MALE or self.he_blind:
            return False
        written = set()
        for tr in reversed(self.traces):
            if tr.sentence < sentence:
                break
            if tr.sentence == sentence and tr.entity == entity and tr.attribution is not None and (
                tr.attribution.gender != gender or tr.attribution.structural or not tr.attribution.rivals
            ):
                # (a "he" read as theirs by salience alone, beside rivals, says little: "and she
                # declined offers to appear in his later films")
                written.add(tr.attribution.gender)
        if written and gender not in written:
            self.gender_chose = True
            return True
        return False

    def _written_against_names(self, entity: int) -> bool:
        """Have at least two pronouns been clearly this person's (no rival, sure), every one of
        them in the gender their names contradict? ("Nermin Aksoy … known for his social housing
        projects … He was one of the first women …")"""
        gender = self.verdicts[entity][0]
        if gender is None:
            return False
        n = 0
        for tr in self.traces:
            a = tr.attribution
            if a is not None and a.entity == entity and not a.rivals and a.confidence >= 0.99:
                if a.gender == gender:
                    return False
                n += 1
        return n >= 2


def _present_s(word: str) -> bool:
    """Could the word be a verb's third-person present ("teaches", "spends")? (Not "-ss", "-us",
    "-is": "press", "bus", "basis".)"""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))
