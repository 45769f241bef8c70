"""Pronoun attribution outside quotes: the structural rules that bind a pronoun (the quote it
attributes, the speech verb or clause it belongs to, the owner of a relation) and subject
continuity across sentences. A mixin of Attributor (attribution.py), which keeps the trail and
settles each pronoun among its candidates."""

from __future__ import annotations

import bisect
import functools

from .. import textre
from ..entities import MARRIED_RE
from ..name_evidence import FEMALE, MALE
from .clause_words import ASIDE_BREAKS, ASIDE_WORDS, AUXILIARIES, CHILD_AGE_RE, CHILDHOOD_RE, CHILDREN, DIED_AFTER_RE, DIED_RE, LAST_ILLNESS_RE, NOT_NOUN_START, OBJECT_PREPOSITIONS, PARENTS, POSSESSIVE_DETERMINERS, PRONOUNS, RELATIVE_CLAUSE_RE, RELATIVE_TO_OBJECT_RE, RELATIVES, SUBORDINATORS, TAKE_FORMS, TIME_PHRASE_WORDS, aside_speech_verb, determiner_follows, introductory_phrase
from .records import ERASED_CONFIDENCE, RIVAL_IN_BETWEEN, STORY_FLOOR, STRUCTURAL, WINDOW, Attribution, Reading, Trace

HOPING_VERBS = frozenset({"hoped", "hopes"})  # (of the speech verbs, whose complements are read here)
ANNOUNCED_BY_RE = textre.compile(r"\b(?:announced|confirmed|reported|revealed) by ")
CLAUSE_END_RE = textre.compile(r"[,;:.!?“”\"()—–]")
SUBORDINATE_OPENERS = (SUBORDINATORS - RELATIVES) | {"and", "but", "what", "how", "why"}  # "because he", "and he"
MARRIED_BEFORE_RE = textre.compile(r"\bmarried(?:(?: late)?(?:,[^.;,]{1,25},)? to)?(?: (?:the|a|an)(?: [a-z-]+){1,2},?)? $")
PLACE_PREPOSITIONS_OF_OBJECT = frozenset({"without", "beside", "behind", "around", "near", "ahead"})  # "… pull away without her"
CONTENT_OPENERS = frozenset({"how", "what", "why"})  # "knew why he …" (not "whether": "did not know whether she would …" is mostly herself)
# "Bernasconi's husband, Piero, who died in 2011, …. ¶ “He tried for thirty years,” he said": the
# dead do not speak; whose relative they were does
BEREAVED_SPEAKS = "it attributes the quote, and the sentence before told of the death of {name}’s relative"
AFTER_DEATH_NOUNS = frozenset({"death", "funeral", "retirement"})  # "until his death": another's, not the subject's
# "X moved, and his wife …", "X worked until his eyesight failed": a possessive opening the clause
POSSESSIVE_OPENERS = frozenset({"and", "but", "before", "until", "till", "after", "when", "because", "although", "though", "since", "while", "as", "once"})
CHILDHOOD_OPENERS = frozenset({"when", "until", "since", "before", "after", "as"})  # "… when he was nine"
AFTER_DEATH = frozenset({"after", "since", "following", "before"})  # "… after his death"
PHRASE_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those"}) | POSSESSIVE_DETERMINERS - {"their", "your"}
OPENING_PHRASE_WORDS = 10  # the longest opening phrase before a subject pronoun that still counts as its clause's first reference
SURVIVED = (" is survived by ", " was survived by ", " is survived ", " was survived ")
OTHER_SUBJECT_FOLLOWS = 0.5  # the confidence left to "his" in "his death she": a weak attribution
SPOUSES_OF_WOMEN = frozenset({"husband", "husbands", "fiancé", "boyfriend", "widower"})  # "his husband": whose, mostly
SPOUSES_OF_MEN = frozenset({"wife", "wives", "fiancée", "girlfriend", "widow"})  # "his wife": his, mostly
SPOUSES = SPOUSES_OF_WOMEN | SPOUSES_OF_MEN
# "His son, Declan Murphy, said " + "his father": after a child, a speech verb and its parent
CHILD_SPEAKS_OF_PARENT_RE = textre.compile(r"(?:, [^,.;:“”\"]{1,60},)? (?:said|says|recalled|recalls|told reporters)(?: that)? (?:his|her) (?P<parent>father|mother)\b")
# "he is married to the surgeon " + a name: the wedding words the names' reader knows (MARRIED_RE)
SUBJECT_MARRIED_RE = textre.compile(r" (?:(?:is|was|has been|had been|became|got) )?(?:engaged to (?=\p{Lu})|" + MARRIED_RE.pattern + ")")
MY_SPOUSE_RE = textre.compile(r"\b[Mm]y (?:late |former |first |second )?(?P<spouse>wife|husband|fiancée|fiancé|widow|widower)\b")
SELF_NOUN_RE = textre.compile(r"\bI(?: am|’m|'m| was) (?:only )?(?:a|an|the|the only) (?P<words>[\p{Ll}-]+(?: [\p{Ll}-]+){0,2})")  # "I am a bad businesswoman"
# "… answered before he could.": the clause's verb left out, for it is the main clause's, done
# by someone else (the same subject would not say it: not "as soon as she could", "when he can")
ELLIPSIS_OPENERS = frozenset({"before", "after", "until", "till"})
ELIDED_VERB_RE = textre.compile(r" (?:could|can|would|will|did|does|do|had|has|was|were|might|should)(?: not|n[’']t)?[.,;:!?]")
LEFT_AS_IT_WAS_RE = textre.compile(r" (?:had )?left (?:it|them)\b")  # "… exactly as he left it"
KEEPING_VERBS = frozenset("keep keeps kept keeping preserve preserves preserved maintain maintains maintained leave leaves left".split())
CAUSATIVES = frozenset({"let", "lets", "letting", "make", "makes", "made", "making", "help", "helps", "helped", "helping", "watch", "watched", "saw", "heard"})  # "let her use": object, then a bare verb
OBJECT_FIRST_VERBS = CAUSATIVES | frozenset({"allow", "allows", "allowed", "allowing"})  # "allowed her only to carry fuel": an object, not an owner
PREDICATE_COPULAS = frozenset({"is", "was", "became", "becomes", "remains", "remained"})  # "X is his sister"
# the object pronoun of a subject pronoun's own verb: "until he let her have", "when he told him
# to wait", "after he drove her to Areka" ("her" only where no noun of hers can follow: before a
# bare verb after "let", or before punctuation, an article or a preposition)
OWN_OBJECT_RE = textre.compile(
    r" (?:\p{Ll}+ )?(?:(?:let|lets) (?P<caused>him|her) \p{Ll}+\b"
    r"|\p{Ll}+ (?P<object>him|her)(?=[.,;:!?]| (?:a|an|the|to|in|out|up|down|off|and|for|with|at|about|into|again)\b))"
)
# an infinitive or a gerund after a preposition, between a subject and a reflexive
NONFINITE_RE = textre.compile(r"\bto \p{Ll}+|\b(?:for|by|after|before|without|from|on|in|about|of) \p{Ll}+ing\b")
REFLEXIVE_RIVAL_SHARE = 0.3  # what is left to others beside a reflexive's clause subject
# below this, a subject pronoun's reading is doubtful enough that an owner in a clause hanging from
# it is only a fix to review where every woman is "he" (on dev, 7 of 17 such safe fixes were wrong)
DOUBTED_SUBJECT = 0.7
OWNER_BOOST = 1.5  # "His mother gave him …": the one whose relative the subject is, over the best other candidate


# a verb of taking someone along, its object and "with", right before a pronoun: "took her with "
TAKEN_ALONG_RE = textre.compile(r"\b(?:took|take|takes|taking|taken|brought|bring|brings|bringing|carried|carry|carries|carrying|led|dragged) (?:[\w’'-]+ ){1,3}(?:along |away |back |home )?with $")
# a sentence whose subject is a couple or a pair ("They married …", "In 1961, the couple …")
THEY_OPEN_RE = textre.compile(r"(?:\p{Lu}[\p{L} ]{0,30}, )?(?:They|The couple|The two)\b")


# verbs of telling someone something, and the modals of what the one told may or must do
TELLING_VERBS = frozenset("told tells tell telling advised advises warned warns reminded reminds assured assures".split())
SHORT_DESCRIPTION_RE = textre.compile(r"(?:a|an) \p{Ll}+(?: \p{Ll}+){0,2}\Z")  # "…, a fisherman, and his wife"
ASKING_VERBS = frozenset("asked asks ask asking".split())
ADDRESSEE_MODALS = frozenset("could should must may might can".split())
# a speech verb's complement that opens on the speaker's own spouse ("said his wife …", "told
# reporters that his husband …")
SPOUSE_TOLD_RE = textre.compile(r"(?: [a-z]+){0,2}? (?:that )?his (?:late |former |first |second )?(?P<spouse>wife|husband)\b")
NAME_IS_RE = textre.compile(r" (?:full |real |given |first )?name (?:is|was) ")  # "Her name is …"


def add_rival(scores: dict[int, float], entity: int) -> None:
    """Make `entity` a structural rival: half a structural score, so the binding is no surer
    than medium and the fix at most unsafe."""
    scores[entity] = max(scores.get(entity, 0.0), STRUCTURAL * RIVAL_IN_BETWEEN)


