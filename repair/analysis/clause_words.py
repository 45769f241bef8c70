"""Closed classes of English words, and two short patterns, that the pronoun attribution reads
a sentence's structure with: the pronoun forms, subordinators, auxiliaries, parents. Shared by
repair/analysis/attribution.py and repair/analysis/trace_queries.py."""

from __future__ import annotations

import bisect

from .. import textre
from ..name_evidence import FEMALE, MALE

# pronoun → (gender, grammatical slot); "her" is object or determiner, decided by what follows.
PRONOUNS = {
    "he": (MALE, "subj"), "him": (MALE, "obj"), "his": (MALE, "poss"), "himself": (MALE, "refl"),
    "she": (FEMALE, "subj"), "her": (FEMALE, "her"), "hers": (FEMALE, "pposs"), "herself": (FEMALE, "refl"),
}
PRONOUN_FORMS = frozenset(w for p in PRONOUNS for w in (p, p.capitalize(), p.upper()))
# Words after which "her"/"his" is not a determiner: "told her that", "gave it to her.", "is his".
NOT_NOUN_START = frozenset(
    """a an the this that these those and or but nor so yet for to of in on at by with from into onto
    about after before over under until than as if when while because since though although whether
    is was are were be been being has have had do does did will would can could shall should may
    might must not never also too again back up down out off away here there now then today
    tomorrow yesterday who whom which what where why how himself herself it its them they their
    him her his he she we us our you your i me my very really just even still already once twice""".split()
)
# Prepositions after which "her back" is the back she has ("on her back", "behind her back"),
# where elsewhere "back" is an adverb ("brought her back")
BACK_PREPOSITIONS = frozenset("on behind across against along down onto over up upon".split())
# … unless the preposition is a verb's particle ("relied on her back then", "called on her back
# home") or a word after "back" makes it an adverb of time or place
PARTICLE_VERBS = frozenset(
    """call called calling calls count counted counting counts depend depended depending depends
    rely relied relies relying wait waited waiting waits""".split()
)
BACK_ADVERB_NEXT = frozenset("then home there again now later soon when in".split())
# Prepositions whose object is no clause's subject: "against Putin staying in power", "from the
# trainer Dorj Bat".
OBJECT_PREPOSITIONS = frozenset(
    """about above across after against along among around at before behind below beside besides
    between beyond by despite during for from in inside into like near of off on onto outside over
    past since through throughout to toward towards under unlike until upon with within without""".split()
)
SUBORDINATORS = frozenset(
    """that while because if when since although though whether as after before until unless who
    whom whose which where once""".split()
)
# clauses of time, cause or concession, whose subject the next sentence may go on about (not
# relative clauses)
ADVERBIAL_SUBORDINATORS = frozenset("when after because until since before while though although".split())
WH_WORDS = frozenset({"how", "why", "what", "whose", "whom", "who"})
DIED_RE = textre.compile(r" (?:had |has )?(?:died|passed away|been killed)\b| (?:was|is) (?:killed|dead)\b")
# "… said he had worked until the week before his death": what the dead did, told by another
DIED_AFTER_RE = textre.compile(r" had [^.;:!?“”\"]{0,80}?\b(?:before|until|up to) (?:the [a-z]+ before |shortly before )?(?:his|her) death\b")
# "… said she had been ill since last year", in an obituary: the last illness of the one who died,
# told by a relative (used only where the text reports a death, and not of its speaker)
LAST_ILLNESS_RE = textre.compile(r" had (?:been (?:ill|unwell|sick|bedridden|hospitali[sz]ed|diagnosed|in (?:poor|failing|declining|frail) health)|fallen (?:at home|ill)|suffered (?:from|a|an)|had (?:a (?:stroke|fall|heart attack)|cancer|dementia)|battled|struggled with)\b")
# "… when he was nine", "… when she was a girl": an age only a child has (after a parent, of the child)
CHILDHOOD_RE = textre.compile(r" was (?:only |just |still )?(?:(?:[1-9]|1[0-5])\b(?! (?:percent|per cent|%))|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)\b(?! (?:percent|per cent))|a (?:boy|girl|child|baby|toddler|schoolboy|schoolgirl|teenager)\b|an infant\b)")
# "… and he learned to sew at her machine, finishing hems for her at the age of ten": an age only a
# child has, later in the clause (not "aged 12", which may be anyone's: "he hired boys aged 12")
CHILD_AGE_RE = textre.compile(r"\bat the age of (?:[1-9]|1[0-5]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)\b(?! (?:percent|per cent|%|months|weeks|days))")
# "…, who later helped " + him, "…, a ferry captain who took " + her
RELATIVE_TO_OBJECT_RE = textre.compile(r"(?:, (?:an?|the)(?: [\p{Ll}’'-]+){1,4})?,? who(?: [a-z]+){1,4} $")
# "…, a mechanic who ran a garage in Sillery " + until he retired: a clause inside the "who" clause
RELATIVE_CLAUSE_RE = textre.compile(r"(?:, (?:an?|the)(?: [\p{Ll}’'-]+){1,4})?,? who(?: [\p{L}\d’'-]+){1,10} $")
# "…, who took her out on " + his boat, "…, a Fula cattle trader, who sent " + his daughters,
# "…, a geology professor who took her to the volcanoes on " + his field trips, past an infinitive
# too: "…, a bus driver who took her to referee " + his team's matches (an infinitive's subject may
# be the object, "who taught her to read her first book", but on the benchmark's dev texts the
# clause's subject was the owner wherever leaving infinitives out had cost a fix: 12 right, none
# wrong)
RELATIVE_HOLDING_RE = textre.compile(
    r"(?:, \d{1,3})?(?:, (?:(?:(?:is|was) )?(?:an?|the)(?: [\p{L}’'-]+){1,6},? )?| )who,?(?: [\p{L}\d’'-]+){1,16} $"
)
APPOSED_RE = textre.compile(r"(?:,[^,.;:“”\"()]{1,60}){1,2},")  # right after a name: ", Siranush, a schoolteacher,"
# one or two appositions between a subject and its verb: "X, a former engineer, said", "Naserian's
# son, Saitoti Sankale, a nurse at the county hospital, said"
APPOSITION_RE = textre.compile(r"(?:,[^,.;:“”\"()]{1,60}){1,2},\s*$")
ASIDE_BREAKS = ';:“”"()—'  # marks that end a short aside or a clause ("…, he told them, and …")
RELATIVES = frozenset({"that", "who", "whom", "whose", "which", "where"})
# subordinators that are prepositions as well: before a possessive ("until his death", "before her
# retirement") they open a phrase, not a clause, and the phrase is of the clause's subject. ("After
# his death" and "since his death" are not: they are mostly of someone else, the one who died.)
PREPOSITION_SUBORDINATORS = frozenset("before until".split())
POSSESSIVE_DETERMINERS = frozenset("his her its their my our your".split())
CLAUSE_BREAKERS = SUBORDINATORS | WH_WORDS | frozenset({"but", "and", "or", "so", "yet"})
AUXILIARIES = frozenset(
    """is was are were has had have will would can could did does do should may might must also now
    still then never already later first once soon often always recently reportedly""".split()
)
AUXILIARIES_LATER = AUXILIARIES | {"later", "again"}
# a short time phrase between a speech verb and "that" ("said on Sunday that", "told reporters
# last week that" is not one: the object stops the walk)
TIME_PHRASE_WORDS = frozenset(
    "on in at last this next earlier week month year morning afternoon evening night weekend "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december".split()
)
PARENTS = frozenset({"father", "mother", "dad", "mom", "mum"})
CHILDREN = frozenset({"daughter", "son", "granddaughter", "grandson", "stepdaughter", "stepson"})


