"""Event triggers: which verbs and nouns name an event, its kind, and its PLOVER category.

``kind`` is the fine-grained act used when merging mentions (an arrival and a treaty signing
on the same day by the same people are different events); ``plover`` is the PLOVER 2.0
top-level category reported to analysts. The lists are general news vocabulary, not fitted to
any particular corpus.
"""
from __future__ import annotations

from typing import NamedTuple

PLOVER_CATEGORIES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE",
    "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "CRIME", "SANCTION", "MOBILIZE",
    "COERCE", "ASSAULT", "OTHER",
)


class Trigger(NamedTuple):
    kind: str
    plover: str


def _entries(kind: str, plover: str, words: str) -> dict[str, Trigger]:
    return {w: Trigger(kind, plover) for w in words.split()}


# Verb lemmas.
VERB_TRIGGERS: dict[str, Trigger] = {
    **_entries("agreement", "AGREE", "sign ink conclude ratify agree initial seal"),
    **_entries("arrival", "CONSULT", "arrive land reach"),
    **_entries("welcome", "CONSULT", "greet welcome receive"),
    **_entries("departure", "CONSULT", "leave depart"),
    **_entries("visit", "CONSULT", "visit travel tour"),
    **_entries("meeting", "CONSULT", "meet discuss host confer negotiate"),
    **_entries(
        "statement", "OTHER",
        "say tell state insist add describe note stress emphasize emphasise remark declare "
        "write reiterate repeat acknowledge explain comment argue speak",
    ),
    **_entries("statement", "OTHER", "announce unveil publish release report reveal confirm disclose"),
    # Speech acts share one kind: what one person says on one day is one statement to merge,
    # whatever its PLOVER category.
    **_entries("statement", "AGREE", "pledge promise vow offer commit"),
    **_entries("statement", "SUPPORT", "praise thank endorse back congratulate applaud"),
    **_entries("invitation", "OTHER", "invite"),  # a speech act: asking someone to come, not meeting them
    **_entries("statement", "DISAPPROVE", "criticize criticise condemn accuse denounce blame slam warn"),
    **_entries("statement", "DEMAND", "urge demand call ask appeal"),
    **_entries("statement", "REJECT", "reject deny refuse dismiss oppose"),
    **_entries("legislation", "REJECT", "veto"),
    **_entries("statement", "THREATEN", "threaten"),
    **_entries("sanction", "SANCTION", "sanction ban embargo expel suspend freeze blacklist"),
    **_entries("military", "ASSAULT", "attack strike bomb shell invade kill"),
    **_entries("launch", "MOBILIZE", "launch fire test"),
    **_entries("drill", "MOBILIZE", "deploy mobilize mobilise drill"),
    **_entries("protest", "PROTEST", "protest rally demonstrate march boycott"),
    # taking office, being chosen for it and leaving it are three acts, however close in time
    **_entries("election_or_appointment", "OTHER", "elect appoint nominate name promote"),
    **_entries("inauguration", "OTHER", "swear inaugurate"),
    **_entries("resignation", "OTHER", "resign quit"),
    **_entries("award", "OTHER", "award honor honour present"),
    **_entries("gift", "COOPERATE", "gift"),
    **_entries("legislation", "OTHER", "pass approve adopt enact vote legislate"),
    **_entries("aid", "AID", "donate provide supply deliver"),
    **_entries("cooperation", "COOPERATE", "cooperate establish found form open build join"),
    **_entries("investigation", "INVESTIGATE", "investigate probe arrest charge indict sentence convict"),
    **_entries("retreat", "RETREAT", "withdraw retreat"),
    # phrasal verbs, looked up as "lemma particle"
    "set up": Trigger("cooperation", "COOPERATE"),
    "touch down": Trigger("arrival", "CONSULT"),
    "fly in": Trigger("arrival", "CONSULT"),
    "step down": Trigger("resignation", "OTHER"),
    "pull out": Trigger("retreat", "RETREAT"),
    "sign up": Trigger("agreement", "AGREE"),
    "carry out": Trigger("military", "ASSAULT"),
    **_entries("concession", "CONCEDE", "release apologize apologise concede"),
}