class OutsideQuotes:
    def _outside(self, tok, s: int) -> Attribution:
        r = self._reading(tok, s)
        a, ti, prev, nxt = r.a, r.ti, r.prev, r.nxt
        gender, slot, text, tokens = a.gender, a.slot, self.text, self.doc.tokens
        contrast = False  # a subject after ", while": see below
        if r.report_quote is not None:
            self._bind_report(r)
        elif slot == "subj" and self.deceased is not None and text.startswith(SURVIVED, tok.end):
            # "He is survived by his wife …": only the dead are survived, so it is the one the
            # obituary opened with, whoever spoke last
            r.binder = self.deceased
            a.reason, a.kind = "only the dead are survived, and {name} is the one whose death the text opens with", "subordinate"
            r.scores.setdefault(r.binder, 0.0)
        elif slot in ("subj", "poss") and prev is not None and (prev.lower in self.speech or prev.lower == "that"):
            self._bind_speech(r)
        elif slot == "poss" and prev is not None and prev.lower == "and" and tok.start in self.kin_at_owner and (named := self._name_just_before(prev.start)) is not None and not (
            self._spouse_of_other_sex(tok.start, named.entity)
        ):
            # "the firm founded by Obi and his brother Chukwudi": a relative joined to a name is
            # that person's (not "the herder Dorjsuren and his wife" where the name found is his
            # daughter's, who bears it after hers)
            r.binder = named.entity
            a.reason, a.kind = "it owns a relative joined by ‘and’ to {name}", "binding"
            r.scores.setdefault(r.binder, 0.0)
        elif slot == "poss" and prev is not None and prev.lower == "and" and (first := self._parallel_clause_owner(r.ti, s)) is not None:
            # "because his eyes were failing and his sons had gone to work in Dubai": a clause
            # joined by "and" that opens with an owner, as the clause before it did, has the same
            r.binder, r.binder_conf, r.binder_tr = first.entity, first.confidence, first
            a.reason, a.kind = "it opens a clause joined by ‘and’ to one that opens with {name}’s", "binding"
            r.scores.setdefault(r.binder, 0.0)
        elif slot == "poss" and prev is not None and prev.lower in ("and", "while") and tok.start in self.kin_at_owner and (opener := self._opening_relation(tok.start, s)) is not None and not (
            self._spouse_pair(tok.start, opener)
        ):
            # "Her father, Shalva, was an agronomist, and her mother, Ketevan, taught Russian": a
            # relation joined to the one that opened the sentence has the same owner (the father
            # is not whose mother she is; but "Her husband … while his wife is on the beach" is
            # his own wife, the subject's)
            r.binder = self.relation_owner[opener]
            r.scores.pop(opener, None)
            r.parallel_relation = True
            a.reason, a.kind = "it owns a relation joined to the one that opened the sentence, {name}’s", "binding"
            r.scores.setdefault(r.binder, 0.0)
        elif slot == "poss" and (prev is None or prev.start < self.sentences[s].start) and (other := self._other_parent_before(tok, s)) is not None:
            # "His father finds this funny. His mother does not.": the mother who opens the
            # sentence after one about the father is the same child's, not the father's
            r.binder = self.relation_owner[other]
            r.scores.pop(other, None)
            r.parallel_relation = True
            kin = self.kin_at_owner[tok.start]
            a.reason, a.kind = f"it owns ‘{self.text[kin.start : kin.end].lower()}’, as the sentence before told of {{name}}’s {self.relation_noun[other]}", "binding"
            r.scores.setdefault(r.binder, 0.0)
        elif (
            (opener := self._clause_opener(ti, slot)) is not None
            # (not a question a verb of knowing takes: "X understood why he would not give it up"
            # asks about someone else as often as about X)
            and not (opener.lower in CONTENT_OPENERS and ti >= 2 and tokens[ti - 2].lower in self.lex["knowing_verbs"])
            and (subject_tr := self._subject_trace_before(tok.start, s)) is not None
            # (not after an aside: "Their son's fever had broken, she told them, and he was
            # asking for his mother" goes on with what was told, not with the one who told it)
            and not (slot == "subj" and opener.lower in ("and", "but") and subject_tr.role == "speaker" and self._aside_before(subject_tr.pos, opener.start))
            and not (contrast := slot == "subj" and opener.lower == "while" and text[opener.start - 2 : opener.start] == ", ")
            and not (contrast := slot == "subj" and opener.lower in ELLIPSIS_OPENERS and textre.match(ELIDED_VERB_RE, text, tok.end) is not None)
            and not (contrast := slot == "subj" and opener.lower == "as" and textre.match(LEFT_AS_IT_WAS_RE, text, tok.end) is not None and self._kept_before(opener.start, s))
        ):
            # "X left early because he was tired", "X moved, and he …": the main clause's subject
            r.binder = self._subject_before(tok.start, s)
            parents_owner = False
            if (relative := self._relative_subject(opener.start, s, RELATIVE_TO_OBJECT_RE if opener.lower in ("and", "but") else RELATIVE_CLAUSE_RE)) is not None and relative.entity != r.binder:
                # "… to her coach, Pavel, who had flown in even though he was ill": the clause is
                # inside the "who" clause, about its subject
                r.binder = relative.entity
            elif opener.lower not in ("and", "but") and (inner := self._inner_clause_subject(subject_tr.pos, opener.start, s)) is not None and inner[0].entity != r.binder:
                # "The judge found that Naserian Sankale, 67, had been the occupant since her
                # husband died", "Zainab took it, and Amara sulked until he …": a clause inside a
                # "that" clause, or inside one after ", and", is about that clause's subject; after
                # "that" the main subject stays a rival ("said that Anna had left before he arrived")
                if inner[1]:
                    add_rival(r.scores, r.binder)
                r.binder = inner[0].entity
            elif opener.lower == "and" and (main_tr := self._main_trace_of(r.binder, s, tok.start)) is not None and (owner := self._parents_owner(main_tr)) is not None:
                # "His father was a shepherd and his mother taught mathematics, and he said both of
                # them shaped him": after both parents, an "and he" is the one whose parents they are
                r.binder = owner
                r.scores.setdefault(owner, 0.0)
                parents_owner = True
            if slot == "subj" and not self.he_blind and any(
                tr.entity == r.binder and tr.attribution is not None and tr.attribution.gender != gender and tr.quote is None
                for tr in self._sentence_traces(s)
            ):
                # "Confait said she had wanted to …, but he refused": the subject, already written
                # in the other gender in this sentence, is someone else (damaged, both would read
                # "he"), unless the text writes women "he"
                r.scores.pop(r.binder, None)
                r.binder = None
                self.gender_chose = True
            elif slot == "subj" and r.binder is not None and not self.he_blind and (
                (own_object := textre.match(OWN_OBJECT_RE, text, tok.end)) is not None
                and PRONOUNS[(own_object["caused"] or own_object["object"]).lower()][0] == self.verdicts[r.binder][0] != gender
            ):
                # "Amara sulked until he let her have his headphones": the clause's object is
                # written in the main subject's gender, and no one is their own object (not
                # "herself"), so its subject is someone else (damaged, both would read "he")
                r.scores.pop(r.binder, None)
                r.binder = None
                self.gender_chose = True
            a.reason = f"it is the subject of a ‘{opener.lower}’ clause inside a sentence whose subject is {{name}}"
            if parents_owner:
                a.reason = "it is the subject of an ‘and’ clause after a sentence’s two subjects, {name}’s parents"
            a.kind = "subordinate"
            owner = self.relation_owner.get(r.binder)
            if slot == "subj" and not self.he_blind and owner is not None and owner != r.binder and self.verdicts[owner][0] == gender != self.verdicts[r.binder][0]:
                # "Tomas's mother knits while he sorts the wool": where women are "she", a "he"
                # after a woman known as a man's relative may well be that man
                add_rival(r.scores, owner)
            if (
                owner is not None and owner != r.binder
                and (opener.lower in CHILDHOOD_OPENERS and textre.match(CHILDHOOD_RE, text, tok.end) or slot == "subj" and opener.lower in ("and", "but") and self._child_age_in_clause(tok, s))
                and any(tr.entity == r.binder and self._parent_relation(tr) is not None for tr in self._sentence_traces(s))
            ):
                # "His father drowned when he was nine", "His mother sewed shirts at home, and he
                # learned to sew at her machine at the age of ten": a parent is no child; the age
                # is the child's, whose parent the subject is (not "Piera Sarri, her father, has
                # herded since he was a boy": named, the parent is the subject of his own story)
                r.binder = owner
                a.reason = f"it is a child’s age in a ‘{opener.lower}’ clause about {{name}}’s parent"
            joined = opener.lower in ("and", "but")
            if slot == "poss" and opener.lower == "and" and tok.start in self.kin_at_owner and (listed := self._name_just_before(opener.start, comma=True)) is not None and listed.entity != r.binder:
                # "lives with his partner, the physiotherapist Tomasz Gąsienica, and his daughter
                # from an earlier marriage": the relative after a name and ", and" may be that
                # person's as well as the subject's
                add_rival(r.scores, listed.entity)
            if slot == "subj" and not joined and (whom := text.rfind(" whom ", self.sentences[s].start, opener.start)) != -1 and not any(c in text[whom : opener.start] for c in ",;:") and (
                (ante := self._whom_antecedent(self.next_token(whom + 1), s)) is not None and ante != r.binder
            ):
                # "Brennan is married to Patrick Doyle, a solicitor whom she met when he
                # represented the union": a clause inside a "whom" clause may be about the one the
                # "whom" stands for
                add_rival(r.scores, ante)
            if slot in ("subj", "poss") and not joined and self._kin_owned_thing_between(subject_tr.pos, opener.start, gender):
                # "She has run her father’s garage since he retired": a relative of the written
                # gender whose thing the main clause names is as likely the one the clause is
                # about (a possessive names no person of its own to be a rival, nor one near
                # that would keep a text where no woman is "she" from taking even odds for a fix)
                r.binder_conf = min(r.binder_conf, 0.45)
            if slot == "subj" or slot == "poss" and not joined:
                # "The jury chose Lehtonen because his chair …", "She took Ranavnaut on after his
                # motorist broke a wrist": anyone of the written gender named since the subject
                # may own it as well; the clause's subject may be one named since the subject
                # whose "who" clause it is in ("… married to the surgeon David Mwangi, whom she met
                # when he was a medical student"; not "… against Putin staying in power, because
                # he had left": no relative clause of his); and an "and" clause's subject anyone
                # named since ("Kadhim thanked the driver, Ali Hassan, and he smiled"); where every
                # woman is "he", so is any clause's subject ("Anna thanked Omar because he had
                # stayed late": the written "he" no longer tells the two apart)
                for tr in self._sentence_traces(s):
                    if (
                        tr.entity != r.binder and tr.pos < tok.start and self.verdicts[tr.entity][0] in (gender, None) and tr.attribution is None
                        and (joined and tr.quote is None or not joined and (
                            slot == "poss" or self.he_blind and tr.quote is None and not self._after_preposition(tr.pos) or self._opens_who_clause(tr)
                        ))
                    ):
                        add_rival(r.scores, tr.entity)
            if joined and text[opener.start - 2 : opener.start] != ", " and (inner := self._inner_pronoun_subject(subject_tr.pos, opener.start, s, gender)) is not None:
                # "Omar's grandmother cooks while he peels onions and his cousin swears …": an
                # "and" with no comma before it may join the clause whose subject "he" came
                # between, so this pronoun is no surer than that one was, and whoever else it
                # could have been may be meant (after ", and" the main clause goes on)
                r.binder_conf = min(r.binder_conf, inner.confidence)
                for e in inner.attribution.rivals:
                    if e != r.binder:
                        add_rival(r.scores, e)
                if inner.entity != r.binder:
                    add_rival(r.scores, inner.entity)
            asked = self._told_before(opener, s, ASKING_VERBS) if opener.lower in ("whether", "if") else None
            if asked is not None:
                # "Judge Maryan asked him whether he had reported the stamp missing": the question
                # is as often about the one asked (a pronoun asked: its trace's referent, or the one
                # its own reading found before gender chose, as the pronoun may be the damaged one)
                for who in {asked.entity, asked.attribution.entity if asked.attribution is not None else None}:
                    if who is not None and who >= 0 and who != r.binder and self.verdicts[who][0] in (gender, None):
                        add_rival(r.scores, who)
                        r.rivals_from_before.add(who)
            reported = self._first_reported(s, tok.start)
            if reported is not None and reported != r.binder:
                # "Pinas said Amafo had written half the songs, though he never put his name on
                # them": the clause may hang from what was reported, about its subject
                add_rival(r.scores, reported)
            elif not joined and (reported_tr := self._reported_pronoun(s, opener.start)) is not None and reported_tr.attribution.rivals:
                # "Wangbé's daughter said he had lost because he refused to buy votes": the clause
                # hangs from what was reported, whose "he" was read with doubt; whoever else that
                # "he" may have been may be this one's too
                for e in {reported_tr.entity, reported_tr.attribution.entity, *reported_tr.attribution.rivals} - {r.binder, None}:
                    if self.verdicts[e][0] in (gender, None):
                        add_rival(r.scores, e)  # (those named in this sentence: see _weigh_binder)
            # (its latest mention as a subject in this sentence)
            main_tr = next((tr for tr in reversed(self._sentence_traces(s)) if tr.entity == r.binder and tr.role in ("main", "speaker")), None)
            # ("He closed it because he was ill" rests on the first "He"; "He has refereed since
            # 2015 and he was chosen" goes on with its subject, whoever that is)
            # ("He named his niece as his successor": an owner in the clause rests on the first
            # "He" too, where that was read with doubt)
            a.rests_on_pronoun = not joined and main_tr is not None and main_tr.attribution is not None and (slot == "subj" or slot == "poss" and main_tr.confidence < DOUBTED_SUBJECT)
            if main_tr is not None and main_tr.attribution is not None and main_tr.attribution.rivals and opener.lower in ("and", "but"):
                # "He was already known for …, and he liked to say …": the main subject was itself
                # a pronoun read with a rival; the "and he" goes on with it, no surer
                r.binder_conf, r.binder_tr = main_tr.confidence, main_tr
        elif slot in ("poss", "refl", "pposs"):
            self._bind_possessive(r)
        elif slot == "obj":
            subj_tr = self._controlled_subject(ti, s) or self._clause_subject(tok.start, s) or self._relative_subject(tok.start, s)
            if subj_tr is not None and (subj_tr.attribution is None or subj_tr.confidence >= 0.85) and prev is not None and prev.lower == "with" and textre.search(TAKEN_ALONG_RE, self.text, self.sentences[s].start, tok.start):
                # "Kiani lent her his cameras and took her with him": the one taken along goes
                # with the clause's subject, who took them
                r.binder, r.binder_conf, r.binder_tr = subj_tr.entity, subj_tr.confidence, subj_tr
                a.reason, a.kind, a.clause_bound = "it is whom {name}, the clause’s subject, took along", "binding", True
                r.scores.setdefault(subj_tr.entity, 0.0)
            elif subj_tr is not None and subj_tr.entity in r.scores and not (
                len(r.scores) == 1 and prev is not None and prev.lower in PLACE_PREPOSITIONS_OF_OBJECT
            ):
                # "X saw him": not X (binding theory); a pronoun subject may itself be misread
                # (but a preposition of place may take the subject itself where no one else is
                # there to be meant: "Ingrid watched the last train pull away without her")
                if subj_tr.attribution is None:
                    del r.scores[subj_tr.entity]
                else:
                    r.scores[subj_tr.entity] *= 0.1
                    a.rests_on_pronoun = True
                    # …and whoever is left is no surer than the subject was read ("… and said he
                    # had stopped asking him": if that "he" is hers, "him" is not his)
                    r.binder_conf = min(r.binder_conf, max(subj_tr.confidence, 0.5))
                owner = self.relation_owner.get(subj_tr.entity)
                if owner is not None and owner != subj_tr.entity and owner in r.scores:
                    # "His mother, Ablavi, gave him a bolt of cloth": a relative's deed is done
                    # to the one whose relative they are more often than to anyone else near
                    r.scores[owner] = max(r.scores.values()) * OWNER_BOOST
        if slot == "subj" and r.binder is None and prev is not None and prev.lower == "whom" and (antecedent := self._whom_antecedent(prev, s)) is not None:
            # "the architect Sedat Yıldırım, whom he later called his mentor": the one "whom"
            # stands for is the object of the clause, so not its subject …
            if antecedent in r.scores:
                r.scores[antecedent] *= 0.1
            main_tr = self._subject_trace_before(prev.start, s)
            if main_tr is not None and main_tr.entity != antecedent and (
                self.he_blind or main_tr.attribution is None or main_tr.attribution.gender == gender
            ):
                # … and its subject is the sentence's ("He is married to the mathematician
                # Daniyar Seitkali, with whom he has written two textbooks"), unless that subject
                # is written in the other gender (one of the two is damaged, and nothing says which)
                r.binder = main_tr.entity
                r.scores.setdefault(r.binder, 0.0)
                a.reason, a.kind = "it is the subject of a ‘whom’ clause inside a sentence whose subject is {name}", "subordinate"
                if main_tr.attribution is not None:
                    r.binder_conf, r.binder_tr = main_tr.confidence, main_tr
        if slot == "subj" and len(r.scores) > 1:
            # "He grew up with Gbah in and out of the house": a subject pronoun is not someone its
            # own clause goes on to name (it would say "himself" or repeat no name); nor one
            # whose death the clause before it told ("When her husband died, she …")
            for e in self._named_later_in_clause(tok, s) | {self._died_in_opening(tok, s)}:
                if e in r.scores:
                    r.scores[e] *= 0.1
        kin = self.kin_at_owner.get(tok.start) if slot == "poss" and r.binder is None else None
        if kin is not None and self.relation_owner.get(kin.entity, kin.entity) != kin.entity:
            # "His father was in the audience": the father introduced as someone's father before
            r.binder, r.relation = self.relation_owner[kin.entity], kin.entity
            a.reason, a.kind = f"it owns ‘{self.text[kin.start : kin.end].lower()}’, introduced before as {{name}}’s", "binding"
            noun = self.text[kin.start : kin.end].lower()
            if (converse := self._converse_just_named(s, r.binder, noun, gender)) is not None:
                # "… arranged by Aydın's nephew, Emre Aydın. His aunt said …": the one just named
                # as her nephew owns "his aunt", who is she
                r.binder, r.relation = converse, None
                a.reason = f"it owns ‘{noun}’, and {{name}} was just introduced as that {noun}’s {self.relation_noun[converse]}"
            elif noun in CHILDREN and (partner := self.relation_owner.get(r.binder)) is not None and partner != r.binder and self.verdicts[partner][0] in (gender, None) and any(
                tr.entity == partner for tr in (self._sentence_traces(s - 1) if s else []) + self._sentence_traces(s) if tr.pos < tok.start
            ):
                # "… his wife's daughter … Ghafar was quieter. … Asked about his daughter's
                # studies": a child is the other parent's too, and the story is about him now
                add_rival(r.scores, partner)
                r.rivals_from_before.add(partner)
            r.scores.setdefault(r.binder, 0.0)
        if kin is not None and r.binder is None and (family := self._family_of(kin.entity)):
            # "Glenys Pritchard … Her daughter, Rhian Pritchard-Evans, said …": the one whose
            # family name the relation bears, alone among those near, is whose relation it is;
            # a spouse's name is shared with the other spouse, not with someone of the spouse's
            # own gender ("His wife, Yuliana Muñoz, Rosa Elvira's daughter" bears her mother's)
            noun = self.text[kin.start : kin.end].lower()
            spouse_gender = FEMALE if noun in SPOUSES_OF_MEN else MALE if noun in SPOUSES_OF_WOMEN else None
            # (for a spouse, anyone the text named before, however far back: a shared family name
            # outlasts salience; not for a child, who bears one parent's name while the other,
            # near, owns them as much: "Ingrid Solvang … married Torvald Eik. Her daughter, Marit Eik")
            near = self._family_named_before(family, tok.start) if spouse_gender is not None else r.scores
            sharing = [e for e in near if e != kin.entity and family & self._family_of(e) and (spouse_gender is None or self.verdicts[e][0] != spouse_gender)]
            if len(sharing) == 1:
                r.binder = sharing[0]
                r.scores.setdefault(r.binder, 0.0)
                a.reason, a.kind = f"it owns ‘{noun}’, who bears {{name}}’s family name", "binding"
                if not self.he_blind and noun in ("brother", "sister", "brothers", "sisters") and (husband := self._husband_near(r.binder, r.scores)) is not None:
                    # "… after her husband, a schoolteacher, was killed. His brother, Ghulam Sakhi
                    # Rahimi, offered to take her in": a wife may bear her husband's family name,
                    # and so do his brothers; a written "his" then points to him (where women are
                    # "he" too it says nothing: "after his husband … His brother" is hers as often)
                    add_rival(r.scores, husband)
                    r.rivals_from_before.add(husband)
        a.genders_near = {self.verdicts[e][0] for e in r.scores}
        if r.binder is not None:
            self._weigh_binder(r)
        elif slot in ("subj", "poss") and r.first_ref:
            self._continue_subject(r)
        if slot == "poss" and gender == MALE:
            self._spouse_nouns(r)
        if slot == "poss" and nxt is not None and nxt.lower in ("death", "funeral") and prev is not None and prev.lower in AFTER_DEATH and not (
            ti >= 2 and tokens[ti - 2].lower in ("and", "but")
        ):
            # "Hanitra stopped performing after his death": whoever acts after a death is not
            # the one who died (the clause's subject, if a person, is someone else). Not after
            # "and": "Abdul Wali had planted the trees, and after his death she refused …" opens
            # a clause whose subject is still to come, and the one before may be who died. Where
            # the phrase opens the sentence, its subject comes after ("After his death she …")
            subj_tr = self._subject_trace_before(tok.start, s)
            subj = subj_tr.entity if subj_tr is not None else None
            if subj is None and prev.start == self.sentences[s].start:
                subj = self._subject_after_death(tok, s)
            if subj is not None and subj in r.scores and len(r.scores) > 1:
                led = max(r.scores, key=r.scores.get) == subj
                r.scores[subj] *= 0.1
                # ("He studied with him and took charge of it after his death": who died is
                # whoever the subject "He" is not, so no surer than that "He" was read)
                a.rests_on_pronoun |= subj_tr is not None and subj_tr.attribution is not None
                if r.binder == subj or led and a.kind == "continuity":
                    a.kind, a.reason, a.structural = "salience", "", False
        if contrast and (subj := self._subject_before(tok.start, s)) in r.scores and len(r.scores) > 1:
            # "She handles the bookings, while he cooks": a contrast set off by a comma sets
            # someone else against the main clause's subject; and so does an action done before
            # or after the other would have done it ("Driciru answered before he could"); and
            # one keeps a thing as someone else left it ("keeps his desk exactly as he left it")
            r.scores[subj] *= 0.1
        if slot == "subj" and r.first_ref and nxt is not None and nxt.lower in self.speech and (teller := self._announced_by(s - 1)) in r.scores:
            # "Her death was announced by her son, Lansana Sambou. He said she had been unwell":
            # the one who told the news goes on telling it
            for e in r.scores:
                if e != teller:
                    r.scores[e] *= 0.1
            r.scores[teller] = max(r.scores[teller], STRUCTURAL)
            a.structural, a.kind = True, "continuity"
            a.reason = "the sentence before told of {name} announcing the news, and {name} goes on telling it"
        if not r.scores and slot in ("subj", "poss", "obj") and (named := self._named_after_opening(tok, s)) is not None:
            # no one named before: "When she arrived at the bakery at five, Lena found …" (the
            # pronoun goes before the subject of the main clause it opens: cataphora, which
            # the pass trusts as it trusts a clause's binding, as no one else is there to be meant)
            self._bind_before(r, named, "it is in the opening clause of a sentence whose subject, named right after it, is {name}")
        elif not r.scores and slot in ("subj", "poss", "obj") and r.report_quote is None and (reporter := self._reporter_after(tok, s)) is not None:
            # no one named before: "The red bicycle was his, Lina insisted", "The room was his,
            # the manager told Mr Castell": what a reporting clause after it reports is of the
            # one who says it, or of the one told
            self._bind_before(r, reporter, "it is in what the reporting clause after it has {name} say or hear")
        elif not r.scores and slot == "poss" and r.first_ref and self.quote_at(tok.start) is None and (named := self._first_named_later(tok, s)) is not None:
            # no one named before, at the head of a sentence: "Her aunt had been in hospital for a
            # week before Noor, the only niece living in England, heard about it": the one the
            # sentence goes on to name
            self._bind_before(r, named, "no one is named before it, and {name} is the one its sentence names")
        elif not r.scores and slot == "poss" and (named := self._spoken_of_by_owned(tok)) is not None:
            # no one named before: "“…,” his coach said of Ximena Ramírez": the coach is hers,
            # whom the coach speaks of
            self._bind_before(r, named, "it owns the speaker, who speaks of or to {name}, no one being named before")
        elif not r.scores and slot == "subj" and r.report_quote not in (None, "paren") and (named := self._named_after_and(nxt)) is not None:
            # no one named before: "“I'll call you when I land,” she said, and Priya kissed her
            # father goodbye": the one the clause joined to the speech names is the speaker
            self._bind_before(r, named, "it attributes the quote, and the clause joined to it names {name}, no one being named before")
        elif not r.scores and slot == "subj" and r.report_quote not in (None, "paren") and (named := self._opening_name(s + 1)) is not None:
            # no one named before: "“I'll call you …,” she told her father. Dr Anika Bose then went
            # back into the lab": the one the next sentence opens with is the speaker
            self._bind_before(r, named, "it attributes the quote, and {name}, named first after it, opens the next sentence")
        if slot == "subj" and nxt is not None and nxt.lower in self.speech and (told := textre.match(SPOUSE_TOLD_RE, text, nxt.end)) is not None:
            self._speaker_of_spouse(r, told["spouse"])
        if slot == "subj" and (wed := textre.match(SUBJECT_MARRIED_RE, text, tok.end)) is not None and (
            (spouse := self.entities.mention_at(wed.end())) is not None and (spouse_gender := self.verdicts[spouse.entity][0]) is not None
        ):
            # "He is married to Zeynep Yıldız, a teacher": one married to a woman is, as most
            # often, a man, and one married to a man a woman; so not a candidate of the spouse's sex.
            # Where that drops the one the pronoun was read as for someone other than the person
            # the text is about, it is read as the spouse nouns are ("his husband"): a fix only
            # where the one left has damaged pronouns elsewhere, since a man may be married to a
            # man ("Mokoena received the order. He is married to the designer Pieter van Wyk")
            before = self._top(r.scores)
            self._rule_out(r, spouse_gender, "{name} is the likeliest one left, as one married to a man or a woman is, most often, of the other sex")
            if before is not None and before not in r.scores and self._top(r.scores) not in (self.most_named, self.story_subject):
                r.a.kind = "spouse"
        if slot == "poss" and (kin := self.kin_at_owner.get(tok.start)) is not None and text[kin.start : kin.end].lower() in ("son", "daughter") and (
            parent := textre.match(CHILD_SPEAKS_OF_PARENT_RE, text, kin.end)
        ) is not None:
            # "His son, Declan Murphy, said his father would not be alive without her": the child
            # speaks of the parent who owns them, so the owner is of that parent's sex (on clean
            # dev, 40 of 40 "Her son … said her mother", "His daughter … says his father")
            self._rule_out(r, MALE if parent["parent"] == "mother" else FEMALE, "{name} is the likeliest one left, as the child speaks of the owner as ‘my father’ or ‘my mother’ would")
        if (
            gender == FEMALE and not self.he_blind and r.scores and all(self.verdicts[e][0] == MALE for e in r.scores)
            and (lead := self.most_named) is not None and lead not in r.scores and self.verdicts[lead][0] == FEMALE
        ):
            # a "she" with only men near: in a text that writes its women "she", the woman the
            # story is about, named before the window, may be meant ("Bakary Coulibaly, a customs
            # officer, … asked him to check her papers", in a story about the driver)
            r.scores[lead] = STORY_FLOOR
        if r.binder is None and not a.structural and slot in ("obj", "poss") and r.scores and (story := self._story_after_quote(tok, s)) is not None:
            # "… and he knew that I knew,” he said. ¶ In 2009 the city gave him its award": the
            # first pronoun of a paragraph after a quote, no one named before it there, goes back
            # to the person the story is about (as a paragraph's opening "He" does)
            r.scores[story] = max(r.scores.values()) + 1.0
            a.reason = "after a quote, the first pronoun of a new paragraph goes back to {name}, the person the story is about"
        self._settle(a, r.scores, tok, s, None, r.background)
        self._after_settle(r)
        return a

    def _story_after_quote(self, tok, s: int) -> int | None:
        """The person the story is about (the dead in an obituary), where sentence s opens a
        paragraph after one that ended in a quote and tok is its first pronoun, no one named
        before it; else None."""
        if not self._opens_paragraph(s) or self.quote_at(self.sentences[s - 1].end - 2) is None:
            return None
        for tr in reversed(self.traces):  # (from the latest back: a long text has many)
            if tr.sentence < s:
                break
            if tr.pos < tok.start:
                return None
        return self.deceased if self.deceased is not None else self._protagonist()

    def _teller_since(self, quoted: int, s: int) -> int | None:
        """The one named before a speech verb in the latest sentence between sentence `quoted`
        and sentence s that has one ("Sawari said his aunt …"), else None."""
        return next(filter(lambda e: e is not None, map(self._indirect_speaker, range(s - 1, quoted, -1))), None)

    def _announced_by(self, s: int) -> int | None:
        """The person sentence s says announced or confirmed something ("His death was announced
        by his daughter, Erika Sigrah."), if any, outside quotes."""
        if s < 0:
            return None
        sent = self.sentences[s]
        found = textre.search(ANNOUNCED_BY_RE, self.text, sent.start, sent.end)
        if found is None or self.quote_at(found.start()) is not None:
            return None
        after = self.entities.in_range(found.end(), min(sent.end, found.end() + 60))
        return after[0].entity if after else None

    def _named_later_in_clause(self, tok, s: int) -> set[int]:
        """The people named after the subject pronoun tok before its clause ends (at a comma, a
        quote, a dash, a bracket or the sentence's end)."""
        sent_end = self.sentences[s].end
        found = textre.search(CLAUSE_END_RE, self.text, tok.end, sent_end)
        return {m.entity for m in self.entities.in_range(tok.end, found.start() if found is not None else sent_end) if m.is_name}

    def _child_age_in_clause(self, tok, s: int) -> bool:
        """Does the clause of the subject pronoun tok give a child's age before the sentence or a
        clause after a semicolon ends ("and he learned to sew …, finishing hems for her at the age
        of ten")?"""
        if self.text.startswith((" had ", " has "), tok.end):
            return False  # ("and he had started there at the age of ten": the parent's own past)
        end = self.sentences[s].end
        stop = self.text.find(";", tok.end, end)
        return textre.search(CHILD_AGE_RE, self.text, tok.end, stop if stop >= 0 else end) is not None

    def _paragraph_protagonist(self, s: int, gender: str | None = None) -> int | None:
        """The person the story is about, where sentence s opens a paragraph and a pronoun opening
        it (of the written `gender`, where given) goes back to them (see _continue_subject), else
        None."""
        protagonist = self._protagonist() if self._opens_paragraph(s) else None
        if protagonist is not None and not self.no_feminine and not (protagonist == self.article_subject and (
            self._written_against_names(protagonist) or gender is not None and self.verdicts[protagonist][0] == gender
        )):
            return None
        return protagonist

    def _subject_past_opening_death(self, s: int) -> int | None:
        """The index of the subject pronoun right after the phrase "After his death" (or "Since
        her funeral", "After his death in 1971") that opens sentence s, if there is one."""
        tokens = self.doc.tokens
        i = bisect.bisect_left(self.doc.token_starts, self.sentences[s].start)
        if i + 2 >= len(tokens) or tokens[i].lower not in AFTER_DEATH or tokens[i + 2].lower not in ("death", "funeral"):
            return None
        j = i + 3  # (tokens are words)
        while j < len(tokens) and (tokens[j].lower in TIME_PHRASE_WORDS or tokens[j].text.isdigit()):
            j += 1  # "After his death in 1971 she taught …"
        return j if j < len(tokens) and PRONOUNS.get(tokens[j].lower, (None, None))[1] == "subj" else None

    def _subject_after_death(self, tok, s: int) -> int | None:
        """Who acts in a sentence that opens "After his death": the one named right after the
        phrase ("After his death, Villalobos stopped …"), or, where a subject pronoun follows,
        the main subject of the sentence before, whom it goes on with ("Nina was his
        collaborator. After his death she edited his notebooks")."""
        if (named := self._named_after_opening(tok, s)) is not None:
            return named
        if self._subject_past_opening_death(s) is None:
            return None
        if (protagonist := self._paragraph_protagonist(s)) is not None:
            return protagonist  # (a paragraph's opening subject goes back to them, as its "his" would)
        main_tr = self._previous_main_trace(s)
        return main_tr.entity if main_tr is not None else None

    def _reading(self, tok, s: int) -> Reading:
        """The pronoun's place and its candidates, before any rule has bound it; whether it
        attributes a quote ("“…,” he said": the quote; "…, he said,": "paren")."""
        gender, slot = PRONOUNS[tok.lower]
        if slot == "her":
            slot = "poss" if determiner_follows(self.doc, tok) else "obj"
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
            and (ti - (si := bisect.bisect_left(self.doc.token_starts, sent.start)) <= 4 or slot == "subj" and self._after_opening_phrase(si, ti))
            # (not inside the subject's own phrase: "The couple he rescued …" is about the couple)
            and not (prev is not None and prev.text.islower() and prev.lower not in NOT_NOUN_START and text[prev.end : tok.start] == " "
                     and tokens[si].lower in ("the", "a", "an"))
        ) or slot == "subj" and self._subject_past_opening_death(s) == ti  # (its "his" came first)
        scores = self._candidates(tok.start, s)
        report_quote = None
        if slot == "subj" and nxt is not None and nxt.lower in self.speech and text[tok.end : nxt.start] == " ":
            # "“…,” he said" / "…, he said." / "He said: “…”"
            i = bisect.bisect_right(self.quote_starts, tok.start) - 1
            if i >= 0 and self.top_quotes[i].end <= tok.start and text[self.top_quotes[i].end : tok.start].strip(" ,") == "":
                report_quote = self.top_quotes[i]
            elif prev is not None and text[prev.end : tok.start] == ", " or at_start and text[nxt.end : nxt.end + 4].lstrip(" ,:").startswith(("“", '"')):
                report_quote = "paren"
        elif slot == "subj" and nxt is not None and nxt.lower in ASIDE_WORDS and prev is not None and text[prev.end : tok.start] == ", " and (verb := aside_speech_verb(self.doc, ti)) is not None:
            # "… since 2008 and, he has said, “the only reason it still exists”", "…, she once
            # said, …": an aside too
            report_quote, nxt = "paren", verb
        return Reading(a, tok, s, ti, prev, nxt, first_ref, scores, report_quote)

    def _after_opening_phrase(self, si: int, ti: int) -> bool:
        """Do the words from token si up to the pronoun at ti make a phrase of time or
        circumstance that opens the sentence ("After retiring from driving in 1996 he …", "In
        the spring of 2004, she …"), so that the pronoun is its clause's first reference?"""
        tokens = self.doc.tokens
        # (no one named in it: the caller asks that no person was traced in the sentence yet)
        if not introductory_phrase(self.text[tokens[si].start : tokens[ti].start], OPENING_PHRASE_WORDS):
            return False  # (nor a clause of its own)
        for k in range(si + 1, ti):
            low = tokens[k].lower
            if low in self.speech or low == "their":
                return False  # "After their divorce he …" may be either of them
            if low in PHRASE_DETERMINERS and tokens[k - 1].lower not in OBJECT_PREPOSITIONS:
                return False  # a noun phrase of its own: "In 2019 a sugar importer she had cleared …"
        # the words right before the pronoun close the phrase: a year, a name, a comma, or a noun
        # after its preposition or determiner ("After the war he"), not a noun phrase that
        # begins with neither ("In 2019 two importers she had cleared …", "… customs officers she")
        last = tokens[ti - 1]
        if last.text.isdigit() or not last.text.islower() or "," in self.text[last.end : tokens[ti].start]:
            return True
        k = ti - 1
        while k > si and ti - k <= 3 and tokens[k].text.islower() and tokens[k].lower not in PHRASE_DETERMINERS and tokens[k].lower not in OBJECT_PREPOSITIONS:
            k -= 1
        return tokens[k].lower in PHRASE_DETERMINERS or tokens[k].lower in OBJECT_PREPOSITIONS

    def _bind_report(self, r: Reading) -> None:
        """A pronoun attributing a quote ("“…,” he said", "…, he said,"): its speaker."""
        a, tok, s, nxt = r.a, r.tok, r.s, r.nxt
        text = self.text
        scores, binder, binder_conf, binder_tr = r.scores, r.binder, r.binder_conf, r.binder_tr
        report_quote = r.report_quote
        if report_quote != "paren":
            scores = self._candidates(tok.start, s, exclude_quote=report_quote)
        interrupted = report_tr = None
        # (the one a "who" clause still open at an aside is about: see below)
        open_antecedent = self._open_relative_antecedent(tok.start, s) if report_quote == "paren" and text.startswith(",", nxt.end) else None
        if (report_quote == "paren" and text.startswith(",", nxt.end) and (tr := self._trace_just_before(tok.start, s)) is not None
                and (tr.attribution is None or tr.attribution.slot == "subj")):
            # "Akello, he said, wanted a library": the one named before the aside is whom it
            # reports on, not who speaks (she would have said "she wanted"); not a clause's
            # object or reflexive ("X rode to fetch her himself, he said, and …" is X speaking)
            interrupted = tr.entity
            if open_antecedent == interrupted:
                # "Ewan Gunn, who ran the workshop and preferred, he said, to be known as …":
                # the aside is inside the clause about him, not after it (see below)
                interrupted = None
            else:
                scores.pop(interrupted, None)
        structural = {}
        if self.last_speaker and s - self.last_speaker[1] <= WINDOW:
            if self.he_blind or self.last_speaker_written in (None, a.gender):
                structural[self.last_speaker[0]] = "it attributes the quote, and the last speaker quoted is {name}"
                # someone who became the subject since the last quote is the likelier speaker
                recent_tr = self._previous_main_trace(s, after=self.last_speaker[1])
                if recent_tr is None and s - 2 > self.last_speaker[1] and (
                    report_quote in (None, "paren") or self.sentence_of(report_quote.start) == s
                ) and self._names_no_one(s - 1):
                    # "Sargis … spends his afternoons by the gate. By his own admission, his list
                    # is getting shorter. ¶ “…,” he said": a sentence with no person for its subject
                    # and no one new goes on with the one before it
                    recent_tr = self._previous_main_trace(s - 1, after=self.last_speaker[1])
                if recent_tr is None and report_quote not in (None, "paren") and (qs := self.sentence_of(report_quote.start)) < s:
                    # the quote runs over sentences: one who said something right before it ("He
                    # said it would be improper … ¶ “She asked me to abstain. I think …,” he said"),
                    # not anyone its subject ("Their daughter lives in Kuopio. ¶ “My daughter …”")
                    recent_tr = self._previous_main_trace(qs, after=self.last_speaker[1])
                    if recent_tr is not None and not (
                        self._tells_next(recent_tr.pos)
                        or recent_tr.first and recent_tr.attribution is None
                        and ((noun := self.entities.people[recent_tr.entity].noun) is None or f"my {noun}" not in text[report_quote.start : report_quote.end].lower())
                    ):
                        # (or one it introduces: "Qabale's younger brother, Jillo Adano, 24, still
                        # herds the camels. ¶ “My sister has the wind. I have the camels,” he said";
                        # not one the quote calls "my daughter")
                        recent_tr = None
                recent_reason = "it attributes the quote, and {name} is the subject of the sentence before"
                if recent_tr is None and (recent_tr := self._introduced_since_speaker(tok.start, s)) is not None:
                    recent_reason = "it attributes the quote, and {name} is the one its paragraph introduces"
                if recent_tr is not None and self._written_she(recent_tr.entity, recent_tr.sentence, a.gender):
                    recent_tr = None  # ("Ulyana had been telling him that her classmates …": not the "he")
                if recent_tr is not None and report_quote != "paren" and (owner := self._died_relation_owner(recent_tr)) is not None:
                    structural = {owner: BEREAVED_SPEAKS}
                elif recent_tr is not None and recent_tr.entity != self.last_speaker[0]:
                    structural = {recent_tr.entity: recent_reason}
                    report_tr = recent_tr
                elif (teller := self._teller_since(self.last_speaker[1], s)) is not None and teller != self.last_speaker[0]:
                    # "Sawari said his aunt had asked only one thing … In April he carried her
                    # down the stairs. ¶ “She did not say anything,” he said": one who told
                    # something since the last quote speaks now
                    structural = {teller: "it attributes the quote, and {name} told what came since the last one"}
            else:
                # one the text last wrote in the other gender: "… she said. … “…,” he said" is
                # someone else, unless the text writes women "he"
                self.gender_chose = True
        if report_quote == "paren" and (teller := self._indirect_speaker(s - 1)) is not None and teller != interrupted:
            # "X said he had made up his mind … . It was her left hand, he said, …": the one
            # who told the sentence before goes on telling
            structural = {teller: "it attributes what is told, and {name} told the sentence before"}
        elif report_quote not in (None, "paren") and (teller := self._teller_before_quote(report_quote)) is not None:
            # "X said she never let anyone pity the children. “She was strict …,” he said": the
            # quote goes on with what the sentence before it told, in the teller's own words
            structural = {teller: "it attributes the quote, and {name} told the sentence before it"}
        subj_found = self._subject_trace_before(tok.start, s)
        subj = subj_found.entity if subj_found is not None else None
        subject_says = "it attributes what the sentence’s subject, {name}, said"
        if (antecedent := open_antecedent) is not None and antecedent != subj:
            # "Park is married to Choi Min-ho, …, who has written a book about his wife's work
            # without, he says, understanding it": an aside inside the clause speaks for its
            # subject (not one that ends it: "It was Detabene who brought him back, he said.")
            subj, subj_found = antecedent, next(tr for tr in reversed(self._sentence_traces(s)) if tr.entity == antecedent and tr.pos < tok.start)
            subject_says = "it attributes what {name}, whom the ‘who’ clause it interrupts is about, said"
        if subj is not None and self._written_she(subj, s, a.gender):
            subj = None  # "Ulyana had been telling him that her classmates …, he said": not her
        elif subj is not None and report_quote == "paren" and (m := self.entities.mention_at(subj_found.pos)) is not None and m.kind == "kinship":
            subj = None  # "Their mother, Hessa, keeps every cutting …, he said,": told of her by another
        if subj == interrupted:
            subj = None
            structural.pop(interrupted, None)
        # (where that subject is itself a pronoun, "He played … under his wife's direction,
        # which, he said, kept the marriage peaceful", the aside is only as sure as its reading)
        subj_tr = None if subj is None else next((tr for tr in reversed(self._sentence_traces(s)) if tr.pos < tok.start and tr.entity == subj and tr.role == "main" and tr.quote is None), None)
        if subj_tr is not None and subj_tr.attribution is None:
            subj_tr = None
        if subj is not None and subj not in structural:
            structural = {subj: subject_says}
            a.rests_on_pronoun = subj_tr is not None
        elif subj is not None:
            structural = {subj: "it attributes the quote, and the sentence’s subject and last speaker is {name}"}
        if len(structural) == 1:
            (binder, why), = structural.items()
            a.reason, a.kind = why, "report"
        elif not structural:
            report_tr = self._previous_main_trace(s)
            if report_tr is not None and report_quote != "paren" and (owner := self._died_relation_owner(report_tr)) is not None:
                binder, report_tr = owner, None  # (the dead do not speak: see above)
                a.reason, a.kind = BEREAVED_SPEAKS, "report"
            elif report_tr is not None and report_tr.entity != interrupted:
                binder = report_tr.entity
                a.reason, a.kind = "it attributes the quote, and {name} is the subject of the sentence before", "report"
                if self.verdicts[binder][0] not in (a.gender, None):
                    for tr in self._sentence_traces(report_tr.sentence):
                        if (
                            tr.pos > report_tr.pos and tr.attribution is None and tr.quote is None and tr.entity not in (binder, -1)
                            and self.verdicts[tr.entity][0] == a.gender and (m := self.entities.mention_at(tr.pos)) is not None
                            and (
                                (tr.first or self._named_at_first_mention(m)) and self._who_clause_after(m)
                                or m.is_name and tr.role == "embedded" and self._coordinate_subject(report_tr.pos, m.lead)
                            )
                        ):
                            # "… under Professor Hideo Kanamori, who hired her the day after her
                            # defence. “I had never had a student who …,” he said", "Youssef sells
                            # phones, and his sister Nour repairs them. “…,” she said": one the
                            # sentence before named, of the written gender, with a clause of their
                            # own, may be the first to speak (also one introduced as a relative:
                            # "and her brother Bilal, who had bowled to her for years, watched")
                            add_rival(scores, tr.entity)
                    if a.gender == FEMALE and report_quote not in (None, "paren") and self._quote_says(report_quote, "he"):
                        for e in self._women_of_paragraph_before(tok.start, s):
                            # "Rosalía … was eleven when she first saw a land title. Her father,
                            # Teodoro, … kept it in a pot. “He took it out once a year,” she said":
                            # MT seldom writes a man "she", so a woman just named may be the speaker
                            add_rival(scores, e)
        if binder is not None and report_quote != "paren" and self._quote_calls_kin(report_quote, binder):
            # “My father could hear a note …,” he says — after "Her father, Clive, tuned the
            # pans": the quote speaks of him as "my father", so its speaker is his child
            noun = self.relation_noun[binder]
            binder, report_tr = self.relation_owner[binder], None
            a.reason = f"it attributes a quote about ‘my {noun}’, and {{name}} is the one introduced with that {noun}"
        if binder is not None and report_quote != "paren" and self._quote_names(report_quote, binder):
            # whoever speaks, not the one the quote names: one the pronoun fits as written, if any
            # (not the next in line whatever their gender: "He said he had never missed a year
            # since his mother died. “…,” he said. “Amaia pretends …”" is not his mother's)
            binder, report_tr = None, None
            scores = {e: sc for e, sc in scores.items() if self.verdicts[e][0] == a.gender and not self._quote_names(report_quote, e)}
        if (binder is not None and report_quote != "paren" and a.gender == MALE and not self.he_blind
                and self.verdicts[binder][0] == FEMALE and self._quote_says(report_quote, "she")):
            # “She told me I was too old to be so foolish,” he said — after "His wife, Hessa,
            # changed his mind": the quote speaks of a woman, likely the one before it, as "she",
            # so the "he" who speaks is not sure to be her: the likeliest one the pronoun fits as
            # written rivals her, and without one no one is bound
            others = [e for e in scores if e != binder and self.verdicts[e][0] != FEMALE]
            if others:
                add_rival(scores, max(others, key=scores.get))
            else:
                binder, report_tr = None, None
        if report_quote not in (None, "paren") and (spouse := textre.search(MY_SPOUSE_RE, text, report_quote.start, report_quote.end)) is not None:
            # “My wife signed contracts …,” he said — after "Her husband, Aden, sat behind her":
            # one who speaks of "my wife" is, as most often, a man, of "my husband" a woman
            not_speaking = FEMALE if spouse["spouse"].lower() in SPOUSES_OF_MEN else MALE
            if any(self.verdicts[e][0] != not_speaking for e in scores):
                scores = self._without(scores, not_speaking)
            if binder is not None and self.verdicts[binder][0] == not_speaking:
                binder, report_tr = None, None
        if report_quote not in (None, "paren") and (own := self._speaker_says_sex(report_quote)) is not None:
            # “He thinks I am a bad businesswoman,” he said: the speaker says what they are, so
            # the "he" who speaks is of that sex (damaged, a woman's "she said" reads "he said")
            if any(self.verdicts[e][0] == own for e in scores):
                scores = self._without(scores, MALE if own == FEMALE else FEMALE)
            if binder is not None and self.verdicts[binder][0] not in (own, None):
                binder, report_tr = None, None
        if binder is not None and report_quote != "paren" and report_tr is not None and report_tr.entity == binder and report_tr.sentence == s - 1:
            # "Her son, Kevin, wants a fonda of his own, and she has told him he is welcome to
            # try. “He thinks he will get rich,” she said": a later clause's subject in that
            # sentence who told something may be the one who goes on speaking
            # (or whoever else that subject, a pronoun, may have been: "and he has told him"); so
            # may a named subject of a clause after a semicolon ("Sánchez designs websites;
            # Morales repairs old stone walls")
            for tr in self._sentence_traces(s - 1):
                if tr.pos > report_tr.pos and tr.quote is None and tr.entity >= 0 and tr.role in ("main", "embedded") and (
                    self._tells_next(tr.pos) or tr.attribution is None and self._after_semicolon(tr.pos)
                ):
                    for e in [tr.entity, *(tr.attribution.rivals if tr.attribution is not None else ())]:
                        if e != binder and (self.he_blind or self.verdicts[e][0] in (a.gender, None)):
                            add_rival(scores, e)
        if binder is not None and report_tr is not None and report_tr.entity == binder and report_tr.attribution is not None:
            # the subject before was a pronoun: the speaker is no surer than it was ("He did
            # not want him to go. “…,” he said." — either of the two may be speaking)
            binder_conf, binder_tr = report_tr.confidence, report_tr
        elif binder is not None and subj_tr is not None and subj_tr.entity == binder and subj_tr.attribution.rivals and subj_tr.attribution.gender == a.gender:
            # the sentence's subject was a pronoun read with a rival ("His mother says he can
            # mend the furnace. He has promised to stay, though not, he says, before …"): no
            # surer than that reading, and a fix to review
            binder_conf, binder_tr = subj_tr.confidence, subj_tr
            a.rests_on_pronoun = True
        r.scores, r.binder, r.binder_conf, r.binder_tr = scores, binder, binder_conf, binder_tr

    def _after_semicolon(self, pos: int) -> bool:
        """Does the clause of the mention at pos open after a semicolon ("Sánchez designs
        websites; Morales repairs old stone walls")?"""
        m = self.entities.mention_at(pos)
        start = m.lead if m is not None else pos
        return self.text[max(0, start - 2) : start] == "; "

    def _family_named_before(self, family: set[str], pos: int) -> set[int]:
        """Everyone the text names before pos whose full name holds one of these family names."""
        people = self.entities.people
        return {e for w in family for e in self.people_by_family_name.get(w, ()) if people[e].mentions[0].start < pos}

    @functools.cached_property
    def people_by_family_name(self) -> dict[str, list[int]]:
        """Family name → the people (named, with a mention) whose full name holds it. (An index:
        asking every person at each pronoun grew with the square of a long text's length.)"""
        index: dict[str, list[int]] = {}
        for p in self.entities.people:
            if p.mentions:
                for w in self._family_of(p.id):
                    index.setdefault(w, []).append(p.id)
        return index

    def _converse_just_named(self, s: int, owner: int, noun: str, gender: str) -> int | None:
        """One the sentence before named as `owner`'s relative whose `noun` `owner` is ("Aydın's
        nephew, Emre Aydın", for "aunt"), whose gender the pronoun fits, else None."""
        if s == 0:
            return None
        for tr in self._sentence_traces(s - 1):
            e = tr.entity
            if e >= 0 and tr.quote is None and self.relation_owner.get(e) == owner and (self.relation_noun.get(e), noun) in self.lex["kinship_converse"] and self.verdicts[e][0] in (gender, None):
                return e
        return None

    def _joined_subject(self, main_tr) -> int | None:
        """The person joined to a main subject by "and" right after it ("Dehnavi and Verhagen
        married", "He and Brahim now measure …"), else None."""
        m = self.entities.mention_at(main_tr.pos)
        end = m.end if m is not None else self.next_token(main_tr.pos).end if main_tr.attribution is not None else None
        if end is None or not self.text.startswith(" and ", end):
            return None
        joined = self.entities.mention_at(end + 5)
        return joined.entity if joined is not None and joined.entity != main_tr.entity and self.entities.people[joined.entity].kind == "person" else None

    def _family_of(self, e: int) -> set[str]:
        """The family names a person's full name holds past the first word ("Rhian
        Pritchard-Evans": both; "Xuacu Cuervo Rubiera": both, the father's and the mother's),
        none for one known by a given name or a noun alone."""
        person = self.entities.people[e]
        if person.kind != "person" or not person.surname or person.surname == person.first:
            return set()
        return {w for w in person.name.replace("-", " ").split()[1:] if w[:1].isupper()}

    def _tells_next(self, pos: int) -> bool:
        """Whether the word at pos is followed by a speech verb, past one auxiliary ("she has told
        him", "he said")."""
        m = self.entities.mention_at(pos)
        nxt = self.next_token(m.end if m is not None else pos + 1)
        if nxt is not None and nxt.lower in AUXILIARIES:
            nxt = self.next_token(nxt.end)
        return nxt is not None and nxt.lower in self.speech

    def _speaker_says_sex(self, quote) -> str | None:
        """The sex the quote's speaker gives themself ("I am a bad businesswoman", "I was the
        only girl", "I am an old man"), else None: a gendered noun among the three words after
        "I am"/"I was" and an article."""
        nouns = self.lex["noun_gender"]
        found = {
            next((nouns[w] for w in m["words"].split() if w in nouns), None)
            for m in textre.finditer(SELF_NOUN_RE, self.text, quote.start, quote.end)
            if self.quote_at(m.start(), inner=True) is None  # (not another's words it quotes: “He said, ‘I am a man’”)
        } - {None}
        return found.pop() if len(found) == 1 else None

    def _kept_before(self, pos: int, s: int) -> bool:
        """Is the clause before pos, in sentence s, about keeping something ("keeps his desk",
        "left his drawing table")? One keeps a thing as someone else left it; one finds it as one
        left it oneself as often ("found the studio exactly as she had left it")."""
        return any(t.lower in KEEPING_VERBS for t in self.doc.tokens_in(max(self.sentences[s].start, pos - 80), pos))

    def _bind_speech(self, r: Reading) -> None:
        """"X said (that) he …", "X said his …": the speech verb's subject."""
        a, tok, s, prev = r.a, r.tok, r.s, r.prev
        gender, slot, text = a.gender, a.slot, self.text
        scores, binder, binder_conf, binder_tr = r.scores, r.binder, r.binder_conf, r.binder_tr
        verb = self._verb_before(prev)
        if (
            slot == "subj" and prev.lower == "that" and r.nxt is not None and r.nxt.lower in ADDRESSEE_MODALS
            and not text.startswith(" not", r.nxt.end) and (told := self._told_before(prev, s)) is not None
        ):
            # "Mr Haddad told his daughter that she could borrow the car", "… advised him that he
            # should apply": what one may or must do is said to the one told (not "… told his
            # wife that he would be late", the teller's own plan, nor "… told his sister that he
            # could not come": what one cannot do is as often one's own)
            binder, binder_tr = told.entity, told
            for e in scores:
                if e != binder:
                    scores[e] *= 0.5  # (the teller, above all, is no longer the likely subject)
            binder_conf = told.confidence if told.attribution is not None else binder_conf
            a.reason, a.kind = "it is the subject of what {name} was told they could or should do", "complement"
            r.binder, r.binder_conf, r.binder_tr, r.addressee = binder, binder_conf, binder_tr, True
            return
        if verb is not None and verb.lower in ("and", "but") and (subj_tr := self._subject_trace_before(tok.start, s)) is not None:
            # "X said she wanted …, and that he had written …": the same speaker goes on, and a
            # speaker who was a pronoun read with doubt ("One of them, Hodan, is Mahad's
            # daughter. He said …, and that he had given it") is no surer here
            binder, binder_tr = subj_tr.entity, subj_tr
            if subj_tr.attribution is not None:
                binder_conf = min(binder_conf, subj_tr.confidence)
            a.reason, a.kind = "it continues what {name}, the sentence’s subject, said", "subordinate"
            # (its subject goes on from the first clause's, itself most often a pronoun read as
            # the speaker or not: where every woman is "he", a fix to review; on the benchmark's
            # dev texts about a quarter of such safe fixes were wrong)
            a.rests_on_pronoun = True
            for tr in self._sentence_traces(s):
                if tr.pos < tok.start and tr.entity >= 0 and tr.entity != binder and tr.quote is None and self.verdicts[tr.entity][0] in (gender, None):
                    # "Zeledon said her father had carried the baby …, and that he refused to
                    # rest": whom the first "that" clause was about, or anyone else the sentence
                    # has named or read so far, may go on being its subject
                    add_rival(scores, tr.entity)
        elif verb is not None and verb.lower in self.speech:
            subj_tr = self._trace_just_before(verb.start, s) or self._subject_past_relative(verb.start, s)
            if subj_tr is not None and slot == "subj" and (
                textre.match(DIED_RE, text, tok.end) or textre.match(DIED_AFTER_RE, text, tok.end)
                or self.deceased is not None and subj_tr.entity != self.deceased and textre.match(LAST_ILLNESS_RE, text, tok.end)
            ):
                # "His successor, Takeshi Moriyama, said he had died of pneumonia", "His son said
                # he had worked until the week before his death": no one reports their own
                # death, so the speaker is the one person it is not (nor, in a text that
                # reports a death, "Her son, Frane, said she had fallen at home in January")
                scores.pop(subj_tr.entity, None)
            elif subj_tr is not None and subj_tr.attribution is not None and subj_tr.attribution.gender != gender and not self.he_blind:
                # "She said he had asked her to play …": a speaker written in the other
                # gender is someone else (damaged, both would read "he"), so no binding, and not
                # the speaker either, unless the text writes women "he" (then gender says
                # nothing, and the speaker binds as any other would)
                scores.pop(subj_tr.entity, None)
                self.gender_chose = True
            elif subj_tr is not None and slot == "subj" and verb.lower in HOPING_VERBS and subj_tr.entity in scores and len(scores) > 1:
                # "His father had hoped he would take over the farm": one hopes of someone else
                # more often than of oneself (12 of 18 on the benchmark's dev texts), so the
                # one who hoped is no candidate (probe 7 right fixes more and one wrong)
                scores.pop(subj_tr.entity)
            elif subj_tr is not None:
                binder, binder_conf, binder_tr = subj_tr.entity, subj_tr.confidence, subj_tr
                what = "the subject of" if slot == "subj" else "in"
                a.reason, a.kind = f"it is {what} what {{name}} {verb.lower}", "complement"
                before = self._previous_main_trace(s)
                if (
                    slot == "subj" and verb.lower == "says" and before is not None and before.sentence == s - 1 and before.quote is None and before.entity not in (binder, -1)
                    and self.verdicts[before.entity][0] == gender and self.verdicts[binder][0] not in (gender, None)
                ):
                    # "Vuthy has not decided. Sokha says he will not go.": one of the written
                    # gender the sentence before was about may be whom the speaker speaks of
                    add_rival(scores, before.entity)
                    r.rivals_from_before.add(before.entity)
        r.binder, r.binder_conf, r.binder_tr = binder, binder_conf, binder_tr

    def _told_before(self, that, s: int, verbs: frozenset[str] = TELLING_VERBS) -> Trace | None:
        """The one a telling verb takes right before "that" ("told his daughter that", "warned
        Ana that", "reminded him that"), or an asking verb before "whether", as a trace; else
        None."""
        tr = self._trace_just_before(that.start, s)
        if tr is None or tr.quote is not None:
            return None
        m = self.entities.mention_at(tr.pos)
        first = tr.pos if m is None else m.owner_start if m.kind == "kinship" and m.owner_start >= 0 else m.lead
        verb = self._token_before(first)
        return tr if verb is not None and verb.lower in verbs else None

    def _bind_possessive(self, r: Reading) -> None:
        """"X edited his diaries", "X hurt himself": the clause's subject."""
        a, tok, s, ti, prev = r.a, r.tok, r.s, r.ti, r.prev
        gender, slot = a.gender, a.slot
        scores, binder, binder_conf, binder_tr = r.scores, r.binder, r.binder_conf, r.binder_tr
        if slot == "poss" and (named := textre.match(NAME_IS_RE, self.text, tok.end)) is not None and (
            m := self._mention_led_at(named.end())
        ) is not None and m.is_name:
            # "His name is Dr Nazifa Rahimi, he is 38": the name (past its honorific) is its owner's
            r.binder = m.entity
            scores.setdefault(m.entity, 0.0)
            a.reason, a.kind, a.clause_bound = "it owns the name that follows, {name}", "binding", True
            return
        subj_tr = self._clause_subject(tok.start, s)
        if subj_tr is None and slot == "poss" and not (tok.lower == "her" and prev is not None and prev.lower in OBJECT_FIRST_VERBS):
            # (not "who never let her use a power tool": an object, the bare verb's subject)
            subj_tr = self._relative_owner(tok.start, s)
        if subj_tr is not None and slot != "refl" and subj_tr.attribution is not None and subj_tr.attribution.gender != gender:
            subj_tr = None  # "she would miss his habit": a subject pronoun of the other written gender is someone else
        nxt_low = self.doc.tokens[ti + 1].lower if ti + 1 < len(self.doc.tokens) else ""
        if subj_tr is not None and slot == "poss" and prev is not None and (
            prev.lower in PREDICATE_COPULAS and (tok.start in self.kin_at_owner or self._role_follows(ti))
            or prev.lower == "years" and nxt_low in ("senior", "junior")
            or self._one_of_after_copula(ti)
        ):
            # "Bonaria Cadoni is his younger sister", "Aksoy remained his editor", "Mathieu was
            # eleven years his senior", "Vatimetou was one of his first customers": no one is
            # their own sister, editor, senior or customer, so the owner is someone other than
            # the subject
            scores.pop(subj_tr.entity, None)
            if subj_tr.attribution is not None:
                # "He remained his mentor": the owner is whoever the subject "He" is not, so no
                # surer than that "He" was read
                binder_conf = min(binder_conf, max(subj_tr.confidence, 0.5))
                a.rests_on_pronoun = True
            subj_tr = None
        if subj_tr is not None and slot == "poss" and prev is not None and (
            prev.lower in self.lex["verbs_of_judging"] and not self._owns_own_people(ti)
            or prev.lower in ("at", "on", "upon") and nxt_low in self.lex["bidding_nouns"]
            or prev.lower == "over" and ti >= 2 and self.doc.tokens[ti - 2].lower in TAKE_FORMS and not self._owns_own_people(ti) and not self._family_owned(nxt_low)
        ):
            # "The author, Piotr Zieliński, praised his work": one praises, welcomes or
            # questions another's work far more often than one's own (not "praised his team");
            # "Ferrie later visited Nigeria at his invitation": one acts at another's
            # invitation or on another's advice far more often than at one's own; and "Benali
            # took over his practice": one takes over what was another's
            if subj_tr.entity in scores:
                scores[subj_tr.entity] *= 0.5
            subj_tr = None
        if subj_tr is not None:
            binder, binder_conf, binder_tr = subj_tr.entity, subj_tr.confidence, subj_tr
            if slot == "poss" and (obj := self._infinitive_subject_before(ti, s)) is not None and obj != binder and (self.he_blind or self.verdicts[obj][0] in (gender, None)):
                # "Halyna was teaching her to make her favourite borscht": the object is the
                # infinitive's subject, as likely the owner as the clause's (in dev's clean
                # text, 11 of 24 such owners are the object where the two differ in sex)
                binder_conf = min(binder_conf, 0.5)
            a.reason = "it is in the clause whose subject is {name}" if slot != "refl" else "reflexive of the clause’s subject, {name}"
            a.kind = "binding"
            a.clause_bound = True
            if slot != "refl" and gender == MALE and not self.he_blind and subj_tr.attribution is None and self.verdicts[binder][0] == FEMALE and self._feminine_later(ti, s):
                # "Gagnon directed his doctoral thesis and, when she fell ill in 1975, …": the
                # sentence goes on to write the subject "she", so its "his" is likelier another's
                binder_conf = min(binder_conf, 0.5)
        r.binder, r.binder_conf, r.binder_tr = binder, binder_conf, binder_tr

    def _kin_owned_thing_between(self, start: int, end: int, gender: str) -> bool:
        """Whether a kinship noun of `gender` in the possessive, owned by a pronoun, stands between
        start and end ("her father’s garage")."""
        for tok in self.doc.tokens_in(start, end):
            kin, possessive = tok.lower[:-2], tok.lower[-2:] in ("’s", "'s")
            if possessive and kin in self.lex["kinship"] and self.lex["noun_gender"].get(kin) == gender and (before := self._token_before(tok.start)) is not None and before.lower in POSSESSIVE_DETERMINERS:
                return True
        return False

    def _parallel_clause_owner(self, ti: int, s: int) -> Trace | None:
        """The trace of the possessive of the same form that opens the clause before the "and"
        before ti, right after a subordinator ("because his eyes were failing and his sons …"),
        read as someone; None where a comma or another pronoun stands between."""
        tokens, tok = self.doc.tokens, self.doc.tokens[ti]
        for k in range(ti - 2, max(ti - 10, 0), -1):
            w = tokens[k]
            if w.lower in PRONOUNS and w.lower != tok.lower or "," in self.text[w.end : tokens[k + 1].start]:
                return None
            if w.lower == tok.lower:
                if tokens[k - 1].lower not in SUBORDINATORS:
                    return None
                tr = self._trace_at(w.start, s)
                return tr if tr is not None and tr.attribution is not None else None
        return None

    def _controlled_subject(self, ti: int, s: int) -> Trace | None:
        """The subject of the infinitive whose object is the pronoun at ti, where a verb's object
        is ("asked her to marry him", "told Ana to call him", "let his daughter hand him": she
        marries, Ana calls, the daughter hands), as a trace; else None. The pronoun is not that
        one (it would be "herself")."""
        tokens = self.doc.tokens
        infinitive = tokens[ti - 1] if ti >= 3 else None
        if infinitive is None or not infinitive.text.isalpha() or not infinitive.text.islower() or infinitive.lower in NOT_NOUN_START or infinitive.lower in OBJECT_PREPOSITIONS:
            return None
        to = tokens[ti - 2].lower == "to"
        tr = self._trace_just_before(tokens[ti - 2].start if to else infinitive.start, s)
        if tr is None or tr.quote is not None:
            return None
        m = self.entities.mention_at(tr.pos)
        verb = self._token_before(tr.pos if m is None else m.lead)
        return tr if verb is not None and verb.lower in self.lex["object_control_verbs" if to else "bare_infinitive_verbs"] else None

    def _infinitive_subject_before(self, ti: int, s: int) -> int | None:
        """Whom the object pronoun before an infinitive holding the possessive at ti was read as
        ("teaching him to make his …", "asked her to check her …"), if anyone."""
        tokens = self.doc.tokens
        for k in (ti - 2, ti - 3):  # "him to make his", "her to look after her": "to" one or two words back
            if k >= 1 and tokens[k].lower == "to" and tokens[k - 1].lower in ("him", "her"):
                tr = self._trace_at(tokens[k - 1].start, s)
                return tr.entity if tr is not None else None
        return None

    def _one_of_after_copula(self, ti: int) -> bool:
        """Whether the possessive at ti follows "<copula> one of" or "<copula> among" ("was one of
        his first customers"), where the subject is one of the owner's many."""
        before = [t.lower for t in self.doc.tokens[max(0, ti - 3) : ti]]
        if not (len(before) == 3 and (before[0] in PREDICATE_COPULAS and before[1:] == ["one", "of"] or before[1] in PREDICATE_COPULAS and before[2] == "among")):
            return False
        # …and the owned phrase names people: a plural person noun after at most two lower-case
        # words (not "one of his own critics", "among his family", "one of his generation's poets")
        people = self.lex["person_nouns"]
        for w in self.doc.tokens[ti + 1 : ti + 4]:
            low = w.lower
            if low == "own" or not w.text.islower() or low.endswith(("'s", "’s")) or self.text[w.end : w.end + 1] in ("'", "’"):
                return False
            if low in ("men", "women", "people", "children") or low.endswith("s") and (low[:-1] in people or low.endswith("es") and low[:-2] in people):
                return True
        return False

    def _role_follows(self, ti: int) -> bool:
        """Whether the possessive at ti owns a person noun, at most one word after it ("his
        editor", "her first teacher"), that is the end of its phrase (not "her own boss", "his
        usual self", "her father's daughter")."""
        tokens, text = self.doc.tokens, self.text
        for w in tokens[ti + 1 : ti + 3]:
            if w.lower in ("own", "self") or not w.text.islower():
                return False
            if w.lower in self.lex["person_nouns"]:
                return text[w.end : w.end + 2] not in ("'s", "’s")
        return False

    def _husband_near(self, wife: int, scores: dict[int, float]) -> int | None:
        """The husband of `wife`, where one is among the candidates (`scores`)."""
        if self.verdicts[wife][0] != FEMALE:
            return None
        return next((e for e in scores if self.relation_owner.get(e) == wife and self.relation_noun.get(e) in SPOUSES_OF_WOMEN), None)

    def _weigh_binder(self, r: Reading) -> None:
        """The score of the one a rule bound the pronoun to, and the rivals that binding leaves."""
        a, tok, s = r.a, r.tok, r.s
        gender, slot = a.gender, a.slot
        scores, binder = r.scores, r.binder
        parallel_relation = r.parallel_relation
        # (a possessive bound to its clause's subject is only half as sure: "X gave his …" may be another's)
        weight = STRUCTURAL / 2 if a.kind == "binding" and not parallel_relation else STRUCTURAL
        # (and "his own", in a main clause: "Palyuga founded his own party"; in a reported one it
        # may set the reporter's against the subject's: "Morgan said Pritchard had rescued his
        # own singers")
        own = slot == "poss" and self.text.startswith(" own ", tok.end) and r.binder_tr is not None and r.binder_tr.role != "embedded"
        if (
            (slot == "refl" or own) and a.kind == "binding" and r.binder_tr is not None
            and (r.binder_tr.attribution is None or r.binder_tr.attribution.gender == gender)
            and not textre.search(NONFINITE_RE, self.text, r.binder_tr.pos, tok.start)
        ):
            # "Mrs Adeyemi showed him the receipts herself": a reflexive is its clause subject's,
            # whoever else the sentence names. Not past an infinitive or a gerund, whose subject
            # may be the object ("asked Ruiz to introduce himself", "thanked Boateng for fixing
            # the roof himself"), nor after a subject pronoun of the other written gender ("she
            # landed the plane himself": one of the two is damaged, and nothing says which)
            weight = STRUCTURAL
            for e in scores:
                if e != binder:
                    scores[e] *= REFLEXIVE_RIVAL_SHARE
        scores[binder] = max(scores.get(binder, 0.0), weight)
        a.structural = True
        if a.kind in ("binding", "complement", "subordinate"):
            # bound inside the sentence: only people of this sentence compete
            scores = {e: v for e, v in scores.items() if e == binder or self.cand_sentence.get(e, s) == s or e in r.rivals_from_before}
        if a.kind == "binding" and slot == "poss" and not own and self.verdicts[binder][0] not in (gender, None):
            # "Šimek was dismissed in 1958. Horáková took over his laboratory": the subject of
            # the sentence before, of the written gender, may own it as well as hers
            prev_main = self._previous_main_trace(s)
            if (
                prev_main is not None and prev_main.entity != binder and prev_main.attribution is None
                and self.verdicts[prev_main.entity][0] == gender
                and self.relation_owner.get(prev_main.entity) != binder  # (not her husband: his daughter is hers)
            ):
                add_rival(scores, prev_main.entity)
        if r.relation is not None and self.verdicts[binder][0] not in (gender, None) and textre.match(THEY_OPEN_RE, self.text, self.sentences[s].start, tok.start):
            # "… her mother … She met Gareth Pritchard at a dance. … They married and opened a
            # café with money borrowed from his mother": one of the written gender named since the
            # relation was last mentioned may have such a relative too
            for tr in reversed(self.traces):
                if tr.entity == r.relation and tr.pos < tok.start:
                    break
                if tr.pos < tok.start and tr.attribution is None and tr.quote is None and tr.entity >= 0 and tr.entity != binder and self.verdicts[tr.entity][0] == gender:
                    add_rival(scores, tr.entity)
        if (a.kind == "binding" and slot == "poss" or a.kind == "subordinate") and (story := self._story_person_other_than(binder, gender)) is not None:
            # "Sipho Mahlangu (1948–2006) was a playwright … Dube staged his early plays", "Antunes
            # said he composed at the piano although he considered himself a guitarist": in a
            # story about a man, a "his" of a woman's clause, or a "he" of a clause inside her
            # sentence, may be his
            add_rival(scores, story)
        if a.kind == "complement" and slot == "subj" and not r.addressee:
            # "Dr. Liepiņa … said he had had a weak heart. She said he had refused": what the
            # sentence before reported about someone else may go on being about them; and a man
            # mentioned outside quotes in this paragraph since the sentence before, her husband
            # too, may be the one she speaks of ("Ferreira found the hiker. Rui Costa had broken
            # his ankle. She said he was very calm": where the text writes every woman "he",
            # nothing else tells them apart)
            reported_before = False
            for tr in reversed(self.traces):
                if tr.sentence < s - 1:
                    break
                if tr.entity == binder or tr.entity < 0 or tr.pos >= tok.start:
                    continue
                if tr.attribution is None:
                    if tr.quote is None and self.verdicts[tr.entity][0] == gender and tr.paragraph == self.para_of_sentence[s]:
                        add_rival(scores, tr.entity)
                elif not reported_before and tr.sentence == s - 1 and tr.attribution.kind == "complement" and tr.attribution.gender == gender:
                    add_rival(scores, tr.entity)
                    reported_before = True
            owner = self.relation_owner.get(binder)
            if owner is not None and owner != binder and self.relation_noun.get(binder) in CHILDREN and self.verdicts[owner][0] in (gender, None):
                # "His daughter Elira … Elira said he had turned down an offer": a son or
                # daughter speaks of the parent as often as of themselves (a wife or mother
                # quoted in a story about him mostly tells what she did herself)
                add_rival(scores, owner)
            if (story := self._story_person_other_than(binder, gender)) is not None and story != owner:
                # "Johannes Shikongo … died on Friday. … Mrs. Amutenya said he had hired her": a
                # woman quoted in a story about a man may speak of him (where she is "he" too,
                # nothing else tells them apart)
                add_rival(scores, story)
        if a.kind == "subordinate" and self.verdicts[binder][0] not in (gender, None):
            # "He took over from his father, D. Ganbold, after he injured his back": a relative
            # of the written gender named in between may be the one meant, the pronoun as
            # written, or one named as a relative there ("Zaruhi looked at her grandfather, and he
            # looked at the clock"), or as company ("Nurse Elin Lindqvist went through the
            # medicines with Lars Berg before he was discharged"). (Not anyone: "… against Putin
            # staying in power, because he had left")
            for e, as_kin_or_company in self._named_between(binder, tok.start, s).items():
                if self.verdicts[e][0] == gender and (e in self.relation_owner or as_kin_or_company):
                    add_rival(scores, e)
            for tr in self._sentence_traces(s):
                if tr.pos < tok.start and tr.entity not in (binder, -1) and tr.attribution is not None and tr.attribution.slot == "obj" and tr.attribution.gender == gender and tr.quote is None:
                    # "Her mother phoned to thank him, and he said …": an object pronoun of the
                    # written gender before, read as someone else, may be the one meant (or
                    # one of that reading's rivals of the written gender)
                    for e in (tr.entity, *tr.attribution.rivals):
                        if e != binder and self.verdicts[e][0] == gender:
                            add_rival(scores, e)
        r.scores = scores

    def _women_of_paragraph_before(self, pos: int, s: int) -> set[int]:
        """The people read as women (by their names or the nouns that tell of them), mentioned
        outside quotes and not by a pronoun, in the paragraph of pos before it or in the one
        before that."""
        out = set()
        para = self.para_of_sentence[s]
        for tr in self._traces_before(pos):
            if tr.paragraph < para - 1:
                break
            if tr.entity >= 0 and tr.attribution is None and tr.quote is None and self.verdicts[tr.entity][0] == FEMALE:
                out.add(tr.entity)
        return out

    def _named_at_first_mention(self, m) -> bool:
        """Is the name mention m the apposed name of its person's first mention, a relative
        ("her brother Bilal", "her brother, Bilal,")?"""
        first = min(self.entities.people[m.entity].mentions, key=lambda other: other.start)
        return m.is_name and first.kind == "kinship" and self.text[first.end : m.start] in (" ", ", ")

    def _who_clause_after(self, m) -> bool:
        """Is the mention m a name followed by a "who" clause, or a relative whose apposed name is
        ("her brother, Bilal, who …")?"""
        if m.kind == "kinship":
            m = next((n for n in self.entities.people[m.entity].mentions if n.is_name and self.text[m.end : n.start] in (" ", ", ")), None)
        return m is not None and m.is_name and self.text.startswith(", who ", m.end)

    def _bind_before(self, r: Reading, entity: int, reason: str) -> None:
        """Cataphora: the pronoun goes before the one it stands for, no one being named before it."""
        r.scores = {entity: STRUCTURAL}
        r.a.structural, r.a.kind = True, "cataphora"
        r.a.reason = reason

    def _aside_before(self, pos: int, opener: int) -> bool:
        """Is the speaker at `pos` that of an aside set off by commas that ends right before the
        word at `opener` (", he told them, and …"), not of a quote ("“…,” he said, and he …")?"""
        aside = self.text[pos:opener]
        return self.text[pos - 2 : pos] == ", " and aside.endswith(", ") and len(aside.split()) <= 4 and not any(c in aside for c in ASIDE_BREAKS)

    def _story_person_other_than(self, binder: int, gender: str) -> int | None:
        """The one the story is about (whose death it reports, or whom an encyclopedia lede
        names), where a pronoun bound to someone else of the other gender, written in the story
        person's gender, may as well be theirs; else None."""
        story = self.story_subject
        if story is not None and story != binder and self.verdicts[story][0] == gender and self.verdicts[binder][0] not in (gender, None):
            return story
        return None

    def _continue_subject(self, r: Reading) -> None:
        """Subject continuity (centering): a sentence-initial "He" continues the previous main
        subject; people mentioned in other roles are weaker rivals."""
        a, tok, s, nxt = r.a, r.tok, r.s, r.nxt
        gender, slot = a.gender, a.slot
        scores, binder_conf = r.scores, r.binder_conf
        background = r.background
        main_tr = self._previous_main_trace(s)
        main = main_tr.entity if main_tr is not None else None
        if main is not None and self._written_she(main, main_tr.sentence, gender):
            # "Sumerthi ran the household, and she recalled that he never asked. He resisted …":
            # a subject the text just wrote in the other gender is not whom this pronoun goes on with
            main = None
        parents_owner = self._parents_owner(main_tr) if main_tr is not None else None
        if parents_owner is not None and (mother := self._she_of_a_parent(parents_owner, main_tr.sentence, gender)) is not None:
            main = mother  # ("…, and his mother, Fumiko, kept the kiln running. She refused …")
            scores.setdefault(mother, 0.0)
        elif main_tr is not None and (owner := parents_owner) is not None:
            # "His father, Shalva, was an agronomist, and his mother, Ketevan, taught Russian.
            # He graduated …": a sentence about someone's parents is about that someone
            main = owner
            background = {e for e, o in self.relation_owner.items() if o == owner and e in scores}
            for e in background:
                scores[e] *= 0.5  # the parents are background now, not people just introduced
            a.reason = "the sentence before introduced {name}’s parents, and the story goes on about {name}"
            scores.setdefault(owner, 0.0)
        elif main_tr is not None and (owner := self._died_relation_owner(main_tr)) is not None and not self._written_she(owner, main_tr.sentence, gender):
            # "Her husband died in 2008. She has said that she started it …": a sentence
            # telling of a relative's death is about the one left behind, who goes on (not where
            # that sentence wrote them "her" and this pronoun is "his": "Her uncle died in 2009.
            # His adze hangs above her bench")
            main = owner
            scores[main_tr.entity] = scores.get(main_tr.entity, 0.0) * 0.5
            background = {main_tr.entity}
            a.reason = "the sentence before told of the death of {name}’s relative, and the story goes on about {name}"
            scores.setdefault(owner, 0.0)
        if main is not None and main_tr is not None and main == main_tr.entity and (joined := self._joined_subject(main_tr)) is not None and joined in scores:
            # "Dehnavi and Verhagen married in 2006. He manages the projects in Europe": either
            # of a pair that was the subject goes on
            add_rival(scores, joined)
        unrelated_conf = binder_conf  # (for a rule below that goes past the subject before)
        if main_tr is not None and main_tr.attribution is not None and main_tr.confidence < binder_conf:
            # the subject before was itself a pronoun read with doubt ("Rebekah and Ben … She
            # waited tables. He worked …"): continuing it is no surer than it was
            binder_conf = main_tr.confidence
        if main is not None and main_tr is not None and self._later_subject_pronoun(main_tr, gender, main):
            # "Hamon played the recordings to Guille, and for a long time he said nothing. Then
            # he asked …": the sentence went on with a "he" read as someone else, who may be
            # the one going on
            binder_conf = min(binder_conf, 0.5)
        if main is None and self._quote_sentence(s - 1):
            # the sentence before is a quote: its speaker goes on
            q = self.quote_at(self.sentences[s - 1].start + 1)
            speaker = self.speaker.get(id(q)) if q is not None else None
            if self.last_speaker and s - self.last_speaker[1] <= 2 and self.last_speaker_written in (None, gender):
                # (not a speaker written in the other gender: "“…,” she said. ¶ He is survived by
                # his wife" is someone else; damaged, both would read "he")
                main = self.last_speaker[0]
                if not self.he_blind and self.verdicts[main][0] not in (gender, None):
                    for tr in [t for k in (s - 2, s - 1) if k >= 0 for t in self._sentence_traces(k)]:
                        if (
                            tr.quote is not None and tr.entity >= 0 and tr.entity != main and self.verdicts[tr.entity][0] == gender
                            and self.entities.people[tr.entity].kind == "person" and tr.paragraph == self.para_of_sentence[s - 1]
                        ):
                            # "“My father told him he could come back when he had read her
                            # figures,” Nazo said. ¶ He came back in eleven days": where women
                            # are "she", a "he" after a woman's quote may be a man it told of
                            add_rival(scores, tr.entity)
            elif speaker is not None and id(q) not in self.speaker_doubtful and slot == "poss" and tok.start in self.kin_at_owner:
                # however long the quote ran, where the sentence after it introduces a
                # relative ("…,” Nowicka told reporters. “It is not. … I will not throw that
                # away.” ¶ Her mother, Halina, …"): the story turns to the speaker's family.
                # (Not any pronoun: “… whether he would get seasick.” ¶ He did, Villalobos
                # admits — a "he" after a long quote answers what the quote was about.)
                main = speaker
                scores.setdefault(speaker, 0.0)
            elif (
                speaker is not None and id(q) not in self.speaker_doubtful and speaker == self._protagonist()
                and slot == "subj" and self._opens_paragraph(s) and (nxt is None or nxt.lower not in self.speech)
                and not self._names_a_speaker(s, gender)  # (not "¶ He did, Villalobos admits": an answer to the quote)
            ):
                # "… ‘I cried a lot in that fale.’ ¶ She married Tavita …": however long the
                # quote of the story's own person ran, a new paragraph goes on with them
                main = speaker
                scores.setdefault(speaker, 0.0)
                a.reason = "after a quote of {name}, the person the story is about, a new paragraph goes on with {name}"
        if main is None and main_tr is None and slot == "subj" and (introduced := self._introduced_before(s)) is not None:
            # "The families were represented by Funmilayo Okonkwo, a lawyer who grew up nearby.
            # She said …": a sentence with no person for its subject that introduces one, with
            # who they are, hands the story on to them
            main = introduced
            a.reason = "the sentence before, whose subject is no person, introduced {name}"
        story = self.deceased if self.deceased is not None else self._protagonist()
        if (
            main is not None and story is not None and main != story
            and self._opens_paragraph(s) and self.quote_at(self.sentences[s - 1].start + 1) is not None
            and (slot == "subj" or slot == "poss" and tok.start in self.kin_at_owner and story == self.deceased and gender == MALE and self.last_speaker_written == FEMALE) and (nxt is None or nxt.lower not in self.speech)
        ):
            # "… nobody left,” he said. “He would not take a dram for it.” ¶ He was named
            # People’s Artist …": after a quoted voice, a new paragraph goes back to the person
            # the story is about, the dead in an obituary (not "¶ He added …": the speaker
            # goes on); in an obituary, so does a relative it opens with after a woman's quote
            # ("“…,” she said. ¶ His son, Ali Reza, …": hers the text would write "Her son")
            main = story
            binder_conf = unrelated_conf  # (how sure the subject before was says nothing of this)
            scores.setdefault(story, 0.0)  # (however long ago last named)
            a.reason = "after a quote, a new paragraph goes back to {name}, the person the story is about"
        protagonist = self._paragraph_protagonist(s, gender)
        if protagonist is not None and protagonist in scores:
            # A paragraph that opens with a pronoun goes back to the person the story is
            # about, not to whoever was the subject at the end of the paragraph before, and no
            # less surely where that subject was a pronoun read as them with doubt. Only
            # where no woman is "she": elsewhere the written gender tells who is meant, unless
            # the article is about this person and the text writes them clearly in the other
            # gender than their name (_written_against_names): then it cannot tell; or unless
            # the article is about this person and the pronoun is written in the gender their
            # name gives (a man's "He" in his own biography).
            main = protagonist
            binder_conf = unrelated_conf
            a.reason = "a paragraph opening goes back to {name}, the person the story is about"
            speaker = self.last_speaker[0] if (
                self.last_speaker and self.last_speaker_written in (None, gender)
                and self.para_of_sentence[self.last_speaker[1]] == self.para_of_sentence[s - 1]
                and self.quote_at(self.sentences[s - 1].start + 1) is not None
            ) else None
            if speaker is not None and speaker != protagonist and self.verdicts[speaker][0] == gender and self.verdicts[protagonist][0] not in (gender, None):
                # "“… Nobody had asked that before,” Ilyas said. ¶ He said his sister …": one
                # the paragraph before quoted, by name or by a pronoun of the written gender read
                # as him, of the written gender where the story's person is not, may go on (in a
                # story where no woman is "she"; with a "he said" too: pure damage 18 right fixes
                # and 9 wrong fewer on dev, now to review)
                add_rival(scores, speaker)
        if main is not None and slot == "subj" and self._subject_past_opening_death(s) == r.ti:
            # "After his death in 1970 she taught …": whom the "his" was read as is the one who
            # died, no rival to the one who goes on
            owner_pos = self.doc.tokens[bisect.bisect_left(self.doc.token_starts, self.sentences[s].start) + 1].start
            dead = next((tr.entity for tr in self._sentence_traces(s) if tr.pos == owner_pos), None)
            if dead is not None and dead != main:
                scores.pop(dead, None)
        if main is not None:
            for e in scores:
                if e != main and (protagonist == main or not self._recent_main(e, s) and not self._recent_first(e, s) and not self._reported_subject(e, s)):
                    scores[e] *= 0.5
            scores[main] = scores.get(main, 0.0) + 1.0
            a.structural = True
            a.kind = "continuity"
            if not a.reason and self.he_blind and gender == MALE and slot == "subj" and main_tr is not None and main == main_tr.entity:
                # "Horáková took over the farm from her father, Jiří Horák. He is 71": where the
                # written "he" says nothing, a man the sentence before named after its subject
                # goes on as often as the subject does (continuity was right 77 % of the time
                # there on dev, 97 % where no such man was named); not one who is the subject of
                # what it reports ("Thorstrom knows … that Putin still has a lot of support. She
                # said …", in the seed article)
                # (not a parent the subject was introduced by, who is background unless a clause
                # of their own follows: "She was born in Cork, the daughter of Robert Kinsella,
                # a dairy farmer. She studied …", but "… Sipho Dlamini, a bus driver who ran a
                # boxing gym. He would not let her spar")
                for tr in self._sentence_traces(main_tr.sentence):
                    if tr.pos > main_tr.pos and tr.entity not in (main, -1) and tr.attribution is None and tr.quote is None and self.verdicts[tr.entity][0] == MALE and tr.role != "embedded" and not (
                        tr.role == "background" and not self._described_after(tr)
                    ):
                        add_rival(scores, tr.entity)
            if slot == "subj" and (nxt is not None and nxt.lower == "died" or r.first_ref and not self.he_blind) and (spouse := self._married_before(s, gender)) is not None and spouse != main:
                # "She married Colin Skillicorn, a ferry engineer, in 1983. … He died in 2004.": a
                # biography tells of the death of the one its person married; and where the text
                # writes its women "she", a sentence opening with "He" may be about him ("Hằng
                # married the architect Phạm Quốc Bảo in 1995. He designed the flagship store")
                add_rival(scores, spouse)
            if slot == "subj" and gender == MALE and main_tr is not None and main == main_tr.entity and (owner := self._owner_named_with(main_tr)) is not None and (
                self.verdicts[main][0] == FEMALE and self.verdicts[owner][0] in (MALE, None)
                and any(t.lower in ("she", "her") for t in self.doc.tokens_in(tok.end, self.sentences[s].end))
            ):
                # "Mogapi's own daughter, Neo, is learning to fly. He said that he would have
                # discouraged her": the one whose relative the subject was is as much in view,
                # where the sentence writes a woman "she" or "her" after the "he" (elsewhere, "His
                # sister, Montserrat, manages the winery. He said …" is mostly hers, damaged)
                add_rival(scores, owner)
            a.reason = a.reason or "subject continuity: {name} is the subject of the sentence before"
        r.background, r.binder_conf = background, binder_conf

    def _first_named_later(self, tok, s: int) -> int | None:
        """The first person named by name after `tok` in sentence s, outside quotes, else None."""
        for m in self.entities.in_range(tok.end, self.sentences[s].end):
            if m.is_name and self.quote_at(m.start) is None and self.entities.people[m.entity].kind == "person":
                return m.entity
        return None

    def _spoken_of_by_owned(self, tok) -> int | None:
        """The one named after "said of" where the possessive `tok` owns the speaker ("his coach
        said of Ximena Ramírez"), or the one told ("her father told Dagny Aasen"), else None."""
        noun = self.next_token(tok.end)
        verb = self.next_token(noun.end) if noun is not None else None
        if verb is None or verb.lower not in self.speech:
            return None
        after = verb.end + 4 if self.text.startswith(" of ", verb.end) else verb.end + 1 if verb.lower in TELLING_VERBS else -1
        m = self._mention_led_at(after) if after != -1 else None
        return m.entity if m is not None and m.is_name else None

    def _opening_name(self, s: int) -> int | None:
        """The person named by name at the head of sentence s, outside quotes, else None."""
        if s >= len(self.sentences):
            return None
        m = self._mention_led_at(self.sentences[s].start)
        return m.entity if m is not None and m.is_name and self.quote_at(m.start) is None else None

    def _named_after_and(self, verb) -> int | None:
        """The one named right after ", and" that follows the speech verb `verb` ("…,” she said,
        and Dr Saga Lindqvist hung up"), or its object ("…,” she told her husband, Kojo, and Ama
        Owusu-Ansah waded back": named, then a verb), else None."""
        joint = self.text.find(", and ", verb.end, verb.end + 60)
        if joint == -1 or any(c in self.text[verb.end : joint] for c in ".;:!?“”\"") or joint != verb.end and not self.text.startswith(" ", verb.end):
            return None
        m = self._mention_led_at(joint + 6)
        if m is None or not m.is_name:
            return None
        if joint != verb.end and not ((after := self.next_token(m.end)) is not None and after.text.isalpha() and after.text.islower() and after.start == m.end + 1):
            return None  # ("told her husband, Kojo, and his brother …": a second one told)
        return m.entity

    def _reporter_after(self, tok, s: int) -> int | None:
        """The one a reporting clause after the pronoun's clause names ("…, Lina insisted", "…,
        said Lina", "…, my sister said"), or the one it says was told ("…, the manager told Mr
        Castell"), where nothing but the reported words stands between; else None."""
        stop = self.sentences[s].end
        comma = self.text.find(", ", tok.end, stop)
        if comma == -1 or any(c in self.text[tok.end : comma] for c in ASIDE_BREAKS):
            return None
        after = self.next_token(comma + 2)
        if after is None:
            return None
        if after.lower in self.speech:
            m = self._mention_led_at(after.end + 1)
            return m.entity if m is not None else None  # "…, said Ms Adeyemi"
        reporter = self._mention_led_at(comma + 2)
        if reporter is None:
            return None
        verb = self.next_token(reporter.end)
        if verb is None or verb.lower not in self.speech or self.text[reporter.end : verb.start] != " ":
            return None
        if verb.lower in TELLING_VERBS and (told := self._mention_led_at(verb.end + 1)) is not None:
            return told.entity
        return reporter.entity

    def _married_before(self, s: int, gender: str) -> int | None:
        """The person of `gender` named right after "married" ("married to", "married late, in
        1983, to", "married the architect") in one of the two sentences before sentence s, if
        any."""
        for tr in reversed(self.traces):
            if tr.sentence < s - 2:
                break
            if tr.sentence < s and tr.entity >= 0 and tr.quote is None and self.verdicts[tr.entity][0] == gender and (
                (m := self.entities.mention_at(tr.pos)) is not None and textre.search(MARRIED_BEFORE_RE, self.text, max(0, m.lead - 40), m.lead) is not None
            ):
                return tr.entity
        return None

    def _after_preposition(self, pos: int) -> bool:
        """Is the name at `pos` a preposition's object, maybe past a title ("from the trainer Dorj
        Bat", "against Putin staying")?"""
        tokens = self.doc.tokens
        i = bisect.bisect_left(self.doc.token_starts, pos) - 1
        for _ in range(4):
            if i < 0:
                return False
            low = tokens[i].lower
            if low in OBJECT_PREPOSITIONS:
                return True
            if not tokens[i].text.islower() or low in self.speech:
                return False  # back at a name, a capitalised word or a speech verb: none governs it
            i -= 1
        return False

    def _opens_who_clause(self, tr) -> bool:
        """Is the name at tr followed by a relative clause of its own (", who", ", whom", ", whose")?"""
        m = self.entities.mention_at(tr.pos)
        return m is not None and self.text.startswith((", who ", ", whom ", ", whose "), m.end)

    def _feminine_later(self, ti: int, s: int) -> bool:
        """Is there a feminine pronoun after token ti in sentence s, outside quotes, with no one
        named or introduced in between ("… his mother believes it and she does not" is hers)?"""
        end, tokens = self.sentences[s].end, self.doc.tokens
        for j in range(ti + 1, len(tokens)):
            tok = tokens[j]
            if tok.start >= end or self.entities.mention_at(tok.start) is not None:
                return False
            if tok.lower in PRONOUNS and PRONOUNS[tok.lower][0] == FEMALE and self.quote_at(tok.start) is None:
                return True
        return False

    def _speaker_of_spouse(self, r: Reading, spouse: str) -> None:
        """"He said his wife had made the arrangement", "he told reporters that his husband …": one
        speaks of one's own spouse, so the speaker is of the sex such a spouse most often has
        (on dev, 31 of 31 such clean "he"s had a wife, 37 of 37 "she"s a husband)."""
        genders = {self.verdicts[e][0] for e in r.scores}
        if spouse in SPOUSES_OF_MEN and MALE in genders:
            r.scores = self._without(r.scores, FEMALE)
        elif spouse in SPOUSES_OF_WOMEN and genders >= {FEMALE, MALE}:
            # (a man's own husband, in clean text, may read his "he" as a woman's here; on dev no
            # clean pronoun changed with this rule, as the pass wants her pronouns damaged
            # elsewhere before it changes one)
            r.scores = self._without(r.scores, MALE)

    def _rule_out(self, r: Reading, gender: str, why: str) -> None:
        """Drop the candidates the names give `gender`; where that drops the one a rule bound the
        pronoun to, say so. (The reading keeps the rule's standing: read as salience alone, on
        dev, six right fixes were lost and no wrong one.)"""
        before = self._top(r.scores)
        r.scores = self._without(r.scores, gender)
        if before is not None and before not in r.scores:
            r.a.reason = why

    def _without(self, scores: dict[int, float], gender: str) -> dict[int, float]:
        """The candidates the names do not give `gender`."""
        return {e: v for e, v in scores.items() if self.verdicts[e][0] != gender}

    def _spouse_nouns(self, r: Reading) -> None:
        """"his wife", "his husband" (outside quotes): whose spouse the noun most often names."""
        a, ti = r.a, r.ti
        scores, binder_conf, binder_tr = r.scores, r.binder_conf, r.binder_tr
        wife = self._spouse_word(ti, SPOUSES_OF_MEN)
        dead = self.deceased
        if wife is not None and dead is not None and dead not in scores and self.verdicts[dead][0] == MALE:
            # "… she said. ¶ His wife, Thavamani, who survives him, …": in an obituary of a man,
            # however long ago he was named, the wife is likelier his than anyone's near
            scores[dead] = STORY_FLOOR
            a.kind, a.structural = "spouse", False
            a.reason = f"a ‘{wife}’ is a man’s far more often than a woman’s, and {{name}} is the man whose death the text reports"
        if wife is not None and any(self.verdicts[e][0] == MALE for e in scores):
            # "His wife, Hyacinth, ran the bar": a wife is a man's far more often than a woman's,
            # and MT writes a woman's husband as "his husband", not her wife, so the women near
            # are not whose she is
            scores = self._without(scores, FEMALE)
        spouse = self._spouse_word(ti, SPOUSES_OF_WOMEN)
        if spouse is not None and any(self.verdicts[e][0] == FEMALE for e in scores) and any(self.verdicts[e][0] == MALE for e in scores):
            # "his husband": a husband is a woman's far more often than a man's, so the owner is
            # one of the women near, whatever the structure said. A finding only where that
            # woman's pronouns are damaged elsewhere (_decide), so a man's own husband in clean
            # text stays his.
            scores = self._without(scores, MALE)
            a.kind, a.structural = "spouse", False
            a.reason = f"a ‘{spouse}’ is a woman’s far more often than a man’s, and {{name}} is the likeliest woman here"
            binder_conf, binder_tr = 1.0, None
        r.scores, r.binder_conf, r.binder_tr = scores, binder_conf, binder_tr

    def _after_settle(self, r: Reading) -> None:
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
            a.rests_on_pronoun |= bound.rests_on_pronoun  # (…nor surer of what that one rests on)
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
        elif a.slot == "poss" and self.last_speaker == (a.entity, s) and self.last_speaker_written is None and a.structural and not a.rivals:
            # "“Don't wait for me,” Magdalena texted her brother Piotr": the speaker named, then
            # written in a gender in the same sentence; "¶ He ate alone" is then someone else
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
                    if introductory_phrase(phrase) and not any(w in ("the", "a", "an") for w in phrase.split()[2:]):
                        opener = tokens[k]
                    break
        if slot == "poss" and (opener.lower not in POSSESSIVE_OPENERS or ti + 1 < len(tokens) and tokens[ti + 1].lower in AFTER_DEATH_NOUNS):
            return None  # ("until his death": the one who died is not the one who lived on)
        return opener if opener.lower in SUBORDINATE_OPENERS else None

    def _other_parent_before(self, tok, s: int) -> int | None:
        """The other parent the sentence before was about, where this possessive owns a parent
        noun ("His father finds this funny. His mother does not."): that parent's relation
        entity, else None."""
        kin = self.kin_at_owner.get(tok.start)
        if kin is None or s == 0:
            return None
        noun = self.text[kin.start : kin.end].lower()
        if noun not in PARENTS:
            return None
        before = self._previous_main_trace(s)
        if before is None or before.sentence != s - 1 or before.quote is not None:
            return None
        other = before.entity
        owner = self.relation_owner.get(other)
        if owner is None or owner == other or self.relation_noun.get(other) not in PARENTS or self.relation_noun.get(other) == noun:
            return None
        return other

    def _family_owned(self, word: str) -> bool:
        """ "family's", "father's": what the owner's family held ("took over her father's
        bakery" is hers to take over)."""
        bare = word.removesuffix("'s").removesuffix("’s")
        return bare == "family" or bare in self.lex["kinship"]

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

    def _owned_noun(self, owner_pos: int) -> str:
        """The kinship noun the possessive at owner_pos owns ("his late wife" → "wife")."""
        kin = self.kin_at_owner[owner_pos]
        return self.text[kin.start : kin.end].lower().split()[-1]

    def _spouse_of_other_sex(self, owner_pos: int, entity: int) -> bool:
        """Is the relation owned at owner_pos a spouse that `entity`, by its name, cannot have (a
        woman's wife, a man's husband)?"""
        noun, g = self._owned_noun(owner_pos), self.verdicts[entity][0]
        return noun in SPOUSES_OF_MEN and g == FEMALE or noun in SPOUSES_OF_WOMEN and g == MALE

    def _name_just_before(self, pos: int, comma: bool = False):
        """The name mention of a person that ends one space before `pos`, or an age or a short
        description in commas before it ("Enkhbayar Tsend, 63, and", "Gul Mohammad, a
        fisherman, and"), if any; with `comma`, one that ends with the ", " right before `pos`
        instead ("the physiotherapist Tomasz Gąsienica, and")."""
        for m in reversed(self.entities.in_range(max(0, pos - 80), pos)):
            between = self.text[m.end : pos]
            if (between == ", " if comma else between == " " or between[:2] == between[-2:] == ", " and (
                between[2:-2].isdigit() and len(between) <= 7 or textre.match(SHORT_DESCRIPTION_RE, between, 2, len(between) - 2) is not None
            )) and (
                m.is_name and self.entities.people[m.entity].kind == "person" and not m.possessive
            ):
                return m
        return None

    def _spouse_pair(self, owner_pos: int, opener: int) -> bool:
        """Is the relation owned at owner_pos a spouse, and so the relation `opener` too?"""
        return self._owned_noun(owner_pos) in SPOUSES and self.relation_noun.get(opener) in SPOUSES

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