def adverbs_only(between: str) -> bool:
    """Only auxiliaries and adverbs between a subject and its verb: "X later said", "X had
    often said", "X used to say"."""
    words = between.replace(" used to ", " ").split()
    if not words and between.strip() == "used to":
        return True
    return 0 < len(words) <= 2 and all(w.lower() in AUXILIARIES or w.lower().endswith("ly") for w in words)


TIME_QUANTIFIERS = frozenset({"every", "each", "last", "next", "this"})
TAKE_FORMS = frozenset("take takes took taken taking".split())
# verbs whose person object is followed by a span of time: "it took her three evenings"
DURATION_VERBS = TAKE_FORMS | {"cost", "costs", "costing"}
COUNT_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty several many".split())
SHORT_TIME_WORDS = frozenset("seconds minutes hours decades".split())
TIME_WORDS = frozenset(
    """day days week weeks month months year years morning mornings evening evenings night nights
    afternoon weekend weekends summer winter spring autumn time monday tuesday wednesday thursday
    friday saturday sunday""".split()
)


# what joins a clause with a subject of its own to the one before it, in one sentence
CLAUSE_JOINTS = (", and ", ", but ", ", though ", ", although ", ", while ", ", whereas ", "; ")


def how_often_at(doc, i: int) -> bool:
    """Do tokens[i:] say how often ("called her three times"), not what the pronoun before them
    owns? Not after a preposition: "spoke about his three times in prison" are his stays."""
    tokens = doc.tokens
    return (
        i + 1 < len(tokens) and (tokens[i].lower in COUNT_WORDS or tokens[i].lower.isdigit()) and tokens[i + 1].lower == "times"
        and not (i >= 2 and tokens[i - 2].lower in OBJECT_PREPOSITIONS)
    )