# Nouns that name an event by themselves ("the visit on June 20", "talks on Thursday").
NOUN_TRIGGERS: dict[str, Trigger] = {
    **_entries("agreement", "AGREE", "treaty pact agreement accord deal memorandum signing"),
    **_entries("arrival", "CONSULT", "arrival landing"),
    **_entries("welcome", "CONSULT", "ceremony reception welcome"),
    **_entries("departure", "CONSULT", "departure"),
    **_entries("visit", "CONSULT", "visit trip tour"),
    **_entries("meeting", "CONSULT", "meeting talks talk summit discussion negotiation negotiations conference congress plenum convention"),
    **_entries("statement", "OTHER", "speech statement remarks address interview claim claims"),
    **_entries("statement", "OTHER", "announcement"),
    **_entries("sanction", "SANCTION", "sanction sanctions embargo ban"),
    **_entries("military", "ASSAULT", "attack strike invasion offensive bombing"),
    **_entries("launch", "MOBILIZE", "launch test"),
    **_entries("drill", "MOBILIZE", "drill drills exercise exercises maneuvers manoeuvres"),
    **_entries("protest", "PROTEST", "protest protests rally demonstration"),
    **_entries("election_or_appointment", "OTHER", "election appointment vote"),
    **_entries("inauguration", "OTHER", "inauguration"),
    **_entries("resignation", "OTHER", "resignation"),
    **_entries("award", "OTHER", "award prize medal"),
    **_entries("gift", "COOPERATE", "gift gifts present presents"),
    **_entries("legislation", "OTHER", "bill law legislation resolution"),
    **_entries("investigation", "INVESTIGATE", "investigation arrest trial warrant indictment"),
    **_entries("celebration", "OTHER", "celebration celebrations parade anniversary commemoration festival"),
    **_entries("change", "OTHER", "reshuffle shake-up shakeup change changes"),
    **_entries("commemoration", "OTHER", "respects tribute wreath homage"),
    **_entries("qa", "OTHER", "questions"),
    **_entries("relations", "COOPERATE", "relations ties"),
}

# Nouns naming a lasting state whose start a "since 2006" dates ("sanctions since 2006",
# "diplomatic relations since 1950"); with a verb, "since" marks a trend instead.
STATE_KINDS = frozenset({"sanction", "relations", "agreement", "cooperation"})

# Verbs that carry no event of their own: when the date hangs on one of these, the event is the
# nominal trigger below it ("the visit on Thursday drew criticism" is about the visit).
LIGHT_VERBS = frozenset(
    "be have do make take give get hold include follow mark come go see draw become remain "
    "continue begin start end seem appear spend".split()
)

# Statistics and trends: a date attached to these dates a figure, not an event.
STATISTIC_VERBS = frozenset(
    "rise grow fall drop decline increase decrease total account reach climb surge plunge "
    "double triple halve amount stand average exceed value export import".split()
)

# "hold talks", "hold a summit", "make a visit": the light verb plus its object is the event.
SUPPORT_VERB_OBJECTS = frozenset({"hold", "make", "pay", "conduct", "stage", "have", "give", "take"})


def trigger_for(lemma: str, *, is_verb: bool) -> Trigger | None:
    lemma = lemma.lower()
    table = VERB_TRIGGERS if is_verb else NOUN_TRIGGERS
    return table.get(lemma)


# Kinds whose place is where the trip goes: "arrived in Hanoi", "left Hanoi".
MOTION_KINDS = frozenset({"arrival", "visit", "departure", "welcome"})


# Acts concrete enough that an undated sentence about them can be linked to the dated report.
LINKABLE_KINDS = frozenset({
    "agreement", "arrival", "visit", "meeting", "welcome", "departure", "sanction", "launch", "drill",
    "military", "election_or_appointment", "inauguration", "resignation", "award", "legislation", "invitation",
    "investigation",
})


# What a person says: its participants are the speaker and whom they address, not the people
# the statement is about.
SPEECH_KINDS = frozenset({"statement", "invitation"})

