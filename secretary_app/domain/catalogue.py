"""The permitted task types of Copenhagen's member-secretary scheme (seed 000).

Every new party group gets this catalogue; a group may add, rename or deactivate
types later, but a type in use is never deleted.
"""

from __future__ import annotations

from dataclasses import dataclass

LEGAL_BASIS = "Kommunestyrelseslovens § 16, stk. 11"
# The one type with sent and answer dates and a ten-working-day answer deadline.
QUESTION_CODE = "politician_question"


@dataclass(frozen=True)
class TaskTypeSpec:
    code: str
    label_da: str
    label_en: str
    description: str
    legal_note: str = f"Tilladt efter {LEGAL_BASIS}: opgaven skal have direkte tilknytning til hvervet som medlem af kommunalbestyrelsen."


DEFAULT_TASK_TYPES: tuple[TaskTypeSpec, ...] = (
    TaskTypeSpec("policy_development", "Politikudvikling", "Policy development",
                 "Udvikling af politik på kommunale sagsområder, fx forslag til udvalgsarbejdet."),
    TaskTypeSpec("political_messaging", "Udarbejdelse af politiske budskaber", "Political messages",
                 "Budskaber om sager i kommunalbestyrelsen og udvalgene (ikke kampagnemateriale)."),
    TaskTypeSpec("press_monitoring", "Presseovervågning", "Press monitoring",
                 "Overvågning af medier om kommunale sager og medlemmets udvalgsområder."),
    TaskTypeSpec("research_memo", "Generel research, notatskrivning", "Research and memos",
                 "Research og notater til brug i kommunalbestyrelsens og udvalgenes arbejde."),
    TaskTypeSpec("debate_press_release", "Debatindlæg og pressemeddelelser (også videreformidling til pressen)",
                 "Debate articles and press releases",
                 "Debatindlæg og pressemeddelelser om kommunale sager; medlemmerne får pressemeddelelser før eller samtidig med pressen."),
    TaskTypeSpec("speech", "Udarbejdelse af taler", "Speeches",
                 "Taler til møder i kommunalbestyrelsen, udvalg og arrangementer knyttet til hvervet."),
    TaskTypeSpec("politician_question", "Politikerspørgsmål", "Questions to the administration",
                 "Spørgsmål til forvaltningen; svar senest inden for ti arbejdsdage."),
    TaskTypeSpec("member_proposal", "Medlemsforslag og forespørgsler", "Member proposals and inquiries",
                 "Forslag og forespørgsler, som medlemmet sætter på kommunalbestyrelsens dagsorden."),
    TaskTypeSpec("legal_question", "Juridiske spørgsmål (inhabilitet, orlov, tabt arbejdsfortjeneste)",
                 "Legal questions (disqualification, leave, lost-earnings compensation)",
                 "Spørgsmål om medlemmets retsstilling: inhabilitet, orlov, tabt arbejdsfortjeneste m.v."),
    TaskTypeSpec("meeting_coordination",
                 "Koordinering og afholdelse af møder med samarbejdspartnere, borgere og interessenter",
                 "Meetings with partners, citizens, stakeholders",
                 "Møder med samarbejdspartnere, borgere og interessenter om kommunale sager."),
)

DEFAULT_CODES = tuple(t.code for t in DEFAULT_TASK_TYPES)

# Danish party list letters (listebogstaver); local lists may use any other letter.
KNOWN_LIST_LETTERS = ("A", "B", "C", "D", "F", "I", "K", "M", "O", "V", "Æ", "Ø", "Å")


_DANISH_LETTERS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "u", "ö": "oe", "ä": "ae"})


def code_for_label(label: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """The code a new task type gets from its Danish label (users never see or type codes):
    ``Høringssvar`` -> ``hoeringssvar``, with ``_2``, ``_3`` … when the code is taken."""
    import re

    base = re.sub(r"[^a-z0-9]+", "_", (label or "").lower().translate(_DANISH_LETTERS)).strip("_")[:40]
    if not base or not base[0].isalpha():
        base = "type_" + base if base else "type"
    code, n = base, 2
    while code in taken:
        code, n = f"{base}_{n}", n + 1
    return code