def determiner_follows(doc, tok) -> bool:
    """“her career” (determiner) vs “told her that” / “for her.” (object)."""
    text = doc.text
    after = text[tok.end : tok.end + 2]
    if not after.startswith(" ") or len(after) < 2 or not after[1].isalpha():
        return False
    i = bisect.bisect_right(doc.token_starts, tok.start)
    if i >= len(doc.tokens):
        return False
    nxt = doc.tokens[i]
    if nxt.lower in TIME_QUANTIFIERS and i + 1 < len(doc.tokens) and doc.tokens[i + 1].lower in TIME_WORDS:
        return False  # "phones her every Sunday", "visited her last week": a time, not her noun
    if how_often_at(doc, i):
        return False  # "called her three times": how often, not her noun
    if i >= 2 and doc.tokens[i - 2].lower in DURATION_VERBS:
        k = i + 1 if nxt.lower in COUNT_WORDS or nxt.lower.isdigit() else i
        if k < len(doc.tokens) - 1 and doc.tokens[k].lower in ("more", "whole", "full", "long"):
            k += 1  # "took her two more weeks"
        if k < len(doc.tokens) and (doc.tokens[k].lower in TIME_WORDS or doc.tokens[k].lower in SHORT_TIME_WORDS):
            return False  # "it took her three evenings", "cost her years": a span of time owed, not hers
    if (
        nxt.lower == "back" and i >= 2 and doc.tokens[i - 2].lower in BACK_PREPOSITIONS
        and not (i >= 3 and doc.tokens[i - 3].lower in PARTICLE_VERBS)
        and not (i + 1 < len(doc.tokens) and doc.tokens[i + 1].lower in BACK_ADVERB_NEXT)
    ):
        return True  # "carried the boy on her back", "behind her back" (not "brought her back", "relied on her back then")
    return nxt.lower not in NOT_NOUN_START and not (nxt.is_capitalised and nxt.lower not in ("own",))


INTRODUCTORY_OPENERS = frozenset("in after during by since on at from until before later that this last next every throughout".split())


def introductory_phrase(before: str, max_words: int = 5) -> bool:
    """Is `before` a short opening phrase of time or place, of at most `max_words` words, with no
    clause of its own ("In the 1980s", "After the war", "Last year", "By 1975", "A year later")?"""
    words = before.split()
    if 2 <= len(words) <= 3 and words[-1].lower() in ("later", "earlier"):
        words = words[:-1]  # a span of time counted back: "A year later", "Two weeks earlier"
    elif not words or words[0].lower() not in INTRODUCTORY_OPENERS:
        return False
    return len(words) <= max_words and not any(w.lower() in SUBORDINATORS or w.lower() in WH_WORDS or w.lower() in AUXILIARIES for w in words[1:])


# words between the subject and the verb of an aside: ", he has said,", ", she once wrote,"; and
# the verbs (of saying only: "in 2010, he had announced, planned and built a dam" is no aside)
ASIDE_WORDS = frozenset("has had have once later often always would also since".split())
ASIDE_VERBS = frozenset("""said say says told tell tells wrote write writes recalled recall recalls explained explain
    explains added add adds insisted insist insists admitted admit admits noted note notes joked joke jokes""".split())


def aside_speech_verb(doc, i: int, verbs: frozenset[str] = ASIDE_VERBS):
    """The verb (of saying: ASIDE_VERBS, unless given others) of an aside whose subject is the
    pronoun tokens[i], right after it or past one or two of ASIDE_WORDS, with a comma after it
    ("he said,", "he has said,", "she once wrote,", "he would later say,"), else None."""
    tokens, text = doc.tokens, doc.text
    for k in (i + 1, i + 2, i + 3):
        if k >= len(tokens) or text[tokens[k - 1].end : tokens[k].start] != " ":
            return None
        if tokens[k].lower in verbs:
            return tokens[k] if all(t.lower in ASIDE_WORDS for t in tokens[i + 1 : k]) and text.startswith(",", tokens[k].end) else None
    return None
