"""What the pronoun attribution records as it walks a text: a trace for every mention and every
attributed pronoun (Trace), a pronoun's attribution (Attribution), and the state of one pronoun
outside quotes while its rules run (Reading). The weights here are shared by attribution.py and
outside_quotes.py."""

from __future__ import annotations

from dataclasses import dataclass, field

# The salience weights: a mention's weight by its role, times a decay per sentence and per
# paragraph back. Hand-set until round 28; in round 29 "poss", SAME_SENTENCE_PRONOUN and
# STORY_FLOOR were raised, and "main", "speaker" and "topic" lowered, after sweeps of each weight
# on the benchmark's dev texts (one at a time, then together; benchmarks/pronouns/README.md,
# round 29): the other weights, the decays and the rules' constants gained no right fixes
# without wrong ones.
SENTENCE_DECAY, PARAGRAPH_DECAY, WINDOW = 0.75, 0.85, 5
ROLE_WEIGHT = {"main": 0.9, "topic": 0.9, "speaker": 0.9, "embedded": 0.6, "other": 0.4, "poss": 0.6, "background": 0.25, "quoted": 0.15}
QUOTED_WEIGHT, EMBEDDED_WEIGHT = ROLE_WEIGHT["quoted"], ROLE_WEIGHT["embedded"]
SAME_SENTENCE_PRONOUN = 0.95
STRUCTURAL = 3.0  # the score a structural rule gives its referent
STORY_FLOOR = 0.55  # a candidate kept beyond the window (the story's subject): about as a main subject one or two sentences back
ERASED_CONFIDENCE = 0.65  # see _decide: a clear attribution in a text whose women are all "he"
RIVAL_IN_BETWEEN = 0.5  # its share of a structural score: a rival, so the fix is unsafe


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
    kind: str = "salience"  # report | complement | subordinate | cataphora | binding | continuity | topic | spouse | salience
    quote: object | None = None
    topic: bool = False
    fresh_rival: bool = False  # a rival was introduced in this or the previous sentence
    near_rival: bool = False  # a rival is mentioned in the same sentence
    speaker_known: bool = False  # inside a quote whose speaker is known
    genders_near: set = field(default_factory=set)  # genders of every candidate in the window
    predicate: tuple[str, str] | None = None  # (gender, phrase): "he became the first woman to …"
    clause_bound: bool = False  # bound to its own clause's subject ("X edited his diaries")
    rests_on_pronoun: bool = False  # read through another pronoun's reading: "he told him", "He left when he …"


@dataclass(slots=True)
class Reading:
    """One pronoun outside quotes while the rules of OutsideQuotes read it: its place, its
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
    relation: int | None = None  # the relation it owns, bound to whose relation it was introduced as
    addressee: bool = False  # bound to the one told ("told his daughter that she could …")
    rivals_from_before: set[int] = field(default_factory=set)  # rivals a rule set that may not be named in this sentence ("asked him whether he …")
